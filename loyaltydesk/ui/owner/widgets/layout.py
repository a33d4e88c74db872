"""Small pieces of an owner page's layout: its header, a section heading with an action, a
link-style button, and the save-file question."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


def page_header(title: str, description: str) -> QWidget:
    """The page's title with one muted line under it saying what the page is for."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    heading = QLabel(title)
    heading.setObjectName("PageTitle")
    heading.setAccessibleName(title)
    hint = QLabel(description)
    hint.setObjectName("Muted")
    hint.setWordWrap(True)
    layout.addWidget(heading)
    layout.addWidget(hint)
    return box


def section_heading(title: str, action: QPushButton | None = None) -> QWidget:
    """A muted section title with an optional link-style button on the right."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(8)
    label = QLabel(title)
    label.setObjectName("SectionTitle")
    row.addWidget(label, 1)
    if action is not None:
        row.addWidget(action)
    return box


def link_button(text: str, accessible: str) -> QPushButton:
    button = QPushButton(text)
    button.setProperty("role", "link")
    button.setAccessibleName(accessible)
    button.setMinimumHeight(40)
    return button


def ask_save_path(parent: QWidget, title: str, suggested: str, file_filter: str) -> Path | None:
    """Where to save a file, starting in the Documents folder; None if the person cancelled."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    dialog = QFileDialog(parent, title, str(Path(folder) / suggested), file_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(file_filter.rsplit("*.", 1)[-1].rstrip(")"))
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def safe_file_name(text: str) -> str:
    """A name for a suggested file: letters, digits, spaces and dashes only."""
    cleaned = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in text)
    return " ".join(cleaned.split()) or "export"
