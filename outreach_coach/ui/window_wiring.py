"""The connections between the window's parts that need no window state: the action table's
keyboard navigation, the coach panel pointing into the draft, and what the editor and the lane
say in the status bar. Each function takes the widgets (or the callback) it connects."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from PySide6.QtGui import QAction

    from outreach_coach.ui.coach_panel import CoachPanel
    from outreach_coach.ui.editor import DraftEditor
    from outreach_coach.ui.profiles_panel import ProfilesPanel
    from outreach_coach.ui.recipient_form import RecipientForm
    from outreach_coach.ui.workers import AnalysisLane

translate = QCoreApplication.translate


def connect_navigation(
    actions: Mapping[str, QAction],
    editor: DraftEditor,
    panel: CoachPanel,
    form: RecipientForm,
    people: ProfilesPanel,
) -> None:
    """Findings, suggestions, focus and the next recipient, from the keyboard."""
    actions["apply_suggestion"].triggered.connect(editor.apply_first_suggestion)
    actions["next_finding"].triggered.connect(lambda: editor.select_next_finding(1))
    actions["previous_finding"].triggered.connect(lambda: editor.select_next_finding(-1))
    actions["focus_editor"].triggered.connect(editor.setFocus)
    actions["focus_panel"].triggered.connect(panel.findings_list.setFocus)
    actions["focus_recipient"].triggered.connect(form.name_edit.setFocus)
    actions["switch_recipient"].triggered.connect(people.search_edit.setFocus)
    actions["switch_recipient"].triggered.connect(people.search_edit.selectAll)


def connect_status(
    editor: DraftEditor, lane: AnalysisLane, show_status: Callable[[str, int], None]
) -> None:
    """What the editor cleaned from a paste and a failed analysis, said in the status bar."""
    editor.paste_cleaned.connect(lambda removed: show_status(_pasted(removed), 8000))
    lane.analysis_failed.connect(lambda reason: show_status(_failed(reason), 10000))


def _pasted(removed: int) -> str:
    return translate(
        "MainWindow",
        "Removed {count} invisible control character(s) (such as NUL) from the pasted text.",
    ).format(count=removed)


def _failed(reason: str) -> str:
    return translate("MainWindow", "Analysis failed: {reason} (details in the log)").format(
        reason=reason
    )


def connect_panel_to_editor(panel: CoachPanel, editor: DraftEditor) -> None:
    """A finding or a piece of evidence chosen in the panel is selected in the draft; the
    categories hidden in the panel are not underlined."""
    panel.finding_activated.connect(lambda finding: editor.select_span(finding.start, finding.end))
    panel.evidence_activated.connect(editor.select_span)
    panel.hidden_categories_changed.connect(editor.set_hidden_categories)
