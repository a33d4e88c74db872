"""The subcommands: each parses nothing itself, calls one service and prints the outcome."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from loyaltydesk.cli.output import EXIT_OK, EXIT_USAGE, Output
from loyaltydesk.domain.errors import ErrorCode, RefusedError
from loyaltydesk.domain.program import EarnMode, ProgramRules, ShopProfile, ShopSettings
from loyaltydesk.domain.staff import Actor, Role
from loyaltydesk.services.context import Clock, new_ref_code
from loyaltydesk.services.dto import CustomerCard, TransactionResult
from loyaltydesk.services.quick_lookup import quick_card

if TYPE_CHECKING:
    from loyaltydesk.services.facade import Services


class ServicesProvider(Protocol):
    """Opens services on the configured store; bootstrap supplies the real one."""

    def __call__(self, *, durable: bool = True, clock: Clock | None = None) -> Services: ...


@dataclass
class CliContext:
    args: argparse.Namespace
    out: Output
    open_services: ServicesProvider
    till: str
    shop_file: Path | None = None
    """The shop's SQLite file, when it is one: ``lookup`` reads it without the ORM."""

    def actor(self, services: Services) -> Actor:
        pin = self.args.pin or os.environ.get("LOYALTYDESK_PIN")
        if not pin:
            raise RefusedError(
                "This needs a staff PIN: pass --pin or set LOYALTYDESK_PIN.",
                code=ErrorCode.NOT_SIGNED_IN,
            )
        return services.staff.sign_in(pin=pin, till=self.till)

    def ref(self) -> str:
        return self.args.ref or new_ref_code("cli")


def card_json(card: CustomerCard) -> dict[str, Any]:
    return {
        "customer_id": card.customer_id,
        "short_code": card.short_code,
        "name": card.name,
        "phone": card.phone,
        "email": card.email,
        "birthday": card.birthday.iso() if card.birthday else None,
        "status": card.status,
        "tier": card.tier,
        "next_tier": card.next_tier,
        "balance": card.balance,
        "expiring_points": card.expiring_points,
        "expiring_at": card.expiring_at,
        "rewards_available": [
            {"reward_id": r.reward_id, "title": r.title, "cost": r.cost}
            for r in card.rewards_available
        ],
        "next_reward": card.next_reward,
        "last_visits": card.last_visits,
        "joined_at": card.joined_at,
        "earn_mode": card.earn_mode,
    }


def card_lines(card: CustomerCard) -> list[str]:
    lines = [
        f"{card.name or '(no name)'}  [{card.short_code}]  {card.status}  tier: {card.tier or '-'}",
        f"balance: {card.balance} points",
    ]
    if card.expiring_at is not None:
        lines.append(f"{card.expiring_points} points expire on {card.expiring_at.date()}")
    for reward in card.rewards:
        mark = "available" if reward.available else "not yet"
        lines.append(f"  reward {reward.reward_id}: {reward.title} ({reward.cost} pts) {mark}")
    return lines


def result_lines(result: TransactionResult) -> list[str]:
    sign = "+" if result.points > 0 else ""
    line = f"{result.kind} #{result.transaction_id}: {sign}{result.points} points, "
    line += f"balance {result.balance}"
    if result.replayed:
        line += " (already recorded; nothing changed)"
    lines = [line]
    if result.explanation is not None:
        e = result.explanation
        lines.append(f"  rule {e.rule}, rate {e.rate}, multiplier {e.multiplier}")
        if e.birthday_bonus:
            lines.append(f"  birthday bonus +{e.birthday_bonus}")
    if result.tier_upgraded:
        lines.append(f"  tier up: {result.tier_before} -> {result.tier_after}")
    lines += [f"  now available: {title}" for title in result.newly_available]
    return lines


def cmd_demo(ctx: CliContext) -> int:
    from loyaltydesk.services.context import utc_now
    from loyaltydesk.services.demo import (
        CASHIER_PIN,
        DEMO_CUSTOMER,
        OWNER_PIN,
        SimulatedClock,
        build_demo_shop,
    )

    clock = SimulatedClock(utc_now())
    summary = build_demo_shop(ctx.open_services(durable=False, clock=clock), clock)
    data = {
        "customers": summary.customers,
        "transactions": summary.transactions,
        "demo_customer": DEMO_CUSTOMER,
        "staff": [
            {"name": "Owner", "role": "OWNER", "pin": OWNER_PIN},
            {"name": "Cashier", "role": "CASHIER", "pin": CASHIER_PIN},
        ],
    }
    return ctx.out.success(
        data,
        [
            f"Demo shop ready: {summary.customers} customers, {summary.transactions} transactions.",
            f"Owner PIN {OWNER_PIN}, Cashier PIN {CASHIER_PIN}.",
            f"Try: loyaltydesk lookup {DEMO_CUSTOMER['short_code']}",
        ],
    )


def cmd_init(ctx: CliContext) -> int:
    a = ctx.args
    services = ctx.open_services()
    if services.program.is_set_up():
        raise RefusedError("This database already holds a shop.", code=ErrorCode.SHOP_NOT_EMPTY)
    settings = ShopSettings(
        ShopProfile(name=a.shop, currency=a.currency, default_region=a.region, timezone=a.timezone),
        ProgramRules(earn_mode=EarnMode(a.mode)),
    )
    saved = services.program.save_settings(actor=None, settings=settings)
    owner = services.staff.add_staff(actor=None, name=a.owner, role=Role.OWNER, pin=a.owner_pin)
    return ctx.out.success(
        {"shop": saved.profile.name, "owner_id": owner.staff_id},
        [f"Shop '{saved.profile.name}' is ready. Sign in with the owner's PIN."],
    )


def cmd_lookup(ctx: CliContext) -> int:
    ident = ctx.args.ident
    card = quick_card(ctx.shop_file, ident) or ctx.open_services().customers.lookup(ident)
    return ctx.out.success(card_json(card), card_lines(card))


def cmd_register(ctx: CliContext) -> int:
    a = ctx.args
    services = ctx.open_services()
    card = services.customers.register(
        actor=ctx.actor(services),
        ref_code=ctx.ref(),
        phone=a.phone,
        email=a.email,
        name=a.name,
        birth_date=a.birth_date,
    )
    return ctx.out.success(card_json(card), [f"Registered {card.name} as {card.short_code}."])


def cmd_checkin(ctx: CliContext) -> int:
    a = ctx.args
    services = ctx.open_services()
    result = services.points.check_in(
        customer=a.ident,
        actor=ctx.actor(services),
        ref_code=ctx.ref(),
        amount=a.amount,
        units=a.units,
        confirm=a.confirm,
        confirm_amount=a.confirm,
    )
    return ctx.out.success(result, result_lines(result))


def cmd_redeem(ctx: CliContext) -> int:
    services = ctx.open_services()
    result = services.points.redeem_reward(
        customer=ctx.args.ident,
        reward_id=ctx.args.reward,
        actor=ctx.actor(services),
        ref_code=ctx.ref(),
    )
    return ctx.out.success(result, result_lines(result))


def cmd_pay_points(ctx: CliContext) -> int:
    services = ctx.open_services()
    result = services.points.pay_with_points(
        customer=ctx.args.ident,
        points=ctx.args.points,
        actor=ctx.actor(services),
        ref_code=ctx.ref(),
    )
    return ctx.out.success(
        result, [*result_lines(result), f"  worth {result.payment_value} off the purchase"]
    )


def cmd_adjust(ctx: CliContext) -> int:
    services = ctx.open_services()
    result = services.points.adjust_points(
        customer=ctx.args.ident,
        points=ctx.args.points,
        reason=ctx.args.reason,
        actor=ctx.actor(services),
        ref_code=ctx.ref(),
    )
    return ctx.out.success(result, result_lines(result))


def cmd_void(ctx: CliContext) -> int:
    services = ctx.open_services()
    result = services.voids.void(
        transaction=ctx.args.txn,
        reason=ctx.args.reason,
        actor=ctx.actor(services),
        ref_code=ctx.ref(),
    )
    return ctx.out.success(result, result_lines(result))


def cmd_expire(ctx: CliContext) -> int:
    services = ctx.open_services()
    actor = ctx.actor(services) if (ctx.args.pin or os.environ.get("LOYALTYDESK_PIN")) else None
    result = services.expiry.expire_points(actor=actor)
    return ctx.out.success(
        result,
        [f"Expired {result.points_expired} points of {result.customers_touched} customers."],
    )


def cmd_history(ctx: CliContext) -> int:
    services = ctx.open_services()
    card = services.customers.lookup(ctx.args.ident)
    entries = services.history.customer_history(card.customer_id, limit=max(1, ctx.args.limit))
    lines = [
        f"{e.created_at:%Y-%m-%d %H:%M} #{e.transaction_id} {e.kind:<8} {e.points:+d} "
        f"{e.rule or ''} {e.reason or ''}{' (voided)' if e.voided else ''}".rstrip()
        for e in entries
    ]
    return ctx.out.success({"customer_id": card.customer_id, "entries": entries}, lines)


def cmd_rewards(ctx: CliContext) -> int:
    rewards = ctx.open_services().rewards.list_rewards()
    return ctx.out.success(
        {"rewards": rewards}, [f"{r.reward_id}: {r.title} ({r.cost} pts)" for r in rewards]
    )


def cmd_decode(ctx: CliContext) -> int:
    """Every code in each image, through the camera's own decoding pipeline. A file that
    cannot be read is reported in its place; the exit code is then 2."""
    from loyaltydesk.scanning.report import decode_images

    results = decode_images(ctx.args.images)
    ctx.out.success([r.to_dict() for r in results], [r.to_text() for r in results])
    return EXIT_OK if all(r.ok for r in results) else EXIT_USAGE


COMMANDS: dict[str, Callable[[CliContext], int]] = {
    "demo": cmd_demo,
    "init": cmd_init,
    "lookup": cmd_lookup,
    "register": cmd_register,
    "checkin": cmd_checkin,
    "redeem": cmd_redeem,
    "pay-points": cmd_pay_points,
    "adjust": cmd_adjust,
    "void": cmd_void,
    "expire": cmd_expire,
    "history": cmd_history,
    "rewards": cmd_rewards,
    "decode": cmd_decode,
}
