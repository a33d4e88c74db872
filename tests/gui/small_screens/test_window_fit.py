"""The main window opens fitted to the available screen and never larger; it comes back
where it was (maximised too) when that still fits. The real window runs in its own process
on a made-up screen (the offscreen platform's screen file), as a person would start it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMargins, QRect, QSize

from loyaltydesk.ui.widgets.screen_fit import PREFERRED, fits_a_screen, fitted, smallest_size

ROOT = Path(__file__).resolve().parents[3]
TIMEOUT_S = 60


def test_fitted_is_never_larger_than_the_available_area() -> None:
    available = QRect(0, 0, 1024, 728)  # 1024x768 less a 40 px task bar
    frame = QMargins(4, 30, 4, 4)
    rect = fitted(available, PREFERRED, frame)
    assert available.contains(rect.marginsAdded(frame))
    assert rect.size() == QSize(1016, 694)


def test_fitted_keeps_the_preferred_size_on_a_large_screen_and_centres_it() -> None:
    rect = fitted(QRect(1920, 0, 1920, 1040))
    assert rect.size() == PREFERRED
    assert rect.center() == QRect(1920, 0, 1920, 1040).center()


def test_a_saved_rectangle_fits_only_inside_one_screen() -> None:
    screens = [QRect(0, 0, 1920, 1040), QRect(1920, 0, 1024, 728)]
    assert fits_a_screen(QRect(2000, 50, 900, 600), screens)
    assert not fits_a_screen(QRect(1800, 50, 900, 600), screens)  # across two screens
    assert not fits_a_screen(QRect(1920, 0, 1366, 768), screens)
    assert smallest_size(QRect(0, 0, 1024, 520)) == QSize(800, 520)


def _screen_file(tmp_path: Path, width: int, height: int) -> Path:
    path = tmp_path / f"screen-{width}x{height}.json"
    screen = {"name": "probe", "x": 0, "y": 0, "width": width, "height": height,
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
    path.write_text(json.dumps({"screens": [screen]}))
    return path


def probe(tmp_path: Path, db: Path, screen: tuple[int, int], *action: str, scale: str = "") -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen_file(tmp_path, *screen)}"
    env.pop("QT_SCALE_FACTOR", None)
    if scale:
        env["QT_SCALE_FACTOR"] = scale
    command = [sys.executable, "-m", "tests.gui.small_screens.window_probe", str(db)]
    command += [str(tmp_path / "prefs.ini"), *action]
    done = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=TIMEOUT_S
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def _inside(report: dict) -> bool:
    return QRect(*report["available"]).contains(QRect(*report["frame"]))


@pytest.mark.parametrize(
    ("screen", "scale", "available"),
    [((1024, 768), "", [0, 0, 1024, 768]), ((1280, 800), "1.25", [0, 0, 1024, 640])],
    ids=["1024x768", "1280x800-at-125"],
)
def test_the_window_and_the_key_list_open_fitted_with_clock_and_status_bar(
    tmp_path, db_path, screen, scale, available
) -> None:
    report = probe(tmp_path, db_path, screen, "help", scale=scale)
    assert report["available"] == available
    assert _inside(report), report
    assert report["clock"], report
    assert report["status_bar"], report
    assert QRect(*report["available"]).contains(QRect(*report["help"])), report


def test_the_last_geometry_and_maximised_state_come_back(tmp_path, db_path) -> None:
    probe(tmp_path, db_path, (1024, 768), "move", "100", "50", "800", "600")
    again = probe(tmp_path, db_path, (1024, 768), "open")
    assert again["geometry"] == [100, 50, 800, 600]
    assert not again["maximised"]
    probe(tmp_path, db_path, (1024, 768), "maximise")
    assert probe(tmp_path, db_path, (1024, 768), "open")["maximised"]


def test_a_geometry_from_a_larger_screen_is_not_restored_past_this_one(tmp_path, db_path) -> None:
    probe(tmp_path, db_path, (1920, 1080), "move", "500", "200", "1366", "768")
    report = probe(tmp_path, db_path, (1024, 768), "open")
    assert _inside(report), report
    assert report["clock"]
