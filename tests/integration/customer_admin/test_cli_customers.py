"""``loyaltydesk customers ...`` and ``loyaltydesk ledger export`` through the real entry point."""

import csv
import json

import pytest

from loyaltydesk.bootstrap import main
from tests.conftest import CASHIER_PIN, OWNER_PIN


@pytest.fixture
def cli(db_path, capsys):
    url = f"sqlite:///{db_path}"

    def run(*args: str) -> tuple[int, dict | list | None]:
        code = main([*args, "--db", url, "--json"])
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        return code, (json.loads(out) if out.strip() else None)

    return run


CSV_TEXT = "Name,Handy,Balance\nAna Lima,0121000001,250\nBen Ong,0121000002,10\nBad,123,5\n"


def test_import_dry_run_then_import_then_again(cli, tmp_path) -> None:
    path = tmp_path / "in.csv"
    path.write_text(CSV_TEXT, encoding="utf-8")
    code, data = cli("customers", "import", str(path), "--map", "Handy=phone", "--dry-run",
                     "--pin", OWNER_PIN)  # fmt: skip
    assert code == 1
    assert (data["dry_run"], data["created"], data["error_count"]) == (True, 2, 1)
    assert data["errors"][0]["row_number"] == 4
    assert data["errors"][0]["code"] == "INVALID_PHONE"
    code, data = cli("lookup", "+60121000001")
    assert data["error"]["code"] == "CUSTOMER_NOT_FOUND"
    code, data = cli("customers", "import", str(path), "--map", "Handy=phone", "--pin", OWNER_PIN)
    assert (data["created"], data["points_credited"]) == (2, 260)
    code, data = cli("customers", "import", str(path), "--map", "Handy=phone", "--pin", OWNER_PIN)
    assert (data["created"], data["skipped"]) == (0, 2)
    code, data = cli("lookup", "+60121000001")
    assert data["balance"] == 250


def test_import_errors_at_file_level_and_usage(cli, tmp_path) -> None:
    path = tmp_path / "in.csv"
    path.write_text("Name,Handy\nAna,0121000001\n", encoding="utf-8")
    code, data = cli("customers", "import", str(path), "--pin", OWNER_PIN)
    assert (code, data["error"]["code"]) == (2, "INVALID_FILE")
    code, data = cli("customers", "import", str(path), "--map", "Handy", "--pin", OWNER_PIN)
    assert (code, data["error"]["code"]) == (2, "USAGE")
    code, data = cli("customers", "import", str(path), "--map", "Handy=phone", "--pin", CASHIER_PIN)
    assert (code, data["error"]["code"]) == (1, "PERMISSION_DENIED")


def test_exports_merge_erase(cli, tmp_path) -> None:
    code, a = cli("register", "--phone", "0121000001", "--name", "=HYPERLINK(\"x\")",
                  "--pin", OWNER_PIN)  # fmt: skip
    code, b = cli("register", "--email", "b@example.com", "--name", "B", "--pin", OWNER_PIN)
    cli("checkin", b["short_code"], "--amount", "120", "--pin", OWNER_PIN)

    code, data = cli("customers", "export", str(tmp_path / "c.csv"), "--pin", OWNER_PIN)
    assert (code, data["rows"]) == (0, 2)
    with open(tmp_path / "c.csv", encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert rows[0]["name"] == '\'=HYPERLINK("x")'

    code, data = cli("customers", "merge", a["short_code"], b["short_code"], "--ref", "M-1",
                     "--pin", OWNER_PIN)  # fmt: skip
    assert code == 0
    assert (data["points_moved"], data["balance"]) == (120, 120)
    code, data = cli("customers", "merge", a["short_code"], b["short_code"], "--pin", CASHIER_PIN)
    assert (code, data["error"]["code"]) == (1, "PERMISSION_DENIED")

    code, data = cli("ledger", "export", str(tmp_path / "l.csv"), "--pin", OWNER_PIN)
    assert (code, data["rows"]) == (0, 3)

    code, data = cli("customers", "export-one", "b@example.com", str(tmp_path / "a.json"),
                     "--pin", OWNER_PIN)  # fmt: skip
    assert code == 0
    exported = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert exported["customer"]["customer_id"] == a["customer_id"]

    code, data = cli("customers", "erase", "+60121000001", "--pin", OWNER_PIN)
    assert (code, data["records_erased"]) == (0, 2)
    code, data = cli("lookup", "+60121000001")
    assert data["error"]["code"] == "CUSTOMER_NOT_FOUND"
    code, data = cli("customers", "erase", a["short_code"])
    assert (code, data["error"]["code"]) == (1, "NOT_SIGNED_IN")


def test_human_output(db_path, capsys, tmp_path) -> None:
    path = tmp_path / "in.csv"
    path.write_text(CSV_TEXT, encoding="utf-8")
    code = main(["customers", "import", str(path), "--map", "Handy=phone", "--pin", OWNER_PIN,
                 "--db", f"sqlite:///{db_path}"])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 1
    assert "Created 2 customers (260 opening points)" in out
    assert "row 4 [Handy]:" in out
