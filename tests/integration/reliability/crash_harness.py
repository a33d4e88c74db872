"""The test's side of crash_till.py: start it, let a till run, kill it, check the store."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from loyaltydesk.store.engine import make_engine
from loyaltydesk.store.models import LedgerEntry, Operation
from tests.integration.reliability.shop import balances_match_ledger

ROOT = Path(__file__).resolve().parents[3]
LINE_TIMEOUT = 60.0


@dataclass
class Ack:
    index: int
    transaction_id: int
    points: int


@dataclass
class CrashLog:
    """What the tills acknowledged over every run, in order."""

    acks: list[Ack] = field(default_factory=list)
    replays: int = 0
    killed_before_ready: int = 0
    late_kills: int = 0
    """Tills killed only after their first acknowledged check-in."""

    @property
    def next_index(self) -> int:
        return self.acks[-1].index + 1 if self.acks else 0


class CrashTill:
    """The fork server of crash_till.py, with a thread reading its lines into a queue."""

    def __init__(self, url: str, phones: list[str]) -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get(
            "PYTHONPATH", "")])}  # fmt: skip
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "tests.integration.reliability.crash_till", url, *phones],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            cwd=ROOT,
            env=env,
            text=True,
        )
        self._lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        assert self._next(LINE_TIMEOUT) == "serving"

    def _read(self) -> None:
        assert self._proc.stdout is not None
        for line in self._proc.stdout:
            self._lines.put(line.strip())
        self._lines.put("eof")

    def _next(self, timeout: float) -> str:
        line = self._lines.get(timeout=timeout)
        assert not line.startswith("error"), line
        assert line != "eof", "the crash till server stopped"
        return line

    def run_and_kill(self, log: CrashLog, after: float, *, while_opening: bool = False) -> None:
        """A till from ``log.next_index`` on, SIGKILLed ``after`` seconds after its first
        acknowledged check-in (``while_opening``: after it was started, so possibly while it
        opens the store)."""
        assert self._proc.stdin is not None
        self._proc.stdin.write(f"run {log.next_index}\n")
        self._proc.stdin.flush()
        lines: list[str] = []
        while not (line := self._next(LINE_TIMEOUT)).startswith("child"):
            lines.append(line)
        pid = int(line.split()[1])
        if not while_opening:  # from its first check-in on, however slow the machine
            log.late_kills += 1
            while not any(line.startswith("ack") for line in lines):
                lines.append(self._next(LINE_TIMEOUT))
        deadline = time.monotonic() + after
        while (left := deadline - time.monotonic()) > 0:
            try:
                lines.append(self._next(left))
            except queue.Empty:
                break
        os.kill(pid, signal.SIGKILL)
        while (line := self._next(LINE_TIMEOUT)) != f"reaped {pid}":
            lines.append(line)
        if "ready" not in lines:
            log.killed_before_ready += 1
        for line in lines:
            if line.startswith("ack"):
                _, ref, transaction_id, points, replayed = line.split()
                index = int(ref.removeprefix("crash-"))
                assert index == log.next_index, f"acknowledged out of order: {line}"
                log.acks.append(Ack(index, int(transaction_id), int(points)))
                log.replays += int(replayed)

    def close(self) -> None:
        assert self._proc.stdin is not None
        self._proc.stdin.close()
        self._proc.wait(timeout=LINE_TIMEOUT)


def check_store(url: str, log: CrashLog) -> None:
    """Every acknowledged check-in once, as acknowledged; at most the one in flight beside them;
    each customer's balance the sum of their ledger; SQLite's own integrity check clean."""
    engine = make_engine(url)
    try:
        with engine.connect() as c:
            if engine.dialect.name == "sqlite":
                assert c.exec_driver_sql("PRAGMA integrity_check").all() == [("ok",)]
                assert c.exec_driver_sql("PRAGMA foreign_key_check").all() == []
            ledger = (
                select(func.coalesce(func.sum(LedgerEntry.delta), 0))
                .where(LedgerEntry.operation_id == Operation.id)
                .scalar_subquery()
            )
            rows = c.execute(
                select(Operation.ref_code, Operation.id, Operation.points, ledger).where(
                    Operation.ref_code.like("crash-%")
                )
            ).all()
        stored = {ref: (tid, points, total) for ref, tid, points, total in rows}
        assert len(stored) == len(rows), "a ref_code is stored twice"
        for ack in log.acks:
            assert stored.pop(f"crash-{ack.index}") == (ack.transaction_id, ack.points, ack.points)
        assert set(stored) <= {f"crash-{log.next_index}"}, f"unacknowledged: {sorted(stored)}"
        assert balances_match_ledger(engine) == []
    finally:
        engine.dispose()
