"""Writing a PDF so that a cancelled or failed render never leaves a half-written file."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QPdfWriter

from loyaltydesk.printing.sheet import RenderOutcome

PDF_DPI = 1200
"""Coordinate resolution of the PDF (everything is vector; this only sets rounding)."""


def write_pdf(
    path: Path, title: str, render: Callable[[QPdfWriter], RenderOutcome]
) -> RenderOutcome:
    """Run ``render`` on a PDF writer for a temporary file, then move it onto ``path``."""
    path = Path(path)
    partial = path.with_name(f".{path.name}.{uuid.uuid4().hex}.part")
    try:
        writer = QPdfWriter(str(partial))
        writer.setResolution(PDF_DPI)
        writer.setCreator("loyaltydesk")
        writer.setTitle(title)
        outcome = render(writer)
        del writer  # closes the file before it is moved
        if not outcome.cancelled:
            os.replace(partial, path)
        return outcome
    finally:
        partial.unlink(missing_ok=True)
