"""A provider emulator (the tests' real HTTP one) in a process of its own, for the sync benches.

    python -m bench.sync_emulator cata --latency 0.020 --phones +6012{:07d}:0:1000

Run apart from the engine so the emulator's request threads do not share the engine's GIL (on
one interpreter the emulator's parsing and JSON would be charged to the engine). Prints one JSON
line with the base URL, then answers lines on stdin: ``report`` -> one JSON line (every request
as [arrived (monotonic), status, method, path] and each phone's ledger as [key, points] in the
order applied); ``quit`` or end of input stops it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.integration.sync.e2e_providers import HARNESSES

ROOT = Path(__file__).resolve().parent.parent


def phones(spec: str) -> list[str]:
    """``FORMAT:FIRST:COUNT``, e.g. ``+6012{:07d}:0:1000``."""
    pattern, first, count = spec.rsplit(":", 2)
    return [pattern.format(n) for n in range(int(first), int(first) + int(count))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("provider", choices=("cata", "kirimel"))
    parser.add_argument("--latency", type=float, default=0.020)
    parser.add_argument("--rate-limit", type=int)
    parser.add_argument("--rate-window", type=float, default=60.0)
    parser.add_argument("--phones", required=True, help="FORMAT:FIRST:COUNT of the customers")
    args = parser.parse_args()
    harness = HARNESSES[args.provider]
    known = phones(args.phones)
    emulator = harness.emulator(latency=args.latency, rate_limit=args.rate_limit,
                                rate_window=args.rate_window)  # fmt: skip
    if args.provider == "cata":  # Cata registers no one: they signed up in its app
        for phone in known:
            emulator.seed_customer(phone=phone)
    with emulator:
        print(json.dumps({"base_url": emulator.base_url}), flush=True)
        for line in sys.stdin:
            if line.strip() != "report":
                break
            with emulator.lock:
                log = [[e.at, e.status, e.method, e.path] for e in emulator.log]
            ledgers = {}
            for phone in known:
                try:
                    ledgers[phone] = harness.ledger(emulator, phone)
                except ValueError:  # never linked (KiriMel registers on the first row)
                    ledgers[phone] = []
            print(json.dumps({"log": log, "ledgers": ledgers}), flush=True)


class EmulatorProcess:
    """The emulator above, started in a child process; a context manager."""

    def __init__(self, provider: str, phone_spec: str, *, latency: float = 0.020,
                 rate_limit: int | None = None, rate_window: float = 60.0) -> None:  # fmt: skip
        command = [sys.executable, "-m", "bench.sync_emulator", provider, "--phones", phone_spec,
                   "--latency", str(latency), "--rate-window", str(rate_window)]  # fmt: skip
        if rate_limit:
            command += ["--rate-limit", str(rate_limit)]
        self.provider = provider
        self._child = subprocess.Popen(command, cwd=ROOT, stdin=subprocess.PIPE,
                                       stdout=subprocess.PIPE, text=True)  # fmt: skip
        self.base_url: str = self._line()["base_url"]

    def report(self) -> dict[str, Any]:
        """Every request the emulator saw and each customer's ledger there."""
        assert self._child.stdin is not None
        self._child.stdin.write("report\n")
        self._child.stdin.flush()
        return self._line()

    def _line(self) -> dict[str, Any]:
        assert self._child.stdout is not None
        line = self._child.stdout.readline()
        if not line:
            raise RuntimeError("the emulator process ended")
        return json.loads(line)

    def __enter__(self) -> EmulatorProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._child.stdin is not None
        self._child.stdin.close()
        try:
            self._child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._child.kill()
            self._child.wait(timeout=10)


if __name__ == "__main__":
    main()
