"""Every subcommand group: its parsers and handlers. A new group module exposes
``add_parsers(command: CommandFactory) -> None`` and ``COMMANDS: dict[str, handler]``, and is
named in ``GROUPS``.

The groups are imported only when needed: the app's own options and the core commands
(cli/parser.py, cli/commands.py) parse without them, so the GUI and ``lookup`` do not load the
sync adapters (httpx, keyring), printing or the report DTOs."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING

from loyaltydesk.cli.parser import Parser, UsageError, build_parser

if TYPE_CHECKING:
    from loyaltydesk.cli.commands import CliContext

GROUPS: tuple[str, ...] = (
    "loyaltydesk.cli.vouchers",
    "loyaltydesk.cli.admin",
    "loyaltydesk.cli.customers",
    "loyaltydesk.cli.sync",
)
HELP = frozenset({"-h", "--help"})


def _groups() -> tuple[ModuleType, ...]:
    return tuple(import_module(name) for name in GROUPS)


def full_parser() -> Parser:
    return build_parser(group.add_parsers for group in _groups())


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    """Parse with the core parser when it knows the command (or there is none: the GUI), else
    with the full parser, so a usage error or ``--help`` still names every command."""
    if not HELP.intersection(argv):
        try:
            return build_parser().parse_args(argv)
        except UsageError:
            pass
    return full_parser().parse_args(argv)


def handler_for(command: str) -> Callable[[CliContext], int]:
    from loyaltydesk.cli import commands

    if command in commands.COMMANDS:
        return commands.COMMANDS[command]
    return handlers()[command]


def handlers() -> dict[str, Callable[[CliContext], int]]:
    from loyaltydesk.cli import commands

    table = dict(commands.COMMANDS)
    for group in _groups():
        table.update(group.COMMANDS)
    return table
