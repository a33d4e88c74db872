"""The sentence said before Qt starts when there is no display or no X11 libraries."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from loyaltydesk.ui.platform_check import XCB_LIBRARIES, display_problem, x_server_answers

ROOT = Path(__file__).resolve().parents[2]


def loader_without(*missing: str):
    """A loader that finds every library but ``missing`` (as on a PC without those packages)."""

    def load(name: str) -> object:
        if name in missing:
            raise OSError(f"{name}: cannot open shared object file")
        return object()

    return load


def test_no_display_at_all_names_the_variables_to_set() -> None:
    problem = display_problem({}, "linux", loader_without())
    assert problem is not None
    assert "no display" in problem
    assert "DISPLAY=:0" in problem
    assert "WAYLAND_DISPLAY" in problem
    assert problem.endswith(".")
    assert ". " not in problem  # one sentence


def test_missing_xcb_libraries_are_named_with_their_packages() -> None:
    load = loader_without("libxcb-cursor.so.0", "libxcb-keysyms.so.1")
    problem = display_problem({"DISPLAY": ":0"}, "linux", load)
    assert problem is not None
    assert "libxcb-cursor.so.0, libxcb-keysyms.so.1" in problem
    assert "sudo apt install libxcb-cursor0 libxcb-keysyms1." in problem


def test_a_display_that_answers_with_every_library_is_fine() -> None:
    def up(_display: str) -> bool:
        return True

    assert display_problem({"DISPLAY": ":0"}, "linux", loader_without(), up) is None
    xcb = {"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":1"}
    assert display_problem(xcb, "linux", loader_without(), up) is None


def test_a_display_nobody_answers_on_is_named() -> None:
    def down(_display: str) -> bool:
        return False

    problem = display_problem({"DISPLAY": "localhost:10.0"}, "linux", loader_without(), down)
    assert problem is not None
    assert "the display localhost:10.0 does not answer" in problem


def test_a_real_x_connection_to_a_display_that_does_not_exist_fails() -> None:
    assert x_server_answers(":97") is False


def test_other_platforms_and_chosen_plugins_are_left_to_qt() -> None:
    nothing = loader_without(*XCB_LIBRARIES)
    assert display_problem({}, "win32", nothing) is None
    assert display_problem({}, "darwin", nothing) is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux", nothing) is None
    assert display_problem({"QT_QPA_PLATFORM": "vnc:size=800x600"}, "linux", nothing) is None
    # A Wayland session: Qt may use Wayland, so missing X11 libraries are no reason to refuse.
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux", nothing) is None
    # X11 asked for by name, libraries missing: refused.
    assert display_problem({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"}, "linux", nothing)


def test_the_app_without_a_display_says_so_and_builds_no_demo_shop(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env["PYTHONPATH"] = str(ROOT)
    home = tmp_path / "home"
    done = subprocess.run(
        [sys.executable, "-m", "loyaltydesk", "--demo", "--home", str(home)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert done.returncode == 1
    assert done.stderr.strip().startswith("loyaltydesk cannot open its window")
    assert "no display" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (home / "demo.db").exists()
