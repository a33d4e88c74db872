import numpy as np
import pytest
import qrcode
import zxingcpp
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from loyaltydesk.domain.qr_payload import member_payload, voucher_payload
from loyaltydesk.printing.qr import FIXED_MASK, QUIET_ZONE, ErrorCorrection, draw_qr, encode_qr

VOUCHER = voucher_payload("aB3dE5gH7jK9")
MEMBER = member_payload("3f2504e0-4f89-11d3-9a0c-0305e82c3301")


def paint(payload: str, size: int = 330, **kwargs: object) -> tuple[np.ndarray, QRectF]:
    image = QImage(size, size, QImage.Format.Format_Grayscale8)
    image.fill(Qt.GlobalColor.gray)
    painter = QPainter(image)
    square = draw_qr(painter, QRectF(0, 0, size, size), payload, **kwargs)
    painter.end()
    pixels = np.array(
        np.frombuffer(image.constBits(), np.uint8).reshape(size, image.bytesPerLine())[:, :size]
    )
    return pixels, square


@pytest.mark.parametrize("payload", [VOUCHER, MEMBER])
@pytest.mark.parametrize("level", list(ErrorCorrection))
def test_decodes_to_the_exact_payload_with_at_least_m(payload: str, level: ErrorCorrection) -> None:
    pixels, _ = paint(payload, error_correction=level)

    results = zxingcpp.read_barcodes(pixels, formats=zxingcpp.BarcodeFormat.QRCode)

    assert [r.text for r in results] == [payload]
    assert results[0].ec_level in {"M", "Q", "H"}
    assert results[0].ec_level == level.name


def test_quiet_zone_of_four_white_modules_surrounds_the_symbol() -> None:
    matrix = encode_qr(VOUCHER)
    pixels, square = paint(VOUCHER)
    module = square.width() / matrix.size_with_quiet_zone
    left, top = int(square.x()), int(square.y())
    quiet = int(QUIET_ZONE * module)
    inner = int(matrix.size * module)

    block = pixels[top : top + int(square.height()), left : left + int(square.width())]
    ring = np.ones_like(block, dtype=bool)
    ring[quiet : quiet + inner, quiet : quiet + inner] = False
    assert (block[ring] == 255).all()
    assert (block[~ring] == 0).any()  # the symbol itself is inside the ring


def test_modules_are_whole_pixels_and_the_code_is_centred() -> None:
    matrix = encode_qr(VOUCHER)
    _, square = paint(VOUCHER, size=400)

    module = square.width() / matrix.size_with_quiet_zone
    assert module == int(module)
    assert abs(square.center().x() - 200) <= 1
    assert abs(square.center().y() - 200) <= 1


@pytest.mark.parametrize("mask", [None, 0, FIXED_MASK, 7])
def test_runs_rebuild_the_qrcode_matrix(mask: int | None) -> None:
    matrix = encode_qr(MEMBER, mask_pattern=mask)
    reference = qrcode.QRCode(error_correction=int(ErrorCorrection.M), border=0, mask_pattern=mask)
    reference.add_data(MEMBER)
    reference.make(fit=True)

    rebuilt = [[False] * matrix.size for _ in range(matrix.size)]
    for row, col, length in matrix.runs:
        for c in range(col, col + length):
            rebuilt[row][c] = True

    assert rebuilt == [list(r) for r in reference.modules]
    assert all(
        not (a[0] == b[0] and a[1] + a[2] == b[1])
        for a, b in zip(matrix.runs, matrix.runs[1:], strict=False)
    ), "adjacent dark runs are merged"


def test_our_payloads_fit_version_2_at_level_m() -> None:
    assert encode_qr(VOUCHER).version == 2
    assert encode_qr(MEMBER).version == 2
    assert encode_qr(VOUCHER).error_correction is ErrorCorrection.M


def test_draws_without_quiet_zone_background_when_asked() -> None:
    pixels, square = paint(VOUCHER, background=None)

    assert pixels[int(square.y()) + 1, int(square.x()) + 1] not in (0, 255)  # grey underneath
