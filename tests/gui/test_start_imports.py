"""What the start to the sign-in window and the ``lookup`` command import (issue 13, item 6).

No timing here: each test runs the real command in a fresh process on a current shop and lists
which heavy modules it loaded on its way. The start-up figures are in docs/PERFORMANCE.md
(bench/bench_startup.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

NOT_BEFORE_SIGN_IN = (
    "alembic",  # the schema is current: read with plain SQL (schema_revision.py)
    "cv2",  # the camera is off
    "numpy",
    "zxingcpp",
    "sqlalchemy.dialects.postgresql",  # the shop is on SQLite
    "httpx",  # nothing is sent before someone signs in
    "keyring",
    "loyaltydesk.sync.providers.cata",
    "loyaltydesk.sync.providers.kirimel",
    "qrcode",  # nothing is printed
    "PySide6.QtPrintSupport",
    "loyaltydesk.cli.commands",  # the GUI parses its options without the commands
    "loyaltydesk.cli.sync",
    "loyaltydesk.cli.vouchers",
    "loyaltydesk.cli.admin",
    "loyaltydesk.cli.customers",
)
NOT_FOR_LOOKUP = (
    *(m for m in NOT_BEFORE_SIGN_IN if m != "loyaltydesk.cli.commands"),
    "PySide6",
    "loyaltydesk.ui",
    "loyaltydesk.printing",
    "loyaltydesk.sync.http",
)
WATCHED = sorted({*NOT_BEFORE_SIGN_IN, *NOT_FOR_LOOKUP, "loyaltydesk.ui.main_window"})

# Runs the real entry point and, at exit, writes which watched modules were loaded.
PROBE = (
    "import atexit, json, runpy, sys\n"
    "watched = json.loads(sys.argv.pop(1))\n"
    "out = sys.argv.pop(1)\n"
    "def report():\n"
    "    with open(out, 'w') as f:\n"
    "        json.dump([m for m in watched if m in sys.modules], f)\n"
    "atexit.register(report)\n"
    "sys.argv[0] = 'loyaltydesk'\n"
    "runpy.run_module('loyaltydesk', run_name='__main__')\n"
)


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A current shop (created, so migrated, by an earlier command) and the environment."""
    home = tmp_path_factory.mktemp("start") / "home"
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "LOYALTYDESK_HOME": str(home),
        "LOYALTYDESK_QUIT_WHEN_SHOWN": "1",
    }
    for key in ("LOYALTYDESK_DB", "LOYALTYDESK_API_KEY"):
        env.pop(key, None)
    init = ["init", "--shop", "Kedai", "--owner", "Aminah", "--owner-pin", "4826"]
    created = subprocess.run(
        [sys.executable, "-m", "loyaltydesk", *init],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=home.parent,
    )
    assert created.returncode == 0, created.stderr
    return env


def loaded_by(env: dict[str, str], folder: Path, *args: str) -> tuple[list[str], str]:
    """The watched modules the command loaded, and what it wrote to stderr."""
    out = folder / "loaded.json"
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(WATCHED), str(out), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=folder,
    )
    assert out.exists(), done.stderr
    return json.loads(out.read_text()), done.stderr


def test_the_sign_in_window_is_shown_without_what_it_does_not_need(
    shop: dict[str, str], tmp_path: Path
) -> None:
    loaded, stderr = loaded_by(shop, tmp_path)
    assert "window shown at " in stderr  # the sign-in page painted, then the app quit
    assert "loyaltydesk.ui.main_window" in loaded
    assert [m for m in NOT_BEFORE_SIGN_IN if m in loaded] == []


def test_lookup_imports_only_what_a_look_up_needs(shop: dict[str, str], tmp_path: Path) -> None:
    loaded, stderr = loaded_by(shop, tmp_path, "lookup", "nobody@example.com", "--json")
    assert "Traceback" not in stderr, stderr
    assert "loyaltydesk.cli.commands" in loaded
    assert [m for m in NOT_FOR_LOOKUP if m in loaded] == []


def test_a_group_command_and_help_still_see_every_command(
    shop: dict[str, str], tmp_path: Path
) -> None:
    status = subprocess.run(
        [sys.executable, "-m", "loyaltydesk", "sync", "status", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        env=shop,
        cwd=tmp_path,
    )
    assert status.returncode == 0, status.stderr
    assert json.loads(status.stdout)["configured"] is False
    shown = subprocess.run(
        [sys.executable, "-m", "loyaltydesk", "--help"],
        capture_output=True,
        text=True,
        timeout=120,
        env=shop,
        cwd=tmp_path,
    )
    assert shown.returncode == 0, shown.stderr
    for command in ("lookup", "vouchers", "report", "customers", "sync"):
        assert command in shown.stdout
