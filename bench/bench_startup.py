"""Benchmark: cold starts of the app to its sign-in window, and of the CLI ``lookup``.

Every measure is a new process. The runs are interleaved (one of each command per round) and
set beside ``python -c pass`` and ``python -c "import PySide6.QtWidgets"`` from the same
rounds, so the ratios hold on a shared, noisy machine. The window is "shown" when the sign-in
page has painted (``LOYALTYDESK_QUIT_WHEN_SHOWN``, offscreen platform): the app prints the
time and quits. Children run in the temporary shop folder, so
``python -m`` finds the checkout on PYTHONPATH, not the current directory. Bytecode caches
are allowed (one warm-up round writes them), as after an
install; the OS file cache is warm, as on a till that has run the app before.

    python bench/bench_startup.py [--runs 5] [--frozen installer/dist/loyaltydesk/loyaltydesk]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHOWN = "window shown at "
READY = "window ready at "
#: Seconds from spawn until the window had the store and every page ("window ready at"), per
#: measure; only apps that print it (this checkout, since the store opens behind the window).
READY_TIMES: dict[str, list[float]] = {}


def environment(home: Path, source: Path = ROOT) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "DISPLAY")}
    env.update(
        PYTHONPATH=str(source),
        LOYALTYDESK_HOME=str(home),
        QT_QPA_PLATFORM="offscreen",
        LOYALTYDESK_QUIT_WHEN_SHOWN="1",
    )
    return env


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def whole_run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds from spawn to exit, and the CPU seconds it used; it must succeed."""
    cpu = children_cpu()
    start = time.perf_counter()
    subprocess.run(
        command, env=env, cwd=env["LOYALTYDESK_HOME"], check=True, capture_output=True, timeout=120
    )
    return time.perf_counter() - start, children_cpu() - cpu


def until_shown(command: list[str], env: dict[str, str], name: str = "") -> tuple[float, float]:
    """Wall seconds from spawn until the app reports its painted window (wall clock, both
    sides), and the CPU seconds of the whole process (it quits right after)."""
    cpu = children_cpu()
    start = time.time()
    with subprocess.Popen(
        command, env=env, cwd=env["LOYALTYDESK_HOME"], stderr=subprocess.PIPE, text=True
    ) as process:
        assert process.stderr is not None
        shown = None
        for line in process.stderr:
            if line.startswith(SHOWN):
                shown = float(line[len(SHOWN) :])
            elif line.startswith(READY) and name:
                READY_TIMES.setdefault(name, []).append(float(line[len(READY) :]) - start)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    if shown is None:
        raise RuntimeError(f"{command} never reported its window")
    return shown - start, children_cpu() - cpu


def p95(values: list[float]) -> float:
    """Nearest rank: with 5 runs this is the slowest."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered) + 0.5) - 1))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--frozen", help="the bundle's binary, measured beside the source")
    parser.add_argument(
        "--baseline",
        type=Path,
        help="another checkout of the app (e.g. `git archive` of an older commit), measured in "
        "the same rounds; it needs ui/app.py's LOYALTYDESK_QUIT_WHEN_SHOWN hook",
    )
    parser.add_argument("--json", help="also write the raw figures here")
    args = parser.parse_args()
    py = args.python

    with tempfile.TemporaryDirectory(prefix="bench-startup-") as folder:
        home = Path(folder) / "home"
        env = environment(home)
        home.mkdir()
        subprocess.run(
            [py, "-m", "loyaltydesk", "demo"], env=env, cwd=home, check=True, capture_output=True
        )
        app = [py, "-m", "loyaltydesk"]
        measures: dict[str, Callable[[], tuple[float, float]]] = {
            "python -c pass": lambda: whole_run([py, "-c", "pass"], env),
            "python -c 'import PySide6.QtWidgets'": lambda: whole_run(
                [py, "-c", "import PySide6.QtWidgets"], env
            ),
            "source: sign-in window painted": lambda: until_shown(
                app, env, "source: sign-in window painted"
            ),
            "source: lookup A1B2C3 --json": lambda: whole_run(
                [*app, "lookup", "A1B2C3", "--json"], env
            ),
        }
        if args.baseline:
            old = environment(home, args.baseline.resolve())
            measures["baseline: sign-in window painted"] = lambda: until_shown(app, old)
            measures["baseline: lookup A1B2C3 --json"] = lambda: whole_run(
                [*app, "lookup", "A1B2C3", "--json"], old
            )
        if args.frozen:
            frozen = str(Path(args.frozen).resolve())
            measures["frozen: sign-in window painted"] = lambda: until_shown([frozen], env)
            measures["frozen: lookup A1B2C3 --json"] = lambda: whole_run(
                [frozen, "lookup", "A1B2C3", "--json"], env
            )
        for measure in measures.values():  # warm-up: bytecode caches, OS file cache
            measure()
        wall: dict[str, list[float]] = {name: [] for name in measures}
        cpu: dict[str, list[float]] = {name: [] for name in measures}
        for _ in range(args.runs):
            for name, measure in measures.items():
                seconds, used = measure()
                wall[name].append(seconds)
                cpu[name].append(used)

    load = os.getloadavg()
    print(
        f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"load average {load[0]:.1f} / {load[1]:.1f} after the run"
    )
    print(f"{'measure':<40} {'wall median':>11} {'p95':>6} {'CPU median':>10} {'p95':>6}  (s)")
    for name in wall:
        w, c = wall[name], cpu[name]
        print(
            f"{name:<40} {statistics.median(w):11.3f} {p95(w):6.3f} "
            f"{statistics.median(c):10.3f} {p95(c):6.3f}"
        )
    for name, times in READY_TIMES.items():
        runs = times[-args.runs :]  # not the warm-up
        print(
            f"{name.split(':')[0]}: store open, every page built (wall median / p95): "
            f"{statistics.median(runs):.3f} / {p95(runs):.3f}"
        )
    for kind, table in (("wall", wall), ("CPU", cpu)):
        qt = statistics.median(table["python -c 'import PySide6.QtWidgets'"])
        ratios = ", ".join(
            f"{name.split(' --')[0]} {statistics.median(v) / qt:.2f}x"
            for name, v in table.items()
            if ": " in name
        )
        print(f"{kind}, as multiples of import PySide6.QtWidgets: {ratios}")
    if args.json:
        Path(args.json).write_text(json.dumps({"wall": wall, "cpu": cpu}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
