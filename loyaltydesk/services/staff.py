"""Signing in with a PIN, and the staff list."""

from __future__ import annotations

from datetime import timedelta

from loyaltydesk.domain.errors import (
    ErrorCode,
    InvalidInputError,
    PermissionDeniedError,
    RefusedError,
)
from loyaltydesk.domain.pins import (
    LOCKOUT_SECONDS,
    MAX_FAILED_ATTEMPTS,
    check_pin_format,
    hash_pin,
    verify_pin,
)
from loyaltydesk.domain.staff import Actor, Role, require_owner
from loyaltydesk.services.context import ServiceContext
from loyaltydesk.services.dto import StaffMember
from loyaltydesk.store.models import Staff
from loyaltydesk.store.unit_of_work import UnitOfWork

MAX_TILL = 64


class StaffService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def sign_in(self, *, pin: str, till: str) -> Actor:
        """The staff member whose PIN this is. Five wrong PINs lock this till for a minute."""
        return self._sign_in(pin, till, owner_only=False)

    def check_owner_pin(self, *, pin: str, till: str) -> Actor:
        """The owner whose PIN this is, for owner pages or an owner's void at a cashier's till.

        A cashier's PIN raises PERMISSION_DENIED and is audited as a refused owner PIN, not as
        a sign-in; wrong PINs count towards the till's lock as at sign-in.
        """
        return self._sign_in(pin, till, owner_only=True)

    def _sign_in(self, pin: str, till: str, *, owner_only: bool) -> Actor:
        till = _check_till(till)
        with self._ctx.uow.write() as uow:
            now = self._ctx.now()
            throttle = uow.staff.throttle(till)
            if throttle.locked_until is not None and throttle.locked_until > now:
                seconds = int((throttle.locked_until - now).total_seconds()) + 1
                raise RefusedError(
                    f"Too many wrong PINs. Try again in {seconds} seconds.",
                    code=ErrorCode.SIGN_IN_LOCKED,
                    seconds=seconds,
                )
            staff = _match(uow, pin)
            if staff is None:
                throttle.failures += 1
                locked = throttle.failures >= MAX_FAILED_ATTEMPTS
                if locked:
                    throttle.failures = 0
                    throttle.locked_until = now + timedelta(seconds=LOCKOUT_SECONDS)
                uow.audit.record(at=now, staff_id=None, till=till, action="staff.wrong_pin")
                uow.commit()
                if locked:
                    raise RefusedError(
                        f"Too many wrong PINs. Try again in {LOCKOUT_SECONDS} seconds.",
                        code=ErrorCode.SIGN_IN_LOCKED,
                        seconds=LOCKOUT_SECONDS,
                    )
                raise RefusedError("Wrong PIN.", code=ErrorCode.WRONG_PIN)
            throttle.failures = 0
            throttle.locked_until = None
            actor = Actor(staff.id, staff.name, Role(staff.role), till)
            if owner_only and not actor.is_owner:
                uow.audit.record(
                    at=now, staff_id=staff.id, till=till, action="staff.owner_pin_refused"
                )
                uow.commit()
                raise PermissionDeniedError(
                    "That PIN is not an owner's.", code=ErrorCode.NOT_OWNER_PIN
                )
            uow.audit.record(at=now, staff_id=staff.id, till=till, action="staff.sign_in")
            uow.commit()
            return actor

    def list_staff(self) -> tuple[StaffMember, ...]:
        with self._ctx.uow.read() as uow:
            return tuple(_member(s) for s in uow.staff.active())

    def has_staff(self) -> bool:
        with self._ctx.uow.read() as uow:
            return bool(uow.staff.active())

    def add_staff(self, *, actor: Actor | None, name: str, role: Role, pin: str) -> StaffMember:
        """Owner only, except for the very first owner of an empty shop (``actor`` None)."""
        check_pin_format(pin)
        clean = " ".join((name or "").split())
        if not clean or len(clean) > 80:
            raise InvalidInputError("A staff name is 1 to 80 characters.")
        with self._ctx.uow.write() as uow:
            existing = uow.staff.active()
            if actor is None:
                if existing or role is not Role.OWNER:
                    raise RefusedError(
                        "Only an owner can add staff.", code=ErrorCode.PERMISSION_DENIED
                    )
            else:
                require_owner(actor, "add staff")
            if _match(uow, pin) is not None:
                raise InvalidInputError(
                    "Someone already uses that PIN. Choose another.", code=ErrorCode.INVALID_INPUT
                )
            now = self._ctx.now()
            staff = Staff(name=clean, role=role.value, pin_hash=hash_pin(pin), created_at=now)
            uow.staff.add(staff)
            uow.flush()
            uow.audit.record(
                at=now,
                staff_id=actor.staff_id if actor else None,
                till=actor.till if actor else "setup",
                action="staff.add",
                target_type="staff",
                target_id=str(staff.id),
                details={"role": role.value},
            )
            uow.commit()
            return _member(staff)


def _match(uow: UnitOfWork, pin: str) -> Staff | None:
    try:
        check_pin_format(pin)
    except InvalidInputError:
        return None
    # PINs are salted, so each staff member's hash is tried; a shop has a handful of staff.
    return next((s for s in uow.staff.active() if verify_pin(pin, s.pin_hash)), None)


def _member(staff: Staff) -> StaffMember:
    return StaffMember(staff.id, staff.name, Role(staff.role), staff.active)


def _check_till(till: str) -> str:
    clean = (till or "").strip()
    if not clean or len(clean) > MAX_TILL or not clean.isprintable():
        raise InvalidInputError("A till name is 1 to 64 characters.")
    return clean
