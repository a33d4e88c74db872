"""A till that records check-ins until it is killed; run by test_crash_safety.py.

``python -m tests.integration.reliability.crash_till URL PHONE...`` imports everything once, then
serves: each ``run N`` line on stdin forks a fresh till process that opens the shop through
``bootstrap.open_services`` and records check-in ``crash-N``, ``crash-N+1``, ... one after the
other, each acknowledged on stdout only after the service call returned. The test kills that
process with SIGKILL; this server reports ``reaped PID`` once it is gone, so every acknowledgement
the till wrote comes before that line. Forking keeps a restart to milliseconds instead of the
seconds a fresh interpreter needs to import the app.
"""

from __future__ import annotations

import os
import sys

from loyaltydesk.bootstrap import open_services
from loyaltydesk.config import resolve_config
from loyaltydesk.domain.staff import Actor, Role

ACTOR = Actor(1, "Olive Owner", Role.OWNER, "Till 1")
#: A till that was never killed stops here, so a broken test cannot leave it running for ever.
MAX_CHECK_INS = 100_000


def say(line: str) -> None:
    """One line in one write: lines from the server and its tills never interleave."""
    os.write(1, f"{line}\n".encode())


def amount_for(index: int) -> str:
    return f"{index % 40 + 1}.50"


def record_until_killed(url: str, phones: list[str], start: int) -> None:
    services = open_services(resolve_config(db=url))
    say("ready")
    for index in range(start, start + MAX_CHECK_INS):
        result = services.points.check_in(
            customer=phones[index % len(phones)],
            actor=ACTOR,
            ref_code=f"crash-{index}",
            amount=amount_for(index),
            confirm=True,
        )
        say(f"ack {result.ref_code} {result.transaction_id} {result.points} {int(result.replayed)}")


def serve(url: str, phones: list[str]) -> None:
    say("serving")
    for command in sys.stdin:
        start = int(command.split()[1])
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                record_until_killed(url, phones, start)
            except BaseException as exc:
                say(f"error {type(exc).__name__}: {exc}".replace("\n", " "))
                code = 1
            os._exit(code)
        say(f"child {pid}")
        os.waitpid(pid, 0)
        say(f"reaped {pid}")


if __name__ == "__main__":
    serve(sys.argv[1], sys.argv[2:])
