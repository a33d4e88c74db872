"""The owner's side of sync with a hosted loyalty service: setup, status and the problems list.

The engine's side (claiming rows, recording outcomes, linking customers) is
:class:`~loyaltydesk.services.sync_queue.SyncQueue`. Secrets never pass through here: the
caller keeps them in the OS keyring (``loyaltydesk.sync.credentials``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from loyaltydesk.domain.errors import ErrorCode, InvalidInputError, RefusedError
from loyaltydesk.domain.staff import Actor, require_owner
from loyaltydesk.domain.sync_settings import (
    OutboxState,
    SyncAction,
    check_base_url,
    check_provider,
    fill_options,
)
from loyaltydesk.services.context import ServiceContext, clean_reason
from loyaltydesk.services.mutation_log import record_mutation
from loyaltydesk.services.sync_dto import (
    BalanceDifference,
    SyncProblem,
    SyncSettings,
    SyncStatus,
)
from loyaltydesk.services.sync_state import (
    QueueState,
    load_settings,
    load_state,
    save_settings,
    save_state,
)
from loyaltydesk.store.models import SyncOutbox
from loyaltydesk.store.unit_of_work import UnitOfWork

MAX_PER_MINUTE = 100_000
PROBLEM_LIST = 500


class SyncService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def configure(
        self,
        *,
        actor: Actor,
        provider: str,
        base_url: str,
        options: Mapping[str, str | None] | None = None,
        per_minute: int | None = None,
    ) -> SyncSettings:
        """Owner only: sync with ``provider`` at ``base_url`` from now on.

        Refuses an unknown provider or a malformed URL with INVALID_SETTINGS. Options left out
        get their defaults (fidelizacion: source type POS, source name loyaltydesk, branch id the
        shop's name, POS id the till's name). Only what happens from now on is queued; a pause
        is lifted (a new setup usually means new credentials).
        """
        require_owner(actor, "set up sync")
        choice = check_provider(provider)
        url = check_base_url(base_url)
        if per_minute is not None and (
            isinstance(per_minute, bool) or not 0 < per_minute <= MAX_PER_MINUTE
        ):
            raise InvalidInputError(
                "The rate limit is a whole number of calls a minute above 0.",
                code=ErrorCode.INVALID_SETTINGS,
            )
        with self._ctx.uow.write() as uow:
            shop = self._ctx.settings(uow).profile.name
            filled = fill_options(choice, options or {}, shop=shop, till=actor.till)
            now = self._ctx.now()
            settings = SyncSettings(
                provider=choice.name,
                base_url=url,
                options=tuple(sorted(filled.items())),
                per_minute=per_minute,
                configured_at=now,
            )
            save_settings(uow, settings, now)
            save_state(uow, replace(load_state(uow), pause_code=None, pause_message=None,
                                    paused_at=None), now)  # fmt: skip
            record_mutation(uow, at=now, actor=actor, action="sync.setup", target_type="sync",
                            target_id=choice.name,
                            details={"base_url": url, "options": sorted(filled)})  # fmt: skip
            uow.commit()
            return settings

    def disconnect(self, *, actor: Actor) -> None:
        """Owner only: stop syncing. Nothing more is queued; rows already queued stay (they
        belong to that provider and go if it is set up again)."""
        require_owner(actor, "turn sync off")
        with self._ctx.uow.write() as uow:
            current = load_settings(uow)
            now = self._ctx.now()
            save_settings(uow, None, now)
            record_mutation(uow, at=now, actor=actor, action="sync.disconnect",
                            target_type="sync",
                            target_id=current.provider if current else "")  # fmt: skip
            uow.commit()

    def settings(self) -> SyncSettings | None:
        """The current setup, or None when the shop does not sync. Holds no secrets."""
        with self._ctx.uow.read() as uow:
            return load_settings(uow)

    def status(self) -> SyncStatus:
        """Queue figures for the Sync page and the counter's status bar (cheap: two queries)."""
        with self._ctx.uow.read() as uow:
            settings = load_settings(uow)
            state = load_state(uow) if settings else QueueState()
            counts = uow.sync.counts(settings.provider) if settings else {}
            oldest = uow.sync.oldest_pending(settings.provider) if settings else None
            return SyncStatus(
                configured=settings is not None,
                provider=settings.provider if settings else None,
                base_url=settings.base_url if settings else None,
                pending=counts.get(OutboxState.PENDING, 0),
                failed=counts.get(OutboxState.PROBLEM, 0),
                paused=state.paused,
                pause_code=state.pause_code,
                pause_message=state.pause_message,
                paused_at=state.paused_at,
                last_success=state.last_success,
                oldest_pending=oldest,
            )

    def problems(self, *, actor: Actor, limit: int = PROBLEM_LIST) -> tuple[SyncProblem, ...]:
        """Owner only: rows the provider refused, oldest first, with its code and message."""
        require_owner(actor, "see sync problems")
        with self._ctx.uow.read() as uow:
            settings = load_settings(uow)
            if settings is None:
                return ()
            return tuple(
                SyncProblem(
                    item_id=row.id,
                    action=SyncAction(row.action),
                    ref_code=row.ref_code,
                    customer_id=str(customer.uuid) if customer else None,
                    customer_name=customer.name if customer else "",
                    points=row.points,
                    code=row.last_error_code,
                    message=row.last_error_message,
                    attempts=row.attempts,
                    created_at=row.created_at,
                )
                for row, customer in uow.sync.problems(settings.provider, max(1, limit))
            )

    def balance_differences(
        self, *, actor: Actor, limit: int = PROBLEM_LIST
    ) -> tuple[BalanceDifference, ...]:
        """Owner only: customers whose balance at the service disagreed with the local one when
        it was last read, latest first. Nothing is overwritten: the owner decides."""
        require_owner(actor, "see sync problems")
        with self._ctx.uow.read() as uow:
            settings = load_settings(uow)
            if settings is None:
                return ()
            return tuple(
                BalanceDifference(
                    customer_id=str(customer.uuid),
                    customer_name=customer.name,
                    short_code=customer.short_code,
                    here=link.local_balance or 0,
                    there=link.remote_balance or 0,
                    read_at=link.balance_read_at or link.linked_at,
                )
                for link, customer in uow.sync.differences(settings.provider, max(1, limit))
            )

    def retry_problem(self, *, actor: Actor, item_id: int) -> None:
        """Owner only: send a problem row again (as if new: its last outcome is forgotten),
        under a new reference: a provider need not re-run a reference it refused once."""
        require_owner(actor, "retry sync problems")
        with self._ctx.uow.write() as uow:
            row = _problem_row(uow, item_id)
            now = self._ctx.now()
            row.state = OutboxState.PENDING.value
            row.next_attempt_at = now
            row.retries += 1
            row.ambiguous, row.snapshot = False, None
            record_mutation(uow, at=now, actor=actor, action="sync.retry_problem",
                            target_type="sync_outbox", target_id=str(row.id),
                            details={"code": row.last_error_code})  # fmt: skip
            uow.commit()

    def dismiss_problem(self, *, actor: Actor, item_id: int, reason: str) -> None:
        """Owner only: never send this row; the reason is kept and audited."""
        require_owner(actor, "dismiss sync problems")
        reason = clean_reason(reason)
        with self._ctx.uow.write() as uow:
            row = _problem_row(uow, item_id)
            now = self._ctx.now()
            row.state = OutboxState.DISMISSED.value
            row.resolved_reason = reason
            record_mutation(uow, at=now, actor=actor, action="sync.dismiss_problem",
                            target_type="sync_outbox", target_id=str(row.id),
                            details={"code": row.last_error_code, "reason": reason})  # fmt: skip
            uow.commit()

    def resume(self, *, actor: Actor) -> SyncStatus:
        """Owner only: lift a pause (after fixing the key or the account at the provider)."""
        require_owner(actor, "resume sync")
        with self._ctx.uow.write() as uow:
            now = self._ctx.now()
            state = load_state(uow)
            save_state(uow, replace(state, pause_code=None, pause_message=None, paused_at=None),
                       now)  # fmt: skip
            record_mutation(uow, at=now, actor=actor, action="sync.resume", target_type="sync",
                            details={"was": state.pause_code})  # fmt: skip
            uow.commit()
        return self.status()


def _problem_row(uow: UnitOfWork, item_id: int) -> SyncOutbox:
    row = uow.sync.get(item_id)
    if row is None or row.state != OutboxState.PROBLEM:
        raise RefusedError(
            "That sync problem does not exist or was already handled.",
            code=ErrorCode.TRANSACTION_NOT_FOUND,
        )
    return row
