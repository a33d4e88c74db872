"""A printed voucher keeps its whole validity line and prints its code in a face where 0/O and
1/l/I differ, grouped 4-4-4: checked on the PDF's text and on the page rendered back by poppler."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFontDatabase

from loyaltydesk.printing import MoneyOff, PercentOff, VoucherLabel, write_voucher_pdf
from loyaltydesk.printing.canvas import CODE_FONTS, code_font_family
from tests.unit.printing.factories import ARTIFACTS, rasterize, sheet_options

pytestmark = pytest.mark.usefixtures("pdftoppm")  # missing: skipped here, a failure under CI

AMBIGUOUS = "O0Il1o0OlI1a"  # every look-alike, next to each other


def _labels() -> list[VoucherLabel]:
    return [
        VoucherLabel(
            code=AMBIGUOUS,
            value=PercentOff(10) if i % 2 else MoneyOff(Decimal("5.00")),
            valid_from=date(2026, 11, 30),
            valid_until=date(2026, 12, 30),
            conditions="Min. spend RM15.00. One per customer." if i % 3 == 0 else "",
        )
        for i in range(24)
    ]


@pytest.mark.parametrize(("columns", "rows"), [(3, 8), (4, 10)])
def test_validity_is_whole_and_codes_are_unambiguous(
    qapp, tmp_path: Path, columns: int, rows: int
) -> None:
    pdf = tmp_path / "vouchers.pdf"
    options = sheet_options(columns=columns, rows=rows, locale=QLocale.c())
    write_voucher_pdf(pdf, _labels(), options)

    text = subprocess.run(
        ["pdftotext", "-raw", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "…" not in text
    assert " ".join(text.split()).count("Valid 30 Nov 2026 – 30 Dec 2026") == min(
        24, columns * rows
    )
    assert text.count("O0Il 1o0O lI1a") == min(24, columns * rows)
    fonts = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True)
    assert code_font_family().replace(" ", "") in fonts.stdout.replace(" ", "")

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    out = tmp_path / "pages"
    out.mkdir()
    page = rasterize(pdf, out, 300, first=1)[0]
    shutil.copy(page, ARTIFACTS / f"voucher-words-{columns}x{rows}-page1.png")


def test_a_face_that_tells_look_alikes_apart_is_installed(qapp) -> None:
    """CI and the installers ship one of these (DejaVu Sans Mono on Linux, Consolas on
    Windows, Menlo on macOS); the system default fixed font may be Courier."""
    assert set(CODE_FONTS) & set(QFontDatabase.families())
