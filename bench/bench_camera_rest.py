"""Benchmark: what the camera costs at rest, while reading, and how soon a code held up is read.

The real scanning thread (``ScanController``) and a live ``CameraPreview`` (480x270, the
counter's size), fed by a webcam stand-in: 1280x720 JPEGs at 30 fps, decoded on ``read`` as an
MJPG webcam's frames are (``skip`` grabs without decoding, like ``cv2.VideoCapture.grab``).

- at rest: empty counter frames (cluttered background, no code) for ``--seconds``;
- first scan: then member cards are held up; milliseconds until ``code_scanned``;
- reading: cards in view for ``--seconds`` (a scan every 0.5 s).

CPU is this process's CPU time (all threads: capture, decode, preview, GUI) over wall time, in
% of one core. Beside it, the decoder alone on the same frames at 30 fps. Run it against
another checkout to compare (``--source``).

    QT_QPA_PLATFORM=offscreen python bench/bench_camera_rest.py [--runs 5] [--seconds 10]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
FPS = 30.0


def make_source_class() -> type:
    """A ``FrameSource`` subclass, made after ``--source`` is on the path."""
    from loyaltydesk.scanning.sources import FrameSource
    from loyaltydesk.scanning.states import CameraState

    class JpegWebcam(FrameSource):
        """Shows ``empty`` until ``hold_up``, then ``cards`` (both JPEG-encoded up front)."""

        def __init__(self, empty: Sequence[np.ndarray], cards: Sequence[np.ndarray]) -> None:
            super().__init__()
            quality = [cv2.IMWRITE_JPEG_QUALITY, 85]
            self._cards = [cv2.imencode(".jpg", f, quality)[1] for f in cards]
            self._jpegs = [cv2.imencode(".jpg", f, quality)[1] for f in empty]
            self._start = 0
            self._next = 0.0
            self.count = 0

        def hold_up(self) -> None:
            """The cards, from their first frame."""
            self._start, self._jpegs = self.count, self._cards

        @property
        def description(self) -> str:
            return "benchmark webcam"

        def open(self) -> None:
            self._next = time.monotonic()
            self._state = CameraState.LIVE

        def _pace(self) -> bytes:
            now = time.monotonic()
            if now < self._next:
                time.sleep(self._next - now)
            self._next = max(self._next, now) + 1.0 / FPS
            jpegs, start = self._jpegs, self._start
            self.count += 1
            return jpegs[(self.count - start) % len(jpegs)]

        def read(self) -> np.ndarray | None:
            return cv2.imdecode(self._pace(), cv2.IMREAD_COLOR)

        def skip(self) -> bool:
            self._pace()
            return True

        def close(self) -> None:
            self._state = CameraState.STOPPED

    return JpegWebcam


def run_loop(seconds: float) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def cpu_use(seconds: float, source: object) -> tuple[float, float, float]:
    """(% of one core, camera frames a second taken, CPU ms per camera frame). On a busy
    machine the worker falls behind the 30 fps camera, so % alone understates the cost; the
    CPU per frame times 30 is what a 30 fps camera costs on a machine with a core to spare."""
    cpu, wall, frames = time.process_time(), time.perf_counter(), source.count
    run_loop(seconds)
    used, elapsed = time.process_time() - cpu, time.perf_counter() - wall
    taken = max(1, source.count - frames)
    return 100 * used / elapsed, taken / elapsed, 1000 * used / taken


def one_run(empty: list[np.ndarray], cards: list[np.ndarray], seconds: float) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from loyaltydesk.scanning.controller import ScanController
    from loyaltydesk.ui.widgets.camera_preview import CameraPreview

    app = QApplication.instance() or QApplication([])
    source = make_source_class()(empty, cards)
    controller = ScanController(lambda: source, hold_seconds=0.5)
    preview = CameraPreview()
    preview.resize(480, 270)
    preview.connect_to(controller)
    preview.show()
    scanned: list[float] = []
    controller.code_scanned.connect(lambda _text: scanned.append(time.perf_counter()))
    controller.start()
    run_loop(2.0)  # camera open, first frames, then at rest
    rest = cpu_use(seconds, source)
    source.hold_up()
    held_up = time.perf_counter()
    deadline = held_up + 5.0
    while not scanned and time.perf_counter() < deadline:
        run_loop(0.005)
    first_scan_ms = (scanned[0] - held_up) * 1000 if scanned else float("nan")
    reading = cpu_use(seconds, source)
    controller.stop()
    preview.close()
    app.processEvents()
    return {
        "rest": rest[0],
        "rest_fps": rest[1],
        "rest_ms": rest[2],
        "rest_at_30": rest[2] * FPS / 10,
        "first_scan_ms": first_scan_ms,
        "reading": reading[0],
        "reading_fps": reading[1],
        "reading_ms": reading[2],
        "reading_at_30": reading[2] * FPS / 10,
    }


def decoder_alone(frames: list[np.ndarray], fallback: bool | None) -> float:
    """% of a core to decode these frames at 30 fps with decode_frame alone."""
    from loyaltydesk.scanning.decoder import decode_frame

    options = {} if fallback is None else {"fallback": fallback}
    start = time.process_time()
    for frame in frames:
        decode_frame(frame, **options)
    return 100 * (time.process_time() - start) / len(frames) * FPS


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--source", type=Path, default=ROOT, help="the checkout to measure")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path[:0] = [str(args.source.resolve()), str(ROOT)]
    from tests.support.frames import empty_frames, make_frame, variation

    empty = [f.image for f in empty_frames(30, seed=9000)]
    # Each card stays in view for 15 frames (0.5 s), as a card held up to the camera does.
    held = [make_frame(variation("member_plain"), seed).image for seed in range(9100, 9110)]
    cards = [image for image in held for _ in range(15)]
    results = [one_run(empty, cards, args.seconds) for _ in range(args.runs)]
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    import loyaltydesk

    code = Path(loyaltydesk.__file__).parent.parent
    print(f"code: {code}, load average {os.getloadavg()[0]:.1f}")
    print(f"{args.runs} runs of {args.seconds:.0f} s, 1280x720 at {FPS:.0f} fps, preview 480x270")
    print("| measure | median | min | max |")
    print("|---|---:|---:|---:|")
    for key, label in (
        ("rest", "at rest: CPU, % of one core (as measured)"),
        ("rest_fps", "at rest: camera frames taken a second"),
        ("rest_ms", "at rest: CPU ms per camera frame"),
        ("rest_at_30", "at rest: % of one core at a full 30 fps"),
        ("first_scan_ms", "card held up -> scanned, ms"),
        ("reading", "reading: CPU, % of one core (as measured)"),
        ("reading_fps", "reading: camera frames taken a second"),
        ("reading_ms", "reading: CPU ms per camera frame"),
        ("reading_at_30", "reading: % of one core at a full 30 fps"),
    ):
        values = [r[key] for r in results]
        low, mid, high = min(values), statistics.median(values), max(values)
        print(f"| {label} | {mid:.1f} | {low:.1f} | {high:.1f} |")
    print(f"| peak RSS, MB | {rss:.0f} | | |")
    try:
        alone = {
            "both passes": decoder_alone(empty, True),
            "first pass only": decoder_alone(empty, False),
        }
    except TypeError:  # an older checkout: decode_frame has no fallback switch
        alone = {"both passes": decoder_alone(empty, None)}
    for name, value in alone.items():
        print(f"| decoder alone on the empty frames at 30 fps, {name}, % | {value:.1f} | | |")


if __name__ == "__main__":
    main()
