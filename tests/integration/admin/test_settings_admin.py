"""Rule-change previews, the rewards editor and the shop logo."""

from __future__ import annotations

import base64
import struct
import zlib
from dataclasses import replace
from decimal import Decimal

import pytest

from loyaltydesk.domain.errors import ErrorCode, LoyaltyError
from loyaltydesk.services.settings_admin import MAX_LOGO_BYTES, inspect_image
from tests.integration.admin.history import build_history


def png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body)
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    rows = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def jpeg_header(width: int, height: int) -> bytes:
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + app0 + sof + b"\xff\xd9"


def test_preview_of_expiry_and_rate_change(services, owner, cashier, clock) -> None:
    build_history(services, owner, cashier, clock)
    rules = services.program.get_settings().rules
    preview = services.settings_admin.preview_rules_change(
        actor=owner,
        new_rules=replace(rules, expiry_months=6, spend_per_point=Decimal(2),
                          point_value=Decimal("0.02")),
    )  # fmt: skip
    assert preview.changed == ("spend_per_point", "expiry_months", "point_value")
    assert preview.expiry_changed
    assert preview.rates_changed
    assert (preview.old_expiry_months, preview.new_expiry_months) == (12, 6)
    assert (preview.customers_with_open_points, preview.open_points) == (3, 145)
    assert (preview.customers_without_expiry, preview.points_without_expiry) == (0, 0)
    assert preview.active_customers == 3
    assert preview.outstanding_points == 145
    assert (preview.liability_before, preview.liability_after) == (Decimal("1.45"), Decimal("2.90"))
    assert "never rewritten" in preview.message
    assert "3 customers hold 145 points" in preview.message


def test_saving_a_change_never_rewrites_the_ledger(services, owner, cashier, clock) -> None:
    build_history(services, owner, cashier, clock)
    from sqlalchemy import select

    from loyaltydesk.store.models import LedgerEntry

    def entries():
        with services.context.uow.read() as uow:
            return [
                (e.id, e.delta, e.expires_at, e.remaining)
                for e in uow.session.scalars(select(LedgerEntry).order_by(LedgerEntry.id))
            ]

    before = entries()
    settings = services.program.get_settings()
    services.program.save_settings(actor=owner, settings=settings.with_rules(expiry_months=1))
    assert entries() == before


def test_preview_of_no_change_and_bad_rules(services, owner) -> None:
    rules = services.program.get_settings().rules
    preview = services.settings_admin.preview_rules_change(actor=owner, new_rules=rules)
    assert preview.changed == ()
    assert preview.message.startswith("Nothing changes.")
    with pytest.raises(LoyaltyError) as caught:
        services.settings_admin.preview_rules_change(
            actor=owner, new_rules=replace(rules, expiry_months=0)
        )
    assert caught.value.code == ErrorCode.INVALID_SETTINGS


def test_update_and_reorder_rewards(services, owner) -> None:
    item = services.rewards.update_reward(
        actor=owner, reward_id=2, title="  15% off ", cost=450, active=False
    )
    assert (item.title, item.cost, item.active) == ("15% off", 450, False)
    assert [r.reward_id for r in services.rewards.list_rewards()] == [1, 3]
    ordered = services.rewards.reorder_rewards(actor=owner, reward_ids=[3, 2, 1])
    assert [(r.reward_id, r.sort_order) for r in ordered] == [(3, 0), (2, 1), (1, 2)]
    listed = services.rewards.list_rewards(include_inactive=True)
    assert [r.reward_id for r in listed] == [3, 2, 1]
    page = services.audit.list_audit(actor=owner, action_prefix="reward.")
    assert [e.action for e in page.entries][:2] == ["reward.reorder", "reward.update"]
    assert page.entries[1].details == {"active": False, "cost": 450, "title": "15% off"}


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"reward_id": 99, "title": "x"}, ErrorCode.REWARD_NOT_FOUND),
        ({"reward_id": 1, "cost": 0}, ErrorCode.INVALID_POINTS),
        ({"reward_id": 1, "title": " "}, ErrorCode.INVALID_INPUT),
        ({"reward_id": 1, "sort_order": -1}, ErrorCode.INVALID_INPUT),
    ],
)
def test_update_reward_refusals(services, owner, change, code) -> None:
    with pytest.raises(LoyaltyError) as caught:
        services.rewards.update_reward(actor=owner, **change)
    assert caught.value.code == code


def test_reorder_needs_every_reward_once(services, owner) -> None:
    for order in ([1, 2], [1, 2, 2, 3], [1, 2, 3, 4]):
        with pytest.raises(LoyaltyError):
            services.rewards.reorder_rewards(actor=owner, reward_ids=order)


def test_logo_round_trip_and_limits(services, owner) -> None:
    assert services.settings_admin.get_logo() is None
    image = png(64, 32)
    saved = services.settings_admin.set_logo(actor=owner, data=image)
    assert (saved.mime_type, saved.width, saved.height) == ("image/png", 64, 32)
    loaded = services.settings_admin.get_logo()
    assert loaded is not None
    assert loaded.data == image
    assert loaded.sha256 == saved.sha256
    with services.context.uow.read() as uow:
        assert base64.b64decode(uow.settings.get("logo")["data"]) == image
    assert inspect_image(jpeg_header(300, 200)) == ("image/jpeg", 300, 200)
    for bad in (b"GIF89a....", png(4000, 10), b"\x89PNG\r\n\x1a\n" + b"\x00" * MAX_LOGO_BYTES):
        with pytest.raises(LoyaltyError) as caught:
            services.settings_admin.set_logo(actor=owner, data=bad)
        assert caught.value.code == ErrorCode.INVALID_INPUT
    services.settings_admin.clear_logo(actor=owner)
    assert services.settings_admin.get_logo() is None
