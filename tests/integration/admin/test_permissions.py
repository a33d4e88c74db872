"""A cashier calling any owner service gets PERMISSION_DENIED, and nothing is written."""

from __future__ import annotations

from datetime import date

import pytest

from loyaltydesk.domain.errors import ErrorCode, LoyaltyError
from loyaltydesk.domain.staff import Role
from tests.integration.admin.test_settings_admin import png


def owner_calls(services, tmp_path):
    rules = services.program.get_settings().rules
    return {
        "period_report": lambda a: services.reports.period_report(
            actor=a, date_from=date(2026, 3, 1), date_to=date(2026, 3, 31)
        ),
        "preview_rules_change": lambda a: services.settings_admin.preview_rules_change(
            actor=a, new_rules=rules
        ),
        "update_reward": lambda a: services.rewards.update_reward(actor=a, reward_id=1, cost=1),
        "reorder_rewards": lambda a: services.rewards.reorder_rewards(
            actor=a, reward_ids=[3, 2, 1]
        ),
        "set_logo": lambda a: services.settings_admin.set_logo(actor=a, data=png(2, 2)),
        "clear_logo": lambda a: services.settings_admin.clear_logo(actor=a),
        "list_all_staff": lambda a: services.staff.list_all_staff(actor=a),
        "remove_staff": lambda a: services.staff.remove_staff(actor=a, staff_id=1),
        "change_role": lambda a: services.staff.change_role(actor=a, staff_id=2, role=Role.OWNER),
        "change_pin_of_another": lambda a: services.staff.change_pin(
            actor=a, staff_id=1, new_pin="9876", current_pin="1234"
        ),
        "list_audit": lambda a: services.audit.list_audit(actor=a),
        "count_audit": lambda a: services.audit.count_audit(actor=a),
        "audit_filter_choices": lambda a: services.audit.audit_filter_choices(actor=a),
        "back_up_now": lambda a: services.backups.back_up_now(actor=a, target=tmp_path),
        "check_backup": lambda a: services.backups.check_backup(actor=a, path=tmp_path / "x"),
        "restore_backup": lambda a: services.backups.restore_backup(
            actor=a, path=tmp_path / "x", confirm=True
        ),
    }


CALLS = [
    "period_report", "preview_rules_change", "update_reward", "reorder_rewards", "set_logo",
    "clear_logo", "list_all_staff", "remove_staff", "change_role", "change_pin_of_another",
    "list_audit", "count_audit", "audit_filter_choices", "back_up_now", "check_backup",
    "restore_backup",
]  # fmt: skip


@pytest.mark.parametrize("name", CALLS)
def test_cashier_is_refused(services, owner, cashier, tmp_path, name) -> None:
    out = tmp_path / "out"
    out.mkdir()
    calls = owner_calls(services, out)
    assert sorted(calls) == sorted(CALLS)
    before = services.audit.count_audit(actor=owner)
    with pytest.raises(LoyaltyError) as caught:
        calls[name](cashier)
    assert caught.value.code == ErrorCode.PERMISSION_DENIED
    assert services.audit.count_audit(actor=owner) == before
    assert list(out.iterdir()) == []
    assert not (tmp_path / "backups").exists()
