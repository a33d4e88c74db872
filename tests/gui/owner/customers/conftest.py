"""Keep the window's daily backup out of these tests (as tests/gui/owner/admin does): it starts
a few seconds after a window opens, also one an earlier test left to the garbage collector, and
a long import or export that meets it has been seen to stall."""

from __future__ import annotations

import pytest

from loyaltydesk.services.backups import BackupService


@pytest.fixture(autouse=True)
def _no_daily_backup(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(BackupService, "run_daily_backup_if_due", lambda *_a, **_k: None)
