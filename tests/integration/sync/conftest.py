"""Fixtures for the sync core: a shop set up to sync, and its outbox rows."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from loyaltydesk.domain.staff import Actor
from loyaltydesk.services.facade import Services
from loyaltydesk.store.models import SyncOutbox

BASE_URL = "http://127.0.0.1:9/api/loyalty"


@pytest.fixture
def synced(services: Services, owner: Actor) -> Services:
    services.sync.configure(actor=owner, provider="kirimel", base_url=BASE_URL)
    return services


def outbox(services: Services) -> list[SyncOutbox]:
    with services.context.uow.read() as uow:
        rows = list(uow.session.scalars(select(SyncOutbox).order_by(SyncOutbox.id)))
        uow.session.expunge_all()
        return rows
