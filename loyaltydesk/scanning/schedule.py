"""Which camera frames the scanning worker decodes, and with which passes.

Active (a code, or something code-like, seen within ``rest_after_s``): every frame, both passes.
At rest (nothing in front of the camera): one frame in ``rest_stride`` is decoded, the others
are taken from the camera without decoding them; the first pass runs on each decoded frame, and
the fallback pass (light-on-dark codes, quarter-turned barcodes) on one decoded frame in
``rest_fallback_stride``, or at once on a frame where the first pass saw a code-like pattern it
could not read. Anything code-like puts the schedule back to active from the next frame.

At 30 fps with the defaults: 7.5 frames a second decoded at rest; a code the first pass reads
is read on the next decoded frame (within 100 ms) and confirmed on the frame after it; a code
only the fallback reads is found within 8 frames (267 ms). Pure logic with an injectable clock, so
tests can feed frames and check the schedule without waiting.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from enum import Enum


class Plan(Enum):
    """What to do with the next camera frame."""

    SKIP = "skip"
    """Take it without decoding it (a webcam's JPEG is not decompressed)."""
    FIRST_PASS = "first"
    """Decode it; the fallback pass only if the first pass sees a code-like pattern."""
    BOTH_PASSES = "both"
    """Decode it; the fallback pass whenever the first pass reads nothing."""


REST_AFTER_S = 1.0
"""No code (or code-like pattern) seen for this long: the camera is at rest."""
REST_STRIDE = 4
"""At rest one frame in this many is decoded (7.5 of 30 fps)."""
REST_FALLBACK_STRIDE = 2
"""At rest the fallback pass runs on one decoded frame in this many (every 267 ms at 30 fps)."""


class DecodeSchedule:
    def __init__(
        self,
        *,
        rest_after_s: float = REST_AFTER_S,
        rest_stride: int = REST_STRIDE,
        rest_fallback_stride: int = REST_FALLBACK_STRIDE,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if rest_stride < 1 or rest_fallback_stride < 1:
            raise ValueError("strides must be at least 1")
        self.rest_after_s = rest_after_s
        self.rest_stride = rest_stride
        self.rest_fallback_stride = rest_fallback_stride
        self._clock = clock
        self._last_seen = -math.inf
        self._rest_frames = 0
        self._rest_decodes = 0

    @property
    def resting(self) -> bool:
        return self._clock() - self._last_seen > self.rest_after_s

    def next_frame(self) -> Plan:
        """The plan for the camera's next frame (call once per frame taken)."""
        if not self.resting:
            return Plan.BOTH_PASSES
        self._rest_frames += 1
        # The first frame at rest is decoded, then one in rest_stride.
        if (self._rest_frames - 1) % self.rest_stride:
            return Plan.SKIP
        self._rest_decodes += 1
        if (self._rest_decodes - 1) % self.rest_fallback_stride:
            return Plan.FIRST_PASS
        return Plan.BOTH_PASSES

    def saw(self, *, code: bool, code_like: bool = False) -> None:
        """What the decoded frame held: a code read, or a code-like pattern that was not."""
        if code or code_like:
            self._last_seen = self._clock()
            self._rest_frames = 0
            self._rest_decodes = 0

    def restart(self) -> None:
        """As after opening the camera: at rest, the next frame decoded."""
        self._last_seen = -math.inf
        self._rest_frames = 0
        self._rest_decodes = 0
