"""Any sequence of earn / redeem / pay / adjust / void / expire keeps the books straight."""

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loyaltydesk.domain.errors import LoyaltyError
from loyaltydesk.domain.staff import Actor, Role
from loyaltydesk.services.facade import build_services
from loyaltydesk.store.engine import make_engine
from loyaltydesk.store.unit_of_work import UnitOfWorkFactory
from tests.conftest import FakeClock
from tests.integration.helpers import ledger_state, row_counts

OWNER = Actor(1, "Olive Owner", Role.OWNER, "Till 1")

step = st.one_of(
    st.tuples(st.just("earn"), st.integers(1, 400)),
    st.tuples(st.just("redeem"), st.integers(1, 3)),
    st.tuples(st.just("pay"), st.integers(1, 300)),
    st.tuples(st.just("adjust"), st.integers(-200, 200).filter(bool)),
    st.tuples(st.just("void"), st.integers(0, 30)),
    st.tuples(st.just("wait"), st.integers(1, 200)),
    st.tuples(st.just("expire"), st.just(0)),
    st.tuples(st.just("replay"), st.integers(0, 30)),
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(step, min_size=1, max_size=25))
def test_balance_equals_ledger_sum_and_never_goes_negative(shop_template: Path, steps) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "shop.db"
        shutil.copyfile(shop_template, path)
        engine = make_engine(f"sqlite:///{path}")
        clock = FakeClock()
        services = build_services(UnitOfWorkFactory(engine), clock=clock)
        customer = services.customers.register(
            actor=OWNER, ref_code="reg", phone="+60123456789"
        ).customer_id
        done: list[tuple[str, object]] = []  # (ref, call) of successful mutations
        for n, (kind, value) in enumerate(steps):
            ref_code = f"op-{n}"
            call = _call(services, customer, kind, value, ref_code, done)
            if kind == "wait":
                clock.advance(days=value)
                continue
            if call is None:
                continue
            before = (ledger_state(services, customer), row_counts(services))
            try:
                call()
            except LoyaltyError:
                assert (ledger_state(services, customer), row_counts(services)) == before
            else:
                if kind == "replay":
                    assert (ledger_state(services, customer), row_counts(services)) == before
                elif kind != "expire":
                    done.append((ref_code, call))
            balance, ledger_sum, lots = ledger_state(services, customer)
            assert balance == ledger_sum == lots
            assert balance >= 0
        engine.dispose()


def _call(services, customer, kind, value, ref_code, done):
    points = services.points
    match kind:
        case "earn":
            return lambda: points.check_in(
                customer=customer, actor=OWNER, ref_code=ref_code, amount=str(value), confirm=True
            )
        case "redeem":
            return lambda: points.redeem_reward(
                customer=customer, reward_id=value, actor=OWNER, ref_code=ref_code
            )
        case "pay":
            return lambda: points.pay_with_points(
                customer=customer, points=value, actor=OWNER, ref_code=ref_code
            )
        case "adjust":
            return lambda: points.adjust_points(
                customer=customer, points=value, reason="test", actor=OWNER, ref_code=ref_code
            )
        case "void":
            if not done:
                return None
            target = done[value % len(done)][0]
            return lambda: services.voids.void(
                transaction=target, reason="test", actor=OWNER, ref_code=ref_code
            )
        case "expire":
            return lambda: services.expiry.expire_points(actor=OWNER)
        case "replay":
            if not done:
                return None
            return done[value % len(done)][1]
    return None
