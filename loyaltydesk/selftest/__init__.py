"""``loyaltydesk --self-test``: the app's real paths on a throwaway shop, one line a step.

For a shop PC after installing, for support on the phone, and for the installer's smoke test
on the frozen bundle. It needs no display (Qt runs offscreen), no camera and no network, and
leaves nothing behind: the shop, the PDF and the window settings live in a temporary folder.
Exit status 0 and ``OK`` at the end when every step passed; otherwise the failed step is named
and the status is 1.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from loyaltydesk.selftest.steps import StepFailedError, Workbench

Step = Callable[[Workbench], str]


def _steps() -> list[tuple[str, Step]]:
    from loyaltydesk.selftest import steps as s

    return [
        ("database and migrations", s.database),
        ("check-in and its replay", s.check_in),
        ("camera stack (OpenCV, zxing-cpp)", s.camera_stack),
        ("Qt application", s.qt_application),
        ("voucher QR -> PDF -> decoded", s.voucher_pdf),
        ("main window (offscreen)", s.main_window),
    ]


def run(out: TextIO = sys.stdout, steps: list[tuple[str, Step]] | None = None) -> int:
    """Run every step (``steps``: the app's own by default) in order; stop at the first
    failure. Returns the exit status."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from loyaltydesk import __version__

    print(f"loyaltydesk {__version__} self-test ({sys.executable})", file=out, flush=True)
    with tempfile.TemporaryDirectory(prefix="loyaltydesk-selftest-") as folder:
        bench = Workbench(Path(folder))
        try:
            for number, (name, step) in enumerate(steps or _steps(), start=1):
                start = time.perf_counter()
                try:
                    detail = step(bench)
                except StepFailedError as failure:
                    return _failed(out, number, name, str(failure))
                except Exception as error:
                    traceback.print_exc(file=sys.stderr)
                    return _failed(out, number, name, f"{type(error).__name__}: {error}")
                took = (time.perf_counter() - start) * 1000
                print(f"{number}. {name:<34} ok  {took:6.0f} ms  {detail}", file=out, flush=True)
        finally:
            if bench.services is not None:
                bench.services.context.uow.engine.dispose()
    print("OK", file=out, flush=True)
    return 0


def _failed(out: TextIO, number: int, name: str, why: str) -> int:
    print(f"{number}. {name:<34} FAILED: {why}", file=out, flush=True)
    print(f"self-test FAILED at step {number}: {name}", file=out, flush=True)
    return 1
