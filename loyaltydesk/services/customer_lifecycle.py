"""Merging duplicate customers, erasing one (GDPR), and exporting one's data (GDPR access).

Called by :class:`~loyaltydesk.services.customer_admin.CustomerAdminService`, which checks the
actor is an owner first.
"""

from __future__ import annotations

import json
import os
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

from loyaltydesk.domain.customer_fields import Birthday
from loyaltydesk.domain.errors import ErrorCode, InvalidInputError, RefusedError
from loyaltydesk.domain.ledger import EntryKind, spending_order
from loyaltydesk.domain.staff import Actor
from loyaltydesk.services.context import ServiceContext, check_ref_code
from loyaltydesk.services.customer_admin_dto import EraseResult, MergeResult
from loyaltydesk.services.customers import require_customer
from loyaltydesk.services.dto import to_jsonable
from loyaltydesk.services.ledger_writer import debit, expire_due_lots
from loyaltydesk.services.mutation_log import record_mutation
from loyaltydesk.store.models import Customer, LedgerEntry, Operation
from loyaltydesk.store.unit_of_work import UnitOfWork

#: Operation kinds of their own, so a void never treats them as a check-in or an adjustment.
MERGE = "MERGE"
ERASE = "ERASE"
ERASED_NAME = "(erased)"
EXPORT_FORMAT = "loyaltydesk.customer-data/1"


def merge(
    ctx: ServiceContext, *, keep: str, duplicate: str, actor: Actor, ref_code: str
) -> MergeResult:
    """Fold ``duplicate`` into ``keep`` in one transaction.

    The ledger is append-only, so rows are not re-pointed. Instead one MERGE operation writes:

    * on the duplicate, one ADJUST entry (rule ``MERGE_OUT``) debiting its whole balance, with an
      allocation to each open lot, so its balance, ledger sum and open lots all become 0;
    * on the survivor, one ADJUST entry (rule ``MERGE_IN``) per lot moved, with the same points
      and the same expiry date, so no point lives longer (or shorter) than it would have.

    Both customers keep balance == ledger sum == open lots. Due points are expired first. The
    duplicate keeps its own history (its visits stay its visits), is marked ``merged_into_id``
    and BLOCKED, and hands its phone / email / name / birth date to the survivor where the
    survivor has none. The survivor gets the higher tier. A MERGE is not voidable.
    """
    check_ref_code(ref_code)
    with ctx.uow.write() as uow:
        replay = _replayed_merge(uow, ref_code)
        if replay is not None:
            return replay
        settings = ctx.settings(uow)
        first = require_customer(uow, settings, keep)
        second = require_customer(uow, settings, duplicate)
        if first.id == second.id:
            raise RefusedError(
                "A customer cannot be merged with itself.", code=ErrorCode.MERGE_NOT_ALLOWED
            )
        survivor = uow.customers.get(first.id, for_update=True)
        dup = uow.customers.get(second.id, for_update=True)
        assert survivor is not None
        assert dup is not None
        for cust in (survivor, dup):
            _require_mergeable(cust)
        now = ctx.now()
        for cust in (survivor, dup):
            expire_due_lots(uow, cust, now, actor)
        operation = _operation(uow, MERGE, ref_code, survivor, actor, now)
        lots = spending_order(uow.ledger.open_lots(dup.id))
        moved = sum(lot.remaining for lot in lots)
        if moved:
            debit(uow, dup, operation, kind=EntryKind.ADJUST, points=moved, rule="MERGE_OUT",
                  reason=f"merged into {survivor.short_code}")  # fmt: skip
        for lot in lots:
            uow.ledger.add(
                LedgerEntry(
                    operation_id=operation.id, customer_id=survivor.id, kind=EntryKind.ADJUST,
                    delta=lot.remaining, remaining=lot.remaining, expires_at=lot.expires_at,
                    rule="MERGE_IN", reason=f"merged from {dup.short_code}",
                    staff_id=actor.staff_id, till=actor.till, ref_code=ref_code, created_at=now,
                )
            )  # fmt: skip
        survivor.balance += moved
        _fold_profile(uow, survivor, dup, settings.rules.tiers)
        uow.customer_admin.repoint_merged(dup.id, survivor.id)
        dup.merged_into_id = survivor.id
        dup.status = "BLOCKED"
        operation.points = moved
        result = MergeResult(
            transaction_id=operation.id,
            ref_code=ref_code,
            kept_customer_id=str(survivor.uuid),
            merged_customer_id=str(dup.uuid),
            points_moved=moved,
            lots_moved=len(lots),
            balance=survivor.balance,
            created_at=now,
        )
        operation.result = json.dumps(to_jsonable(result), sort_keys=True)
        record_mutation(
            uow, at=now, actor=actor, action="customer.merge",
            target_type="customer", target_id=str(survivor.uuid),
            details={"merged_customer_id": str(dup.uuid), "points_moved": moved,
                     "lots_moved": len(lots), "transaction_id": operation.id},
        )  # fmt: skip
        uow.commit()
        return result


def erase(ctx: ServiceContext, *, customer: str, actor: Actor, ref_code: str) -> EraseResult:
    """Remove the personal data of ``customer`` and of any duplicate merged into it.

    Name, phone, email, birth date, notes and consent are replaced by placeholders; the name in
    stored operation results is blanked too. The uuid, short code, balance and the whole ledger
    stay (anonymised: nothing left links them to a person), as does the audit trail. The record
    is BLOCKED with ``erased_at`` set, so a lost card cannot earn or spend any more.
    """
    check_ref_code(ref_code)
    with ctx.uow.write() as uow:
        existing = uow.operations.by_ref(ref_code)
        if existing is not None:
            if existing.kind != ERASE:
                raise _ref_reused()
            data = json.loads(existing.result)
            data["erased_at"] = datetime.fromisoformat(data["erased_at"])
            return EraseResult(**{**data, "replayed": True})
        found = require_customer(uow, ctx.settings(uow), customer)
        cust = uow.customers.get(found.id, for_update=True)
        assert cust is not None
        if cust.erased_at is not None:
            raise RefusedError(
                "This customer's data was already erased.", code=ErrorCode.CUSTOMER_ERASED
            )
        now = ctx.now()
        records = [cust, *uow.customer_admin.merged_into(cust.id)]
        for record in records:
            _scrub(record, now)
            uow.customers.set_name_words(record.id, "")
        for op in uow.customer_admin.operations_of([r.id for r in records]):
            op.result = _without_name(op.result)
        operation = _operation(uow, ERASE, ref_code, cust, actor, now)
        result = EraseResult(
            transaction_id=operation.id,
            ref_code=ref_code,
            customer_id=str(cust.uuid),
            erased_at=now,
            records_erased=len(records),
        )
        operation.result = json.dumps(to_jsonable(result), sort_keys=True)
        record_mutation(
            uow, at=now, actor=actor, action="customer.erase",
            target_type="customer", target_id=str(cust.uuid),
            details={"records_erased": len(records), "transaction_id": operation.id},
        )  # fmt: skip
        uow.commit()
        return result


def export_data(ctx: ServiceContext, *, customer: str, path: str, actor: Actor) -> int:
    """Write one customer's data (and that of duplicates merged into it) as JSON."""
    target = Path(path)
    with ctx.uow.write() as uow:
        found = require_customer(uow, ctx.settings(uow), customer)
        records = [found, *uow.customer_admin.merged_into(found.id)]
        ids = [r.id for r in records]
        codes = {r.id: r.short_code for r in records}
        ledger = [
            {
                "entry_id": e.id, "transaction_id": op.id,
                "customer_short_code": codes[e.customer_id],
                "created_at": e.created_at, "kind": e.kind, "operation": op.kind,
                "points": e.delta, "amount": e.amount, "units": e.units, "rule": e.rule,
                "reason": e.reason, "expires_at": e.expires_at, "remaining": e.remaining,
                "till": e.till, "ref_code": e.ref_code, "voided": op.voided_by_id is not None,
            }
            for e, op in uow.customer_admin.ledger_of(ids)
        ]  # fmt: skip
        operations = [
            {"transaction_id": op.id, "kind": op.kind, "created_at": op.created_at,
             "points": op.points, "amount": op.amount, "till": op.till,
             "voided": op.voided_by_id is not None}
            for op in uow.customer_admin.operations_of(ids)
        ]  # fmt: skip
        now = ctx.now()
        document = {
            "format": EXPORT_FORMAT,
            "exported_at": now,
            "shop": ctx.settings(uow).profile.name,
            "customer": _profile(uow, found),
            "merged_records": [_profile(uow, r) for r in records[1:]],
            "ledger": ledger,
            "operations": operations,
        }
        _write_atomically(target, json.dumps(to_jsonable(document), indent=2, ensure_ascii=False))
        record_mutation(
            uow, at=now, actor=actor, action="customer.export_data",
            target_type="customer", target_id=str(found.uuid),
            details={"entries": len(ledger), "records": len(records)},
        )  # fmt: skip
        uow.commit()
        return len(ledger)


# -- helpers -----------------------------------------------------------------------------------


def _replayed_merge(uow: UnitOfWork, ref_code: str) -> MergeResult | None:
    existing = uow.operations.by_ref(ref_code)
    if existing is None:
        return None
    if existing.kind != MERGE:
        raise _ref_reused()
    data: dict[str, Any] = json.loads(existing.result)
    data["created_at"] = datetime.fromisoformat(data["created_at"])
    return MergeResult(**{**data, "replayed": True})


def _require_mergeable(customer: Customer) -> None:
    if customer.merged_into_id is not None:
        raise RefusedError(
            "That customer was already merged into another.", code=ErrorCode.CUSTOMER_MERGED
        )
    if customer.erased_at is not None:
        raise RefusedError("An erased customer cannot be merged.", code=ErrorCode.CUSTOMER_ERASED)


def _operation(
    uow: UnitOfWork, kind: str, ref_code: str, customer: Customer, actor: Actor, now: datetime
) -> Operation:
    operation = Operation(
        ref_code=ref_code, kind=kind, customer_id=customer.id, staff_id=actor.staff_id,
        till=actor.till, created_at=now, points=0, result="{}",
    )  # fmt: skip
    uow.operations.add(operation)
    uow.flush()
    return operation


def _fold_profile(uow: UnitOfWork, survivor: Customer, dup: Customer, tiers: tuple) -> None:
    phone, email = dup.phone, dup.email
    dup.phone = dup.email = None
    uow.flush()  # the unique phone / email must leave the duplicate before the survivor takes it
    survivor.phone = survivor.phone or phone
    survivor.email = survivor.email or email
    if not survivor.name and dup.name:
        survivor.name, survivor.name_key = dup.name, dup.name_key
        uow.customers.set_name_words(survivor.id, survivor.name_key)
    survivor.birthday = _merged_birthday(survivor.birthday, dup.birthday)
    if dup.notes and dup.notes not in survivor.notes:
        survivor.notes = "\n".join(n for n in (survivor.notes, dup.notes) if n)[:1000]
    survivor.joined_at = min(survivor.joined_at, dup.joined_at)
    seen = [d for d in (survivor.last_seen_at, dup.last_seen_at) if d is not None]
    survivor.last_seen_at = max(seen) if seen else None
    rank = {t.name: i for i, t in enumerate(tiers)}
    if rank.get(dup.tier or "", -1) > rank.get(survivor.tier or "", -1):
        survivor.tier = dup.tier


def _merged_birthday(kept: Birthday | None, other: Birthday | None) -> Birthday | None:
    """The survivor's birthday; the duplicate's when the survivor has none, or when it is the
    same day and month with the year the survivor lacks."""
    if kept is None:
        return other
    if (
        other is not None
        and kept.year is None
        and (other.month, other.day) == (kept.month, kept.day)
    ):
        return other
    return kept


def _scrub(customer: Customer, now: datetime) -> None:
    customer.name = ERASED_NAME
    customer.name_key = ""
    customer.phone = None
    customer.email = None
    customer.birthday = None  # the full date, month and day
    customer.notes = ""
    customer.marketing_consent = False
    customer.status = "BLOCKED"
    customer.erased_at = now


def _without_name(result: str) -> str:
    try:
        data = json.loads(result)
    except ValueError:
        return "{}"
    if isinstance(data, dict) and data.get("customer_name"):
        data["customer_name"] = ""
        return json.dumps(data, sort_keys=True)
    return result


def _profile(uow: UnitOfWork, c: Customer) -> dict[str, Any]:
    return {
        "customer_id": str(c.uuid), "short_code": c.short_code, "name": c.name,
        "phone": c.phone, "email": c.email, "birth_date": c.birth_date,
        "birthday": c.birthday and c.birthday.iso(), "notes": c.notes,
        "marketing_consent": c.marketing_consent, "status": c.status, "tier": c.tier,
        "balance": c.balance, "joined_at": c.joined_at, "last_seen_at": c.last_seen_at,
        "erased_at": c.erased_at, "merged_into_id": uow.customer_admin.uuid_of(c.merged_into_id),
    }  # fmt: skip


def _write_atomically(target: Path, text: str) -> None:
    """Write beside the target and rename, so a crash never leaves half a file."""
    if target.is_dir():
        raise InvalidInputError("Give a file name, not a folder.", code=ErrorCode.INVALID_FILE)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=target.parent, prefix=".export-", suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temp, target)
    except OSError as exc:
        raise InvalidInputError(
            f"Cannot write {target.name}: {exc.strerror or 'error'}.", code=ErrorCode.INVALID_FILE
        ) from None


def _ref_reused() -> RefusedError:
    return RefusedError(
        "That reference was already used for something else.", code=ErrorCode.REF_CODE_REUSED
    )
