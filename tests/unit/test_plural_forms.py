"""The compiled catalogs count in each language's own plural forms (``%Ln``/``%n`` entries):
one source string per counted sentence, the forms from the language's catalog, the English
catalog beneath every language (``install_language``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

CATALOGS = Path(__file__).resolve().parents[2] / "resources" / "translations"
COUNTS = (1, 2, 5, 1234)


@pytest.fixture
def speaking(request: pytest.FixtureRequest, qapp) -> Iterator[str]:
    """Our compiled catalogs for ``request.param`` (English beneath it), in its locale
    (``%Ln`` groups digits as that locale does); nothing left installed afterwards."""
    before = QLocale()
    QLocale.setDefault(QLocale("en_MY" if request.param == "en" else request.param))
    installed = []
    for code in dict.fromkeys(("en", request.param)):
        translator = QTranslator()
        assert translator.load(f"loyaltydesk_{code}", str(CATALOGS)), code
        assert QCoreApplication.installTranslator(translator)
        installed.append(translator)
    yield request.param
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(before)


def _counted(context: str, source: str) -> list[str]:
    return [QCoreApplication.translate(context, source, None, n) for n in COUNTS]


EXPECTED = {
    "en": (
        ["1 customer", "2 customers", "5 customers", "1,234 customers"],
        ["1 point", "2 points", "5 points", "1,234 points"],
        ["1 person", "2 people", "5 people", "1,234 people"],
    ),
    "es": (
        ["1 cliente", "2 clientes", "5 clientes", "1234 clientes"],
        ["1 punto", "2 puntos", "5 puntos", "1234 puntos"],
        ["1 persona", "2 personas", "5 personas", "1234 personas"],
    ),
    "ms": (
        ["1 pelanggan", "2 pelanggan", "5 pelanggan", "1,234 pelanggan"],
        ["1 mata", "2 mata", "5 mata", "1,234 mata"],
        ["1 orang", "2 orang", "5 orang", "1,234 orang"],
    ),
    "id": (
        ["1 pelanggan", "2 pelanggan", "5 pelanggan", "1.234 pelanggan"],
        ["1 poin", "2 poin", "5 poin", "1.234 poin"],
        ["1 orang", "2 orang", "5 orang", "1.234 orang"],
    ),
    "zh_CN": (
        ["1 位顾客", "2 位顾客", "5 位顾客", "1,234 位顾客"],
        ["1 积分", "2 积分", "5 积分", "1,234 积分"],
        ["1 人", "2 人", "5 人", "1,234 人"],
    ),
}


@pytest.mark.parametrize("speaking", list(EXPECTED), indirect=True)
def test_counts_take_the_language_s_plural_forms(speaking: str):
    customers, points, people = EXPECTED[speaking]
    assert _counted("CustomersPage", "%Ln customer(s)") == customers
    assert _counted("HistoryWords", "%Ln point(s)") == points
    assert _counted("StaffPage", "%Ln person(s)") == people


@pytest.mark.parametrize("speaking", ["es"], indirect=True)
def test_a_sentence_keeps_its_other_placeholders(speaking: str):
    said = QCoreApplication.translate("CustomersPage", "%Ln customer(s) saved to %1.", None, 1)
    assert said == "1 cliente guardado en %1."
    signed = QCoreApplication.translate("Messages", "Voided — %1 point(s)", None, 40)
    assert signed == "Anulado — %1 puntos"


@pytest.mark.parametrize("speaking", ["en"], indirect=True)
def test_a_count_matches_the_app_s_own_number_format(speaking: str):
    """``%Ln`` groups digits as the default locale does, as ``Formatter.points`` does with
    the ``QLocale()`` the counter builds it from."""
    from loyaltydesk.ui.formatting import Formatter

    fmt = Formatter(QLocale(), "MYR", "UTC")
    said = QCoreApplication.translate("CustomersPage", "%Ln customer(s)", None, 1_234_567)
    assert said == f"{fmt.points(1_234_567)} customers"
