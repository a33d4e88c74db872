"""A new reward or a change to one: its title, cost in points and whether it is offered."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from loyaltydesk.domain.program import MAX_POINTS
from loyaltydesk.domain.rewards import MAX_TITLE
from loyaltydesk.services.dto import RewardItem
from loyaltydesk.ui.owner.widgets.fields import Field, WholeNumberEdit
from loyaltydesk.ui.owner.widgets.pages import RecordDialog


@dataclass(frozen=True)
class RewardValues:
    title: str
    cost: int
    active: bool


class RewardDialog(RecordDialog):
    """Save is enabled once the title is good and (when editing) something changed."""

    def __init__(self, reward: RewardItem | None, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("New reward") if reward is None else self.tr("Edit reward"),
            self.tr("Save"),
            self.tr("Save the reward"),
            440,
            parent,
        )
        self.reward = reward
        self.title = QLineEdit(reward.title if reward else "")
        self.title.setMaxLength(MAX_TITLE + 20)
        self.title.setPlaceholderText(self.tr("For example: Free coffee"))
        self.cost = WholeNumberEdit(self.tr("points"), 1, MAX_POINTS)
        self.cost.set_value(reward.cost if reward else 100)
        self.active = QCheckBox(self.tr("Offered at the counter"))
        self.active.setObjectName("AdminCheck")
        self.active.setChecked(reward.active if reward else True)
        self.active.setAccessibleName(self.tr("Offered at the counter"))
        self.title_field = Field(self.tr("Title"), self.title)
        self.cost_field = Field(
            self.tr("Cost"),
            self.cost,
            self.tr("A new cost applies from now on; past redemptions keep what they cost."),
        )
        self.form.addWidget(self.title_field)
        self.form.addWidget(self.cost_field)
        self.form.addWidget(self.active)
        self.finish()
        self.title.textChanged.connect(self._check)
        self.cost.textChanged.connect(self._check)
        self.active.toggled.connect(self._check)
        self._check()
        self.title.setFocus()

    def values(self) -> RewardValues:
        return RewardValues(
            " ".join(self.title.text().split()), self.cost.value() or 0, self.active.isChecked()
        )

    def _check(self) -> None:
        values = self.values()
        error = ""
        if not values.title:
            error = self.tr("Give the reward a title.")
        elif len(values.title) > MAX_TITLE:
            error = self.tr("A title is at most %1 characters.").replace("%1", str(MAX_TITLE))
        self.title_field.set_error(error if self.title.isModified() or values.title else "")
        cost_error = self.cost.problem()
        self.cost_field.set_error(cost_error)
        error = error or cost_error
        reward = self.reward
        changed = reward is None or values != RewardValues(reward.title, reward.cost, reward.active)
        self.save.setEnabled(not error and changed)
