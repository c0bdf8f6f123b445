"""A person deleted elsewhere (``profiles delete`` on the command line, or an older window)
while their draft is open here.

The autosave finds the person gone and raises ``PersonDeletedError`` instead of dropping the draft:
the save counts as failed (a recovery copy is written, quitting asks), the draft stays in the
editor, and a banner offers to save what the form and the editor held as a new person.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from outreach_coach.errors import OutreachCoachError
from outreach_coach.ui.banner import Banner, add_draft_actions, show_banner

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QMainWindow


class PersonDeletedError(OutreachCoachError):
    """The person a draft belongs to is no longer in the library: expected (another window or
    the command line deleted them), so the autosave lane logs it as a warning, not a bug."""

    def __init__(self, profile_id: int) -> None:
        super().__init__("the person was deleted elsewhere")
        self.profile_id = profile_id


@dataclass(frozen=True, slots=True)
class Orphan:
    """What was typed for a person who is gone: the form's fields and the draft."""

    profile_id: int
    fields: dict[str, str]
    text: str


def show_person_gone(
    window: QMainWindow,
    orphan: Orphan,
    where: str,
    save_as_new: Callable[[], None],
    draft: Callable[[], str],
) -> Banner:
    banner = show_banner(
        window,
        "person_gone",
        window.tr(
            "{name} was deleted elsewhere (another window or the command line), so your draft "
            "was not saved. It stays in the editor. {where}"
        ).format(name=orphan.fields.get("name") or window.tr("This person"), where=where),
    )
    if not banner.property("person_gone_actions"):
        banner.setProperty("person_gone_actions", True)
        save = banner.addAction(banner.tr("Save as new person"))
        save.setObjectName("save_as_new_person")
        save.triggered.connect(save_as_new)
        add_draft_actions(banner, window, draft)
        dismiss = banner.addAction(banner.tr("Dismiss"))
        dismiss.setObjectName("dismiss")
        dismiss.triggered.connect(banner.hide)
    return banner
