"""Turning per-frame reads into scans: confirm on consecutive frames, then ignore repeats."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable


class Debouncer:
    """Decides which codes seen in a frame count as a scan.

    A code counts once it is read on ``confirm_frames`` consecutive frames (a single misread
    frame is not a scan). After it counts, the same code is ignored for ``hold_seconds`` even if it
    stays in view; any other code counts as soon as it is confirmed. Each code has its own hold,
    so two cards shown in turn do not re-trigger each other.
    """

    def __init__(
        self,
        hold_seconds: float = 3.0,
        confirm_frames: int = 2,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if confirm_frames < 1:
            raise ValueError("confirm_frames must be at least 1")
        self.hold_seconds = hold_seconds
        self.confirm_frames = confirm_frames
        self._clock = clock
        self._streaks: dict[str, int] = {}
        self._accepted_at: dict[str, float] = {}

    def feed(self, texts: Iterable[str]) -> list[str]:
        """Record one frame's codes; return those that count as a scan now, in frame order."""
        now = self._clock()
        seen = list(dict.fromkeys(texts))
        self._streaks = {text: self._streaks.get(text, 0) + 1 for text in seen}
        self._accepted_at = {
            text: at for text, at in self._accepted_at.items() if now - at < self.hold_seconds
        }
        scanned = []
        for text in seen:
            if self._streaks[text] >= self.confirm_frames and text not in self._accepted_at:
                self._accepted_at[text] = now
                scanned.append(text)
        return scanned

    def reset_streaks(self) -> None:
        """Forget partly confirmed codes (after a pause the next frames are not consecutive)."""
        self._streaks.clear()
