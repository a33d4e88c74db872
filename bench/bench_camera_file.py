"""Benchmark: the camera at rest and the first scan, from a ``--camera-file`` video.

A 1280x720 MJPG video at 30 fps: ``--empty`` seconds of a cluttered counter with no code, then
member cards held up (15 frames each). Each run is a fresh process that plays it as
``loyaltydesk --camera-file`` does (``FileSource(path, fps=30)``, the real ``ScanController`` on
its thread, a live 480x270 ``CameraPreview``, the main window's modules imported) and reports:

- at rest: CPU (all threads) over wall time, in % of one core, over the empty stretch (from
  2 s in to 0.5 s before the cards);
- the milliseconds from the first card frame taken from the video to ``code_scanned``;
- the process's RSS (VmRSS) at the end of the rest and after the first scan.

Beside it, in the same process: the video read alone at 30 fps (``VideoCapture.read``, every
frame decoded: what any scanner pays before decoding), and the decoder alone on the empty
frames (both passes / first pass only), in % of one core at 30 fps.

    QT_QPA_PLATFORM=offscreen python bench/bench_camera_file.py [--runs 5] [--empty 8]
        [--source OTHER_CHECKOUT]     # measured the same way, in the same rounds
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FPS = 30.0


def write_bench_video(path: Path, empty_seconds: float, card_seconds: float) -> int:
    """The video; returns the index of the first card frame."""
    from tests.support.frames import empty_frames, make_frame, variation, write_video

    empty = [f.image for f in empty_frames(30, seed=9000)]
    held = [make_frame(variation("member_plain"), seed).image for seed in range(9100, 9110)]
    cards = [image for image in held for _ in range(15)]
    first_card = round(empty_seconds * FPS)
    frames = [empty[i % len(empty)] for i in range(first_card)]
    frames += [cards[i % len(cards)] for i in range(round(card_seconds * FPS))]
    write_video(path, frames, fps=FPS)
    return first_card


def child(video: Path, first_card: int, empty_seconds: float) -> dict[str, float]:
    import cv2
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    import loyaltydesk.ui.main_window  # noqa: F401  (the app's modules, for a fair RSS)
    from loyaltydesk.scanning.controller import ScanController
    from loyaltydesk.scanning.decoder import decode_frame
    from loyaltydesk.scanning.file_source import FileSource
    from loyaltydesk.ui.widgets.camera_preview import CameraPreview

    def run_loop(seconds: float) -> None:
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    class Counting(FileSource):
        """Counts the frames taken (every read or skip paces once, in any version of
        FileSource); notes when the first card was taken."""

        taken = 0
        card_at: float | None = None

        def _pace(self) -> None:
            super()._pace()
            self.taken += 1
            if self.taken == first_card + 1:
                self.card_at = time.perf_counter()

    app = QApplication.instance() or QApplication([])
    source = Counting(video, fps=FPS)
    controller = ScanController(lambda: source, hold_seconds=0.5)
    preview = CameraPreview()
    preview.resize(480, 270)
    preview.connect_to(controller)
    preview.show()
    scanned: list[float] = []
    controller.code_scanned.connect(lambda _text: scanned.append(time.perf_counter()))
    began = time.perf_counter()
    controller.start()
    run_loop(2.0)
    cpu, wall = time.process_time(), time.perf_counter()
    run_loop(max(0.5, empty_seconds - 2.5 - (wall - began - 2.0)))
    rest = 100 * (time.process_time() - cpu) / (time.perf_counter() - wall)
    rss_rest = rss_now()
    rest_fps = source.taken / (time.perf_counter() - began)
    deadline = time.perf_counter() + 10.0
    while not scanned and time.perf_counter() < deadline:
        run_loop(0.005)
    first_scan = (
        (scanned[0] - source.card_at) * 1000 if scanned and source.card_at else float("nan")
    )
    rss_end = rss_now()
    controller.stop()
    preview.close()
    app.processEvents()
    # Beside it: the video alone, and the decoder alone on the empty frames.
    capture = cv2.VideoCapture(str(video))
    frames = []
    start = time.process_time()
    for _ in range(30):
        ok, frame = capture.read()
        assert ok
        frames.append(frame)
    read_alone = 100 * (time.process_time() - start) / 30 * FPS
    capture.release()

    def decoder_alone(fallback: bool) -> float:
        start = time.process_time()
        for frame in frames:
            decode_frame(frame, fallback=fallback)
        return 100 * (time.process_time() - start) / len(frames) * FPS

    both, first = decoder_alone(True), decoder_alone(False)

    return {
        "rest": rest,
        "rest_fps": rest_fps,
        "first_scan_ms": first_scan,
        "rss_rest_mb": rss_rest,
        "rss_reading_mb": rss_end,
        "video_alone": read_alone,
        "decoder_both": both,
        "decoder_first": first,
    }


def rss_now() -> float:
    """The process's resident set now, MB (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered) + 0.5) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--empty", type=float, default=8.0, help="seconds before the cards")
    parser.add_argument("--source", type=Path, action="append", default=[])
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.child:
        video, first_card, empty = args.child
        print(json.dumps(child(Path(video), int(first_card), float(empty))))
        return
    sys.path.insert(0, str(ROOT))
    sources = [ROOT, *(s.resolve() for s in args.source)]
    results: dict[Path, list[dict[str, float]]] = {s: [] for s in sources}
    with tempfile.TemporaryDirectory(prefix="bench-camera-") as folder:
        video = Path(folder) / "counter.avi"
        first_card = write_bench_video(video, args.empty, 3.0)
        extra = [str(args.empty)]
        for _ in range(args.runs):
            for source in sources:  # interleaved: every checkout sees the same load
                env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(source), str(ROOT)])}
                done = subprocess.run(
                    [sys.executable, __file__, "--child", str(video), str(first_card), *extra],
                    env=env,
                    capture_output=True,
                    text=True,
                    check=True,
                    timeout=120,
                )
                results[source].append(json.loads(done.stdout.strip().splitlines()[-1]))
    print(f"load average {os.getloadavg()[0]:.1f} / {os.getloadavg()[1]:.1f} after the run")
    print(f"{args.runs} runs, 1280x720 MJPG at {FPS:.0f} fps, {args.empty:.0f} s empty, then cards")
    labels = {
        "rest": "at rest: CPU, % of one core",
        "rest_fps": "frames taken a second (camera 30)",
        "first_scan_ms": "first card frame -> scanned, ms",
        "rss_rest_mb": "RSS at the end of the rest, MB",
        "rss_reading_mb": "RSS after the first scan, MB",
        "video_alone": "beside: the video read alone, % at 30 fps",
        "decoder_both": "beside: decoder alone, both passes, % at 30 fps",
        "decoder_first": "beside: decoder alone, first pass, % at 30 fps",
    }
    for source, runs in results.items():
        print(f"\n{source}")
        print("| measure | median | p95 | runs |")
        print("|---|---:|---:|---|")
        for key, label in labels.items():
            values = [r[key] for r in runs]
            shown = ", ".join(f"{v:.0f}" for v in values)
            print(f"| {label} | {statistics.median(values):.1f} | {p95(values):.1f} | {shown} |")


if __name__ == "__main__":
    main()
