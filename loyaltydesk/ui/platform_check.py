"""Before Qt starts on Linux: is there a display, and can Qt's X11 plugin load?

Without either, Qt prints its own "could not load the Qt platform plugin" and aborts the
process. This says instead, in one sentence, what is missing and what to install or set. It
imports no Qt and costs about a millisecond, so the GUI runs it before anything else (and
before a demo shop is built).
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

#: What Qt's xcb platform plugin (libqxcb.so, libQt6XcbQpa.so) loads from the system, and the
#: Debian/Ubuntu package that has each library. PySide6's wheel brings none of them.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}

Loader = Callable[[str], object]


def x_server_answers(display: str) -> bool:
    """Whether the X server named by ``display`` accepts a connection (libxcb, ~1 ms)."""
    xcb = ctypes.CDLL("libxcb.so.1")
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return xcb.xcb_connection_has_error(connection) == 0
    finally:
        xcb.xcb_disconnect(connection)


def display_problem(
    env: Mapping[str, str] | None = None,
    platform: str = sys.platform,
    load: Loader = ctypes.CDLL,
    answers: Callable[[str], bool] = x_server_answers,
) -> str | None:
    """One sentence on why the window cannot open here, or None when it should open.

    Only Linux is checked, and only when Qt would use X11 or Wayland: a platform chosen with
    QT_QPA_PLATFORM (offscreen, vnc, eglfs...) is the user's business.
    """
    env = os.environ if env is None else env
    if not platform.startswith("linux"):
        return None
    chosen = [name.strip() for name in env.get("QT_QPA_PLATFORM", "").split(";") if name.strip()]
    if chosen and chosen[0].split(":")[0] not in ("xcb", "wayland", "wayland-egl"):
        return None
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return (
            "loyaltydesk cannot open its window because there is no display (neither DISPLAY "
            "nor WAYLAND_DISPLAY is set): start it from the desktop, or set DISPLAY (for example "
            "DISPLAY=:0); loyaltydesk --self-test checks the install without a screen."
        )
    uses_xcb = chosen[:1] == ["xcb"] or (not chosen and not env.get("WAYLAND_DISPLAY"))
    if not uses_xcb:
        return None  # Wayland, or a Wayland session that may fall back to X11
    missing = [name for name in XCB_LIBRARIES if not _loads(load, name)]
    if missing:
        packages = " ".join(XCB_LIBRARIES[name] for name in missing)
        return (
            f"loyaltydesk cannot open its window because the X11 libraries Qt needs are missing "
            f"({', '.join(missing)}): install them, on Debian or Ubuntu with "
            f"sudo apt install {packages}."
        )
    display = env.get("DISPLAY", "")
    if not answers(display):
        return (
            f"loyaltydesk cannot open its window because the display {display} does not answer: "
            "start it from the desktop session, or set DISPLAY to a running X server."
        )
    return None


def _loads(load: Loader, name: str) -> bool:
    try:
        load(name)
    except OSError:
        return False
    return True
