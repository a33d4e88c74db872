"""Staff: who may sign in, as owner or cashier, and their PINs. Removing someone keeps their
name in the history; the shop always keeps one owner (the services refuse otherwise)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from loyaltydesk.services.dto import StaffMember
from loyaltydesk.ui.counter.banner import ResultBanner
from loyaltydesk.ui.dialogs.confirm import confirm_destructive
from loyaltydesk.ui.owner.base import OwnerContext, OwnerPage
from loyaltydesk.ui.owner.staff.staff_dialog import StaffDialog, StaffValues, role_text
from loyaltydesk.ui.owner.widgets.widgets_admin import (
    Column,
    RecordsTable,
    SearchBox,
    call,
    count_text,
    page_header,
)


class StaffPage(OwnerPage):
    def __init__(self, context: OwnerContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.search = SearchBox(self.tr("Search staff by name"))
        self.search.search_changed.connect(lambda _text: self.reload())
        self.add = self._button(self.tr("Add staff"), self.tr("Add a staff member (Ctrl+N)"))
        self.add.setProperty("role", "primary")
        self.edit = self._button(self.tr("Role or PIN"), self.tr("Change role or PIN (Enter)"))
        self.remove = self._button(self.tr("Remove"), self.tr("Remove from the staff"))
        self.remove.setProperty("role", "danger")
        self.remove.setObjectName("AdminDanger")
        self.add.clicked.connect(self.add_staff)
        self.edit.clicked.connect(self.edit_selected)
        self.remove.clicked.connect(self.remove_selected)
        you = context.actor.staff_id
        columns = [
            Column(self.tr("Name"), lambda m: m.name + (self.tr(" (you)") if m.staff_id == you
                   else ""), lambda m: m.name.casefold()),
            Column(self.tr("Role"), lambda m: role_text(m.role)),
            Column(self.tr("Status"), lambda m: self.tr("Can sign in") if m.active
                   else self.tr("Removed")),
        ]  # fmt: skip
        self.table = RecordsTable(
            columns,
            self.tr("Staff"),
            self.tr("No staff found."),
            key=lambda m: m.staff_id,
        )
        self.table.opened.connect(self.edit_member)
        self.table.selection_changed.connect(self._update_buttons)
        self.banner = ResultBanner()
        self.count = QLabel()
        self.count.setObjectName("Muted")
        self.members: tuple[StaffMember, ...] = ()

        tools = QHBoxLayout()
        tools.setSpacing(8)
        tools.addWidget(self.search, 1)
        for button in (self.add, self.edit, self.remove):
            tools.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(
            page_header(
                self.tr("Staff"),
                self.tr(
                    "Everyone signs in with their own PIN. Five wrong PINs in a row lock "
                    "sign-in at that till for a minute."
                ),
            )
        )
        layout.addLayout(tools)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        shortcut = QShortcut(QKeySequence("Ctrl+N"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.add_staff)
        self._update_buttons()

    def activate(self) -> None:
        self.banner.clear()
        self.reload()

    def reload(self, then: Callable[[], None] | None = None) -> None:
        admin, actor = self.context.services.staff_admin, self.context.actor
        query = self.search.query.casefold()

        def work() -> tuple[tuple[StaffMember, ...], tuple[StaffMember, ...]]:
            members = admin.list_all_staff(actor=actor)
            return members, tuple(m for m in members if query in m.name.casefold())

        def show(result: tuple[tuple[StaffMember, ...], tuple[StaffMember, ...]]) -> None:
            self.members, shown = result
            empty = None
            if self.search.query:
                empty = self.tr("No one on the staff is called “%1”.").replace(
                    "%1", self.search.query)  # fmt: skip
            self.table.set_records(shown, empty)
            fmt = self.context.fmt
            text = count_text(len(shown), self.tr("1 person"), self.tr("%1 people"), fmt.points)
            active = sum(1 for m in self.members if m.active)
            self.count.setText(self.tr("%1 · %2 can sign in").replace("%1", text).replace(
                "%2", fmt.points(active)))  # fmt: skip
            self._update_buttons()
            if then is not None:
                then()

        call(self, self.banner, work, show)

    def add_staff(self) -> None:
        dialog = StaffDialog(None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values, actor, staff = dialog.values(), self.context.actor, self.context.services.staff
        call(
            self,
            self.banner,
            lambda: staff.add_staff(
                actor=actor, name=values.name, role=values.role, pin=values.pin
            ),
            lambda member: self._done(member, self.tr("%1 can now sign in with their PIN.")),
            write=True,
        )

    def edit_selected(self) -> None:
        member = self.table.selected()
        if member is not None:
            self.edit_member(member)

    def edit_member(self, member: StaffMember) -> None:
        if not member.active:
            self.banner.show_message(
                self.tr("%1 was removed and cannot sign in any more.").replace("%1", member.name),
                "info",
            )
            return
        dialog = StaffDialog(member, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._change(member, dialog.values())

    def _change(self, member: StaffMember, values: StaffValues) -> None:
        actor, admin = self.context.actor, self.context.services.staff_admin

        def work() -> StaffMember:
            result = member
            if values.role is not member.role:
                result = admin.change_role(actor=actor, staff_id=member.staff_id, role=values.role)
            if values.pin:
                result = admin.change_pin(actor=actor, staff_id=member.staff_id, new_pin=values.pin)
            return result

        if values.pin and values.role is not member.role:
            message = self.tr("%1: role and PIN changed.")
        elif values.pin:
            message = self.tr("%1: PIN changed. The old PIN no longer works.")
        else:
            message = self.tr("%1 is now %2.").replace("%2", role_text(values.role))
        call(self, self.banner, work, lambda m: self._done(m, message), write=True)

    def remove_selected(self) -> None:
        member = self.table.selected()
        if member is None or not member.active:
            return
        asked = confirm_destructive(
            self,
            self.tr("Remove %1?").replace("%1", member.name),
            self.tr(
                "%1 will no longer be able to sign in. The history and the audit log keep "
                "their name. This cannot be undone here: to let them back in, add them again "
                "with a new PIN."
            ).replace("%1", member.name),
            self.tr("Remove %1").replace("%1", member.name),
        )
        if not asked:
            return
        actor, admin = self.context.actor, self.context.services.staff_admin
        call(
            self,
            self.banner,
            lambda: admin.remove_staff(actor=actor, staff_id=member.staff_id),
            lambda m: self._done(m, self.tr("%1 was removed and can no longer sign in.")),
            write=True,
        )

    def _done(self, member: StaffMember, message: str) -> None:
        self.banner.show_message(message.replace("%1", member.name), "ok")
        self.reload(lambda: self.table.select(lambda m: m.staff_id == member.staff_id))

    def _update_buttons(self) -> None:
        member = self.table.selected()
        active = member is not None and member.active
        self.edit.setEnabled(active)
        self.remove.setEnabled(active)

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(text)
        return button
