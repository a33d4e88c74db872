import uuid

import pytest

from loyaltydesk.domain.errors import ErrorCode, InvalidInputError
from loyaltydesk.domain.identifiers import IdentifierKind, classify, name_key, parse_phone
from loyaltydesk.domain.qr_payload import member_payload, voucher_payload


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("a1b2c3", IdentifierKind.SHORT_CODE, "A1B2C3"),
        ("  A1B2C3\r\n", IdentifierKind.SHORT_CODE, "A1B2C3"),
        ("+60123456789", IdentifierKind.PHONE, "+60123456789"),
        ("012-345 6789", IdentifierKind.PHONE, "+60123456789"),
        ("+353 85 123 4567", IdentifierKind.PHONE, "+353851234567"),
        ("Demo@Example.COM", IdentifierKind.EMAIL, "demo@example.com"),
        ("aB3dE5gH7jK9", IdentifierKind.VOUCHER_CODE, "aB3dE5gH7jK9"),
        ("Ana  Lee", IdentifierKind.NAME, "Ana Lee"),
        ("José", IdentifierKind.NAME, "José"),
        ("Christabelle", IdentifierKind.NAME, "Christabelle"),
        ("123", IdentifierKind.UNKNOWN, "123"),
        ("4006381333931", IdentifierKind.UNKNOWN, "4006381333931"),
        ("not@an@email", IdentifierKind.UNKNOWN, "not@an@email"),
        ("KM-PROMO-99881", IdentifierKind.UNKNOWN, "KM-PROMO-99881"),
    ],
)
def test_classify(text: str, kind: IdentifierKind, value: str) -> None:
    ident = classify(text, default_region="MY")
    assert (ident.kind, ident.value) == (kind, value)


def test_member_and_voucher_qr_payloads() -> None:
    customer = uuid.uuid4()
    member = classify(member_payload(customer))
    assert (member.kind, member.value) == (IdentifierKind.MEMBER_QR, str(customer))
    voucher = classify(voucher_payload("Zz9aaaaaaaa1"))
    assert (voucher.kind, voucher.value) == (IdentifierKind.VOUCHER_CODE, "Zz9aaaaaaaa1")


def test_unknown_payload_version_is_not_ours() -> None:
    assert classify("LD2:M:" + "A" * 32).kind is IdentifierKind.UNKNOWN


@pytest.mark.parametrize(
    "text",
    ["", "   ", "x" * 10_000, "A1B2\x00C3", "abc\x1b[2J", "\u202eA1B2C3", "a\tb\x07"],
)
def test_malformed_input_is_refused(text: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        classify(text)
    assert caught.value.code is ErrorCode.INVALID_IDENTIFIER


def test_sql_metacharacters_are_just_text() -> None:
    assert classify("'; DROP TABLE customer; --").kind is IdentifierKind.UNKNOWN
    assert classify("Robert'); DROP").kind is IdentifierKind.UNKNOWN
    assert classify("Seán O'Brien-Ní").kind is IdentifierKind.NAME


def test_phone_uses_the_shops_region() -> None:
    assert parse_phone("085 123 4567", default_region="IE") == "+353851234567"
    assert parse_phone("612 345 678", default_region="ES") == "+34612345678"
    assert parse_phone("9123 4567", default_region="SG") == "+6591234567"
    with pytest.raises(InvalidInputError):
        parse_phone("12", default_region="MY")


def test_name_key_folds_case_and_accents() -> None:
    assert name_key("  José   GARCÍA ") == "jose garcia"
