"""The command line: JSON shapes, exit codes 0/1/2, and never a traceback."""

import json
import os
import subprocess
import sys

import pytest

from loyaltydesk.bootstrap import main
from tests.conftest import CASHIER_PIN, OWNER_PIN


@pytest.fixture
def cli(db_path, capsys):
    url = f"sqlite:///{db_path}"

    def run(*args: str) -> tuple[int, dict | list | None, str]:
        code = main([*args, "--db", url, "--json"])
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        return code, (json.loads(out) if out.strip() else None), err

    return run


def test_register_checkin_redeem_void_round_trip(cli) -> None:
    code, card, _ = cli(
        "register", "--phone", "012-345 6789", "--name", "Lee", "--pin", CASHIER_PIN
    )
    assert code == 0
    assert card["phone"] == "+60123456789"
    code, result, _ = cli("checkin", card["short_code"].lower(), "--amount", "150.00",
                          "--ref", "R-1", "--pin", CASHIER_PIN)  # fmt: skip
    assert code == 0
    assert (result["points"], result["balance"], result["replayed"]) == (150, 150, False)
    assert isinstance(result["transaction_id"], int)
    code, replay, _ = cli("checkin", card["short_code"], "--amount", "150.00", "--ref", "R-1",
                          "--pin", CASHIER_PIN)  # fmt: skip
    assert code == 0
    assert replay["replayed"] is True
    assert replay["balance"] == 150
    code, looked, _ = cli("lookup", "+60123456789")
    assert code == 0
    for key in ("customer_id", "short_code", "name", "status", "tier", "balance",
                "expiring_points", "expiring_at", "rewards_available"):  # fmt: skip
        assert key in looked
    assert looked["rewards_available"] == [{"reward_id": 1, "title": "Free coffee", "cost": 100}]
    code, redeemed, _ = cli("redeem", "Lee", "--reward", "1", "--pin", CASHIER_PIN)
    assert code == 0
    assert redeemed["points"] == -100
    assert redeemed["balance"] == 50
    code, paid, _ = cli("pay-points", card["short_code"], "--points", "20", "--pin", CASHIER_PIN)
    assert code == 0
    assert paid["points"] == -20
    assert paid["payment_value"] == "0.20"
    code, voided, _ = cli("void", str(redeemed["transaction_id"]), "--reason", "oops",
                          "--pin", CASHIER_PIN)  # fmt: skip
    assert code == 0
    assert voided["balance"] == 130
    code, history, _ = cli("history", card["short_code"])
    assert code == 0
    assert [e["kind"] for e in history["entries"]][:2] == ["REVERSAL", "REDEEM"]


def test_refusals_exit_1_with_a_stable_code(cli) -> None:
    cli("register", "--phone", "+60123456789", "--pin", CASHIER_PIN)
    code, out, _ = cli("redeem", "+60123456789", "--reward", "1", "--pin", CASHIER_PIN)
    assert code == 1
    assert out["error"]["code"] == "INSUFFICIENT_BALANCE"
    assert out["error"]["message"] == "Not enough points: 0 of 100."
    code, out, _ = cli("adjust", "+60123456789", "--points", "5", "--reason", "x",
                       "--pin", CASHIER_PIN)  # fmt: skip
    assert code == 1
    assert out["error"]["code"] == "PERMISSION_DENIED"
    code, out, _ = cli("adjust", "+60123456789", "--points", "5", "--reason", "x",
                       "--pin", OWNER_PIN)  # fmt: skip
    assert code == 0
    assert out["balance"] == 5
    code, out, _ = cli("lookup", "FFFFFF")
    assert code == 1
    assert out["error"]["code"] == "CUSTOMER_NOT_FOUND"
    code, out, _ = cli("checkin", "+60123456789", "--amount", "5", "--pin", "9999")
    assert code == 1
    assert out["error"]["code"] == "WRONG_PIN"


@pytest.mark.parametrize("amount", ["-5", "0", "NaN", "1e309", "12,50"])
def test_bad_amount_exits_2(cli, amount) -> None:
    cli("register", "--phone", "+60123456789", "--pin", CASHIER_PIN)
    code, out, _ = cli("checkin", "+60123456789", f"--amount={amount}", "--pin", CASHIER_PIN)
    assert code == 2
    assert out["error"]["code"] == "INVALID_AMOUNT"
    code, looked, _ = cli("lookup", "+60123456789")
    assert looked["balance"] == 0


@pytest.mark.parametrize(
    "args",
    [
        ["checkin"],
        ["redeem", "A1B2C3", "--reward", "one"],
        ["frobnicate"],
        ["checkin", "A1B2C3", "--amount", "1", "--units", "2"],
        ["lookup", "x" * 10_240],
        ["lookup", "A1B2\x01C3"],
    ],
)
def test_bad_usage_exits_2_with_json_error(cli, args) -> None:
    code, out, _ = cli(*args)
    assert code == 2
    assert set(out["error"]) == {"code", "message"}


def test_mutation_without_pin_is_refused(cli, monkeypatch) -> None:
    monkeypatch.delenv("LOYALTYDESK_PIN", raising=False)
    code, out, _ = cli("register", "--phone", "+60123456789")
    assert code == 1
    assert out["error"]["code"] == "NOT_SIGNED_IN"


def test_installed_command_runs_demo_and_lookup(tmp_path) -> None:
    """The real entry point, in a fresh process, on a fresh home folder."""
    env = {**os.environ, "LOYALTYDESK_HOME": str(tmp_path)}
    env.pop("LOYALTYDESK_DB", None)
    demo = subprocess.run(
        [sys.executable, "-m", "loyaltydesk", "demo", "--json"],
        capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip
    assert demo.returncode == 0, demo.stderr
    assert json.loads(demo.stdout)["customers"] == 200
    looked = subprocess.run(
        [sys.executable, "-m", "loyaltydesk", "lookup", "a1b2c3", "--json"],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    card = json.loads(looked.stdout)
    assert (card["name"], card["phone"]) == ("Demo Customer", "+60123456789")
    assert (tmp_path / "loyaltydesk.db").exists()
    again = subprocess.run(
        [sys.executable, "-m", "loyaltydesk", "demo", "--json"],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert again.returncode == 1
    assert json.loads(again.stdout)["error"]["code"] == "SHOP_NOT_EMPTY"


def test_decode_reports_each_image(tmp_path, capsys) -> None:
    """`loyaltydesk decode` for support: every code in each image, or why there is none."""
    import uuid

    import cv2
    import numpy as np
    import qrcode

    from loyaltydesk.domain.qr_payload import member_payload

    payload = member_payload(uuid.uuid4())
    qr = qrcode.QRCode(border=4)
    qr.add_data(payload)
    modules = np.array(qr.get_matrix(), dtype=np.uint8)
    image = cv2.resize(np.where(modules, 0, 255).astype(np.uint8), None, fx=8, fy=8,
                       interpolation=cv2.INTER_NEAREST)  # fmt: skip
    card, blank = tmp_path / "card.png", tmp_path / "blank.png"
    cv2.imwrite(str(card), image)
    cv2.imwrite(str(blank), np.full((200, 200), 255, np.uint8))
    assert main(["decode", str(card), str(blank), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out == [
        {"image": str(card), "codes": [{"format": "QR_CODE", "text": payload}]},
        {"image": str(blank), "codes": []},
    ]
    assert main(["decode", str(tmp_path / "missing.png")]) == 2
    assert "missing.png: error:" in capsys.readouterr().out


@pytest.mark.parametrize(
    "args",
    [
        ["register", "--phone", "0123456789", "--birth-date", "31/12/1990"],
        ["register", "--phone", "0123456789", "--birth-date", "02-30"],
        ["report", "--from", "2026-02-30", "--to", "2026-03-01"],
        ["report", "--from", "2026-03-01", "--to", "20260331"],
        ["audit", "--since", "yesterday"],
        ["audit", "--until", "2026-W09-1"],
        ["vouchers", "create", "--name", "X", "--type", "FIXED", "--value", "5",
         "--quantity", "1", "--until", "31/12/2026"],
    ],
)  # fmt: skip
def test_every_date_argument_is_refused_alike(cli, args) -> None:
    """One argparse type= reads every CLI date; a bad one is USAGE (exit 2), naming the option."""
    code, out, _ = cli(*args, "--pin", OWNER_PIN)
    assert code == 2
    assert out["error"]["code"] == "USAGE"
    assert "YYYY-MM-DD" in out["error"]["message"]


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("1990-05-14", "1990-05-14"), ("05-14", "--05-14"), ("--02-29", "--02-29")],
)
def test_register_takes_a_birthday_with_or_without_its_year(cli, typed, kept) -> None:
    # --birth-date=--02-29: argparse would take a bare --02-29 for an option.
    code, card, _ = cli("register", "--phone", "0123456789", f"--birth-date={typed}",
                        "--pin", CASHIER_PIN)  # fmt: skip
    assert code == 0
    assert card["birthday"] == kept
