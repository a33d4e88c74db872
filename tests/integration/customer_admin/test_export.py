"""Customers and ledger CSV exports: header row, one record a row, formula cells neutralised."""

import csv

from loyaltydesk.services.csv_export import CUSTOMER_COLUMNS, LEDGER_COLUMNS
from tests.integration.helpers import ref, register

EVIL = '=HYPERLINK("http://evil.example","click me")'


def read(path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def test_customers_export_neutralises_formulas(services, owner, tmp_path) -> None:
    evil = register(services, owner, phone="0121000001", name=EVIL)
    services.customer_admin.update_profile(customer=evil, actor=owner, notes="@SUM(A1:A9)")
    register(services, owner, email="plain@example.com", name="Plain")
    services.points.check_in(customer=evil, actor=owner, ref_code=ref(), amount="42")
    result = services.csv_export.export_customers(path=tmp_path / "c.csv", actor=owner)
    assert result.rows == 2
    with open(tmp_path / "c.csv", encoding="utf-8-sig", newline="") as stream:
        assert next(csv.reader(stream)) == list(CUSTOMER_COLUMNS)
    rows = {r["customer_id"]: r for r in read(tmp_path / "c.csv")}
    row = rows[evil]
    assert row["name"] == "'" + EVIL
    assert row["notes"] == "'@SUM(A1:A9)"
    assert row["phone"] == "'+60121000001"
    assert row["balance"] == "42"
    assert row["status"] == "ACTIVE"
    for value in (v for r in rows.values() for v in r.values()):
        assert not value.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_an_export_imports_back_unchanged(services, owner, tmp_path) -> None:
    register(services, owner, phone="0121000001", name="Ana", email="ana@example.com")
    services.csv_export.export_customers(path=tmp_path / "c.csv", actor=owner)
    preview = services.csv_import.preview_import(path=tmp_path / "c.csv")
    assert preview.encoding == "utf-8-sig"
    assert preview.errors == ()
    assert preview.rows[0]["phone"] == "+60121000001"
    assert preview.mapping["balance"] == "points"


def test_ledger_export(services, owner, tmp_path) -> None:
    cid = register(services, owner, phone="0121000001", name="Ana")
    services.points.check_in(customer=cid, actor=owner, ref_code=ref(), amount="150")
    services.points.redeem_reward(customer=cid, reward_id=1, actor=owner, ref_code=ref())
    result = services.csv_export.export_ledger(path=tmp_path / "l.csv", actor=owner)
    assert result.rows == 2
    with open(tmp_path / "l.csv", encoding="utf-8-sig", newline="") as stream:
        assert next(csv.reader(stream)) == list(LEDGER_COLUMNS)
    rows = read(tmp_path / "l.csv")
    assert [(r["kind"], r["points"]) for r in rows] == [("EARN", "150"), ("REDEEM", "-100")]
    assert {r["customer_id"] for r in rows} == {cid}
    assert rows[1]["reason"] == "Free coffee"


def test_a_cancelled_export_leaves_no_file(services, owner, tmp_path, monkeypatch) -> None:
    import loyaltydesk.services.csv_export as module

    monkeypatch.setattr(module, "CHUNK", 2)
    for i in range(5):
        register(services, owner, phone=f"012100000{i}")
    target = tmp_path / "out" / "c.csv"
    result = services.csv_export.export_customers(path=target, actor=owner, cancelled=lambda: True)
    assert result.cancelled
    assert not target.exists()
    assert list(target.parent.iterdir()) == []
    seen: list[tuple[int, int]] = []
    done = services.csv_export.export_customers(
        path=target, actor=owner, progress=lambda d, t: seen.append((d, t))
    )
    assert done.rows == 5
    assert seen[-1] == (5, 5)
