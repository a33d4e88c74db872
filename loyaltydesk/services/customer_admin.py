"""The owner's customer pages: the searchable table, the detail page's edits, merge and erase."""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum

import phonenumbers

from loyaltydesk.domain.customer_fields import Birthday, check_birthday, clean_name, clean_notes
from loyaltydesk.domain.errors import ErrorCode, InvalidInputError, RefusedError
from loyaltydesk.domain.identifiers import name_key, normalise_email, parse_phone
from loyaltydesk.domain.program import ShopSettings
from loyaltydesk.domain.staff import Actor, require_owner
from loyaltydesk.services import customer_lifecycle as lifecycle
from loyaltydesk.services.context import ServiceContext
from loyaltydesk.services.customer_admin_dto import (
    UNSET,
    CustomerDetail,
    CustomerPage,
    CustomerQuery,
    CustomerRow,
    CustomerState,
    EraseResult,
    MergeResult,
    SortColumn,
    Unset,
)
from loyaltydesk.services.customers import require_customer
from loyaltydesk.services.mutation_log import record_mutation
from loyaltydesk.store.customer_admin_repository import CustomerFilter
from loyaltydesk.store.models import Customer
from loyaltydesk.store.unit_of_work import UnitOfWork

MAX_PAGE = 1000
MAX_TEXT = 80
#: Below this many characters only names are searched: a one- or two-letter phone, email or
#: code prefix matches a large share of a big shop, and the union would have to be sorted.
MIN_OTHER_PREFIX = 3
_PHONE_TEXT = re.compile(r"^\+?[0-9 ()./-]+$")
_HEX = re.compile(r"^[0-9A-Fa-f]{1,6}$")


class CustomerAdminService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    # -- the table -----------------------------------------------------------------------------

    def count_customers(self, query: CustomerQuery) -> int:
        """How many customers the query matches (the table's row count)."""
        with self._ctx.uow.read() as uow:
            return uow.customer_admin.count(self._filter(uow, query))

    def page_customers(self, query: CustomerQuery, *, offset: int, limit: int) -> CustomerPage:
        """Rows ``offset`` to ``offset + limit`` of the query, in its sort order."""
        if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
            raise InvalidInputError("The offset is a whole number of 0 or more.")
        if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_PAGE:
            raise InvalidInputError(f"A page holds 1 to {MAX_PAGE} customers.")
        with self._ctx.uow.read() as uow:
            found = uow.customer_admin.page(self._filter(uow, query), offset=offset, limit=limit)
            return CustomerPage(tuple(_row(c) for c in found), offset, limit)

    def get_customer(self, customer: str) -> CustomerDetail:
        """The detail page's profile for a customer id, short code, phone or email."""
        with self._ctx.uow.read() as uow:
            found = require_customer(uow, self._ctx.settings(uow), customer)
            return _detail(uow, found)

    # -- edits -------------------------------------------------------------------------------

    def update_profile(
        self,
        *,
        customer: str,
        actor: Actor,
        name: str | Unset = UNSET,
        phone: str | Unset | None = UNSET,
        email: str | Unset | None = UNSET,
        birth_date: Birthday | date | Unset | None = UNSET,
        notes: str | Unset = UNSET,
        marketing_consent: bool | Unset = UNSET,
    ) -> CustomerDetail:
        """Change what is passed; UNSET fields stay. Any staff may edit the name, birth date,
        notes and consent; changing the phone or email (the customer's keys) is owner only.
        ``birth_date``: a full date, or a :class:`Birthday` (with or without its year)."""
        if phone is not UNSET or email is not UNSET:
            require_owner(actor, "change a customer's phone or email")
        with self._ctx.uow.write() as uow:
            settings = self._ctx.settings(uow)
            found = require_customer(uow, settings, customer)
            cust = uow.customers.get(found.id, for_update=True)
            assert cust is not None
            _require_live(cust)
            changes = _validated(self._ctx.today(settings), settings, name, phone, email,
                                 birth_date, notes, marketing_consent)  # fmt: skip
            for column in ("phone", "email"):
                value = changes.get(column)
                if value is not None and value != getattr(cust, column):
                    other = uow.customers.find_by(column, value)
                    if other is not None and other.id != cust.id:
                        raise RefusedError(
                            f"A customer with that {column} is already registered.",
                            code=ErrorCode.CUSTOMER_EXISTS,
                        )
            phone_after = changes.get("phone", cust.phone)
            email_after = changes.get("email", cust.email)
            if phone_after is None and email_after is None:
                raise InvalidInputError(
                    "A customer needs a phone number or an email address.",
                    code=ErrorCode.INVALID_INPUT,
                )
            changed = sorted(k for k, v in changes.items() if getattr(cust, k) != v)
            for column, value in changes.items():
                setattr(cust, column, value)
            if "name" in changes:
                cust.name_key = name_key(cust.name)
                uow.customers.set_name_words(cust.id, cust.name_key)
            if changed:
                record_mutation(
                    uow,
                    at=self._ctx.now(),
                    actor=actor,
                    action="customer.update_profile",
                    target_type="customer",
                    target_id=str(cust.uuid),
                    details={"fields": changed},
                )
            uow.flush()
            detail = _detail(uow, cust)
            uow.commit()
            return detail

    def set_status(
        self, *, customer: str, status: CustomerState | str, actor: Actor
    ) -> CustomerDetail:
        """Owner only: block (nothing can be recorded at the counter) or unblock a customer."""
        require_owner(actor, "block or unblock a customer")
        if status not in (CustomerState.ACTIVE, CustomerState.BLOCKED):
            raise InvalidInputError("A customer can be set to ACTIVE or BLOCKED.")
        with self._ctx.uow.write() as uow:
            found = require_customer(uow, self._ctx.settings(uow), customer)
            cust = uow.customers.get(found.id, for_update=True)
            assert cust is not None
            _require_live(cust)
            if cust.status != status:
                cust.status = str(status)
                record_mutation(
                    uow,
                    at=self._ctx.now(),
                    actor=actor,
                    action="customer.block" if status == "BLOCKED" else "customer.unblock",
                    target_type="customer",
                    target_id=str(cust.uuid),
                )
            uow.flush()
            detail = _detail(uow, cust)
            uow.commit()
            return detail

    def merge_customers(self, *, keep: str, merge: str, actor: Actor, ref_code: str) -> MergeResult:
        """Owner only: fold the duplicate ``merge`` into ``keep``. See
        :func:`loyaltydesk.services.customer_lifecycle.merge` for how the ledger moves."""
        require_owner(actor, "merge customers")
        return lifecycle.merge(
            self._ctx, keep=keep, duplicate=merge, actor=actor, ref_code=ref_code
        )

    def erase_customer(self, *, customer: str, actor: Actor, ref_code: str) -> EraseResult:
        """Owner only: a GDPR erasure. Personal data goes; the anonymised ledger and the audit
        trail stay; the customer can no longer be found by phone or email."""
        require_owner(actor, "erase a customer")
        return lifecycle.erase(self._ctx, customer=customer, actor=actor, ref_code=ref_code)

    def export_customer_data(self, *, customer: str, path: str, actor: Actor) -> int:
        """Owner only: a GDPR access request. Writes the profile, the full ledger and the
        operations as JSON to ``path``; returns the number of ledger entries written."""
        require_owner(actor, "export a customer's data")
        return lifecycle.export_data(self._ctx, customer=customer, path=path, actor=actor)

    # -- helpers -------------------------------------------------------------------------------

    def _filter(self, uow: UnitOfWork, query: CustomerQuery) -> CustomerFilter:
        settings = self._ctx.settings(uow)
        text = " ".join((query.text or "").split())[:MAX_TEXT]
        min_cost = None
        if query.rewards_available is not None:
            costs = [r.cost for r in uow.rewards.catalog()]
            # No active reward: nobody can afford one; balance >= 2**62 selects no one.
            min_cost = min(costs) if costs else 2**62
        return CustomerFilter(
            name_prefix=name_key(text) if any(ch.isalpha() for ch in text) else "",
            phone_prefix=_phone_prefix(text, settings),
            email_prefix=text.lower() if len(text) >= MIN_OTHER_PREFIX and " " not in text else "",
            code_prefix=text.upper() if len(text) >= MIN_OTHER_PREFIX and _HEX.match(text) else "",
            state=_choice(CustomerState, query.status, "status") if query.status else None,
            tier=query.tier,
            min_balance=min_cost if query.rewards_available else None,
            below_balance=min_cost if query.rewards_available is False else None,
            inactive_before=query.inactive_since,
            sort=_choice(SortColumn, query.sort, "sort column"),
            descending=query.descending,
        )


def _choice(kind: type[StrEnum], value: object, what: str) -> str:
    try:
        return kind(value).value
    except ValueError:
        names = ", ".join(member.value for member in kind)
        raise InvalidInputError(f"Unknown {what}; use one of: {names}.") from None


def _phone_prefix(text: str, settings: ShopSettings) -> str:
    """What a phone typed so far starts with in E.164: "012-34" -> "+601234" in Malaysia."""
    if not _PHONE_TEXT.match(text):
        return ""
    digits = "".join(ch for ch in text if ch.isdigit())
    if len(digits) < MIN_OTHER_PREFIX:
        return ""
    if text.startswith("+"):
        return "+" + digits
    if digits.startswith("00"):
        return "+" + digits[2:]
    country = phonenumbers.country_code_for_region(settings.profile.default_region)
    return f"+{country}{digits[1:] if digits.startswith('0') else digits}"


def _state(customer: Customer) -> CustomerState:
    if customer.merged_into_id is not None:
        return CustomerState.MERGED
    if customer.erased_at is not None:
        return CustomerState.ERASED
    return CustomerState(customer.status)


def _row(customer: Customer) -> CustomerRow:
    return CustomerRow(
        customer_id=str(customer.uuid),
        short_code=customer.short_code,
        name=customer.name,
        phone=customer.phone,
        email=customer.email,
        status=_state(customer),
        tier=customer.tier,
        balance=customer.balance,
        joined_at=customer.joined_at,
        last_seen_at=customer.last_seen_at,
    )


def _detail(uow: UnitOfWork, customer: Customer) -> CustomerDetail:
    return CustomerDetail(
        customer_id=str(customer.uuid),
        short_code=customer.short_code,
        name=customer.name,
        phone=customer.phone,
        email=customer.email,
        birth_date=customer.birth_date,
        birthday=customer.birthday,
        notes=customer.notes,
        marketing_consent=customer.marketing_consent,
        status=_state(customer),
        tier=customer.tier,
        balance=customer.balance,
        joined_at=customer.joined_at,
        last_seen_at=customer.last_seen_at,
        erased_at=customer.erased_at,
        merged_into_id=uow.customer_admin.uuid_of(customer.merged_into_id),
    )


def _require_live(customer: Customer) -> None:
    if customer.erased_at is not None:
        raise RefusedError("This customer's data was erased.", code=ErrorCode.CUSTOMER_ERASED)
    if customer.merged_into_id is not None:
        raise RefusedError(
            "This customer was merged into another; open that one instead.",
            code=ErrorCode.CUSTOMER_MERGED,
        )


def _validated(
    today: date,
    settings: ShopSettings,
    name: str | Unset,
    phone: str | Unset | None,
    email: str | Unset | None,
    birth_date: Birthday | date | Unset | None,
    notes: str | Unset,
    consent: bool | Unset,
) -> dict[str, object]:
    """The passed fields, checked and normalised like registration does."""
    changes: dict[str, object] = {}
    if name is not UNSET:
        changes["name"] = clean_name(name)
    if phone is not UNSET:
        region = settings.profile.default_region
        changes["phone"] = parse_phone(phone, default_region=region) if phone else None
    if email is not UNSET:
        changes["email"] = normalise_email(email) if email else None
    if birth_date is not UNSET:
        changes["birthday"] = check_birthday(birth_date, today)
    if notes is not UNSET:
        changes["notes"] = clean_notes(notes)
    if consent is not UNSET:
        changes["marketing_consent"] = bool(consent)
    return changes
