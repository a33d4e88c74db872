"""decode_frame on the synthetic webcam frames, its fallback pass and its error guard."""

from __future__ import annotations

import logging

import cv2
import numpy as np
import pytest
import zxingcpp

from loyaltydesk.scanning import decoder
from loyaltydesk.scanning.decoder import DecodedCode, FrameScan, decode_frame, scan_frame
from tests.support.frames import VARIATIONS, Variation, make_frame, variation


def _found(codes: list[DecodedCode]) -> set[tuple[str, str]]:
    return {(code.format, code.text) for code in codes}


def _case(v: Variation) -> object:
    marks = [] if v.expected_to_decode else [pytest.mark.xfail(reason=v.why_it_may_fail)]
    return pytest.param(v, id=v.name, marks=marks)


@pytest.mark.parametrize("v", [_case(v) for v in VARIATIONS])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_each_variation_decodes_exactly_what_was_drawn(v: Variation, seed: int) -> None:
    frame = make_frame(v, seed)
    assert _found(decode_frame(frame.image)) == set(frame.expected)


def test_corners_surround_the_code() -> None:
    frame = make_frame(variation("member_plain"), 4)
    [code] = decode_frame(frame.image)
    xs = [x for x, _ in code.corners]
    ys = [y for _, y in code.corners]
    assert 0 <= min(xs) < max(xs) <= frame.image.shape[1]
    assert 0 <= min(ys) < max(ys) <= frame.image.shape[0]
    # The code is drawn 240 px wide with its quiet zone: the symbol itself is ~190 px.
    assert 150 < max(xs) - min(xs) < 260


@pytest.mark.parametrize("convert", [cv2.COLOR_BGR2GRAY, cv2.COLOR_BGR2BGRA], ids=["grey", "bgra"])
def test_grey_and_bgra_frames(convert: int) -> None:
    frame = make_frame(variation("voucher_plain"), 5)
    assert _found(decode_frame(cv2.cvtColor(frame.image, convert))) == set(frame.expected)


@pytest.mark.parametrize(
    "bad",
    [np.zeros((0, 0, 3), np.uint8), np.zeros((10, 10, 3), np.float32), np.zeros(10, np.uint8)],
    ids=["empty", "float", "1d"],
)
def test_unusable_arrays_give_nothing(bad: np.ndarray) -> None:
    assert decode_frame(bad) == []


def test_fallback_uses_global_histogram_when_first_pass_finds_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = zxingcpp.read_barcodes
    binarizers = []

    def spy(image: np.ndarray, **options: object) -> list[zxingcpp.Barcode]:
        binarizers.append(options["binarizer"])
        if options["binarizer"] == zxingcpp.Binarizer.LocalAverage:
            return []
        return real(image, **options)

    monkeypatch.setattr(zxingcpp, "read_barcodes", spy)
    frame = make_frame(variation("member_plain"), 6)
    assert _found(decode_frame(frame.image)) == set(frame.expected)
    assert binarizers == [zxingcpp.Binarizer.LocalAverage, zxingcpp.Binarizer.GlobalHistogram]


def test_no_fallback_when_the_first_pass_finds_a_code(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = zxingcpp.read_barcodes
    monkeypatch.setattr(
        zxingcpp, "read_barcodes", lambda image, **kw: calls.append(kw) or real(image, **kw)
    )
    decode_frame(make_frame(variation("member_plain"), 7).image)
    assert len(calls) == 1


def test_quarter_turned_barcode_is_found_by_the_fallback() -> None:
    frame = make_frame(variation("ean13_rotated_90"), 8)
    grey = cv2.cvtColor(frame.image, cv2.COLOR_BGR2GRAY)
    assert zxingcpp.read_barcodes(grey, **decoder.PRIMARY_OPTIONS) == []
    assert _found(decode_frame(frame.image)) == set(frame.expected)


def test_a_raising_decoder_returns_nothing_and_logs_no_payload(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    frame = make_frame(variation("member_plain"), 9)
    [(_, payload)] = frame.expected

    def explode(image: np.ndarray, **options: object) -> list[zxingcpp.Barcode]:
        raise RuntimeError(f"corrupt symbol {payload}")

    monkeypatch.setattr(zxingcpp, "read_barcodes", explode)
    monkeypatch.setattr(decoder, "_warn", decoder._ThrottledWarning())
    with caplog.at_level(logging.WARNING, logger="loyaltydesk.scanning"):
        assert decode_frame(frame.image) == []
        assert decode_frame(frame.image) == []
    assert "RuntimeError" in caplog.text
    assert payload not in caplog.text
    assert len(caplog.records) == 1, "repeated failures are throttled"


def _spy_sizes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, ...]]:
    sizes: list[tuple[int, ...]] = []
    real = zxingcpp.read_barcodes
    monkeypatch.setattr(
        zxingcpp,
        "read_barcodes",
        lambda image, **kw: sizes.append(image.shape) or real(image, **kw),
    )
    return sizes


def test_1080p_frames_are_decoded_at_full_resolution(monkeypatch: pytest.MonkeyPatch) -> None:
    frame = make_frame(variation("member_plain"), 10)
    sizes = _spy_sizes(monkeypatch)
    big = cv2.resize(frame.image, (1920, 1080), interpolation=cv2.INTER_LINEAR)
    assert _found(decode_frame(big)) == set(frame.expected)
    assert sizes == [(1080, 1920)]


def test_4k_frames_are_decoded_downscaled_first(monkeypatch: pytest.MonkeyPatch) -> None:
    frame = make_frame(variation("member_plain"), 10)
    big = cv2.resize(frame.image, None, fx=3, fy=3, interpolation=cv2.INTER_LINEAR)  # 3840x2160
    sizes = _spy_sizes(monkeypatch)
    [code] = decode_frame(big)
    assert code.text == frame.expected[0][1]
    assert sizes == [(1080, 1920)]
    assert max(x for x, _ in code.corners) > 1920, "corners are in full-frame pixels"


def test_small_code_in_a_4k_frame_is_found_at_full_resolution(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    frame = make_frame(variation("member_tiny_2px"), 11)  # ~2 px per module, 1 once halved
    big = np.full((2160, 3840, 3), 128, np.uint8)
    big[700:1420, 1200:2480] = frame.image
    sizes = _spy_sizes(monkeypatch)
    [code] = decode_frame(big)
    assert (code.format, code.text) == frame.expected[0]
    assert sizes == [(1080, 1920), (1080, 1920), (2160, 3840)]
    assert all(1200 < x < 2480 and 700 < y < 1420 for x, y in code.corners)


def test_decoded_code_is_frozen() -> None:
    code = DecodedCode("QR_CODE", "x", ((0, 0), (1, 0), (1, 1), (0, 1)))
    with pytest.raises(AttributeError):
        code.text = "y"  # type: ignore[misc]


def test_without_the_fallback_pass_a_quarter_turned_barcode_is_not_read() -> None:
    frame = make_frame(variation("ean13_rotated_90"), 8)
    assert decode_frame(frame.image, fallback=False) == []
    assert _found(decode_frame(frame.image, fallback=True)) == set(frame.expected)


def test_the_first_pass_tells_a_code_like_pattern_it_cannot_read_from_an_empty_frame() -> None:
    """At rest the worker runs the fallback, and goes back to full rate, on such a frame."""
    blurred = make_frame(variation("member_heavy_blur"), 0)
    seen = scan_frame(blurred.image, fallback=None)
    assert (seen.codes, seen.code_like) == ([], True)
    empty = make_frame(variation("no_code"), 22)
    assert scan_frame(empty.image, fallback=None) == FrameScan([], False)
    member = make_frame(variation("member_plain"), 20)
    assert _found(scan_frame(member.image, fallback=None).codes) == set(member.expected)
