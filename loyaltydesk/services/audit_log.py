"""The owner's audit log viewer: who did what, when, at which till; filtered and paged."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from loyaltydesk.domain.errors import InvalidInputError
from loyaltydesk.domain.program import shop_zone
from loyaltydesk.domain.shop_days import local_day_bounds
from loyaltydesk.domain.staff import Actor, require_owner
from loyaltydesk.services.admin_dto import AuditPage, AuditRecord
from loyaltydesk.services.context import ServiceContext
from loyaltydesk.store.models import AuditEntry
from loyaltydesk.store.unit_of_work import UnitOfWork

MAX_PAGE = 1000
MAX_SETTINGS_HISTORY = 1000
SETTINGS_SAVE = "settings.save"


class AuditLogService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def list_audit(
        self,
        *,
        actor: Actor,
        since: date | datetime | None = None,
        until: date | datetime | None = None,
        staff_id: int | None = None,
        action_prefix: str | None = None,
        till: str | None = None,
        offset: int = 0,
        limit: int = 100,
    ) -> AuditPage:
        """Audit entries newest first, with the staff member's name. Owner only.

        ``since``/``until`` are instants, or local dates in the shop's time zone (``until`` as
        a date includes that whole day). ``action_prefix`` "staff." matches every staff action.
        """
        require_owner(actor, "see the audit log")
        if not offset >= 0 or not 1 <= limit <= MAX_PAGE:
            raise InvalidInputError(f"Pages start at 0 and hold 1 to {MAX_PAGE} entries.")
        with self._ctx.uow.read() as uow:
            filters = self._filters(uow, since, until, staff_id, action_prefix, till)
            total = uow.admin.audit_count(filters)
            rows = uow.admin.audit_page(filters, offset, limit)
            names = _customer_names(uow, [entry for entry, _ in rows])
            changes = _settings_changes(uow, [entry for entry, _ in rows])
            entries = tuple(
                AuditRecord(
                    entry_id=entry.id,
                    at=entry.at,
                    staff_id=entry.staff_id,
                    staff_name=name or "",
                    till=entry.till,
                    action=entry.action,
                    target_type=entry.target_type,
                    target_id=entry.target_id,
                    details=_details(entry.details),
                    target_name=names.get(entry.target_id, "")
                    if entry.target_type == "customer"
                    else "",
                    changes=changes.get(entry.id, ()),
                )
                for entry, name in rows
            )
        return AuditPage(entries, total, offset, limit)

    def count_audit(
        self,
        *,
        actor: Actor,
        since: date | datetime | None = None,
        until: date | datetime | None = None,
        staff_id: int | None = None,
        action_prefix: str | None = None,
        till: str | None = None,
    ) -> int:
        """How many entries match the filters (as ``list_audit``). Owner only."""
        require_owner(actor, "see the audit log")
        with self._ctx.uow.read() as uow:
            filters = self._filters(uow, since, until, staff_id, action_prefix, till)
            return uow.admin.audit_count(filters)

    def audit_filter_choices(self, *, actor: Actor) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(actions, tills) that occur in the log, for the filter drop-downs. Owner only."""
        require_owner(actor, "see the audit log")
        with self._ctx.uow.read() as uow:
            return tuple(uow.admin.audit_actions()), tuple(uow.admin.audit_tills())

    def _filters(
        self,
        uow: UnitOfWork,
        since: date | datetime | None,
        until: date | datetime | None,
        staff_id: int | None,
        action_prefix: str | None,
        till: str | None,
    ) -> list[Any]:
        zone = shop_zone(self._ctx.settings(uow).profile.timezone)
        return uow.admin.audit_filters(
            since=_instant(since, zone, end=False),
            until=_instant(until, zone, end=True),
            staff_id=staff_id,
            action_prefix=(action_prefix or "").strip() or None,
            till=(till or "").strip() or None,
        )


def _instant(value: date | datetime | None, zone: ZoneInfo, *, end: bool) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise InvalidInputError("Give times with their time zone.")
        return value.astimezone(UTC)
    if not isinstance(value, date):
        raise InvalidInputError("Filter by a date or a time.")
    start, after = local_day_bounds(value, zone)
    return after if end else start


def _customer_names(uow: UnitOfWork, entries: list[AuditEntry]) -> dict[str, str]:
    """Names of the customers these entries are about, by their id (uuid) as recorded."""
    names: dict[str, str] = {}
    for target in {e.target_id for e in entries if e.target_type == "customer"}:
        try:
            key = uuid.UUID(target)
        except ValueError:
            continue
        customer = uow.customers.find_by("uuid", key)
        if customer is not None and customer.erased_at is None:
            names[target] = customer.name
    return names


def _settings_changes(
    uow: UnitOfWork, entries: list[AuditEntry]
) -> dict[int, tuple[tuple[str, Any, Any], ...]]:
    """For each settings save on the page, what changed since the save before it."""
    if not any(e.action == SETTINGS_SAVE for e in entries):
        return {}
    saves = uow.admin.audit_page(
        uow.admin.audit_filters(
            since=None, until=None, staff_id=None, action_prefix=SETTINGS_SAVE, till=None
        ),
        0,
        MAX_SETTINGS_HISTORY,
    )
    ordered = [entry for entry, _ in reversed(saves) if entry.action == SETTINGS_SAVE]
    result: dict[int, tuple[tuple[str, Any, Any], ...]] = {}
    previous: dict[str, Any] | None = None
    for entry in ordered:
        values = _flat_settings(_details(entry.details))
        if previous is not None:
            result[entry.id] = tuple(
                (key, previous.get(key), value)
                for key, value in values.items()
                if key in previous and previous[key] != value
            )
        previous = {**(previous or {}), **values}
    return result


def _flat_settings(details: dict[str, Any]) -> dict[str, Any]:
    """A save records the rules alone (older entries) or the profile and the rules."""
    if isinstance(details.get("rules"), dict):
        profile = details.get("profile")
        return {**(profile if isinstance(profile, dict) else {}), **details["rules"]}
    return details


def _details(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {"value": value}
