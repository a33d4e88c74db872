"""Long work under stress: 50 long tasks, half cancelled, some pages closed while they run,
short reads and writes mixed in, in a process of its own that must exit 0 (a crash there
cannot take the test run down with it)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_fifty_long_tasks_half_cancelled_end_cleanly() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    run = subprocess.run(
        [sys.executable, "-m", "tests.gui.long_task_stress", "--tasks", "50"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr[-4000:]
    assert "long tasks: 50, outcomes: 40 (done 20, cancelled 20)" in run.stdout
