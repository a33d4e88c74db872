"""Small helpers shared by the integration tests."""

from __future__ import annotations

from itertools import count

from sqlalchemy import func, select

from loyaltydesk.services.facade import Services
from loyaltydesk.store.models import Customer, LedgerEntry

_refs = count(1)


def ref(prefix: str = "t") -> str:
    return f"{prefix}-{next(_refs)}"


def register(services: Services, actor, phone: str = "+60123456789", **kw) -> str:
    card = services.customers.register(actor=actor, ref_code=ref("reg"), phone=phone, **kw)
    return card.customer_id


def ledger_state(services: Services, customer_id: str) -> tuple[int, int, int]:
    """(cached balance, ledger sum, sum of open lots) for one customer."""
    import uuid

    with services.context.uow.read() as uow:
        customer = uow.customers.find_by("uuid", uuid.UUID(customer_id))
        assert customer is not None
        ledger_sum = uow.session.scalar(
            select(func.coalesce(func.sum(LedgerEntry.delta), 0)).where(
                LedgerEntry.customer_id == customer.id
            )
        )
        return customer.balance, int(ledger_sum), uow.ledger.remaining_for(customer.id)


def row_counts(services: Services) -> dict[str, int]:
    with services.context.uow.read() as uow:
        return {
            "customers": uow.session.scalar(select(func.count(Customer.id))),
            "entries": uow.session.scalar(select(func.count(LedgerEntry.id))),
        }
