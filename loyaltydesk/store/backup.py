"""SQLite backups: online copies, checks, restore by atomic replace, rotation.

A copy uses SQLite's online backup API in one step, so it reads one consistent snapshot while
other connections keep writing (WAL readers never block writers). Files are written to a
temporary name, synced and renamed, so a half-written backup never looks like a backup.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from loyaltydesk.domain.errors import ErrorCode, RefusedError

PREFIX = "loyaltydesk-"
SUFFIX = ".db"
_NAME = re.compile(r"^loyaltydesk-(\d{8}T\d{6}Z)(?:-([a-z-]+?))?(?:-(\d+))?\.db$")
_STAMP = "%Y%m%dT%H%M%SZ"
#: A backup file is read as immutable: no locks, no -wal/-shm files created beside it.
_STATIC = "mode=ro&immutable=1"


@dataclass(frozen=True, slots=True)
class BackupFile:
    path: Path
    created_at: datetime
    label: str
    size_bytes: int


@dataclass(frozen=True, slots=True)
class CheckedBackup:
    revision: str
    customers: int
    ledger_entries: int


def backup_name(moment: datetime, label: str, directory: Path) -> Path:
    """``loyaltydesk-20260310T090000Z-label.db``, with ``-2``, ``-3``... if the name is taken."""
    stem = f"{PREFIX}{moment.astimezone(UTC).strftime(_STAMP)}-{label}"
    path = directory / f"{stem}{SUFFIX}"
    number = 2
    while path.exists():
        path = directory / f"{stem}-{number}{SUFFIX}"
        number += 1
    return path


def list_backup_files(directory: Path) -> list[BackupFile]:
    """The backups in ``directory``, newest first (by the UTC time in their names)."""
    if not directory.is_dir():
        return []
    found: list[BackupFile] = []
    for path in directory.iterdir():
        match = _NAME.match(path.name)
        if match is None or not path.is_file():
            continue
        try:
            # fromisoformat, not strptime: strptime imports a module on first use, and that first
            # import on a worker thread can deadlock with the GUI thread's imports under PySide6.
            created = datetime.fromisoformat(match.group(1)).astimezone(UTC)
        except ValueError:  # matches the pattern but is no date (month 13): not ours
            continue
        found.append(BackupFile(path, created, match.group(2) or "", path.stat().st_size))
    found.sort(key=lambda f: (f.created_at, f.path.name), reverse=True)
    return found


def rotate(directory: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` backups; returns the files removed."""
    removed = []
    for old in list_backup_files(directory)[max(keep, 1) :]:
        with contextlib.suppress(FileNotFoundError):
            old.path.unlink()
            removed.append(old.path)
    return removed


def copy_database(source: Path, target: Path) -> None:
    """Copy the live database ``source`` to ``target`` (a new, self-contained file)."""
    if not source.is_file():
        raise RefusedError("The shop database file is missing.", code=ErrorCode.BACKUP_FAILED)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    _remove_with_sidecars(partial)
    try:
        src = sqlite3.connect(_uri(source, "mode=ro"), uri=True, timeout=30)
        try:
            dst = sqlite3.connect(partial)
            try:
                # pages=-1: the whole database in one step, from one read snapshot. A step-wise
                # copy restarts whenever another connection writes and may never finish.
                src.backup(dst, pages=-1)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        _fsync(partial)
        os.replace(partial, target)
        _fsync_dir(target.parent)
    except (OSError, sqlite3.Error) as exc:
        _remove_with_sidecars(partial)
        raise RefusedError(
            f"The backup could not be written: {_reason(exc)}", code=ErrorCode.BACKUP_FAILED
        ) from exc


def check_backup(path: Path) -> CheckedBackup:
    """Raise BACKUP_INVALID unless ``path`` is an intact loyaltydesk database this app knows."""
    if not path.is_file():
        raise _invalid("There is no backup file there.")
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise _invalid(f"The backup file cannot be read: {_reason(exc)}") from exc
    if header != b"SQLite format 3\x00":
        raise _invalid("That file is not a loyaltydesk backup (not an SQLite database).")
    try:
        connection = sqlite3.connect(_uri(path, _STATIC), uri=True)
        try:
            result = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            if result != ["ok"]:
                raise _invalid("The backup file is damaged (its integrity check failed).")
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            customers = connection.execute("SELECT count(*) FROM customer").fetchone()[0]
            entries = connection.execute("SELECT count(*) FROM ledger_entry").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise _invalid("That file is not a loyaltydesk backup or it is damaged.") from exc
    if revision is None or not _known_revision(revision[0]):
        raise _invalid("That backup was made by a newer or unknown version of loyaltydesk.")
    return CheckedBackup(str(revision[0]), int(customers), int(entries))


def checkpoint_idle(live: Path) -> bool:
    """Fold the WAL into the database file; False if another connection still uses it."""
    if not live.exists():
        return True
    connection = sqlite3.connect(live, timeout=5)
    try:
        busy, _, _ = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlite3.OperationalError:
        return False
    finally:
        connection.close()
    return busy == 0


def replace_database(live: Path, backup: Path) -> CheckedBackup:
    """Put a checked copy of ``backup`` in place of ``live``. The caller closed its engine.

    The backup is copied beside the live file and checked there (so what is checked is what is
    installed), stale ``-wal``/``-shm`` files are removed (SQLite would otherwise replay another
    database's log into the restored file) and the copy is renamed over the live file.
    """
    staged = live.with_name(live.name + ".restoring")
    _remove_with_sidecars(staged)
    try:
        src = sqlite3.connect(_uri(backup, _STATIC), uri=True)
        try:
            dst = sqlite3.connect(staged)
            try:
                src.backup(dst, pages=-1)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
    except (OSError, sqlite3.Error) as exc:
        _remove_with_sidecars(staged)
        raise _invalid("That file is not a loyaltydesk backup or it is damaged.") from exc
    try:
        checked = check_backup(staged)
        _fsync(staged)
    except BaseException:
        _remove_with_sidecars(staged)
        raise
    for sidecar in _sidecars(live):
        with contextlib.suppress(FileNotFoundError):
            sidecar.unlink()
    os.replace(staged, live)
    _fsync_dir(live.parent)
    return checked


def _uri(path: Path, options: str) -> str:
    return f"{path.resolve().as_uri()}?{options}"


def _known_revision(revision: str) -> bool:
    # Imported here: Alembic is slow to import and a start on a current schema skips it.
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    from loyaltydesk.store.migrate import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _remove_with_sidecars(path: Path) -> None:
    for candidate in (path, *_sidecars(path)):
        with contextlib.suppress(FileNotFoundError):
            candidate.unlink()


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or type(exc).__name__


def _invalid(message: str) -> RefusedError:
    return RefusedError(message, code=ErrorCode.BACKUP_INVALID)
