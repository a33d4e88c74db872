"""A hosted loyalty service in memory: a plain class implementing the Provider protocol, with
latency, a call log and scripted faults, for testing the sync engine without HTTP."""

from __future__ import annotations

import random
import threading
import time
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import ClassVar

from loyaltydesk.sync.provider import (
    Adjust,
    Capability,
    Connection,
    Earn,
    IdentifierKind,
    NeedsOwnerError,
    NewCustomer,
    Posted,
    ProviderRefusedError,
    Redeem,
    RemoteBalance,
    RemoteCustomer,
    RemoteVoucherBatch,
    RetryLaterError,
    VoucherBatchSpec,
    VoucherUse,
)


@dataclass
class Account:
    remote_id: str
    phone: str | None
    email: str | None
    code: str | None
    balance: int = 0
    references: list[str] = field(default_factory=list)
    """Every applied operation's reference, in the order applied."""


class MemoryProvider:
    name: ClassVar[str] = "memory"
    capabilities: ClassVar[frozenset[Capability]] = frozenset(
        {Capability.REGISTER, Capability.RESOLVE_PHONE, Capability.RESOLVE_EMAIL,
         Capability.RESOLVE_CODE, Capability.ADJUST, Capability.VOUCHERS}
    )  # fmt: skip
    idempotent: ClassVar[bool] = True
    transport = SimpleNamespace(rate=None)
    """No HTTP here: nothing to say about a rate limit."""

    def __init__(self, *, latency: float = 0.0, fail_rate: float = 0.0, seed: int = 1) -> None:
        self.latency = latency
        self.fail_rate = fail_rate
        self.rng = random.Random(seed)
        self.lock = threading.Lock()
        self.accounts: dict[str, Account] = {}
        self.applied: dict[str, int] = {}
        self.calls: list[tuple[float, str]] = []
        self.refuse: set[str] = set()
        """References (or "register") to refuse for a business reason."""
        self.reject_key = False
        self.down = False
        self.batches = 0

    # -- the protocol -------------------------------------------------------------------------

    def test_connection(self) -> Connection:
        self._enter("whoami", mutating=False)
        return Connection("Connected to the memory provider.")

    def resolve(self, kind: IdentifierKind, value: str) -> RemoteCustomer | None:
        self._enter("resolve", mutating=False)
        attribute = {IdentifierKind.PHONE: "phone", IdentifierKind.EMAIL: "email",
                     IdentifierKind.CODE: "code"}[kind]  # fmt: skip
        with self.lock:
            for account in self.accounts.values():
                if getattr(account, attribute) == value:
                    return RemoteCustomer(account.remote_id, balance=account.balance)
        return None

    def register(self, customer: NewCustomer) -> RemoteCustomer:
        if "register" in self.refuse:
            raise ProviderRefusedError("Registration closed.", code="REGISTRATION_CLOSED")

        def apply() -> RemoteCustomer:
            remote_id = f"R{len(self.accounts) + 1}"
            self.accounts[remote_id] = Account(remote_id, customer.phone, customer.email,
                                               customer.code)  # fmt: skip
            return RemoteCustomer(remote_id, balance=0)

        return self._mutate("register", None, apply)

    def balance(self, remote_id: str) -> RemoteBalance:
        self._enter("balance", mutating=False)
        with self.lock:
            return RemoteBalance(remote_id, self.accounts[remote_id].balance)

    def earn(self, request: Earn) -> Posted:
        return self._points("earn", request.remote_id, request.reference, request.points)

    def redeem(self, request: Redeem) -> Posted:
        return self._points("redeem", request.remote_id, request.reference, -request.points)

    def adjust(self, request: Adjust) -> Posted:
        return self._points("adjust", request.remote_id, request.reference, request.points)

    def create_voucher_batch(self, spec: VoucherBatchSpec) -> RemoteVoucherBatch:
        def apply() -> RemoteVoucherBatch:
            self.batches += 1
            codes = tuple(f"M{self.batches:03d}{n:08d}" for n in range(spec.quantity))
            return RemoteVoucherBatch(f"B{self.batches}", codes)

        return self._mutate("voucher_batch", None, apply)

    def redeem_voucher(self, use: VoucherUse) -> Posted:
        return self._mutate("voucher_redeem", use.reference, lambda: Posted(remote_ref="V"))

    def close(self) -> None:
        return None

    # -- machinery ----------------------------------------------------------------------------

    def _points(self, verb: str, remote_id: str, reference: str, points: int) -> Posted:
        if reference in self.refuse:
            raise ProviderRefusedError("Not enough points here.", code="INSUFFICIENT_POINTS")

        def apply() -> Posted:
            account = self.accounts[remote_id]
            if self.idempotent and reference in self.applied:
                return Posted(remote_ref=reference, balance=account.balance,
                              already_processed=True)  # fmt: skip
            account.balance += points
            account.references.append(reference)
            self.applied[reference] = self.applied.get(reference, 0) + 1
            return Posted(remote_ref=f"T-{reference}", points=points, balance=account.balance)

        return self._mutate(verb, reference, apply)

    def _mutate(self, verb: str, reference: str | None, apply):  # type: ignore[no-untyped-def]
        self._enter(verb, mutating=True)
        fault = self.rng.random() < self.fail_rate
        after = fault and self.rng.random() < 0.5
        if fault and not after:
            raise RetryLaterError("Server error.", code="HTTP_500", ambiguous=False)
        with self.lock:
            result = apply()
        if after:
            raise RetryLaterError("No answer.", code="NO_ANSWER", ambiguous=True)
        return result

    def _enter(self, verb: str, *, mutating: bool) -> None:
        with self.lock:
            self.calls.append((time.monotonic(), verb))
        if self.down:
            raise RetryLaterError("Unreachable.", code="NETWORK_UNREACHABLE")
        if self.reject_key:
            raise NeedsOwnerError("The API key was rejected.", code="INVALID_API_KEY")
        if self.latency:
            time.sleep(self.latency)


class NonIdempotentProvider(MemoryProvider):
    """Like Loyalty+'s check-in: no idempotency key, so a resend applies twice."""

    idempotent: ClassVar[bool] = False
