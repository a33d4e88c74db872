"""Deterministic synthetic webcam frames holding loyaltydesk codes, for tests and benchmarks.

Every frame is 1280x720 BGR: a cluttered background, one or more printed "cards" carrying a code
(QR member card, QR voucher, EAN-13 or Code 128), warped as if held up to a webcam, then degraded
(blur, noise, low contrast, glare). The same seed always gives the same pixels.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import cv2
import numpy as np
import qrcode
import zxingcpp

from loyaltydesk.domain.qr_payload import member_payload, voucher_payload

WIDTH, HEIGHT = 1280, 720
_BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
KINDS = ("member", "voucher", "ean13", "code128")


@dataclass(frozen=True, slots=True)
class Variation:
    """How to draw one frame. ``size`` is the code's width in pixels, quiet zone included."""

    name: str
    kinds: tuple[str, ...] = ("member",)
    size: int = 240
    angle: float = 0.0
    perspective: float = 0.0
    blur: float = 0.0
    motion_blur: int = 0
    noise: float = 2.0
    contrast: float = 1.0
    glare: float = 0.0
    expected_to_decode: bool = True
    why_it_may_fail: str = ""


@dataclass(frozen=True, slots=True)
class SyntheticFrame:
    name: str
    image: np.ndarray
    expected: tuple[tuple[str, str], ...]
    """(format name as decode_frame reports it, text) for every code drawn."""


VARIATIONS: tuple[Variation, ...] = (
    Variation("member_plain"),
    Variation("voucher_plain", kinds=("voucher",)),
    Variation("member_rotated_30", angle=30.0),
    Variation("member_upside_down", angle=180.0),
    Variation("member_perspective", angle=-12.0, perspective=0.12),
    Variation("member_blur", blur=1.2),
    Variation("member_noise", noise=10.0),
    Variation("member_low_contrast", contrast=0.35),
    Variation("member_glare_beside", glare=0.5),
    Variation("member_small_4px", size=140, angle=8.0),
    Variation("two_codes", kinds=("member", "voucher"), size=220, angle=-6.0),
    Variation("ean13_plain", kinds=("ean13",), size=420, angle=4.0),
    Variation("code128_plain", kinds=("code128",), size=460, angle=-3.0),
    Variation("no_code", kinds=()),
    Variation("member_tiny_2px", size=70, blur=0.8),
    Variation("member_steep_perspective", perspective=0.35),
    Variation("ean13_rotated_90", kinds=("ean13",), size=420, angle=90.0),
    Variation("member_large_close", size=520, angle=5.0),
    Variation(
        "member_tiny_blurred",
        size=60,
        blur=1.0,
        expected_to_decode=False,
        why_it_may_fail="under 2 px per module and blurred: neighbouring modules merge",
    ),
    Variation(
        "member_heavy_blur",
        blur=4.0,
        expected_to_decode=False,
        why_it_may_fail="blur wider than a module: the finder patterns melt into grey",
    ),
    Variation(
        "member_motion_blur",
        motion_blur=15,
        expected_to_decode=False,
        why_it_may_fail="a 15 px smear (card waved fast) over 9 px modules",
    ),
    Variation(
        "member_very_low_contrast",
        contrast=0.06,
        noise=6.0,
        expected_to_decode=False,
        why_it_may_fail="dark and light modules 15 grey levels apart under noise of 6",
    ),
    Variation(
        "member_glare_on_code",
        glare=1.6,
        expected_to_decode=False,
        why_it_may_fail="a saturated reflection wipes out more than error correction restores",
    ),
)


def variation(name: str) -> Variation:
    return next(v for v in VARIATIONS if v.name == name)


def code_text(kind: str, rng: np.random.Generator) -> tuple[str, str]:
    """A (format, text) pair of the given kind, drawn from ``rng``."""
    if kind == "member":
        return "QR_CODE", member_payload(uuid.UUID(bytes=rng.bytes(16)))
    if kind == "voucher":
        return "QR_CODE", voucher_payload("".join(rng.choice(list(_BASE62), 12)))
    if kind == "ean13":
        digits = "".join(str(d) for d in rng.integers(0, 10, 12))
        return "EAN_13", digits + _ean_check_digit(digits)
    if kind == "code128":
        return "CODE_128", f"LDC-{int(rng.integers(0, 10**8)):08d}"
    raise ValueError(kind)


def _ean_check_digit(digits12: str) -> str:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits12))
    return str((10 - total % 10) % 10)


def code_image(fmt: str, text: str) -> np.ndarray:
    """A crisp grey rendering of a code, quiet zone included, a few pixels per module."""
    if fmt == "QR_CODE":
        qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
        qr.add_data(text)
        qr.make(fit=True)
        modules = np.array(qr.get_matrix(), dtype=bool)
        image = np.where(modules, 0, 255).astype(np.uint8)
        return cv2.resize(image, None, fx=8, fy=8, interpolation=cv2.INTER_NEAREST)
    barcode_format = (
        zxingcpp.BarcodeFormat.EAN13 if fmt == "EAN_13" else zxingcpp.BarcodeFormat.Code128
    )
    barcode = zxingcpp.create_barcode(text, barcode_format)
    image = np.array(barcode.to_image(scale=4, add_quiet_zones=True), dtype=np.uint8)
    return cv2.resize(image, (image.shape[1], image.shape[1] // 3), interpolation=cv2.INTER_NEAREST)


def background(rng: np.random.Generator) -> np.ndarray:
    """A shop counter-ish clutter: gradient, boxes, circles, lines and text."""
    x = np.linspace(0.0, 1.0, WIDTH, dtype=np.float32)
    y = np.linspace(0.0, 1.0, HEIGHT, dtype=np.float32)[:, None]
    base = rng.uniform(60, 170, 3).astype(np.float32)
    tilt = rng.uniform(-60, 60, 3).astype(np.float32)
    frame = base + tilt * (0.6 * x[None, :, None] + 0.4 * y[:, :, None])
    frame = np.clip(frame, 0, 255).astype(np.uint8)
    for _ in range(14):
        color = tuple(int(c) for c in rng.integers(0, 256, 3))
        x0, y0 = int(rng.integers(0, WIDTH)), int(rng.integers(0, HEIGHT))
        w, h = int(rng.integers(30, 300)), int(rng.integers(30, 200))
        cv2.rectangle(frame, (x0, y0), (x0 + w, y0 + h), color, int(rng.choice([-1, 2, 5])))
    for _ in range(8):
        color = tuple(int(c) for c in rng.integers(0, 256, 3))
        center = (int(rng.integers(0, WIDTH)), int(rng.integers(0, HEIGHT)))
        cv2.circle(frame, center, int(rng.integers(10, 120)), color, int(rng.choice([-1, 3])))
    for _ in range(10):
        color = tuple(int(c) for c in rng.integers(0, 256, 3))
        p0 = (int(rng.integers(0, WIDTH)), int(rng.integers(0, HEIGHT)))
        p1 = (int(rng.integers(0, WIDTH)), int(rng.integers(0, HEIGHT)))
        cv2.line(frame, p0, p1, color, int(rng.integers(1, 6)))
    for _ in range(6):
        color = tuple(int(c) for c in rng.integers(0, 256, 3))
        origin = (int(rng.integers(0, WIDTH - 200)), int(rng.integers(20, HEIGHT)))
        cv2.putText(frame, "SALE 2 FOR 1", origin, cv2.FONT_HERSHEY_SIMPLEX, 1.2, color, 2)
    return frame


def _card(code: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """The code printed on a white card with a coloured stripe."""
    h, w = code.shape
    margin = max(h, w) // 8
    card = np.full((h + 2 * margin, w + 2 * margin, 3), 245, dtype=np.uint8)
    card[margin : margin + h, margin : margin + w] = code[:, :, None]
    stripe = tuple(int(c) for c in rng.integers(0, 200, 3))
    cv2.rectangle(card, (0, 0), (card.shape[1] - 1, margin // 2), stripe, -1)
    return card


def _paste(
    frame: np.ndarray,
    card: np.ndarray,
    scale: float,
    angle: float,
    perspective: float,
    center: tuple[float, float],
    rng: np.random.Generator,
) -> None:
    """Warp ``card`` onto ``frame`` in place: scale, rotate about ``center``, tilt."""
    h, w = card.shape[:2]
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    half = np.float32([[-w, -h], [w, -h], [w, h], [-w, h]]) * 0.5 * scale
    if perspective:
        # Pull one side in and the other out, like a card tilted about its vertical axis.
        side = rng.choice([-1.0, 1.0])
        shrink = np.float32([1 - perspective * side, 1 + perspective * side] * 2)[[0, 1, 1, 0]]
        half = half * np.float32([[1.0, s] for s in shrink])
    theta = np.deg2rad(angle)
    rotation = np.float32([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]])
    dst = half @ rotation.T + np.float32(center)
    matrix = cv2.getPerspectiveTransform(src, dst.astype(np.float32))
    warped = cv2.warpPerspective(card, matrix, (WIDTH, HEIGHT), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(
        np.full((h, w), 255, np.uint8), matrix, (WIDTH, HEIGHT), flags=cv2.INTER_LINEAR
    )
    alpha = (mask.astype(np.float32) / 255.0)[:, :, None]
    frame[:] = (frame * (1 - alpha) + warped * alpha).astype(np.uint8)


def _degrade(frame: np.ndarray, v: Variation, rng: np.random.Generator) -> np.ndarray:
    out = frame.astype(np.float32)
    if v.contrast != 1.0:
        out = 110 + (out - 128) * v.contrast
    if v.glare:
        cx = WIDTH / 2 + (0 if v.glare > 1 else 220)
        yy, xx = np.mgrid[0:HEIGHT, 0:WIDTH].astype(np.float32)
        blob = np.exp(-((xx - cx) ** 2 + (yy - HEIGHT / 2) ** 2) / (2 * 70.0**2))
        out = out + (255 * v.glare * blob)[:, :, None]
    out = np.clip(out, 0, 255).astype(np.uint8)
    if v.blur:
        out = cv2.GaussianBlur(out, (0, 0), v.blur)
    if v.motion_blur:
        kernel = np.zeros((v.motion_blur, v.motion_blur), np.float32)
        kernel[v.motion_blur // 2, :] = 1.0 / v.motion_blur
        out = cv2.filter2D(out, -1, kernel)
    if v.noise:
        noisy = out.astype(np.float32) + rng.normal(0, v.noise, out.shape).astype(np.float32)
        out = np.clip(noisy, 0, 255).astype(np.uint8)
    return out


def make_frame(v: Variation, seed: int = 0) -> SyntheticFrame:
    """Draw ``v`` with ``seed``; same arguments, same pixels."""
    rng = np.random.default_rng(seed)
    frame = background(rng)
    expected = []
    count = len(v.kinds)
    for i, kind in enumerate(v.kinds):
        fmt, text = code_text(kind, rng)
        code = code_image(fmt, text)
        card = _card(code, rng)
        scale = v.size / code.shape[1]
        if count == 1:
            jitter = rng.uniform(-1, 1, 2) * np.float32([200, 80]) * (v.glare <= 1)
            center = (WIDTH / 2 + jitter[0], HEIGHT / 2 + jitter[1])
        else:
            center = (WIDTH * (i + 1) / (count + 1), HEIGHT / 2 + rng.uniform(-60, 60))
        _paste(frame, card, scale, v.angle, v.perspective, center, rng)
        expected.append((fmt, text))
    return SyntheticFrame(v.name, _degrade(frame, v, rng), tuple(expected))


def nominal_frames(count: int, seed: int = 1000) -> Iterator[SyntheticFrame]:
    """Frames a working counter sees: one card at 4-10 px per module, mild tilt, blur and noise.

    Nine in ten hold a QR code (member or voucher), one in ten an EAN-13 or Code 128 card.
    """
    rng = np.random.default_rng(seed)
    for i in range(count):
        if rng.random() < 0.9:
            kind = str(rng.choice(["member", "voucher"]))
            size = int(rng.uniform(140, 320))
            angle = float(rng.uniform(-30, 30))
        else:
            kind = str(rng.choice(["ean13", "code128"]))
            size = int(rng.uniform(420, 560))
            angle = float(rng.uniform(-8, 8))
        v = Variation(
            f"nominal_{i:04d}",
            kinds=(kind,),
            size=size,
            angle=angle,
            perspective=float(rng.uniform(0, 0.08)),
            blur=float(rng.uniform(0, 1.0)),
            noise=float(rng.uniform(1, 5)),
            contrast=float(rng.uniform(0.6, 1.0)),
        )
        yield make_frame(v, seed=seed + i)


def empty_frames(count: int, seed: int = 5000) -> Iterator[SyntheticFrame]:
    """Frames with no code at all: what the camera sees most of the day."""
    for i in range(count):
        yield make_frame(replace(variation("no_code"), name=f"empty_{i:04d}"), seed=seed + i)


def write_frames(folder: Path, frames: Sequence[np.ndarray], ext: str = ".png") -> list[Path]:
    """Save frames as ``frame_0000.png``... and return the paths, in order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, image in enumerate(frames):
        path = folder / f"frame_{i:04d}{ext}"
        if not cv2.imwrite(str(path), image):
            raise OSError(f"could not write {path}")
        paths.append(path)
    return paths


def write_video(path: Path, frames: Sequence[np.ndarray], fps: float = 15.0) -> Path:
    """Write an MJPG ``.avi``: every OpenCV build can read it back."""
    height, width = frames[0].shape[:2]
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps, (width, height))
    if not writer.isOpened():
        raise OSError(f"could not open a video writer for {path}")
    try:
        for image in frames:
            writer.write(image)
    finally:
        writer.release()
    return path
