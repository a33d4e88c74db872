"""The shop's settings and rewards catalog."""

from __future__ import annotations

from loyaltydesk.domain.errors import ErrorCode, InvalidInputError, RefusedError
from loyaltydesk.domain.program import (
    MAX_POINTS,
    ShopSettings,
    settings_to_dict,
    validate_profile,
    validate_rules,
)
from loyaltydesk.domain.staff import Actor, require_owner
from loyaltydesk.services.context import ServiceContext
from loyaltydesk.services.dto import RewardItem
from loyaltydesk.store.models import Reward


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
            uow.audit.record(
                at=now,
                staff_id=actor.staff_id if actor else None,
                till=actor.till if actor else "setup",
                action="settings.save",
                details=settings_to_dict(checked),
            )
            uow.commit()
            return checked

    def list_rewards(self, *, include_inactive: bool = False) -> tuple[RewardItem, ...]:
        with self._ctx.uow.read() as uow:
            rows = uow.rewards.catalog(active_only=not include_inactive)
            return tuple(RewardItem(r.id, r.title, r.cost, r.active, r.sort_order) for r in rows)

    def add_reward(
        self, *, actor: Actor | None, title: str, cost: int, sort_order: int = 0
    ) -> RewardItem:
        """Owner only (``actor`` None only while setting up an empty shop)."""
        clean = " ".join((title or "").split())
        if not clean or len(clean) > 80:
            raise InvalidInputError("A reward title is 1 to 80 characters.")
        if isinstance(cost, bool) or not isinstance(cost, int) or not 0 < cost <= MAX_POINTS:
            raise InvalidInputError(
                "A reward costs a whole number of points above 0.", code=ErrorCode.INVALID_POINTS
            )
        with self._ctx.uow.write() as uow:
            if actor is not None:
                require_owner(actor, "change the rewards")
            elif uow.staff.active():
                raise RefusedError(
                    "Only an owner can change the rewards.", code=ErrorCode.PERMISSION_DENIED
                )
            reward = Reward(title=clean, cost=cost, active=True, sort_order=sort_order)
            uow.rewards.add(reward)
            uow.flush()
            uow.audit.record(
                at=self._ctx.now(),
                staff_id=actor.staff_id if actor else None,
                till=actor.till if actor else "setup",
                action="reward.add",
                target_type="reward",
                target_id=str(reward.id),
                details={"cost": cost},
            )
            uow.commit()
            return RewardItem(
                reward.id, reward.title, reward.cost, reward.active, reward.sort_order
            )
