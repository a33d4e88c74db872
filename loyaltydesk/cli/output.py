"""Printing results and errors: human lines, or one JSON object with ``--json``."""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO

from loyaltydesk.domain.errors import LoyaltyError

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2


class Output:
    def __init__(self, *, as_json: bool, out: TextIO | None = None, err: TextIO | None = None):
        self.as_json = as_json
        self.out = out or sys.stdout
        self.err = err or sys.stderr

    def success(self, data: Any, lines: list[str]) -> int:
        if self.as_json:
            from loyaltydesk.services.dto import to_jsonable  # the GUI parses options only

            print(json.dumps(to_jsonable(data), ensure_ascii=False, sort_keys=True), file=self.out)
        else:
            for line in lines:
                print(line, file=self.out)
        return EXIT_OK

    def failure(self, code: str, message: str, exit_code: int) -> int:
        if self.as_json:
            payload = {"error": {"code": code, "message": message}}
            print(json.dumps(payload, ensure_ascii=False), file=self.out)
        else:
            print(f"error: {message} ({code})", file=self.err)
        return exit_code

    def error(self, error: LoyaltyError) -> int:
        exit_code = EXIT_USAGE if error.is_input_error else EXIT_REFUSED
        return self.failure(str(error.code), error.message, exit_code)
