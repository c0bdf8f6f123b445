"""The settings dialog with and without the optional sentence-transformers backend."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QWidget

from outreach_coach.services.embedders import ST_INSTALL_COMMAND, sentence_transformers_installed
from outreach_coach.settings import Settings
from outreach_coach.ui.settings_dialog import SettingsDialog
from tests.ui.conftest import SCREENSHOTS

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.gui


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    """The dialog's parent window; it must outlive the dialog (Qt deletes the children)."""
    widget = QWidget()
    qtbot.add_widget(widget)
    return widget


def _dialog(parent: QWidget, settings: Settings) -> SettingsDialog:
    return SettingsDialog(settings, record_history=True, phrase_default="/tmp", parent=parent)


def test_without_sentence_transformers_the_dialog_names_the_install_command(
    qtbot: QtBot, parent: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)  # as if not installed
    assert not sentence_transformers_installed()
    dialog = _dialog(parent, Settings(embeddings="sentence-transformers"))
    dialog.show()
    qtbot.wait_exposed(dialog)
    assert dialog.st_hint.isVisible()
    assert ST_INSTALL_COMMAND in dialog.st_hint.text()
    assert "not installed" in dialog.st_hint.text()
    index = dialog.embeddings.findData("sentence-transformers")
    assert dialog.embeddings.itemText(index) == "sentence-transformers (not installed)"
    SCREENSHOTS.mkdir(exist_ok=True)
    assert dialog.grab().save(str(SCREENSHOTS / "settings_without_sentence_transformers.png"))
    # the choice is kept (installing the extra later makes it work), nothing fails
    assert dialog.settings().embeddings == "sentence-transformers"


@pytest.mark.skipif(
    not sentence_transformers_installed(), reason="the sentence-transformers extra is not installed"
)
def test_with_sentence_transformers_there_is_no_hint(qtbot: QtBot, parent: QWidget) -> None:
    dialog = _dialog(parent, Settings())
    dialog.show()
    qtbot.wait_exposed(dialog)
    assert not dialog.st_hint.isVisible()
    index = dialog.embeddings.findData("sentence-transformers")
    assert dialog.embeddings.itemText(index) == "sentence-transformers"
    assert dialog.embedding_model.isEnabled()
