"""The languages the app speaks, and the chosen one put in place before the first window.

The choice is this computer's (a preference, like the camera): two tills of one shop can
serve in different languages. "" follows the system's language. Money, numbers and dates
follow the chosen language in the system's region (``QLocale.setDefault``), so a Spanish
till in Ireland writes "1.234,50 €" and "30 nov 2026", and the counter never mixes two
languages: the choice applies at the next start.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from loyaltydesk.ui.preferences import Preference

LANGUAGE = Preference("ui/language", "", str)


@dataclass(frozen=True)
class Language:
    code: str
    """The catalogs' suffix: ``resources/translations/loyaltydesk_<code>.qm``."""
    native_name: str
    """The language's name in itself, as a chooser lists it."""


ENGLISH = Language("en", "English")
LANGUAGES = (
    ENGLISH,
    Language("es", "Español"),
    Language("ms", "Bahasa Melayu"),
    Language("id", "Bahasa Indonesia"),
    Language("zh_CN", "简体中文"),
)


def language_for(locale: QLocale) -> Language:
    """The language the app speaks for ``locale``; English when it speaks none of it."""
    for language in LANGUAGES:
        known = QLocale(language.code)
        if known.language() == locale.language() and (
            known.script() == locale.script() or locale.script() == QLocale.Script.AnyScript
        ):
            return language
    return ENGLISH


def chosen_locale(choice: str, system: QLocale) -> QLocale:
    """The locale for a choice ("" = the system's): its language in the system's region
    where Qt knows that pair, else the language's own region."""
    if not choice or choice == language_for(system).code:
        return system
    wanted = QLocale(choice)
    local = QLocale(wanted.language(), wanted.script(), system.territory())
    return local if local.language() == wanted.language() else wanted


def install_language(app: QCoreApplication, choice: str) -> list[QTranslator]:
    """Put the chosen language in place: the default locale, Qt's own words and ours.
    Returns the translators installed (children of ``app``).

    Our English catalog goes in under every language: it holds only English's plural forms
    ("%Ln customer" / "%Ln customers" for the source "%Ln customer(s)"), so it speaks for
    English and, beneath the chosen language's catalog (Qt asks the last installed first),
    for any count that catalog lacks."""
    locale = chosen_locale(choice, QLocale.system())
    QLocale.setDefault(locale)
    language = language_for(locale)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    catalogs = str(files("loyaltydesk.resources").joinpath("translations"))
    wanted = [(f"loyaltydesk_{ENGLISH.code}", catalogs)]
    if language != ENGLISH:
        wanted += [
            (f"qtbase_{language.code}", qt_folder),
            (f"loyaltydesk_{language.code}", catalogs),
        ]
    installed = []
    for name, folder in wanted:
        translator = QTranslator(app)
        if translator.load(name, folder) and QCoreApplication.installTranslator(translator):
            installed.append(translator)
    return installed
