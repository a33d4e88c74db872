"""Keep the windows' hourly housekeeping out of these tests.

Its daily backup starts 5 s after a window opens (also a window an earlier test left to the
garbage collector); a test that meets it would see a backup it did not make, and the GUI
thread has been seen to stall while one copies (reported to the lead). The Backups page's
own buttons are what these tests drive, so the daily one is off for every service here.
"""

from __future__ import annotations

import pytest

from loyaltydesk.services.backups import BackupService


@pytest.fixture(autouse=True)
def _no_daily_backup(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(BackupService, "run_daily_backup_if_due", lambda *_a, **_k: None)
