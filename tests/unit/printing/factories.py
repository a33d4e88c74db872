"""Labels, options and PDF helpers shared by the printing tests."""

from __future__ import annotations

import re
import secrets
import string
import subprocess
import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

import cv2
import numpy as np
import zxingcpp
from PySide6.QtCore import QLocale

from loyaltydesk.printing import (
    CardOptions,
    CardPaper,
    FreeItem,
    MemberCardLabel,
    MoneyOff,
    PercentOff,
    SheetOptions,
    VoucherLabel,
)

BASE62 = string.ascii_letters + string.digits
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "printing"
SHOP = "The Corner Bakery & Coffee House"
UK = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def random_code() -> str:
    return "".join(secrets.choice(BASE62) for _ in range(12))


def voucher_labels(count: int) -> list[VoucherLabel]:
    values = [MoneyOff(Decimal("5.00")), FreeItem("cappuccino or flat white"), PercentOff(10)]
    return [
        VoucherLabel(
            code=random_code(),
            value=values[i % len(values)],
            valid_until=date(2026, 12, 31),
            conditions="One per customer. Not exchangeable for cash." if i % 2 else "",
        )
        for i in range(count)
    ]


def card_labels(count: int) -> list[MemberCardLabel]:
    names = ["Ana Lima", "Maximiliane Alexandra von Hohenberg-Schwarzenfels", "Li Wei"]
    return [
        MemberCardLabel(uuid.uuid4(), names[i % len(names)], f"K7Q{i:03d}") for i in range(count)
    ]


def sheet_options(**changes: object) -> SheetOptions:
    return SheetOptions(**{"shop_name": SHOP, "locale": UK, **changes})


def card_options(paper: CardPaper = CardPaper.A4) -> CardOptions:
    return CardOptions(shop_name=SHOP, paper=paper, locale=UK)


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(
        ["pdfinfo", str(path)], check=True, capture_output=True, text=True, timeout=60
    )
    pairs = (line.partition(":") for line in out.stdout.splitlines())
    return {key.strip(): value.strip() for key, _, value in pairs}


def page_size_pt(path: Path) -> tuple[float, float]:
    match = re.match(r"([\d.]+) x ([\d.]+) pts", pdf_info(path)["Page size"])
    assert match is not None
    return float(match[1]), float(match[2])


def rasterize(pdf: Path, out_dir: Path, dpi: int, first: int = 0, last: int = 0) -> list[Path]:
    """Pages as grey PNGs, in page order."""
    command = ["pdftoppm", "-r", str(dpi), "-gray", "-png"]
    if first:
        command += ["-f", str(first), "-l", str(last or first)]
    subprocess.run([*command, str(pdf), str(out_dir / "page")], check=True, timeout=300)
    pages = sorted(out_dir.glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    assert pages
    return pages


def decode_qr_texts(png: Path) -> list[str]:
    image = cv2.imread(str(png), cv2.IMREAD_GRAYSCALE)
    assert image is not None
    return [
        result.text
        for result in zxingcpp.read_barcodes(
            np.ascontiguousarray(image), formats=zxingcpp.BarcodeFormat.QRCode
        )
    ]
