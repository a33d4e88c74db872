"""Tests that need a system tool (pdftoppm, a PostgreSQL server, psycopg).

On a developer's machine such a test is skipped, with the reason, when the tool is missing.
Under CI (``CI=true``) it fails instead: ``.ci/run`` installs every tool, so a missing one
means the install step broke, and a skipped test would leave CI green without proving anything.
"""

from __future__ import annotations

import os
import shutil
from typing import NoReturn

import pytest


def under_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}


def missing_tool(reason: str) -> NoReturn:
    """Skip the running test for ``reason``, or fail it under CI."""
    if under_ci():
        pytest.fail(f"{reason} (CI=true: .ci/run installs it, so a missing tool fails)")
    pytest.skip(reason)


def require_command(name: str, package: str) -> str:
    """The path of the command ``name``; missing: see :func:`missing_tool`."""
    found = shutil.which(name)
    if found is None:
        missing_tool(f"needs {name} (Debian package {package})")
    return found
