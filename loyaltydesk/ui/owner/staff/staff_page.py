"""Staff: who may sign in, as owner or cashier, and their PINs. Removing someone keeps their
name in the history; the shop always keeps one owner (the services refuse otherwise)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QWidget

from loyaltydesk.services.dto import StaffMember
from loyaltydesk.ui.dialogs.confirm import confirm_destructive
from loyaltydesk.ui.owner.base import OwnerContext
from loyaltydesk.ui.owner.staff.staff_dialog import StaffDialog, StaffValues, role_text
from loyaltydesk.ui.owner.widgets.calls import call
from loyaltydesk.ui.owner.widgets.pages import ListPage
from loyaltydesk.ui.owner.widgets.table import Column


class StaffPage(ListPage):
    def __init__(self, context: OwnerContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.add = self.action(
            self.tr("Add staff"), self.tr("Add a staff member (Ctrl+N)"), "primary"
        )
        self.edit = self.action(self.tr("Role or PIN"), self.tr("Change role or PIN (Enter)"))
        self.remove = self.action(self.tr("Remove"), self.tr("Remove from the staff"), "danger")
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
        self.members: tuple[StaffMember, ...] = ()
        self.build_list(
            search=self.tr("Search staff by name"),
            columns=columns,
            name=self.tr("Staff"),
            empty_text=self.tr("No staff found."),
            key=lambda m: m.staff_id,
            actions=(self.add, self.edit, self.remove),
        )
        self.lay_out(
            self.tr("Staff"),
            self.tr(
                "Everyone signs in with their own PIN. Five wrong PINs in a row lock "
                "sign-in at that till for a minute."
            ),
        )
        self.bind("Ctrl+N", self.add_staff)
        self.update_actions()

    def reload(self, then: Callable[[], None] | None = None) -> None:
        staff, actor = self.context.services.staff, self.context.actor
        query = self.search.query.casefold()

        def work() -> tuple[tuple[StaffMember, ...], tuple[StaffMember, ...]]:
            members = staff.list_all_staff(actor=actor)
            return members, tuple(m for m in members if query in m.name.casefold())

        def show(result: tuple[tuple[StaffMember, ...], tuple[StaffMember, ...]]) -> None:
            self.members, shown = result
            empty = None
            if self.search.query:
                empty = self.tr("No one on the staff is called “%1”.").replace(
                    "%1", self.search.query)  # fmt: skip
            self.table.set_records(shown, empty)
            fmt = self.context.fmt
            text = self.tr("%Ln person(s)", "", len(shown))
            active = sum(1 for m in self.members if m.active)
            self.count.setText(self.tr("%1 · %2 can sign in").replace("%1", text).replace(
                "%2", fmt.points(active)))  # fmt: skip
            self.update_actions()
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

    def open_record(self, record: StaffMember) -> None:
        self.edit_member(record)

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
        actor, admin = self.context.actor, self.context.services.staff

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
        actor, admin = self.context.actor, self.context.services.staff
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

    def update_actions(self) -> None:
        member = self.table.selected()
        active = member is not None and member.active
        self.edit.setEnabled(active)
        self.remove.setEnabled(active)
