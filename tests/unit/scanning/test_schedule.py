"""The camera's decode schedule: frames fed one by one with a hand-moved clock, no waiting."""

from __future__ import annotations

import pytest

from loyaltydesk.scanning.schedule import DecodeSchedule, Plan


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


FRAME = 1 / 30


def run(schedule: DecodeSchedule, clock: Clock, frames: int) -> list[Plan]:
    plans = []
    for _ in range(frames):
        plans.append(schedule.next_frame())
        clock.now += FRAME
    return plans


def test_at_rest_one_frame_in_four_is_decoded_and_the_fallback_runs_on_every_other() -> None:
    clock = Clock()
    schedule = DecodeSchedule(clock=clock)
    plans = run(schedule, clock, 48)  # 1.6 s of an empty counter
    assert schedule.resting
    skip, first, both = Plan.SKIP, Plan.FIRST_PASS, Plan.BOTH_PASSES
    assert plans[:16] == [both, skip, skip, skip, first, skip, skip, skip] * 2
    assert plans.count(skip) == 36  # 12 of 48 frames decoded
    assert plans.count(both) == 6  # the fallback every 8 frames (267 ms)


def test_a_code_read_puts_every_frame_back_on_both_passes_for_a_second() -> None:
    clock = Clock()
    schedule = DecodeSchedule(clock=clock)
    run(schedule, clock, 9)
    assert run(schedule, clock, 3) == [Plan.SKIP] * 3
    assert schedule.next_frame() is Plan.FIRST_PASS  # the card is in this frame
    schedule.saw(code=True)
    clock.now += FRAME
    assert not schedule.resting
    assert run(schedule, clock, 30) == [Plan.BOTH_PASSES] * 30  # held up for a second
    # Nothing more seen: after a second at rest again, from a decoded frame with both passes.
    assert schedule.resting
    assert run(schedule, clock, 5) == [Plan.BOTH_PASSES, *[Plan.SKIP] * 3, Plan.FIRST_PASS]


def test_something_code_like_also_brings_back_full_rate() -> None:
    clock = Clock()
    schedule = DecodeSchedule(clock=clock)
    run(schedule, clock, 9)
    schedule.saw(code=False, code_like=True)
    assert run(schedule, clock, 3) == [Plan.BOTH_PASSES] * 3


def test_a_frame_with_nothing_changes_nothing() -> None:
    clock = Clock()
    schedule = DecodeSchedule(clock=clock)
    plans = []
    for _ in range(12):
        plan = schedule.next_frame()
        if plan is not Plan.SKIP:
            schedule.saw(code=False, code_like=False)
        plans.append(plan)
        clock.now += FRAME
    assert plans.count(Plan.SKIP) == 9


def test_restart_decodes_the_next_frame() -> None:
    clock = Clock()
    schedule = DecodeSchedule(clock=clock)
    run(schedule, clock, 2)
    schedule.restart()
    assert schedule.next_frame() is Plan.BOTH_PASSES


def test_strides_are_checked() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        DecodeSchedule(rest_stride=0)
