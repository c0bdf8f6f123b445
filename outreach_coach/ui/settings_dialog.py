"""The settings dialog: every choice in ``outreach_coach.settings``, plus the history switch."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from outreach_coach.services.embedders import (
    ST_INSTALL_COMMAND,
    sentence_transformers_installed,
)
from outreach_coach.services.languagetool import is_local_url
from outreach_coach.settings import CHOICES, Settings
from outreach_coach.ui.i18n import QT_TRANSLATE_NOOP

_LABELS = {
    "system": QT_TRANSLATE_NOOP("SettingsDialog", "Like the system"),
    "de": QT_TRANSLATE_NOOP("SettingsDialog", "Deutsch"),
    "en": QT_TRANSLATE_NOOP("SettingsDialog", "English"),
    "use": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Universal Sentence Encoder (multilingual, default)"
    ),
    "sentence-transformers": QT_TRANSLATE_NOOP("SettingsDialog", "sentence-transformers"),
    "off": QT_TRANSLATE_NOOP("SettingsDialog", "Off"),
    "local": QT_TRANSLATE_NOOP(
        "SettingsDialog", "Download LanguageTool (about 250 MB, asks first)"
    ),
    "directory": QT_TRANSLATE_NOOP("SettingsDialog", "LanguageTool folder on this computer"),
    "url": QT_TRANSLATE_NOOP("SettingsDialog", "LanguageTool server (URL)"),
    "email": QT_TRANSLATE_NOOP("SettingsDialog", "E-mail"),
    "linkedin_message": QT_TRANSLATE_NOOP("SettingsDialog", "LinkedIn message"),
    "linkedin_note": QT_TRANSLATE_NOOP(
        "SettingsDialog", "LinkedIn connection note (300 characters)"
    ),
    "": QT_TRANSLATE_NOOP("SettingsDialog", "–"),
}


def _combo(name: str, current: str) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(name)
    for value in CHOICES[name]:
        label = _LABELS.get(value, value)
        box.addItem(QCoreApplication.translate("SettingsDialog", label), value)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


def _folder_row(edit: QLineEdit, title: str, parent: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit)
    browse = QPushButton("…")
    browse.setAccessibleName(title)

    def choose() -> None:
        folder = QFileDialog.getExistingDirectory(parent, title, edit.text())
        if folder:
            edit.setText(folder)

    browse.clicked.connect(choose)
    row.addWidget(browse)
    return row


class SettingsDialog(QDialog):
    def __init__(
        self, settings: Settings, record_history: bool, phrase_default: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self.ui_language = _combo("ui_language", settings.ui_language)
        self.channel = _combo("channel", settings.channel)
        self.advised_words = QSpinBox()
        self.advised_words.setRange(0, 5000)
        self.advised_words.setSpecialValueText(self.tr("channel default"))
        self.advised_words.setValue(settings.advised_words)
        self.advised_words.setAccessibleName(self.tr("Length budget in words"))
        self.record_history = QCheckBox(
            self.tr("Record copied messages as sent (mass-message warnings)")
        )
        self.record_history.setChecked(record_history)
        self.embeddings = _combo("embeddings", settings.embeddings)
        self.embedding_model = QLineEdit(settings.embedding_model)
        self.embedding_model.setPlaceholderText(
            self.tr("bundled all-MiniLM-L6-v2, or a name or folder")
        )
        # sentence-transformers (with torch) is an optional extra: say so instead of failing
        self.st_installed = sentence_transformers_installed()
        self.st_hint = QLabel(
            self.tr("sentence-transformers is not installed – to use it: {command}").format(
                command=ST_INSTALL_COMMAND
            )
        )
        self.st_hint.setWordWrap(True)
        self.st_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.st_hint.setVisible(not self.st_installed)
        if not self.st_installed:
            index = self.embeddings.findData("sentence-transformers")
            self.embeddings.setItemText(index, self.tr("sentence-transformers (not installed)"))
            self.embedding_model.setEnabled(False)
        self.grammar_mode = _combo("grammar_mode", settings.grammar_mode)
        self.grammar_url = QLineEdit(settings.grammar_url)
        self.grammar_url.setPlaceholderText(self.tr("http://127.0.0.1:8081"))
        self.grammar_directory = QLineEdit(settings.grammar_directory)
        self.english_variant = _combo("english_variant", settings.english_variant)
        self.mother_tongue = _combo("mother_tongue", settings.mother_tongue)
        self.picky = QCheckBox(self.tr("Picky mode (more style hints)"))
        self.picky.setChecked(settings.picky)
        self.disabled_rules = QLineEdit(", ".join(settings.disabled_rules))
        self.disabled_rules.setPlaceholderText(self.tr("e.g. COMMA_PARENTHESIS_WHITESPACE"))
        self.disabled_categories = QLineEdit(", ".join(settings.disabled_categories))
        self.phrase_folder = QLineEdit(settings.phrase_folder)
        self.phrase_folder.setPlaceholderText(phrase_default)
        self.remote_warning = QLabel(
            self.tr("Your drafts are sent to this server. Use it only if you trust it.")
        )
        self.remote_warning.setWordWrap(True)
        self._phrase_default = phrase_default
        self._build()
        self.grammar_mode.currentIndexChanged.connect(self._update_visibility)
        self.grammar_url.textChanged.connect(self._update_visibility)
        self._update_visibility()

    def _build(self) -> None:
        general = QFormLayout()
        general.addRow(self.tr("Interface &language"), self.ui_language)
        general.addRow(self.tr("&Channel"), self.channel)
        general.addRow(self.tr("Length &budget (words)"), self.advised_words)
        general.addRow(self.record_history)
        coach = QFormLayout()
        coach.addRow(self.tr("&Embedding model"), self.embeddings)
        coach.addRow(self.tr("sentence-transformers &model"), self.embedding_model)
        coach.addRow(self.st_hint)
        coach.addRow(QLabel(self.tr("Model changes apply after a restart.")))
        folder = _folder_row(self.phrase_folder, self.tr("Folder for your phrase lists"), self)
        coach.addRow(self.tr("Own &phrase lists"), folder)
        open_folder = QPushButton(self.tr("Open phrase folder"))
        open_folder.clicked.connect(self._open_phrase_folder)
        coach.addRow(open_folder)
        grammar = QFormLayout()
        grammar.addRow(self.tr("&LanguageTool"), self.grammar_mode)
        grammar.addRow(self.tr("Server &URL"), self.grammar_url)
        grammar.addRow(self.remote_warning)
        grammar.addRow(
            self.tr("&Folder"),
            _folder_row(self.grammar_directory, self.tr("LanguageTool folder"), self),
        )
        grammar.addRow(self.tr("English &variant"), self.english_variant)
        grammar.addRow(self.tr("&Mother tongue"), self.mother_tongue)
        grammar.addRow(self.picky)
        grammar.addRow(self.tr("Disabled &rules"), self.disabled_rules)
        grammar.addRow(self.tr("Disabled c&ategories"), self.disabled_categories)
        layout = QVBoxLayout(self)
        sections = (
            (self.tr("General"), general),
            (self.tr("Coach"), coach),
            (self.tr("Grammar"), grammar),
        )
        for title, form in sections:
            box = QGroupBox(title)
            box.setLayout(form)
            layout.addWidget(box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _update_visibility(self) -> None:
        mode = self.grammar_mode.currentData()
        self.grammar_url.setEnabled(mode == "url")
        self.grammar_directory.setEnabled(mode == "directory")
        url = self.grammar_url.text().strip()
        self.remote_warning.setVisible(mode == "url" and bool(url) and not is_local_url(url))

    def _open_phrase_folder(self) -> None:
        folder = self.phrase_folder.text().strip() or self._phrase_default
        QDesktopServices.openUrl(QUrl.fromLocalFile(folder))

    def settings(self) -> Settings:
        def listed(edit: QLineEdit) -> tuple[str, ...]:
            return tuple(part.strip() for part in edit.text().split(",") if part.strip())

        return replace(
            self._settings,
            ui_language=str(self.ui_language.currentData()),
            channel=str(self.channel.currentData()),
            advised_words=self.advised_words.value(),
            embeddings=str(self.embeddings.currentData()),
            embedding_model=self.embedding_model.text().strip(),
            grammar_mode=str(self.grammar_mode.currentData()),
            grammar_url=self.grammar_url.text().strip(),
            grammar_directory=self.grammar_directory.text().strip(),
            english_variant=str(self.english_variant.currentData()),
            mother_tongue=str(self.mother_tongue.currentData()),
            picky=self.picky.isChecked(),
            disabled_rules=listed(self.disabled_rules),
            disabled_categories=listed(self.disabled_categories),
            phrase_folder=self.phrase_folder.text().strip(),
        )

    @property
    def records_history(self) -> bool:
        return self.record_history.isChecked()
