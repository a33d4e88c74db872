"""Benchmark: cold starts of the app to its sign-in window, and of the CLI ``lookup``.

Every measure is a new process. The runs are interleaved (one of each command per round) and
set beside ``python -c pass`` and ``python -c "import PySide6.QtWidgets"`` from the same
rounds, so the ratios hold on a shared, noisy machine. The window is "shown" when the sign-in
page has painted (``LOYALTYDESK_QUIT_WHEN_SHOWN``, offscreen platform): the app prints the
time and quits. Bytecode caches are allowed (one warm-up round writes them), as after an
install; the OS file cache is warm, as on a till that has run the app before.

    python bench/bench_startup.py [--runs 5] [--frozen installer/dist/loyaltydesk/loyaltydesk]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHOWN = "window shown at "


def environment(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "DISPLAY")}
    env.update(
        PYTHONPATH=str(ROOT),
        LOYALTYDESK_HOME=str(home),
        QT_QPA_PLATFORM="offscreen",
        LOYALTYDESK_QUIT_WHEN_SHOWN="1",
    )
    return env


def whole_run(command: list[str], env: dict[str, str]) -> float:
    """Seconds from spawn to exit; the command must succeed."""
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - start


def until_shown(command: list[str], env: dict[str, str]) -> float:
    """Seconds from spawn until the app reports its painted window (wall clock, both sides)."""
    start = time.time()
    with subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True) as process:
        assert process.stderr is not None
        shown = None
        for line in process.stderr:
            if line.startswith(SHOWN):
                shown = float(line[len(SHOWN) :])
                break
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    if shown is None:
        raise RuntimeError(f"{command} never reported its window")
    return shown - start


def p95(values: list[float]) -> float:
    """Nearest rank: with 5 runs this is the slowest."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered) + 0.5) - 1))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--frozen", help="the bundle's binary, measured beside the source")
    parser.add_argument("--json", help="also write the raw figures here")
    args = parser.parse_args()
    py = args.python

    with tempfile.TemporaryDirectory(prefix="bench-startup-") as folder:
        home = Path(folder) / "home"
        env = environment(home)
        subprocess.run([py, "-m", "loyaltydesk", "demo"], env=env, check=True, capture_output=True)
        app = [py, "-m", "loyaltydesk"]
        measures: dict[str, Callable[[], float]] = {
            "python -c pass": lambda: whole_run([py, "-c", "pass"], env),
            "python -c 'import PySide6.QtWidgets'": lambda: whole_run(
                [py, "-c", "import PySide6.QtWidgets"], env
            ),
            "source: sign-in window painted": lambda: until_shown(app, env),
            "source: lookup A1B2C3 --json": lambda: whole_run(
                [*app, "lookup", "A1B2C3", "--json"], env
            ),
        }
        if args.frozen:
            frozen = str(Path(args.frozen).resolve())
            measures["frozen: sign-in window painted"] = lambda: until_shown([frozen], env)
            measures["frozen: lookup A1B2C3 --json"] = lambda: whole_run(
                [frozen, "lookup", "A1B2C3", "--json"], env
            )
        for measure in measures.values():  # warm-up: bytecode caches, OS file cache
            measure()
        samples: dict[str, list[float]] = {name: [] for name in measures}
        for _ in range(args.runs):
            for name, measure in measures.items():
                samples[name].append(measure())

    load = os.getloadavg()
    print(
        f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"load average {load[0]:.1f} / {load[1]:.1f} after the run"
    )
    print(f"{'measure':<40} {'median s':>9} {'p95 s':>7}  runs")
    for name, values in samples.items():
        runs = " ".join(f"{v:.2f}" for v in values)
        print(f"{name:<40} {statistics.median(values):9.3f} {p95(values):7.3f}  {runs}")
    qt = statistics.median(samples["python -c 'import PySide6.QtWidgets'"])
    gui = statistics.median(samples["source: sign-in window painted"])
    print(f"window / import PySide6.QtWidgets: {gui / qt:.2f}x")
    if args.json:
        Path(args.json).write_text(json.dumps(samples, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
