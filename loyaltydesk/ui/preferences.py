"""Typed QSettings, declared once with defaults; preferences apart from window state."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_VERSION = 1


@dataclass(frozen=True)
class Preference:
    key: str
    default: Any
    kind: type


IDLE_MINUTES = Preference("counter/idle_minutes", 15, int)
RESULT_SECONDS = Preference("counter/result_seconds", 8, int)
SCAN_SOUND = Preference("counter/scan_sound", True, bool)
CAMERA_INDEX = Preference("camera/index", 0, int)
CAMERA_WIDTH = Preference("camera/width", 1280, int)
CAMERA_HEIGHT = Preference("camera/height", 720, int)
CAMERA_ENABLED = Preference("camera/enabled", False, bool)


class Preferences:
    """Reads and writes preferences and window state through one QSettings."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._qs = settings or QSettings()
        if int(self._qs.value("meta/version", 0) or 0) < SETTINGS_VERSION:
            self._upgrade()

    def get(self, pref: Preference) -> Any:
        value = self._qs.value(pref.key, pref.default)
        try:
            if pref.kind is bool and isinstance(value, str):
                return value.lower() in {"1", "true", "yes"}
            return pref.kind(value)
        except (TypeError, ValueError):
            return pref.default

    def set(self, pref: Preference, value: Any) -> None:
        self._qs.setValue(pref.key, value)

    def window_geometry(self) -> QByteArray | None:
        value = self._qs.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def save_window_geometry(self, geometry: QByteArray) -> None:
        self._qs.setValue("window/geometry", geometry)

    def sync(self) -> None:
        self._qs.sync()

    def _upgrade(self) -> None:
        # Version 1 is the first; later versions rename or convert keys here, step by step.
        self._qs.setValue("meta/version", SETTINGS_VERSION)
