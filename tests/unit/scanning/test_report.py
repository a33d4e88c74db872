"""decode_images: the contract of the ``loyaltydesk decode IMAGE... [--json]`` command."""

from __future__ import annotations

import json
from pathlib import Path

import cv2
import pytest

from loyaltydesk.scanning.decoder import decode_image_file
from loyaltydesk.scanning.images import ImageReadError
from loyaltydesk.scanning.report import ImageResult, decode_images
from tests.support.frames import make_frame, variation


@pytest.fixture
def images(tmp_path: Path) -> dict[str, Path]:
    paths = {}
    for name in ("member_plain", "two_codes", "no_code", "code128_plain"):
        paths[name] = tmp_path / f"{name}.jpg"
        cv2.imwrite(str(paths[name]), make_frame(variation(name), 12).image)
    paths["not_an_image"] = tmp_path / "notes.png"
    paths["not_an_image"].write_text("hello")
    paths["missing"] = tmp_path / "missing.png"
    return paths


def test_results_come_in_order_with_codes_and_errors(images: dict[str, Path]) -> None:
    order = ["member_plain", "missing", "no_code", "not_an_image", "two_codes"]
    results = decode_images(str(images[name]) for name in order)
    assert [r.image for r in results] == [str(images[name]) for name in order]
    assert [len(r.codes) for r in results] == [1, 0, 0, 0, 2]
    assert [r.ok for r in results] == [True, False, True, False, True]
    expected = make_frame(variation("member_plain"), 12).expected
    assert [(c.format, c.text) for c in results[0].codes] == list(expected)


def test_json_shape(images: dict[str, Path]) -> None:
    [found, missing] = decode_images([images["code128_plain"], images["missing"]])
    data = json.loads(json.dumps([found.to_dict(), missing.to_dict()]))
    [(fmt, text)] = make_frame(variation("code128_plain"), 12).expected
    assert data[0] == {
        "image": str(images["code128_plain"]),
        "codes": [{"format": fmt, "text": text}],
    }
    assert data[1]["image"] == str(images["missing"])
    assert data[1]["codes"] == []
    assert data[1]["error"] == "file not found"


def test_plain_text_rendering(images: dict[str, Path]) -> None:
    [one, two, none, broken] = decode_images(
        [images["member_plain"], images["two_codes"], images["no_code"], images["not_an_image"]]
    )
    assert one.to_text() == f"{images['member_plain']}: QR_CODE {one.codes[0].text}"
    assert one.to_text().split(": ")[1].startswith("QR_CODE LD1:M:")
    assert len(two.to_text().splitlines()) == 2
    assert none.to_text() == f"{images['no_code']}: no code found"
    assert (
        broken.to_text() == f"{images['not_an_image']}: error: not an image file that can be read"
    )


def test_a_folder_is_reported_not_raised(tmp_path: Path) -> None:
    [result] = decode_images([tmp_path])
    assert result.error == "is a folder, not an image"


def test_decode_image_file_raises_a_typed_error(tmp_path: Path) -> None:
    with pytest.raises(ImageReadError) as info:
        decode_image_file(tmp_path / "nope.png")
    assert info.value.path == tmp_path / "nope.png"
    assert info.value.reason == "file not found"


def test_an_empty_file_is_not_an_image(tmp_path: Path) -> None:
    (tmp_path / "empty.jpg").write_bytes(b"")
    [result] = decode_images([tmp_path / "empty.jpg"])
    assert result == ImageResult(
        str(tmp_path / "empty.jpg"), error="not an image file that can be read"
    )
