"""The counter's flows talk to the page through its narrow door (ui/counter/desk.py)."""

from __future__ import annotations

import grimp

COUNTER = "loyaltydesk.ui.counter"


def test_no_import_cycle_and_no_flow_imports_the_page() -> None:
    graph = grimp.build_graph("loyaltydesk")
    modules = sorted(m for m in graph.modules if m.startswith(COUNTER + "."))
    cycles = [
        chain
        for module in modules
        for imported in graph.find_modules_directly_imported_by(module)
        if (chain := graph.find_shortest_chain(imported, module))
    ]
    assert cycles == []
    assert graph.find_modules_that_directly_import(f"{COUNTER}.page") <= {
        "loyaltydesk.ui.main_window"
    }
