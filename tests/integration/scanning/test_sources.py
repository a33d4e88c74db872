"""FileSource over folders, videos and single images; CameraSource without a camera."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from loyaltydesk.scanning import file_source
from loyaltydesk.scanning.file_source import FileSource
from loyaltydesk.scanning.sources import CameraChoice, CameraSource, list_cameras
from loyaltydesk.scanning.states import CameraState, FrameSourceError
from tests.support.frames import SyntheticFrame, write_frames


def _drain(source: FileSource, limit: int = 100) -> list[np.ndarray]:
    frames = []
    while (frame := source.read()) is not None and len(frames) < limit:
        frames.append(frame)
    return frames


def test_folder_plays_images_in_name_order_then_ends(
    member_folder: Path, member: SyntheticFrame, empty: SyntheticFrame
) -> None:
    source = FileSource(member_folder)
    source.open()
    assert source.state is CameraState.LIVE
    frames = _drain(source)
    assert len(frames) == 5
    assert np.array_equal(frames[0], empty.image)
    assert np.array_equal(frames[1], member.image)
    assert source.state is CameraState.ENDED
    assert source.read() is None
    source.close()


def test_folder_skips_files_that_are_not_images(member_folder: Path) -> None:
    (member_folder / "readme.txt").write_text("not a frame")
    (member_folder / "frame_0002b.png").write_text("not a png either")
    source = FileSource(member_folder)
    source.open()
    assert len(_drain(source)) == 5


def test_folder_loops(member_folder: Path) -> None:
    source = FileSource(member_folder, loop=True)
    source.open()
    assert len(_drain(source, limit=12)) == 12
    assert source.state is CameraState.LIVE


def test_video_file_plays_and_loops(member_video: Path) -> None:
    source = FileSource(member_video)
    source.open()
    frames = _drain(source)
    assert len(frames) == 8
    assert frames[0].shape == (720, 1280, 3)
    assert source.state is CameraState.ENDED
    looping = FileSource(member_video, loop=True)
    looping.open()
    assert len(_drain(looping, limit=20)) == 20
    looping.close()


def test_single_image(tmp_path: Path, member: SyntheticFrame) -> None:
    [path] = write_frames(tmp_path, [member.image])
    source = FileSource(path, loop=True)
    source.open()
    assert len(_drain(source, limit=3)) == 3


class FakeTime:
    def __init__(self) -> None:
        self.now = 50.0
        self.waits: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds


def test_fps_paces_reads(monkeypatch: pytest.MonkeyPatch, member_folder: Path) -> None:
    fake = FakeTime()
    monkeypatch.setattr(file_source.time, "sleep", fake.sleep)
    monkeypatch.setattr(file_source.time, "monotonic", fake.monotonic)
    source = FileSource(member_folder, fps=10)
    source.open()
    _drain(source)
    assert len(fake.waits) == 5  # before frames 2..5 and before finding the end
    assert fake.waits == pytest.approx([0.1] * 5)


def _garbage_video(folder: Path) -> Path:
    path = folder / "x.avi"
    path.write_text("garbage")
    return path


@pytest.mark.parametrize(
    ("make", "state"),
    [
        (lambda folder: folder / "missing.avi", CameraState.NO_CAMERA),
        (lambda folder: folder, CameraState.UNAVAILABLE),  # a folder without images
        (_garbage_video, CameraState.UNAVAILABLE),
    ],
    ids=["missing", "empty-folder", "not-a-video"],
)
def test_open_failures_are_typed(
    tmp_path: Path, make: Callable[[Path], Path], state: CameraState
) -> None:
    source = FileSource(make(tmp_path))
    with pytest.raises(FrameSourceError) as info:
        source.open()
    assert info.value.state is state
    assert source.state is state
    assert source.read() is None


def test_reopen_after_end(member_folder: Path) -> None:
    source = FileSource(member_folder)
    source.open()
    _drain(source)
    source.open()
    assert source.read() is not None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="device nodes are Linux only")
def test_camera_index_that_does_not_exist_is_no_camera() -> None:
    source = CameraSource(63)
    with pytest.raises(FrameSourceError) as info:
        source.open()
    assert info.value.state is CameraState.NO_CAMERA
    assert source.state is CameraState.NO_CAMERA
    assert source.read() is None
    source.close()


def test_camera_from_choice() -> None:
    source = CameraSource.from_choice(CameraChoice(2, 640, 480))
    assert (source.index, source.width, source.height) == (2, 640, 480)
    assert source.description == "camera 2 at 640x480"


def test_list_cameras_is_a_list_of_infos() -> None:
    cameras = list_cameras()
    assert all(info.index >= 0 and info.name for info in cameras)
