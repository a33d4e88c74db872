"""Finding QR, EAN-13 and Code 128 codes in camera frames and image files.

One pipeline for the camera and the ``decode`` command: grey image, then zxing-cpp with the
LocalAverage binarizer; when that finds nothing, a second zxing-cpp pass with the GlobalHistogram
binarizer that also looks for light-on-dark codes and linear codes turned a quarter turn.

Frames up to 1920x1080 are decoded at full resolution. A member card's QR code is 25 modules
wide: at 720p a card filling a sixth of the frame width has about 8 px per module, and halving
that would leave 4 px, the least zxing-cpp reads reliably, so webcam frames are never shrunk
(measured at 1080p, shrinking first cost more than it saved: 5.2 ms against 3.3 ms a frame).
Larger images (4K webcams, phone photos) are first brought down to 1080p's pixel count (codes
that keep >= 4 px per module are found there, much faster) and decoded at full resolution when
that finds nothing.
"""

from __future__ import annotations

import logging
import math
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import zxingcpp

from loyaltydesk.scanning.images import read_image

log = logging.getLogger(__name__)

MAX_DIRECT_PIXELS = 1920 * 1080
"""Frames with more pixels than this are decoded downscaled first."""

FORMAT_NAMES: dict[zxingcpp.BarcodeFormat, str] = {
    zxingcpp.BarcodeFormat.QRCode: "QR_CODE",
    zxingcpp.BarcodeFormat.EAN13: "EAN_13",
    zxingcpp.BarcodeFormat.Code128: "CODE_128",
}
_FORMATS = tuple(FORMAT_NAMES)

PRIMARY_OPTIONS: dict[str, Any] = {
    "formats": _FORMATS,
    "binarizer": zxingcpp.Binarizer.LocalAverage,
    "try_rotate": False,
    "try_downscale": False,
    "try_invert": False,
}
FALLBACK_OPTIONS: dict[str, Any] = {
    "formats": _FORMATS,
    "binarizer": zxingcpp.Binarizer.GlobalHistogram,
    "try_rotate": True,
    "try_downscale": False,
    "try_invert": True,
}

Point = tuple[float, float]


@dataclass(frozen=True, slots=True)
class DecodedCode:
    """One code found in an image."""

    format: str
    """``QR_CODE``, ``EAN_13`` or ``CODE_128``."""
    text: str
    corners: tuple[Point, Point, Point, Point]
    """Top-left, top-right, bottom-right, bottom-left of the code, in image pixels."""


class _ThrottledWarning:
    """Logs a decoder failure at most once a minute, so a broken decoder cannot flood the log."""

    def __init__(self, interval: float = 60.0) -> None:
        self._interval = interval
        self._last = -math.inf
        self._suppressed = 0

    def __call__(self, what: str, exc: BaseException) -> None:
        now = time.monotonic()
        if now - self._last < self._interval:
            self._suppressed += 1
            return
        # Only the exception type: its message could quote the image's content.
        log.warning(
            "%s failed with %s; the frame is skipped (%d similar failures not logged)",
            what,
            type(exc).__name__,
            self._suppressed,
        )
        self._last = now
        self._suppressed = 0


_warn = _ThrottledWarning()


def _grey(frame: np.ndarray) -> np.ndarray:
    if frame.dtype != np.uint8 or frame.ndim not in (2, 3) or frame.size == 0:
        raise ValueError("expected an 8-bit grey, BGR or BGRA image")
    if frame.ndim == 2:
        return frame
    channels = frame.shape[2]
    if channels == 1:
        return frame[:, :, 0]
    code = cv2.COLOR_BGR2GRAY if channels == 3 else cv2.COLOR_BGRA2GRAY
    return cv2.cvtColor(frame, code)


@dataclass(frozen=True, slots=True)
class FrameScan:
    """What one frame held: its codes, and whether the first pass saw a code-like pattern it
    could not read (a code moving, blurred or half in view: worth a closer look)."""

    codes: list[DecodedCode]
    code_like: bool = False


def _read(
    grey: np.ndarray, options: dict[str, Any], scale: float, seen: list[bool] | None = None
) -> list[DecodedCode]:
    """One zxing-cpp pass; corners are divided by ``scale`` to land in the original frame.
    With ``seen``, codes found but not read are asked for too, and flagged in ``seen[0]``."""
    try:
        barcodes = zxingcpp.read_barcodes(grey, **options, return_errors=seen is not None)
    except Exception as exc:
        _warn("zxing-cpp", exc)
        return []
    codes = []
    for barcode in barcodes:
        if not barcode.valid:
            if seen is not None:
                seen[0] = True
            continue
        name = FORMAT_NAMES.get(barcode.format)
        if name is None:
            continue
        pos = barcode.position
        corners = (
            (pos.top_left.x / scale, pos.top_left.y / scale),
            (pos.top_right.x / scale, pos.top_right.y / scale),
            (pos.bottom_right.x / scale, pos.bottom_right.y / scale),
            (pos.bottom_left.x / scale, pos.bottom_left.y / scale),
        )
        codes.append(DecodedCode(name, barcode.text, corners))
    return codes


def _decode_grey(grey: np.ndarray, fallback: bool | None) -> FrameScan:
    """``fallback`` True: the second pass whenever the first reads nothing; None: only when the
    first pass saw something code-like; False: never."""
    height, width = grey.shape
    scale = min(1.0, math.sqrt(MAX_DIRECT_PIXELS / (width * height)))
    work = grey
    if scale < 1.0:
        work = cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
        scale = work.shape[1] / width
    seen = [False]
    hint = seen if fallback is None else None
    codes = _read(work, PRIMARY_OPTIONS, scale, hint)
    if not codes and (fallback or seen[0]):
        codes = _read(work, FALLBACK_OPTIONS, scale)
    if not codes and work is not grey:
        codes = _read(grey, PRIMARY_OPTIONS, 1.0, hint)
        if not codes and (fallback or seen[0]):
            codes = _read(grey, FALLBACK_OPTIONS, 1.0)
    return FrameScan(codes, seen[0])


def decode_frame(frame: np.ndarray, *, fallback: bool = True) -> list[DecodedCode]:
    """Every code in a BGR, BGRA or grey 8-bit frame; an empty list when none, or on any error.

    ``fallback=False`` skips the second pass (light-on-dark codes, quarter-turned barcodes):
    see ``scan_frame`` for what the scanning worker does while nothing is in front of the camera."""
    return scan_frame(frame, fallback=fallback).codes


def scan_frame(frame: np.ndarray, *, fallback: bool | None = True) -> FrameScan:
    """``decode_frame`` that also tells whether the first pass saw a code-like pattern.

    ``fallback=None`` runs the second pass only on such a frame (the camera at rest)."""
    try:
        grey = _grey(frame)
    except (ValueError, cv2.error) as exc:
        _warn("Frame conversion", exc)
        return FrameScan([])
    try:
        return _decode_grey(grey, fallback)
    except cv2.error as exc:
        _warn("Frame downscaling", exc)
        return FrameScan([])


def decode_image_file(path: Path | str) -> list[DecodedCode]:
    """Every code in an image file, through the same pipeline as camera frames.

    Raises ``ImageReadError`` (with a translated reason) when the file is missing or unreadable.
    """
    return decode_frame(read_image(Path(path)))
