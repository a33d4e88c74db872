"""Every action the services record in the audit log has words in the owner's audit log.

The actions are read from the source of ``loyaltydesk/services`` (every ``record_mutation``
call, the one place an event is recorded): a literal, either branch of a conditional, an
f-string filled from the enum members or literals its function is called with, a parameter
filled by the callers in the same module, or a loop over a literal table. An action this test
cannot work out fails it, so a new way of naming actions is taught here rather than missed.
"""

from __future__ import annotations

import ast
import importlib
from dataclasses import dataclass
from itertools import product
from pathlib import Path

import pytest

import loyaltydesk.services
from loyaltydesk.ui.owner.reports.audit_entry import action_text

SERVICES = Path(loyaltydesk.services.__file__).parent
RECORDER = "record_mutation"


@dataclass
class Module:
    name: str
    tree: ast.Module
    parents: dict[ast.AST, ast.AST]

    def enclosing(self, node: ast.AST, kind: type | tuple[type, ...]) -> ast.AST | None:
        while node in self.parents:
            node = self.parents[node]
            if isinstance(node, kind):
                return node
        return None


class UnknownActionError(Exception):
    """An action expression this test cannot resolve."""


def _load(path: Path) -> Module:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    return Module(f"loyaltydesk.services.{path.stem}", tree, parents)


def _call_name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def _where(module: Module, node: ast.AST) -> str:
    return f"{module.name}:{getattr(node, 'lineno', '?')}: {ast.unparse(node)}"


def _attribute(module: Module, node: ast.Attribute) -> str:
    """``OperationKind.CHECK_IN`` as its value, looked up in the module's own names."""
    owner = importlib.import_module(module.name)
    value: object = owner
    for part in ast.unparse(node).split("."):
        value = getattr(value, part)
    return str(value)


def _arguments(module: Module, function: ast.FunctionDef, name: str) -> set[str]:
    """What the callers of ``function`` in this module pass for its parameter ``name``."""
    params = [a.arg for a in function.args.posonlyargs + function.args.args]
    index = params.index(name) if name in params else None
    if index is not None and params and params[0] == "self":
        index -= 1
    found: set[str] = set()
    calls = [
        node
        for node in ast.walk(module.tree)
        if isinstance(node, ast.Call) and _call_name(node) == function.name
    ]
    if not calls:
        raise UnknownActionError(f"nobody in {module.name} calls {function.name}()")
    for call in calls:
        given = [k.value for k in call.keywords if k.arg == name]
        if not given and index is not None and index < len(call.args):
            given = [call.args[index]]
        if not given:
            raise UnknownActionError(_where(module, call))
        found |= _resolve(module, given[0])
    return found


def _loop_values(module: Module, loop: ast.For, name: str) -> set[str]:
    """``for action, ... in (("a.b", ...), ...)``: the column of ``name`` in the literal."""
    target, rows = loop.target, loop.iter
    if not isinstance(rows, ast.Tuple | ast.List):
        raise UnknownActionError(_where(module, loop.iter))
    if isinstance(target, ast.Name):
        return set().union(*(_resolve(module, row) for row in rows.elts))
    names = [getattr(t, "id", None) for t in getattr(target, "elts", ())]
    column = names.index(name)
    found: set[str] = set()
    for row in rows.elts:
        if not isinstance(row, ast.Tuple):
            raise UnknownActionError(_where(module, row))
        found |= _resolve(module, row.elts[column])
    return found


def _resolve(module: Module, node: ast.expr) -> set[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        return _resolve(module, node.body) | _resolve(module, node.orelse)
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        return {_attribute(module, node)}
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and not node.args:
        method = node.func.attr
        if method in {"lower", "upper"}:
            return {getattr(value, method)() for value in _resolve(module, node.func.value)}
    if isinstance(node, ast.JoinedStr):
        parts: list[set[str]] = []
        for part in node.values:
            if isinstance(part, ast.FormattedValue):
                parts.append(_resolve(module, part.value))
            else:
                parts.append(_resolve(module, part))
        return {"".join(choice) for choice in product(*parts)}
    if isinstance(node, ast.Name):
        loop = module.enclosing(node, ast.For)
        while loop is not None:
            if node.id in {n.id for n in ast.walk(loop.target) if isinstance(n, ast.Name)}:
                return _loop_values(module, loop, node.id)  # type: ignore[arg-type]
            loop = module.enclosing(loop, ast.For)
        function = module.enclosing(node, (ast.FunctionDef, ast.AsyncFunctionDef))
        while function is not None:
            args = function.args  # type: ignore[attr-defined]
            every = args.posonlyargs + args.args + args.kwonlyargs
            if node.id in {a.arg for a in every}:
                return _arguments(module, function, node.id)  # type: ignore[arg-type]
            function = module.enclosing(function, (ast.FunctionDef, ast.AsyncFunctionDef))
    raise UnknownActionError(_where(module, node))


def recorded_actions() -> dict[str, str]:
    """Every action the services record, with where it is recorded."""
    actions: dict[str, str] = {}
    for path in sorted(SERVICES.glob("*.py")):
        module = _load(path)
        for node in ast.walk(module.tree):
            if not (isinstance(node, ast.Call) and _call_name(node) == RECORDER):
                continue
            given = [k.value for k in node.keywords if k.arg == "action"]
            assert given, f"{_where(module, node)}: record_mutation without action="
            for action in _resolve(module, given[0]):
                actions.setdefault(action, f"{module.name}:{node.lineno}")
    return actions


def test_the_actions_are_found() -> None:
    """The scan itself works: it sees literals, conditionals, f-strings, parameters, tables."""
    actions = recorded_actions()
    for expected in (
        "staff.owner_pin_refused",  # a literal
        "customer.unblock",  # the other branch of a conditional
        "points.check_in",  # an f-string filled from OperationKind members
        "ledger.export",  # an f-string filled from the callers' literals
        "backup.daily",  # a parameter filled by the callers
        "reward.add",  # a loop over a literal table (shop setup)
    ):
        assert expected in actions
    assert all("." in action and action == action.lower() for action in actions), actions


@pytest.mark.parametrize("action", sorted(recorded_actions()))
def test_every_recorded_action_has_words_in_the_audit_log(action: str) -> None:
    words = action_text(action)
    assert words != action, f"audit_entry.py has no words for {action!r}"
    assert "." not in words
    assert "_" not in words
