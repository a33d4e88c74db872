"""Reading still images from disk, with paths OpenCV's own imread cannot open on Windows."""

from __future__ import annotations

import logging
from pathlib import Path

import cv2
import numpy as np
from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff", ".webp", ".pgm"})


class ImageReadError(Exception):
    """An image file is missing or not an image OpenCV can read."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def read_image(path: Path) -> np.ndarray:
    """The image at ``path`` as a BGR array; raises ImageReadError when that is not possible."""
    if path.is_dir():
        raise ImageReadError(
            path, QCoreApplication.translate("ImageReadError", "is a folder, not an image")
        )
    try:
        data = np.fromfile(path, dtype=np.uint8)
    except FileNotFoundError:
        raise ImageReadError(
            path, QCoreApplication.translate("ImageReadError", "file not found")
        ) from None
    except OSError:
        raise ImageReadError(
            path, QCoreApplication.translate("ImageReadError", "cannot be read")
        ) from None
    image = None
    if data.size:
        try:
            image = cv2.imdecode(data, cv2.IMREAD_COLOR)
        except cv2.error:
            log.warning("OpenCV failed to decode an image file", exc_info=True)
    if image is None:
        raise ImageReadError(
            path, QCoreApplication.translate("ImageReadError", "not an image file that can be read")
        )
    return image
