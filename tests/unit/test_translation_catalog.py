"""The translation catalogs hold every string the code shows, under a real context, and the
compiled files the app loads are built from them (``installer/update_translations.py``)."""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "loyaltydesk"


def _update_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "installer" / "update_translations.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TOOL = _update_tool()


def _entries(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The catalogs as the tool writes them from today's code (from copies of the committed
    ones, so translations are kept), and their compiled files."""
    folder = tmp_path_factory.mktemp("catalogs")
    for language in TOOL.LANGUAGES:
        shutil.copy(TOOL.catalog(language), TOOL.catalog(language, folder))
    TOOL.update_catalogs(folder)
    TOOL.compile_catalogs(folder, into=folder)
    return folder


@pytest.mark.parametrize("language", TOOL.LANGUAGES)
def test_the_committed_catalog_holds_exactly_what_the_code_shows(fresh: Path, language: str):
    committed = _entries(TOOL.catalog(language))
    current = _entries(TOOL.catalog(language, fresh))
    missing = sorted(set(current) - set(committed))
    obsolete = sorted(set(committed) - set(current))
    assert not missing, f"run installer/update_translations.py; new strings: {missing[:10]}"
    assert not obsolete, f"run installer/update_translations.py; gone strings: {obsolete[:10]}"


@pytest.mark.parametrize("language", TOOL.LANGUAGES)
def test_the_compiled_catalog_is_built_from_the_committed_one(fresh: Path, language: str):
    shipped = TOOL.CATALOGS / f"loyaltydesk_{language}.qm"
    built = fresh / f"loyaltydesk_{language}.qm"
    assert shipped.read_bytes() == built.read_bytes(), "run installer/update_translations.py"


def test_no_string_is_filed_without_a_context():
    nameless = [source for (context, source) in _entries(TOOL.catalog("es")) if not context]
    assert not nameless, f"strings lupdate cannot give a context: {nameless[:10]}"


def _calls(tree: ast.AST) -> list[ast.Call]:
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call)]


def _is_translate(func: ast.expr) -> bool:
    """``QCoreApplication.translate`` (or through QApplication), not a geometry's translate."""
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "translate"
        and isinstance(func.value, ast.Name)
        and func.value.id in {"QCoreApplication", "QGuiApplication", "QApplication"}
    )


def test_no_helper_hides_strings_from_the_catalog():
    """A plain ``tr(...)``/``_tr(...)`` function, or ``translate`` with a context that is not
    written out, is invisible to lupdate: words go through ``self.tr``, ``Context.tr`` or
    ``QCoreApplication.translate("Context", ...)``."""
    hidden = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "translation.py":
            continue
        for call in _calls(ast.parse(path.read_text(encoding="utf-8"))):
            where = f"{path.relative_to(ROOT)}:{call.lineno}"
            if isinstance(call.func, ast.Name) and call.func.id in {"tr", "_tr"}:
                hidden.append(f"{where} {call.func.id}(...)")
            if isinstance(call.func, ast.Attribute) and call.func.attr == "tr":
                receiver = call.func.value
                if isinstance(receiver, ast.Name) and receiver.id.startswith("Q"):
                    hidden.append(f"{where} {receiver.id}.tr(...) files words under Qt's class")
                elif (
                    isinstance(receiver, ast.Name)
                    and receiver.id[0].islower()
                    and receiver.id not in {"self", "cls"}
                ):
                    hidden.append(f"{where} {receiver.id}.tr(...): no context lupdate knows")
            if _is_translate(call.func):
                first = call.args[0] if call.args else None
                if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                    hidden.append(f"{where} translate() without a written context")
    assert not hidden, "\n".join(hidden)


@pytest.mark.parametrize("language", TOOL.LANGUAGES)
def test_every_entry_is_translated(language: str):
    unfinished = [
        source
        for (_context, source), message in _entries(TOOL.catalog(language)).items()
        if (message.find("translation") is None)
        or message.find("translation").get("type") in {"unfinished", "obsolete", "vanished"}
        or not "".join(message.find("translation").itertext()).strip()
    ]
    assert not unfinished, f"{len(unfinished)} untranslated in {language}: {unfinished[:10]}"


@pytest.mark.parametrize("language", TOOL.LANGUAGES)
def test_every_plural_entry_has_all_its_forms(language: str):
    """A numerus entry (a count: ``tr("%Ln customer(s)", "", n)``) gives every plural form the
    language has (English and Spanish two, Malay, Indonesian and Chinese one), none empty."""
    expected = 2 if language in {"en", "es"} else 1
    wrong = []
    for (_context, source), message in _entries(TOOL.catalog(language)).items():
        if message.get("numerus") != "yes":
            continue
        forms = [(form.text or "").strip() for form in message.iter("numerusform")]
        if len(forms) != expected or not all(forms):
            wrong.append(f"{source!r}: {forms}")
    assert not wrong, f"{len(wrong)} plural entries short of forms in {language}: {wrong[:5]}"


def test_the_english_catalog_holds_only_the_plural_entries():
    english = _entries(TOOL.catalog(TOOL.SOURCE_LANGUAGE))
    plain = [source for (_c, source), m in english.items() if m.get("numerus") != "yes"]
    assert english, "the English catalog holds no plural entries"
    assert not plain, f"English needs no translation of plain strings: {plain[:10]}"


_ONE_OR_MANY = re.compile(r"[!=]=\s*1\b|\b1\s*[!=]=")


def _translates(nodes: list[ast.stmt] | ast.expr) -> bool:
    parts = nodes if isinstance(nodes, list) else [nodes]
    return any(
        isinstance(call.func, ast.Attribute) and call.func.attr in {"tr", "translate"}
        for part in parts
        for call in _calls(part)
    )


def test_no_count_picks_its_words_in_python():
    """A count is one source string with Qt's plural forms, never "1 x" / "%1 xs" chosen by
    comparing with 1: other languages count differently. Flags a choice on ``== 1``/``!= 1``
    whose two branches both translate, and a comparison with 1 on a line holding ``.tr(``.
    ("yesterday" for a day ago is a word of its own, not a plural: its ``if`` has no else.)"""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        where = path.relative_to(ROOT)
        for number, line in enumerate(text.splitlines(), 1):
            if _ONE_OR_MANY.search(line) and ".tr(" in line:
                found.append(f"{where}:{number}: {line.strip()}")
        for node in ast.walk(ast.parse(text)):
            if (
                isinstance(node, ast.If | ast.IfExp)
                and _ONE_OR_MANY.search(ast.unparse(node.test))
                and _translates(node.body)
                and _translates(node.orelse)
            ):
                found.append(f"{where}:{node.lineno}: {ast.unparse(node.test)}")
    assert not found, "\n".join(found)
