"""Benchmark: webcam code scanning on synthetic 1280x720 frames.

Per frame: decode time (median, p95) and detection rate for zxing-cpp alone (default options),
OpenCV's cv2.QRCodeDetector and the loyaltydesk pipeline (``decode_frame``). Then the scanning
worker on its thread with a Qt event loop and a live ``CameraPreview``: the frames per second it
sustains and the longest stall of the GUI event loop (a 1 ms QTimer measuring its own gaps).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_scanning.py [--runs 5] [--quick]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class DecodeFigures:
    median_ms: float
    p95_ms: float
    empty_median_ms: float
    detected: int
    total: int
    qr_detected: int
    qr_total: int

    @staticmethod
    def _rate(detected: int, total: int) -> str:
        return f"{100.0 * detected / total:.1f}% ({detected}/{total})"

    @property
    def rate(self) -> str:
        return self._rate(self.detected, self.total)

    @property
    def qr_rate(self) -> str:
        return self._rate(self.qr_detected, self.qr_total)


def _p95(values: Sequence[float]) -> float:
    return float(np.percentile(values, 95))


def _bench_decoder(
    decode: Callable[[np.ndarray], set[str]],
    frames: Sequence[tuple[np.ndarray, set[str], bool]],
    empty: Sequence[np.ndarray],
    runs: int,
) -> DecodeFigures:
    medians, p95s, empty_medians = [], [], []
    detected = qr_detected = 0
    for run in range(runs):
        times = []
        for image, expected, is_qr in frames:
            start = time.perf_counter()
            found = decode(image)
            times.append(time.perf_counter() - start)
            if run == 0 and expected <= found:
                detected += 1
                qr_detected += is_qr
        empty_times = []
        for image in empty:
            start = time.perf_counter()
            decode(image)
            empty_times.append(time.perf_counter() - start)
        medians.append(statistics.median(times))
        p95s.append(_p95(times))
        empty_medians.append(statistics.median(empty_times))
    return DecodeFigures(
        statistics.median(medians) * 1e3,
        statistics.median(p95s) * 1e3,
        statistics.median(empty_medians) * 1e3,
        detected,
        len(frames),
        qr_detected,
        sum(is_qr for _, _, is_qr in frames),
    )


def decode_benchmarks(count: int, runs: int) -> list[tuple[str, DecodeFigures]]:
    import zxingcpp

    from loyaltydesk.scanning.decoder import PRIMARY_OPTIONS, decode_frame
    from tests.support.frames import empty_frames, nominal_frames

    nominal = list(nominal_frames(count))
    frames = [
        (
            f.image,
            {text for _, text in f.expected},
            all(fmt == "QR_CODE" for fmt, _ in f.expected),
        )
        for f in nominal
    ]
    empty = [f.image for f in empty_frames(max(10, count // 5))]

    def zxing_alone(image: np.ndarray) -> set[str]:
        return {b.text for b in zxingcpp.read_barcodes(image)}

    detector = cv2.QRCodeDetector()

    def opencv_qr(image: np.ndarray) -> set[str]:
        ok, texts, _points, _ = detector.detectAndDecodeMulti(image)
        return {t for t in texts if t} if ok else set()

    def primary_pass(image: np.ndarray) -> set[str]:
        grey = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
        return {b.text for b in zxingcpp.read_barcodes(grey, **PRIMARY_OPTIONS)}

    def pipeline(image: np.ndarray) -> set[str]:
        return {code.text for code in decode_frame(image)}

    rows = []
    for name, decode in (
        ("zxing-cpp alone (defaults, BGR in)", zxing_alone),
        ("cv2.QRCodeDetector (multi)", opencv_qr),
        ("zxing-cpp, grey, pipeline's first pass only", primary_pass),
        ("pipeline `decode_frame`", pipeline),
    ):
        rows.append((name, _bench_decoder(decode, frames, empty, runs)))
    full_hd = [(cv2.resize(image, (1920, 1080)), texts, qr) for image, texts, qr in frames]
    full_hd_empty = [cv2.resize(image, (1920, 1080)) for image in empty]
    rows.append(
        (
            "pipeline, same frames scaled to 1920x1080",
            _bench_decoder(pipeline, full_hd, full_hd_empty, runs),
        )
    )
    return rows


@dataclass
class LoopFigures:
    fps: float
    scans_per_second: float
    stall_max_ms: float
    stall_p99_ms: float


def _jpeg_source_class() -> type:
    from loyaltydesk.scanning.sources import FrameSource
    from loyaltydesk.scanning.states import CameraState

    class JpegLoopSource(FrameSource):
        """Cycles JPEG-encoded frames, decoding each on read like an MJPG webcam does."""

        def __init__(self, frames: Sequence[np.ndarray], fps: float | None) -> None:
            super().__init__()
            self._jpegs = [
                cv2.imencode(".jpg", f, [cv2.IMWRITE_JPEG_QUALITY, 85])[1] for f in frames
            ]
            self._fps = fps
            self._next = 0.0
            self.reads = 0

        @property
        def description(self) -> str:
            return "benchmark frames"

        def open(self) -> None:
            self._next = time.monotonic()
            self._state = CameraState.LIVE

        def read(self) -> np.ndarray | None:
            if self._fps:
                now = time.monotonic()
                if now < self._next:
                    time.sleep(self._next - now)
                self._next = max(self._next, now) + 1.0 / self._fps
            frame = cv2.imdecode(self._jpegs[self.reads % len(self._jpegs)], cv2.IMREAD_COLOR)
            self.reads += 1
            return frame

        def close(self) -> None:
            self._state = CameraState.STOPPED

    return JpegLoopSource


def _event_loop_gaps(seconds: float) -> tuple[list[float], float]:
    """Run the GUI event loop for ``seconds`` with a 1 ms timer: its gaps (ms) and the wall time."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer

    gaps: list[float] = []
    clock = QElapsedTimer()
    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.setInterval(1)
    last = [0]

    def tick() -> None:
        now = clock.nsecsElapsed()
        gaps.append((now - last[0]) / 1e6)
        last[0] = now

    ticker.timeout.connect(tick)
    loop = QEventLoop()
    clock.start()
    ticker.start()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    ticker.stop()
    return gaps, clock.nsecsElapsed() / 1e9


def loop_benchmark(
    frames: Sequence[np.ndarray], seconds: float, fps: float | None, scanning: bool = True
) -> LoopFigures:
    """Scan for ``seconds`` with a preview on screen; GUI stalls measured by a 1 ms timer.

    With ``scanning`` False only the idle preview is up: the machine's own noise, for reference.
    """
    from PySide6.QtWidgets import QApplication

    from loyaltydesk.scanning.controller import ScanController
    from loyaltydesk.ui.widgets.camera_preview import CameraPreview

    app = QApplication.instance() or QApplication([])
    source = _jpeg_source_class()(frames, fps)
    controller = ScanController(lambda: source, hold_seconds=0.5)
    preview = CameraPreview()
    preview.resize(800, 450)
    preview.connect_to(controller)
    preview.show()
    scans: list[str] = []
    controller.code_scanned.connect(scans.append)
    if scanning:
        controller.start()
    # Let the camera open and the first frames through before measuring.
    _event_loop_gaps(0.5)
    reads_before, scans_before = source.reads, len(scans)
    gaps, elapsed = _event_loop_gaps(seconds)
    reads, scanned = source.reads - reads_before, len(scans) - scans_before
    controller.stop()
    preview.close()
    app.processEvents()
    return LoopFigures(
        reads / elapsed, scanned / elapsed, max(gaps), float(np.percentile(gaps, 99))
    )


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import PySide6
    import zxingcpp

    zxing_version = getattr(zxingcpp, "__version__", "")
    if not zxing_version:
        from importlib.metadata import version

        zxing_version = version("zxing-cpp")
    return (
        f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, "
        f"OpenCV {cv2.__version__}, zxing-cpp {zxing_version}, "
        f"QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', '')}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="timing runs (default 5)")
    parser.add_argument("--frames", type=int, default=200, help="nominal frames (default 200)")
    parser.add_argument("--seconds", type=float, default=5.0, help="per worker run (default 5)")
    parser.add_argument("--quick", action="store_true", help="small set, for a smoke run")
    parser.add_argument("--only", choices=["decode", "worker"], help="run one part only")
    args = parser.parse_args()
    if args.quick:
        args.runs, args.frames, args.seconds = 2, 40, 1.5
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(f"Machine: {machine()}\n")
    if args.only != "worker":
        print_decode_table(args.frames, args.runs)
    if args.only != "decode":
        print_worker_table(args.runs, args.seconds)


def print_decode_table(count: int, runs: int) -> None:
    print(f"Decode, {count} nominal 1280x720 frames, {runs} runs (median of runs):\n")
    print(
        "| decoder | median ms | p95 ms | empty frame median ms | detected (all) | detected (QR) |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    for name, row in decode_benchmarks(count, runs):
        print(
            f"| {name} | {row.median_ms:.2f} | {row.p95_ms:.2f} | {row.empty_median_ms:.2f} "
            f"| {row.rate} | {row.qr_rate} |"
        )


def print_worker_table(runs: int, seconds: float) -> None:
    from tests.support.frames import nominal_frames

    # Each card stays in view for four frames, so scans are confirmed and the preview flashes.
    frames = [f.image for f in nominal_frames(30, seed=7000) for _ in range(4)]
    print(
        f"\nWorker with a Qt event loop and a live preview (800x450, flashing on each scan), "
        f"{runs} runs of {seconds} s:\n"
    )
    print(
        "| source | fps (median) | fps (min) | scans/s | GUI stall max ms (median / worst) "
        "| GUI gap p99 ms |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    cases = (
        ("no scanning (machine noise, reference)", None, False),
        ("unpaced (as fast as it goes)", None, True),
        ("paced at 30 fps (webcam)", 30.0, True),
    )
    for label, fps, scanning in cases:
        results = [loop_benchmark(frames, seconds, fps, scanning) for _ in range(runs)]
        rates = [r.fps for r in results]
        stalls = [r.stall_max_ms for r in results]
        print(
            f"| {label} | {statistics.median(rates):.1f} | {min(rates):.1f} "
            f"| {statistics.median(r.scans_per_second for r in results):.1f} "
            f"| {statistics.median(stalls):.1f} / {max(stalls):.1f} "
            f"| {statistics.median(r.stall_p99_ms for r in results):.1f} |"
        )


if __name__ == "__main__":
    main()
