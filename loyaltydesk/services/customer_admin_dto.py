"""What the owner's customer pages, the import and the exports get back: frozen dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum, StrEnum
from pathlib import Path

from loyaltydesk.domain.csv_mapping import RowProblem
from loyaltydesk.domain.customer_fields import Birthday


class SortColumn(StrEnum):
    NAME = "name"
    SHORT_CODE = "short_code"
    BALANCE = "balance"
    TIER = "tier"
    STATUS = "status"
    JOINED = "joined"
    LAST_SEEN = "last_seen"


class CustomerState(StrEnum):
    """What the table shows as the status. Erased and merged customers are stored as BLOCKED
    (so every counter path refuses them) and told apart by ``erased_at`` / ``merged_into_id``."""

    ACTIVE = "ACTIVE"
    BLOCKED = "BLOCKED"
    ERASED = "ERASED"
    MERGED = "MERGED"


class _Unset(Enum):
    UNSET = "UNSET"


UNSET = _Unset.UNSET
"""Default of :meth:`CustomerAdminService.update_profile` fields: leave this one as it is."""
Unset = _Unset


@dataclass(frozen=True, slots=True)
class CustomerQuery:
    """A search and filter over the whole customer base (the Customers table)."""

    text: str = ""
    """Matches the start of the name (or of its first letters typed), the phone (as typed,
    0 12-345... or +6012...), the email, or the short code."""
    status: CustomerState | None = None
    """None: every record, erased and merged ones included (shown with that status); filtering
    them out would cost a table scan per count on a big shop (see customer_admin_repository)."""
    tier: str | None = None
    rewards_available: bool | None = None
    """True: can afford at least one active reward; False: cannot afford any."""
    inactive_since: datetime | None = None
    """Not seen since this moment (or never)."""
    sort: SortColumn = SortColumn.NAME
    descending: bool = False


@dataclass(frozen=True, slots=True)
class CustomerRow:
    """One line of the Customers table."""

    customer_id: str
    short_code: str
    name: str
    phone: str | None
    email: str | None
    status: CustomerState
    tier: str | None
    balance: int
    joined_at: datetime
    last_seen_at: datetime | None


@dataclass(frozen=True, slots=True)
class CustomerPage:
    rows: tuple[CustomerRow, ...]
    offset: int
    limit: int


@dataclass(frozen=True, slots=True)
class CustomerDetail:
    """The customer detail page's profile (points history: HistoryService.customer_history)."""

    customer_id: str
    short_code: str
    name: str
    phone: str | None
    email: str | None
    birth_date: date | None
    """The full date, when the year is known."""
    birthday: Birthday | None
    """Day and month, with the year when known."""
    notes: str
    marketing_consent: bool
    status: CustomerState
    tier: str | None
    balance: int
    joined_at: datetime
    last_seen_at: datetime | None
    erased_at: datetime | None
    merged_into_id: str | None
    """The survivor's customer_id when this record was merged away."""


@dataclass(frozen=True, slots=True)
class MergeResult:
    transaction_id: int
    ref_code: str
    kept_customer_id: str
    merged_customer_id: str
    points_moved: int
    lots_moved: int
    balance: int
    """The survivor's balance after the merge."""
    created_at: datetime
    replayed: bool = False


@dataclass(frozen=True, slots=True)
class EraseResult:
    transaction_id: int
    ref_code: str
    customer_id: str
    erased_at: datetime
    records_erased: int
    """This customer plus any duplicates that had been merged into it."""
    replayed: bool = False


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    rows: int
    cancelled: bool = False


@dataclass(frozen=True, slots=True)
class ImportPreview:
    encoding: str
    delimiter: str
    headers: tuple[str, ...]
    mapping: dict[str, str]
    """Header -> field for every column that will be imported."""
    unmapped: tuple[str, ...]
    rows: tuple[dict[str, object], ...]
    """The first rows as they would be imported (field -> value); rows with problems left out."""
    errors: tuple[RowProblem, ...]
    total_rows: int
    """An estimate (lines in the file less the header)."""
    language: str = "en"
    """The locale numbers and dates are read in (``domain.csv_locale.STYLES``)."""
    number_example: str = "1,250.5"
    """Twelve hundred and fifty and a half, written the way the file is read."""
    day_first: bool | None = True
    """Dates such as 05/06/1990: day first, month first, or None (only when unambiguous)."""


@dataclass(frozen=True, slots=True)
class ImportSummary:
    rows_read: int
    created: int
    skipped: int
    """Rows whose customer an earlier import of this (or another) file already created."""
    points_credited: int
    errors: tuple[RowProblem, ...]
    dry_run: bool
    cancelled: bool
    file_id: str
    """A short hash of the file's bytes; opening-balance operations are keyed on it."""
    mapping: dict[str, str] = field(default_factory=dict)

    @property
    def error_count(self) -> int:
        return len(self.errors)
