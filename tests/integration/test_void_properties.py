"""Any sequence of operations, then voiding everything voidable newest first, leaves the customer
as before: balance, tier, every lot's remaining points, last seen and the birthday bonus.

Voids inside the sequence void the latest transaction, as F8 does at the counter. A void of an
older check-in whose points were already spent takes them from later lots (see
test_spending.test_void_of_partially_spent_earn), so after one of those no order of voids can
give every lot back exactly; that case is covered by the ledger properties instead.
"""

import shutil
import tempfile
import uuid
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from loyaltydesk.domain.errors import LoyaltyError
from loyaltydesk.domain.staff import Actor, Role
from loyaltydesk.services.facade import build_services
from loyaltydesk.store.engine import make_engine
from loyaltydesk.store.models import LedgerEntry
from loyaltydesk.store.unit_of_work import UnitOfWorkFactory
from tests.conftest import FakeClock

OWNER = Actor(1, "Olive Owner", Role.OWNER, "Till 1")
#: The customer's history before the sequence: a check-in in February makes them Silver.
JOINED = datetime(2026, 2, 20, 9, 0, tzinfo=UTC)
BIRTHDAY = date(1990, 3, 15)
SHOP_ZONE = ZoneInfo("Asia/Kuala_Lumpur")

amount = st.one_of(st.integers(1, 400), st.sampled_from([950, 1500, 99_999]))
step = st.one_of(
    st.tuples(st.just("earn"), amount),
    st.tuples(st.just("redeem"), st.integers(1, 3)),
    st.tuples(st.just("pay"), st.integers(1, 300)),
    st.tuples(st.just("adjust"), st.integers(-200, 200).filter(bool)),
    st.tuples(st.just("void"), st.just(0)),
    st.tuples(st.just("wait"), st.integers(1, 14_400)),
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(step, min_size=1, max_size=25))
def test_voiding_everything_leaves_the_customer_as_before(shop_template: Path, steps) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "shop.db"
        shutil.copyfile(shop_template, path)
        engine = make_engine(f"sqlite:///{path}")
        clock = FakeClock(JOINED)
        services = build_services(UnitOfWorkFactory(engine), clock=clock)
        customer = services.customers.register(
            actor=OWNER, ref_code="reg", phone="+60123456789", birth_date=BIRTHDAY
        ).customer_id
        services.points.check_in(customer=customer, actor=OWNER, ref_code="old", amount="600")
        clock.advance(days=18)  # into the birthday month: the bonus is there to be earned
        before = snapshot(services, customer, clock)
        assert before[1] == "Silver"
        assert before[-1] is True

        done: list[str] = []
        for n, (kind, value) in enumerate(steps):
            if kind == "wait":
                clock.advance(minutes=value)
                continue
            if kind == "void" and not done:
                continue
            try:
                run(services, customer, kind, value, f"op-{n}", done)
            except LoyaltyError:
                continue
            if kind == "void":
                done.pop()
            else:
                done.append(f"op-{n}")
        for n, target in enumerate(reversed(done)):
            services.voids.void(
                transaction=target, reason="undo", actor=OWNER, ref_code=f"undo-{n}"
            )
        assert snapshot(services, customer, clock) == before
        engine.dispose()


def run(services, customer, kind, value, ref_code, done) -> None:
    points = services.points
    match kind:
        case "earn":
            points.check_in(
                customer=customer, actor=OWNER, ref_code=ref_code, amount=str(value), confirm=True,
                confirm_amount=True,
            )  # fmt: skip
        case "redeem":
            points.redeem_reward(customer=customer, reward_id=value, actor=OWNER, ref_code=ref_code)
        case "pay":
            points.pay_with_points(customer=customer, points=value, actor=OWNER, ref_code=ref_code)
        case "adjust":
            points.adjust_points(
                customer=customer, points=value, reason="test", actor=OWNER, ref_code=ref_code
            )
        case "void":
            services.voids.void(transaction=done[-1], reason="test", actor=OWNER, ref_code=ref_code)


def snapshot(services, customer_id: str, clock: FakeClock) -> tuple:
    """(balance, tier, {lot: remaining} of lots with points, last seen, bonus available)."""
    with services.context.uow.read() as uow:
        customer = uow.customers.find_by("uuid", uuid.UUID(customer_id))
        open_lots = select(LedgerEntry.id, LedgerEntry.remaining).where(
            LedgerEntry.customer_id == customer.id, LedgerEntry.remaining > 0
        )
        lots = dict(uow.session.execute(open_lots).all())
        local = clock.now.astimezone(SHOP_ZONE)
        year_start = datetime(local.year, 1, 1, tzinfo=SHOP_ZONE)
        bonus_free = not uow.ledger.birthday_bonus_since(customer.id, year_start)
        return customer.balance, customer.tier, lots, customer.last_seen_at, bonus_free
