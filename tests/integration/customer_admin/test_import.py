"""Importing customers with opening balances from another system's CSV file."""

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from loyaltydesk.domain.errors import ErrorCode, InvalidInputError
from loyaltydesk.store.models import AuditEntry, Customer, LedgerEntry, Operation
from tests.integration.helpers import ledger_state, register, row_counts

GOOD = """Full Name,Mobile,E-mail,Balance,Birthday,Member code,Notes,Marketing
Ana Lima,012-100 0001,ana@example.com,250,1990-05-01,A1B2C3,likes tea,yes
Ben Ong,0121000002,,0,,,,no
Carla Ng,,carla@example.com,1200,31/12/1985,,,
"""


def summary_of(services, owner, path, **kw):
    return services.csv_import.import_customers(path=path, actor=owner, **kw)


def counts(services) -> dict[str, int]:
    with services.context.uow.read() as uow:
        session = uow.session
        return {
            **row_counts(services),
            "operations": session.scalar(select(func.count(Operation.id))),
            "audit": session.scalar(select(func.count(AuditEntry.id))),
        }


def test_recognised_headers_import_with_opening_balances(services, owner, write_csv) -> None:
    summary = summary_of(services, owner, write_csv(GOOD))
    assert (summary.rows_read, summary.created, summary.skipped) == (3, 3, 0)
    assert summary.errors == ()
    assert summary.points_credited == 1450
    assert summary.mapping["Mobile"] == "phone"
    ana = services.customers.lookup("+60121000001")
    assert (ana.name, ana.short_code, ana.balance, ana.email) == (
        "Ana Lima", "A1B2C3", 250, "ana@example.com",
    )  # fmt: skip
    assert ana.marketing_consent is True
    assert ana.notes == "likes tea"
    assert ana.tier == "Member"
    # Opening balances are lots that expire by the shop's rules (12 months here).
    assert ana.expiring_points == 250
    assert ana.expiring_at == datetime(2027, 3, 10, 9, 0, tzinfo=UTC)
    for ident in (ana.customer_id, services.customers.lookup("carla@example.com").customer_id):
        balance, ledger_sum, lots = ledger_state(services, ident)
        assert balance == ledger_sum == lots
    ben = services.customers.lookup("+60121000002")
    assert ledger_state(services, ben.customer_id) == (0, 0, 0)


def test_the_same_file_twice_changes_nothing(services, owner, write_csv) -> None:
    path = write_csv(GOOD)
    summary_of(services, owner, path)
    before = counts(services)
    again = summary_of(services, owner, path)
    assert (again.created, again.skipped, again.points_credited) == (0, 3, 0)
    assert counts(services) == before


def test_a_corrected_copy_does_not_credit_twice(services, owner, write_csv) -> None:
    summary_of(services, owner, write_csv(GOOD))
    fixed = write_csv(GOOD + "Dan Koh,0121000004,,40,,,,\n", name="fixed.csv")
    summary = summary_of(services, owner, fixed)
    assert (summary.created, summary.skipped, summary.points_credited) == (1, 3, 40)
    assert services.customers.lookup("+60121000001").balance == 250


def test_mapping_override(services, owner, write_csv) -> None:
    path = write_csv("Cliente;Handy;Pts\nAna;0121000001;10\n")
    with pytest.raises(InvalidInputError) as caught:
        summary_of(services, owner, path)
    assert caught.value.code is ErrorCode.INVALID_FILE
    mapping = {"Cliente": "name", "Handy": "phone", "Pts": "points"}
    preview = services.csv_import.preview_import(path=path, mapping=mapping)
    assert (preview.delimiter, preview.mapping) == (";", mapping)
    assert preview.rows[0]["phone"] == "+60121000001"
    summary = summary_of(services, owner, path, mapping=mapping)
    assert summary.created == 1
    assert services.customers.lookup("+60121000001").name == "Ana"


def test_dry_run_writes_nothing(services, owner, write_csv) -> None:
    before = counts(services)
    summary = summary_of(services, owner, write_csv(GOOD), dry_run=True)
    assert (summary.dry_run, summary.created, summary.points_credited) == (True, 3, 1450)
    assert counts(services) == before


def test_preview_shows_the_first_rows_and_their_problems(services, write_csv) -> None:
    path = write_csv(GOOD + "Bad,123,,x,,,,\n")
    preview = services.csv_import.preview_import(path=path, rows=10)
    assert preview.encoding == "utf-8"
    assert preview.total_rows == 4
    assert len(preview.rows) == 3
    assert {p.code for p in preview.errors} == {ErrorCode.INVALID_PHONE, ErrorCode.INVALID_POINTS}
    assert preview.unmapped == ()


def test_row_errors_are_clear_and_nothing_half_written(services, owner, write_csv) -> None:
    register(services, owner, phone="0129999999", name="Counter Customer")
    text = (
        "name,phone,email,points\n"
        "Ok One,0121000001,,10\n"
        "Bad Phone,12345,,10\n"
        "Bad Email,,not-an-email,10\n"
        "Dup Phone,012-100 0001,,10\n"
        "In DB,0129999999,,10\n"
        '"=HYPERLINK(""http://evil"",""x"")",0121000007,,10\n'
        f"Huge,0121000008,,10,{'x' * 1_048_576}\n"
        "Neg,0121000009,,-3\n"
        "Ok Two,,two@example.com,20\n"
    )
    summary = summary_of(services, owner, write_csv(text))
    assert (summary.created, summary.points_credited) == (3, 40)
    by_row = {p.row_number: p for p in summary.errors}
    assert sorted(by_row) == [3, 4, 5, 6, 8, 9]
    assert by_row[3].code == ErrorCode.INVALID_PHONE
    assert by_row[3].column == "phone"
    assert by_row[4].code == ErrorCode.INVALID_EMAIL
    assert by_row[5].code == ErrorCode.CUSTOMER_EXISTS
    assert "row 2" in by_row[5].message
    assert by_row[6].code == ErrorCode.CUSTOMER_EXISTS
    assert "already registered" in by_row[6].message
    assert "cells" in by_row[8].message
    assert by_row[9].code == ErrorCode.INVALID_POINTS
    with services.context.uow.read() as uow:
        names = set(uow.session.scalars(select(Customer.name)))
    # A formula-looking name is only text to us (registration takes it too); exports neutralise it.
    assert names == {"Counter Customer", "Ok One", "Ok Two", '=HYPERLINK("http://evil","x")'}


def test_a_huge_cell_in_a_mapped_column(services, owner, write_csv) -> None:
    text = f"name,phone,notes\nBig,0121000001,{'x' * 1_048_576}\nSmall,0121000002,ok\n"
    summary = summary_of(services, owner, write_csv(text))
    assert summary.created == 1
    assert summary.errors[0].row_number == 2
    assert "too long" in summary.errors[0].message


@pytest.mark.parametrize(
    ("content", "encoding"),
    [
        ("name,phone\nJosé,0121000001\n", "utf-8"),
        ("name,phone\nJosé,0121000001\n", "utf-8-sig"),
        ("name,phone\nJosé,0121000001\n", "utf-16"),
        ("name\tphone\r\nJosé\t0121000001\r\n", "utf-16"),
    ],
)
def test_supported_encodings(services, owner, write_csv, content, encoding) -> None:
    summary = summary_of(services, owner, write_csv(content, encoding=encoding))
    assert summary.created == 1
    assert services.customers.lookup("+60121000001").name == "José"


def test_wrong_encoding_is_refused_with_the_line_and_the_fix(services, owner, write_csv) -> None:
    path = write_csv("name,phone\nAna,0121000001\nJosé,0121000002\n", encoding="cp1252")
    before = counts(services)
    with pytest.raises(InvalidInputError) as caught:
        summary_of(services, owner, path)
    assert caught.value.code is ErrorCode.INVALID_FILE
    assert "line 3" in caught.value.message
    assert "UTF-8" in caught.value.message
    assert counts(services) == before
    summary = summary_of(services, owner, path, encoding="cp1252")
    assert summary.created == 2
    assert services.customers.lookup("+60121000002").name == "José"


@pytest.mark.parametrize(
    "content",
    [b"", b"\n\n", b"name,points\nAna,10\n", "phone\n0121000001\n".encode("utf-16-le")],
)
def test_unusable_files(services, owner, tmp_path, content) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(InvalidInputError) as caught:
        summary_of(services, owner, path)
    assert caught.value.code is ErrorCode.INVALID_FILE
    assert caught.value.message


def test_a_missing_file(services, owner, tmp_path) -> None:
    with pytest.raises(InvalidInputError) as caught:
        summary_of(services, owner, tmp_path / "nope.csv")
    assert caught.value.code is ErrorCode.INVALID_FILE


def test_cancel_midway_leaves_whole_rows_and_can_resume(services, owner, write_csv) -> None:
    rows = [["name", "phone", "points"]]
    rows += [[f"Person {i}", f"012{2000000 + i:07d}", "5"] for i in range(25)]
    path = write_csv(rows)
    calls: list[tuple[int, int]] = []
    summary = summary_of(
        services, owner, path, batch_size=10,
        progress=lambda done, total: calls.append((done, total)),
        cancelled=lambda: len(calls) >= 1,
    )  # fmt: skip
    assert summary.cancelled
    assert summary.created == 10
    assert calls == [(10, 25)]
    with services.context.uow.read() as uow:
        session = uow.session
        assert session.scalar(select(func.count(Customer.id))) == 10
        assert session.scalar(select(func.sum(LedgerEntry.delta))) == 50
        assert session.scalar(select(func.sum(Customer.balance))) == 50
    resumed = summary_of(services, owner, path, batch_size=10)
    assert (resumed.created, resumed.skipped, resumed.cancelled) == (15, 10, False)


def test_a_failing_batch_writes_none_of_its_rows(services, owner, write_csv, monkeypatch) -> None:
    from loyaltydesk.store.customer_admin_repository import CustomerAdminRepository

    rows = [["name", "phone", "points"]]
    rows += [[f"P {i}", f"012{3000000 + i:07d}", "7"] for i in range(6)]
    original = CustomerAdminRepository.insert_entries
    calls = {"n": 0}

    def crash_second_batch(self, entries):
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError("disk gone")
        return original(self, entries)

    monkeypatch.setattr(CustomerAdminRepository, "insert_entries", crash_second_batch)
    with pytest.raises(OSError, match="disk gone"):
        summary_of(services, owner, write_csv(rows), batch_size=3)
    assert row_counts(services) == {"customers": 3, "entries": 3}
