"""No module of the app is over 400 lines: past that, a module holds more than one idea and the
next person cannot find the one they came for. Split by idea, not by moving lines."""

from __future__ import annotations

from pathlib import Path

import loyaltydesk

PACKAGE = Path(loyaltydesk.__file__).parent
MAX_LINES = 400


def test_every_module_is_at_most_400_lines() -> None:
    sizes = {
        path.relative_to(PACKAGE).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
        for path in PACKAGE.rglob("*.py")
    }
    assert len(sizes) > 200  # the whole package: domain, store, services, ui, cli, adapters
    assert {name: lines for name, lines in sizes.items() if lines > MAX_LINES} == {}
