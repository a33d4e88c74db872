"""The ``loyaltydesk`` command line: global options, subcommands and their arguments."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Iterable
from datetime import date
from typing import NoReturn

from loyaltydesk import __version__
from loyaltydesk.domain.customer_fields import Birthday


class UsageError(Exception):
    """Bad command-line usage; reported like any input error (exit 2), never as a traceback."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _common(*, suppress: bool) -> argparse.ArgumentParser:
    """Options every command takes, before or after the command name."""
    default = argparse.SUPPRESS if suppress else None
    common = Parser(add_help=False)
    common.add_argument("--db", metavar="URL", default=default, help="database URL")
    common.add_argument("--home", metavar="DIR", default=default, help="data folder")
    common.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="print one JSON object",
    )
    common.add_argument("--pin", default=default, help="staff PIN (or LOYALTYDESK_PIN)")
    common.add_argument("--till", default=default, help="till name (or LOYALTYDESK_TILL)")
    return common


CommandFactory = Callable[[str, str], argparse.ArgumentParser]
"""``command(name, help)`` adds a subcommand that takes the common options."""


def build_parser(groups: Iterable[Callable[[CommandFactory], None]] = ()) -> Parser:
    """The full parser; each of ``groups`` adds its own subcommands (see cli/registry.py)."""
    parser = Parser(
        prog="loyaltydesk",
        description="Loyalty counter for small shops. Without a command, opens the app.",
        parents=[_common(suppress=False)],
    )
    parser.add_argument("--version", action="version", version=f"loyaltydesk {__version__}")
    parser.add_argument("--demo", action="store_true", help="open the app on the demo shop")
    parser.add_argument("--camera-file", metavar="PATH", help="scan from a video or image folder")
    common = _common(suppress=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help_text, description=help_text, parents=[common])

    command("demo", "create the demo shop in an empty database")
    init = command("init", "set up a new shop with its first owner")
    init.add_argument("--shop", required=True, help="shop name")
    init.add_argument("--owner", required=True, help="owner's name")
    init.add_argument("--owner-pin", required=True, help="owner's PIN, 4 to 8 digits")
    init.add_argument("--currency", default="MYR")
    init.add_argument("--region", default="MY", help="default phone region, e.g. MY, IE, ES, SG")
    init.add_argument("--timezone", default="UTC")
    init.add_argument("--mode", choices=["VISIT", "SPEND", "UNIT"], default="SPEND")

    lookup = command("lookup", "show a customer's card")
    lookup.add_argument("ident", help="phone, email, short code, member QR text or name")

    register = command("register", "register a new customer")
    register.add_argument("--phone")
    register.add_argument("--email")
    register.add_argument("--name", default="")
    register.add_argument("--birth-date", type=birthday_arg, metavar="YYYY-MM-DD|MM-DD")
    register.add_argument("--ref")

    checkin = command("checkin", "record a visit and earn points")
    checkin.add_argument("ident")
    how = checkin.add_mutually_exclusive_group()
    how.add_argument("--amount", help="amount spent, e.g. 25.50")
    how.add_argument("--units", type=_int, help="units bought")
    checkin.add_argument("--ref")
    checkin.add_argument("--confirm", action="store_true", help="check in again within cooldown")

    redeem = command("redeem", "redeem a reward")
    redeem.add_argument("ident")
    redeem.add_argument("--reward", type=_int, required=True, metavar="ID")
    redeem.add_argument("--ref")

    pay = command("pay-points", "pay part of a purchase with points")
    pay.add_argument("ident")
    pay.add_argument("--points", type=_int, required=True)
    pay.add_argument("--ref")

    adjust = command("adjust", "add or remove points (owner)")
    adjust.add_argument("ident")
    adjust.add_argument("--points", type=_int, required=True)
    adjust.add_argument("--reason", required=True)
    adjust.add_argument("--ref")

    void = command("void", "void a transaction")
    void.add_argument("txn", help="transaction id or its ref")
    void.add_argument("--reason", required=True)
    void.add_argument("--ref")

    command("expire", "expire points past their date")
    history = command("history", "a customer's points history")
    history.add_argument("ident")
    history.add_argument("--limit", type=_int, default=50)
    command("rewards", "list the rewards catalog")

    decode = command("decode", "read the codes in image files")
    decode.add_argument("images", nargs="+", metavar="IMAGE")
    for add_parsers in groups:
        add_parsers(command)
    return parser


def _int(text: str) -> int:
    try:
        value = int(text, 10)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text[:20]!r}") from None
    return value


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def birthday_arg(text: str) -> Birthday:
    """A birthday: YYYY-MM-DD, or MM-DD (also --MM-DD) without the year; else a USAGE error."""
    try:
        return Birthday.parse_iso(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"a birthday is written YYYY-MM-DD or MM-DD, not {text[:20]!r}"
        ) from None


def iso_date(text: str) -> date:
    """The one ``type=`` for a date argument: YYYY-MM-DD, else a USAGE error (exit 2)."""
    try:
        if _ISO_DATE.match(text):
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(f"a date is written YYYY-MM-DD, not {text[:20]!r}")
