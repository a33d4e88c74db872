"""The self-test's steps: each one a real path of the app, on a throwaway shop.

Each step returns a short detail for its line and raises on failure. The steps share a
``Workbench``: the temporary folder and what earlier steps made (services, staff, the Qt app).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from loyaltydesk.config import AppConfig
    from loyaltydesk.domain.staff import Actor
    from loyaltydesk.services.facade import Services


class StepFailedError(Exception):
    """A step ran but its result was wrong."""


@dataclass
class Workbench:
    folder: Path
    config: AppConfig | None = None
    services: Services | None = None
    owner: Actor | None = None
    app: Any = None
    keep: list[Any] = field(default_factory=list)

    def require_services(self) -> Services:
        if self.services is None:
            raise StepFailedError("needs the database step")
        return self.services


def check(condition: bool, message: str) -> None:
    if not condition:
        raise StepFailedError(message)


def database(bench: Workbench) -> str:
    """A new SQLite shop, migrated to the newest schema, then opened again as the app does."""
    from loyaltydesk.bootstrap import open_services
    from loyaltydesk.config import resolve_config
    from loyaltydesk.store.migrate import current_revision, head_revision

    bench.config = resolve_config(home=str(bench.folder / "home"))
    first = open_services(bench.config)
    engine = first.context.uow.engine
    head = head_revision()
    check(current_revision(engine) == head, "the migrations did not reach the newest schema")
    engine.dispose()
    bench.services = open_services(bench.config)
    return f"schema {head}"


def check_in(bench: Workbench) -> str:
    """An owner, a member and a check-in; the same ref_code again replays it, no new points."""
    from loyaltydesk.domain.staff import Role
    from loyaltydesk.services.demo import demo_settings

    services = bench.require_services()
    services.program.save_settings(actor=None, settings=demo_settings())
    services.staff.add_staff(actor=None, name="Self-test", role=Role.OWNER, pin="97531")
    owner = services.staff.sign_in(pin="97531", till="Self-test")
    bench.owner = owner
    card = services.customers.register(
        actor=owner,
        ref_code=f"selftest-reg-{uuid.uuid4().hex}",
        name="Self Test",
        email="self-test@example.com",
    )
    ref = f"selftest-in-{uuid.uuid4().hex}"
    first = services.points.check_in(
        customer=card.customer_id, actor=owner, ref_code=ref, amount="12.50"
    )
    again = services.points.check_in(
        customer=card.customer_id, actor=owner, ref_code=ref, amount="12.50"
    )
    balance = services.customers.lookup(card.customer_id).balance
    check(first.points > 0, "the check-in earned no points")
    check(again.transaction_id == first.transaction_id, "the replay made a second check-in")
    check(balance == first.balance == first.points, "the replay changed the balance")
    return f"{first.points} points, replay kept the balance at {balance}"


def camera_stack(bench: Workbench) -> str:
    """The camera path on a video instead of a webcam: a member QR written into a short video
    (FFmpeg), played by ``FileSource`` as ``--camera-file`` does, shrunk for the preview like
    the worker does, and decoded (colour conversion, zxing-cpp)."""
    import cv2
    import numpy as np

    from loyaltydesk.domain.qr_payload import member_payload
    from loyaltydesk.printing.qr import QUIET_ZONE, encode_qr
    from loyaltydesk.scanning.decoder import decode_frame
    from loyaltydesk.scanning.file_source import FileSource
    from loyaltydesk.scanning.worker import preview_frame

    payload = member_payload(uuid.uuid4())
    matrix, scale = encode_qr(payload), 8
    side = (matrix.size + 2 * QUIET_ZONE) * scale
    frame = np.full((720, 1280, 3), 255, np.uint8)
    top, left = (720 - side) // 2, (1280 - side) // 2
    for row, col, length in matrix.runs:
        y, x = top + (row + QUIET_ZONE) * scale, left + (col + QUIET_ZONE) * scale
        frame[y : y + scale, x : x + length * scale] = 0
    video = bench.folder / "camera.avi"
    writer = cv2.VideoWriter(
        str(video), cv2.CAP_FFMPEG, cv2.VideoWriter_fourcc(*"MJPG"), 30.0, (1280, 720)
    )
    check(writer.isOpened(), "OpenCV cannot write a video (FFmpeg missing)")
    for _ in range(3):
        writer.write(frame)
    writer.release()
    source = FileSource(video)
    source.open()
    try:
        played = source.read()
    finally:
        source.close()
    if played is None:
        raise StepFailedError("FileSource read no frame from the video")
    small, _factor = preview_frame(played, 480, 270)
    check(small.shape[:2] == (270, 480), "the preview was not shrunk to 480x270")
    found = [code.text for code in decode_frame(played)]
    check(found == [payload], f"read {found or 'nothing'} from the video, not the member's QR")
    registry = cv2.videoio_registry
    cameras = [registry.getBackendName(b) for b in registry.getCameraBackends()]
    check(bool(cameras), "OpenCV has no camera back-end")
    return f"OpenCV {cv2.__version__}, video read and decoded; cameras: {', '.join(cameras)}"


def qt_application(bench: Workbench) -> str:
    """The application object as the app makes it: identity, translations, theme, icon."""
    from loyaltydesk.ui.app import create_application

    bench.app = create_application(["loyaltydesk", "-platform", "offscreen"])
    check(not bench.app.windowIcon().isNull(), "the window icon did not load")
    return f"platform {bench.app.platformName()}"


def voucher_pdf(bench: Workbench) -> str:
    """A voucher batch printed to PDF; the QR code read back from the PDF's own drawing."""
    from loyaltydesk.domain.qr_payload import voucher_payload
    from loyaltydesk.printing.from_services import write_voucher_sheet
    from loyaltydesk.scanning.decoder import decode_frame
    from loyaltydesk.selftest.pdf_raster import rasterize_pdf

    services = bench.require_services()
    check(bench.owner is not None, "needs the check-in step")
    batch = services.vouchers.create_batch(
        actor=bench.owner, name="Self-test", voucher_type="FIXED", value="5", quantity=1
    )
    pdf = bench.folder / "voucher.pdf"
    write_voucher_sheet(services.vouchers.voucher_print_data(batch.batch_id), pdf)
    check(pdf.read_bytes()[:5] == b"%PDF-", "the file written is not a PDF")
    pages = rasterize_pdf(pdf, pixels_per_point=3.0)
    found = [code.text for code in decode_frame(pages[0])]
    wanted = voucher_payload(batch.codes[0])
    check(found == [wanted], f"read {found or 'nothing'} from the PDF, not the voucher's code")
    return f"{pdf.stat().st_size // 1024} KiB, read back {wanted[:9]}…"


def main_window(bench: Workbench) -> str:
    """The real main window on the offscreen platform, showing the sign-in page."""
    from PySide6.QtCore import QSettings

    from loyaltydesk.ui.main_window import MainWindow
    from loyaltydesk.ui.preferences import Preferences

    services = bench.require_services()
    check(bench.app is not None and bench.config is not None, "needs the Qt application step")
    settings = QSettings(str(bench.folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, bench.config, Preferences(settings))
    window.show()
    bench.app.processEvents()
    visible = window.isVisible()
    on_sign_in = window.pages.currentWidget() is window.sign_in_page
    window.close()
    bench.app.processEvents()
    check(visible, "the main window did not show")
    check(on_sign_in, "the main window did not open on the sign-in page")
    return f"{window.width()}x{window.height()}, sign-in page shown"
