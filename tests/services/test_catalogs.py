"""The user's own phrase files in the data folder: added, disabled, and broken ones skipped."""

from __future__ import annotations

from typing import TYPE_CHECKING

from outreach_coach.services.catalogs import load_catalogs, user_catalog_path

if TYPE_CHECKING:
    from pathlib import Path

USER_DE = """
disabled = ["de.buzz.mindset", "de.buzz.does_not_exist"]

[[entry]]
id = "my.de.kaffee"
category = "generic_phrase"
patterns = ["auf einen (virtuellen |)Kaffee"]
explanation = "Meine Floskel."
suggestion = "Konkret fragen."
"""


def test_user_file_adds_and_disables_entries(tmp_path: Path) -> None:
    user_catalog_path(tmp_path, "de").write_text(USER_DE, encoding="utf-8")
    loaded = load_catalogs(tmp_path)
    ids = {m.entry.id for m in loaded.catalogs["de"].find("Mindset auf einen virtuellen Kaffee")}
    assert ids == {"my.de.kaffee"}
    assert loaded.problems
    assert "de.buzz.does_not_exist" in loaded.problems[0]
    assert {m.entry.id for m in loaded.catalogs["en"].find("growth mindset")} == {"en.buzz.mindset"}


def test_broken_user_file_is_reported_and_builtin_stays(tmp_path: Path) -> None:
    user_catalog_path(tmp_path, "en").write_bytes(b"[[entry]\nid = \xff")
    loaded = load_catalogs(tmp_path)
    assert len(loaded.problems) == 1
    assert "phrases-en.toml" in loaded.problems[0]
    assert any(m.entry.id == "en.buzz.mindset" for m in loaded.catalogs["en"].find("mindset"))
