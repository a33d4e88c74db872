"""The app's own customer export imports back, into a fresh shop, as the same customers."""

import shutil
from datetime import date

import pytest

from loyaltydesk.domain.customer_fields import MAX_NAME, Birthday
from loyaltydesk.domain.errors import InvalidInputError
from loyaltydesk.services.facade import build_services
from loyaltydesk.store.engine import make_engine
from loyaltydesk.store.unit_of_work import UnitOfWorkFactory
from tests.conftest import FakeClock
from tests.integration.helpers import ref, register

#: (name, phone, email, birth date, notes, consent, balance): each starts or holds something a
#: spreadsheet, a CSV reader or a careless strip would change.
TRICKY = [
    ("-Ana Lima", "012-100 0001", None, date(1990, 5, 1), "", True, 250),
    ("+Ben Ong", None, "ben@example.com", None, "=SUM(A1:A3)", False, 0),
    ("=Carla", "+44 20 7946 0958", None, date(1900, 1, 1), "", False, 1),
    ("@Dee", "+1 415 555 2671", "-dee@example.com", date(2000, 2, 29), "@home", True, 987_654),
    ("O'Brien", "0121000005", "+tag@example.com", Birthday(5, 14), "line one\nline two", False, 12),
    ("'Eve", "0121000006", None, Birthday(2, 29), "'quoted'", False, 3),
    ("'=Fay", "0121000007", None, None, "'-5", False, 4),
    ("Zoë Ñúñez-Øster", "0121000008", None, date(1985, 12, 31), "café ☕", True, 5),
    ("李小龍 Nguyễn Thị Minh Khai", "0121000009", None, None, "", False, 6),
    ("A" * (MAX_NAME - 1) + "ß", "0121000010", None, None, "", False, 7),
    ("", None, "no.name@example.com", None, "", False, 8),
    ('Quote "Q" Smith, Jr.', "0121000012", None, None, "a,b;c|d\te", False, 9),
]
FIELDS = ("name", "phone", "email", "birthday", "notes", "marketing_consent", "balance")


def fill(services, owner) -> None:
    for name, phone, email, birth, notes, consent, balance in TRICKY:
        cid = register(services, owner, phone=phone, email=email, name=name, birth_date=birth,
                       marketing_consent=consent)  # fmt: skip
        if notes:
            services.customer_admin.update_profile(customer=cid, actor=owner, notes=notes)
        if balance:
            services.points.adjust_points(customer=cid, points=balance, reason="opening",
                                          actor=owner, ref_code=ref())  # fmt: skip


def customers(services) -> dict[str, tuple]:
    """short code -> the fields an export carries, from the owner pages' own view."""
    with services.context.uow.read() as uow:
        codes = [c.short_code for c in uow.customer_admin.customers_after(0, 1000)]
    details = [services.customer_admin.get_customer(code) for code in codes]
    return {d.short_code: tuple(getattr(d, f) for f in FIELDS) for d in details}


@pytest.fixture
def fresh_services(tmp_path, shop_template):
    path = tmp_path / "fresh.db"
    shutil.copyfile(shop_template, path)
    engine = make_engine(f"sqlite:///{path}")
    yield build_services(UnitOfWorkFactory(engine), clock=FakeClock())
    engine.dispose()


def test_export_then_import_into_a_fresh_shop_gives_the_same_customers(
    services, fresh_services, owner, tmp_path
) -> None:
    fill(services, owner)
    exported = services.csv_export.export_customers(path=tmp_path / "c.csv", actor=owner)
    assert exported.rows == len(TRICKY)
    written = (tmp_path / "c.csv").read_text(encoding="utf-8-sig")
    # A birthday without a year: ISO 8601's --MM-DD, kept from a spreadsheet's formulas.
    assert ",'--05-14," in written
    assert ",'--02-29," in written
    assert ",1990-05-01," in written

    summary = fresh_services.csv_import.import_customers(path=tmp_path / "c.csv", actor=owner)

    assert summary.errors == ()
    assert (summary.created, summary.skipped) == (len(TRICKY), 0)
    assert summary.points_credited == sum(row[-1] for row in TRICKY)
    before, after = customers(services), customers(fresh_services)
    assert after == before
    assert sorted(v[0] for v in after.values()) == sorted(row[0] for row in TRICKY)


def test_import_the_same_export_again_changes_nothing(
    services, fresh_services, owner, tmp_path
) -> None:
    fill(services, owner)
    services.csv_export.export_customers(path=tmp_path / "c.csv", actor=owner)
    fresh_services.csv_import.import_customers(path=tmp_path / "c.csv", actor=owner)
    again = fresh_services.csv_import.import_customers(path=tmp_path / "c.csv", actor=owner)
    assert (again.created, again.skipped, again.errors) == (0, len(TRICKY), ())


@pytest.mark.parametrize("name", ["x" * (MAX_NAME + 1), "Lee\u200bLim", "Bell\x07"])
def test_registration_owner_pages_and_import_refuse_the_same_names(
    services, owner, write_csv, name
) -> None:
    with pytest.raises(InvalidInputError):
        register(services, owner, phone="0121000001", name=name)
    cid = register(services, owner, phone="0121000001", name="Fine")
    with pytest.raises(InvalidInputError):
        services.customer_admin.update_profile(customer=cid, actor=owner, name=name)
    path = write_csv([["name", "phone"], [name, "0121000002"]])
    summary = services.csv_import.import_customers(path=path, actor=owner)
    assert summary.created == 0
    assert [p.column for p in summary.errors] == ["name"]
