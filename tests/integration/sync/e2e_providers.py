"""Each provider as the end-to-end proofs see it: its emulator, its setup and secrets, and what
its ledger must hold after the counter's work (the local operations, exactly, in order)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from loyaltydesk.services.facade import Services
from loyaltydesk.sync.http import Credentials
from loyaltydesk.sync.provider import Provider
from loyaltydesk.sync.setup import open_provider
from tests.integration.sync.e2e_work import OWNER, Op, Rules, Work
from tests.support.emulators.cata import CataEmulator
from tests.support.emulators.fidelizacion import FidelizacionEmulator
from tests.support.emulators.kirimel import API_KEY, API_SECRET, KiriMelEmulator
from tests.support.emulators.loyaltyplus import LoyaltyPlusEmulator
from tests.support.emulators.server import EmulatorServer

Entry = tuple[str, int]
"""What one applied change looks like at the provider: its key and its points."""


@dataclass(frozen=True)
class Harness:
    name: str
    emulator: Callable[..., EmulatorServer]
    credentials: Credentials
    ledger: Callable[[Any, str], list[Entry]]
    """The changes the provider applied to the customer with this phone, in order."""
    expected: Callable[[Op], Entry | None]
    """What the provider holds for a local operation; None: it is a problem instead."""
    balance: Callable[[Any, str], int]
    same_balance: bool = True
    """The provider's balance equals the local one (it applies every operation)."""
    options: tuple[tuple[str, str], ...] = ()
    rules: Rules = ()
    """The shop's program (a provider that computes its own points may credit other figures)."""

    def skips(self, op: Op) -> bool:
        return op.kind != "REGISTER" and self.expected(op) is None

    def set_up(self, services: Services, emulator: EmulatorServer, **kwargs: Any) -> None:
        services.sync.configure(actor=OWNER, provider=self.name, base_url=emulator.base_url,
                                options=dict(self.options), **kwargs)  # fmt: skip

    def client(self, services: Services) -> Provider:
        settings = services.sync.settings()
        assert settings is not None
        return open_provider(settings, self.credentials)

    def expected_ledger(self, work: Work, customer: int) -> list[Entry]:
        return [e for op in work.of(customer) if (e := self.expected(op)) is not None]

    def problems(self, work: Work) -> set[str]:
        return {op.ref for op in work.ops if self.skips(op)}


def seed_remote(harness: Harness, emulator: Any, work: Work) -> None:
    """Cata registers no one: its customers signed up in the Cata app first."""
    if harness.name == "cata":
        for phone in work.phones:
            emulator.seed_customer(phone=phone)


# -- KiriMel: loyaltydesk's points, reference_id on every call ---------------------------------


def _kirimel_ledger(emulator: KiriMelEmulator, phone: str) -> list[Entry]:
    (customer,) = [c for c in emulator.customers.values() if c.phone == phone]
    return [(e.reference_id or "", e.points) for e in emulator.ledger(customer.customer_id)]


def _kirimel_balance(emulator: KiriMelEmulator, phone: str) -> int:
    (customer,) = [c for c in emulator.customers.values() if c.phone == phone]
    return emulator.balance_of(customer.customer_id)


def _kirimel_expected(op: Op) -> Entry | None:
    return ("void-" + op.ref if op.kind == "VOID" else op.ref, op.points)


# -- Cata: refCode on every call -----------------------------------------------------------


def _cata_customer(emulator: CataEmulator, phone: str) -> str:
    (remote_id,) = [c.uuid for c in emulator.customers.values() if c.phone == phone]
    return remote_id


def _cata_ledger(emulator: CataEmulator, phone: str) -> list[Entry]:
    return [(e.ref_code or "", e.points) for e in emulator.ledger(_cata_customer(emulator, phone))]


def _cata_balance(emulator: CataEmulator, phone: str) -> int:
    return emulator.balance_of(_cata_customer(emulator, phone))


# -- fidelizacion: transactionId; no adjustments, no void of a purchase ---------------------------


def _fid_member(emulator: FidelizacionEmulator, phone: str) -> str:
    (key,) = [m.membership_key for m in emulator.members.values() if m.phone == phone]
    return key


def _fid_ledger(emulator: FidelizacionEmulator, phone: str) -> list[Entry]:
    return [(a.transaction_id, a.points) for a in emulator.ledger(_fid_member(emulator, phone))]


def _fid_balance(emulator: FidelizacionEmulator, phone: str) -> int:
    return emulator.points(_fid_member(emulator, phone))


def _fid_expected(op: Op) -> Entry | None:
    if op.kind == "ADJUST" or (op.voids is not None and op.voids.kind == "CHECK_IN"):
        return None  # ADJUST_NOT_SUPPORTED: the owner's to do in the service's back office
    if op.kind == "CHECK_IN":
        return (op.ref, _whole(op.amount))  # it computes a point per unit of money, no tiers
    return (op.ref, op.points)


# -- Loyalty+: no key at all; its points history, and the tag an adjustment carries ---------------


def _lp_customer(emulator: LoyaltyPlusEmulator, phone: str) -> str:
    (remote_id,) = [c.id for c in emulator.customers.values() if c.phone == phone]
    return remote_id


def _lp_ledger(emulator: LoyaltyPlusEmulator, phone: str) -> list[Entry]:
    entries = []
    for change in emulator.ledger(_lp_customer(emulator, phone)):
        if "[ld:" in change.reason:
            key = change.reason.rsplit("[ld:", 1)[1].rstrip("]")
        elif change.reason.startswith("Redeemed"):
            key = "redeem"
        else:
            key = change.reason.lower()
        entries.append((key, change.delta))
    return entries


def _lp_balance(emulator: LoyaltyPlusEmulator, phone: str) -> int:
    return emulator.points(_lp_customer(emulator, phone))


def _lp_expected(op: Op) -> Entry | None:
    """Loyalty+ credits a point per whole unit of money, the shop one per two: a void of a
    check-in must take back Loyalty+'s own figure."""
    if op.kind == "CHECK_IN":
        return ("check-in", _whole(op.amount))
    if op.kind in ("REDEEM_REWARD", "PAY_WITH_POINTS"):
        return ("redeem", op.points)
    if op.voids is not None and op.voids.kind == "CHECK_IN":
        return (op.ref, -_whole(op.voids.amount))
    return (op.ref, op.points)


def _whole(amount: Decimal | None) -> int:
    assert amount is not None
    return int(amount)


LOYALTYPLUS_KEY = "loy_e2e_key_6c1f0a9b"
LOYALTYPLUS_TOKEN = "jwt.e2e.owner.token"

HARNESSES = {
    "kirimel": Harness("kirimel", KiriMelEmulator, Credentials(API_KEY, API_SECRET),
                       _kirimel_ledger, _kirimel_expected, _kirimel_balance),
    "cata": Harness("cata", CataEmulator, Credentials(api_key="cata-partner-key"),
                    _cata_ledger, lambda op: (op.ref, op.points), _cata_balance),
    "fidelizacion": Harness("fidelizacion", FidelizacionEmulator,
                            Credentials(api_key="fid-key-0123456789"), _fid_ledger,
                            _fid_expected, _fid_balance, same_balance=False),
    "loyaltyplus": Harness(
        "loyaltyplus",
        lambda **kw: LoyaltyPlusEmulator(api_key=LOYALTYPLUS_KEY, token=LOYALTYPLUS_TOKEN, **kw),
        Credentials(api_key=LOYALTYPLUS_KEY, token=LOYALTYPLUS_TOKEN),
        _lp_ledger, _lp_expected, _lp_balance, same_balance=False,
        rules=(("spend_per_point", Decimal("2.00")),)),
}  # fmt: skip
