"""One family of typed errors with stable codes.

The code is for programs (CLI ``--json``, sync, tests); the message is for a cashier. The UI maps
codes to translated words, so the English message here is the fallback, not the only text.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class ErrorCode(StrEnum):
    # Bad input: nothing was attempted.
    INVALID_AMOUNT = "INVALID_AMOUNT"
    INVALID_UNITS = "INVALID_UNITS"
    INVALID_POINTS = "INVALID_POINTS"
    INVALID_IDENTIFIER = "INVALID_IDENTIFIER"
    INVALID_PHONE = "INVALID_PHONE"
    INVALID_EMAIL = "INVALID_EMAIL"
    INVALID_INPUT = "INVALID_INPUT"
    INVALID_REF_CODE = "INVALID_REF_CODE"
    INVALID_SETTINGS = "INVALID_SETTINGS"
    INVALID_FILE = "INVALID_FILE"
    # RefusedError business operations.
    CUSTOMER_NOT_FOUND = "CUSTOMER_NOT_FOUND"
    CUSTOMER_BLOCKED = "CUSTOMER_BLOCKED"
    CUSTOMER_EXISTS = "CUSTOMER_EXISTS"
    AMBIGUOUS_IDENTIFIER = "AMBIGUOUS_IDENTIFIER"
    INSUFFICIENT_BALANCE = "INSUFFICIENT_BALANCE"
    DUPLICATE_CHECKIN = "DUPLICATE_CHECKIN"
    REWARD_NOT_FOUND = "REWARD_NOT_FOUND"
    REWARD_INACTIVE = "REWARD_INACTIVE"
    TRANSACTION_NOT_FOUND = "TRANSACTION_NOT_FOUND"
    ALREADY_VOIDED = "ALREADY_VOIDED"
    VOID_NOT_ALLOWED = "VOID_NOT_ALLOWED"
    REF_CODE_REUSED = "REF_CODE_REUSED"
    PERMISSION_DENIED = "PERMISSION_DENIED"
    NOT_SIGNED_IN = "NOT_SIGNED_IN"
    WRONG_PIN = "WRONG_PIN"
    NOT_OWNER_PIN = "NOT_OWNER_PIN"
    SIGN_IN_LOCKED = "SIGN_IN_LOCKED"
    STAFF_NOT_FOUND = "STAFF_NOT_FOUND"
    SHOP_NOT_EMPTY = "SHOP_NOT_EMPTY"
    POINTS_PAYMENT_DISABLED = "POINTS_PAYMENT_DISABLED"
    AMOUNT_TOO_HIGH = "AMOUNT_TOO_HIGH"
    PURCHASE_UNUSUAL = "PURCHASE_UNUSUAL"
    PURCHASE_TOO_LARGE = "PURCHASE_TOO_LARGE"
    STORE_UNAVAILABLE = "STORE_UNAVAILABLE"
    CUSTOMER_ERASED = "CUSTOMER_ERASED"
    CUSTOMER_MERGED = "CUSTOMER_MERGED"
    MERGE_NOT_ALLOWED = "MERGE_NOT_ALLOWED"
    VOUCHER_NOT_FOUND = "VOUCHER_NOT_FOUND"
    VOUCHER_ALREADY_REDEEMED = "VOUCHER_ALREADY_REDEEMED"
    VOUCHER_EXPIRED = "VOUCHER_EXPIRED"
    VOUCHER_NOT_YET_VALID = "VOUCHER_NOT_YET_VALID"
    VOUCHER_VOID = "VOUCHER_VOID"
    MIN_PURCHASE_NOT_MET = "MIN_PURCHASE_NOT_MET"
    INVALID_VOUCHER = "INVALID_VOUCHER"
    VOUCHER_CODES_PENDING = "VOUCHER_CODES_PENDING"
    CUSTOMER_REQUIRED = "CUSTOMER_REQUIRED"
    LAST_OWNER = "LAST_OWNER"
    CONFIRMATION_REQUIRED = "CONFIRMATION_REQUIRED"
    BACKUP_NOT_SUPPORTED = "BACKUP_NOT_SUPPORTED"
    BACKUP_INVALID = "BACKUP_INVALID"
    BACKUP_FAILED = "BACKUP_FAILED"


#: Codes that mean "the input was malformed" rather than "the operation was refused".
INPUT_ERROR_CODES = frozenset(
    {
        ErrorCode.INVALID_AMOUNT,
        ErrorCode.INVALID_UNITS,
        ErrorCode.INVALID_POINTS,
        ErrorCode.INVALID_IDENTIFIER,
        ErrorCode.INVALID_PHONE,
        ErrorCode.INVALID_EMAIL,
        ErrorCode.INVALID_INPUT,
        ErrorCode.INVALID_REF_CODE,
        ErrorCode.INVALID_SETTINGS,
        ErrorCode.INVALID_VOUCHER,
        ErrorCode.INVALID_FILE,
    }
)


class LoyaltyError(Exception):
    """Base of every expected failure. ``details`` holds values a UI may show (never secrets)."""

    code: ErrorCode = ErrorCode.INVALID_INPUT

    def __init__(self, message: str, *, code: ErrorCode | None = None, **details: Any) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code
        self.message = message
        self.details = details

    @property
    def is_input_error(self) -> bool:
        return self.code in INPUT_ERROR_CODES

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.code}: {self.message!r})"


class InvalidInputError(LoyaltyError):
    """Malformed input from a person, a scanner, a file or a provider."""

    code = ErrorCode.INVALID_INPUT


class RefusedError(LoyaltyError):
    """A well-formed request that the rules refuse."""

    code = ErrorCode.CUSTOMER_NOT_FOUND


class PermissionDeniedError(RefusedError):
    code = ErrorCode.PERMISSION_DENIED
