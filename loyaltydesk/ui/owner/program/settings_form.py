"""The fields of the program settings, in sections, and reading them back as ``ShopSettings``.

Each field checks what was typed as it changes; the domain's own rules (``validate_rules``,
``validate_profile``) then judge the whole, so the form and the services never disagree.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QImage, QPixmap, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.errors import LoyaltyError
from loyaltydesk.domain.money import minor_units
from loyaltydesk.domain.program import (
    MAX_POINTS,
    EarnMode,
    ShopSettings,
    validate_profile,
    validate_rules,
)
from loyaltydesk.domain.purchases import MAX_USUAL_PURCHASE, default_usual_purchase
from loyaltydesk.ui.formatting import Formatter
from loyaltydesk.ui.owner.program.tiers_editor import TiersEditor, edit_text, parse_decimal
from loyaltydesk.ui.owner.widgets.fields import Field, UnitLineEdit, WholeNumberEdit
from loyaltydesk.ui.owner.widgets.reflow import ColumnsLayout

LOGO_SIDE = 64
NUMBER_WIDTH = 280
COLUMN_WIDTH = 400
"""The narrowest a column of cards gets before the two columns become one."""


def _section(title: str) -> tuple[QFrame, QVBoxLayout]:
    card = QFrame()
    card.setObjectName("Card")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(24, 16, 24, 24)
    layout.setSpacing(16)
    heading = QLabel(title)
    heading.setObjectName("SectionTitle")
    layout.addWidget(heading)
    return card, layout


def _number(unit: str, minimum: int, maximum: int) -> WholeNumberEdit:
    edit = WholeNumberEdit(unit, minimum, maximum)
    edit.setMaximumWidth(NUMBER_WIDTH)
    return edit


class LogoPicker(QWidget):
    """The logo as it will look, with Choose… and Remove. ``choose_requested`` asks the page to
    pick and read a file; the page hands the bytes back with ``set_pending``."""

    choose_requested = Signal()
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saved: bytes | None = None
        self.pending: bytes | None = None
        self.preview = QLabel()
        self.preview.setObjectName("LogoPreview")
        self.preview.setFixedSize(LOGO_SIDE + 16, LOGO_SIDE + 16)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setAccessibleName(self.tr("Shop logo"))
        self.choose = QPushButton(self.tr("Choose logo…"))
        self.choose.setAccessibleName(self.tr("Choose a logo image"))
        self.choose.clicked.connect(self.choose_requested)
        self.clear = QPushButton(self.tr("Remove logo"))
        self.clear.setAccessibleName(self.tr("Remove the logo"))
        self.clear.clicked.connect(lambda: self.set_pending(b""))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(self.preview)
        layout.addWidget(self.choose)
        layout.addWidget(self.clear)
        layout.addStretch(1)
        self._paint()

    def load(self, data: bytes | None) -> None:
        self.saved, self.pending = data or None, None
        self._paint()

    def set_pending(self, data: bytes) -> None:
        """New logo bytes, or b"" to remove the logo when the settings are saved."""
        self.pending = None if (data or None) == self.saved else data
        self._paint()
        self.edited.emit()

    @property
    def changed(self) -> bool:
        return self.pending is not None

    def _paint(self) -> None:
        data = self.saved if self.pending is None else self.pending
        image = QImage.fromData(data) if data else QImage()
        if image.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No logo"))
        else:
            self.preview.setPixmap(QPixmap.fromImage(image).scaled(
                LOGO_SIDE, LOGO_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))  # fmt: skip
        self.clear.setEnabled(bool(data))


class SettingsForm(QWidget):
    """``edited`` on every change; ``read()`` gives the settings or says what is wrong."""

    edited = Signal()

    def __init__(self, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.loaded = ShopSettings()
        self._loading = False
        money = fmt.currency_symbol()

        self.name = QLineEdit()
        self.currency = QLineEdit()
        self.currency.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}")))
        self.region = QLineEdit()
        self.region.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,2}")))
        self.logo = LogoPicker()
        self.mode = QComboBox()
        for mode, text in (
            (EarnMode.SPEND, self.tr("For money spent")),
            (EarnMode.VISIT, self.tr("For each visit")),
            (EarnMode.UNIT, self.tr("For each unit bought")),
        ):
            self.mode.addItem(text, mode)
        self.per_visit = _number(self.tr("points"), 1, MAX_POINTS)
        self.spend = UnitLineEdit(money)
        self.per_unit = _number(self.tr("points"), 1, MAX_POINTS)
        self.usual = UnitLineEdit(money)
        self.usual.setAccessibleName(self.tr("Largest usual purchase"))
        self.tiers = TiersEditor(fmt)
        self.expires = QCheckBox(self.tr("Points expire"))
        self.expires.setObjectName("AdminCheck")
        self.expiry = _number(self.tr("months"), 1, 120)
        self.cooldown = _number(self.tr("minutes"), 0, 24 * 60)
        self.birthday = _number(self.tr("points"), 0, MAX_POINTS)
        self.paying = QCheckBox(self.tr("Customers may pay with points"))
        self.paying.setObjectName("AdminCheck")
        self.point_value = UnitLineEdit(money)
        for edit in (self.spend, self.usual, self.point_value):
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setMaximumWidth(NUMBER_WIDTH)
        self.usual.setMaximumWidth(NUMBER_WIDTH + 80)  # its placeholder names the default
        self.currency.setMaximumWidth(NUMBER_WIDTH)
        self.region.setMaximumWidth(NUMBER_WIDTH)

        self.fields = {
            "name": Field(self.tr("Shop name"), self.name),
            "currency": Field(self.tr("Currency"), self.currency,
                              self.tr("Three letters: MYR, EUR…")),
            "region": Field(self.tr("Default phone region"), self.region,
                            self.tr("For numbers without +country code: MY, IE…")),
            "mode": Field(self.tr("Customers earn points"), self.mode),
            "per_visit": Field(self.tr("Points per visit"), self.per_visit),
            "spend": Field(self.tr("Spend for 1 point"), self.spend,
                           self.tr("Before the tier's multiplier.")),
            "per_unit": Field(self.tr("Points per unit"), self.per_unit),
            "usual": Field(self.tr("Largest usual purchase"), self.usual,
                           self.tr("Above this the counter asks the cashier to confirm the "
                                   "amount. Empty: the usual default.")),
            "expiry": Field(self.tr("Points expire after"), self.expiry,
                            self.tr("Counted from the day the points were earned.")),
            "cooldown": Field(self.tr("Check-in cooldown"), self.cooldown,
                              self.tr("A second check-in this soon asks the cashier to confirm.")),
            "birthday": Field(self.tr("Points on their birthday"), self.birthday,
                              self.tr("Added once a year, at the first check-in in the "
                                      "customer's birthday month. 0 turns it off.")),
            "point_value": Field(self.tr("Value of 1 point"), self.point_value),
        }  # fmt: skip
        self.fields["logo"] = Field(self.tr("Logo"), self.logo, self.tr("PNG or JPEG, 256 KiB."))
        self.numbers = {
            "per_visit": self.per_visit,
            "per_unit": self.per_unit,
            "expiry": self.expiry,
            "cooldown": self.cooldown,
            "birthday": self.birthday,
        }

        shop, shop_layout = _section(self.tr("Shop"))
        codes = QHBoxLayout()
        codes.setSpacing(16)
        for key in ("currency", "region"):
            codes.addWidget(self.fields[key], 1, Qt.AlignmentFlag.AlignTop)
        shop_layout.addWidget(self.fields["name"])
        shop_layout.addLayout(codes)
        shop_layout.addWidget(self.fields["logo"])
        earning, earning_layout = _section(self.tr("Earning"))
        for key in ("mode", "per_visit", "spend", "per_unit", "usual"):
            earning_layout.addWidget(self.fields[key])
        tiers, tiers_layout = _section(self.tr("Tiers"))
        tiers_hint = QLabel(self.tr(
            "A customer's tier follows what they spent in the last 12 months; the first tier "
            "starts at 0. Double-click a cell to change it."))  # fmt: skip
        tiers_hint.setObjectName("Muted")
        tiers_hint.setWordWrap(True)
        tiers_layout.addWidget(tiers_hint)
        tiers_layout.addWidget(self.tiers)
        expiry, expiry_layout = _section(self.tr("Expiry and cooldown"))
        expiry_layout.addWidget(self.expires)
        expiry_layout.addWidget(self.fields["expiry"])
        expiry_layout.addWidget(self.fields["cooldown"])
        birthday, birthday_layout = _section(self.tr("Birthday bonus"))
        birthday_layout.addWidget(self.fields["birthday"])
        paying, paying_layout = _section(self.tr("Paying with points"))
        paying_layout.addWidget(self.paying)
        paying_layout.addWidget(self.fields["point_value"])

        # Two columns of cards side by side when the page is wide enough, else one column.
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 16, 0)
        page.setSpacing(16)
        columns = ColumnsLayout(2, COLUMN_WIDTH, spacing=16)
        for cards in ((shop, earning), (expiry, birthday, paying)):
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(16)
            for card in cards:
                column.addWidget(card)
            column.addStretch(1)
            columns.addWidget(box)
        page.addLayout(columns)
        page.addWidget(tiers)

        for edit in (self.name, self.currency, self.region, self.spend, self.usual,
                     self.point_value,
                     *self.numbers.values()):  # fmt: skip
            edit.textEdited.connect(self._changed)
        for box in (self.expires, self.paying):
            box.toggled.connect(self._changed)
        self.mode.currentIndexChanged.connect(self._changed)
        self.tiers.edited.connect(self._changed)
        self.logo.edited.connect(self._changed)

    def load(self, settings: ShopSettings) -> None:
        """Show ``settings`` as saved; nothing counts as changed afterwards."""
        self.loaded = settings
        p, r = settings.profile, settings.rules
        locale = self.fmt.locale
        self._loading = True
        self.name.setText(p.name)
        self.currency.setText(p.currency)
        self.region.setText(p.default_region)
        self.mode.setCurrentIndex(self.mode.findData(r.earn_mode))
        self.per_visit.set_value(r.points_per_visit)
        cents = minor_units(p.currency)
        self.spend.setText(edit_text(r.spend_per_point, locale, cents))
        self.per_unit.set_value(r.points_per_unit)
        usual = r.largest_usual_purchase
        self.usual.setText("" if usual is None else edit_text(usual, locale, cents))
        self._hint_usual(p.currency)
        self.tiers.model.set_tiers(r.tiers)
        self.expires.setChecked(r.expiry_months is not None)
        self.expiry.set_value(r.expiry_months or 12)
        self.cooldown.set_value(r.cooldown_minutes)
        self.birthday.set_value(r.birthday_bonus_points)
        self.paying.setChecked(r.point_value is not None)
        self.point_value.setText(edit_text(r.point_value or Decimal("0.01"), locale, cents))
        self._loading = False
        self._show_relevant()
        self.read()

    def read(self) -> tuple[ShopSettings | None, str]:
        """The settings as typed, or None and the first thing that is wrong (also shown next
        to its field)."""
        errors = dict.fromkeys(self.fields, "")
        for key, edit in self.numbers.items():
            if self._relevant(key):
                errors[key] = edit.problem()
        spend = parse_decimal(self.spend.text())
        if spend is None and self._relevant("spend"):
            errors["spend"] = self.tr("Type an amount, like 1.00.")
        value = parse_decimal(self.point_value.text()) if self.paying.isChecked() else None
        if self.paying.isChecked() and value is None:
            errors["point_value"] = self.tr("Type an amount, like 0.01.")
        usual, errors["usual"] = self._usual()
        tiers, tiers_error = self.tiers.model.tiers()
        self.tiers.set_error(tiers_error)
        for key, field in self.fields.items():
            field.set_error(errors[key])
        problem = next((text for text in errors.values() if text), tiers_error)
        if problem or tiers is None:
            return None, problem
        rules = replace(
            self.loaded.rules,
            earn_mode=self._mode(),
            points_per_visit=self._whole(self.per_visit, self.loaded.rules.points_per_visit),
            spend_per_point=self.loaded.rules.spend_per_point if spend is None else spend,
            points_per_unit=self._whole(self.per_unit, self.loaded.rules.points_per_unit),
            tiers=tiers,
            expiry_months=self._whole(self.expiry, 12) if self.expires.isChecked() else None,
            cooldown_minutes=self._whole(self.cooldown, 0),
            birthday_bonus_points=self._whole(self.birthday, 0),
            point_value=value,
            largest_usual_purchase=usual,
        )
        profile = replace(
            self.loaded.profile,
            name=self.name.text().strip(),
            currency=self.currency.text().strip(),
            default_region=self.region.text().strip(),
        )
        try:
            return ShopSettings(validate_profile(profile), validate_rules(rules)), ""
        except LoyaltyError as error:
            return None, error.message

    def _usual(self) -> tuple[Decimal | None, str]:
        """The largest usual purchase typed (None: the currency's default), or a problem."""
        text = self.usual.text().strip()
        if not self._relevant("usual"):
            return self.loaded.rules.largest_usual_purchase, ""
        if not text:
            return None, ""
        value = parse_decimal(text)
        if value is None or not 0 < value <= MAX_USUAL_PURCHASE:
            most = self.fmt.money(MAX_USUAL_PURCHASE)
            return self.loaded.rules.largest_usual_purchase, self.tr(
                "Type an amount above 0 and at most %1, like 1000, or leave it empty."
            ).replace("%1", most)
        return value, ""

    def _hint_usual(self, currency: str) -> None:
        """The default (from the currency) as the field's placeholder, in the shop's money."""
        code = currency.upper() if len(currency) == 3 else self.fmt.currency
        fmt = self.fmt if code == self.fmt.currency else Formatter(
            self.fmt.locale, code, self.fmt.zone.key)  # fmt: skip
        text = fmt.money(default_usual_purchase(code))
        self.usual.setPlaceholderText(self.tr("default: %1").replace("%1", text))

    @staticmethod
    def _whole(edit: WholeNumberEdit, fallback: int) -> int:
        """The number typed; a hidden field (another earning mode) keeps what was saved."""
        value = edit.value()
        return fallback if value is None else value

    def is_changed(self, settings: ShopSettings | None) -> bool:
        """Whether what is typed differs from what was loaded (``settings`` from ``read``)."""
        return self.logo.changed or settings is None or settings != self.loaded

    def _changed(self) -> None:
        if self._loading:
            return
        typed = self.currency.text().strip().upper()
        unit = self.fmt.currency_symbol() if typed == self.fmt.currency else typed
        self.spend.set_unit(unit)
        self.point_value.set_unit(unit)
        self.usual.set_unit(unit)
        self._hint_usual(typed)
        self._show_relevant()
        self.edited.emit()

    def _mode(self) -> EarnMode:
        # A combo box hands an enum back as its plain string.
        return EarnMode(self.mode.currentData())

    def _relevant(self, key: str) -> bool:
        """Whether a field counts: the rate of the earning mode chosen, expiry when on."""
        mode = self._mode()
        return {
            "per_visit": mode is EarnMode.VISIT,
            "spend": mode is EarnMode.SPEND,
            "usual": mode is EarnMode.SPEND,
            "per_unit": mode is EarnMode.UNIT,
            "expiry": self.expires.isChecked(),
            "point_value": self.paying.isChecked(),
        }.get(key, True)

    def _show_relevant(self) -> None:
        for key in ("per_visit", "spend", "per_unit", "usual"):
            self.fields[key].setVisible(self._relevant(key))
        for key in ("expiry", "point_value"):
            self.fields[key].setEnabled(self._relevant(key))
