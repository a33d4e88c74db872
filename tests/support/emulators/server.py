"""The part every provider emulator shares: a threaded HTTP/1.1 server on 127.0.0.1, routes,
a request log, latency, a per-key rate limit with X-RateLimit-* headers, and fault injection.

Fault injection applies to mutating calls (not GET): with probability ``fail_rate`` a call fails
in one of four ways, chosen at random: a 500 before the change, a 500 after it was applied, a
dropped connection before, a dropped connection after. Half the faults therefore happen after the
provider applied the change: exactly the case that tests a client's idempotency.
"""

from __future__ import annotations

import json
import random
import re
import socket
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

FAULTS = ("error_before", "error_after", "drop_before", "drop_after")


@dataclass
class Request:
    method: str
    path: str
    """The path below the emulator's prefix, e.g. ``/points/earn``."""
    query: dict[str, str]
    headers: Mapping[str, str]
    body: bytes
    match: re.Match[str] | None = None

    def form(self) -> dict[str, str]:
        parsed = parse_qs(self.body.decode("utf-8"), keep_blank_values=True)
        return {key: values[-1] for key, values in parsed.items()}

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8") or "null")


@dataclass
class Response:
    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)

    def encoded(self) -> bytes:
        if self.body is None:
            return b""
        if isinstance(self.body, bytes):
            return self.body
        return json.dumps(self.body).encode("utf-8")


@dataclass(frozen=True)
class Logged:
    at: float
    """time.monotonic() when the request arrived."""
    method: str
    path: str
    status: int
    """0 when the connection was dropped."""
    fault: str | None
    key: str


Handler = Callable[[Request], Response]


class _DropError(Exception):
    """Close the connection without an answer."""


class EmulatorServer:
    """Subclasses add routes in ``__init__`` with ``self.route(...)`` and check auth in
    ``authenticate``. Use as a context manager, or ``start()`` / ``stop()``."""

    prefix = ""
    key_header = "X-API-Key"

    def __init__(
        self,
        *,
        rate_limit: int | None = None,
        rate_window: float = 60.0,
        latency: float = 0.0,
        fail_rate: float = 0.0,
        seed: int = 0,
    ) -> None:
        self.rate_limit = rate_limit
        self.rate_window = rate_window
        self.latency = latency
        self.fail_rate = fail_rate
        self.random = random.Random(seed)
        self.lock = threading.RLock()
        """Held while a handler runs: state changes are atomic, as a database would make them."""
        self.log: list[Logged] = []
        self.faults_injected = 0
        self.offline = False
        """True: every connection is refused at once (the network is down)."""
        self._routes: list[tuple[str, re.Pattern[str], Handler]] = []
        self._windows: dict[str, deque[float]] = {}
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- for subclasses ---------------------------------------------------------------------

    def route(self, method: str, pattern: str, handler: Handler) -> None:
        self._routes.append((method.upper(), re.compile(f"^{pattern}$"), handler))

    def authenticate(self, request: Request) -> Response | None:
        """An error response when the request's credentials are wrong; None when they are good."""
        return None

    def rate_limited(self, request: Request) -> Response:
        return Response(429, {"error": {"code": "RATE_LIMITED", "message": "Too many requests"}})

    def not_found(self, request: Request) -> Response:
        return Response(404, {"error": {"code": "NOT_FOUND", "message": "No such endpoint"}})

    def server_error(self, request: Request) -> Response:
        return Response(500, {"error": {"code": "INTERNAL", "message": "Internal Server Error"}})

    # -- running ----------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        assert self._server is not None, "start() the emulator first"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}{self.prefix}"

    def start(self) -> EmulatorServer:
        emulator = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # else each answer waits ~40 ms for an ACK

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _serve(self) -> None:
                emulator._handle(self)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve  # noqa: N815

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> EmulatorServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @contextmanager
    def network_down(self) -> Iterator[None]:
        self.offline = True
        try:
            yield
        finally:
            self.offline = False

    # -- measuring --------------------------------------------------------------------------

    def max_in_any_window(self, window: float | None = None, *, key: str | None = None) -> int:
        """The most requests that arrived inside any sliding window (default: the rate window)."""
        span = self.rate_window if window is None else window
        times = sorted(e.at for e in self.log if key is None or e.key == key)
        best, start = 0, 0
        for end, moment in enumerate(times):
            while moment - times[start] >= span:
                start += 1
            best = max(best, end - start + 1)
        return best

    # -- internals --------------------------------------------------------------------------

    def _handle(self, http: BaseHTTPRequestHandler) -> None:
        arrived = time.monotonic()
        if self.offline:
            _drop(http)
            return
        split = urlsplit(http.path)
        length = int(http.headers.get("Content-Length") or 0)
        body = http.rfile.read(length) if length else b""
        path = split.path
        if self.prefix and path.startswith(self.prefix):
            path = path[len(self.prefix) :] or "/"
        query = {k: v[-1] for k, v in parse_qs(split.query, keep_blank_values=True).items()}
        request = Request(http.command, path, query, dict(http.headers.items()), body)
        key = http.headers.get(self.key_header, "")
        if self.latency:
            time.sleep(self.latency)
        fault: str | None = None
        try:
            response, fault = self._respond(request, key)
        except _DropError as dropped:
            fault = str(dropped) or fault
            self._record(arrived, request, 0, fault, key)
            _drop(http)
            return
        self._record(arrived, request, response.status, fault, key)
        payload = response.encoded()
        http.send_response(response.status)
        headers = {"Content-Type": "application/json", **response.headers}
        for name, value in headers.items():
            http.send_header(name, value)
        http.send_header("Content-Length", str(len(payload)))
        http.end_headers()
        http.wfile.write(payload)

    def _respond(self, request: Request, key: str) -> tuple[Response, str | None]:
        with self.lock:
            limited, rate_headers = self._count(key)
        if limited:
            response = self.rate_limited(request)
            response.headers.update(rate_headers)
            response.headers.setdefault("Retry-After", rate_headers["X-RateLimit-Reset-After"])
            return response, None
        denied = self.authenticate(request)
        if denied is not None:
            denied.headers.update(rate_headers)
            return denied, None
        handler = self._find(request)
        if handler is None:
            return self.not_found(request), None
        fault = None
        if request.method != "GET" and self.fail_rate and self.random.random() < self.fail_rate:
            fault = self.random.choice(FAULTS)
            self.faults_injected += 1
        if fault == "error_before":
            return self.server_error(request), fault
        if fault == "drop_before":
            raise _DropError(fault)
        with self.lock:
            response = handler(request)
        if fault == "drop_after":
            raise _DropError(fault)
        if fault == "error_after":
            return self.server_error(request), fault
        response.headers.update(rate_headers)
        return response, None

    def _count(self, key: str) -> tuple[bool, dict[str, str]]:
        """Count the request in its key's sliding window; True when it is over the limit."""
        if self.rate_limit is None:
            return False, {}
        now = time.monotonic()
        window = self._windows.setdefault(key, deque())
        while window and now - window[0] >= self.rate_window:
            window.popleft()
        limited = len(window) >= self.rate_limit
        if not limited:
            window.append(now)
        reset_after = self.rate_window - (now - window[0]) if window else self.rate_window
        headers = {
            "X-RateLimit-Limit": str(self.rate_limit),
            "X-RateLimit-Remaining": str(max(0, self.rate_limit - len(window))),
            "X-RateLimit-Reset": str(int(time.time() + reset_after + 0.999)),
            "X-RateLimit-Reset-After": f"{reset_after:.3f}",
        }
        return limited, headers

    def _find(self, request: Request) -> Handler | None:
        for method, pattern, handler in self._routes:
            match = pattern.match(request.path)
            if match and method == request.method:
                request.match = match
                return handler
        return None

    def _record(
        self, arrived: float, request: Request, status: int, fault: str | None, key: str
    ) -> None:
        with self.lock:
            self.log.append(Logged(arrived, request.method, request.path, status, fault, key))


def _drop(http: BaseHTTPRequestHandler) -> None:
    http.close_connection = True
    with suppress(OSError):
        http.connection.shutdown(socket.SHUT_RDWR)
