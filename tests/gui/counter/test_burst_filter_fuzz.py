"""Fuzzing the counter's scanner-burst filter through its public event interface only: key
events (any text, any timing, time running backwards, Enter or not) sent to whatever has the
focus at a signed-in counter. The filter must never raise; what it diverts reaches the scan
path, which answers with a card or a typed refusal in the banner, never the "Something went
wrong" dialog. ``LOYALTYDESK_FUZZ_LONG=1`` runs 2,000 examples."""

from __future__ import annotations

import uuid

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from loyaltydesk.domain.qr_payload import member_payload
from loyaltydesk.domain.staff import Actor, Role
from tests.gui.helpers import look_up, settle, sign_in
from tests.support.scan_inputs import (
    BIDI,
    CONFUSABLE,
    INVISIBLE,
    SPACES,
    fuzz_settings,
    recognised_codes,
    scan_texts,
)

OWNER = Actor(1, "Olive Owner", Role.OWNER, "Till 1")
START_MS = 10_000_000
#: Each example delivers real key events through Qt (about 0.1 s on a busy machine).
LONG_GUI_EXAMPLES = 2_000
#: Longer than any code a scanner sends; a 10 kB flood is fuzzed in the scan path itself.
MAX_BURST = 300

#: What one key press may carry: anything a keyboard layout or input method can produce.
key_texts = st.one_of(
    st.characters(exclude_categories=["Cs"]),
    st.sampled_from(BIDI + INVISIBLE + SPACES + CONFUSABLE + "0123456789.:LDMV@+-"),
    st.just(""),
)
#: Milliseconds since the previous key: a scanner, a person, a stall, a clock going backwards.
gaps = st.one_of(st.integers(0, 10), st.integers(20, 400), st.integers(-1_000, -1), st.just(2**31))
#: A scanner sending a code (or a mangled one, up to MAX_BURST keys) 0-8 ms apart, or anything
#: at any speed.
keystrokes = st.one_of(
    st.tuples(st.one_of(recognised_codes(), scan_texts), st.integers(0, 8)).map(
        lambda code_gap: [
            (ch, code_gap[1]) for ch in code_gap[0][:MAX_BURST] if not "\ud800" <= ch <= "\udfff"
        ]
    ),
    st.lists(st.tuples(key_texts, gaps), max_size=60),
)


def key_event(kind: QEvent.Type, text: str, timestamp: int) -> QKeyEvent:
    if text == "\r":
        key = Qt.Key.Key_Return.value
    elif len(text) == 1 and text.isascii() and text.isprintable():
        key = ord(text.upper())
    else:
        key = Qt.Key.Key_unknown.value
    event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
    event.setTimestamp(max(timestamp, 0))
    return event


class ModalWatch:
    """Closes and remembers any modal dialog that opens (none should)."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self._timer = QTimer()
        self._timer.timeout.connect(self._check)
        self._timer.start(50)

    def _check(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            self.seen.append(modal.windowTitle())
            modal.close()


def test_any_keys_at_the_counter_never_crash_the_burst_filter(qtbot, window, real_services):
    card = real_services.customers.register(
        actor=OWNER, ref_code=uuid.uuid4().hex, phone="+60123456789", name="Mei Ling"
    )
    sign_in(qtbot, window, "0000")
    look_up(qtbot, window, card.short_code)
    diverted: list[str] = []
    window.burst_filter.scanned.connect(diverted.append)
    watch = ModalWatch()
    clock = [START_MS]

    @fuzz_settings(60, long=LONG_GUI_EXAMPLES)
    @given(keys=keystrokes, into_amount=st.booleans(), enter=st.booleans())
    def type_keys(keys: list[tuple[str, int]], into_amount: bool, enter: bool) -> None:
        amount = window.counter.actions.amount
        target: QWidget = amount if into_amount and amount.isVisible() else window.counter.scan
        target.setFocus()
        before = len(diverted)
        with qtbot.captureExceptions() as raised:
            for text, gap in [*keys, *([("\r", 5)] if enter else [])]:
                clock[0] = max(clock[0] + gap, 0)
                focus = QApplication.focusWidget() or target
                QApplication.sendEvent(focus, key_event(QEvent.Type.KeyPress, text, clock[0]))
            QApplication.processEvents()
        assert raised == []
        print(
            len(keys), enter, len(diverted), window.counter.state, window.runner.pending, flush=True
        )
        assert all(isinstance(text, str) and text for text in diverted[before:])
        assert enter or len(diverted) == before, "a burst without Enter was diverted"

    type_keys()
    settle(qtbot, window)
    assert watch.seen == [], "an unexpected-error dialog opened"
    # The harness still reaches the scan path: a member card scanned into the amount field.
    look_up(qtbot, window, card.short_code)
    before = len(diverted)
    window.counter.actions.amount.setFocus()
    for text in [*member_payload(card.customer_id), "\r"]:
        clock[0] += 5
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(QApplication.focusWidget(), key_event(kind, text, clock[0]))
    assert diverted[before:] == [member_payload(card.customer_id)]
    assert window.isVisible()
