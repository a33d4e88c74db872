"""What the owner's settings, audit and backup services hand back."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any


@dataclass(frozen=True, slots=True)
class RulesChangePreview:
    """The effect of saving new program rules, shown before the owner confirms.

    Past ledger entries are never rewritten: points already earned keep their stored expiry
    date, and new rates apply to check-ins from now on.
    """

    changed: tuple[str, ...]
    """Names of the rule fields that differ, e.g. ("expiry_months", "spend_per_point")."""
    expiry_changed: bool
    rates_changed: bool
    old_expiry_months: int | None
    new_expiry_months: int | None
    customers_with_open_points: int
    open_points: int
    """Points not yet spent or expired; they keep their expiry dates."""
    customers_without_expiry: int
    points_without_expiry: int
    """Part of ``open_points`` with no expiry date; they stay that way."""
    active_customers: int
    """Customers who checked in during the last ``active_days`` days: the ones a rate change
    affects at their next visit."""
    active_days: int
    outstanding_points: int
    liability_before: Decimal | None
    liability_after: Decimal | None
    """``outstanding_points`` at the old and new point values (None when paying is off)."""
    message: str


@dataclass(frozen=True, slots=True)
class ShopLogo:
    mime_type: str
    data: bytes = field(repr=False)
    width: int
    height: int
    sha256: str
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class AuditRecord:
    entry_id: int
    at: datetime
    staff_id: int | None
    staff_name: str
    """The staff member's name; "" for the system (automatic jobs, first set-up)."""
    till: str
    action: str
    target_type: str
    target_id: str
    details: dict[str, Any]
    target_name: str = ""
    """The customer's name when the entry is about a customer ("" if erased or not one)."""
    changes: tuple[tuple[str, Any, Any], ...] = ()
    """For a settings save: (setting, before, after) for each value that changed."""


@dataclass(frozen=True, slots=True)
class AuditPage:
    entries: tuple[AuditRecord, ...]
    total: int
    """Entries matching the filters, over all pages."""
    offset: int
    limit: int


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    created_at: datetime
    label: str
    """"manual", "daily" or "pre-restore" ("" for a file named by hand)."""
    size_bytes: int


@dataclass(frozen=True, slots=True)
class BackupCheck:
    path: Path
    revision: str
    customers: int
    ledger_entries: int


@dataclass(frozen=True, slots=True)
class RestoreResult:
    restored_from: Path
    safety_copy: Path | None
    """The database as it was just before the restore."""
    revision: str
    customers: int


@dataclass(frozen=True, slots=True)
class BackupSupport:
    """What the Backups page shows: SQLite backs up here; PostgreSQL uses pg_dump."""

    supported: bool
    database_kind: str
    backup_dir: Path | None
    keep: int
    message: str
