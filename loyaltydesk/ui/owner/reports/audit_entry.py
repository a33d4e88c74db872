"""An audit entry in words: what the action codes mean, its details in one line, and the
dialog that shows one entry in full."""

from __future__ import annotations

import json
from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.services.admin_dto import AuditRecord
from loyaltydesk.ui.formatting import Formatter
from loyaltydesk.ui.owner.program.settings_words import change_line, setting_label
from loyaltydesk.ui.translation import TranslationContext

_ACTIONS = {
    "staff.sign_in": QT_TRANSLATE_NOOP("AuditEntryWords", "Signed in"),
    "staff.wrong_pin": QT_TRANSLATE_NOOP("AuditEntryWords", "Wrong PIN typed"),
    "staff.add": QT_TRANSLATE_NOOP("AuditEntryWords", "Added a staff member"),
    "staff.remove": QT_TRANSLATE_NOOP("AuditEntryWords", "Removed a staff member"),
    "staff.role": QT_TRANSLATE_NOOP("AuditEntryWords", "Changed a role"),
    "staff.pin": QT_TRANSLATE_NOOP("AuditEntryWords", "Changed a PIN"),
    "staff.owner_pin_refused": QT_TRANSLATE_NOOP(
        "AuditEntryWords", "Cashier PIN refused for owner access"
    ),
    "settings.save": QT_TRANSLATE_NOOP("AuditEntryWords", "Saved the settings"),
    "settings.logo": QT_TRANSLATE_NOOP("AuditEntryWords", "Changed the logo"),
    "settings.logo_clear": QT_TRANSLATE_NOOP("AuditEntryWords", "Removed the logo"),
    "reward.add": QT_TRANSLATE_NOOP("AuditEntryWords", "Added a reward"),
    "reward.update": QT_TRANSLATE_NOOP("AuditEntryWords", "Changed a reward"),
    "reward.reorder": QT_TRANSLATE_NOOP("AuditEntryWords", "Reordered the rewards"),
    "backup.create": QT_TRANSLATE_NOOP("AuditEntryWords", "Backed up"),
    "backup.daily": QT_TRANSLATE_NOOP("AuditEntryWords", "Daily backup"),
    "backup.restore": QT_TRANSLATE_NOOP("AuditEntryWords", "Restored a backup"),
    "points.check_in": QT_TRANSLATE_NOOP("AuditEntryWords", "Check-in"),
    "points.redeem_reward": QT_TRANSLATE_NOOP("AuditEntryWords", "Redeemed a reward"),
    "points.pay_with_points": QT_TRANSLATE_NOOP("AuditEntryWords", "Paid with points"),
    "points.adjust": QT_TRANSLATE_NOOP("AuditEntryWords", "Adjusted points"),
    "points.void": QT_TRANSLATE_NOOP("AuditEntryWords", "Voided"),
    "points.expire": QT_TRANSLATE_NOOP("AuditEntryWords", "Points expired"),
    "customer.register": QT_TRANSLATE_NOOP("AuditEntryWords", "Registered a customer"),
    "customer.update_profile": QT_TRANSLATE_NOOP("AuditEntryWords", "Changed a customer"),
    "customer.block": QT_TRANSLATE_NOOP("AuditEntryWords", "Blocked a customer"),
    "customer.unblock": QT_TRANSLATE_NOOP("AuditEntryWords", "Unblocked a customer"),
    "customer.merge": QT_TRANSLATE_NOOP("AuditEntryWords", "Merged customers"),
    "customer.erase": QT_TRANSLATE_NOOP("AuditEntryWords", "Erased a customer"),
    "customer.export_data": QT_TRANSLATE_NOOP("AuditEntryWords", "Exported a customer's data"),
    "customer.import": QT_TRANSLATE_NOOP("AuditEntryWords", "Imported customers"),
    "vouchers.create_batch": QT_TRANSLATE_NOOP("AuditEntryWords", "Created vouchers"),
    "vouchers.redeem": QT_TRANSLATE_NOOP("AuditEntryWords", "Redeemed a voucher"),
    "vouchers.void": QT_TRANSLATE_NOOP("AuditEntryWords", "Voided a voucher"),
    "vouchers.void_batch": QT_TRANSLATE_NOOP("AuditEntryWords", "Voided a voucher batch"),
    "customers.export": QT_TRANSLATE_NOOP("AuditEntryWords", "Exported the customer list"),
    "ledger.export": QT_TRANSLATE_NOOP("AuditEntryWords", "Exported the points history"),
    "sync.setup": QT_TRANSLATE_NOOP("AuditEntryWords", "Set up sync with a loyalty service"),
    "sync.disconnect": QT_TRANSLATE_NOOP("AuditEntryWords", "Turned sync off"),
    "sync.resume": QT_TRANSLATE_NOOP("AuditEntryWords", "Started sync again after a pause"),
    "sync.retry_problem": QT_TRANSLATE_NOOP(
        "AuditEntryWords", "Sent an entry that had failed to sync again"
    ),
    "sync.dismiss_problem": QT_TRANSLATE_NOOP(
        "AuditEntryWords", "Set aside an entry that could not be synced"
    ),
}


class AuditEntryWords(TranslationContext):
    """Sentences of the audit log: actions and their details."""


def action_text(action: str) -> str:
    """Plain words for an action code; an unknown code is shown as it is."""
    words = _ACTIONS.get(action)
    return AuditEntryWords.tr(words) if words else action


_GROUPS = {
    "staff.": QT_TRANSLATE_NOOP("AuditEntryWords", "All staff and sign-in entries"),
    "settings.": QT_TRANSLATE_NOOP("AuditEntryWords", "All settings changes"),
    "reward.": QT_TRANSLATE_NOOP("AuditEntryWords", "All reward changes"),
    "points.": QT_TRANSLATE_NOOP("AuditEntryWords", "All points (check-ins, rewards, voids…)"),
    "customer.": QT_TRANSLATE_NOOP("AuditEntryWords", "All customer changes"),
    "vouchers.": QT_TRANSLATE_NOOP("AuditEntryWords", "All voucher entries"),
    "backup.": QT_TRANSLATE_NOOP("AuditEntryWords", "All backups"),
    "sync.": QT_TRANSLATE_NOOP("AuditEntryWords", "All sync entries"),
    "customers.": QT_TRANSLATE_NOOP("AuditEntryWords", "All exports of the customer list"),
    "ledger.": QT_TRANSLATE_NOOP("AuditEntryWords", "All exports of the points history"),
}


def group_text(prefix: str) -> str:
    """Words for a group of actions ("staff." → "All staff and sign-in entries")."""
    words = _GROUPS.get(prefix)
    return (
        AuditEntryWords.tr(words)
        if words
        else AuditEntryWords.tr("All %1").replace("%1", prefix.rstrip("."))
    )


def who_text(record: AuditRecord) -> str:
    return record.staff_name or AuditEntryWords.tr("System")


def when_text(record: AuditRecord, fmt: Formatter) -> str:
    return f"{fmt.date(record.at)} {fmt.time(record.at)}"


_TARGETS = {
    "reward": QT_TRANSLATE_NOOP("AuditEntryWords", "reward no. %1"),
    "staff": QT_TRANSLATE_NOOP("AuditEntryWords", "staff member no. %1"),
    "batch": QT_TRANSLATE_NOOP("AuditEntryWords", "voucher batch no. %1"),
    "voucher_batch": QT_TRANSLATE_NOOP("AuditEntryWords", "voucher batch no. %1"),
    "sync": QT_TRANSLATE_NOOP("AuditEntryWords", "the service %1"),
}
#: Details that are references between records, not something an owner reads.
_HIDDEN = {"transaction_id", "sha256", "ref_code", "operation_id"}
_ROLES = {
    "OWNER": QT_TRANSLATE_NOOP("AuditEntryWords", "owner"),
    "CASHIER": QT_TRANSLATE_NOOP("AuditEntryWords", "cashier"),
}


def target_text(record: AuditRecord, staff_names: Mapping[int, str]) -> str:
    """What the action was about: a staff member or a customer by name, else "reward no. 3"."""
    if record.target_type == "staff" and record.target_id.isdigit():
        return staff_names.get(int(record.target_id), record.target_id)
    if record.target_type == "customer":
        return record.target_name or AuditEntryWords.tr("a customer whose data was erased")
    if not record.target_id:
        return ""
    words = _TARGETS.get(record.target_type)
    if words:
        return AuditEntryWords.tr(words).replace("%1", record.target_id)
    return f"{record.target_type} {record.target_id}".strip()


def _detail(key: str, value: object, fmt: Formatter) -> str:
    if key == "points" and isinstance(value, int):
        # the sign goes with the number: %1 is the signed count, the form follows its size
        said = AuditEntryWords.tr("%1 point(s)", "", abs(value))
        return said.replace("%1", fmt.signed_points(value))
    if key == "role":
        role = _ROLES.get(str(value))
        return AuditEntryWords.tr("as %1").replace(
            "%1", AuditEntryWords.tr(role) if role else str(value)
        )
    if key == "rows" and isinstance(value, int):
        return AuditEntryWords.tr("%Ln row(s)", "", value)
    if key == "cost" and isinstance(value, int):
        return AuditEntryWords.tr("costs %Ln point(s)", "", value)
    shown = value if isinstance(value, str | int | float) else json.dumps(value)
    return f"{setting_label(key)}: {shown}"


def details_text(record: AuditRecord, staff_names: Mapping[int, str], fmt: Formatter) -> str:
    """The target and the details on one line: "Ana Lim · as cashier", "Spend for 1 point:
    RM1.00 → RM2.00"."""
    if record.action == "settings.save":
        if not record.changes:
            return AuditEntryWords.tr("The shop's first settings") if record.till == "setup" else ""
        return " · ".join(change_line(k, old, new, fmt) for k, old, new in record.changes)
    target = target_text(record, staff_names)
    parts: list[str] = [target] if target else []
    for key, value in record.details.items():
        if key not in _HIDDEN:
            parts.append(_detail(key, value, fmt))
    return " · ".join(str(part) for part in parts)


class AuditEntryDialog(QDialog):
    """One entry in full, its details as they were recorded."""

    def __init__(
        self,
        record: AuditRecord,
        fmt: Formatter,
        staff_names: Mapping[int, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit entry"))
        self.setMinimumWidth(560)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(8)
        rows = (
            (self.tr("When"), when_text(record, fmt)),
            (self.tr("Who"), who_text(record)),
            (self.tr("Till"), record.till),
            (self.tr("What"), action_text(record.action)),
            (self.tr("About"), target_text(record, staff_names) or "—"),
        )
        for row, (label, value) in enumerate(rows):
            name = QLabel(label)
            name.setObjectName("FieldLabel")
            shown = QLabel(value)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setAccessibleName(label)
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(shown, row, 1)
        grid.setColumnStretch(1, 1)
        lines = details_text(record, staff_names, fmt).split(" · ")
        details = QPlainTextEdit(
            "\n".join(line for line in lines if line) or self.tr("No details.")
        )
        details.setReadOnly(True)
        details.setAccessibleName(self.tr("Details"))
        details.setMinimumHeight(120)
        close = QPushButton(self.tr("Close"))
        close.setProperty("role", "primary")
        close.setDefault(True)
        close.setAccessibleName(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        layout.addLayout(grid)
        label = QLabel(self.tr("Details"))
        label.setObjectName("FieldLabel")
        layout.addWidget(label)
        layout.addWidget(details)
        layout.addLayout(buttons)
