"""Every subcommand group: its parsers and handlers. A new group module exposes
``add_parsers(command: CommandFactory) -> None`` and ``COMMANDS: dict[str, handler]``."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from loyaltydesk.cli import admin, commands, customers, sync, vouchers
from loyaltydesk.cli.commands import CliContext
from loyaltydesk.cli.parser import Parser, build_parser

GROUPS: tuple[ModuleType, ...] = (vouchers, admin, customers, sync)


def full_parser() -> Parser:
    return build_parser(group.add_parsers for group in GROUPS)


def handlers() -> dict[str, Callable[[CliContext], int]]:
    table = dict(commands.COMMANDS)
    for group in GROUPS:
        table.update(group.COMMANDS)
    return table
