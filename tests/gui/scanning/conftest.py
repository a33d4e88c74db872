"""Frames on disk and a screenshot folder for the scanning widget tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.support.frames import SyntheticFrame, make_frame, variation, write_frames

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def member() -> SyntheticFrame:
    return make_frame(variation("member_rotated_30"), 30)


@pytest.fixture
def member_folder(tmp_path: Path, member: SyntheticFrame) -> Path:
    """empty, member x7: a card held up for a while, as to a camera. (Held for 3 frames of a
    4-frame loop, it could fall between the frames the camera at rest decodes, one in four.)"""
    folder = tmp_path / "frames"
    empty = make_frame(variation("no_code"), 31)
    write_frames(folder, [empty.image, *[member.image] * 7])
    return folder
