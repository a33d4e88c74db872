"""Helpers for the customer administration tests: CSV files and a few registered customers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest


@pytest.fixture
def write_csv(tmp_path: Path) -> Callable[..., Path]:
    """``write_csv(text_or_rows, name=..., encoding=...)`` -> the file's path."""

    def write(content: str | list[list[str]], *, name: str = "in.csv",
              encoding: str = "utf-8") -> Path:  # fmt: skip
        if isinstance(content, list):
            content = "\n".join(",".join(cells) for cells in content) + "\n"
        path = tmp_path / name
        path.write_bytes(content.encode(encoding))
        return path

    return write
