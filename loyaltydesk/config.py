"""Where the shop's data lives and which till this is.

Precedence: ``--db URL`` > ``--home DIR`` > ``LOYALTYDESK_DB`` > ``LOYALTYDESK_HOME`` > the
platform's user data folder. The demo shop lives in its own file beside the real one.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "loyaltydesk"
DEFAULT_TILL = "Till 1"


@dataclass(frozen=True, slots=True)
class AppConfig:
    home: Path
    db_url: str
    till: str
    demo: bool = False

    @property
    def is_sqlite(self) -> bool:
        return self.db_url.startswith("sqlite")

    @property
    def sqlite_file(self) -> Path | None:
        """The shop file of a plain ``sqlite:///path`` URL; None for other databases,
        an in-memory one, or a URL with options."""
        path = self.db_url.removeprefix("sqlite:///")
        if path == self.db_url or not path or path == ":memory:" or "?" in path:
            return None
        return Path(path)

    @property
    def log_dir(self) -> Path:
        return self.home / "logs"

    @property
    def backup_dir(self) -> Path:
        return self.home / "backups"


def resolve_config(
    *,
    db: str | None = None,
    home: str | None = None,
    till: str | None = None,
    demo: bool = False,
    env: Mapping[str, str] | None = None,
) -> AppConfig:
    env = os.environ if env is None else env
    home_dir = Path(
        home or env.get("LOYALTYDESK_HOME") or platformdirs.user_data_dir(APP_NAME, appauthor=False)
    ).expanduser()
    url = db or (None if home else env.get("LOYALTYDESK_DB"))
    if url is None:
        filename = "demo.db" if demo else "loyaltydesk.db"
        url = f"sqlite:///{(home_dir / filename).resolve()}"
    till_name = till or env.get("LOYALTYDESK_TILL") or DEFAULT_TILL
    return AppConfig(home=home_dir, db_url=url, till=till_name, demo=demo)


def redacted_url(url: str) -> str:
    """The database URL without its password, for logs and the status bar."""
    from sqlalchemy.engine import make_url  # local: keep config importable without SQLAlchemy

    return make_url(url).render_as_string(hide_password=True)
