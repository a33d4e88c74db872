"""Print real PDFs, rasterise them with poppler, and scan every QR code back.

150 dpi puts a 0.5 mm module on ~3 pixels, roughly what a webcam sees of a voucher held at the
counter; any finer and the test would prove less, any coarser and even a perfect print blurs.
"""

import shutil
from collections import Counter
from pathlib import Path

import pytest

from loyaltydesk.printing import CardPaper, PageSize, write_cards_pdf, write_voucher_pdf
from tests.unit.printing.factories import (
    ARTIFACTS,
    card_labels,
    card_options,
    decode_qr_texts,
    rasterize,
    sheet_options,
    voucher_labels,
)

DPI = 150

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("pdftoppm")]


def scanned_payloads(pdf: Path, pages_dir: Path) -> Counter[str]:
    pages_dir.mkdir()
    found: Counter[str] = Counter()
    for page in rasterize(pdf, pages_dir, DPI):
        found.update(decode_qr_texts(page))
    return found


def keep_first_page(pdf: Path, name: str, tmp_path: Path) -> None:
    """Page 1 at print-preview resolution, for a human to look at."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    out = tmp_path / f"{name}-preview"
    out.mkdir()
    shutil.copy(rasterize(pdf, out, 100, first=1)[0], ARTIFACTS / f"{name}-page1.png")


def test_a_thousand_vouchers_scan_back_exactly(tmp_path: Path) -> None:
    labels = voucher_labels(1000)
    pdf = tmp_path / "vouchers.pdf"

    outcome = write_voucher_pdf(pdf, labels, sheet_options())
    found = scanned_payloads(pdf, tmp_path / "pages")

    assert outcome.items == 1000
    assert sum(found.values()) == 1000
    assert set(found) == {label.payload for label in labels}
    keep_first_page(pdf, "vouchers-a4-3x8", tmp_path)


def test_small_vouchers_on_letter_scan_back_exactly(tmp_path: Path) -> None:
    labels = voucher_labels(120)
    pdf = tmp_path / "vouchers.pdf"

    write_voucher_pdf(pdf, labels, sheet_options(page_size=PageSize.LETTER, columns=5, rows=8))
    found = scanned_payloads(pdf, tmp_path / "pages")

    assert sum(found.values()) == 120
    assert set(found) == {label.payload for label in labels}
    keep_first_page(pdf, "vouchers-letter-5x8", tmp_path)


def test_a_sheet_of_fifty_member_cards_scans_back_exactly(tmp_path: Path) -> None:
    labels = card_labels(50)
    pdf = tmp_path / "cards.pdf"

    outcome = write_cards_pdf(pdf, labels, card_options(CardPaper.A4))
    found = scanned_payloads(pdf, tmp_path / "pages")

    assert outcome.pages == 5
    assert sum(found.values()) == 50
    assert set(found) == {label.payload for label in labels}
    keep_first_page(pdf, "cards-a4", tmp_path)


def test_a_single_card_scans_back_exactly(tmp_path: Path) -> None:
    label = card_labels(1)[0]
    pdf = tmp_path / "card.pdf"

    outcome = write_cards_pdf(pdf, [label], card_options(CardPaper.CARD))
    found = scanned_payloads(pdf, tmp_path / "pages")

    assert outcome.pages == 1
    assert found == Counter({label.payload: 1})
    keep_first_page(pdf, "card-single", tmp_path)
