"""``loyaltydesk --self-test`` as a shop PC would run it: a subprocess, no display."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from loyaltydesk.selftest import run
from loyaltydesk.selftest.steps import StepFailedError, Workbench

ROOT = Path(__file__).resolve().parents[3]


def test_self_test_passes_every_step_and_ends_with_ok(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LOYALTYDESK_HOME": str(tmp_path / "home")}
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("DISPLAY", None)
    done = subprocess.run(
        [sys.executable, "-m", "loyaltydesk", "--self-test"],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        cwd=tmp_path,
    )

    lines = done.stdout.splitlines()
    assert done.returncode == 0, done.stdout + done.stderr
    assert lines[-1] == "OK"
    steps = [line for line in lines if line[:1].isdigit()]
    assert len(steps) == 6
    assert all(" ok " in line for line in steps)
    assert "read back LD1:V:" in done.stdout
    assert not (tmp_path / "home").exists()  # the user's data folder is never touched


def test_a_failing_step_is_named_and_the_run_stops_there() -> None:
    ran: list[str] = []

    def fine(_bench: Workbench) -> str:
        ran.append("fine")
        return "all good"

    def broken(_bench: Workbench) -> str:
        raise StepFailedError("the printer caught fire")

    def never(_bench: Workbench) -> str:
        ran.append("never")
        return ""

    out = io.StringIO()
    status = run(out, [("first", fine), ("second", broken), ("third", never)])

    text = out.getvalue()
    assert status == 1
    assert ran == ["fine"]
    assert "2. second" in text
    assert "FAILED: the printer caught fire" in text
    assert text.splitlines()[-1] == "self-test FAILED at step 2: second"
    assert "OK" not in text.split()
