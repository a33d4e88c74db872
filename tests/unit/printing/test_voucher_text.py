from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from loyaltydesk.printing import CustomValue, FreeItem, MoneyOff, PercentOff, VoucherLabel
from loyaltydesk.printing.voucher_text import grouped_code, validity_text, value_text

UK = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
GERMANY = QLocale(QLocale.Language.German, QLocale.Country.Germany)


def test_codes_are_grouped_by_four() -> None:
    assert grouped_code("aB3dE5gH7jK9") == "aB3d E5gH 7jK9"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (MoneyOff(Decimal("5")), "£5.00 off"),
        (MoneyOff(Decimal("2.5"), "RM"), "RM2.50 off"),
        (PercentOff(10), "10% off"),
        (FreeItem("coffee"), "Free coffee"),
        (CustomValue("Buy one, get one"), "Buy one, get one"),
    ],
)
def test_value_texts(value: object, text: str) -> None:
    assert value_text(value, UK) == text


def test_amounts_and_dates_follow_the_locale() -> None:
    assert value_text(MoneyOff(Decimal("5")), GERMANY) == "5,00\xa0€ off"
    assert validity_text(None, date(2026, 3, 1), GERMANY) == "Valid until 1 März 2026"


def test_validity_texts() -> None:
    start, end = date(2026, 1, 1), date(2026, 12, 31)
    assert validity_text(None, end, UK) == "Valid until 31 Dec 2026"
    assert validity_text(start, None, UK) == "Valid from 1 Jan 2026"
    assert validity_text(start, end, UK) == "Valid 1 Jan 2026 – 31 Dec 2026"
    assert validity_text(None, None, UK) == ""


def test_a_malformed_voucher_code_is_refused() -> None:
    with pytest.raises(ValueError, match="12 to 40"):
        VoucherLabel(code="short", value=PercentOff(5))
