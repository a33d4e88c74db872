"""Composition root: configuration -> engine -> migrations -> services -> the GUI or a command."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from loyaltydesk.cli import UsageError, parse_arguments, run_command
from loyaltydesk.cli.output import EXIT_USAGE, Output
from loyaltydesk.config import AppConfig, redacted_url, resolve_config
from loyaltydesk.domain.errors import ErrorCode, LoyaltyError, RefusedError

if TYPE_CHECKING:
    from loyaltydesk.cli import ServicesProvider
    from loyaltydesk.services.context import Clock
    from loyaltydesk.services.demo import DemoWords
    from loyaltydesk.services.facade import Services

log = logging.getLogger("loyaltydesk")


def open_services(
    config: AppConfig, *, durable: bool = True, clock: Clock | None = None
) -> Services:
    """Open (and migrate in place) the store named by ``config``. SQLAlchemy, the store and
    the services are imported here, not with this module: the GUI shows its sign-in window
    first and opens the store on a worker thread."""
    from sqlalchemy.exc import SQLAlchemyError

    from loyaltydesk.schema_revision import schema_is_current
    from loyaltydesk.services.context import utc_now
    from loyaltydesk.services.facade import build_services
    from loyaltydesk.store.engine import make_engine
    from loyaltydesk.store.unit_of_work import UnitOfWorkFactory

    if config.is_sqlite:
        db_path = config.db_url.removeprefix("sqlite:///")
        if db_path and db_path != ":memory:":
            Path(db_path).parent.mkdir(parents=True, exist_ok=True)
    try:
        engine = make_engine(config.db_url, durable=durable)
        if not schema_is_current(engine):  # Alembic is slow to import: only when needed
            from loyaltydesk.store.migrate import upgrade

            upgrade(engine)
    except SQLAlchemyError as exc:
        log.error("cannot open database %s: %s", redacted_url(config.db_url), type(exc).__name__)
        raise RefusedError(
            "The shop database cannot be opened. Check the database settings or the server.",
            code=ErrorCode.STORE_UNAVAILABLE,
        ) from exc
    return build_services(
        UnitOfWorkFactory(engine), clock=clock or utc_now, backup_dir=config.backup_dir
    )


def configure_logging(config: AppConfig, *, verbose: bool = False) -> None:
    """A rotating log file in the data folder. Never log phone numbers, emails or secrets."""
    root = logging.getLogger()
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    try:
        config.log_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            config.log_dir / "loyaltydesk.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
        handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    out = Output(as_json="--json" in args_list)
    try:
        args = parse_arguments(args_list)
    except UsageError as error:
        return out.failure("USAGE", str(error), EXIT_USAGE)
    out = Output(as_json=bool(args.json))
    config = resolve_config(db=args.db, home=args.home, till=args.till, demo=args.demo)
    configure_logging(config)

    if args.command is None:
        return _run_gui(config, args)

    def provider(*, durable: bool = True, clock: Clock | None = None) -> Services:
        return open_services(config, durable=durable, clock=clock)

    opener: ServicesProvider = provider
    return run_command(args, out, opener, config.till, config.sqlite_file)


def _run_gui(config: AppConfig, args: object) -> int:
    from loyaltydesk.ui.platform_check import display_problem

    problem = display_problem()
    if problem is not None:
        log.error("no usable display: %s", problem)
        print(problem, file=sys.stderr)
        return 1
    from loyaltydesk.ui.app import run_app

    camera_file = getattr(args, "camera_file", None)
    if not config.demo:  # the window first; the store opens on a worker thread behind it
        return run_app(lambda: open_services(config), config, camera_file=camera_file)
    try:
        services = open_services(config)
        needs_demo = not services.program.is_set_up()
    except LoyaltyError as error:
        print(f"loyaltydesk: {error.message}", file=sys.stderr)
        return 1
    return run_app(
        lambda: services,
        config,
        camera_file=camera_file,
        build_demo=(
            (lambda progress, words: _build_demo(config, progress, words)) if needs_demo else None
        ),
    )


def _build_demo(
    config: AppConfig, progress: Callable[[int, int], None], words: DemoWords
) -> object:
    """Fill the empty demo database on the worker thread of the window showing the progress,
    with the shop's names in the window's language."""
    from loyaltydesk.services.context import utc_now
    from loyaltydesk.services.demo import SimulatedClock, build_demo_shop

    clock = SimulatedClock(utc_now())
    services = open_services(config, durable=False, clock=clock)
    return build_demo_shop(services, clock, progress=progress, words=words)
