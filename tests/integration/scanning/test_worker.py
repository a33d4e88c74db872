"""The scanning thread end to end: file or scripted camera -> decode -> debounce -> signals.

Every wait is on a signal with a generous timeout; nothing asserts on durations.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest
import zxingcpp
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from loyaltydesk.scanning import decoder
from loyaltydesk.scanning import worker as worker_module
from loyaltydesk.scanning.controller import ScanController
from loyaltydesk.scanning.file_source import FileSource
from loyaltydesk.scanning.schedule import DecodeSchedule
from loyaltydesk.scanning.sources import CameraSource, FrameSource
from loyaltydesk.scanning.states import CameraState
from loyaltydesk.scanning.worker import ScanWorker
from tests.integration.scanning.fakes import ScriptedCamera
from tests.support.frames import SyntheticFrame, write_frames

TIMEOUT = 20_000


def _payload(frame: SyntheticFrame) -> str:
    [(_, text)] = frame.expected
    return text


def _is(state: CameraState) -> Callable[[CameraState, str], bool]:
    return lambda s, _message: s is state


@pytest.fixture
def make_controller() -> Iterator[Callable[..., ScanController]]:
    controllers: list[ScanController] = []

    def make(factory: Callable[[], FrameSource], **kwargs: float) -> ScanController:
        controller = ScanController(factory, **kwargs)
        controllers.append(controller)
        return controller

    yield make
    for controller in controllers:
        assert controller.stop()


def test_file_source_to_code_scanned(
    qtbot: QtBot,
    make_controller: Callable[..., ScanController],
    member_folder: Path,
    member: SyntheticFrame,
) -> None:
    controller = make_controller(lambda: FileSource(member_folder, loop=True))
    frames: list[object] = []
    controller.frame_captured.connect(frames.append)
    with qtbot.waitSignal(controller.code_scanned, timeout=TIMEOUT) as scanned:
        controller.start()
    assert scanned.args == [_payload(member)]
    assert controller.state is CameraState.LIVE
    qtbot.waitUntil(lambda: len(frames) > 0, timeout=TIMEOUT)


def test_video_file_to_code_scanned(
    qtbot: QtBot,
    make_controller: Callable[..., ScanController],
    member_video: Path,
    member: SyntheticFrame,
) -> None:
    controller = make_controller(lambda: FileSource(member_video))
    states: list[CameraState] = []
    controller.state_changed.connect(lambda s, _m: states.append(s))
    scans: list[str] = []
    controller.code_scanned.connect(scans.append)
    controller.start()
    qtbot.waitUntil(lambda: CameraState.ENDED in states, timeout=TIMEOUT)
    assert scans == [_payload(member)]


def test_two_cards_in_turn_both_scan_once(
    qtbot: QtBot,
    make_controller: Callable[..., ScanController],
    tmp_path: Path,
    member: SyntheticFrame,
    voucher: SyntheticFrame,
) -> None:
    write_frames(tmp_path, [member.image] * 3 + [voucher.image] * 3)
    controller = make_controller(lambda: FileSource(tmp_path))
    scans: list[str] = []
    controller.code_scanned.connect(scans.append)
    with qtbot.waitSignal(
        controller.state_changed, check_params_cb=_is(CameraState.ENDED), timeout=TIMEOUT
    ):
        controller.start()
    assert scans == [_payload(member), _payload(voucher)]


def test_codes_located_comes_with_the_frame(
    qtbot: QtBot,
    make_controller: Callable[..., ScanController],
    member_folder: Path,
) -> None:
    controller = make_controller(lambda: FileSource(member_folder, loop=True))
    outlines: list[list] = []
    controller.codes_located.connect(outlines.append)
    controller.start()
    qtbot.waitUntil(lambda: any(len(o) == 1 for o in outlines), timeout=TIMEOUT)
    polygon = next(o for o in outlines if o)[0]
    assert polygon.size() == 4
    assert 0 < polygon.boundingRect().width() < 1280


def test_a_raising_decoder_never_stops_the_worker(
    qtbot: QtBot,
    make_controller: Callable[..., ScanController],
    member_folder: Path,
    member: SyntheticFrame,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    real = zxingcpp.read_barcodes
    calls = {"n": 0}

    def flaky(image: np.ndarray, **options: object) -> list[zxingcpp.Barcode]:
        calls["n"] += 1
        if calls["n"] <= 12:
            raise RuntimeError("decoder blew up")
        return real(image, **options)

    monkeypatch.setattr(zxingcpp, "read_barcodes", flaky)
    monkeypatch.setattr(decoder, "_warn", decoder._ThrottledWarning())
    controller = make_controller(lambda: FileSource(member_folder, loop=True))
    with (
        caplog.at_level(logging.WARNING, logger="loyaltydesk.scanning"),
        qtbot.waitSignal(controller.code_scanned, timeout=TIMEOUT) as scanned,
    ):
        controller.start()
    assert scanned.args == [_payload(member)]
    assert calls["n"] > 12
    assert "RuntimeError" in caplog.text
    assert _payload(member) not in caplog.text


def test_a_raising_decoder_forever_keeps_the_worker_alive(
    qtbot: QtBot,
    make_controller: Callable[..., ScanController],
    member_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(image: np.ndarray, **options: object) -> list[zxingcpp.Barcode]:
        raise MemoryError

    monkeypatch.setattr(zxingcpp, "read_barcodes", broken)
    controller = make_controller(lambda: FileSource(member_folder, loop=True))
    frames: list[object] = []
    controller.frame_captured.connect(frames.append)
    controller.start()
    qtbot.waitUntil(lambda: len(frames) >= 10, timeout=TIMEOUT)
    assert controller.state is CameraState.LIVE


def test_missing_camera_reports_no_camera_and_stops_cleanly(
    qtbot: QtBot,
    make_controller: Callable[..., ScanController],
) -> None:
    controller = make_controller(lambda: CameraSource(63))
    with qtbot.waitSignal(
        controller.state_changed, check_params_cb=lambda s, m: s.is_failure, timeout=TIMEOUT
    ) as blocker:
        controller.start()
    state, message = blocker.args
    assert state in {CameraState.NO_CAMERA, CameraState.UNAVAILABLE}
    assert message == state.message()
    assert controller.stop()
    assert controller.state is CameraState.STOPPED


def test_lost_camera_comes_back_by_itself(
    qtbot: QtBot,
    make_controller: Callable[..., ScanController],
    member: SyntheticFrame,
) -> None:
    camera = ScriptedCamera(member.image, good_reads=5, failed_opens=2)
    controller = make_controller(lambda: camera, hold_seconds=0.0)
    states: list[CameraState] = []
    controller.state_changed.connect(lambda s, _m: states.append(s))
    scans: list[str] = []
    controller.code_scanned.connect(scans.append)
    with qtbot.waitSignal(
        controller.state_changed, check_params_cb=_is(CameraState.LOST), timeout=TIMEOUT
    ):
        controller.start()
    qtbot.waitUntil(lambda: CameraState.LIVE in states[2:], timeout=TIMEOUT)
    qtbot.waitUntil(lambda: camera.reads > 10 and len(scans) > 4, timeout=TIMEOUT)
    assert states[:5] == [
        CameraState.STARTING,
        CameraState.LIVE,
        CameraState.LOST,
        CameraState.NO_CAMERA,
        CameraState.LIVE,
    ]
    assert camera.opens == 4, "one start, two failed retries, one success: no busy loop"
    assert set(scans) == {_payload(member)}


def test_pause_and_resume(
    qtbot: QtBot,
    make_controller: Callable[..., ScanController],
    member_folder: Path,
    member: SyntheticFrame,
) -> None:
    controller = make_controller(lambda: FileSource(member_folder, loop=True), hold_seconds=0.0)
    with qtbot.waitSignal(controller.code_scanned, timeout=TIMEOUT):
        controller.start()
    with qtbot.waitSignal(
        controller.state_changed, check_params_cb=_is(CameraState.PAUSED), timeout=TIMEOUT
    ):
        controller.pause()
    assert controller.is_paused
    # Everything the worker emitted before pausing was delivered before PAUSED.
    with (
        qtbot.assertNotEmitted(controller.code_scanned, wait=300),
        qtbot.assertNotEmitted(controller.frame_captured, wait=300),
    ):
        pass
    with qtbot.waitSignal(controller.code_scanned, timeout=TIMEOUT) as scanned:
        controller.resume()
    assert scanned.args == [_payload(member)]
    assert controller.state is CameraState.LIVE


class ClosingSpy(FileSource):
    def __init__(self, path: Path) -> None:
        super().__init__(path, loop=True)
        self.closes = 0

    def close(self) -> None:
        self.closes += 1
        super().close()


def test_stop_is_clean_and_final(
    qtbot: QtBot,
    make_controller: Callable[..., ScanController],
    member_folder: Path,
) -> None:
    source = ClosingSpy(member_folder)
    controller = make_controller(lambda: source)
    with qtbot.waitSignal(controller.code_scanned, timeout=TIMEOUT):
        controller.start()
    with qtbot.waitSignal(
        controller.state_changed, check_params_cb=_is(CameraState.STOPPED), timeout=TIMEOUT
    ):
        assert controller.stop()
    assert not controller.is_running
    assert source.closes >= 1, "the source was released"
    assert source.state is CameraState.STOPPED
    with (
        qtbot.assertNotEmitted(controller.frame_captured, wait=300),
        qtbot.assertNotEmitted(controller.code_scanned, wait=300),
    ):
        pass
    assert controller.stop(), "stopping twice is harmless"


def test_restart_after_stop(
    qtbot: QtBot,
    make_controller: Callable[..., ScanController],
    member_folder: Path,
) -> None:
    controller = make_controller(lambda: FileSource(member_folder, loop=True))
    for _ in range(3):
        with qtbot.waitSignal(controller.code_scanned, timeout=TIMEOUT):
            controller.start()
        assert controller.stop()


def test_preview_frames_wait_until_consumed(member_folder: Path) -> None:
    """Driven by hand on this thread: the throttle, not the timing, is under test (every frame
    decoded, so every tick has a frame to show)."""
    every_frame = DecodeSchedule(rest_stride=1)
    worker = ScanWorker(
        FileSource(member_folder, loop=True), max_preview_fps=float("inf"), schedule=every_frame
    )
    frames: list[object] = []
    worker.frame_captured.connect(frames.append)
    worker.start()
    worker.pause()
    for _ in range(5):
        worker._tick()
    assert len(frames) == 1
    worker.preview_consumed()
    worker._tick()
    worker._tick()
    assert len(frames) == 2
    worker.shutdown()


def test_preview_rate_is_capped(member_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A 30 fps cap on a source read as fast as possible, with a hand-driven clock."""
    now = [1000.0]
    monkeypatch.setattr(worker_module.time, "monotonic", lambda: now[0])
    worker = ScanWorker(FileSource(member_folder, loop=True), max_preview_fps=30.0)
    frames: list[object] = []
    worker.frame_captured.connect(frames.append)
    worker.start()
    worker.pause()
    for step in (0.0, 0.01, 0.01, 0.02, 0.01):
        now[0] += step
        worker._tick()
        worker.preview_consumed()
    assert len(frames) == 2, "at 0 ms and at 40 ms; not at 10, 20 or 50 ms"
    worker.shutdown()


def test_preview_frames_are_shrunk_to_the_requested_size(
    qtbot: QtBot, make_controller: Callable[..., ScanController], member_folder: Path
) -> None:
    controller = make_controller(lambda: FileSource(member_folder, loop=True))
    controller.set_preview_size(QSize(320, 240))
    frames: list[QImage] = []
    outlines: list[list] = []
    controller.frame_captured.connect(frames.append)
    controller.codes_located.connect(outlines.append)
    controller.start()
    # The outlines arrive just before their frame: wait for both.
    qtbot.waitUntil(lambda: any(outlines) and len(frames) >= len(outlines), timeout=TIMEOUT)
    assert {(f.width(), f.height()) for f in frames} == {(320, 180)}
    polygon = next(o for o in outlines if o)[0]
    assert polygon.boundingRect().right() <= 320
    assert polygon.boundingRect().bottom() <= 180
