"""How a sheet of vouchers or member cards is printed: paper, grid, shop identity."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QLocale


class PageSize(StrEnum):
    A4 = "a4"
    LETTER = "letter"


class CardPaper(StrEnum):
    """Paper for member cards: one card per card-sized page, or a sheet of cards to cut."""

    CARD = "card"
    A4 = "a4"
    LETTER = "letter"


@dataclass(frozen=True)
class SheetOptions:
    """A voucher sheet: ``columns`` x ``rows`` vouchers a page.

    ``locale`` formats dates, amounts and page numbers; texts are translated with the
    application's installed ``QTranslator``.
    """

    shop_name: str
    page_size: PageSize = PageSize.A4
    columns: int = 3
    rows: int = 8
    margin_mm: float = 10.0
    cut_guides: bool = True
    logo_path: Path | None = None
    locale: QLocale = field(default_factory=QLocale)

    def __post_init__(self) -> None:
        if not 1 <= self.columns <= 10 or not 1 <= self.rows <= 20:
            raise ValueError("a voucher sheet has 1-10 columns and 1-20 rows")
        if not 3.0 <= self.margin_mm <= 40.0:
            raise ValueError("page margins are 3-40 mm")

    @property
    def per_page(self) -> int:
        return self.columns * self.rows


@dataclass(frozen=True)
class CardOptions:
    """Member cards: CR80 (85.60 x 53.98 mm), one a page or as many as fit on A4/Letter."""

    shop_name: str
    paper: CardPaper = CardPaper.A4
    margin_mm: float = 8.0
    """Smallest page margin around a sheet of cards (ignored for card-sized pages)."""
    cut_guides: bool = True
    logo_path: Path | None = None
    locale: QLocale = field(default_factory=QLocale)

    def __post_init__(self) -> None:
        if not 3.0 <= self.margin_mm <= 40.0:
            raise ValueError("page margins are 3-40 mm")
