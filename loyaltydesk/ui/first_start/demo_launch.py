"""Opening the demo shop beside the real one: another process on the demo's own database."""

from __future__ import annotations

import sys

from PySide6.QtCore import QProcess

from loyaltydesk.config import AppConfig, resolve_config


def demo_config(config: AppConfig) -> AppConfig | None:
    """The demo's configuration in the same data folder; None if it would be the real shop's
    database (then the demo is not opened at all)."""
    demo = resolve_config(home=str(config.home), till=config.till, demo=True)
    return None if demo.db_url == config.db_url else demo


def demo_command(config: AppConfig) -> tuple[str, list[str]]:
    """This same program (installed or run from source) with ``--demo`` on that folder."""
    args = ["--demo", "--home", str(config.home), "--till", config.till]
    if getattr(sys, "frozen", False):
        return sys.executable, args
    return sys.executable, ["-m", "loyaltydesk", *args]


def open_demo(config: AppConfig) -> int | None:
    """Start the demo shop's window; its process id, or None when it could not start."""
    demo = demo_config(config)
    if demo is None:
        return None
    program, args = demo_command(demo)
    started, pid = QProcess.startDetached(program, args)
    return pid if started else None
