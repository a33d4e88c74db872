"""The owner pages' house rules: every page builds its tables from the one toolkit
(ui/owner/widgets), and nothing inside ui/ imports in a circle (module sizes:
tests/unit/test_module_sizes.py)."""

from __future__ import annotations

import ast
from pathlib import Path

import grimp

import loyaltydesk.ui as ui_package
import loyaltydesk.ui.owner as owner_package

OWNER = Path(owner_package.__file__).parent
MODEL_BASES = {
    "QAbstractItemModel",
    "QAbstractTableModel",
    "QAbstractListModel",
    "QStandardItemModel",
}
#: Models that are not a list of records, each with its reason. Nothing else may join them.
OWN_MODELS = {
    # a million customers, loaded a page at a time from the service as the view scrolls
    ("customers/customer_table_model.py", "CustomerTableModel"),
    # the tiers as typed, editable in place, a half-typed number kept while it is wrong
    ("program/tiers_editor.py", "TierModel"),
}


def owner_modules() -> list[Path]:
    return sorted(OWNER.rglob("*.py"))


def models_in(path: Path) -> set[str]:
    """The classes in ``path`` that subclass a Qt item model directly."""
    tree = ast.parse(path.read_text(), str(path))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for base in node.bases:
                name = base.attr if isinstance(base, ast.Attribute) else getattr(base, "id", "")
                if name in MODEL_BASES:
                    found.add(node.name)
    return found


def test_the_owner_area_is_split_by_area() -> None:
    folders = {p.parent.relative_to(OWNER).as_posix() for p in owner_modules()}
    assert folders == {
        ".", "customers", "data", "program", "reports", "staff", "sync", "vouchers", "widgets"
    }  # fmt: skip
    top = {p.name for p in OWNER.glob("*.py")}
    assert top == {"__init__.py", "area.py", "base.py", "registry.py"}


def test_only_the_toolkit_defines_table_models() -> None:
    outside = {
        (path.relative_to(OWNER).as_posix(), name)
        for path in owner_modules()
        if path.relative_to(OWNER).parts[0] != "widgets"
        for name in models_in(path)
    }
    assert outside == OWN_MODELS
    assert models_in(OWNER / "widgets" / "table.py") == {"RowsModel"}


def test_the_model_check_sees_a_page_that_builds_its_own(tmp_path: Path) -> None:
    page = tmp_path / "page.py"
    page.write_text(
        "from PySide6 import QtCore\n"
        "from PySide6.QtCore import QAbstractTableModel\n"
        "class Mine(QAbstractTableModel): ...\n"
        "class Other(QtCore.QAbstractItemModel): ...\n"
    )
    assert models_in(page) == {"Mine", "Other"}


def test_no_import_cycle_inside_ui() -> None:
    """Imports made only for type checking (``if TYPE_CHECKING:``) do not run, so they do not
    count."""
    graph = grimp.build_graph("loyaltydesk", exclude_type_checking_imports=True)
    package = ui_package.__name__
    modules = sorted(m for m in graph.modules if m.startswith(package + "."))
    cycles = [
        [module, *chain]
        for module in modules
        for imported in graph.find_modules_directly_imported_by(module)
        if imported.startswith(package + ".")
        and (chain := graph.find_shortest_chain(imported, module))
    ]
    assert cycles == []
