"""The ``loyaltydesk`` command line, thin over the services.

Importing this package is cheap: the parser for the app's own options and the core commands
needs nothing but argparse, and a command's module (with the services, SQLAlchemy, the sync
adapters) is imported when that command runs (see cli/registry.py)."""

from __future__ import annotations

import argparse
import logging
from typing import TYPE_CHECKING

from loyaltydesk.cli.output import EXIT_REFUSED, EXIT_USAGE, Output
from loyaltydesk.cli.parser import UsageError
from loyaltydesk.cli.registry import full_parser, handler_for, parse_arguments
from loyaltydesk.domain.errors import LoyaltyError

if TYPE_CHECKING:
    from pathlib import Path

    from loyaltydesk.cli.commands import ServicesProvider

__all__ = ["ServicesProvider", "UsageError", "full_parser", "parse_arguments", "run_command"]

log = logging.getLogger(__name__)


def run_command(
    args: argparse.Namespace,
    out: Output,
    open_services: ServicesProvider,
    till: str,
    shop_file: Path | None = None,
) -> int:
    """Run the parsed command; every failure becomes an exit code and a message.
    ``shop_file``: the SQLite file of the shop, when it is one (for a quick lookup)."""
    try:
        from loyaltydesk.cli.commands import CliContext

        context = CliContext(args, out, open_services, till, shop_file)
        return handler_for(args.command)(context)
    except LoyaltyError as error:
        return out.error(error)
    except UsageError as error:
        return out.failure("USAGE", str(error), EXIT_USAGE)
    except BrokenPipeError:
        raise  # the reader went away (``| head``): nothing to report to it
    except Exception:
        log.exception("command %s failed", args.command)
        return out.failure(
            "INTERNAL_ERROR",
            "Something went wrong. The details are in the log file.",
            EXIT_REFUSED,
        )
