"""``loyaltydesk sync ...``: exit codes 0/1/2, JSON keys, and secrets that never reach the
database file, the logs or the config."""

from __future__ import annotations

import importlib.util
import json
import logging
from pathlib import Path

import pytest

from loyaltydesk.bootstrap import main
from tests.conftest import CASHIER_PIN, OWNER_PIN

SECRET_KEY = "sk-live-TOPSECRET-4f1c9a"
SECRET_SIGN = "hmac-SIGNSECRET-77aa"


@pytest.fixture
def cli(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    home = tmp_path / "home"
    url = f"sqlite:///{db_path}"

    def run(*args: str) -> tuple[int, dict | None]:
        code = main([*args, "--db", url, "--home", str(home), "--json"])
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        return code, (json.loads(out) if out.strip() else None)

    yield run
    for handler in logging.getLogger().handlers[:]:
        if str(home) in str(getattr(handler, "baseFilename", "")):
            logging.getLogger().removeHandler(handler)
            handler.close()


def test_setup_refuses_an_unknown_provider_or_a_malformed_url_with_exit_2(cli) -> None:  # type: ignore[no-untyped-def]
    code, data = cli("sync", "setup", "acme", "--base-url", "https://x.example", "--pin",
                     OWNER_PIN)  # fmt: skip
    assert code == 2
    assert data == {"error": {"code": "INVALID_SETTINGS", "message": data["error"]["message"]}}
    for url in ("ftp://x.example", "https://", "not a url", "https://u:p@x.example"):
        code, data = cli("sync", "setup", "cata", "--base-url", url, "--pin", OWNER_PIN)
        assert (code, data["error"]["code"]) == (2, "INVALID_SETTINGS")
    assert cli("sync", "status")[1]["configured"] is False


def test_setup_with_the_base_url_alone_fills_the_provider_options(cli) -> None:  # type: ignore[no-untyped-def]
    code, data = cli("sync", "setup", "fidelizacion", "--base-url",
                     "https://pos-api.fidelizacion.app/v1/", "--pin", OWNER_PIN)  # fmt: skip
    assert code == 0
    assert data["base_url"] == "https://pos-api.fidelizacion.app/v1"
    assert data["options"] == {"source_type": "POS", "source_name": "loyaltydesk",
                               "branch_id": "Test Café", "pos_id": "Till 1"}  # fmt: skip
    code, _ = cli("sync", "setup", "cata", "--base-url", "https://c.example", "--pin",
                  CASHIER_PIN)  # fmt: skip
    assert code == 1  # an owner's PIN is needed


def test_status_and_problems_as_json(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("sync", "setup", "cata", "--base-url", "http://127.0.0.1:9", "--pin",
               OWNER_PIN)[0] == 0  # fmt: skip
    code, card = cli("register", "--phone", "0123456789", "--pin", CASHIER_PIN)
    assert code == 0
    cli("checkin", card["short_code"], "--amount", "12", "--pin", CASHIER_PIN)
    code, status = cli("sync", "status")
    assert code == 0
    assert {"provider", "pending", "failed", "last_success"} <= set(status)
    assert (status["provider"], status["pending"], status["failed"]) == ("cata", 2, 0)
    assert status["last_success"] is None
    code, problems = cli("sync", "problems", "--pin", OWNER_PIN)
    assert (code, problems) == (0, {"problems": []})
    code, _error = cli("sync", "dismiss", "999", "--reason", "x", "--pin", OWNER_PIN)
    assert code == 1


def test_secrets_never_reach_the_database_the_logs_or_the_config(  # type: ignore[no-untyped-def]
    cli, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LOYALTYDESK_API_SECRET", SECRET_SIGN)
    code, data = cli("sync", "setup", "kirimel", "--base-url", "http://127.0.0.1:9/api/loyalty",
                     "--site", "main", "--api-key", SECRET_KEY, "--pin", OWNER_PIN)  # fmt: skip
    assert code == 0
    assert SECRET_KEY not in json.dumps(data)
    cli("sync", "status")
    if importlib.util.find_spec("loyaltydesk.sync.providers.kirimel") is not None:
        assert cli("sync", "run", "--once")[0] == 0  # nothing listens there: still 0
    logging.shutdown()
    files = [db_path, *Path(f"{db_path}-wal").parent.glob("shop.db*"),
             *(tmp_path / "home").rglob("*")]  # fmt: skip
    for path in files:
        if path.is_file():
            content = path.read_bytes()
            assert SECRET_KEY.encode() not in content, path
            assert SECRET_SIGN.encode() not in content, path


def test_run_once_exits_0_with_the_network_down(cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LOYALTYDESK_API_KEY", "cata-test-key")
    assert cli("sync", "setup", "cata", "--base-url", "http://127.0.0.1:9", "--pin",
               OWNER_PIN)[0] == 0  # fmt: skip
    code, _card = cli("register", "--phone", "0123456780", "--pin", CASHIER_PIN)
    code, report = cli("sync", "run", "--once")
    assert code == 0
    assert report["left"] == 1
