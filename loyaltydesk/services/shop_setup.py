"""A shop's first start: settings, the first owner and the first reward, written in one go."""

from __future__ import annotations

from dataclasses import dataclass

from loyaltydesk.domain.errors import ErrorCode, InvalidInputError, RefusedError
from loyaltydesk.domain.pins import check_pin_format, hash_pin, verify_pin
from loyaltydesk.domain.program import (
    ShopSettings,
    settings_to_dict,
    validate_profile,
    validate_rules,
)
from loyaltydesk.domain.rewards import check_reward_cost, clean_reward_title
from loyaltydesk.domain.staff import MAX_NAME, Role, clean_staff_name
from loyaltydesk.services.context import ServiceContext
from loyaltydesk.services.mutation_log import record_mutation
from loyaltydesk.store.models import Reward, Staff

SETUP_TILL = "setup"


@dataclass(frozen=True, slots=True)
class ShopSetup:
    """What a person types on the setup page."""

    settings: ShopSettings
    owner_name: str
    owner_pin: str
    reward_title: str
    reward_cost: int


@dataclass(frozen=True, slots=True)
class SetupDone:
    shop_name: str
    owner_id: int
    replayed: bool = False


class ShopSetupService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def needs_setup(self) -> bool:
        """True while the database has no staff: nobody could sign in."""
        with self._ctx.uow.read() as uow:
            return not uow.staff.active()

    def set_up_shop(self, *, setup: ShopSetup) -> SetupDone:
        """Settings, owner and first reward in one transaction. Sending the same setup again
        (a double click, a retry after a lost reply) returns the first outcome; any other
        setup of a shop that already has staff is refused with SHOP_NOT_EMPTY."""
        settings = ShopSettings(
            validate_profile(setup.settings.profile), validate_rules(setup.settings.rules)
        )
        check_pin_format(setup.owner_pin)
        try:
            owner_name = clean_staff_name(setup.owner_name)
        except InvalidInputError:
            raise InvalidInputError(f"The owner's name is 1 to {MAX_NAME} characters.") from None
        title = clean_reward_title(setup.reward_title)
        cost = check_reward_cost(setup.reward_cost)
        with self._ctx.uow.write() as uow:
            existing = uow.staff.active()
            if existing:
                same = next(
                    (
                        s
                        for s in existing
                        if s.role == Role.OWNER.value
                        and s.name == owner_name
                        and verify_pin(setup.owner_pin, s.pin_hash)
                    ),
                    None,
                )
                if same is None or len(existing) != 1:
                    raise RefusedError(
                        "This database already holds a shop.", code=ErrorCode.SHOP_NOT_EMPTY
                    )
                return SetupDone(self._ctx.settings(uow).profile.name, same.id, replayed=True)
            now = self._ctx.now()
            self._ctx.save_settings(uow, settings)
            owner = Staff(
                name=owner_name,
                role=Role.OWNER.value,
                pin_hash=hash_pin(setup.owner_pin),
                created_at=now,
            )
            uow.staff.add(owner)
            reward = Reward(title=title, cost=cost, active=True, sort_order=0)
            uow.rewards.add(reward)
            uow.flush()
            for action, target_type, target_id, details in (
                ("settings.save", "", "", settings_to_dict(settings)),
                ("staff.add", "staff", str(owner.id), {"role": Role.OWNER.value}),
                ("reward.add", "reward", str(reward.id), {"cost": cost}),
            ):
                record_mutation(
                    uow,
                    at=now,
                    actor=None,
                    till=SETUP_TILL,
                    action=action,
                    target_type=target_type,
                    target_id=target_id,
                    details=details,
                )
            uow.commit()
            return SetupDone(settings.profile.name, owner.id)
