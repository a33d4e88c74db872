"""The demo shop: a café with a program, staff, rewards and ~200 customers with history."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

import phonenumbers

from loyaltydesk.domain.customer_fields import Birthday
from loyaltydesk.domain.errors import ErrorCode, LoyaltyError, RefusedError
from loyaltydesk.domain.identifiers import name_key
from loyaltydesk.domain.program import EarnMode, ProgramRules, ShopProfile, ShopSettings, Tier
from loyaltydesk.domain.staff import Actor, Role
from loyaltydesk.services.facade import Services

DEMO_CUSTOMER = {
    "name": "Demo Customer",
    "short_code": "A1B2C3",
    "phone": "+60123456789",
    "email": "demo@example.com",
}
OWNER_PIN = "1234"
CASHIER_PIN = "0000"

_FIRST = (
    "Aisyah Amir Ana Chen Wei Siobhan Liam Lucía Javier Priya Ravi Nurul Farid Mei Ling Ciara "
    "Sean Carmen Diego Hui Min Arjun Siti Daniel Aoife Pablo Kavitha Jun Hao Marta Conor Yusuf "
    "Grace Lim Sofía Hamid Niamh Rahul Xin Yi Irene Tomás"
).split()
_LAST = (
    "Tan Lim Wong Abdullah Rahman Murphy Kelly O'Brien García Fernández López Kaur Singh Lee "
    "Ng Ismail Byrne Walsh Martínez Sánchez Chua Goh Nair Pillai Ryan Romero Teo Koh"
).split()
_REWARD_COSTS = (100, 150, 500, 2000)


@dataclass(frozen=True, slots=True)
class DemoWords:
    """The demo shop's own names, in the language it is shown in: English here; the window
    passes its translation (``ui/first_start/demo_words.py``)."""

    shop_name: str = "Kopi & Co. (demo)"
    tiers: tuple[str, str, str] = ("Member", "Silver", "Gold")
    rewards: tuple[str, str, str, str] = ("Free coffee", "Pastry of the day", "10% off", "Tote bag")
    owner: str = "Owner"
    cashier: str = "Cashier"
    voucher_batch: str = "Welcome back"
    demo_customer: str = "Demo Customer"


@dataclass(frozen=True, slots=True)
class DemoSummary:
    customers: int
    transactions: int


class SimulatedClock:
    """A clock the demo moves through the past months, so history has real dates."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def demo_settings(words: DemoWords = DemoWords()) -> ShopSettings:
    member, silver, gold = words.tiers
    return ShopSettings(
        ShopProfile(
            name=words.shop_name,
            currency="MYR",
            default_region="MY",
            timezone="Asia/Kuala_Lumpur",
        ),
        ProgramRules(
            earn_mode=EarnMode.SPEND,
            spend_per_point=Decimal("1.00"),
            tiers=(
                Tier(member, Decimal(0), Decimal(1)),
                Tier(silver, Decimal(500), Decimal("1.25")),
                Tier(gold, Decimal(1500), Decimal("1.5")),
            ),
            expiry_months=12,
            cooldown_minutes=10,
            birthday_bonus_points=50,
            point_value=Decimal("0.01"),
            void_window_minutes=15,
        ),
    )


def build_demo_shop(
    services: Services,
    clock: SimulatedClock,
    *,
    customers: int = 200,
    seed: int = 7,
    progress: Callable[[int, int], None] | None = None,
    words: DemoWords = DemoWords(),
) -> DemoSummary:
    """Fill an empty store. ``services`` must run on ``clock`` (see bootstrap); the shop's
    names (tiers, rewards, staff...) are ``words``."""
    if services.program.is_set_up() or services.staff.has_staff():
        raise RefusedError(
            "This database already holds a shop. The demo needs an empty one.",
            code=ErrorCode.SHOP_NOT_EMPTY,
        )
    rng = random.Random(seed)
    today = clock.now
    clock.now = today - timedelta(days=300)
    services.program.save_settings(actor=None, settings=demo_settings(words))
    services.staff.add_staff(actor=None, name=words.owner, role=Role.OWNER, pin=OWNER_PIN)
    owner = services.staff.sign_in(pin=OWNER_PIN, till="Till 1")
    services.staff.add_staff(actor=owner, name=words.cashier, role=Role.CASHIER, pin=CASHIER_PIN)
    cashier = services.staff.sign_in(pin=CASHIER_PIN, till="Till 1")
    for order, (title, cost) in enumerate(zip(words.rewards, _REWARD_COSTS, strict=True)):
        services.rewards.add_reward(actor=owner, title=title, cost=cost, sort_order=order)
    rewards = services.rewards.list_rewards()
    services.vouchers.create_batch(
        actor=owner,
        name=words.voucher_batch,
        voucher_type="PERCENT",
        quantity=40,
        value=Decimal(10),
        valid_until=(today + timedelta(days=60)).date(),
        min_purchase=Decimal("15.00"),
    )

    transactions = 0
    people = [_demo_person(rng, i) for i in range(customers - 1)]
    people.insert(
        0, {**DEMO_CUSTOMER, "name": words.demo_customer, "birth_date": date(1990, today.month, 1)}
    )
    for index, person in enumerate(people):
        clock.now = today - timedelta(days=rng.randint(120, 300), minutes=rng.randint(0, 600))
        card = services.customers.register(
            actor=cashier,
            ref_code=f"demo-register-{index}",
            phone=person["phone"],
            email=person.get("email"),
            name=person["name"],
            birth_date=person.get("birth_date"),
            short_code=person.get("short_code"),
            marketing_consent=rng.random() < 0.6,
        )
        visits = 24 if index == 0 else rng.randint(1, 14)
        for visit in range(visits):
            clock.now += timedelta(days=rng.randint(3, 20), hours=rng.randint(0, 8))
            if clock.now >= today - timedelta(hours=2):
                break
            transactions += _demo_visit(
                services, rng, cashier, card.customer_id, index, visit, rewards
            )
        if progress is not None:
            progress(index + 1, len(people))
    clock.now = today
    services.expiry.expire_points(actor=None)
    return DemoSummary(customers=len(people), transactions=transactions)


def _demo_visit(
    services: Services,
    rng: random.Random,
    actor: Actor,
    customer_id: str,
    index: int,
    visit: int,
    rewards: tuple,
) -> int:
    amount = Decimal(rng.randint(800, 9000)) / 100
    services.points.check_in(
        customer=customer_id,
        actor=actor,
        ref_code=f"demo-checkin-{index}-{visit}",
        amount=amount,
        confirm=True,
    )
    done = 1
    if rng.random() < 0.25:
        reward = rng.choice(rewards[:2])
        try:
            services.points.redeem_reward(
                customer=customer_id,
                reward_id=reward.reward_id,
                actor=actor,
                ref_code=f"demo-redeem-{index}-{visit}",
            )
            done += 1
        except LoyaltyError:
            pass  # not enough points yet: a real customer would simply not ask
    return done


def _demo_person(rng: random.Random, index: int) -> dict:
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    while True:
        phone = f"+6012{rng.randint(2000000, 9999999)}"
        if phonenumbers.is_valid_number(phonenumbers.parse(phone)):
            break
    person: dict = {"name": f"{first} {last}", "phone": phone}
    if rng.random() < 0.5:
        local = name_key(f"{first}.{last}").replace("'", "").replace(" ", "")
        person["email"] = f"{local}.{index}@example.com"
    if rng.random() < 0.4:
        year, month, day = rng.randint(1960, 2005), rng.randint(1, 12), rng.randint(1, 28)
        # Some customers give only the day and month.
        person["birth_date"] = Birthday(month, day) if year < 1966 else date(year, month, day)
    return person
