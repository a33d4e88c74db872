"""The rewards catalog: what customers redeem points for, its cost, whether it is offered, and
the order the counter lists it in."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QWidget

from loyaltydesk.services.dto import RewardItem
from loyaltydesk.ui.owner.base import OwnerContext
from loyaltydesk.ui.owner.program.reward_dialog import RewardDialog, RewardValues
from loyaltydesk.ui.owner.widgets.calls import call
from loyaltydesk.ui.owner.widgets.pages import ListPage
from loyaltydesk.ui.owner.widgets.table import Column

Catalog = tuple[tuple[RewardItem, ...], tuple[RewardItem, ...]]


class RewardsPage(ListPage):
    def __init__(self, context: OwnerContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.catalog: tuple[RewardItem, ...] = ()
        fmt = context.fmt
        self.new = self.action(self.tr("New reward"), self.tr("Add a reward (Ctrl+N)"), "primary")
        self.edit = self.action(self.tr("Edit"), self.tr("Edit the reward (Enter)"))
        self.toggle = self.action(self.tr("Stop offering"), self.tr("Offer it or stop offering"))
        self.up = self.action(self.tr("Move up"), self.tr("Move up in the list (Alt+Up)"))
        self.down = self.action(self.tr("Move down"), self.tr("Move down in the list (Alt+Down)"))
        self.new.clicked.connect(self.add_reward)
        self.edit.clicked.connect(self.edit_selected)
        self.toggle.clicked.connect(self.toggle_selected)
        self.up.clicked.connect(lambda: self.move_selected(-1))
        self.down.clicked.connect(lambda: self.move_selected(1))
        columns = [
            Column(self.tr("Position"), lambda r: fmt.points(self._position(r)),
                   lambda r: self._position(r), right=True),
            Column(self.tr("Reward"), lambda r: r.title, lambda r: r.title.casefold(),
                   stretch=True),
            Column(self.tr("Cost"), lambda r: self.tr("%Ln point(s)", "", r.cost),
                   lambda r: r.cost, right=True),
            Column(self.tr("Offered"), lambda r: self.tr("Yes") if r.active else self.tr("No")),
        ]  # fmt: skip
        self.build_list(
            search=self.tr("Search rewards"),
            columns=columns,
            name=self.tr("Rewards"),
            empty_text=self.tr("No rewards yet — add one with New reward."),
            key=lambda r: r.reward_id,
            actions=(self.new, self.edit, self.toggle, self.up, self.down),
        )
        self.lay_out(
            self.tr("Rewards"),
            self.tr(
                "What customers can redeem their points for. The counter offers them in "
                "this order and numbers them 1 to 9."
            ),
        )
        self.bind("Ctrl+N", self.add_reward)
        self.bind("Alt+Up", lambda: self.move_selected(-1))
        self.bind("Alt+Down", lambda: self.move_selected(1))
        self.update_actions()

    # -- loading -----------------------------------------------------------------------------

    def reload(self, then: Callable[[], None] | None = None) -> None:
        rewards, query = self.context.services.rewards, self.search.query.casefold()

        def work() -> Catalog:
            every = tuple(
                sorted(
                    rewards.list_rewards(include_inactive=True),
                    key=lambda r: (r.sort_order, r.reward_id),
                )
            )
            return every, tuple(r for r in every if query in r.title.casefold())

        def show(result: Catalog) -> None:
            self._show(result)
            if then is not None:
                then()

        call(self, self.banner, work, show)

    def _show(self, result: Catalog) -> None:
        self.catalog, shown = result
        empty = None
        if self.search.query:
            empty = self.tr("No reward matches “%1”.").replace("%1", self.search.query)
        elif not self.catalog:
            empty = self.tr("No rewards yet — add one with New reward.")
        self.table.set_records(shown, empty)
        fmt = self.context.fmt
        text = self.tr("%Ln reward(s)", "", len(shown))
        if len(shown) != len(self.catalog):
            text = self.tr("%1 of %Ln reward(s)", "", len(self.catalog)).replace(
                "%1", fmt.points(len(shown)))  # fmt: skip
        self.count.setText(text)
        self.update_actions()

    # -- editing -----------------------------------------------------------------------------

    def add_reward(self) -> None:
        dialog = RewardDialog(None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values, actor = dialog.values(), self.context.actor
        rewards = self.context.services.rewards
        position = max((r.sort_order for r in self.catalog), default=-1) + 1

        def work() -> RewardItem:
            item = rewards.add_reward(
                actor=actor, title=values.title, cost=values.cost, sort_order=position
            )
            if not values.active:
                item = rewards.update_reward(actor=actor, reward_id=item.reward_id, active=False)
            return item

        call(self, self.banner, work, lambda item: self._saved(item, self.tr("%1 added.")),
             write=True)  # fmt: skip

    def edit_selected(self) -> None:
        reward = self.table.selected()
        if reward is not None:
            self.edit_reward(reward)

    def open_record(self, record: RewardItem) -> None:
        self.edit_reward(record)

    def edit_reward(self, reward: RewardItem) -> None:
        dialog = RewardDialog(reward, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._update(reward, dialog.values(), self.tr("%1 saved."))

    def toggle_selected(self) -> None:
        reward = self.table.selected()
        if reward is None:
            return
        values = RewardValues(reward.title, reward.cost, not reward.active)
        message = self.tr("%1 is offered again.") if values.active else self.tr(
            "%1 is no longer offered. Past redemptions stay in the history.")  # fmt: skip
        self._update(reward, values, message)

    def _update(self, reward: RewardItem, values: RewardValues, message: str) -> None:
        actor, rewards = self.context.actor, self.context.services.rewards

        def work() -> RewardItem:
            return rewards.update_reward(
                actor=actor,
                reward_id=reward.reward_id,
                title=values.title if values.title != reward.title else None,
                cost=values.cost if values.cost != reward.cost else None,
                active=values.active if values.active != reward.active else None,
            )

        call(self, self.banner, work, lambda item: self._saved(item, message), write=True)

    def move_selected(self, step: int) -> None:
        reward = self.table.selected()
        order = [r.reward_id for r in self.catalog]
        if reward is None or reward.reward_id not in order:
            return
        here = order.index(reward.reward_id)
        there = here + step
        if not 0 <= there < len(order):
            return
        order[here], order[there] = order[there], order[here]
        actor, rewards = self.context.actor, self.context.services.rewards
        call(
            self,
            self.banner,
            lambda: rewards.reorder_rewards(actor=actor, reward_ids=order),
            lambda _items: self.reload(lambda: self._reselect(reward.reward_id)),
            write=True,
        )

    def _saved(self, item: RewardItem, message: str) -> None:
        self.banner.show_message(message.replace("%1", item.title), "ok")
        self.reload(lambda: self._reselect(item.reward_id))

    def _reselect(self, reward_id: int) -> None:
        self.table.select(lambda r: r.reward_id == reward_id)
        self.table.view.setFocus()

    # -- plumbing ----------------------------------------------------------------------------

    def _position(self, reward: RewardItem) -> int:
        ids = [r.reward_id for r in self.catalog]
        return ids.index(reward.reward_id) + 1 if reward.reward_id in ids else 0

    def update_actions(self) -> None:
        reward = self.table.selected()
        ids = [r.reward_id for r in self.catalog]
        here = ids.index(reward.reward_id) if reward is not None else -1
        for button in (self.edit, self.toggle):
            button.setEnabled(reward is not None)
        self.up.setEnabled(here > 0)
        self.down.setEnabled(0 <= here < len(ids) - 1)
        offered = reward is None or reward.active
        self.toggle.setText(self.tr("Stop offering") if offered else self.tr("Offer again"))
