"""From the voucher service's print data to labels: values, dates and conditions."""

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QLocale

from loyaltydesk.printing import CustomValue, MoneyOff, PercentOff
from loyaltydesk.printing.from_services import (
    currency_symbol,
    ensure_gui_application,
    member_card_labels,
    voucher_labels,
)

UK = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def test_labels_carry_value_dates_and_minimum(services, owner, qapp) -> None:
    specs = [
        ("PERCENT", "10", PercentOff(10)),
        ("PERCENT", "12.5", CustomValue("12.5% off")),
        ("FIXED", "5", MoneyOff(Decimal("5.00"), "RM")),
        ("BOGO", None, CustomValue("Buy one cake, get one free")),
    ]
    for voucher_type, value, expected in specs:
        created = services.vouchers.create_batch(
            actor=owner,
            name=voucher_type,
            voucher_type=voucher_type,
            value=value,
            quantity=2,
            valid_from=date(2026, 4, 1),
            valid_until=date(2026, 4, 30),
            min_purchase="20",
            description="Buy one cake, get one free" if voucher_type == "BOGO" else "",
        )
        data = services.vouchers.voucher_print_data(created.batch_id)
        assert data.shop_name == "Test Café"
        labels = voucher_labels(data, UK)
        assert [label.code for label in labels] == list(created.codes)
        assert labels[0].value == expected
        assert (labels[0].valid_from, labels[0].valid_until) == (
            date(2026, 4, 1),
            date(2026, 4, 30),
        )
        assert labels[0].conditions == "Minimum purchase RM20.00"
    assert ensure_gui_application() is qapp


def test_only_unused_vouchers_are_printed(services, owner, cashier) -> None:
    created = services.vouchers.create_batch(
        actor=owner, name="A", voucher_type="FIXED", value="1", quantity=3
    )
    services.vouchers.redeem_voucher(
        code=created.codes[0], amount="5", actor=cashier, ref_code="p-1"
    )
    services.vouchers.void_voucher(code=created.codes[1], reason="torn", actor=owner)
    data = services.vouchers.voucher_print_data(created.batch_id)
    assert [v.code for v in data.vouchers] == [created.codes[2]]
    assert data.vouchers[0].valid_until is None
    assert voucher_labels(data)[0].conditions == ""


def test_member_card_labels_and_currency_symbols(services, cashier) -> None:
    card = services.customers.register(
        actor=cashier, ref_code="reg-1", phone="+60123456789", name="Ana"
    )
    (label,) = member_card_labels(services.vouchers.member_cards(all_customers=True))
    assert (str(label.customer_id), label.name, label.short_code) == (
        card.customer_id,
        "Ana",
        card.short_code,
    )
    assert (currency_symbol("myr"), currency_symbol("EUR"), currency_symbol("CHF")) == (
        "RM",
        "€",
        "CHF ",
    )
