"""Period reports on a hand-built history: exact figures per section, local hours and days."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from loyaltydesk.domain.errors import ErrorCode, LoyaltyError
from loyaltydesk.services.report_dto import SECTIONS
from loyaltydesk.services.reports import offset_segments, report_csv, safe_cell
from loyaltydesk.store.models import Customer
from tests.integration.admin.history import build_history, kl
from tests.integration.helpers import ref


@pytest.fixture
def shop(services, owner, cashier, clock):
    return build_history(services, owner, cashier, clock)


def report(services, owner, first: date, last: date, **kw):
    return services.reports.period_report(actor=owner, date_from=first, date_to=last, **kw)


def test_two_days_exact_figures(services, owner, shop) -> None:
    r = report(services, owner, date(2026, 3, 10), date(2026, 3, 11))
    assert r.period.start_utc == datetime(2026, 3, 9, 16, tzinfo=UTC)
    assert r.period.end_utc == datetime(2026, 3, 11, 16, tzinfo=UTC)
    assert r.period.timezone == "Asia/Kuala_Lumpur"
    assert (r.check_ins, r.visitors) == (8, 3)  # the voided check-in and Thursday's do not count
    assert (r.new_members, r.returning_members) == (3, 0)
    p = r.points
    assert (p.earned, p.adjusted_in, p.adjusted_out, p.redeemed, p.expired) == (215, 25, 5, 100, 0)
    assert p.issued == 240
    assert (r.outstanding_points, r.customers_with_points) == (135, 3)
    assert r.liability_value == Decimal("1.35")
    assert r.currency == "MYR"
    assert [(x.reward_id, x.title, x.times, x.points) for x in r.rewards_redeemed] == [
        (1, "Free coffee", 1, 100)
    ]
    assert r.rewards_redeemed_total == 1
    assert [(c.customer_id, c.points_earned, c.check_ins) for c in r.top_customers] == [
        (shop.a, 120, 2),
        (shop.b, 90, 5),
        (shop.c, 5, 1),
    ]
    hours = dict(enumerate(r.visits_by_hour))
    assert {h: n for h, n in hours.items() if n} == {9: 1, 10: 3, 11: 1, 13: 1, 17: 2}
    assert r.visits_by_weekday == (0, 2, 6, 0, 0, 0, 0)  # Tue 2, Wed 6
    assert [(s.customer_id, s.day, s.check_ins) for s in r.suspicious] == [
        (shop.b, date(2026, 3, 11), 4)
    ]
    assert r.suspicious_threshold == 3


def test_one_day_new_and_returning(services, owner, shop) -> None:
    r = report(services, owner, date(2026, 3, 11), date(2026, 3, 11))
    assert (r.check_ins, r.visitors, r.new_members, r.returning_members) == (6, 3, 1, 2)
    assert r.points.earned == 65


def test_local_midnight_not_utc_midnight(services, owner, shop) -> None:
    r = report(services, owner, date(2026, 3, 12), date(2026, 3, 12))
    assert r.check_ins == 1  # 00:30 Thursday in KL, though still Wednesday in UTC
    assert r.visits_by_hour[0] == 1
    assert r.visits_by_weekday[3] == 1
    assert r.points.earned == 10


def test_liability_equals_sum_of_balances(services, owner, shop) -> None:
    r = report(services, owner, date(2026, 1, 1), date(2026, 12, 31))
    with services.context.uow.read() as uow:
        balances = uow.session.scalar(select(func.sum(Customer.balance)))
    assert r.outstanding_points == balances == 145


def test_threshold_is_configurable(services, owner, shop) -> None:
    r = report(services, owner, date(2026, 3, 10), date(2026, 3, 12), suspicious_threshold=1)
    found = {(s.customer_id, s.day): s.check_ins for s in r.suspicious}
    # A's second check-in on 11 March was voided, so A never has two in a day.
    assert found == {(shop.b, date(2026, 3, 11)): 4}
    assert report(services, owner, date(2026, 3, 10), date(2026, 3, 12), suspicious_threshold=4)\
        .suspicious == ()  # fmt: skip


def test_expired_points_are_reported(services, owner, shop, clock) -> None:
    clock.now = datetime(2027, 3, 20, 2, tzinfo=UTC)
    expired = services.expiry.expire_points(actor=owner)
    assert expired.points_expired == 145
    r = report(services, owner, date(2027, 3, 20), date(2027, 3, 20))
    assert r.points.expired == 145
    assert (r.outstanding_points, r.check_ins) == (0, 0)


def test_hours_follow_daylight_saving(services, owner, cashier, clock) -> None:
    settings = services.program.get_settings()
    from dataclasses import replace

    services.program.save_settings(
        actor=owner, settings=replace(settings, profile=replace(settings.profile,
                                                                timezone="Europe/Berlin"))
    )  # fmt: skip
    card = services.customers.register(actor=cashier, ref_code=ref("r"), phone="+60123450009")
    for moment in (datetime(2026, 3, 28, 9, 30, tzinfo=UTC), datetime(2026, 3, 30, 8, 30,
                                                                      tzinfo=UTC)):  # fmt: skip
        clock.now = moment
        services.points.check_in(
            customer=card.customer_id, actor=cashier, ref_code=ref("c"), amount="1.00"
        )
    r = report(services, owner, date(2026, 3, 28), date(2026, 3, 30))
    assert r.visits_by_hour[10] == 2  # 10:30 local both times: UTC+1, then UTC+2
    assert r.visits_by_weekday[5] == 1  # Saturday
    assert r.visits_by_weekday[0] == 1  # Monday
    assert r.period.end_utc == datetime(2026, 3, 30, 22, tzinfo=UTC)


def test_offset_segments_find_the_switch() -> None:
    from zoneinfo import ZoneInfo

    zone = ZoneInfo("Europe/Berlin")
    start, end = datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 11, 1, tzinfo=UTC)
    assert offset_segments(zone, start, end) == [
        (start, 3600),
        (datetime(2026, 3, 29, 1, tzinfo=UTC), 7200),
        (datetime(2026, 10, 25, 1, tzinfo=UTC), 3600),
    ]
    assert offset_segments(ZoneInfo("Asia/Kuala_Lumpur"), start, end) == [(start, 28800)]


def test_bad_periods_are_refused(services, owner) -> None:
    with pytest.raises(LoyaltyError) as caught:
        report(services, owner, date(2026, 3, 2), date(2026, 3, 1))
    assert caught.value.code == ErrorCode.INVALID_INPUT
    with pytest.raises(LoyaltyError):
        report(services, owner, date(2026, 3, 1), date(2026, 3, 2), suspicious_threshold=0)


def test_csv_every_section(services, owner, shop, tmp_path) -> None:
    r = report(services, owner, date(2026, 3, 10), date(2026, 3, 11))
    written = {}
    for section in SECTIONS:
        path = tmp_path / f"{section}.csv"
        count = services.reports.export_csv(report=r, section=section, path=path)
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
        assert len(rows) == count + 1
        written[section] = rows
    summary = dict(written["summary"][1:])
    assert summary["check_ins"] == "8"
    assert summary["points_issued"] == "240"
    assert summary["outstanding_points"] == "135"
    assert summary["liability_value_MYR"] == "1.35"
    assert written["rewards"] == [["reward_id", "title", "times", "points"],
                                  ["1", "Free coffee", "1", "100"]]  # fmt: skip
    assert len(written["visits_by_hour"]) == 25
    assert written["visits_by_hour"][18] == ["17:00", "2"]
    assert written["visits_by_weekday"][3] == ["Wed", "6"]
    # B's name starts with "=": a spreadsheet must show it as text, not run it.
    assert written["top_customers"][2][2] == "'=cmd|' /C calc'!A0"
    assert written["suspicious"][1][0] == "2026-03-11"
    assert written["suspicious"][1][2].startswith("'=")
    with pytest.raises(LoyaltyError):
        report_csv(r, "nope", tmp_path / "x.csv")


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("plain", "plain"),
        (-5, -5),
        (Decimal("1.50"), Decimal("1.50")),
        (None, ""),
    ],
)
def test_safe_cell(value, cell) -> None:
    assert safe_cell(value) == cell


def test_kl_helper() -> None:
    assert kl(10, 17) == datetime(2026, 3, 10, 9, tzinfo=UTC)
