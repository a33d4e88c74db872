"""Decoding image files for the ``loyaltydesk decode IMAGE... [--json]`` command."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from loyaltydesk.scanning.decoder import DecodedCode, decode_image_file
from loyaltydesk.scanning.images import ImageReadError


@dataclass(frozen=True, slots=True)
class ImageResult:
    """The codes found in one image file, or why the file could not be read."""

    image: str
    """The path as the caller gave it."""
    codes: tuple[DecodedCode, ...] = ()
    error: str | None = None
    """A translated reason when the file is missing or not a readable image; else None."""

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_dict(self) -> dict[str, Any]:
        """``{"image": PATH, "codes": [{"format": ..., "text": ...}]}`` plus ``"error"`` if any."""
        result: dict[str, Any] = {
            "image": self.image,
            "codes": [{"format": code.format, "text": code.text} for code in self.codes],
        }
        if self.error is not None:
            result["error"] = self.error
        return result

    def to_text(self) -> str:
        """One line per code, ``<path>: <FORMAT> <text>``; or ``<path>: no code found``."""
        if self.error is not None:
            return f"{self.image}: " + QCoreApplication.translate(
                "DecodeReport", "error: {reason}"
            ).format(reason=self.error)
        if not self.codes:
            return f"{self.image}: " + QCoreApplication.translate("DecodeReport", "no code found")
        return "\n".join(f"{self.image}: {code.format} {code.text}" for code in self.codes)


def decode_image(path: str | Path) -> ImageResult:
    try:
        codes = decode_image_file(path)
    except ImageReadError as exc:
        return ImageResult(str(path), error=exc.reason)
    return ImageResult(str(path), tuple(codes))


def decode_images(paths: Iterable[str | Path]) -> list[ImageResult]:
    """One result per path, in order. Never raises for a bad file: its result carries ``error``."""
    return [decode_image(path) for path in paths]
