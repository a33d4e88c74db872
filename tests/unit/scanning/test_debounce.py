"""Debouncer: two-frame confirmation, per-code hold, injected clock."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loyaltydesk.scanning.debounce import Debouncer


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


def test_a_code_counts_on_its_second_consecutive_frame(clock: Clock) -> None:
    d = Debouncer(clock=clock)
    assert d.feed(["A"]) == []
    assert d.feed(["A"]) == ["A"]


def test_a_gap_breaks_the_confirmation(clock: Clock) -> None:
    d = Debouncer(clock=clock)
    assert d.feed(["A"]) == []
    assert d.feed([]) == []
    assert d.feed(["A"]) == []
    assert d.feed(["A"]) == ["A"]


def test_the_same_code_is_ignored_for_the_hold_then_counts_again(clock: Clock) -> None:
    d = Debouncer(hold_seconds=3.0, clock=clock)
    d.feed(["A"])
    assert d.feed(["A"]) == ["A"]
    clock.now += 2.9
    assert d.feed(["A"]) == []
    assert d.feed(["A"]) == []
    clock.now += 0.2
    assert d.feed(["A"]) == ["A"]


def test_a_different_code_counts_at_once_after_its_own_confirmation(clock: Clock) -> None:
    d = Debouncer(clock=clock)
    d.feed(["A"])
    assert d.feed(["A"]) == ["A"]
    clock.now += 0.1
    assert d.feed(["B"]) == []
    assert d.feed(["B"]) == ["B"]


def test_each_code_keeps_its_own_hold(clock: Clock) -> None:
    d = Debouncer(clock=clock)
    d.feed(["A"])
    d.feed(["A"])
    d.feed(["B"])
    d.feed(["B"])
    clock.now += 1.0
    d.feed(["A"])
    assert d.feed(["A"]) == [], "A is still held although B came in between"


def test_two_codes_in_one_frame_both_count_in_frame_order(clock: Clock) -> None:
    d = Debouncer(clock=clock)
    d.feed(["B", "A"])
    assert d.feed(["B", "A", "B"]) == ["B", "A"]


def test_reset_streaks_needs_a_fresh_confirmation(clock: Clock) -> None:
    d = Debouncer(clock=clock)
    d.feed(["A"])
    d.reset_streaks()
    assert d.feed(["A"]) == []
    assert d.feed(["A"]) == ["A"]


def test_confirm_frames_is_configurable(clock: Clock) -> None:
    d = Debouncer(confirm_frames=1, clock=clock)
    assert d.feed(["A"]) == ["A"]
    with pytest.raises(ValueError, match="at least 1"):
        Debouncer(confirm_frames=0)


frames = st.lists(
    st.tuples(st.floats(0, 2, allow_nan=False), st.lists(st.sampled_from("ABC"), max_size=3)),
    max_size=60,
)


@given(frames)
def test_never_twice_within_the_hold_and_only_after_two_frames(steps: list) -> None:
    clock = Clock()
    d = Debouncer(hold_seconds=3.0, clock=clock)
    accepted_at: dict[str, float] = {}
    previous: set[str] = set()
    for delay, texts in steps:
        clock.now += delay
        for text in d.feed(texts):
            assert text in previous, "confirmed on two consecutive frames"
            if text in accepted_at:
                assert clock.now - accepted_at[text] >= 3.0
            accepted_at[text] = clock.now
        previous = set(texts)
