"""Background loading after the window shows: the phrase catalogs, then the embedding model.

Narrow collaborators: the session (which takes the loaded parts), a status callback, the
model's status label and the saved people's notes. ``model_ready`` tells the window to
analyse again with the model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from outreach_coach.services.catalogs import LoadedCatalogs
from outreach_coach.services.session import LoadedModel, load_model
from outreach_coach.ui.workers import ServiceLoader

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QLabel

    from outreach_coach.services.catalogs import LazyCatalogs
    from outreach_coach.services.embedders import EmbedderChoice
    from outreach_coach.services.session import AnalysisSession

    ShowStatus = Callable[[str, int], None]  # message, milliseconds

translate = QCoreApplication.translate  # the strings keep the window's translation context


class Loaders(QObject):
    """Compile the catalogs and load the model for ``session``, each on its own thread."""

    model_ready = Signal()  # the session uses the model now

    def __init__(
        self,
        session: AnalysisSession,
        show_status: ShowStatus,
        model_status: QLabel,
        own_profile_notes: Callable[[], list[str]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._show_status = show_status
        self._model_status = model_status
        self._own_profile_notes = own_profile_notes
        self.model_settled = False  # the model has loaded or failed (no longer pending)
        self.rules_loader: ServiceLoader | None = None
        self.model_loader: ServiceLoader | None = None

    def start(self, choice: EmbedderChoice | None = None, embeddings: bool = True) -> None:
        """The catalogs first (the first analysis waits only for them), then the model."""
        from outreach_coach.services.embedders import EmbedderChoice  # after show(), not before

        self.load_rules(self._session.catalogs)
        if not embeddings:
            self._model_status.setText(
                translate("MainWindow", "Embedding model: off – scoring by wording only")
            )
            return
        chosen = choice or EmbedderChoice()
        own = self._own_profile_notes()  # the user's people join the reference bank
        loader = ServiceLoader(
            f"embedding model ({chosen.label})", lambda: load_model(chosen, own), self
        )
        loader.progress.connect(self._on_model_loader_progress)
        loader.loaded.connect(self._on_model_loader_loaded)
        loader.load_failed.connect(self._on_model_loader_load_failed)
        self.model_loader = loader
        loader.start()

    def load_rules(self, catalogs: LazyCatalogs) -> None:
        """Compile ``catalogs`` in the background; problems in own files go to the status."""
        rules = ServiceLoader("coaching rules", catalogs.load, self)
        rules.loaded.connect(self._on_rules_loaded)
        self.rules_loader = rules
        rules.start()

    def wait(self, timeout: float) -> None:
        """Let running loads end (bounded): shutdown and tests."""
        for loader in (self.rules_loader, self.model_loader):
            if loader is not None:
                loader.wait(timeout=timeout)

    def _on_rules_loaded(self, loaded: object) -> None:
        if isinstance(loaded, LoadedCatalogs) and loaded.problems:
            self._show_status(
                translate("MainWindow", "Own phrase list skipped: {problems}").format(
                    problems="; ".join(loaded.problems)
                ),
                15000,
            )

    def _on_model_loader_progress(self, _name: str) -> None:
        self._model_status.setText(
            translate("MainWindow", "Loading the embedding model… (rules work meanwhile)")
        )

    def _on_model_loader_loaded(self, loaded: object) -> None:
        self.model_settled = True
        if not isinstance(loaded, LoadedModel):
            return
        self._session.use_model(loaded)
        freeze_long_lived_objects()
        self._model_status.setText(
            translate("MainWindow", "Embedding model: {name}").format(name=loaded.name)
        )
        if loaded.warning:
            self._model_status.setToolTip(loaded.warning)
            self._show_status(loaded.warning, 20000)
        self.model_ready.emit()

    def _on_model_loader_load_failed(self, message: str) -> None:
        self.model_settled = True
        self._model_status.setText(
            translate("MainWindow", "Embedding model unavailable – scoring by wording only")
        )
        self._show_status(
            translate("MainWindow", "Could not load the embedding model: {reason}").format(
                reason=message
            ),
            15000,
        )


def freeze_long_lived_objects() -> None:
    """Keep what exists once the model is loaded – catalogs, model, caches, widgets, some
    100,000 objects – out of the garbage collector's full passes: a full pass over them took
    58 ms in the middle of a keystroke's analysis (1 keystroke in 100). Objects made later are
    collected as before; these live as long as the window anyway."""
    import gc

    gc.collect()
    gc.freeze()
