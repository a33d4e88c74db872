"""Keep the window's hourly housekeeping out of these tests.

Its daily backup runs 5 s after the window opens, on a worker; these tests run long enough
to meet it, and while it copies the database the GUI thread has been seen to stall for good
(reported to the lead). Backups have their own tests; here it does nothing.
"""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _no_daily_backup(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    if "window" in request.fixturenames:
        backups = request.getfixturevalue("window").services.backups
        monkeypatch.setattr(backups, "run_daily_backup_if_due", lambda **_: None)
