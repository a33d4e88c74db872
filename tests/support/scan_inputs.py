"""Hypothesis strategies for what can reach the scan path: a scanner, a keyboard, a camera or a
file. Shared by the fuzz tests of the domain, the services and the counter's burst filter."""

from __future__ import annotations

import os
import uuid

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from loyaltydesk.domain.qr_payload import member_payload, voucher_payload


def fuzz_settings(normal: int, *, long: int) -> settings:
    """``normal`` examples, or ``long`` under LOYALTYDESK_FUZZ_LONG=1 (the long counts of all
    fuzz tests add up to more than 100,000); no deadline."""
    long_run = os.environ.get("LOYALTYDESK_FUZZ_LONG") == "1"
    return settings(
        max_examples=long if long_run else normal,
        deadline=None,
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.large_base_example,
        ],
    )


BIDI = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
INVISIBLE = "\u00ad\u034f\u180e\u200b\u200c\u200d\u2060\ufeff\ufe0f"
SPACES = " \t\n\r\x0b\x0c\u00a0\u1680\u2007\u2028\u2029\u202f\u3000"
#: Look-alikes of what codes are made of: digits of other scripts, full-width forms, Cyrillic and
#: Greek capitals, mathematical letters, superscripts, the Turkish dotted I, the Kelvin sign.
CONFUSABLE = (
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳०१२३০১২৩"
    "０１２３４５６７８９ＡＢＣＤＥＦａｂｃ＠＋．－（）"
    "АВСЕНКМОРТХаеосрхΑΒΕΗΙΚΜΝΟΡΤΧΥΖοι"
    "𝟎𝟏𝟐𝟑𝟗𝐀𝐁𝐂𝐃𝐄𝐅𝑎𝒃"
    "¹²³⁴⁰₁₂ℓİıKÅﬁ"
    "ＬＤ：\uff1a\ua789\u02d0\u2236"
)
SURROGATES = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)

_tricky_char = st.one_of(
    st.sampled_from(BIDI + INVISIBLE + SPACES + CONFUSABLE),
    st.characters(categories=["Cc", "Cf", "Co", "Cn", "Zs", "Mn", "Nd", "No"]),
    SURROGATES,
)
_any_char = st.one_of(st.characters(), _tricky_char)


@st.composite
def recognised_codes(draw: st.DrawFn) -> str:
    """Something the scan path recognises: a member QR, voucher QR or code, phone, email."""
    code = draw(st.text("0123456789ABCDEFabcdefXYZxyz", min_size=12, max_size=12))
    return draw(
        st.sampled_from(
            [
                member_payload(uuid.UUID(int=draw(st.integers(0, 2**128 - 1)))),
                voucher_payload(code),
                code,
                code[:6],
                "+60 12-345 6789",
                "012-345 6789",
                "someone@example.com",
                "Mei Ling",
            ]
        )
    )


@st.composite
def _mutated_codes(draw: st.DrawFn) -> str:
    """A recognised code with characters swapped for look-alikes, controls or bidi marks."""
    text = list(draw(recognised_codes()))
    for _ in range(draw(st.integers(1, 4))):
        where = draw(st.integers(0, len(text)))
        char = draw(_tricky_char)
        if draw(st.booleans()) and where < len(text):
            text[where] = char
        else:
            text.insert(where, char)
    return "".join(text)


def _flood(piece: str) -> str:
    """About 10 kB built from ``piece`` (drawing 10 kB of random text is needlessly slow)."""
    return (piece * (10_240 // max(len(piece), 1) + 1))[:10_240]


#: Every kind of text the scan path may be handed.
scan_texts = st.one_of(
    st.text(_any_char, max_size=40),
    st.text(_tricky_char, max_size=20),
    st.binary(max_size=300).map(lambda b: b.decode("utf-8", errors="surrogateescape")),
    st.binary(max_size=300).map(lambda b: b.decode("latin-1")),
    recognised_codes(),
    _mutated_codes(),
    st.text(_any_char, min_size=1, max_size=30).map(_flood),
    recognised_codes().map(_flood),
)

#: Amounts as typed or sent: well formed, odd, huge, in other scripts.
amount_texts = st.one_of(
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.from_regex(r"\A-?[0-9]{0,12}([.,][0-9]{0,6})?\Z"),
    st.text(st.sampled_from("0123456789.,-+eE ٠١٢０１２" + BIDI + INVISIBLE), max_size=24),
    scan_texts,
)
