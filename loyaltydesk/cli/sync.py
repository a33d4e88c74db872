"""``loyaltydesk sync setup|status|run|problems|test|resume|retry|dismiss|disconnect``.

Setup, the problems list and what changes them are owner actions (``--pin`` or LOYALTYDESK_PIN);
``status``, ``run`` and ``test`` need no PIN, so a scheduled ``sync run --once`` can drain the
queue. Secrets are taken from the options or LOYALTYDESK_API_KEY / _SECRET / _TOKEN, kept in
the OS keyring where there is one, and never printed or written to a file.
"""

from __future__ import annotations

import argparse
import threading
import time
from collections.abc import Callable

from loyaltydesk.cli.commands import CliContext
from loyaltydesk.cli.output import EXIT_REFUSED
from loyaltydesk.cli.parser import CommandFactory, Parser, _common
from loyaltydesk.domain.sync_settings import PROVIDERS, check_base_url, check_provider
from loyaltydesk.services.sync_dto import SyncStatus
from loyaltydesk.sync import credentials
from loyaltydesk.sync.http import Credentials
from loyaltydesk.sync.provider import SyncError
from loyaltydesk.sync.setup import configured_provider
from loyaltydesk.sync.worker import SyncEngine

Handler = Callable[[CliContext], int]
RUN_ONCE_SECONDS = 600.0
OPTIONS = tuple(dict.fromkeys(o.name for choice in PROVIDERS.values() for o in choice.options))
"""Every provider option, once: ``--site``, ``--earn-mode``, ``--source-type``..."""


def add_parsers(command: CommandFactory) -> None:
    sync = command("sync", "sync with a hosted loyalty service")
    actions = sync.add_subparsers(
        dest="sync_action", metavar="ACTION", required=True, parser_class=Parser
    )

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        common = _common(suppress=True)
        return actions.add_parser(name, help=help_text, description=help_text, parents=[common])

    setup = action("setup", "connect to a provider (owner)")
    setup.add_argument("provider", help="kirimel, fidelizacion, loyaltyplus or cata")
    setup.add_argument("--base-url", required=True, help="the provider document's base URL")
    for option in OPTIONS:
        users = ", ".join(
            c.name for c in PROVIDERS.values() if option in {o.name for o in c.options}
        )
        setup.add_argument(f"--{option.replace('_', '-')}", dest=option, help=f"for {users}")
    setup.add_argument("--per-minute", type=int, help="the provider's calls-a-minute limit")
    setup.add_argument("--api-key", help="or LOYALTYDESK_API_KEY")
    setup.add_argument("--api-secret", help="or LOYALTYDESK_API_SECRET")
    setup.add_argument("--api-token", help="or LOYALTYDESK_API_TOKEN")
    action("status", "the queue: pending, failed, paused, last success")
    run = action("run", "send the queue (until interrupted, or --once)")
    run.add_argument("--once", action="store_true", help="send what can be sent now, then exit")
    action("problems", "operations the provider refused (owner)")
    action("test", "test the connection to the provider")
    action("resume", "resume a paused queue (owner)")
    retry = action("retry", "send a problem again (owner)")
    retry.add_argument("item_id", type=int, metavar="ID")
    dismiss = action("dismiss", "never send a problem (owner)")
    dismiss.add_argument("item_id", type=int, metavar="ID")
    dismiss.add_argument("--reason", required=True)
    action("disconnect", "stop syncing (owner)")


def cmd_sync(ctx: CliContext) -> int:
    return ACTIONS[ctx.args.sync_action](ctx)


def _setup(ctx: CliContext) -> int:
    a = ctx.args
    check_provider(a.provider)
    check_base_url(a.base_url)
    services = ctx.open_services()
    settings = services.sync.configure(
        actor=ctx.actor(services),
        provider=a.provider,
        base_url=a.base_url,
        options={name: getattr(a, name) for name in OPTIONS},
        per_minute=a.per_minute,
    )
    given = Credentials(a.api_key or "", a.api_secret or "", a.api_token or "")
    kept = (
        credentials.store(settings.provider, given) if repr(given) != repr(Credentials()) else False
    )
    lines = [f"Sync set up with {settings.provider} at {settings.base_url}."]
    lines += [f"  {name}: {value}" for name, value in settings.options]
    if kept:
        lines.append("The credentials are kept in the system keyring.")
    else:
        lines.append("Credentials come from LOYALTYDESK_API_KEY / _SECRET / _TOKEN when no "
                     "keyring holds them.")  # fmt: skip
    data = {"provider": settings.provider, "base_url": settings.base_url,
            "options": dict(settings.options), "per_minute": settings.per_minute,
            "credentials_in_keyring": kept}  # fmt: skip
    return ctx.out.success(data, lines)


def _status(ctx: CliContext) -> int:
    status = ctx.open_services().sync.status()
    return ctx.out.success(status_json(status), status_lines(status))


def _run(ctx: CliContext) -> int:
    services = ctx.open_services()
    provider = configured_provider(services)
    engine = SyncEngine.from_services(services, provider)
    try:
        if ctx.args.once:
            report = engine.drain_once(deadline=time.monotonic() + RUN_ONCE_SECONDS)
        else:
            stop = threading.Event()
            try:
                engine.run_forever(stop)
            except KeyboardInterrupt:
                stop.set()
            report = engine.drain_once(cancelled=lambda: True)
    finally:
        provider.close()
    if report.paused:
        status = services.sync.status()
        message = f"Sync is paused: {status.pause_message} Fix it, then: loyaltydesk sync resume"
        return ctx.out.failure("SYNC_PAUSED", message, EXIT_REFUSED)
    line = (f"Sent {report.sent}, to retry {report.retried}, problems {report.problems}, "
            f"still pending {report.left}.")  # fmt: skip
    return ctx.out.success(report, [line])


def _problems(ctx: CliContext) -> int:
    services = ctx.open_services()
    problems = services.sync.problems(actor=ctx.actor(services))
    lines = [f"{p.item_id}: {p.action} {p.ref_code} {p.customer_name or '-'} ({p.points:+d}) "
             f"{p.code}: {p.message}" for p in problems] or ["No sync problems."]  # fmt: skip
    return ctx.out.success({"problems": problems}, lines)


def _test(ctx: CliContext) -> int:
    provider = configured_provider(ctx.open_services())
    try:
        connection = provider.test_connection()
    except SyncError as error:
        return ctx.out.failure(error.code, f"The connection failed: {error.message}", EXIT_REFUSED)
    finally:
        provider.close()
    lines = [connection.summary, *(f"  {k}: {v}" for k, v in connection.details.items())]
    return ctx.out.success({"summary": connection.summary, "details": dict(connection.details)},
                           lines)  # fmt: skip


def _resume(ctx: CliContext) -> int:
    services = ctx.open_services()
    status = services.sync.resume(actor=ctx.actor(services))
    return ctx.out.success(status_json(status), ["Sync resumed.", *status_lines(status)])


def _retry(ctx: CliContext) -> int:
    services = ctx.open_services()
    services.sync.retry_problem(actor=ctx.actor(services), item_id=ctx.args.item_id)
    return ctx.out.success({"item_id": ctx.args.item_id}, ["It will be sent again."])


def _dismiss(ctx: CliContext) -> int:
    services = ctx.open_services()
    services.sync.dismiss_problem(actor=ctx.actor(services), item_id=ctx.args.item_id,
                                  reason=ctx.args.reason)  # fmt: skip
    return ctx.out.success({"item_id": ctx.args.item_id}, ["Dismissed; it will not be sent."])


def _disconnect(ctx: CliContext) -> int:
    services = ctx.open_services()
    current = services.sync.settings()
    services.sync.disconnect(actor=ctx.actor(services))
    if current is not None:
        credentials.forget(current.provider)
    return ctx.out.success({"provider": None}, ["Sync is off. Nothing more is queued."])


def status_json(status: SyncStatus) -> dict[str, object]:
    return {
        "configured": status.configured,
        "provider": status.provider,
        "base_url": status.base_url,
        "pending": status.pending,
        "failed": status.failed,
        "paused": status.paused,
        "pause_code": status.pause_code,
        "pause_message": status.pause_message,
        "last_success": status.last_success,
        "oldest_pending": status.oldest_pending,
    }


def status_lines(status: SyncStatus) -> list[str]:
    if not status.configured:
        return ["Sync is not set up."]
    lines = [f"{status.provider} at {status.base_url}",
             f"pending: {status.pending}, failed: {status.failed}",
             f"last success: {status.last_success or 'never'}"]  # fmt: skip
    if status.paused:
        lines.append(f"PAUSED ({status.pause_code}): {status.pause_message}")
    return lines


ACTIONS: dict[str, Handler] = {
    "setup": _setup,
    "status": _status,
    "run": _run,
    "problems": _problems,
    "test": _test,
    "resume": _resume,
    "retry": _retry,
    "dismiss": _dismiss,
    "disconnect": _disconnect,
}
COMMANDS: dict[str, Handler] = {"sync": cmd_sync}
