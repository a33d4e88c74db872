"""Audit log viewer: staff names, filters, paging."""

from __future__ import annotations

from datetime import UTC, date, datetime

from tests.integration.admin.history import build_history


def test_filters_and_names(services, owner, cashier, clock) -> None:
    build_history(services, owner, cashier, clock)
    audit = services.audit
    everything = audit.list_audit(actor=owner, limit=1000)
    assert everything.total == len(everything.entries) == audit.count_audit(actor=owner)
    names = {(e.staff_id, e.staff_name) for e in everything.entries}
    assert (1, "Olive Owner") in names
    assert (2, "Cass Cashier") in names
    assert (None, "") in names  # the first set-up has no signed-in staff
    newest_first = [e.at for e in everything.entries]
    assert newest_first == sorted(newest_first, reverse=True)

    adjustments = audit.list_audit(actor=owner, action_prefix="points.adjust")
    assert adjustments.total == 2
    assert {e.staff_name for e in adjustments.entries} == {"Olive Owner"}
    registered = audit.list_audit(actor=owner, action_prefix="customer.", staff_id=2)
    assert registered.total == 3
    assert audit.list_audit(actor=owner, staff_id=2, action_prefix="points.adjust").total == 0
    assert audit.list_audit(actor=owner, till="Till 9").total == 0
    assert audit.list_audit(actor=owner, action_prefix="%").total == 0  # LIKE is escaped

    # Local dates: 10 March in Kuala Lumpur is 9 Mar 16:00 .. 10 Mar 16:00 UTC.
    tenth = audit.list_audit(actor=owner, since=date(2026, 3, 10), until=date(2026, 3, 10))
    assert {"staff.add", "customer.register", "points.check_in"} <= {
        e.action for e in tenth.entries
    }
    # Thursday 00:30 in KL is still Wednesday in UTC: only the local date counts.
    twelfth = audit.list_audit(actor=owner, since=date(2026, 3, 12), until=date(2026, 3, 12))
    assert [e.action for e in twelfth.entries] == ["points.check_in"]
    assert twelfth.entries[0].staff_name == "Cass Cashier"
    instant = audit.list_audit(actor=owner, since=datetime(2026, 3, 11, 4, tzinfo=UTC))
    assert all(e.at >= datetime(2026, 3, 11, 4, tzinfo=UTC) for e in instant.entries)

    first = audit.list_audit(actor=owner, offset=0, limit=2)
    second = audit.list_audit(actor=owner, offset=2, limit=2)
    assert len(first.entries) == len(second.entries) == 2
    assert {e.entry_id for e in first.entries}.isdisjoint(e.entry_id for e in second.entries)
    actions, tills = audit.audit_filter_choices(actor=owner)
    assert "points.void" in actions
    assert "Till 1" in tills
