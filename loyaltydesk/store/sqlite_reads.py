"""What a customer's card needs, read from a SQLite shop file with the standard library.

The repositories answer the same questions through SQLAlchemy, whose import alone costs a
command-line ``lookup`` more than half a second. This read-only path answers them with
``sqlite3`` for that one command; everything else, and every write, goes through the
repositories. Each query here mirrors one there (named in its docstring) and the values come
back as those columns' SQLAlchemy types would give them; ``tests/integration/test_quick_lookup``
checks that both paths give the same card for every way of naming a customer.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from loyaltydesk.domain.customer_fields import Birthday
from loyaltydesk.domain.ledger import soonest_expiry

_CUSTOMER_COLUMNS = (
    "id, uuid, short_code, phone, email, name, name_key, birth_date, birth_month, birth_day, "
    "status, tier, notes, marketing_consent, balance, joined_at, last_seen_at"
)
_NAMED = (
    f"SELECT {_CUSTOMER_COLUMNS} FROM customer"
    " WHERE erased_at IS NULL AND (merged_into_id + 0) IS NULL"
)
_FIND = {
    column: f"SELECT {_CUSTOMER_COLUMNS} FROM customer WHERE {column} = ? LIMIT 1"
    for column in ("uuid", "short_code", "phone", "email")
}


@dataclass(frozen=True, slots=True)
class CustomerRecord:
    """A customer row with the attributes of ``store.models.Customer`` a card reads."""

    id: int
    uuid: uuid.UUID
    short_code: str
    phone: str | None
    email: str | None
    name: str
    name_key: str
    birth_date: date | None
    birth_month: int | None
    birth_day: int | None
    status: str
    tier: str | None
    notes: str
    marketing_consent: bool
    balance: int
    joined_at: datetime
    last_seen_at: datetime | None

    @property
    def birthday(self) -> Birthday | None:
        return Birthday.stored(self.birth_month, self.birth_day, self.birth_date)


class SqliteCardReads:
    """A read-only connection to one shop file; a context manager that closes it."""

    def __init__(self, path: Path, *, timeout: float = 5.0) -> None:
        self._connection = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=timeout
        )

    def __enter__(self) -> SqliteCardReads:
        self._connection.execute("BEGIN")  # one snapshot for every read of the card
        return self

    def __exit__(self, *exc: object) -> None:
        self._connection.rollback()
        self._connection.close()

    def schema_revisions(self) -> list[str]:
        """The rows of ``alembic_version`` (``schema_revision.stored_revisions``)."""
        return [str(row[0]) for row in self._rows("SELECT version_num FROM alembic_version")]

    def setting(self, key: str) -> str | None:
        """A settings document's raw JSON (``SettingsRepository.get_raw``)."""
        rows = self._rows("SELECT value FROM setting WHERE key = ?", key)
        return rows[0][0] if rows else None

    def find_by(self, column: str, value: object) -> CustomerRecord | None:
        """By ``uuid``, ``short_code``, ``phone`` or ``email`` (``CustomerRepository.find_by``)."""
        if isinstance(value, uuid.UUID):
            value = value.hex  # SQLAlchemy's Uuid on SQLite: 32 hex digits
        rows = self._rows(_FIND[column], value)
        return _customer(rows[0]) if rows else None

    def search_by_name(self, key_prefix: str, limit: int) -> Sequence[CustomerRecord]:
        """``CustomerRepository.search_by_name``: names starting with the prefix, then names
        with a later word starting with it (from 3 letters); erased and merged left out."""
        end = key_prefix + "\U0010ffff"
        found = [
            _customer(row)
            for row in self._rows(
                f"{_NAMED} AND name_key >= ? AND name_key < ? ORDER BY name_key LIMIT ?",
                key_prefix, end, limit,
            )
        ]  # fmt: skip
        if len(found) < limit and len(key_prefix) >= 3:
            words = self._rows(
                f"SELECT {_qualified('customer')} FROM customer"
                " JOIN customer_name_word ON customer_name_word.customer_id = customer.id"
                " WHERE customer.erased_at IS NULL AND (customer.merged_into_id + 0) IS NULL"
                " AND customer_name_word.tail >= ? AND customer_name_word.tail < ?"
                " ORDER BY customer_name_word.tail, customer_name_word.customer_id LIMIT ?",
                key_prefix, end, limit,
            )  # fmt: skip
            seen = {c.id for c in found}
            more = sorted((_customer(row) for row in words), key=lambda c: (c.name_key, c.id))
            found += [c for c in more if c.id not in seen][: limit - len(found)]
        return found

    def active_catalog(self) -> list[tuple[int, str, int]]:
        """(id, title, cost) of the active rewards in catalog order
        (``RewardRepository.active_catalog``)."""
        return [
            (int(rid), str(title), int(cost))
            for rid, title, cost in self._rows(
                "SELECT id, title, cost FROM reward WHERE active = 1 ORDER BY sort_order, cost, id"
            )
        ]

    def soonest_expiry(self, customer_id: int) -> tuple[int, datetime] | None:
        """Points expiring first and when (``LedgerRepository.soonest_expiry``)."""
        rows = self._rows(
            "SELECT expires_at, remaining FROM ledger_entry WHERE customer_id = ?"
            " AND remaining > 0 AND expires_at IS NOT NULL ORDER BY expires_at LIMIT 50",
            customer_id,
        )
        return soonest_expiry([(_utc(at), int(remaining)) for at, remaining in rows])

    def last_visits(self, customer_id: int, limit: int) -> list[datetime]:
        """The customer's latest check-ins not voided (``OperationRepository.last_visits``)."""
        rows = self._rows(
            "SELECT created_at FROM operation WHERE customer_id = ? AND kind = 'CHECK_IN'"
            " AND voided_by_id IS NULL ORDER BY created_at DESC LIMIT ?",
            customer_id, limit,
        )  # fmt: skip
        return [_utc(at) for (at,) in rows]

    def remote_balance(
        self, provider: str, customer_id: int
    ) -> tuple[int | None, datetime | None] | None:
        """The linked customer's balance at the provider and when it was read; None when not
        linked (``SyncRepository.link_of``)."""
        rows = self._rows(
            "SELECT remote_balance, balance_read_at FROM sync_link"
            " WHERE provider = ? AND customer_id = ? LIMIT 1",
            provider, customer_id,
        )  # fmt: skip
        if not rows:
            return None
        balance, read_at = rows[0]
        return (None if balance is None else int(balance)), _utc_or_none(read_at)

    def _rows(self, sql: str, *params: Any) -> list[tuple[Any, ...]]:
        return self._connection.execute(sql, params).fetchall()


def _qualified(table: str) -> str:
    return ", ".join(f"{table}.{name.strip()}" for name in _CUSTOMER_COLUMNS.split(","))


def _customer(row: tuple[Any, ...]) -> CustomerRecord:
    (id_, uuid_hex, short_code, phone, email, name, name_key, birth_date, birth_month,
     birth_day, status, tier, notes, consent, balance, joined_at, last_seen_at) = row  # fmt: skip
    return CustomerRecord(
        id=int(id_),
        uuid=uuid.UUID(hex=uuid_hex),
        short_code=short_code,
        phone=phone,
        email=email,
        name=name,
        name_key=name_key,
        birth_date=date.fromisoformat(birth_date) if birth_date else None,
        birth_month=birth_month,
        birth_day=birth_day,
        status=status,
        tier=tier,
        notes=notes,
        marketing_consent=bool(consent),
        balance=int(balance),
        joined_at=_utc(joined_at),
        last_seen_at=_utc_or_none(last_seen_at),
    )


def _utc(text: str) -> datetime:
    """A stored naive UTC time, as ``store.types.UtcDateTime`` returns it."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _utc_or_none(text: str | None) -> datetime | None:
    return None if text is None else _utc(text)
