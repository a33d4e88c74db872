"""The self-test's PDF reader: a voucher sheet written by the printing code scans back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from loyaltydesk.printing import write_voucher_pdf
from loyaltydesk.scanning.decoder import decode_frame
from loyaltydesk.selftest.pdf_raster import PdfReadError, rasterize_pdf
from tests.unit.printing.factories import sheet_options, voucher_labels


def test_every_voucher_on_a_full_sheet_scans_back(qapp: QApplication, tmp_path: Path) -> None:
    labels = voucher_labels(30)  # a full A4 page of 24 and a second page of 6
    pdf = tmp_path / "vouchers.pdf"
    write_voucher_pdf(pdf, labels, sheet_options())

    pages = rasterize_pdf(pdf, pixels_per_point=3.0)

    assert [page.shape for page in pages] == [(2526, 1785)] * 2
    found = [code.text for page in pages for code in decode_frame(page)]
    assert sorted(found) == sorted(label.payload for label in labels)


def test_a_file_that_is_not_a_pdf_is_refused(tmp_path: Path) -> None:
    not_pdf = tmp_path / "notes.pdf"
    not_pdf.write_text("just text")
    with pytest.raises(PdfReadError):
        rasterize_pdf(not_pdf, 1.0)
