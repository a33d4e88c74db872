"""Is a database already at the newest schema? Answered without importing Alembic.

Importing Alembic costs more than the rest of a CLI command's work on an up-to-date
database, which is every start but the first after an update. ``bootstrap`` asks this first
and runs the migrations (``store.migrate.upgrade``) only when the answer is no. Any doubt
answers no and leaves the decision to Alembic, as before: no version table, several version
rows, a revision file this cannot read, several heads, or a revision this app does not know
(Alembic then refuses a database made by a newer loyaltydesk).
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the command line's quick lookup asks for the head without SQLAlchemy
    from sqlalchemy import Engine

VERSIONS = Path(__file__).parent / "store" / "migrations" / "versions"
"""The migration scripts: installed as source files, in the frozen bundle too."""


def head_revision(folder: Path = VERSIONS) -> str | None:
    """The one revision no other script revises, read from the scripts' assignments."""
    parents: dict[str, set[str]] = {}
    for path in sorted(folder.glob("*.py")):
        if path.name == "__init__.py":
            continue
        values = _assignments(path)
        revision, down = values.get("revision"), values.get("down_revision")
        if not isinstance(revision, str):
            return None
        downs = down if isinstance(down, tuple | list) else (down,)
        parents[revision] = {d for d in downs if isinstance(d, str)}
    revised = set().union(*parents.values()) if parents else set()
    heads = [revision for revision in parents if revision not in revised]
    return heads[0] if len(heads) == 1 else None


def stored_revisions(engine: Engine) -> list[str] | None:
    """The rows of ``alembic_version``; None when the table cannot be read (a new database)."""
    from sqlalchemy.exc import DBAPIError

    try:
        with engine.connect() as connection:
            rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version")
            return [str(row[0]) for row in rows]
    except DBAPIError:
        return None


def schema_is_current(engine: Engine, folder: Path = VERSIONS) -> bool:
    head = head_revision(folder)
    return head is not None and stored_revisions(engine) == [head]


def _assignments(path: Path) -> dict[str, object]:
    """Module-level ``name = <literal>`` (annotated or not) of one script."""
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    except (OSError, SyntaxError, UnicodeDecodeError):
        return {}
    found: dict[str, object] = {}
    for node in tree.body:
        target, value = None, None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign):
            target, value = node.target, node.value
        if isinstance(target, ast.Name) and value is not None:
            try:
                found[target.id] = ast.literal_eval(value)
            except ValueError:
                continue
    return found
