"""Who is at the till: roles and what each may do."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from loyaltydesk.domain.errors import ErrorCode, InvalidInputError, PermissionDeniedError

MAX_NAME = 80


class Role(StrEnum):
    OWNER = "OWNER"
    CASHIER = "CASHIER"


@dataclass(frozen=True, slots=True)
class Actor:
    """The signed-in staff member and the till they work at; carried by every mutation."""

    staff_id: int
    name: str
    role: Role
    till: str

    @property
    def is_owner(self) -> bool:
        return self.role is Role.OWNER


def require_owner(actor: Actor, action: str) -> None:
    if not actor.is_owner:
        raise PermissionDeniedError(
            f"Only an owner can {action}. Ask an owner to sign in.",
            code=ErrorCode.PERMISSION_DENIED,
        )


def clean_staff_name(name: str | None) -> str:
    """Whitespace collapsed; INVALID_INPUT unless 1 to MAX_NAME characters."""
    clean = " ".join((name or "").split())
    if not clean or len(clean) > MAX_NAME:
        raise InvalidInputError(f"A staff name is 1 to {MAX_NAME} characters.")
    return clean
