"""Backups of an SQLite shop: now, daily with rotation, and restore with a check.

A PostgreSQL shop is backed up by the server's own tools; its services say so instead.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from loyaltydesk.domain.errors import ErrorCode, InvalidInputError, RefusedError
from loyaltydesk.domain.program import shop_zone
from loyaltydesk.domain.staff import Actor, require_owner
from loyaltydesk.services.admin_dto import BackupCheck, BackupInfo, BackupSupport, RestoreResult
from loyaltydesk.services.context import ServiceContext
from loyaltydesk.services.mutation_log import record_mutation
from loyaltydesk.store import backup as files
from loyaltydesk.store.migrate import head_revision, upgrade
from loyaltydesk.store.unit_of_work import UnitOfWorkFactory

log = logging.getLogger(__name__)

DEFAULT_KEEP = 14
MANUAL, DAILY, PRE_RESTORE = "manual", "daily", "pre-restore"
PG_DUMP_MESSAGE = (
    "This shop's data is on a PostgreSQL server, so loyaltydesk does not copy it itself. "
    "Back it up with the server's tools, for example every night: "
    "pg_dump --format=custom --file=loyaltydesk.dump <database>, "
    "and restore with pg_restore --clean --dbname=<database> loyaltydesk.dump. "
    "Ask whoever runs the server to set this up and to test a restore."
)


class BackupService:
    def __init__(
        self,
        context: ServiceContext,
        *,
        database: Path | None,
        backup_dir: Path | None = None,
        dispose: Callable[[], None] | None = None,
        keep: int = DEFAULT_KEEP,
    ) -> None:
        """``database`` is the live SQLite file (None for PostgreSQL); ``backup_dir`` defaults
        to a ``backups`` folder beside it; ``dispose`` closes the app's database connections."""
        self._ctx = context
        self._database = database
        self._dir = backup_dir or (database.parent / "backups" if database else None)
        self._dispose = dispose or context.uow.engine.dispose
        self._keep = max(1, keep)

    def backup_support(self) -> BackupSupport:
        """What the Backups page shows: where backups go, or why pg_dump is the way."""
        kind = self._ctx.uow.dialect
        if self._database is None:
            message = PG_DUMP_MESSAGE if kind == "postgresql" else "This database has no file."
            return BackupSupport(False, kind, None, self._keep, message)
        return BackupSupport(
            True,
            kind,
            self._dir,
            self._keep,
            f"Backups go to {self._dir}; the newest {self._keep} are kept.",
        )

    def back_up_now(self, *, actor: Actor, target: Path | None = None) -> BackupInfo:
        """Copy the database now, while the app keeps running. Owner only. Without ``target``
        the copy goes to the backups folder (which keeps the newest N); ``target`` may be a
        folder or a file name."""
        require_owner(actor, "back up the shop")
        live, folder = self._sqlite()
        now = self._ctx.now()
        if target is None:
            path = files.backup_name(now, MANUAL, folder)
        else:
            target = Path(target).expanduser()
            path = files.backup_name(now, MANUAL, target) if target.is_dir() else target
            if path.resolve() == live.resolve():
                raise InvalidInputError("Choose another file: that one is the shop database.")
        files.copy_database(live, path)
        if path.parent.resolve() == folder.resolve():
            files.rotate(folder, self._keep)
        self._record(actor, "backup.create", path)
        return _info(path, now, MANUAL)

    def list_backups(self) -> tuple[BackupInfo, ...]:
        """The backups in the backups folder, newest first (empty for PostgreSQL)."""
        if self._database is None or self._dir is None:
            return ()
        return tuple(
            BackupInfo(f.path, f.created_at, f.label, f.size_bytes)
            for f in files.list_backup_files(self._dir)
        )

    def check_backup(self, *, actor: Actor, path: Path) -> BackupCheck:
        """Check a file before offering to restore it (BACKUP_INVALID if it is not a good
        loyaltydesk backup). Owner only."""
        require_owner(actor, "restore a backup")
        self._sqlite()
        checked = files.check_backup(Path(path))
        return BackupCheck(Path(path), checked.revision, checked.customers, checked.ledger_entries)

    def restore_backup(self, *, actor: Actor, path: Path, confirm: bool) -> RestoreResult:
        """Replace ALL the shop's data with the backup at ``path``. Owner only; refused with
        CONFIRMATION_REQUIRED unless ``confirm``. The file is checked first; the database as
        it was is saved in the backups folder (label "pre-restore") before it is replaced.
        Every open database connection of this app is closed; other programs using the file
        must be closed first (STORE_UNAVAILABLE otherwise)."""
        require_owner(actor, "restore a backup")
        live, folder = self._sqlite()
        source = Path(path).expanduser()
        checked = files.check_backup(source)
        if not confirm:
            raise RefusedError(
                "Restoring replaces all the shop's data with this backup "
                f"({checked.customers} customers). Confirm to go ahead.",
                code=ErrorCode.CONFIRMATION_REQUIRED,
                customers=checked.customers,
            )
        now = self._ctx.now()
        safety = files.backup_name(now, PRE_RESTORE, folder)
        files.copy_database(live, safety)
        self._dispose()
        if not files.checkpoint_idle(live):
            raise RefusedError(
                "The shop database is still in use by another window or program. "
                "Close it and try again.",
                code=ErrorCode.STORE_UNAVAILABLE,
            )
        restored = files.replace_database(live, source)
        engine = self._ctx.uow.engine
        if restored.revision != head_revision():
            upgrade(engine)
        self._record(actor, "backup.restore", source, revision=restored.revision)
        files.rotate(folder, self._keep)
        log.info("restored the shop database from a backup (revision %s)", restored.revision)
        return RestoreResult(source, safety, restored.revision, restored.customers)

    def run_daily_backup_if_due(self, *, now: datetime | None = None) -> BackupInfo | None:
        """Make today's automatic backup unless one exists for this local date (shop time
        zone); keeps the newest N. None when nothing was due or the store is PostgreSQL."""
        if self._database is None or self._dir is None:
            return None
        moment = now or self._ctx.now()
        with self._ctx.uow.read() as uow:
            zone = shop_zone(self._ctx.settings(uow).profile.timezone)
        today = moment.astimezone(zone).date()
        for existing in files.list_backup_files(self._dir):
            if existing.label == DAILY and existing.created_at.astimezone(zone).date() == today:
                return None
        path = files.backup_name(moment, DAILY, self._dir)
        files.copy_database(self._database, path)
        files.rotate(self._dir, self._keep)
        self._record(None, "backup.daily", path)
        return _info(path, moment, DAILY)

    def _sqlite(self) -> tuple[Path, Path]:
        if self._database is None or self._dir is None:
            message = (
                PG_DUMP_MESSAGE
                if self._ctx.uow.dialect == "postgresql"
                else "This database cannot be backed up from loyaltydesk."
            )
            raise RefusedError(message, code=ErrorCode.BACKUP_NOT_SUPPORTED)
        return self._database, self._dir

    def _record(self, actor: Actor | None, action: str, path: Path, **details: str) -> None:
        with self._ctx.uow.write() as uow:
            record_mutation(
                uow,
                at=self._ctx.now(),
                actor=actor,
                action=action,
                target_type="backup",
                target_id=path.name[:64],
                details=details,
            )
            uow.commit()


def _info(path: Path, created_at: datetime, label: str) -> BackupInfo:
    return BackupInfo(path, created_at, label, path.stat().st_size)


def sqlite_file(uow: UnitOfWorkFactory) -> Path | None:
    """The database file behind ``uow``; None for PostgreSQL or an in-memory database."""
    url = uow.engine.url
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database).resolve()
