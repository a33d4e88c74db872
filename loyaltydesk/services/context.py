"""What every service needs: units of work, a clock, and shared helpers for settings and results."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from loyaltydesk.domain.errors import ErrorCode, InvalidInputError, RefusedError
from loyaltydesk.domain.program import (
    ShopSettings,
    settings_from_dict,
    settings_to_dict,
    shop_zone,
)
from loyaltydesk.domain.shop_days import local_date
from loyaltydesk.services.dto import EarnExplanation, TransactionResult, to_jsonable
from loyaltydesk.services.sync_state import SYNC_KEY

if TYPE_CHECKING:  # the command line's quick lookup reads settings without SQLAlchemy
    from loyaltydesk.store.unit_of_work import UnitOfWork, UnitOfWorkFactory

Clock = Callable[[], datetime]
SHOP_SETTINGS_KEY = "shop"
MAX_REASON = 200
_REF_CODE = re.compile(r"^[\x21-\x7e]{1,80}$")


def shop_settings_in(raw: str | None) -> ShopSettings:
    """The settings held by the stored ``shop`` document (the defaults when there is none)."""
    return ShopSettings() if raw is None else settings_from_dict(json.loads(raw))


def utc_now() -> datetime:
    return datetime.now(UTC)


def new_ref_code(prefix: str = "ld") -> str:
    """A fresh ref_code for a caller that has none (the CLI without ``--ref``)."""
    return f"{prefix}-{uuid.uuid4().hex}"


def check_ref_code(ref_code: str) -> str:
    if not isinstance(ref_code, str) or not _REF_CODE.match(ref_code):
        raise InvalidInputError(
            "A reference is 1 to 80 visible characters without spaces.",
            code=ErrorCode.INVALID_REF_CODE,
        )
    return ref_code


@dataclass
class ServiceContext:
    uow: UnitOfWorkFactory
    clock: Clock = utc_now
    _settings_cache: tuple[str, ShopSettings] | None = field(default=None, repr=False)

    def now(self) -> datetime:
        moment = self.clock()
        if moment.tzinfo is None:
            raise ValueError("the clock must return aware datetimes")
        return moment.astimezone(UTC)

    def today(self, settings: ShopSettings) -> date:
        """The shop's calendar date now, from the injected clock (never ``date.today()``)."""
        return local_date(self.now(), shop_zone(settings.profile.timezone))

    def settings(self, uow: UnitOfWork) -> ShopSettings:
        """The shop's settings (parsed once per change of the stored document). The sync setup,
        which every mutation and every card asks about too, comes in the same query."""
        uow.settings.load(SHOP_SETTINGS_KEY, SYNC_KEY)
        raw = uow.settings.get_raw(SHOP_SETTINGS_KEY)
        if raw is None:
            return ShopSettings()
        cached = self._settings_cache
        if cached is None or cached[0] != raw:
            cached = (raw, shop_settings_in(raw))
            self._settings_cache = cached
        return cached[1]

    def save_settings(self, uow: UnitOfWork, settings: ShopSettings) -> None:
        uow.settings.put(SHOP_SETTINGS_KEY, settings_to_dict(settings), self.now())


def result_to_json(result: TransactionResult) -> str:
    return json.dumps(to_jsonable(result), sort_keys=True)


def result_from_json(text: str) -> TransactionResult:
    data: dict[str, Any] = json.loads(text)
    explanation = data.pop("explanation", None)
    for key in ("amount", "payment_value"):
        if data.get(key) is not None:
            data[key] = Decimal(data[key])
    data["created_at"] = datetime.fromisoformat(data["created_at"])
    data["newly_available"] = tuple(data.get("newly_available", ()))
    if explanation is not None:
        explanation["rate"] = Decimal(explanation["rate"])
        explanation["multiplier"] = Decimal(explanation["multiplier"])
        data["explanation"] = EarnExplanation(**explanation)
    return TransactionResult(**data)


def replay_or_conflict(
    uow: UnitOfWork, ref_code: str, kind: str, customer_id: int | None
) -> TransactionResult | None:
    """The first result for ``ref_code``, marked replayed; REF_CODE_REUSED if it was another act."""
    existing = uow.operations.receipt(ref_code)
    if existing is None:
        return None
    done_kind, done_customer, result = existing
    if done_kind != kind or (customer_id is not None and done_customer != customer_id):
        raise RefusedError(
            "That reference was already used for something else.",
            code=ErrorCode.REF_CODE_REUSED,
        )
    first = result_from_json(result)
    return TransactionResult(**{**_fields(first), "replayed": True})


def _fields(result: TransactionResult) -> dict[str, Any]:
    return {name: getattr(result, name) for name in result.__dataclass_fields__}


def clean_reason(reason: str) -> str:
    text = " ".join((reason or "").split())
    if not text or len(text) > MAX_REASON or any(not ch.isprintable() for ch in text):
        raise InvalidInputError(
            f"Give a reason of 1 to {MAX_REASON} characters.", code=ErrorCode.INVALID_INPUT
        )
    return text
