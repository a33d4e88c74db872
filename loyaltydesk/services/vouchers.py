"""Voucher batches (owner) and voucher redemption at the counter."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy.exc import IntegrityError

from loyaltydesk.domain.errors import ErrorCode, RefusedError
from loyaltydesk.domain.ledger import OperationKind
from loyaltydesk.domain.money import parse_amount
from loyaltydesk.domain.staff import Actor, require_owner
from loyaltydesk.domain.vouchers import (
    VoucherStatus,
    VoucherType,
    build_terms,
    check_batch_name,
    check_quantity,
    check_redemption,
    mask_code,
)
from loyaltydesk.services.context import ServiceContext, check_ref_code, clean_reason
from loyaltydesk.services.ledger_writer import open_operation
from loyaltydesk.services.mutation_log import (
    record_mutation,
    voucher_batch_outbound,
    voucher_use_outbound,
)
from loyaltydesk.services.voucher_dto import (
    CreatedBatch,
    ExportResult,
    MemberCardsData,
    VoucherBatchSummary,
    VoucherQuote,
    VoucherRedemption,
    VoucherSheetData,
    VoucherView,
)
from loyaltydesk.services.voucher_rows import (
    already_redeemed,
    batch_summary,
    cards_data,
    day_end,
    day_start,
    find_voucher,
    fresh_codes,
    require_batch,
    sheet_data,
    terms_of,
    voucher_view,
    write_batch_csv,
    zone_of,
)
from loyaltydesk.services.voucher_sync import (
    WAITING,
    awaiting_codes,
    require_real_codes,
    voucher_customer,
    with_codes_state,
)
from loyaltydesk.store.models import Voucher, VoucherBatch
from loyaltydesk.store.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)

Day = date | datetime | None


class VoucherService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    # -- batches (owner) --------------------------------------------------------------------------

    def create_batch(
        self,
        *,
        actor: Actor,
        name: str,
        voucher_type: VoucherType | str,
        quantity: int,
        value: Decimal | str | int | None = None,
        valid_from: Day = None,
        valid_until: Day = None,
        min_purchase: Decimal | str | int | None = None,
        description: str = "",
    ) -> CreatedBatch:
        """Owner only: ``quantity`` (1-1000) new vouchers with unique, unguessable codes.

        A ``date`` runs from the start of ``valid_from`` to the end of ``valid_until`` in the
        shop's timezone; an aware ``datetime`` is taken as the exact instant. Synced with a
        service that makes the codes (KiriMel), no codes are returned: they come later."""
        require_owner(actor, "create vouchers")
        clean_name = check_batch_name(name)
        count = check_quantity(quantity)
        with self._ctx.uow.write() as uow:
            settings = self._ctx.settings(uow)
            zone = zone_of(settings)
            terms = build_terms(
                voucher_type=voucher_type,
                value=value,
                currency=settings.profile.currency,
                valid_from=day_start(valid_from, zone),
                valid_until=day_end(valid_until, zone),
                min_purchase=min_purchase,
                description=description,
            )
            now = self._ctx.now()
            batch = VoucherBatch(
                name=clean_name,
                type=terms.type,
                value=terms.value,
                description=terms.description,
                quantity=count,
                valid_from=terms.valid_from,
                valid_until=terms.valid_until,
                min_purchase=terms.min_purchase,
                created_at=now,
                created_by_id=actor.staff_id,
                void_reason="",
            )
            uow.vouchers.add_batch(batch)
            uow.flush()
            codes = fresh_codes(uow, count)
            uow.vouchers.add_vouchers(
                [Voucher(batch_id=batch.id, code=c, status=VoucherStatus.ISSUED) for c in codes]
            )
            queued = record_mutation(
                uow,
                at=now,
                actor=actor,
                action="vouchers.create_batch",
                target_type="voucher_batch",
                target_id=str(batch.id),
                details={"type": terms.type, "quantity": count, "value": terms.value},
                outbound=voucher_batch_outbound(batch.id),
            )
            uow.commit()
            uow.refresh(batch)
            summary = batch_summary(batch, {VoucherStatus.ISSUED: count}, settings, now)
            if queued is not None:  # the service makes the codes: ours are placeholders
                waiting = replace(summary, codes_state=WAITING, codes_from=queued)
                return CreatedBatch(waiting, ())
            return CreatedBatch(summary, tuple(codes))

    def list_batches(self) -> tuple[VoucherBatchSummary, ...]:
        """Every batch, newest first, with its counts (one grouped query)."""
        with self._ctx.uow.read() as uow:
            settings = self._ctx.settings(uow)
            now = self._ctx.now()
            counts = uow.vouchers.status_counts()
            return with_codes_state(
                uow,
                [batch_summary(b, counts.get(b.id, {}), settings, now)
                 for b in uow.vouchers.batches()],
            )  # fmt: skip

    def get_batch(self, batch_id: int) -> VoucherBatchSummary:
        with self._ctx.uow.read() as uow:
            batch = require_batch(uow, batch_id)
            counts = uow.vouchers.status_counts([batch.id]).get(batch.id, {})
            summary = batch_summary(batch, counts, self._ctx.settings(uow), self._ctx.now())
            return with_codes_state(uow, [summary])[0]

    def batch_codes(self, batch_id: int) -> tuple[str, ...]:
        """Every code of a batch in order; none while the service's codes are awaited."""
        with self._ctx.uow.read() as uow:
            require_batch(uow, batch_id)
            if awaiting_codes(uow, batch_id):
                return ()
            return tuple(v.code for v in uow.vouchers.of_batch(batch_id))

    def void_batch(self, *, batch_id: int, reason: str, actor: Actor) -> VoucherBatchSummary:
        """Owner only: cancel every unused voucher of a batch; redeemed ones stay redeemed."""
        require_owner(actor, "void vouchers")
        reason = clean_reason(reason)
        with self._ctx.uow.write() as uow:
            batch = require_batch(uow, batch_id)
            if batch.voided_at is not None:
                raise RefusedError("This batch is already void.", code=ErrorCode.VOUCHER_VOID)
            now = self._ctx.now()
            batch.voided_at, batch.void_reason = now, reason
            voided = uow.vouchers.void_issued_of_batch(batch.id, now)
            record_mutation(
                uow,
                at=now,
                actor=actor,
                action="vouchers.void_batch",
                target_type="voucher_batch",
                target_id=str(batch.id),
                details={"reason": reason, "vouchers_voided": voided},
            )
            uow.flush()
            counts = uow.vouchers.status_counts([batch.id]).get(batch.id, {})
            uow.commit()
            summary = batch_summary(batch, counts, self._ctx.settings(uow), now)
            return with_codes_state(uow, [summary])[0]

    def void_voucher(self, *, code: str, reason: str, actor: Actor) -> VoucherView:
        """Owner only: cancel one unused voucher."""
        require_owner(actor, "void vouchers")
        reason = clean_reason(reason)
        with self._ctx.uow.write() as uow:
            settings = self._ctx.settings(uow)
            voucher, batch = find_voucher(uow, code)
            if voucher.status == VoucherStatus.REDEEMED:
                raise already_redeemed(uow, voucher, settings)
            now = self._ctx.now()
            if not uow.vouchers.void_one(voucher.id, now):
                raise RefusedError("This voucher is already void.", code=ErrorCode.VOUCHER_VOID)
            record_mutation(
                uow,
                at=now,
                actor=actor,
                action="vouchers.void",
                target_type="voucher",
                target_id=str(voucher.id),
                details={"reason": reason, "code": mask_code(voucher.code)},
            )
            uow.commit()
            uow.refresh(voucher)
            return voucher_view(uow, voucher, batch, settings, now)

    def export_batch_csv(self, batch_id: int, path: Path | str) -> ExportResult:
        """Write a batch's codes as CSV (a header row, one voucher a row), replacing ``path``."""
        with self._ctx.uow.read() as uow:
            batch = require_batch(uow, batch_id)
            require_real_codes(uow, batch.id)
            settings = self._ctx.settings(uow)
            vouchers = uow.vouchers.of_batch(batch.id)
            rows = write_batch_csv(Path(path), batch, vouchers, settings, self._ctx.now())
        log.info("exported voucher batch %s (%s rows)", batch_id, rows)
        return ExportResult(batch_id=batch_id, path=Path(path), rows=rows)

    def voucher_print_data(self, batch_id: int) -> VoucherSheetData:
        """The batch's unused vouchers, ready for the printing layer to turn into labels."""
        with self._ctx.uow.read() as uow:
            batch = require_batch(uow, batch_id)
            if batch.voided_at is not None:
                raise RefusedError("This batch was cancelled.", code=ErrorCode.VOUCHER_VOID)
            require_real_codes(uow, batch.id)
            return sheet_data(uow, batch, self._ctx.settings(uow))

    def member_cards(
        self, *, identifiers: Sequence[str] = (), all_customers: bool = False
    ) -> MemberCardsData:
        """Customers to print member cards for: those ``identifiers`` name, or all current ones."""
        with self._ctx.uow.read() as uow:
            return cards_data(uow, self._ctx.settings(uow), identifiers, all_customers)

    # -- the counter ------------------------------------------------------------------------------

    def look_up_voucher(self, code: str) -> VoucherView:
        """The voucher a scanned QR or typed code names (VOUCHER_NOT_FOUND if none)."""
        with self._ctx.uow.read() as uow:
            voucher, batch = find_voucher(uow, code)
            return voucher_view(uow, voucher, batch, self._ctx.settings(uow), self._ctx.now())

    def check_voucher(self, *, code: str, amount: Decimal | str | int) -> VoucherQuote:
        """Whether the voucher applies to a purchase of ``amount`` now, and its discount;
        refused with the same code ``redeem_voucher`` would give. Records nothing."""
        with self._ctx.uow.read() as uow:
            settings = self._ctx.settings(uow)
            currency = settings.profile.currency
            paid = parse_amount(amount, currency=currency)
            voucher, batch = find_voucher(uow, code)
            now = self._ctx.now()
            if voucher.status == VoucherStatus.REDEEMED:
                raise already_redeemed(uow, voucher, settings)
            quote = check_redemption(
                voucher.status, terms_of(batch), now=now, amount=paid, currency=currency
            )
            view = voucher_view(uow, voucher, batch, settings, now)
            return VoucherQuote(view, quote.amount, quote.discount, quote.amount_due, quote.benefit)

    def redeem_voucher(
        self,
        *,
        code: str,
        amount: Decimal | str | int,
        actor: Actor,
        ref_code: str,
        customer: str | None = None,
    ) -> VoucherRedemption:
        """Record a voucher's use on a purchase of ``amount``: once per ref_code, once per code.

        ``customer`` (the card shown) goes to the loyalty service with the redemption; a service
        that holds vouchers (KiriMel) needs one, so without it CUSTOMER_REQUIRED. Replaying
        ``ref_code`` returns the first result. Another till that already redeemed the code
        gives VOUCHER_ALREADY_REDEEMED with when, where and by whom.
        """
        check_ref_code(ref_code)
        try:
            with self._ctx.uow.write() as uow:
                settings = self._ctx.settings(uow)
                currency = settings.profile.currency
                paid = parse_amount(amount, currency=currency)
                voucher, batch = find_voucher(uow, code)
                replay = self._replay(uow, ref_code, voucher.id)
                if replay is not None:
                    return replay
                if voucher.status == VoucherStatus.REDEEMED:
                    raise already_redeemed(uow, voucher, settings)
                holder = voucher_customer(uow, customer)
                now = self._ctx.now()
                quote = check_redemption(
                    voucher.status, terms_of(batch), now=now, amount=paid, currency=currency
                )
                operation = open_operation(
                    uow,
                    kind=OperationKind.VOUCHER_REDEEM,
                    ref_code=ref_code,
                    customer=None,
                    actor=actor,
                    now=now,
                    amount=paid,
                )
                won = uow.vouchers.claim(
                    voucher.id,
                    at=now,
                    till=actor.till,
                    staff_id=actor.staff_id,
                    operation_id=operation.id,
                    purchase_amount=paid,
                    discount=quote.discount,
                )
                if not won:
                    uow.rollback()
                    raise self._lost_claim(code)
                result = VoucherRedemption(
                    transaction_id=operation.id,
                    ref_code=ref_code,
                    voucher_id=voucher.id,
                    code_hint=mask_code(voucher.code),
                    batch_id=batch.id,
                    batch_name=batch.name,
                    type=batch.type,
                    benefit=quote.benefit,
                    currency=currency,
                    amount=quote.amount,
                    discount=quote.discount,
                    amount_due=quote.amount_due,
                    redeemed_at=now,
                    till=actor.till,
                    staff_id=actor.staff_id,
                    staff_name=actor.name,
                )
                uow.operations.finish(operation.id, points=0, result=result.to_json())
                record_mutation(
                    uow,
                    at=now,
                    actor=actor,
                    action="vouchers.redeem",
                    target_type="voucher",
                    target_id=str(voucher.id),
                    details={"transaction_id": operation.id, "discount": quote.discount},
                    outbound=voucher_use_outbound(
                        ref_code, operation.id, voucher.code, paid, holder
                    ),
                )
                uow.commit()
                return result
        except IntegrityError:
            with self._ctx.uow.read() as uow:
                voucher, _ = find_voucher(uow, code)
                replay = self._replay(uow, ref_code, voucher.id)
            if replay is None:
                raise
            return replay

    def _replay(self, uow: UnitOfWork, ref_code: str, voucher_id: int) -> VoucherRedemption | None:
        existing = uow.operations.by_ref(ref_code)
        if existing is None:
            return None
        if existing.kind != OperationKind.VOUCHER_REDEEM:
            raise _ref_reused()
        first = VoucherRedemption.from_json(existing.result)
        if first.voucher_id != voucher_id:
            raise _ref_reused()
        return replace(first, replayed=True)

    def _lost_claim(self, code: str) -> RefusedError:
        """Why another till's commit beat ours, read afresh."""
        with self._ctx.uow.read() as uow:
            voucher, _ = find_voucher(uow, code)
            if voucher.status == VoucherStatus.REDEEMED:
                return already_redeemed(uow, voucher, self._ctx.settings(uow))
        return RefusedError("This voucher was cancelled.", code=ErrorCode.VOUCHER_VOID)


def _ref_reused() -> RefusedError:
    return RefusedError(
        "That reference was already used for something else.", code=ErrorCode.REF_CODE_REUSED
    )
