"""The vouchers and cards commands: JSON shapes, exit codes, real PDFs scanned back."""

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from loyaltydesk.bootstrap import main
from loyaltydesk.domain.qr_payload import member_payload, voucher_payload
from tests.conftest import CASHIER_PIN, OWNER_PIN
from tests.unit.printing.factories import decode_qr_texts, rasterize

needs_poppler = pytest.mark.usefixtures("pdftoppm")
DPI = 150


@pytest.fixture
def cli(db_path, capsys, qapp, monkeypatch):
    """Runs the command in-process; ``qapp`` is the one Qt application the test session shares."""
    monkeypatch.delenv("LOYALTYDESK_PIN", raising=False)
    url = f"sqlite:///{db_path}"

    def run(*args: str, as_json: bool = True) -> tuple[int, object, str]:
        code = main([*args, "--db", url, *(["--json"] if as_json else [])])
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        if not as_json:
            return code, out, err
        return code, (json.loads(out) if out.strip() else None), err

    return run


def create(cli, *extra: str, quantity: int = 5) -> dict:
    code, out, _ = cli(
        "vouchers",
        "create",
        "--name",
        "Spring",
        "--type",
        "PERCENT",
        "--value",
        "10",
        "--quantity",
        str(quantity),
        "--pin",
        OWNER_PIN,
        *extra,
    )
    assert code == 0, out
    return out


def first_page_payloads(pdf: Path, tmp_path: Path) -> list[str]:
    pages = tmp_path / f"{pdf.stem}-pages"
    pages.mkdir()
    return decode_qr_texts(rasterize(pdf, pages, DPI, first=1)[0])


def test_create_list_show_redeem_replay_void(cli) -> None:
    created = create(cli, "--min-purchase", "20", "--until", "2099-12-31")
    assert set(created) == {"batch_id", "codes"}
    assert len(created["codes"]) == len(set(created["codes"])) == 5
    first, second, third = created["codes"][:3]

    code, text, _ = cli(
        "vouchers",
        "create",
        "--name",
        "B",
        "--type",
        "bogo",
        "--quantity",
        "1",
        "--pin",
        OWNER_PIN,
        as_json=False,
    )
    assert code == 0
    assert text.strip() == str(created["batch_id"] + 1)

    code, shown, _ = cli("vouchers", "show", f"LD1:V:{first}", "--amount", "30")
    assert code == 0
    assert (shown["discount"], shown["amount_due"]) == ("3.00", "27.00")
    assert shown["voucher"]["state"] == "VALID"

    code, out, _ = cli(
        "vouchers", "redeem", first, "--amount", "25.55", "--ref", "R-1", "--pin", CASHIER_PIN
    )
    assert code == 0
    assert (out["discount"], out["amount_due"], out["replayed"]) == ("2.56", "22.99", False)
    code, again, _ = cli(
        "vouchers", "redeem", first, "--amount", "25.55", "--ref", "R-1", "--pin", CASHIER_PIN
    )
    assert code == 0
    assert again["replayed"] is True
    assert again["transaction_id"] == out["transaction_id"]
    code, out, _ = cli(
        "vouchers", "redeem", first, "--amount", "25.55", "--ref", "R-2", "--pin", CASHIER_PIN
    )
    assert code == 1
    assert out["error"]["code"] == "VOUCHER_ALREADY_REDEEMED"
    assert "Cass Cashier" in out["error"]["message"]

    code, out, _ = cli("vouchers", "redeem", second, "--amount", "10", "--pin", CASHIER_PIN)
    assert (code, out["error"]["code"]) == (1, "MIN_PURCHASE_NOT_MET")
    code, out, _ = cli("vouchers", "redeem", second, "--amount", "30")
    assert (code, out["error"]["code"]) == (1, "NOT_SIGNED_IN")

    code, out, _ = cli("vouchers", "void", second, "--pin", CASHIER_PIN)
    assert (code, out["error"]["code"]) == (1, "PERMISSION_DENIED")
    code, out, _ = cli("vouchers", "void", second, "--reason", "torn", "--pin", OWNER_PIN)
    assert (code, out["status"]) == (0, "VOID")
    code, out, _ = cli("vouchers", "redeem", second, "--amount", "30", "--pin", CASHIER_PIN)
    assert (code, out["error"]["code"]) == (1, "VOUCHER_VOID")

    code, out, _ = cli("vouchers", "void", "--batch", str(created["batch_id"]), "--pin", OWNER_PIN)
    assert code == 0
    assert (out["redeemed"], out["void"], out["available"]) == (1, 4, 0)
    code, out, _ = cli("vouchers", "redeem", third, "--amount", "30", "--pin", CASHIER_PIN)
    assert (code, out["error"]["code"]) == (1, "VOUCHER_VOID")

    code, listed, _ = cli("vouchers", "list")
    assert code == 0
    spring = next(b for b in listed["batches"] if b["batch_id"] == created["batch_id"])
    assert {k: spring[k] for k in ("issued", "redeemed", "void", "expired", "available")} == {
        "issued": 5,
        "redeemed": 1,
        "void": 4,
        "expired": 0,
        "available": 0,
    }
    code, text, _ = cli("vouchers", "list", as_json=False)
    assert "Spring (10% off) until 2099-12-31 VOID - issued 5" in text


def test_every_refusal_code_through_the_cli(cli) -> None:
    expired = create(cli, "--until", "2020-01-31", quantity=1)["codes"][0]
    later = create(cli, "--from", "2099-01-01", quantity=1)["codes"][0]
    cases = [
        (expired, "VOUCHER_EXPIRED"),
        (later, "VOUCHER_NOT_YET_VALID"),
        ("Zz0Zz0Zz0Zz0", "VOUCHER_NOT_FOUND"),
    ]
    for voucher, expected in cases:
        code, out, _ = cli("vouchers", "redeem", voucher, "--amount", "5", "--pin", CASHIER_PIN)
        assert (code, out["error"]["code"]) == (1, expected)


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (["--type", "PERCENT", "--value", "10", "--quantity", "0"], "INVALID_VOUCHER"),
        (["--type", "PERCENT", "--value", "10", "--quantity", "1001"], "INVALID_VOUCHER"),
        (["--type", "PERCENT", "--value", "101", "--quantity", "1"], "INVALID_VOUCHER"),
        (["--type", "FIXED", "--value", "1,5", "--quantity", "1"], "INVALID_AMOUNT"),
        (
            ["--type", "FIXED", "--value", "5", "--quantity", "1", "--until", "31/12/2026"],
            "USAGE",
        ),
        (["--type", "GIFT", "--value", "5", "--quantity", "1"], "USAGE"),
        (["--type", "FIXED", "--value", "5", "--quantity", "many"], "USAGE"),
    ],
)
def test_bad_create_input_exits_2(cli, args, error) -> None:
    code, out, _ = cli("vouchers", "create", "--name", "X", *args, "--pin", OWNER_PIN)
    assert (code, out["error"]["code"]) == (2, error)
    code, out, _ = cli("vouchers", "list")
    assert out == {"batches": []}


@pytest.mark.parametrize(
    "args",
    [
        ["vouchers"],
        ["vouchers", "frob"],
        ["vouchers", "void"],
        ["vouchers", "export", "x", "f"],
        ["vouchers", "redeem", "abc"],
        ["cards", "pdf", "only-file.pdf"],
        ["cards"],
    ],
)
def test_bad_usage_exits_2(cli, args) -> None:
    code, out, _ = cli(*args, "--pin", OWNER_PIN)
    assert code == 2
    assert set(out["error"]) == {"code", "message"}


def test_a_cashier_cannot_create_vouchers(cli) -> None:
    code, out, _ = cli(
        "vouchers",
        "create",
        "--name",
        "X",
        "--type",
        "FIXED",
        "--value",
        "5",
        "--quantity",
        "1",
        "--pin",
        CASHIER_PIN,
    )
    assert (code, out["error"]["code"]) == (1, "PERMISSION_DENIED")


def test_export_csv(cli, tmp_path) -> None:
    created = create(cli, quantity=3)
    target = tmp_path / "codes.csv"
    code, out, _ = cli("vouchers", "export", str(created["batch_id"]), str(target))
    assert code == 0
    assert out["rows"] == 3
    with target.open(newline="", encoding="utf-8") as handle:
        assert [r["code"] for r in csv.DictReader(handle)] == created["codes"]
    code, out, _ = cli("vouchers", "export", "999", str(target))
    assert (code, out["error"]["code"]) == (1, "VOUCHER_NOT_FOUND")


@needs_poppler
def test_voucher_pdf_scans_back_to_the_unused_codes(cli, tmp_path) -> None:
    created = create(cli, "--until", "2099-12-31", quantity=7)
    used = created["codes"][0]
    cli("vouchers", "redeem", used, "--amount", "9", "--pin", CASHIER_PIN)
    pdf = tmp_path / "sheet.pdf"
    code, out, _ = cli("vouchers", "pdf", str(created["batch_id"]), str(pdf), "--page", "Letter")
    assert code == 0
    assert (out["pages"], out["vouchers"]) == (1, 6)
    assert pdf.read_bytes().startswith(b"%PDF")
    found = first_page_payloads(pdf, tmp_path)
    assert sorted(found) == sorted(voucher_payload(c) for c in created["codes"][1:])
    cli("vouchers", "void", "--batch", str(created["batch_id"]), "--pin", OWNER_PIN)
    code, out, _ = cli("vouchers", "pdf", str(created["batch_id"]), str(tmp_path / "no.pdf"))
    assert (code, out["error"]["code"]) == (1, "VOUCHER_VOID")
    assert not (tmp_path / "no.pdf").exists()


@needs_poppler
def test_member_cards_pdf_scans_back_to_the_members(cli, tmp_path) -> None:
    members = []
    for phone, name in [("+60123456781", "Ana Lima"), ("+60123456782", "Ben Ong")]:
        code, card, _ = cli("register", "--phone", phone, "--name", name, "--pin", CASHIER_PIN)
        assert code == 0
        members.append(card)
    pdf = tmp_path / "cards.pdf"
    code, out, _ = cli("cards", "pdf", members[0]["short_code"], "+60123456782", str(pdf))
    assert (code, out["cards"], out["pages"]) == (0, 2, 1)
    assert sorted(first_page_payloads(pdf, tmp_path)) == sorted(
        member_payload(m["customer_id"]) for m in members
    )
    single = tmp_path / "one.pdf"
    code, out, _ = cli("cards", "pdf", "--all", str(single), "--paper", "card")
    assert (code, out["cards"], out["pages"]) == (0, 2, 2)
    assert first_page_payloads(single, tmp_path) == [member_payload(members[0]["customer_id"])]
    code, out, _ = cli("cards", "pdf", "+60199999999", str(tmp_path / "x.pdf"))
    assert (code, out["error"]["code"]) == (1, "CUSTOMER_NOT_FOUND")


@needs_poppler
def test_the_installed_command_prints_without_a_display(db_path, tmp_path) -> None:
    """A fresh process with no Qt platform set: the command makes its own offscreen app."""
    env = {k: v for k, v in os.environ.items() if k not in {"QT_QPA_PLATFORM", "DISPLAY"}}
    env.pop("LOYALTYDESK_PIN", None)
    url = f"sqlite:///{db_path}"

    def run(*args: str) -> dict:
        done = subprocess.run(
            [sys.executable, "-m", "loyaltydesk", *args, "--db", url, "--json"],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert done.returncode == 0, done.stdout + done.stderr
        return json.loads(done.stdout)

    created = run(
        "vouchers",
        "create",
        "--name",
        "Tea",
        "--type",
        "FIXED",
        "--value",
        "2.50",
        "--quantity",
        "2",
        "--pin",
        OWNER_PIN,
    )
    pdf = tmp_path / "tea.pdf"
    assert run("vouchers", "pdf", str(created["batch_id"]), str(pdf))["vouchers"] == 2
    assert sorted(first_page_payloads(pdf, tmp_path)) == sorted(
        voucher_payload(c) for c in created["codes"]
    )
