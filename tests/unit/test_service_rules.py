"""Two house rules of services/ (docs/ARCHITECTURE.md, "The unit of work"): the audit log is
written by one helper only, and queries live in store repositories, not in services."""

from pathlib import Path

SERVICES = Path(__file__).resolve().parents[2] / "loyaltydesk" / "services"
ONE_WRITER = "mutation_log.py"


def _offenders(needle: str, *, allowed: str = "") -> list[str]:
    return sorted(
        path.name
        for path in SERVICES.glob("*.py")
        if path.name != allowed and needle in path.read_text(encoding="utf-8")
    )


def test_only_record_mutation_writes_the_audit_log() -> None:
    assert _offenders("audit.record(", allowed=ONE_WRITER) == []


def test_services_leave_the_session_and_queries_to_repositories() -> None:
    assert _offenders("uow.session") == []
    assert _offenders("from sqlalchemy import") == []
