"""The owner commands: backup, restore, report, staff and audit, with --json."""

from __future__ import annotations

import io
import json

import pytest

from loyaltydesk.bootstrap import main
from tests.conftest import CASHIER_PIN, OWNER_PIN
from tests.integration.admin.history import build_history


@pytest.fixture
def cli(db_path, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal
    url = f"sqlite:///{db_path}"
    home = tmp_path / "home"

    def run(*args: str):
        code = main([*args, "--db", url, "--home", str(home), "--json"])
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        return code, (json.loads(out) if out.strip() else None)

    return run


@pytest.fixture
def history(services, owner, cashier, clock):
    build_history(services, owner, cashier, clock)
    services.context.uow.engine.dispose()


def test_backup_and_restore_with_yes(cli, history, tmp_path) -> None:
    code, made = cli("backup", "--pin", OWNER_PIN)
    assert code == 0
    assert made["label"] == "manual"
    assert made["path"].startswith(str(tmp_path / "home" / "backups"))
    code, out = cli("staff", "remove", "2", "--pin", OWNER_PIN)
    assert (code, out["active"]) == (0, False)
    code, restored = cli("restore", made["path"], "--yes", "--pin", OWNER_PIN)
    assert code == 0
    assert restored["customers"] == 3
    code, staff = cli("staff", "list", "--pin", OWNER_PIN)
    assert sorted((s["staff_id"], s["active"]) for s in staff["staff"]) == [(1, True), (2, True)]


def test_backup_to_a_named_file(cli, tmp_path) -> None:
    target = tmp_path / "copy.db"
    code, made = cli("backup", str(target), "--pin", OWNER_PIN)
    assert code == 0
    assert made["path"] == str(target)
    assert target.read_bytes()[:16] == b"SQLite format 3\x00"


def test_restore_without_yes_and_no_terminal_is_refused(cli, tmp_path) -> None:
    code, made = cli("backup", "--pin", OWNER_PIN)
    code, out = cli("restore", made["path"], "--pin", OWNER_PIN)
    assert code == 1
    assert out["error"]["code"] == "CONFIRMATION_REQUIRED"
    assert "--yes" in out["error"]["message"]
    bad = tmp_path / "bad.db"
    bad.write_text("not a database")
    code, out = cli("restore", str(bad), "--yes", "--pin", OWNER_PIN)
    assert (code, out["error"]["code"]) == (1, "BACKUP_INVALID")


def test_report_json_and_csv(cli, history, tmp_path) -> None:
    code, out = cli("report", "--from", "2026-03-10", "--to", "2026-03-11", "--pin", OWNER_PIN)
    assert code == 0
    report = out["report"]
    assert report["check_ins"] == 8
    assert report["points"]["issued"] == 240
    assert report["outstanding_points"] == 135
    assert report["liability_value"] == "1.35"
    assert report["visits_by_weekday"] == [0, 2, 6, 0, 0, 0, 0]
    assert report["suspicious"][0]["day"] == "2026-03-11"
    assert report["period"]["timezone"] == "Asia/Kuala_Lumpur"
    target = tmp_path / "hours.csv"
    code, out = cli("report", "--from", "2026-03-10", "--to", "2026-03-11", "--section",
                    "visits_by_hour", "--csv", str(target), "--pin", OWNER_PIN)  # fmt: skip
    assert (code, out["csv"]["rows"]) == (0, 24)
    assert target.exists()


def test_owner_commands_refuse_a_cashier(cli, tmp_path) -> None:
    for args in (
        ("backup",),
        ("report", "--from", "2026-03-01", "--to", "2026-03-31"),
        ("staff", "list"),
        ("audit",),
    ):
        code, out = cli(*args, "--pin", CASHIER_PIN)
        assert (code, out["error"]["code"]) == (1, "PERMISSION_DENIED"), args


def test_staff_and_audit_commands(cli) -> None:
    code, added = cli("staff", "add", "--name", "Nur", "--role", "CASHIER", "--new-pin", "2468",
                      "--pin", OWNER_PIN)  # fmt: skip
    assert (code, added["name"], added["role"]) == (0, "Nur", "CASHIER")
    code, out = cli("staff", "pin", str(added["staff_id"]), "--new-pin", "1357",
                    "--current-pin", "2468", "--pin", "2468")  # fmt: skip
    assert code == 0
    code, out = cli("staff", "role", "1", "--role", "CASHIER", "--pin", OWNER_PIN)
    assert (code, out["error"]["code"]) == (1, "LAST_OWNER")
    code, out = cli("staff", "remove", "--pin", OWNER_PIN)
    assert (code, out["error"]["code"]) == (2, "INVALID_INPUT")
    code, page = cli("audit", "--action", "staff.", "--since", "2026-01-01", "--pin", OWNER_PIN)
    assert code == 0
    changes = [e for e in page["entries"] if e["action"] != "staff.sign_in"]
    assert [e["action"] for e in changes][:2] == ["staff.pin", "staff.add"]
    assert changes[0]["staff_name"] == "Nur"
    code, out = cli("audit", "--since", "yesterday", "--pin", OWNER_PIN)
    assert (code, out["error"]["code"]) == (2, "USAGE")
