"""Before new program rules are saved: what they touch, in words and figures, and a question
whose safe answer (Cancel) is the default."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from loyaltydesk.services.admin_dto import RulesChangePreview
from loyaltydesk.ui.formatting import Formatter
from loyaltydesk.ui.translation import TranslationContext, fill


class RulesPreview(TranslationContext):
    """Sentences of the preview of a rule change."""


def _customers(count: int) -> str:
    """ "12 customers", to go into a sentence that counts something else."""
    return RulesPreview.tr("%Ln customer(s)", "", count)


def preview_sentences(preview: RulesChangePreview, fmt: Formatter) -> list[str]:
    """The effect of the change, one sentence per kind of change, numbers in the shop's
    locale. The service's own ``message`` says the same in English only."""
    lines: list[str] = []
    if preview.expiry_changed:
        new, old = preview.new_expiry_months, preview.old_expiry_months
        now = (
            RulesPreview.tr("never expire")
            if new is None
            else RulesPreview.tr("expire after %Ln month(s)", "", new)
        )
        was = (
            RulesPreview.tr("never")
            if old is None
            else RulesPreview.tr("after %Ln month(s)", "", old)
        )
        lines.append(
            fill(RulesPreview.tr("Points earned from now on %1 (until now: %2)."), now, was)
        )
        holders = _customers(preview.customers_with_open_points)
        lines.append(
            fill(
                RulesPreview.tr(
                    "The %Ln point(s) earned before, held by %1, keep the expiry dates they have.",
                    "",
                    preview.open_points,
                ),
                holders,
            )
        )
        if preview.points_without_expiry:
            lines.append(
                fill(
                    RulesPreview.tr(
                        "%Ln of those points, held by %1, have no expiry date and keep none.",
                        "",
                        preview.points_without_expiry,
                    ),
                    _customers(preview.customers_without_expiry),
                )
            )
    if preview.rates_changed:
        active = _customers(preview.active_customers)
        lines.append(
            fill(
                RulesPreview.tr(
                    "The new earning rules apply from the next check-in: %1 checked in during the "
                    "last %Ln day(s).",
                    "",
                    preview.active_days,
                ),
                active,
            )
        )
    if "point_value" in preview.changed:
        off = RulesPreview.tr("nothing (paying with points is off)")
        before = off if preview.liability_before is None else fmt.money(preview.liability_before)
        after = off if preview.liability_after is None else fmt.money(preview.liability_after)
        lines.append(
            fill(
                RulesPreview.tr(
                    "The %Ln point(s) customers hold are worth %1 when paying with points, "
                    "instead of %2.",
                    "",
                    preview.outstanding_points,
                ),
                after,
                before,
            )
        )
    lines.append(RulesPreview.tr("Past ledger entries are never rewritten."))
    return lines


def confirm_rules_change(
    parent: QWidget, preview: RulesChangePreview, fmt: Formatter, changes: list[str]
) -> bool:
    """True only when the owner chose to save; Enter and Esc both keep the old rules.
    ``changes`` are every changed setting as "Label: before → after" (the shop's name too)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(RulesPreview.tr("Save the new rules?"))
    box.setText(
        RulesPreview.tr("You are changing:") + "\n" + "\n".join(f"• {line}" for line in changes)
    )
    box.setInformativeText("\n\n".join(preview_sentences(preview, fmt)))
    save = box.addButton(RulesPreview.tr("Save the new rules"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(RulesPreview.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.setAccessibleName(RulesPreview.tr("Save the new rules?"))
    box.exec()
    return box.clickedButton() is save
