"""Earning and spending points: check-in, rewards, paying with points, owner adjustments."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy.exc import IntegrityError

from loyaltydesk.domain.earning import quote_earn, tier_for_spend
from loyaltydesk.domain.errors import ErrorCode, InvalidInputError, RefusedError
from loyaltydesk.domain.ledger import EntryKind, OperationKind
from loyaltydesk.domain.money import parse_amount
from loyaltydesk.domain.program import MAX_POINTS, ShopSettings
from loyaltydesk.domain.purchases import check_purchase
from loyaltydesk.domain.rewards import points_to_pay
from loyaltydesk.domain.staff import Actor, require_owner
from loyaltydesk.services.check_in_rules import birthday_bonus, check_cooldown
from loyaltydesk.services.context import (
    ServiceContext,
    check_ref_code,
    clean_reason,
    replay_or_conflict,
    result_to_json,
)
from loyaltydesk.services.customers import require_customer
from loyaltydesk.services.dto import EarnExplanation, TransactionResult
from loyaltydesk.services.ledger_writer import (
    OpenOperation,
    credit,
    debit,
    expire_due_lots,
    open_operation,
)
from loyaltydesk.services.mutation_log import points_outbound, record_mutation
from loyaltydesk.store.models import Customer
from loyaltydesk.store.unit_of_work import UnitOfWork

TIER_WINDOW = timedelta(days=365)

Body = Callable[[UnitOfWork, ShopSettings, Customer, datetime], TransactionResult]


class PointsService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def check_in(
        self,
        *,
        customer: str,
        actor: Actor,
        ref_code: str,
        amount: Decimal | str | None = None,
        units: int | None = None,
        confirm: bool = False,
        confirm_amount: bool = False,
    ) -> TransactionResult:
        """Record a visit and earn points by the shop's rule (VISIT, SPEND or UNIT).

        A second check-in inside the cooldown raises DUPLICATE_CHECKIN unless ``confirm``; an
        amount above the largest usual purchase raises PURCHASE_UNUSUAL unless
        ``confirm_amount``, and above the ceiling PURCHASE_TOO_LARGE.
        """

        paid: Decimal | None = None

        def prepare(settings: ShopSettings) -> None:
            nonlocal paid
            paid = _amount(amount, settings)
            if paid is not None:
                usual, currency = settings.rules.largest_usual_purchase, settings.profile.currency
                check_purchase(paid, usual=usual, currency=currency, confirmed=confirm_amount)
            quote_earn(settings.rules, amount=paid, units=units, tier=None)

        def body(uow: UnitOfWork, settings: ShopSettings, cust: Customer, now: datetime):
            rules = settings.rules
            last, spend = uow.operations.check_in_history(cust.id, now - TIER_WINDOW)
            if not confirm:
                check_cooldown(rules, last, now)
            tier = rules.tier_named(cust.tier) or tier_for_spend(rules, Decimal(0))
            quote = quote_earn(rules, amount=paid, units=units, tier=tier)
            bonus = birthday_bonus(uow, settings, cust, now)
            before = cust.balance
            operation = open_operation(
                uow,
                kind=OperationKind.CHECK_IN,
                ref_code=ref_code,
                customer=cust,
                actor=actor,
                now=now,
                amount=paid,
            )
            if quote.points > 0:
                credit(
                    uow,
                    cust,
                    operation,
                    kind=EntryKind.EARN,
                    points=quote.points,
                    rules=rules,
                    rule=f"{quote.rule} rate={quote.rate} x{quote.multiplier}",
                    amount=paid,
                    units=units,
                )
            if bonus:
                credit(
                    uow,
                    cust,
                    operation,
                    kind=EntryKind.EARN,
                    points=bonus,
                    rules=rules,
                    rule="BIRTHDAY",
                    reason="birthday bonus",
                )
            tier_before = cust.tier
            reached = tier_for_spend(rules, spend + (paid or 0))
            if reached is not None and (tier is None or reached.min_spend > tier.min_spend):
                cust.tier = reached.name
            cust.last_seen_at = now
            return self._finish(
                uow,
                operation,
                cust,
                before,
                amount=paid,
                units=units,
                explanation=EarnExplanation.from_quote(quote, bonus),
                tier_before=tier_before,
                tier_after=cust.tier,
            )

        return self._run(OperationKind.CHECK_IN, customer, ref_code, actor, body, prepare=prepare)

    def redeem_reward(
        self, *, customer: str, reward_id: int, actor: Actor, ref_code: str
    ) -> TransactionResult:
        """Spend a catalog reward's cost in points, oldest points first."""

        def body(uow: UnitOfWork, settings: ShopSettings, cust: Customer, now: datetime):
            reward = uow.rewards.terms(reward_id)
            if reward is None:
                raise RefusedError("That reward does not exist.", code=ErrorCode.REWARD_NOT_FOUND)
            if not reward.active:
                raise RefusedError(
                    "That reward is no longer offered.", code=ErrorCode.REWARD_INACTIVE
                )
            before = cust.balance
            operation = open_operation(
                uow,
                kind=OperationKind.REDEEM_REWARD,
                ref_code=ref_code,
                customer=cust,
                actor=actor,
                now=now,
            )
            debit(
                uow,
                cust,
                operation,
                kind=EntryKind.REDEEM,
                points=reward.cost,
                rule="REWARD",
                reason=reward.title,
                reward_id=reward.id,
            )
            cust.last_seen_at = now
            return self._finish(
                uow, operation, cust, before, reward_id=reward.id, reward_title=reward.title
            )

        return self._run(OperationKind.REDEEM_REWARD, customer, ref_code, actor, body)

    def pay_with_points(
        self,
        *,
        customer: str,
        actor: Actor,
        ref_code: str,
        points: int | None = None,
        amount: Decimal | str | None = None,
        purchase_amount: Decimal | str | None = None,
    ) -> TransactionResult:
        """Pay part of a purchase with points: give ``points``, or the ``amount`` to cover."""
        if (points is None) == (amount is None):
            raise InvalidInputError(
                "Say either how many points or how much money to pay with points.",
                code=ErrorCode.INVALID_POINTS,
            )
        if points is not None and (isinstance(points, bool) or not 0 < points <= MAX_POINTS):
            raise InvalidInputError(
                "Points must be a whole number above 0.", code=ErrorCode.INVALID_POINTS
            )

        wanted: Decimal | None = None
        total: Decimal | None = None

        def prepare(settings: ShopSettings) -> None:
            nonlocal wanted, total
            wanted = _amount(amount, settings)
            total = _amount(purchase_amount, settings)

        def body(uow: UnitOfWork, settings: ShopSettings, cust: Customer, now: datetime):
            currency = settings.profile.currency
            spent, value = points_to_pay(
                point_value=settings.rules.point_value,
                currency=currency,
                points=points,
                amount=wanted,
            )
            if total is not None and value > total:
                raise RefusedError(
                    "Points can pay at most the purchase amount.", code=ErrorCode.AMOUNT_TOO_HIGH
                )
            before = cust.balance
            operation = open_operation(
                uow,
                kind=OperationKind.PAY_WITH_POINTS,
                ref_code=ref_code,
                customer=cust,
                actor=actor,
                now=now,
                amount=value,
            )
            debit(
                uow,
                cust,
                operation,
                kind=EntryKind.REDEEM,
                points=spent,
                rule="POINTS_PAYMENT",
                reason=f"paid {value} {currency}",
            )
            cust.last_seen_at = now
            return self._finish(uow, operation, cust, before, payment_value=value)

        return self._run(
            OperationKind.PAY_WITH_POINTS, customer, ref_code, actor, body, prepare=prepare
        )

    def adjust_points(
        self, *, customer: str, points: int, reason: str, actor: Actor, ref_code: str
    ) -> TransactionResult:
        """Owner only: add or remove points with a reason. Removing never goes below zero."""
        require_owner(actor, "adjust points")
        if isinstance(points, bool) or not isinstance(points, int) or points == 0:
            raise InvalidInputError(
                "Adjust by a whole number of points other than 0.", code=ErrorCode.INVALID_POINTS
            )
        if abs(points) > MAX_POINTS:
            raise InvalidInputError("That is too many points.", code=ErrorCode.INVALID_POINTS)
        reason = clean_reason(reason)

        def body(uow: UnitOfWork, settings: ShopSettings, cust: Customer, now: datetime):
            before = cust.balance
            operation = open_operation(
                uow,
                kind=OperationKind.ADJUST,
                ref_code=ref_code,
                customer=cust,
                actor=actor,
                now=now,
            )
            if points > 0:
                credit(
                    uow,
                    cust,
                    operation,
                    kind=EntryKind.ADJUST,
                    points=points,
                    rules=settings.rules,
                    rule="ADJUST",
                    reason=reason,
                )
            else:
                debit(
                    uow,
                    cust,
                    operation,
                    kind=EntryKind.ADJUST,
                    points=-points,
                    rule="ADJUST",
                    reason=reason,
                )
            return self._finish(uow, operation, cust, before)

        return self._run(
            OperationKind.ADJUST, customer, ref_code, actor, body, allow_blocked=True, reason=reason
        )

    # -- shared machinery ---------------------------------------------------------------------

    def _run(
        self,
        kind: OperationKind,
        customer: str,
        ref_code: str,
        actor: Actor,
        body: Body,
        *,
        allow_blocked: bool = False,
        prepare: Callable[[ShopSettings], None] | None = None,
        reason: str = "",
    ) -> TransactionResult:
        """One unit of work around ``body``: replay, find and lock the customer, expire due
        points, run, audit and queue for sync, commit. A ref_code that races in from another
        till replays. On SQLite the write transaction holds the database from its first read
        (BEGIN IMMEDIATE), so the row lock and the second look are PostgreSQL's alone."""
        check_ref_code(ref_code)
        try:
            with self._ctx.uow.write() as uow:
                settings = self._ctx.settings(uow)
                if prepare is not None:
                    prepare(settings)
                cust = require_customer(uow, settings, customer)
                replay = replay_or_conflict(uow, ref_code, kind, cust.id)
                if replay is not None:
                    return replay
                if not uow.serialized:
                    locked = uow.customers.get(cust.id, for_update=True)
                    assert locked is not None
                    cust = locked
                    # Again under the lock: a till that waited for it may find its receipt done.
                    replay = replay_or_conflict(uow, ref_code, kind, cust.id)
                    if replay is not None:
                        return replay
                if cust.status == "BLOCKED" and not allow_blocked:
                    raise RefusedError(
                        "This customer is blocked. Nothing can be recorded.",
                        code=ErrorCode.CUSTOMER_BLOCKED,
                    )
                # From here the customer is a plain object; its balance, tier and last visit
                # are written by one UPDATE below, not by a flush.
                uow.detach(cust)
                now = self._ctx.now()
                expire_due_lots(uow, cust, now, actor)
                result = body(uow, settings, cust, now)
                uow.customers.save_counters(cust)
                record_mutation(
                    uow,
                    at=now,
                    actor=actor,
                    action=f"points.{kind.lower()}",
                    target_type="customer",
                    target_id=result.customer_id,
                    details={"transaction_id": result.transaction_id, "points": result.points},
                    outbound=points_outbound(result, cust, reason),
                )
                uow.commit()
                return result
        except IntegrityError:
            with self._ctx.uow.read() as uow:
                settings = self._ctx.settings(uow)
                cust = require_customer(uow, settings, customer)
                replay = replay_or_conflict(uow, ref_code, kind, cust.id)
            if replay is None:
                raise
            return replay

    def _finish(
        self,
        uow: UnitOfWork,
        operation: OpenOperation,
        customer: Customer,
        balance_before: int,
        **fields: object,
    ) -> TransactionResult:
        points = customer.balance - balance_before
        newly: tuple[str, ...] = ()
        if points > 0:  # only a credit can bring a reward within reach
            catalog = uow.rewards.active_catalog()
            newly = tuple(
                title for _, title, cost in catalog if balance_before < cost <= customer.balance
            )
        result = TransactionResult(
            transaction_id=operation.id,
            ref_code=operation.ref_code,
            kind=operation.kind,
            customer_id=str(customer.uuid),
            customer_name=customer.name,
            points=points,
            balance=customer.balance,
            created_at=operation.created_at,
            newly_available=newly,
            **fields,  # type: ignore[arg-type]
        )
        uow.operations.finish(operation.id, points=points, result=result_to_json(result))
        return result


def _amount(amount: Decimal | str | None, settings: ShopSettings) -> Decimal | None:
    if amount is None:
        return None
    return parse_amount(amount, currency=settings.profile.currency)
