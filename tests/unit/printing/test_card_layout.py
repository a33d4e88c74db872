from pathlib import Path

import pytest

from loyaltydesk.printing import CardPaper, write_cards_pdf
from loyaltydesk.printing.member_cards import (
    CARD_HEIGHT_MM,
    CARD_WIDTH_MM,
    card_grid,
    card_qr_rect,
    card_text_rect,
)
from loyaltydesk.printing.qr import encode_qr
from tests.unit.printing.factories import card_labels, card_options, page_size_pt, pdf_info

MM_TO_PT = 72 / 25.4


@pytest.mark.parametrize(
    ("paper", "columns", "rows"),
    [(CardPaper.A4, 2, 5), (CardPaper.LETTER, 2, 4), (CardPaper.CARD, 1, 1)],
)
def test_cards_per_page(paper: CardPaper, columns: int, rows: int) -> None:
    grid = card_grid(card_options(paper))

    assert (grid.columns, grid.rows) == (columns, rows)
    assert (grid.cell_width, grid.cell_height) == (CARD_WIDTH_MM, CARD_HEIGHT_MM)
    assert grid.left >= 0
    assert grid.top >= 0


def test_a_single_card_pdf_is_card_sized(tmp_path: Path) -> None:
    path = tmp_path / "card.pdf"

    outcome = write_cards_pdf(path, card_labels(3), card_options(CardPaper.CARD))

    assert outcome.pages == 3
    assert page_size_pt(path) == pytest.approx(
        (CARD_WIDTH_MM * MM_TO_PT, CARD_HEIGHT_MM * MM_TO_PT), abs=0.5
    )


def test_a_sheet_of_cards_pdf(tmp_path: Path) -> None:
    path = tmp_path / "cards.pdf"

    outcome = write_cards_pdf(path, card_labels(25), card_options(CardPaper.A4))

    assert (outcome.pages, outcome.items) == (3, 25)
    assert pdf_info(path)["Pages"] == "3"


def test_card_text_stays_off_the_qr_and_modules_are_large() -> None:
    qr, text = card_qr_rect(), card_text_rect()
    modules = encode_qr("LD1:M:" + "A" * 32).size_with_quiet_zone

    assert not qr.intersects(text)
    assert qr.right() <= CARD_WIDTH_MM
    assert qr.bottom() <= CARD_HEIGHT_MM
    assert qr.width() / modules >= 0.8
