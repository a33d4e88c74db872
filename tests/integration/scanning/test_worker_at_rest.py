"""The camera at rest: fewer frames decoded, the fallback pass on fewer of them, and back to
full rate the moment a code shows up. Counts, never durations (the schedule itself, frame by
frame: tests/unit/scanning/test_schedule.py)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from loyaltydesk.scanning import schedule
from loyaltydesk.scanning.controller import ScanController
from loyaltydesk.scanning.schedule import DecodeSchedule
from loyaltydesk.scanning.sources import FrameSource
from loyaltydesk.scanning.states import CameraState
from loyaltydesk.scanning.worker import ScanWorker
from tests.support.frames import SyntheticFrame, make_frame, variation

TIMEOUT = 20_000


class CountingCamera(FrameSource):
    """Shows ``frame`` until told otherwise; counts decoded reads and skips separately."""

    def __init__(self, frame: np.ndarray) -> None:
        super().__init__()
        self.frame = frame
        self.reads = 0
        self.skips = 0
        self._lock = threading.Lock()

    @property
    def description(self) -> str:
        return "counting camera"

    def open(self) -> None:
        self._state = CameraState.LIVE

    def read(self) -> np.ndarray | None:
        with self._lock:
            self.reads += 1
            return self.frame

    def skip(self) -> bool:
        with self._lock:
            self.skips += 1
            return True

    def show(self, frame: np.ndarray) -> tuple[int, int]:
        """Put ``frame`` in front of the camera; the (reads, skips) so far."""
        with self._lock:
            self.frame = frame
            return self.reads, self.skips

    def close(self) -> None:
        self._state = CameraState.STOPPED


@pytest.fixture
def start() -> Iterator[Callable[[CountingCamera], ScanController]]:
    controllers: list[ScanController] = []

    def run(camera: CountingCamera) -> ScanController:
        controller = ScanController(lambda: camera, hold_seconds=60)
        controllers.append(controller)
        controller.start()
        return controller

    yield run
    for controller in controllers:
        assert controller.stop()


def test_at_rest_one_frame_in_four_is_decoded(
    qtbot: QtBot, start: Callable[[CountingCamera], ScanController], empty: SyntheticFrame
) -> None:
    camera = CountingCamera(empty.image)
    start(camera)
    qtbot.waitUntil(lambda: camera.reads >= 20, timeout=TIMEOUT)
    reads, skips = camera.show(empty.image)
    assert schedule.REST_STRIDE == 4
    assert skips >= 3 * (reads - 1)  # three frames in four skipped, from the first


def test_a_code_brings_back_full_rate_and_is_scanned(
    qtbot: QtBot,
    start: Callable[[CountingCamera], ScanController],
    empty: SyntheticFrame,
    member: SyntheticFrame,
) -> None:
    camera = CountingCamera(empty.image)
    controller = start(camera)
    qtbot.waitUntil(lambda: camera.reads >= 10, timeout=TIMEOUT)
    with qtbot.waitSignal(controller.code_scanned, timeout=TIMEOUT) as scanned:
        camera.show(member.image)
    assert scanned.args == [member.expected[0][1]]
    reads, skips = camera.show(member.image)
    qtbot.waitUntil(lambda: camera.reads >= reads + 10, timeout=TIMEOUT)
    assert camera.skips == skips  # the code is still in view: every frame decoded


def test_a_code_only_the_fallback_reads_is_still_scanned_at_rest(
    qtbot: QtBot, start: Callable[[CountingCamera], ScanController], empty: SyntheticFrame
) -> None:
    turned = make_frame(variation("ean13_rotated_90"), 8)  # the first pass cannot read it
    camera = CountingCamera(empty.image)
    controller = start(camera)
    qtbot.waitUntil(lambda: camera.reads >= 10, timeout=TIMEOUT)
    with qtbot.waitSignal(controller.code_scanned, timeout=TIMEOUT) as scanned:
        reads, _skips = camera.show(turned.image)
    assert scanned.args == [turned.expected[0][1]]
    # Found by the fallback within REST_STRIDE * REST_FALLBACK_STRIDE frames, confirmed on the
    # next one (at 30 fps: 200 ms + 33 ms).
    assert camera.reads - reads <= schedule.REST_FALLBACK_STRIDE + 2


def test_driven_by_hand_the_worker_decodes_what_the_schedule_says(
    qapp: object, empty: SyntheticFrame, member: SyntheticFrame
) -> None:
    """Frame by frame on this thread, with the schedule's clock moved by hand: two frames of
    eight decoded at rest, then the card read on the next decoded frame and confirmed on the
    frame right after it, with every frame decoded from then on."""
    now = [500.0]
    camera = CountingCamera(empty.image)
    worker = ScanWorker(
        camera, schedule=DecodeSchedule(clock=lambda: now[0]), max_preview_fps=float("inf")
    )
    scanned: list[str] = []
    worker.code_scanned.connect(scanned.append)
    worker.start()
    worker.pause()  # the loop is driven by hand below

    def ticks(count: int) -> None:
        for _ in range(count):
            worker._tick()
            worker.preview_consumed()
            now[0] += 1 / 30

    ticks(8)
    assert (camera.reads, camera.skips) == (2, 6)
    camera.show(member.image)
    ticks(1)
    assert (camera.reads, scanned) == (3, [])  # read once: not yet a scan
    ticks(1)
    assert (camera.reads, camera.skips) == (4, 6)
    assert scanned == [member.expected[0][1]]
    ticks(10)
    assert (camera.reads, camera.skips) == (14, 6)
    worker.shutdown()
