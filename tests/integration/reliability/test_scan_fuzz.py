"""Fuzzing the scan path: whatever a scanner, keyboard, camera or file hands it, identifier
classification, QR payload parsing, customer look-up and voucher validation answer or refuse with
a typed error (a LoyaltyError), never crash. ``LOYALTYDESK_FUZZ_LONG=1`` runs 102,000 examples
here; the counter's burst filter is fuzzed in tests/gui/counter/test_burst_filter_fuzz.py."""

from __future__ import annotations

import contextlib
import re
import uuid
from collections.abc import Iterator
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loyaltydesk.domain.errors import LoyaltyError
from loyaltydesk.domain.identifiers import IdentifierKind, classify
from loyaltydesk.domain.qr_payload import (
    PayloadKind,
    member_payload,
    parse_payload,
    voucher_payload,
)
from loyaltydesk.services.facade import Services
from tests.conftest import FakeClock
from tests.integration.reliability.shop import OWNER, close_tills, open_tills, set_up_shop
from tests.support.scan_inputs import amount_texts, fuzz_settings, scan_texts

#: What a recognised identifier's normalised value may look like: codes never keep a look-alike.
VALUE_SHAPES = {
    IdentifierKind.PHONE: re.compile(r"\A\+[0-9]{6,15}\Z"),
    IdentifierKind.SHORT_CODE: re.compile(r"\A[0-9A-F]{6}\Z"),
    IdentifierKind.VOUCHER_CODE: re.compile(r"\A[0-9A-Za-z_]{12,40}\Z"),
    IdentifierKind.MEMBER_QR: re.compile(r"\A[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\Z"),
    IdentifierKind.EMAIL: re.compile(r"\A[\x21-\x7e]+@[A-Za-z0-9.-]+\Z"),
}


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    """A shop with customers and vouchers the fuzzed text may (rarely) name."""
    url = f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'shop.db'}"
    set_up_shop(url)
    tills = open_tills(url, 1, FakeClock())
    services = tills[0]
    services.customers.register(
        actor=OWNER, ref_code="r1", phone="+60123456789", email="someone@example.com",
        name="Mei Ling",
    )  # fmt: skip
    services.customers.register(actor=OWNER, ref_code="r2", phone="+60123450000", name="Mei Ling")
    services.vouchers.create_batch(
        actor=OWNER, name="Promo", voucher_type="FIXED", quantity=5, value=Decimal(5),
        min_purchase=Decimal(10),
    )  # fmt: skip
    yield services
    close_tills(tills)


@fuzz_settings(1000, long=30_000)
@given(text=scan_texts)
def test_classification_answers_or_refuses_and_keeps_no_look_alike(text: str) -> None:
    try:
        ident = classify(text)
    except LoyaltyError:
        return
    assert isinstance(ident.kind, IdentifierKind)
    shape = VALUE_SHAPES.get(ident.kind)
    assert shape is None or shape.match(ident.value), (ident.kind, ident.value)


@fuzz_settings(1000, long=30_000)
@given(text=scan_texts)
def test_qr_payload_parsing_never_raises_and_round_trips(text: str) -> None:
    payload = parse_payload(text)
    if payload is None:
        return
    if payload.kind is PayloadKind.MEMBER:
        again = member_payload(payload.value)
    else:
        again = voucher_payload(payload.value)
    assert parse_payload(again) == payload


@fuzz_settings(200, long=2_000)
@given(customer=st.uuids(), code=st.text("0123456789ABCDEFabcdefxyz", min_size=12, max_size=12))
def test_our_own_payloads_always_parse(customer: uuid.UUID, code: str) -> None:
    assert parse_payload(member_payload(customer)).value == str(customer)
    assert parse_payload(voucher_payload(code)).value == code


@fuzz_settings(800, long=20_000)
@given(text=scan_texts)
def test_customer_look_up_answers_or_refuses(shop: Services, text: str) -> None:
    try:
        outcome = shop.customers.resolve(text)
    except LoyaltyError:
        pass
    else:
        assert outcome.card is not None or outcome.candidates or outcome.unknown_kind is not None \
            or outcome.voucher_code is not None  # fmt: skip
    try:
        card = shop.customers.lookup(text)
    except LoyaltyError:
        return
    assert card.phone in {"+60123456789", "+60123450000"}


@fuzz_settings(600, long=15_000)
@given(code=scan_texts, amount=amount_texts)
def test_voucher_validation_answers_or_refuses(shop: Services, code: str, amount: str) -> None:
    for check in (
        lambda: shop.vouchers.look_up_voucher(code),
        lambda: shop.vouchers.check_voucher(code=code, amount=amount),
    ):
        with contextlib.suppress(LoyaltyError):
            check()


@fuzz_settings(200, long=5_000)
@given(code=scan_texts, amount=amount_texts, ref_code=scan_texts)
def test_voucher_redemption_with_fuzzed_input_refuses_cleanly(
    shop: Services, code: str, amount: str, ref_code: str
) -> None:
    with contextlib.suppress(LoyaltyError):
        shop.vouchers.redeem_voucher(code=code, amount=amount, actor=OWNER, ref_code=ref_code)


def test_a_flood_is_refused_not_parsed() -> None:
    """The 10 kB case spelled out: refused before any regular expression sees it."""
    with pytest.raises(LoyaltyError):
        classify(member_payload(uuid.uuid4()) * 256)
