"""Owner settings beyond the basic save: rule-change previews and the logo.

The logo is stored in the database (a settings document with the image as base64), not as a
path: the database is what is backed up and restored and what every till of a PostgreSQL shop
shares, and a path would point at nothing on another till or after a restore. A small size
limit keeps the document cheap to read.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import struct
from dataclasses import fields
from datetime import datetime, timedelta

from loyaltydesk.domain.errors import InvalidInputError
from loyaltydesk.domain.program import ProgramRules, validate_rules
from loyaltydesk.domain.staff import Actor, require_owner
from loyaltydesk.services.admin_dto import RulesChangePreview, ShopLogo
from loyaltydesk.services.context import ServiceContext
from loyaltydesk.services.mutation_log import record_mutation
from loyaltydesk.store.unit_of_work import UnitOfWork

ACTIVE_DAYS = 90
LOGO_KEY = "logo"
MAX_LOGO_BYTES = 256 * 1024
MAX_LOGO_SIDE = 2048
RATE_FIELDS = (
    "earn_mode",
    "points_per_visit",
    "spend_per_point",
    "points_per_unit",
    "tiers",
    "birthday_bonus_points",
)


class SettingsAdminService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    # -- rules preview ----------------------------------------------------------------------

    def preview_rules_change(self, *, actor: Actor, new_rules: ProgramRules) -> RulesChangePreview:
        """What saving ``new_rules`` would touch. Owner only; writes nothing.

        A change never rewrites past ledger entries: open points keep their stored expiry
        date, and new rates apply from the next check-in.
        """
        require_owner(actor, "change the program rules")
        rules = validate_rules(new_rules)
        with self._ctx.uow.read() as uow:
            settings = self._ctx.settings(uow)
            old = settings.rules
            lots = uow.admin.open_lot_totals()
            active = uow.admin.active_customers(self._ctx.now() - timedelta(days=ACTIVE_DAYS))
            outstanding = uow.admin.total_balance()
            currency = settings.profile.currency
        changed = tuple(
            f.name for f in fields(ProgramRules) if getattr(old, f.name) != getattr(rules, f.name)
        )
        before = None if old.point_value is None else outstanding * old.point_value
        after = None if rules.point_value is None else outstanding * rules.point_value
        preview = RulesChangePreview(
            changed=changed,
            expiry_changed="expiry_months" in changed,
            rates_changed=any(name in changed for name in RATE_FIELDS),
            old_expiry_months=old.expiry_months,
            new_expiry_months=rules.expiry_months,
            customers_with_open_points=lots["customers"],
            open_points=lots["points"],
            customers_without_expiry=lots["customers_without_expiry"],
            points_without_expiry=lots["points_without_expiry"],
            active_customers=active,
            active_days=ACTIVE_DAYS,
            outstanding_points=outstanding,
            liability_before=before,
            liability_after=after,
            message="",
        )
        return _with_message(preview, currency)

    # -- logo -------------------------------------------------------------------------------

    def set_logo(self, *, actor: Actor, data: bytes) -> ShopLogo:
        """Store the shop's logo (PNG or JPEG, at most 256 KiB and 2048 px a side)."""
        require_owner(actor, "change the shop logo")
        mime, width, height = inspect_image(data)
        digest = hashlib.sha256(data).hexdigest()
        with self._ctx.uow.write() as uow:
            now = self._ctx.now()
            document = {
                "mime_type": mime,
                "width": width,
                "height": height,
                "sha256": digest,
                "data": base64.b64encode(data).decode("ascii"),
            }
            uow.settings.put(LOGO_KEY, document, now)
            record_mutation(
                uow, at=now, actor=actor, action="settings.logo",
                details={"mime_type": mime, "bytes": len(data), "sha256": digest[:16]},
            )  # fmt: skip
            uow.commit()
        return ShopLogo(mime, bytes(data), width, height, digest, now)

    def get_logo(self) -> ShopLogo | None:
        """The shop's logo, or None if there is none (or its document is damaged)."""
        with self._ctx.uow.read() as uow:
            document = uow.settings.get(LOGO_KEY)
            updated_at = _updated_at(uow, LOGO_KEY)
        if not document:
            return None
        try:
            data = base64.b64decode(document["data"], validate=True)
            mime, width, height = inspect_image(data)
        except (KeyError, TypeError, binascii.Error, InvalidInputError):
            return None
        return ShopLogo(mime, data, width, height, hashlib.sha256(data).hexdigest(), updated_at)

    def clear_logo(self, *, actor: Actor) -> None:
        require_owner(actor, "change the shop logo")
        with self._ctx.uow.write() as uow:
            now = self._ctx.now()
            uow.settings.put(LOGO_KEY, {}, now)
            record_mutation(uow, at=now, actor=actor, action="settings.logo_clear")
            uow.commit()


def inspect_image(data: bytes) -> tuple[str, int, int]:
    """(MIME type, width, height) of a PNG or JPEG; INVALID_INPUT for anything else."""
    if not isinstance(data, bytes | bytearray) or not data:
        raise InvalidInputError("Choose a PNG or JPEG image for the logo.")
    if len(data) > MAX_LOGO_BYTES:
        raise InvalidInputError(f"The logo may be at most {MAX_LOGO_BYTES // 1024} KiB.")
    size: tuple[int, int] | None = None
    mime = ""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and data[12:16] == b"IHDR" and len(data) >= 24:
        mime, size = "image/png", struct.unpack(">II", data[16:24])
    elif data.startswith(b"\xff\xd8"):
        mime, size = "image/jpeg", _jpeg_size(bytes(data))
    if size is None:
        raise InvalidInputError("Choose a PNG or JPEG image for the logo.")
    width, height = size
    if not (0 < width <= MAX_LOGO_SIDE and 0 < height <= MAX_LOGO_SIDE):
        raise InvalidInputError(f"The logo may be at most {MAX_LOGO_SIDE} pixels a side.")
    return mime, width, height


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    position = 2
    while position + 4 <= len(data):
        if data[position] != 0xFF:
            return None
        marker = data[position + 1]
        if marker == 0xFF:
            position += 1
            continue
        (length,) = struct.unpack(">H", data[position + 2 : position + 4])
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            if position + 9 > len(data):
                return None
            height, width = struct.unpack(">HH", data[position + 5 : position + 9])
            return width, height
        position += 2 + length
    return None


def _with_message(preview: RulesChangePreview, currency: str) -> RulesChangePreview:
    parts: list[str] = []
    if preview.expiry_changed:
        new = preview.new_expiry_months
        old = preview.old_expiry_months
        was = "never" if old is None else f"after {old} months"
        now = "never expire" if new is None else f"expire after {new} months"
        parts.append(f"Points earned from now on {now} (until now: {was}).")
        parts.append(
            f"{preview.customers_with_open_points} customers hold {preview.open_points} points "
            "earned before; those keep the expiry dates they have."
        )
    if preview.rates_changed:
        parts.append(
            "The new earning rules apply from the next check-in; "
            f"{preview.active_customers} customers checked in during the last "
            f"{preview.active_days} days."
        )
    if "point_value" in preview.changed:
        before = "nothing" if preview.liability_before is None else preview.liability_before
        after = "nothing" if preview.liability_after is None else preview.liability_after
        parts.append(
            f"The {preview.outstanding_points} points customers hold are worth {after} "
            f"{currency} instead of {before} {currency} when paying with points."
        )
    if not preview.changed:
        parts.append("Nothing changes.")
    parts.append("Past ledger entries are never rewritten.")
    return RulesChangePreview(
        **{f.name: getattr(preview, f.name) for f in fields(preview) if f.name != "message"},
        message=" ".join(parts),
    )


def _updated_at(uow: UnitOfWork, key: str) -> datetime | None:
    return uow.settings.updated_at(key)
