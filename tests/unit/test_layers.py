"""The layer contract of docs/ARCHITECTURE (import-linter, configured in pyproject.toml)."""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_contracts_hold() -> None:
    lint = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    done = subprocess.run(
        [lint, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "broken" not in done.stdout.lower().replace("0 broken", "")


def test_only_ui_imports_qt_widgets() -> None:
    """import-linter cannot forbid a sub-module of an external package, so this reads the
    imports itself: nothing below ``ui`` may import PySide6.QtWidgets."""
    import ast

    offenders = []
    for path in (ROOT / "loyaltydesk").rglob("*.py"):
        if "ui" in path.relative_to(ROOT / "loyaltydesk").parts[:1]:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            if any(name.startswith("PySide6.QtWidgets") for name in names):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
