"""Voucher rules: codes, terms, the validation table for every state and type, and discounts."""

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from loyaltydesk.domain.errors import ErrorCode, LoyaltyError
from loyaltydesk.domain.identifiers import IdentifierKind, classify
from loyaltydesk.domain.qr_payload import PayloadKind, parse_payload, voucher_payload
from loyaltydesk.domain.vouchers import (
    BASE62,
    BOGO_BENEFIT,
    CODE_LENGTH,
    VoucherState,
    VoucherStatus,
    VoucherTerms,
    VoucherType,
    build_terms,
    check_batch_name,
    check_quantity,
    check_redemption,
    compute_discount,
    generate_code,
    mask_code,
    normalise_code,
    voucher_state,
)

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
START = NOW - timedelta(days=1)
END = NOW + timedelta(days=1)

TERMS = {
    VoucherType.PERCENT: VoucherTerms(VoucherType.PERCENT, Decimal(10), START, END, Decimal(20)),
    VoucherType.FIXED: VoucherTerms(VoucherType.FIXED, Decimal(5), START, END, Decimal(20)),
    VoucherType.BOGO: VoucherTerms(
        VoucherType.BOGO, None, START, END, Decimal(20), "Buy one coffee, get one free"
    ),
}
VALID_RESULT = {
    VoucherType.PERCENT: (Decimal("3.00"), Decimal("27.00"), "10% off"),
    VoucherType.FIXED: (Decimal("5.00"), Decimal("25.00"), "MYR 5.00 off"),
    VoucherType.BOGO: (Decimal("0.00"), Decimal("30.00"), "Buy one coffee, get one free"),
}

# (case, stored status, when, amount, refusal code or None)
STATES = [
    ("valid", VoucherStatus.ISSUED, NOW, "30.00", None),
    ("valid at the first instant", VoucherStatus.ISSUED, START, "30.00", None),
    ("valid at the last instant", VoucherStatus.ISSUED, END, "30.00", None),
    ("exactly the minimum", VoucherStatus.ISSUED, NOW, "20.00", None),
    ("not yet valid", VoucherStatus.ISSUED, START - timedelta(microseconds=1), "30.00",
     ErrorCode.VOUCHER_NOT_YET_VALID),
    ("expired", VoucherStatus.ISSUED, END + timedelta(microseconds=1), "30.00",
     ErrorCode.VOUCHER_EXPIRED),
    ("redeemed", VoucherStatus.REDEEMED, NOW, "30.00", ErrorCode.VOUCHER_ALREADY_REDEEMED),
    ("void", VoucherStatus.VOID, NOW, "30.00", ErrorCode.VOUCHER_VOID),
    ("below the minimum", VoucherStatus.ISSUED, NOW, "19.99", ErrorCode.MIN_PURCHASE_NOT_MET),
    ("redeemed wins over expired", VoucherStatus.REDEEMED, END + timedelta(days=9), "30.00",
     ErrorCode.VOUCHER_ALREADY_REDEEMED),
    ("void wins over not yet valid", VoucherStatus.VOID, START - timedelta(days=9), "30.00",
     ErrorCode.VOUCHER_VOID),
    ("expired wins over the minimum", VoucherStatus.ISSUED, END + timedelta(days=1), "1.00",
     ErrorCode.VOUCHER_EXPIRED),
]  # fmt: skip


@pytest.mark.parametrize("voucher_type", list(VoucherType))
@pytest.mark.parametrize(
    ("case", "status", "when", "amount", "refusal"), STATES, ids=[s[0] for s in STATES]
)
def test_validation_table(voucher_type, case, status, when, amount, refusal) -> None:
    terms = TERMS[voucher_type]
    if refusal is None:
        got = check_redemption(status, terms, now=when, amount=Decimal(amount), currency="MYR")
        if amount == "30.00":
            assert (got.discount, got.amount_due, got.benefit) == VALID_RESULT[voucher_type]
        assert got.discount + got.amount_due == Decimal(amount)
    else:
        with pytest.raises(LoyaltyError) as caught:
            check_redemption(status, terms, now=when, amount=Decimal(amount), currency="MYR")
        assert caught.value.code is refusal
        assert not caught.value.is_input_error


@pytest.mark.parametrize(
    ("status", "when", "state"),
    [
        (VoucherStatus.ISSUED, NOW, VoucherState.VALID),
        (VoucherStatus.ISSUED, START - timedelta(seconds=1), VoucherState.NOT_YET_VALID),
        (VoucherStatus.ISSUED, END + timedelta(seconds=1), VoucherState.EXPIRED),
        (VoucherStatus.REDEEMED, NOW, VoucherState.REDEEMED),
        (VoucherStatus.VOID, NOW, VoucherState.VOID),
        ("ISSUED", NOW, VoucherState.VALID),
    ],
)
def test_state_derives_expiry_from_dates(status, when, state) -> None:
    assert voucher_state(status, TERMS[VoucherType.FIXED], when) is state


def test_open_ended_terms_are_always_in_date() -> None:
    terms = VoucherTerms(VoucherType.PERCENT, Decimal(50))
    for when in (datetime(2000, 1, 1, tzinfo=UTC), datetime(2099, 1, 1, tzinfo=UTC)):
        assert voucher_state(VoucherStatus.ISSUED, terms, when) is VoucherState.VALID
    got = check_redemption(VoucherStatus.ISSUED, terms, now=NOW, amount=Decimal("0.01"),
                           currency="MYR")  # fmt: skip
    assert (got.discount, got.amount_due) == (Decimal("0.00"), Decimal("0.01"))


@pytest.mark.parametrize(
    ("percent", "amount", "currency", "discount"),
    [
        ("10", "25.55", "MYR", "2.56"),  # 2.555 -> 2.56 (half-even: 5 after an odd digit)
        ("10", "25.45", "MYR", "2.54"),  # 2.545 -> 2.54 (half-even: 5 after an even digit)
        ("12.5", "9.99", "MYR", "1.25"),  # 1.24875
        ("33.33", "100", "MYR", "33.33"),
        ("100", "42.10", "MYR", "42.10"),
        ("15", "1005", "JPY", "151"),  # 150.75, no minor unit
        ("15", "1.015", "KWD", "0.152"),  # 0.15225, three decimals
        ("50", "0.01", "MYR", "0.00"),  # 0.005 -> 0.00
        ("50", "0.03", "MYR", "0.02"),  # 0.015 -> 0.02
    ],
)
def test_percent_rounds_half_even_to_the_minor_unit(percent, amount, currency, discount) -> None:
    terms = build_terms(voucher_type="PERCENT", value=percent, currency=currency)
    got = compute_discount(terms, Decimal(amount), currency)
    assert got.discount == Decimal(discount)
    assert str(got.discount) == discount
    assert got.amount_due == Decimal(amount) - Decimal(discount)


@pytest.mark.parametrize(
    ("value", "amount", "discount", "due"),
    [("5.00", "30.00", "5.00", "25.00"), ("50.00", "30.00", "30.00", "0.00"),
     ("30", "30", "30.00", "0.00")],
)  # fmt: skip
def test_fixed_is_capped_at_the_amount(value, amount, discount, due) -> None:
    terms = build_terms(voucher_type="FIXED", value=value, currency="MYR")
    got = compute_discount(terms, Decimal(amount), "MYR")
    assert (got.discount, got.amount_due) == (Decimal(discount), Decimal(due))


def test_bogo_is_a_described_benefit_worth_no_money_here() -> None:
    plain = build_terms(voucher_type="bogo", value=None, currency="MYR")
    got = compute_discount(plain, Decimal("12.00"), "MYR")
    assert (got.discount, got.amount_due, got.benefit) == (
        Decimal("0.00"), Decimal("12.00"), BOGO_BENEFIT,
    )  # fmt: skip
    described = build_terms(voucher_type="BOGO", value="0", currency="MYR",
                            description="  Buy one   cake,\nget one free ")  # fmt: skip
    assert described.value is None
    assert compute_discount(described, Decimal(1), "MYR").benefit == "Buy one cake, get one free"


@pytest.mark.parametrize(
    ("voucher_type", "value", "code"),
    [
        ("PERCENT", None, ErrorCode.INVALID_VOUCHER),
        ("PERCENT", "0", ErrorCode.INVALID_VOUCHER),
        ("PERCENT", "100.01", ErrorCode.INVALID_VOUCHER),
        ("PERCENT", "-5", ErrorCode.INVALID_VOUCHER),
        ("PERCENT", "10.555", ErrorCode.INVALID_VOUCHER),
        ("PERCENT", "ten", ErrorCode.INVALID_VOUCHER),
        ("PERCENT", "NaN", ErrorCode.INVALID_VOUCHER),
        ("PERCENT", True, ErrorCode.INVALID_VOUCHER),
        ("FIXED", None, ErrorCode.INVALID_VOUCHER),
        ("FIXED", "0", ErrorCode.INVALID_AMOUNT),
        ("FIXED", "1.005", ErrorCode.INVALID_AMOUNT),
        ("FIXED", "5,00", ErrorCode.INVALID_AMOUNT),
        ("BOGO", "3", ErrorCode.INVALID_VOUCHER),
        ("FREEBIE", "3", ErrorCode.INVALID_VOUCHER),
    ],
)
def test_bad_terms_are_input_errors(voucher_type, value, code) -> None:
    with pytest.raises(LoyaltyError) as caught:
        build_terms(voucher_type=voucher_type, value=value, currency="MYR")
    assert caught.value.code is code
    assert caught.value.is_input_error


def test_terms_dates_minimum_and_description_are_checked() -> None:
    with pytest.raises(LoyaltyError, match="end before it starts"):
        build_terms(voucher_type="FIXED", value="1", currency="MYR", valid_from=END,
                    valid_until=START)  # fmt: skip
    with pytest.raises(LoyaltyError, match="timezone"):
        build_terms(voucher_type="FIXED", value="1", currency="MYR",
                    valid_until=datetime(2026, 1, 1))  # fmt: skip
    with pytest.raises(LoyaltyError) as caught:
        build_terms(voucher_type="FIXED", value="1", currency="MYR", min_purchase="-1")
    assert caught.value.code is ErrorCode.INVALID_AMOUNT
    with pytest.raises(LoyaltyError):
        build_terms(voucher_type="BOGO", value=None, currency="MYR", description="x" * 201)
    same_day = build_terms(voucher_type="FIXED", value="1", currency="MYR", valid_from=NOW,
                           valid_until=NOW)  # fmt: skip
    assert same_day.valid_from == same_day.valid_until


@pytest.mark.parametrize("quantity", [0, -1, 1001, True, 2.0, "5"])
def test_quantity_is_1_to_1000(quantity) -> None:
    with pytest.raises(LoyaltyError) as caught:
        check_quantity(quantity)
    assert caught.value.code is ErrorCode.INVALID_VOUCHER
    assert check_quantity(1) == 1
    assert check_quantity(1000) == 1000


@pytest.mark.parametrize("name", ["", "   ", "x" * 81, "bad\x00name"])
def test_batch_names_are_checked(name) -> None:
    with pytest.raises(LoyaltyError):
        check_batch_name(name)
    assert check_batch_name("  Spring   sale ") == "Spring sale"


def test_codes_are_12_base62_with_a_digit_and_a_letter_and_do_not_repeat() -> None:
    codes = [generate_code() for _ in range(100_000)]
    assert len(set(codes)) == len(codes)
    alphabet = set(BASE62)
    assert len(alphabet) == 62
    for code in codes:
        assert len(code) == CODE_LENGTH
        assert set(code) <= alphabet
        assert any(ch.isdigit() for ch in code)
        assert any(ch.isalpha() for ch in code)
    # Every symbol is used in every position: no position is predictable.
    for position in range(CODE_LENGTH):
        assert {code[position] for code in codes} == alphabet


def test_every_code_classifies_as_a_voucher_and_fits_the_qr_payload() -> None:
    for _ in range(2000):
        code = generate_code()
        assert classify(code).kind is IdentifierKind.VOUCHER_CODE
        payload = parse_payload(voucher_payload(code))
        assert payload is not None
        assert (payload.kind, payload.value) == (PayloadKind.VOUCHER, code)
        assert classify(voucher_payload(code)).value == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("aB3dE5gH7jK9", "aB3dE5gH7jK9"),
        (" aB3d E5gH 7jK9 ", "aB3dE5gH7jK9"),
        ("aB3d-E5gH-7jK9", "aB3dE5gH7jK9"),
        ("aB3dE5gH7jK", None),
        ("aB3dE5gH7jK9x", "aB3dE5gH7jK9x"),  # a hosted service's own code (KiriMel)
        ("VOUCHER_A1B2C3D4E5F6", "VOUCHER_A1B2C3D4E5F6"),  # KiriMel's document's example
        ("V" * 41, None),
        ("aB3dE5gH7jK!", None),
    ],
)
def test_typed_codes_are_normalised_without_changing_case(text, code) -> None:
    assert normalise_code(text) == code


def test_a_masked_code_shows_only_its_end() -> None:
    assert mask_code("aB3dE5gH7jK9") == "…7jK9"
