"""The interface language: German and English, from the settings or the system."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from typing import TYPE_CHECKING

import pytest
from PySide6.QtGui import QImage

from outreach_coach.app import build_main_window
from outreach_coach.paths import app_paths
from outreach_coach.settings import Settings, save
from tests.ui.conftest import SCREENSHOTS

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot


def _window_in(qtbot: QtBot, data: Path, language: str):  # type: ignore[no-untyped-def]
    save(app_paths(str(data)).config, replace(Settings(), ui_language=language))
    window = build_main_window(str(data))
    qtbot.add_widget(window)
    return window


def test_german_interface_and_back_to_english(qtbot: QtBot, isolated_data_dir: Path) -> None:
    german = _window_in(qtbot, isolated_data_dir, "de")
    try:
        menus = [action.text() for action in german.menuBar().actions()]
        assert menus[:2] == ["&Datei", "&Ansicht"]
        assert german.copy_button.text() == "Polierten Text kopieren"
        assert german.profiles_panel.new_button.text() == "&Neu"
        german.show()
        SCREENSHOTS.mkdir(exist_ok=True)
        assert german.grab().save(str(SCREENSHOTS / "main_window_ui_de.png"))
    finally:
        german.shutdown()
    english = _window_in(qtbot, isolated_data_dir, "en")
    try:
        assert english.copy_button.text() == "Copy polished text"
        assert [a.text() for a in english.menuBar().actions()][:2] == ["&File", "&View"]
    finally:
        english.shutdown()


def test_first_run_shows_the_example_once(qtbot: QtBot, isolated_data_dir: Path) -> None:
    save(app_paths(str(isolated_data_dir)).config, replace(Settings(), ui_language="de"))
    first = build_main_window(str(isolated_data_dir))
    qtbot.add_widget(first)
    try:
        assert first.welcome_box is not None
        assert "drei Dinge" in first.welcome_box.text()
        assert first.recipient_form.fields()["name"] == "Beispiel: Anna Berger"
        assert "Data Contracts" in first.editor.toPlainText()
        first.welcome_box.close()
    finally:
        first.shutdown()
    second = build_main_window(str(isolated_data_dir))
    qtbot.add_widget(second)
    try:
        assert second.welcome_box is None
        assert second.profiles_panel.list.count() == 1  # the example, not a second copy
    finally:
        second.shutdown()


@pytest.mark.model
@pytest.mark.parametrize(("language", "theme"), [("de", "dark"), ("en", "light")])
def test_screenshot_command_renders_the_real_window(
    tmp_path: Path, language: str, theme: str
) -> None:
    out = SCREENSHOTS / f"screenshot_{language}_{theme}.png"
    SCREENSHOTS.mkdir(exist_ok=True)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "outreach_coach",
            "--screenshot",
            str(out),
            "--ui-lang",
            language,
            "--theme",
            theme,
            "--example",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert image.width() >= 1000
    background = image.pixelColor(image.width() // 2, image.height() - 60).lightness()
    assert (background < 100) if theme == "dark" else (background > 150)


def test_a_refused_save_is_explained_in_the_interface_language(
    qtbot: QtBot, isolated_data_dir: Path, tmp_path: Path
) -> None:
    """The storage error's own text is English (log, command line); the banner says it in
    German in the German interface. Real SQLite refusals: a held write lock, a read-only file."""
    import sqlite3

    from outreach_coach.storage.db import LibraryRefusedError
    from outreach_coach.ui.messages import refusal_reason

    path = tmp_path / "held.sqlite"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    german = _window_in(qtbot, isolated_data_dir, "de")
    try:
        holder.execute("BEGIN IMMEDIATE")
        with pytest.raises(sqlite3.OperationalError) as held:
            sqlite3.connect(path, timeout=0).execute("INSERT INTO t VALUES (1)")
        holder.execute("ROLLBACK")
        with pytest.raises(sqlite3.OperationalError) as read_only:
            sqlite3.connect(f"file:{path}?mode=ro", uri=True).execute("INSERT INTO t VALUES (1)")
        busy = LibraryRefusedError(held.value, "written", 0.2)
        refused = LibraryRefusedError(read_only.value, "written", 10)
        assert busy.busy
        assert str(busy).startswith("the library is busy")  # the log's text stays English
        assert refusal_reason(busy, str(busy)) == (
            "die Bibliothek ist belegt: ein anderes Outreach-Coach-Fenster oder ein Befehl hielt "
            "sie länger als 0.2 s gesperrt; es wurde nichts verändert"
        )
        assert refusal_reason(refused, str(refused)) == (
            "die Bibliothek kann nicht geschrieben werden (attempt to write a readonly database); "
            "es wurde nichts verändert"
        )
        assert refusal_reason(OSError("disk"), "the reason as given") == "the reason as given"
    finally:
        german.shutdown()
        holder.close()
