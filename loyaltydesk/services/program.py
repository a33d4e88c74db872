"""The shop's settings (profile and program rules); the rewards catalog is services/rewards.py."""

from __future__ import annotations

from loyaltydesk.domain.errors import ErrorCode, RefusedError
from loyaltydesk.domain.program import (
    ShopSettings,
    settings_to_dict,
    validate_profile,
    validate_rules,
)
from loyaltydesk.domain.staff import Actor, require_owner
from loyaltydesk.services.context import ServiceContext
from loyaltydesk.services.mutation_log import record_mutation


class ProgramService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def get_settings(self) -> ShopSettings:
        with self._ctx.uow.read() as uow:
            return self._ctx.settings(uow)

    def is_set_up(self) -> bool:
        """Whether the shop has settings (an empty database has none yet)."""
        with self._ctx.uow.read() as uow:
            return uow.settings.get("shop") is not None

    def save_settings(self, *, actor: Actor | None, settings: ShopSettings) -> ShopSettings:
        """Owner only (``actor`` None only while setting up an empty shop). Past ledger entries
        are never rewritten: new rules apply from now on."""
        checked = ShopSettings(validate_profile(settings.profile), validate_rules(settings.rules))
        with self._ctx.uow.write() as uow:
            first_time = uow.settings.get("shop") is None
            if actor is None and not first_time:
                raise RefusedError(
                    "Only an owner can change the settings.", code=ErrorCode.PERMISSION_DENIED
                )
            if actor is not None:
                require_owner(actor, "change the settings")
            now = self._ctx.now()
            self._ctx.save_settings(uow, checked)
            record_mutation(
                uow, at=now, actor=actor, till="setup", action="settings.save",
                details=settings_to_dict(checked),
            )  # fmt: skip
            uow.commit()
            return checked
