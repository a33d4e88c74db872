"""Staff: signing in with a PIN, the staff list, and the owner's changes (add, remove, roles, PINs).

Removing deactivates: a removed member can no longer sign in, while the audit log and the
ledger keep naming them. The shop always keeps at least one active owner.
"""

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
from loyaltydesk.domain.staff import Actor, Role, clean_staff_name, require_owner
from loyaltydesk.services.context import ServiceContext
from loyaltydesk.services.dto import StaffMember
from loyaltydesk.services.mutation_log import record_mutation
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
                record_mutation(uow, at=now, actor=None, till=till, action="staff.wrong_pin")
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
                record_mutation(uow, at=now, actor=actor, action="staff.owner_pin_refused")
                uow.commit()
                raise PermissionDeniedError(
                    "That PIN is not an owner's.", code=ErrorCode.NOT_OWNER_PIN
                )
            record_mutation(uow, at=now, actor=actor, action="staff.sign_in")
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
        clean = clean_staff_name(name)
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
            record_mutation(
                uow, at=now, actor=actor, till="setup", action="staff.add",
                target_type="staff", target_id=str(staff.id), details={"role": role.value},
            )  # fmt: skip
            uow.commit()
            return _member(staff)

    # -- the owner's staff page: everyone, removing, roles, PINs --------------------------

    def list_all_staff(self, *, actor: Actor) -> tuple[StaffMember, ...]:
        """Every staff member, active first, then removed ones. Owner only."""
        require_owner(actor, "manage staff")
        with self._ctx.uow.read() as uow:
            return tuple(_member(s) for s in uow.admin.all_staff())

    def remove_staff(self, *, actor: Actor, staff_id: int) -> StaffMember:
        """Deactivate a staff member. Refused (LAST_OWNER) for the shop's last active owner."""
        require_owner(actor, "remove staff")
        with self._ctx.uow.write() as uow:
            staff = _staff(uow, staff_id)
            if not staff.active:
                return _member(staff)
            _keep_an_owner(uow, staff, "remove")
            staff.active = False
            _audit(uow, self._ctx, actor, "staff.remove", staff, {"role": staff.role})
            uow.commit()
            return _member(staff)

    def change_role(self, *, actor: Actor, staff_id: int, role: Role) -> StaffMember:
        """Make a staff member an owner or a cashier; the last active owner stays an owner."""
        require_owner(actor, "change staff roles")
        try:
            role = Role(role)
        except ValueError:
            raise InvalidInputError("A role is OWNER or CASHIER.") from None
        with self._ctx.uow.write() as uow:
            staff = _active_staff(uow, staff_id)
            if staff.role == role.value:
                return _member(staff)
            if role is not Role.OWNER:
                _keep_an_owner(uow, staff, "make a cashier")
            before = staff.role
            staff.role = role.value
            _audit(uow, self._ctx, actor, "staff.role", staff, {"from": before, "to": role.value})
            uow.commit()
            return _member(staff)

    def change_pin(
        self, *, actor: Actor, staff_id: int, new_pin: str, current_pin: str | None = None
    ) -> StaffMember:
        """An owner sets anyone's PIN; anyone else changes only their own, with their current
        PIN. A PIN another active staff member uses is refused (a PIN says who signs in)."""
        check_pin_format(new_pin)
        if not actor.is_owner and staff_id != actor.staff_id:
            raise PermissionDeniedError(
                "Only an owner can change another person's PIN.", code=ErrorCode.PERMISSION_DENIED
            )
        with self._ctx.uow.write() as uow:
            staff = _active_staff(uow, staff_id)
            if not actor.is_owner and not verify_pin(current_pin or "", staff.pin_hash):
                raise RefusedError("Your current PIN is wrong.", code=ErrorCode.WRONG_PIN)
            for other in uow.staff.active():
                if other.id != staff.id and verify_pin(new_pin, other.pin_hash):
                    raise RefusedError(
                        "Someone else already uses that PIN. Choose another.",
                        code=ErrorCode.INVALID_INPUT,
                    )
            staff.pin_hash = hash_pin(new_pin)
            _audit(uow, self._ctx, actor, "staff.pin", staff, {"self": staff.id == actor.staff_id})
            uow.commit()
            return _member(staff)


def _match(uow: UnitOfWork, pin: str) -> Staff | None:
    try:
        check_pin_format(pin)
    except InvalidInputError:
        return None
    # PINs are salted, so each staff member's hash is tried; a shop has a handful of staff.
    return next((s for s in uow.staff.active() if verify_pin(pin, s.pin_hash)), None)


def _staff(uow: UnitOfWork, staff_id: int) -> Staff:
    staff = uow.admin.staff_for_update(staff_id) if isinstance(staff_id, int) else None
    if staff is None:
        raise RefusedError("No such staff member.", code=ErrorCode.STAFF_NOT_FOUND)
    return staff


def _active_staff(uow: UnitOfWork, staff_id: int) -> Staff:
    staff = _staff(uow, staff_id)
    if not staff.active:
        raise RefusedError(
            "That staff member was removed and cannot sign in.", code=ErrorCode.STAFF_NOT_FOUND
        )
    return staff


def _keep_an_owner(uow: UnitOfWork, staff: Staff, doing: str) -> None:
    owners = uow.admin.active_owner_ids()
    if staff.role == Role.OWNER.value and owners == [staff.id]:
        raise RefusedError(
            f"You cannot {doing} the shop's last owner. Make someone else an owner first.",
            code=ErrorCode.LAST_OWNER,
        )


def _audit(
    uow: UnitOfWork,
    ctx: ServiceContext,
    actor: Actor,
    action: str,
    staff: Staff,
    details: dict[str, object],
) -> None:
    record_mutation(
        uow, at=ctx.now(), actor=actor, action=action,
        target_type="staff", target_id=str(staff.id), details=details,
    )  # fmt: skip


def _member(staff: Staff) -> StaffMember:
    return StaffMember(staff.id, staff.name, Role(staff.role), staff.active)


def _check_till(till: str) -> str:
    clean = (till or "").strip()
    if not clean or len(clean) > MAX_TILL or not clean.isprintable():
        raise InvalidInputError("A till name is 1 to 64 characters.")
    return clean
