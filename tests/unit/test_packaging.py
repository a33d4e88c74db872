"""pyproject.toml says what the app needs and ships: every third-party import is a declared
dependency, and the package data lists exactly the files resources/ holds."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _dist_name(requirement: str) -> str:
    name = re.split(r"[\s\[<>=!~;]", requirement.strip(), maxsplit=1)[0]
    return re.sub(r"[-_.]+", "-", name).lower()


def _imported_top_names() -> set[str]:
    names: set[str] = set()
    for path in (ROOT / "loyaltydesk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - {"loyaltydesk", "__future__"}


def test_every_third_party_import_is_declared() -> None:
    project = PROJECT["project"]
    declared = {_dist_name(r) for r in project["dependencies"]}
    for extra in project.get("optional-dependencies", {}).values():
        declared |= {_dist_name(r) for r in extra}
    providers = packages_distributions()
    undeclared = {}
    for name in sorted(_imported_top_names()):
        dists = {_dist_name(d) for d in providers.get(name, [name])}
        if not dists & declared:
            undeclared[name] = sorted(dists)
    assert undeclared == {}, f"imported but not in pyproject dependencies: {undeclared}"


def test_package_data_lists_what_resources_holds() -> None:
    patterns = PROJECT["tool"]["setuptools"]["package-data"]["loyaltydesk.resources"]
    folder = ROOT / "resources"
    empty = [p for p in patterns if not list(folder.glob(p))]
    assert empty == [], f"package-data patterns that match no file: {empty}"
    files = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    shipped = {p.relative_to(folder).as_posix() for pat in patterns for p in folder.glob(pat)}
    code = {f for f in files if f.endswith((".py", ".pyc"))}
    unlisted = sorted(files - shipped - code)
    assert unlisted == [], f"files in resources/ that an install would leave out: {unlisted}"
