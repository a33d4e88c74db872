"""Secrets used for real: kept in the keyring (a stand-in) and the environment, sent to a KiriMel
emulator that fails calls, rejects a wrong key and even echoes the key it was given in its
error text; afterwards no file in the data folder (database, WAL, logs, settings, backups)
and no captured log line or output holds a secret."""

from __future__ import annotations

import json
import logging
import logging.handlers
import time
from pathlib import Path

import pytest

from loyaltydesk.bootstrap import main
from tests.conftest import CASHIER_PIN, OWNER_PIN
from tests.support.emulators.kirimel import KiriMelEmulator
from tests.support.emulators.server import Request, Response
from tests.support.memory_keyring import memory_keyring

KEY = "sk-live-E2EKEY-93be1d"
SIGN = "hmac-E2ESIGN-0c77f2"
TOKEN = "jwt-E2ETOKEN-5a11e0"
WRONG = "sk-live-WRONGKEY-71d0aa"
SECRETS = (KEY, SIGN, TOKEN, WRONG)


class _EchoingKiriMel(KiriMelEmulator):
    """A gateway that repeats the key it was given in its error text."""

    def authenticate(self, request: Request) -> Response | None:
        denied = super().authenticate(request)
        if denied is not None:
            given = request.headers.get("X-API-Key", "")
            denied.body["error"]["message"] = f"API key {given} is invalid"
        return denied


def test_secrets_never_reach_a_file_a_log_or_the_output(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    db_path: Path,
) -> None:
    home, url = tmp_path / "home", f"sqlite:///{db_path}"
    said: list[str] = []

    def cli(*args: str) -> tuple[int, dict | None]:
        code = main([*args, "--db", url, "--home", str(home), "--json"])
        out, err = capsys.readouterr()
        said.append(out + err)
        return code, (json.loads(out) if out.strip() else None)

    caplog.set_level(logging.DEBUG)
    # A log file left open by an earlier test's command would keep this run's log out of
    # this data folder (the app opens its log file once per process).
    root = logging.getLogger()
    kept = [h for h in root.handlers if not isinstance(h, logging.handlers.RotatingFileHandler)]
    monkeypatch.setattr(root, "handlers", kept)
    monkeypatch.setenv("LOYALTYDESK_API_SECRET", SIGN)
    monkeypatch.setenv("LOYALTYDESK_API_TOKEN", TOKEN)
    with memory_keyring() as ring, _EchoingKiriMel(api_key=KEY, api_secret=SIGN,
                                                   fail_rate=0.3, seed=2) as emulator:  # fmt: skip
        assert cli("sync", "setup", "kirimel", "--base-url", emulator.base_url, "--site",
                   "main01", "--api-key", KEY, "--pin", OWNER_PIN)[0] == 0  # fmt: skip
        assert KEY in ring.entries.values()
        for n in range(4):
            code, card = cli("register", "--phone", f"01234500{n:02d}", "--pin", CASHIER_PIN)
            assert code == 0
            assert card is not None
            cli("checkin", card["short_code"], "--amount", "12", "--pin", CASHIER_PIN)
        end = time.monotonic() + 90
        while time.monotonic() < end:  # failed rows come due again after their backoff
            assert cli("sync", "run", "--once")[0] == 0
            if cli("sync", "status")[1]["pending"] == 0:  # type: ignore[index]
                break
            time.sleep(0.5)
        assert cli("sync", "status")[1]["pending"] == 0  # type: ignore[index]
        assert emulator.faults_injected > 0
        # A wrong key: the provider refuses (and echoes it), the queue pauses.
        assert cli("sync", "setup", "kirimel", "--base-url", emulator.base_url, "--api-key",
                   WRONG, "--pin", OWNER_PIN)[0] == 0  # fmt: skip
        assert cli("register", "--phone", "0123459999", "--pin", CASHIER_PIN)[0] == 0
        cli("sync", "run", "--once")
        cli("sync", "test")
        status = cli("sync", "status")[1]
        assert status is not None
        assert status["paused"] is True
        assert cli("backup", "--pin", OWNER_PIN)[0] == 0
    logging.shutdown()
    files = [p for p in (*db_path.parent.glob("shop.db*"), *home.rglob("*")) if p.is_file()]
    assert any("backup" in str(p).lower() for p in files), files
    assert any(p.suffix == ".log" for p in files), files
    texts = [*said, caplog.text, *(str(r.args) for r in caplog.records)]
    for secret in SECRETS:
        for path in files:
            assert secret.encode() not in path.read_bytes(), (secret, path)
        for text in texts:
            assert secret not in text, secret
    for handler in logging.getLogger().handlers[:]:
        if str(home) in str(getattr(handler, "baseFilename", "")):
            logging.getLogger().removeHandler(handler)
            handler.close()
