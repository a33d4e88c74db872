"""Filled rectangles of a PDF page onto a grey bitmap: enough to scan back a printed QR code.

The self-test must read back what ``loyaltydesk.printing`` wrote without poppler or QtPdf (a
shop PC has neither). The printing code draws QR modules as filled rectangles, which Qt's PDF
writer stores as ``x y w h re`` ... ``f`` in a Flate-compressed content stream. This reads just
that: pages, their content streams, the graphics state stack (``q``/``Q``/``cm``), the fill
colour and filled rectangles. Text, strokes and images are ignored.
"""

from __future__ import annotations

import re
import zlib
from pathlib import Path

import numpy as np

_OBJECT = re.compile(rb"(\d+) 0 obj\s*(<<.*?>>)\s*(?:stream\r?\n(.*?)\r?\nendstream)?", re.S)
_PAGE_TYPE = re.compile(rb"/Type\s*/Page\b")
_CONTENTS = re.compile(rb"/Contents\s+(\d+) 0 R")
_MEDIA_BOX = re.compile(rb"/MediaBox\s*\[\s*([-\d.\s]+)\]")
_TOKEN = re.compile(r"<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\)|[\[\]]|/[^\s/\[\]()<>]+|[^\s/\[\]()<>]+")

_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)")

Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


class PdfReadError(ValueError):
    """The file is not a PDF this reader understands."""


def rasterize_pdf(path: Path, pixels_per_point: float) -> list[np.ndarray]:
    """Every page as an 8-bit grey image (white paper), ``pixels_per_point`` pixels a point."""
    objects = {int(m[1]): (m[2], m[3]) for m in _OBJECT.finditer(Path(path).read_bytes())}
    pages = []
    for header, _stream in objects.values():
        if not _PAGE_TYPE.search(header):
            continue
        contents, box = _CONTENTS.search(header), _MEDIA_BOX.search(header)
        if contents is None or box is None:
            raise PdfReadError("a page without contents or media box")
        left, bottom, right, top = (float(v) for v in box[1].split())
        image = np.full(
            (round((top - bottom) * pixels_per_point), round((right - left) * pixels_per_point)),
            255,
            np.uint8,
        )
        _paint(_content(objects, int(contents[1])), image, pixels_per_point, top, left)
        pages.append(image)
    if not pages:
        raise PdfReadError("no pages")
    return pages


def _content(objects: dict[int, tuple[bytes, bytes | None]], number: int) -> str:
    header, stream = objects.get(number, (b"", None))
    if stream is None:
        raise PdfReadError(f"content stream {number} is missing")
    if b"/FlateDecode" in header:
        stream = zlib.decompress(stream)
    return stream.decode("latin-1")


def _multiply(m: Matrix, n: Matrix) -> Matrix:
    """``m`` then ``n`` (PDF's row-vector convention: ``cm`` prepends to the current matrix)."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


def _paint(content: str, image: np.ndarray, scale: float, top: float, left: float) -> None:
    ctm, stack, grey = _IDENTITY, [], 0
    path: list[tuple[float, float, float, float]] = []
    operands: list[str] = []
    for token in _TOKEN.findall(content):
        if token[0] in "+-.0123456789/<([]":
            operands.append(token)
            continue
        if token == "q":
            stack.append((ctm, grey))
        elif token == "Q" and stack:
            ctm, grey = stack.pop()
        elif token == "cm" and len(operands) >= 6:
            a, b, c, d, e, f = _numbers(operands[-6:])
            ctm = _multiply((a, b, c, d, e, f), ctm)
        elif token in ("scn", "sc", "rg", "g"):
            values = [float(t) for t in operands if _NUMBER.fullmatch(t)]
            if values:
                grey = round(255 * sum(values[-3:]) / len(values[-3:]))
        elif token == "re" and len(operands) >= 4:
            x, y, w, h = _numbers(operands[-4:])
            path.append(_device_box(ctm, x, y, w, h))
        elif token in ("f", "F", "f*", "B", "B*", "b", "b*"):
            for x0, y0, x1, y1 in path:
                rows = slice(round((top - y1) * scale), round((top - y0) * scale))
                cols = slice(round((x0 - left) * scale), round((x1 - left) * scale))
                image[rows, cols] = grey
            path = []
        elif token in ("n", "S", "s"):
            path = []
        operands = []


def _device_box(ctm: Matrix, x: float, y: float, w: float, h: float) -> tuple[float, ...]:
    a, b, c, d, e, f = ctm
    xs = [a * px + c * py + e for px, py in ((x, y), (x + w, y + h))]
    ys = [b * px + d * py + f for px, py in ((x, y), (x + w, y + h))]
    return min(xs), min(ys), max(xs), max(ys)


def _numbers(tokens: list[str]) -> list[float]:
    return [float(token) for token in tokens]
