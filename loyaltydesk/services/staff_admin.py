"""The owner's Staff page: everyone (also removed staff), removing, roles and PIN changes.

Removing deactivates: a removed member can no longer sign in, while the audit log and the
ledger keep naming them. The shop always keeps at least one active owner.
"""

from __future__ import annotations

from loyaltydesk.domain.errors import (
    ErrorCode,
    InvalidInputError,
    PermissionDeniedError,
    RefusedError,
)
from loyaltydesk.domain.pins import check_pin_format, hash_pin, verify_pin
from loyaltydesk.domain.staff import Actor, Role, require_owner
from loyaltydesk.services.context import ServiceContext
from loyaltydesk.services.dto import StaffMember
from loyaltydesk.store.models import Staff
from loyaltydesk.store.unit_of_work import UnitOfWork


class StaffAdminService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

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
    uow.audit.record(
        at=ctx.now(),
        staff_id=actor.staff_id,
        till=actor.till,
        action=action,
        target_type="staff",
        target_id=str(staff.id),
        details=details,
    )


def _member(staff: Staff) -> StaffMember:
    return StaffMember(staff.id, staff.name, Role(staff.role), staff.active)
