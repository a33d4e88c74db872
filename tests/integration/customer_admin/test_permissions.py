"""Every owner action refuses a cashier with PERMISSION_DENIED and writes nothing."""

import pytest

from loyaltydesk.domain.errors import ErrorCode, PermissionDeniedError
from tests.integration.helpers import register, row_counts


@pytest.fixture
def two(services, owner):
    return (
        register(services, owner, phone="0121000001", name="Ana"),
        register(services, owner, phone="0121000002", name="Ben"),
    )


OWNER_ACTIONS = {
    "merge": lambda s, a, ids, p: s.customer_admin.merge_customers(
        keep=ids[0], merge=ids[1], actor=a, ref_code="M-1"
    ),
    "erase": lambda s, a, ids, p: s.customer_admin.erase_customer(
        customer=ids[0], actor=a, ref_code="E-1"
    ),
    "block": lambda s, a, ids, p: s.customer_admin.set_status(
        customer=ids[0], status="BLOCKED", actor=a
    ),
    "change phone": lambda s, a, ids, p: s.customer_admin.update_profile(
        customer=ids[0], actor=a, phone="0121000009"
    ),
    "change email": lambda s, a, ids, p: s.customer_admin.update_profile(
        customer=ids[0], actor=a, email="x@example.com"
    ),
    "export one": lambda s, a, ids, p: s.customer_admin.export_customer_data(
        customer=ids[0], path=str(p / "one.json"), actor=a
    ),
    "import": lambda s, a, ids, p: s.csv_import.import_customers(path=p / "in.csv", actor=a),
    "dry run": lambda s, a, ids, p: s.csv_import.import_customers(
        path=p / "in.csv", actor=a, dry_run=True
    ),
    "export customers": lambda s, a, ids, p: s.csv_export.export_customers(
        path=p / "c.csv", actor=a
    ),
    "export ledger": lambda s, a, ids, p: s.csv_export.export_ledger(path=p / "l.csv", actor=a),
}


@pytest.mark.parametrize("name", sorted(OWNER_ACTIONS))
def test_cashier_is_refused(services, cashier, two, tmp_path, name) -> None:
    files = tmp_path / "files"
    files.mkdir()
    (files / "in.csv").write_text("name,phone,points\nCid,0121000003,50\n", encoding="utf-8")
    before = row_counts(services)
    with pytest.raises(PermissionDeniedError) as caught:
        OWNER_ACTIONS[name](services, cashier, two, files)
    assert caught.value.code is ErrorCode.PERMISSION_DENIED
    assert row_counts(services) == before
    assert sorted(p.name for p in files.iterdir()) == ["in.csv"]


def test_cashier_may_edit_name_and_notes(services, cashier, two) -> None:
    detail = services.customer_admin.update_profile(customer=two[0], actor=cashier, notes="hi")
    assert detail.notes == "hi"
