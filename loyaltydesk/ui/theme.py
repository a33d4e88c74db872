"""Light and dark palettes that follow the system, and the app's stylesheet."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

LIGHT = {
    "window": "#F4F5F7", "panel": "#FFFFFF", "field": "#FFFFFF", "line": "#D9DCE1",
    "text": "#1B1F24", "muted": "#5F6873", "accent": "#0F6E66", "accent-soft": "#DDF1EE",
    "on-accent": "#FFFFFF", "ok": "#176B34", "ok-soft": "#E2F4E7", "warn": "#8A4B00",
    "warn-soft": "#FDF0D9", "bad": "#A32020", "bad-soft": "#FBE3E3",
}  # fmt: skip
DARK = {
    "window": "#16181B", "panel": "#1F2226", "field": "#26292E", "line": "#363A40",
    "text": "#ECEEF1", "muted": "#A2A9B2", "accent": "#4CC4B6", "accent-soft": "#1C3A37",
    "on-accent": "#0C1413", "ok": "#6FD08F", "ok-soft": "#1B3324", "warn": "#F2B559",
    "warn-soft": "#3A2E18", "bad": "#F08080", "bad-soft": "#3D1F1F",
}  # fmt: skip


def is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


_forced: bool | None = None
_FUSION_SET = "loyaltydeskFusionSet"


def colors() -> dict[str, str]:
    dark = is_dark() if _forced is None else _forced
    return DARK if dark else LIGHT


def apply_theme(app: QApplication, *, dark: bool | None = None) -> None:
    """Fusion style, a palette for the system's light or dark scheme (or the one forced with
    ``dark``), and the stylesheet."""
    global _forced
    _forced = dark
    if not app.property(_FUSION_SET):
        # Once: a new style object re-polishes every widget and deletes the old one, which
        # widgets with a style sheet of their own may still point at.
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setProperty(_FUSION_SET, True)
    tokens = colors()
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "window",
        QPalette.ColorRole.Base: "field",
        QPalette.ColorRole.AlternateBase: "window",
        QPalette.ColorRole.Button: "panel",
        QPalette.ColorRole.Text: "text",
        QPalette.ColorRole.WindowText: "text",
        QPalette.ColorRole.ButtonText: "text",
        QPalette.ColorRole.PlaceholderText: "muted",
        QPalette.ColorRole.Highlight: "accent",
        QPalette.ColorRole.HighlightedText: "on-accent",
        QPalette.ColorRole.ToolTipBase: "panel",
        QPalette.ColorRole.ToolTipText: "text",
    }
    for role, token in roles.items():
        palette.setColor(role, QColor(tokens[token]))
    # Each of these re-polishes every widget: only when something changes.
    if app.palette() != palette:
        app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 11.0))
    if app.font() != font:
        app.setFont(font)
    sheet = stylesheet(tokens)
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)


def stylesheet(tokens: dict[str, str]) -> str:
    style = files("loyaltydesk.resources").joinpath("style")
    text = style.joinpath("app.qss").read_text(encoding="utf-8")
    scheme = "dark" if tokens is DARK else "light"
    tokens = {
        **tokens,
        "arrow-down": Path(str(style.joinpath(f"arrow-down-{scheme}.svg"))).as_posix(),
        "arrow-up": Path(str(style.joinpath(f"arrow-up-{scheme}.svg"))).as_posix(),
    }
    # Longest names first, so "@accent-soft" is not eaten by "@accent".
    for name in sorted(tokens, key=len, reverse=True):
        text = text.replace(f"@{name}", tokens[name])
    return text


def follow_system_scheme(app: QApplication) -> None:
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_theme(app))
