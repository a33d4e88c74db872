from pathlib import Path

import pytest
from PySide6.QtCore import QRectF

from loyaltydesk.printing import PageSize, page_count, write_voucher_pdf
from loyaltydesk.printing.qr import encode_qr
from loyaltydesk.printing.voucher_sheet import cell_geometry, sheet_grid
from tests.unit.printing.factories import page_size_pt, pdf_info, sheet_options, voucher_labels

A4_PT = (595.3, 841.9)
LETTER_PT = (612.0, 792.0)


def overlap(a: QRectF, b: QRectF) -> float:
    common = a.intersected(b)
    return common.width() * common.height()


MODULES = encode_qr("LD1:V:aB3dE5gH7jK9").size_with_quiet_zone


@pytest.mark.parametrize(
    ("count", "columns", "rows", "pages"),
    [(1, 3, 8, 1), (24, 3, 8, 1), (25, 3, 8, 2), (1000, 3, 8, 42), (7, 2, 3, 2), (30, 1, 1, 30)],
)
def test_page_count(count: int, columns: int, rows: int, pages: int) -> None:
    assert page_count(count, sheet_options(columns=columns, rows=rows)) == pages


@pytest.mark.parametrize(
    ("page_size", "size_pt"), [(PageSize.A4, A4_PT), (PageSize.LETTER, LETTER_PT)]
)
def test_pdf_has_the_paper_size_and_page_count(
    tmp_path: Path, page_size: PageSize, size_pt: tuple[float, float]
) -> None:
    path = tmp_path / "vouchers.pdf"
    options = sheet_options(page_size=page_size, columns=4, rows=6)

    outcome = write_voucher_pdf(path, voucher_labels(50), options)

    assert (outcome.pages, outcome.items, outcome.cancelled) == (3, 50, False)
    assert pdf_info(path)["Pages"] == "3"
    assert page_size_pt(path) == pytest.approx(size_pt, abs=0.5)


def test_progress_is_reported_after_each_page(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []

    write_voucher_pdf(
        tmp_path / "v.pdf",
        voucher_labels(60),
        sheet_options(),
        progress=lambda done, total: calls.append((done, total)),
    )

    assert calls == [(24, 60), (48, 60), (60, 60)]


def test_cancelling_stops_early_and_writes_no_file(tmp_path: Path) -> None:
    path = tmp_path / "v.pdf"
    done: list[int] = []

    outcome = write_voucher_pdf(
        path,
        voucher_labels(240),
        sheet_options(),
        progress=lambda count, _total: done.append(count),
        cancelled=lambda: len(done) >= 2,
    )

    assert (outcome.pages, outcome.items, outcome.cancelled) == (2, 48, True)
    assert done == [24, 48]
    assert list(tmp_path.iterdir()) == []


def test_cancelling_keeps_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "v.pdf"
    path.write_bytes(b"old")

    write_voucher_pdf(path, voucher_labels(5), sheet_options(), cancelled=lambda: True)

    assert path.read_bytes() == b"old"


def test_nothing_to_print_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="nothing to print"):
        write_voucher_pdf(tmp_path / "v.pdf", [], sheet_options())
    assert list(tmp_path.iterdir()) == []


def test_qr_codes_are_vectors_not_images(tmp_path: Path) -> None:
    path = tmp_path / "v.pdf"
    write_voucher_pdf(path, voucher_labels(24), sheet_options())

    assert b"/Subtype /Image" not in path.read_bytes()


@pytest.mark.parametrize("page_size", list(PageSize))
@pytest.mark.parametrize(
    ("columns", "rows"), [(1, 1), (2, 3), (3, 8), (4, 6), (4, 4), (3, 10), (5, 8)]
)
@pytest.mark.parametrize("conditions", [True, False])
def test_cells_keep_text_off_the_qr_and_modules_large(
    page_size: PageSize, columns: int, rows: int, conditions: bool
) -> None:
    grid = sheet_grid(sheet_options(page_size=page_size, columns=columns, rows=rows))
    cell = cell_geometry(grid.cell_width, grid.cell_height, conditions=conditions)

    inside = QRectF(0, 0, grid.cell_width, grid.cell_height).adjusted(-1e-6, -1e-6, 1e-6, 1e-6)
    for region in (cell.header, cell.qr, cell.footer):
        assert inside.contains(region)
    assert overlap(cell.header, cell.qr) == pytest.approx(0)
    assert overlap(cell.footer, cell.qr) == pytest.approx(0)
    assert cell.qr.width() == pytest.approx(cell.qr.height())
    assert cell.qr.width() / MODULES >= 0.4


def test_options_refuse_impossible_grids() -> None:
    with pytest.raises(ValueError, match="columns"):
        sheet_options(columns=0)
    with pytest.raises(ValueError, match="margins"):
        sheet_options(margin_mm=1)
