"""Benchmark: a 1,000-voucher sheet to PDF (wall time, peak RSS) and draw_qr per code.

Each PDF run happens in a fresh subprocess so its peak RSS (``ru_maxrss``) is its own.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_printing.py [--runs 7]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import secrets
import statistics
import string
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BASE62 = string.ascii_letters + string.digits
VOUCHERS = 1000


def _codes(count: int) -> list[str]:
    return ["".join(secrets.choice(BASE62) for _ in range(12)) for _ in range(count)]


def one_pdf_run() -> dict[str, float]:
    """Child process: build labels, write the PDF, report wall time and peak RSS."""
    import resource
    from datetime import date
    from decimal import Decimal

    from PySide6.QtGui import QGuiApplication

    from loyaltydesk.printing import MoneyOff, SheetOptions, VoucherLabel, write_voucher_pdf

    app = QGuiApplication([])
    labels = [
        VoucherLabel(
            code,
            MoneyOff(Decimal("5")),
            valid_until=date(2026, 12, 31),
            conditions="One per customer. Not exchangeable for cash.",
        )
        for code in _codes(VOUCHERS)
    ]
    options = SheetOptions(shop_name="The Corner Bakery & Coffee House")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "vouchers.pdf"
        start = time.perf_counter()
        outcome = write_voucher_pdf(path, labels, options)
        seconds = time.perf_counter() - start
        size = path.stat().st_size
    del app
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    return {
        "seconds": seconds,
        "peak_mib": peak_kib / 1024,
        "pages": outcome.pages,
        "pdf_kib": size / 1024,
    }


def draw_qr_per_code(mask: int | None, count: int) -> float:
    """Milliseconds per encode + paint onto a 300 dpi QImage."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter

    from loyaltydesk.domain.qr_payload import voucher_payload
    from loyaltydesk.printing.qr import draw_qr

    payloads = [voucher_payload(code) for code in _codes(count)]
    image = QImage(400, 400, QImage.Format.Format_Grayscale8)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    start = time.perf_counter()
    for payload in payloads:
        draw_qr(painter, QRectF(0, 0, 400, 400), payload, mask_pattern=mask)
    elapsed = time.perf_counter() - start
    painter.end()
    return elapsed / count * 1000


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(round(fraction * (len(ordered) - 1)), len(ordered) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(one_pdf_run()))
        return

    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    runs = []
    for _ in range(args.runs):
        out = subprocess.run(
            [sys.executable, __file__, "--child"],
            check=True,
            capture_output=True,
            text=True,
            env=env,
        )
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    seconds = [run["seconds"] for run in runs]
    peaks = [run["peak_mib"] for run in runs]

    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication([])
    fixed = statistics.median(draw_qr_per_code(2, 1000) for _ in range(3))
    automatic = statistics.median(draw_qr_per_code(None, 1000) for _ in range(3))
    del app

    print(f"python {platform.python_version()}, {os.cpu_count()} CPUs, {args.runs} runs")
    print(f"1,000 vouchers -> PDF ({runs[0]['pages']:.0f} pages, {runs[0]['pdf_kib']:.0f} KiB)")
    print(
        f"  wall time: median {statistics.median(seconds):.3f} s, "
        f"p95 {percentile(seconds, 0.95):.3f} s, max {max(seconds):.3f} s"
    )
    print(f"  peak RSS:  median {statistics.median(peaks):.0f} MiB, max {max(peaks):.0f} MiB")
    print(
        f"draw_qr per code (encode + paint, 1,000 codes): fixed mask {fixed:.2f} ms, "
        f"automatic mask {automatic:.2f} ms"
    )


if __name__ == "__main__":
    main()
