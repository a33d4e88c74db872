"""The setup form's fields: the shop, how customers earn, the first reward and the owner.

Defaults come from the machine's locale and time zone. A field says what is wrong with it
once the person leaves it (or presses Create), never before anything was typed.
"""

from __future__ import annotations

import zoneinfo
from decimal import Decimal

import phonenumbers
from PySide6.QtCore import QLocale, QRegularExpression, QTimeZone, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.errors import LoyaltyError
from loyaltydesk.domain.program import (
    EarnMode,
    ProgramRules,
    ShopProfile,
    ShopSettings,
    validate_profile,
)
from loyaltydesk.services.shop_setup import ShopSetup
from loyaltydesk.ui.formatting import Formatter
from loyaltydesk.ui.owner.widgets.fields import Field, WholeNumberEdit

COMMON_CURRENCIES = ("MYR", "SGD", "IDR", "THB", "PHP", "INR", "EUR", "GBP", "USD", "AUD")


def system_defaults(locale: QLocale) -> ShopProfile:
    """Currency, phone region and time zone of this machine, or the app's defaults."""
    fallback = ShopProfile()
    currency = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
    region = QLocale.territoryToCode(locale.territory())
    zone = QTimeZone.systemTimeZoneId().data().decode("ascii", "replace")
    return ShopProfile(
        name="",
        currency=currency if len(currency) == 3 else fallback.currency,
        default_region=region
        if region in phonenumbers.SUPPORTED_REGIONS
        else fallback.default_region,
        timezone=zone if zone in zoneinfo.available_timezones() else "UTC",
    )


def _card(title: str) -> tuple[QFrame, QVBoxLayout]:
    card = QFrame()
    card.setObjectName("Card")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(24, 16, 24, 24)
    layout.setSpacing(12)
    heading = QLabel(title)
    heading.setObjectName("SectionTitle")
    layout.addWidget(heading)
    return card, layout


class SetupForm(QWidget):
    """``read()`` gives the setup or None after showing what is wrong next to each field."""

    edited = Signal()

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        defaults = system_defaults(locale)

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Kopi & Co."))
        self.name.setMaxLength(80)
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.lineEdit().setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}"))
        )
        codes = [defaults.currency] + [c for c in COMMON_CURRENCIES if c != defaults.currency]
        self.currency.addItems(codes)
        self.region = QComboBox()
        for code in sorted(phonenumbers.SUPPORTED_REGIONS, key=self._region_name):
            self.region.addItem(f"{self._region_name(code)} (+{_calling_code(code)})", code)
        self.region.setCurrentIndex(self.region.findData(defaults.default_region))
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.addItems(sorted(zoneinfo.available_timezones()))
        self.timezone.setCurrentText(defaults.timezone)

        self.modes = QButtonGroup(self)
        self.mode_buttons: dict[EarnMode, QRadioButton] = {}
        self.examples: dict[EarnMode, QLabel] = {}
        for mode in (EarnMode.SPEND, EarnMode.VISIT, EarnMode.UNIT):
            button = QRadioButton(self._mode_title(mode))
            self.modes.addButton(button)
            self.mode_buttons[mode] = button
            example = QLabel()
            example.setObjectName("Muted")
            example.setWordWrap(True)
            example.setIndent(28)
            self.examples[mode] = example
        self.mode_buttons[EarnMode.SPEND].setChecked(True)

        self.reward = QLineEdit()
        self.reward.setPlaceholderText(self.tr("e.g. Free coffee"))
        self.reward.setMaxLength(80)
        self.cost = WholeNumberEdit(self.tr("points"), 1, 10_000_000)
        self.cost.set_value(100)
        self.owner = QLineEdit()
        self.owner.setMaxLength(80)
        self.pin = self._pin_edit()
        self.repeat = self._pin_edit()

        self.fields = {
            "name": Field(self.tr("Shop name"), self.name),
            "currency": Field(self.tr("Currency"), self.currency),
            "region": Field(
                self.tr("Phone numbers are from"),
                self.region,
                self.tr("Numbers typed without a country code are read as this country's."),
            ),
            "timezone": Field(self.tr("Time zone"), self.timezone),
            "reward": Field(self.tr("First reward"), self.reward),
            "cost": Field(self.tr("It costs"), self.cost),
            "owner": Field(self.tr("Your name"), self.owner),
            "pin": Field(self.tr("Your PIN (4 to 8 digits)"), self.pin),
            "repeat": Field(self.tr("The PIN again"), self.repeat),
        }
        shop, shop_layout = _card(self.tr("Your shop"))
        for key in ("name", "currency", "region", "timezone"):
            shop_layout.addWidget(self.fields[key])
        earn, earn_layout = _card(self.tr("How customers earn points"))
        for mode, button in self.mode_buttons.items():
            earn_layout.addWidget(button)
            earn_layout.addWidget(self.examples[mode])
        later = QLabel(self.tr("Rates, tiers and expiry can be changed later in Settings."))
        later.setObjectName("Muted")
        later.setWordWrap(True)
        earn_layout.addWidget(later)
        reward, reward_layout = _card(self.tr("The first reward"))
        reward_layout.addWidget(self.fields["reward"])
        reward_layout.addWidget(self.fields["cost"])
        owner, owner_layout = _card(self.tr("The owner"))
        for key in ("owner", "pin", "repeat"):
            owner_layout.addWidget(self.fields[key])
        for layout in (shop_layout, earn_layout, reward_layout, owner_layout):
            layout.addStretch(1)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(16)
        grid.addWidget(shop, 0, 0)
        grid.addWidget(earn, 0, 1)
        grid.addWidget(reward, 1, 0)
        grid.addWidget(owner, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        self._touched: set[str] = set()
        for key, edit in (
            ("name", self.name),
            ("reward", self.reward),
            ("cost", self.cost),
            ("owner", self.owner),
            ("pin", self.pin),
            ("repeat", self.repeat),
        ):
            edit.editingFinished.connect(lambda k=key: self._touch(k))
            edit.textChanged.connect(self._recheck)
        for key, combo in (("currency", self.currency), ("timezone", self.timezone)):
            combo.lineEdit().editingFinished.connect(lambda k=key: self._touch(k))
        self.timezone.currentTextChanged.connect(self._recheck)
        self.currency.currentTextChanged.connect(self._on_currency)
        self._on_currency(self.currency.currentText())

    # -- reading ---------------------------------------------------------------------------

    def read(self) -> ShopSetup | None:
        """The setup, or None after every wrong field says why (the first one gets the focus)."""
        self._touched = set(self.fields)
        problems = self._problems()
        self._show(problems)
        if problems:
            first = next(k for k in self.fields if k in problems)
            self.fields[first].widget.setFocus()
            return None
        mode = next(m for m, b in self.mode_buttons.items() if b.isChecked())
        profile = ShopProfile(
            name=self.name.text().strip(),
            currency=self.currency.currentText().upper(),
            default_region=str(self.region.currentData()),
            timezone=self.timezone.currentText(),
        )
        cost = self.cost.value()
        assert cost is not None
        return ShopSetup(
            settings=ShopSettings(profile, ProgramRules(earn_mode=mode)),
            owner_name=self.owner.text().strip(),
            owner_pin=self.pin.text(),
            reward_title=self.reward.text().strip(),
            reward_cost=cost,
        )

    def _problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if not self.name.text().strip():
            problems["name"] = self.tr("Type the shop's name.")
        try:
            validate_profile(ShopProfile(currency=self.currency.currentText()))
        except LoyaltyError:
            problems["currency"] = self.tr("Type a three-letter code such as MYR or EUR.")
        if self.timezone.currentText() not in zoneinfo.available_timezones():
            problems["timezone"] = self.tr("Pick a time zone from the list.")
        if not self.reward.text().strip():
            problems["reward"] = self.tr("Name one reward, such as a free coffee.")
        if self.cost.problem():
            problems["cost"] = self.cost.problem()
        if not self.owner.text().strip():
            problems["owner"] = self.tr("Type your name.")
        pin = self.pin.text()
        if not (pin.isdigit() and 4 <= len(pin) <= 8):
            problems["pin"] = self.tr("A PIN is 4 to 8 digits.")
        elif self.repeat.text() != pin:
            problems["repeat"] = self.tr("The two PINs are not the same.")
        return problems

    # -- as the person types ---------------------------------------------------------------

    def _touch(self, key: str) -> None:
        self._touched.add(key)
        self._recheck()

    def _recheck(self) -> None:
        self._show(self._problems())
        self.edited.emit()

    def _show(self, problems: dict[str, str]) -> None:
        for key, field in self.fields.items():
            field.set_error(problems.get(key, "") if key in self._touched else "")

    def _on_currency(self, code: str) -> None:
        currency = code.upper() if len(code) == 3 else ShopProfile().currency
        fmt = Formatter(self._locale, currency, "UTC")
        self.examples[EarnMode.SPEND].setText(
            self.tr("1 point for every %1 spent: a purchase of %2 earns 25 points.")
            .replace("%1", fmt.money(Decimal(1)))
            .replace("%2", fmt.money(Decimal(25)))
        )
        self.examples[EarnMode.VISIT].setText(
            self.tr("1 point for every visit, whatever was bought: 10 visits earn 10 points.")
        )
        self.examples[EarnMode.UNIT].setText(
            self.tr("1 point for every item bought (cups, stamps…): 3 coffees earn 3 points.")
        )
        self._recheck()

    def _mode_title(self, mode: EarnMode) -> str:
        return {
            EarnMode.SPEND: self.tr("By money spent"),
            EarnMode.VISIT: self.tr("By visit"),
            EarnMode.UNIT: self.tr("By item"),
        }[mode]

    def _region_name(self, code: str) -> str:
        territory = QLocale.codeToTerritory(code)
        if territory == QLocale.Country.AnyTerritory:
            return code
        return QLocale.territoryToString(territory)

    def _pin_edit(self) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setMaxLength(8)
        edit.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9]{0,8}")))
        return edit


def _calling_code(region: str) -> int:
    return phonenumbers.country_code_for_region(region)
