"""The start-up check that skips Alembic when a database's schema is already the newest."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from loyaltydesk.bootstrap import open_services
from loyaltydesk.config import resolve_config
from loyaltydesk.domain.errors import LoyaltyError
from loyaltydesk.schema_revision import head_revision, schema_is_current, stored_revisions
from loyaltydesk.store import migrate
from loyaltydesk.store.engine import make_engine

ROOT = Path(__file__).resolve().parents[2]


def write_script(folder: Path, name: str, body: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(f'"""A migration."""\n{body}\n\ndef upgrade():\n    pass\n')


def test_head_read_from_the_files_is_alembics_head() -> None:
    assert head_revision() == migrate.head_revision()


def test_head_of_a_chain_annotated_or_not(tmp_path: Path) -> None:
    write_script(tmp_path, "a.py", 'revision = "a1"\ndown_revision = None')
    write_script(tmp_path, "b.py", 'revision: str = "b2"\ndown_revision: str | None = "a1"')
    write_script(tmp_path, "c.py", 'revision = "c3"  # newest\ndown_revision = ("b2",)')
    (tmp_path / "__init__.py").write_text("")
    assert head_revision(tmp_path) == "c3"


def test_any_doubt_gives_no_head(tmp_path: Path) -> None:
    write_script(tmp_path / "branches", "a.py", 'revision = "a"\ndown_revision = None')
    write_script(tmp_path / "branches", "b.py", 'revision = "b"\ndown_revision = "a"')
    write_script(tmp_path / "branches", "c.py", 'revision = "c"\ndown_revision = "a"')
    assert head_revision(tmp_path / "branches") is None
    write_script(tmp_path / "computed", "a.py", 'revision = "a" + "1"\ndown_revision = None')
    assert head_revision(tmp_path / "computed") is None
    assert head_revision(tmp_path / "empty") is None


def test_new_old_current_and_newer_databases(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'shop.db'}")
    assert stored_revisions(engine) is None  # no table yet
    assert not schema_is_current(engine)
    migrate.upgrade(engine, "0002")
    assert stored_revisions(engine) == ["0002"]
    assert not schema_is_current(engine)
    migrate.upgrade(engine)
    assert schema_is_current(engine)
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    assert not schema_is_current(engine)
    engine.dispose()
    # Not current, so Alembic decides: a database from a newer app is still refused.
    with pytest.raises(LoyaltyError, match="newer loyaltydesk"):
        open_services(resolve_config(db=f"sqlite:///{tmp_path / 'shop.db'}"))


def test_an_old_database_is_still_migrated_when_opened(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    engine = make_engine(url)
    migrate.upgrade(engine, "0001")
    engine.dispose()
    services = open_services(resolve_config(db=url))
    assert schema_is_current(services.context.uow.engine)
    services.context.uow.engine.dispose()


def test_opening_a_current_shop_loads_neither_alembic_nor_opencv(tmp_path: Path) -> None:
    """What a start on an up-to-date shop with the camera off imports, in a fresh process."""
    script = (
        "import sys\n"
        "from loyaltydesk.bootstrap import open_services\n"
        "from loyaltydesk.config import resolve_config\n"
        "open_services(resolve_config())\n"  # the first open migrates
        "loaded = [m for m in ('alembic', 'cv2', 'zxingcpp') if m in sys.modules]\n"
        "assert loaded == ['alembic'], loaded\n"
    )
    second = (
        "import sys\n"
        "from loyaltydesk.bootstrap import open_services\n"
        "from loyaltydesk.config import resolve_config\n"
        "import loyaltydesk.ui.main_window\n"
        "open_services(resolve_config())\n"
        "print(sorted(m for m in ('alembic', 'cv2', 'zxingcpp', 'numpy') if m in sys.modules))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LOYALTYDESK_HOME": str(tmp_path / "home")}
    for code in (script, second):
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env
        )
        assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
