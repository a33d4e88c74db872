"""Frames on disk for the scanning integration tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.support.frames import SyntheticFrame, make_frame, variation, write_frames, write_video

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def member() -> SyntheticFrame:
    return make_frame(variation("member_plain"), 20)


@pytest.fixture(scope="session")
def voucher() -> SyntheticFrame:
    return make_frame(variation("voucher_plain"), 21)


@pytest.fixture(scope="session")
def empty() -> SyntheticFrame:
    return make_frame(variation("no_code"), 22)


@pytest.fixture
def member_folder(tmp_path: Path, member: SyntheticFrame, empty: SyntheticFrame) -> Path:
    """empty, member x3, empty: one scan of the member card per pass."""
    folder = tmp_path / "frames"
    write_frames(folder, [empty.image, member.image, member.image, member.image, empty.image])
    return folder


@pytest.fixture
def member_video(tmp_path: Path, member: SyntheticFrame, empty: SyntheticFrame) -> Path:
    frames = [empty.image] * 2 + [member.image] * 4 + [empty.image] * 2
    return write_video(tmp_path / "scan.avi", frames)
