"""strptime imports ``_strptime`` on first use; that first import on a worker thread, while the
GUI thread imports too, can deadlock under PySide6's import hook. The app parses dates with
``fromisoformat`` instead (store/backup.py), so no start-up workaround is needed."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_app_never_calls_strptime() -> None:
    users = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "loyaltydesk").rglob("*.py")
        if "strptime(" in path.read_text(encoding="utf-8")
    ]
    assert users == []
