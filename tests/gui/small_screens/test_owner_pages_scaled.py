"""The settings and reports pages on a real 1280x800 screen at 125 % (QT_SCALE_FACTOR), in
their own process as a person would start the app: the window opens fitted to the screen
and the checker finds nothing cut (nor anything that needs a sideways scroll)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
TIMEOUT_S = 90


def _screen_file(tmp_path: Path, width: int, height: int) -> Path:
    path = tmp_path / f"screen-{width}x{height}.json"
    screen = {"name": "probe", "x": 0, "y": 0, "width": width, "height": height,
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
    path.write_text(json.dumps({"screens": [screen]}))
    return path


@pytest.mark.parametrize("page", ["settings", "reports", "customers"])
def test_owner_page_fits_1280x800_at_125_percent(tmp_path, db_path, page) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_SCALE_FACTOR="1.25")
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen_file(tmp_path, 1280, 800)}"
    command = [sys.executable, "-m", "tests.gui.small_screens.owner_probe", str(db_path)]
    command += [str(tmp_path / "prefs.ini"), page]
    done = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=TIMEOUT_S
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["ratio"] == 1.25, report
    assert report["size"][0] <= 1024, report
    assert report["size"][1] <= 640, report
    assert report["cuts"] == [], "\n".join(report["cuts"])
