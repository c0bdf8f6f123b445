"""The interface language: Qt translators for our strings and Qt's own, chosen once at start.

Coaching texts (explanations, suggestions) follow the language of the draft instead, so a
German draft gets German advice in an English interface and the other way round.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from outreach_coach.assets import resource

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)
LANGUAGES = ("de", "en")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark ``text`` for translation in ``context`` where it is defined (tables of labels);
    translate it where it is shown, with ``QCoreApplication.translate(context, text)``."""
    del context
    return text


def interface_language(setting: str) -> str:
    """``de`` or ``en``: the setting, or the system locale when it says ``system``."""
    if setting in LANGUAGES:
        return setting
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def remove_translators(translators: list[QTranslator]) -> None:
    """Uninstall what ``install_translators`` installed (the window's shutdown)."""
    app = QCoreApplication.instance()
    for translator in translators:
        if app is not None:
            app.removeTranslator(translator)


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load our translation and Qt's (standard buttons and dialogs); English needs none."""
    if language == "en":
        return []
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    # A file path: QTranslator.load(bytes) keeps a pointer to the buffer, not a copy.
    if ours.load(str(resource(f"translations/outreach_coach_{language}.qm"))):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("translation for %s could not be loaded", language)
    qt = QTranslator(app)
    if qt.load(
        QLocale(language),
        "qtbase",
        "_",
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    ):
        app.installTranslator(qt)
        installed.append(qt)
    return installed
