"""The Customers table: counting, paging, search as you type, filters and sorting."""

from datetime import timedelta

import pytest

from loyaltydesk.domain.errors import InvalidInputError
from loyaltydesk.services.customer_admin_dto import CustomerQuery, CustomerState, SortColumn
from tests.integration.helpers import ref, register

PEOPLE = [
    ("Ana Lima", "0121000001", "ana@example.com"),
    ("Ángel Ruiz", "0121000002", None),
    ("Bea Tan", "0121000003", "bea@shop.my"),
    ("Ben Ong", "0131000004", None),
    ("Carla Ng", None, "carla@example.com"),
    ("Dan Koh", "0121000006", None),
]


@pytest.fixture
def shop(services, owner, clock):
    ids = {}
    for index, (name, phone, email) in enumerate(PEOPLE):
        clock.advance(days=1)
        ids[name] = register(services, owner, phone=phone, email=email, name=name)
        if index % 2 == 0:
            services.points.check_in(
                customer=ids[name], actor=owner, ref_code=ref(), amount=str(50 * (index + 1))
            )
    return ids


def names(services, query: CustomerQuery, offset: int = 0, limit: int = 50) -> list[str]:
    page = services.customer_admin.page_customers(query, offset=offset, limit=limit)
    return [row.name for row in page.rows]


def test_whole_base_sorted_by_name_in_pages(services, shop) -> None:
    query = CustomerQuery()
    assert services.customer_admin.count_customers(query) == 6
    assert names(services, query, 0, 4) == ["Ana Lima", "Ángel Ruiz", "Bea Tan", "Ben Ong"]
    assert names(services, query, 4, 4) == ["Carla Ng", "Dan Koh"]
    assert names(services, query, 6, 4) == []


def test_sort_by_balance_descending(services, shop) -> None:
    query = CustomerQuery(sort=SortColumn.BALANCE, descending=True)
    page = services.customer_admin.page_customers(query, offset=0, limit=3)
    assert [r.balance for r in page.rows] == [250, 150, 50]
    assert page.rows[0].name == "Carla Ng"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a", ["Ana Lima", "Ángel Ruiz"]),
        ("ANG", ["Ángel Ruiz"]),
        ("b", ["Bea Tan", "Ben Ong"]),
        ("012-1000", ["Ana Lima", "Ángel Ruiz", "Bea Tan", "Dan Koh"]),
        ("+60131", ["Ben Ong"]),
        ("carla@ex", ["Carla Ng"]),
        ("bea@", ["Bea Tan"]),
    ],
)
def test_search_as_you_type(services, shop, text, expected) -> None:
    query = CustomerQuery(text=text)
    assert names(services, query) == expected
    assert services.customer_admin.count_customers(query) == len(expected)


def test_search_by_short_code_prefix(services, shop) -> None:
    card = services.customers.lookup(shop["Dan Koh"])
    found = names(services, CustomerQuery(text=card.short_code[:4].lower()))
    assert "Dan Koh" in found


def test_filters(services, shop, owner, clock) -> None:
    services.customer_admin.set_status(customer=shop["Ben Ong"], status="BLOCKED", actor=owner)
    admin = services.customer_admin
    assert names(services, CustomerQuery(status=CustomerState.BLOCKED)) == ["Ben Ong"]
    assert admin.count_customers(CustomerQuery(status=CustomerState.ACTIVE)) == 5
    # The cheapest reward costs 100: 150 and 250 can afford it.
    assert names(services, CustomerQuery(rewards_available=True)) == ["Bea Tan", "Carla Ng"]
    assert len(names(services, CustomerQuery(rewards_available=False))) == 4
    assert names(services, CustomerQuery(tier="Gold")) == []
    assert len(names(services, CustomerQuery(tier="Member"))) == 6
    since = clock.now - timedelta(days=3, hours=1)
    inactive = names(services, CustomerQuery(inactive_since=since, sort=SortColumn.LAST_SEEN))
    assert inactive == ["Ana Lima", "Ángel Ruiz"]
    combined = CustomerQuery(text="b", rewards_available=True)
    assert names(services, combined) == ["Bea Tan"]


def test_rows_carry_what_the_table_shows(services, shop) -> None:
    row = services.customer_admin.page_customers(
        CustomerQuery(text="carla"), offset=0, limit=1
    ).rows[0]
    assert (row.email, row.phone, row.status, row.tier) == (
        "carla@example.com", None, CustomerState.ACTIVE, "Member",
    )  # fmt: skip
    assert row.joined_at is not None
    assert row.customer_id == shop["Carla Ng"]


@pytest.mark.parametrize(("offset", "limit"), [(-1, 10), (0, 0), (0, 5000), (True, 10)])
def test_bad_paging_is_refused(services, offset, limit) -> None:
    with pytest.raises(InvalidInputError):
        services.customer_admin.page_customers(CustomerQuery(), offset=offset, limit=limit)


def test_queries_use_indexes(services, shop) -> None:
    """Search and the default order are index seeks, not table scans (1,000,000 customers)."""
    from sqlalchemy import select

    from loyaltydesk.services.customer_admin import CustomerAdminService
    from loyaltydesk.store.customer_admin_repository import _conditions
    from loyaltydesk.store.models import Customer

    admin: CustomerAdminService = services.customer_admin
    with services.context.uow.read() as uow:
        for text in ("ana", "0121000", "a1b2c3"):
            spec = admin._filter(uow, CustomerQuery(text=text))
            query = select(Customer.id).where(*_conditions(spec)).order_by(Customer.name_key)
            sql = str(query.compile(compile_kwargs={"literal_binds": True}))
            plan = " ".join(
                str(row[-1]) for row in uow.session.connection().exec_driver_sql(
                    f"EXPLAIN QUERY PLAN {sql}"
                )
            )  # fmt: skip
            assert "SCAN customer" not in plan.replace("USING COVERING INDEX", "USING INDEX"), plan


@pytest.mark.parametrize("query", [CustomerQuery(sort="shoe_size"), CustomerQuery(status="GONE")])
def test_unknown_sort_or_status_is_refused(services, query) -> None:
    with pytest.raises(InvalidInputError):
        services.customer_admin.count_customers(query)


def test_a_search_over_several_columns_pages_in_name_order(services, owner) -> None:
    """Each column is searched on its own and the parts merged: names, then emails of people
    whose name does not match, in one name order, with no one twice and no one left out."""
    people = [("Mei Ling", "mei.ling@x.my"), ("Zed Ong", "mei.zed@x.my"), ("Mei Tan", None),
              ("Ali Bakar", "meiali@x.my"), ("Mei Chong", "chong@x.my")]  # fmt: skip
    for index, (name, email) in enumerate(people):
        register(services, owner, phone=f"01210000{index + 10:02d}", email=email, name=name)
    query = CustomerQuery(text="mei", status=CustomerState.ACTIVE)
    whole = ["Ali Bakar", "Mei Chong", "Mei Ling", "Mei Tan", "Zed Ong"]
    assert names(services, query) == whole
    pages = [names(services, query, offset, 2) for offset in (0, 2, 4)]
    assert [name for page in pages for name in page] == whole
    backwards = CustomerQuery(text="mei", descending=True)
    assert names(services, backwards, 1, 3) == whole[::-1][1:4]
    assert services.customer_admin.count_customers(query) == len(whole)


def test_surnames_follow_every_name_change(services, owner) -> None:
    def found(text: str) -> list[str]:
        return [c.name for c in services.customers.search(text)]

    lee = register(services, owner, phone="0121000091", name="Mei Lee Hua")
    register(services, owner, phone="0121000092", name="Lee Ah Kow")
    assert found("lee") == ["Lee Ah Kow", "Mei Lee Hua"]
    assert found("lee hu") == ["Mei Lee Hua"]
    services.customer_admin.update_profile(customer=lee, actor=owner, name="Mei Tan")
    assert found("lee") == ["Lee Ah Kow"]
    assert found("tan") == ["Mei Tan"]
    services.customer_admin.erase_customer(customer=lee, actor=owner, ref_code=ref())
    assert found("tan") == []
