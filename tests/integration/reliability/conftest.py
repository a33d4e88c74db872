"""One throwaway PostgreSQL cluster for every reliability test that needs one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.postgres import postgres_cluster


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """The cluster's base URL (append ``/<database>``)."""
    with postgres_cluster() as server:
        yield server
