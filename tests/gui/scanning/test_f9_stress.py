"""F9 at the counter under stress: many rounds of test_f9_at_counter.py in a process of its own
that must exit 0 (a segmentation fault there cannot take the test run down with it)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
ROUNDS = 12


def test_many_f9_rounds_with_new_windows_end_cleanly() -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        "PYTHONFAULTHANDLER": "1",
        "F9_ROUNDS": str(ROUNDS),
    }
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "tests/gui/scanning/test_f9_at_counter.py",
            "-q",
            "-p",
            "no:cacheprovider",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-4000:]
    assert f"{ROUNDS + ROUNDS // 2 + 2} passed" in run.stdout
