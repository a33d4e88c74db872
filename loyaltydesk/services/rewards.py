"""The rewards catalog: listing, adding, editing and ordering rewards (owner only).

Past redemptions keep the points they cost: a change applies to the next redemption.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from loyaltydesk.domain.errors import ErrorCode, InvalidInputError, RefusedError
from loyaltydesk.domain.rewards import check_reward_cost, check_sort_order, clean_reward_title
from loyaltydesk.domain.staff import Actor, require_owner
from loyaltydesk.services.context import ServiceContext
from loyaltydesk.services.dto import RewardItem
from loyaltydesk.services.mutation_log import record_mutation
from loyaltydesk.store.models import Reward


class RewardService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def list_rewards(self, *, include_inactive: bool = False) -> tuple[RewardItem, ...]:
        with self._ctx.uow.read() as uow:
            return tuple(_item(r) for r in uow.rewards.catalog(active_only=not include_inactive))

    def add_reward(
        self, *, actor: Actor | None, title: str, cost: int, sort_order: int = 0
    ) -> RewardItem:
        """Owner only (``actor`` None only while setting up an empty shop)."""
        clean = clean_reward_title(title)
        check_reward_cost(cost)
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
            record_mutation(
                uow, at=self._ctx.now(), actor=actor, till="setup", action="reward.add",
                target_type="reward", target_id=str(reward.id), details={"cost": cost},
            )  # fmt: skip
            uow.commit()
            return _item(reward)

    def update_reward(
        self,
        *,
        actor: Actor,
        reward_id: int,
        title: str | None = None,
        cost: int | None = None,
        active: bool | None = None,
        sort_order: int | None = None,
    ) -> RewardItem:
        """Change a reward's title, cost, active flag or place. Owner only."""
        require_owner(actor, "change the rewards")
        changes: dict[str, Any] = {}
        if title is not None:
            changes["title"] = clean_reward_title(title)
        if cost is not None:
            changes["cost"] = check_reward_cost(cost)
        if active is not None:
            changes["active"] = bool(active)
        if sort_order is not None:
            changes["sort_order"] = check_sort_order(sort_order)
        with self._ctx.uow.write() as uow:
            reward = uow.rewards.get(reward_id)
            if reward is None:
                raise RefusedError("No such reward.", code=ErrorCode.REWARD_NOT_FOUND)
            for name, value in changes.items():
                setattr(reward, name, value)
            record_mutation(
                uow, at=self._ctx.now(), actor=actor, action="reward.update",
                target_type="reward", target_id=str(reward.id), details=changes,
            )  # fmt: skip
            uow.commit()
            return _item(reward)

    def reorder_rewards(self, *, actor: Actor, reward_ids: Sequence[int]) -> tuple[RewardItem, ...]:
        """Put the catalog in this order (every reward, active or not, exactly once)."""
        require_owner(actor, "change the rewards")
        order = list(reward_ids)
        with self._ctx.uow.write() as uow:
            rewards = {r.id: r for r in uow.rewards.catalog(active_only=False)}
            if sorted(order) != sorted(rewards) or len(set(order)) != len(order):
                raise InvalidInputError("List every reward exactly once to reorder the catalog.")
            for position, reward_id in enumerate(order):
                rewards[reward_id].sort_order = position
            record_mutation(
                uow, at=self._ctx.now(), actor=actor, action="reward.reorder",
                details={"order": order},
            )  # fmt: skip
            uow.commit()
            return tuple(_item(rewards[reward_id]) for reward_id in order)


def _item(reward: Reward) -> RewardItem:
    return RewardItem(reward.id, reward.title, reward.cost, reward.active, reward.sort_order)
