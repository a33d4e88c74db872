"""LOYALTYDESK_QUIT_WHEN_SHOWN: the start-up probe used by bench_startup.py and the smoke test."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_app_reports_its_painted_window_and_quits(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "LOYALTYDESK_QUIT_WHEN_SHOWN": "1",
    }
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-m", "loyaltydesk", "--home", str(tmp_path / "home")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    shown = [line for line in done.stderr.splitlines() if line.startswith("window shown at ")]
    assert len(shown) == 1
    assert started < float(shown[0].removeprefix("window shown at ")) < time.time()
