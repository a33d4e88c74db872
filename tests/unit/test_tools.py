"""A missing system tool skips a test on a developer's machine and fails it under CI."""

import pytest

from tests.support.tools import missing_tool, require_command, under_ci


@pytest.mark.parametrize(("value", "expected"), [("true", True), ("1", True), ("", False)])
def test_under_ci_reads_the_ci_variable(monkeypatch, value, expected) -> None:
    monkeypatch.setenv("CI", value)
    assert under_ci() is expected


def test_a_missing_tool_skips_outside_ci(monkeypatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="needs no-such-tool"):
        require_command("no-such-tool", "no-such-package")


def test_a_missing_tool_fails_under_ci(monkeypatch) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true"):
        missing_tool("needs no-such-tool")
    with pytest.raises(pytest.fail.Exception, match="no-such-package"):
        require_command("no-such-tool", "no-such-package")


def test_a_present_tool_is_found(monkeypatch) -> None:
    monkeypatch.setenv("CI", "true")
    assert require_command("sh", "dash").endswith("sh")
