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
# Not loaded when the window first paints: the store opens on a worker after that paint.
NOT_AT_FIRST_PAINT = (
    *NOT_BEFORE_SIGN_IN,
    "sqlalchemy",
    "loyaltydesk.store",
    "loyaltydesk.services.context",
    "loyaltydesk.services.facade",
    "loyaltydesk.services.dto",
    "loyaltydesk.ui.counter.page",
    "loyaltydesk.ui.camera",
    "loyaltydesk.ui.first_start.first_start",
    "loyaltydesk.ui.owner.area",
    "loyaltydesk.ui.sync_driver",
    "loyaltydesk.ui.messages",
    "phonenumbers",
)
NOT_FOR_LOOKUP = (
    *(m for m in NOT_BEFORE_SIGN_IN if m != "loyaltydesk.cli.commands"),
    "PySide6",
    "loyaltydesk.ui",
    "loyaltydesk.printing",
    "loyaltydesk.sync.http",
)
# A lookup makes only the services it uses (services/facade.py builds them on first use).
NOT_FOR_LOOKUP_SERVICES = (
    "loyaltydesk.services.reports",
    "loyaltydesk.services.csv_import",
    "loyaltydesk.services.csv_export",
    "loyaltydesk.services.sync",
    "loyaltydesk.services.backups",
    "loyaltydesk.services.customer_admin",
    "loyaltydesk.services.settings_admin",
    "loyaltydesk.store.report_repository",  # a unit of work makes its repositories on use
    "loyaltydesk.store.sync_repository",
    "loyaltydesk.store.customer_admin_repository",
)
WATCHED = sorted(
    {
        *NOT_BEFORE_SIGN_IN,
        *NOT_AT_FIRST_PAINT,
        *NOT_FOR_LOOKUP,
        *NOT_FOR_LOOKUP_SERVICES,
        "loyaltydesk.ui.main_window",
        "loyaltydesk.ui.counter.page",
    }
)

# Runs the real entry point and, at exit, writes which watched modules were loaded, at exit
# and when the app wrote its "window shown at" line (the window's first paint).
PROBE = (
    "import atexit, json, runpy, sys\n"
    "watched = json.loads(sys.argv.pop(1))\n"
    "out = sys.argv.pop(1)\n"
    "seen = {}\n"
    "class Err:\n"
    "    def __init__(self, real):\n"
    "        self.real = real\n"
    "    def write(self, text):\n"
    "        if text.startswith('window shown at ') and 'painted' not in seen:\n"
    "            seen['painted'] = [m for m in watched if m in sys.modules]\n"
    "        return self.real.write(text)\n"
    "    def __getattr__(self, name):\n"
    "        return getattr(self.real, name)\n"
    "sys.stderr = Err(sys.stderr)\n"
    "def report():\n"
    "    seen['exit'] = [m for m in watched if m in sys.modules]\n"
    "    with open(out, 'w') as f:\n"
    "        json.dump(seen, f)\n"
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


def loaded_by(env: dict[str, str], folder: Path, *args: str) -> tuple[dict[str, list[str]], str]:
    """The watched modules the command loaded (``exit``: by its end; ``painted``: by the
    window's first paint), and what it wrote to stderr."""
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
    seen, stderr = loaded_by(shop, tmp_path)
    assert "window shown at " in stderr  # the sign-in page painted, then the app quit
    loaded = seen["exit"]
    assert "loyaltydesk.ui.main_window" in loaded
    assert "loyaltydesk.ui.counter.page" in loaded  # the rest came after the paint
    assert [m for m in NOT_BEFORE_SIGN_IN if m in loaded] == []


def test_the_window_paints_before_the_store_and_the_counter_load(
    shop: dict[str, str], tmp_path: Path
) -> None:
    seen, stderr = loaded_by(shop, tmp_path)
    painted = seen.get("painted")
    assert painted is not None, stderr
    assert "loyaltydesk.ui.main_window" in painted
    assert [m for m in NOT_AT_FIRST_PAINT if m in painted] == []


def test_lookup_imports_only_what_a_look_up_needs(shop: dict[str, str], tmp_path: Path) -> None:
    seen, stderr = loaded_by(shop, tmp_path, "lookup", "nobody@example.com", "--json")
    assert "Traceback" not in stderr, stderr
    loaded = seen["exit"]
    assert "loyaltydesk.cli.commands" in loaded
    assert [m for m in NOT_FOR_LOOKUP if m in loaded] == []
    assert [m for m in NOT_FOR_LOOKUP_SERVICES if m in loaded] == []


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
