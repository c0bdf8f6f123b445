"""The coach panel on its own: it renders a real report and tells which finding was chosen;
the score ring, the next step, the fact checklist and the category chips."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette

from outreach_coach.assets import welcome_example
from outreach_coach.core.model import Category, Finding, Recipient, Severity, Snapshot
from outreach_coach.core.score.policy import band
from outreach_coach.core.score.wording import next_step
from outreach_coach.services.session import AnalysisSession
from outreach_coach.settings import Settings
from outreach_coach.ui.coach_panel import CoachPanel
from outreach_coach.ui.findings_list import quoted_message
from outreach_coach.ui.score_ring import ScoreRing
from outreach_coach.ui.styles import band_color, category_color, contrast, underline_style
from tests.ui.test_main_window import underlined_ranges, wait_for_report

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from outreach_coach.core.model import Report
    from outreach_coach.ui.main_window import MainWindow

TEMPLATE = (
    "Sehr geehrte Damen und Herren,\n"
    "ich hoffe, diese Nachricht erreicht Sie gut. Unser Angebot ist einzigartig."
)


def _example(data_dir: Path, language: str) -> tuple[Report, str]:
    example = welcome_example(language)
    recipient = Recipient(
        name=str(example["name"]),
        salutation=str(example.get("salutation", "")),
        company=str(example.get("company", "")),
        notes=str(example["notes"]),
    )
    draft = str(example["draft"])
    session = AnalysisSession(Settings(), data_dir)
    return session.analyze(Snapshot(1, draft, recipient, language)), draft


def test_panel_shows_score_and_every_finding_and_says_which_one_was_chosen(
    qtbot: QtBot, isolated_data_dir: Path
) -> None:
    session = AnalysisSession(Settings(), isolated_data_dir)
    report = session.analyze(Snapshot(1, TEMPLATE, Recipient("Anna Weber", notes="Läuft Marathon")))
    panel = CoachPanel()
    qtbot.add_widget(panel)
    panel.show_waiting()
    assert panel.score_ring.accessibleName().endswith("not yet measured")
    panel.show_report(report, TEMPLATE)
    score = report.personalization.score
    assert panel.score_ring.score == score
    assert panel.score_ring.accessibleName().endswith(f"{score} of 100")
    assert panel.score_ring.accessibleDescription() == panel.verdict_label.text()
    items = [panel.findings_list.item(row) for row in range(panel.findings_list.count())]
    selectable = [item for item in items if item.flags() & Qt.ItemFlag.ItemIsSelectable]
    assert len(selectable) == len(report.findings) > 0
    assert panel.facts_title.text().startswith("Fakten aus den Notizen")  # the draft's language
    panel.show()
    qtbot.wait_exposed(panel)
    where = panel.findings_list.visualItemRect(selectable[0]).center()
    with qtbot.wait_signal(panel.finding_activated) as chosen:
        qtbot.mouseClick(panel.findings_list.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert chosen.args is not None
    assert chosen.args[0] in report.findings


def test_panel_in_english_for_an_english_draft(qtbot: QtBot, isolated_data_dir: Path) -> None:
    text = "Dear Sir or Madam,\nI hope this message finds you well."
    report = AnalysisSession(Settings(), isolated_data_dir).analyze(Snapshot(1, text))
    panel = CoachPanel()
    qtbot.add_widget(panel)
    panel.show_report(report, text)
    assert panel.facts_title.text().startswith("Facts from the notes")
    assert panel.findings_list.count() > len(report.findings)  # a heading per category
    assert panel.next_step_title.text() == "Next step"
    assert panel.next_step_label.text().startswith("Note what you know")  # no notes yet


def _close(first: QColor, second: QColor) -> bool:
    pairs = (
        (first.red(), second.red()),
        (first.green(), second.green()),
        (first.blue(), second.blue()),
    )
    return all(abs(a - b) <= 12 for a, b in pairs)


def test_the_ring_paints_the_score_as_an_arc_in_the_band_colour(qtbot: QtBot) -> None:
    ring = ScoreRing()
    qtbot.add_widget(ring)
    ring.resize(ring.sizeHint())
    assert ring.width() >= 3 * ring.fontMetrics().height()  # sized by the font, not pixels
    ring.set_score(40, "hardly", "Hardly personal")
    image = ring.grab().toImage()
    ratio = image.devicePixelRatio()
    rect, stroke = ring.arc_rect(), ring.stroke_width()

    def pixel(x: float, y: float) -> QColor:
        return image.pixelColor(QPoint(round(x * ratio), round(y * ratio)))

    top = pixel(rect.center().x() + stroke, rect.top())  # just past twelve o'clock
    left = pixel(rect.left(), rect.center().y())  # nine o'clock: 75 %, beyond 40
    assert _close(top, ring.color)
    assert not _close(left, ring.color)
    background = ring.palette().color(QPalette.ColorRole.Window)
    assert ring.color == band_color("hardly", background)
    assert ring.color != band_color("personal", background)
    ring.set_score(90, "personal", "Personal")
    image = ring.grab().toImage()
    assert _close(pixel(rect.left(), rect.center().y()), band_color("personal", background))
    assert ring.accessibleName().endswith("90 of 100")
    assert ring.accessibleDescription() == "Personal"


def test_the_next_step_is_one_sentence_about_an_unused_individual_fact(
    qtbot: QtBot, isolated_data_dir: Path
) -> None:
    panel = CoachPanel()
    qtbot.add_widget(panel)
    for language, start in (("en", "Ask about “"), ("de", "Fragen Sie nach „")):
        report, draft = _example(isolated_data_dir, language)
        panel.show_report(report, draft)
        p = report.personalization
        step = next_step(p, report.findings, draft, language == "de")
        assert panel.next_step_label.text() == step.text
        assert step.text.startswith(start)
        assert "\n" not in step.text
        assert step.subject not in panel.explanation_label.text()  # not repeated below
        share = p.components["interchangeable_share"]
        assert panel.score_ring.band == band(p.score, True, share)


def test_fact_rows_show_state_badge_and_points_in_words(
    qtbot: QtBot, isolated_data_dir: Path
) -> None:
    panel = CoachPanel()
    qtbot.add_widget(panel)
    report, draft = _example(isolated_data_dir, "en")
    panel.show_report(report, draft)
    rows = panel.facts_list.rows
    facts = report.personalization.facts
    assert [row.text for row in rows] == [fact.text for fact in facts]
    for row, fact in zip(rows, facts, strict=True):
        assert row.status == ("used" if fact.used else "not used yet")
        assert row.badge.startswith("individual" if fact.kind == "individual" else "segment")
        if fact.used:
            assert row.points == f"+{round(fact.points)} points"
    unused_individual = [
        row for row, fact in zip(rows, facts, strict=True) if not fact.used and row.individual
    ]
    assert any(row.points.startswith("could earn +") for row in unused_individual)
    item = panel.facts_list.item(0)
    assert item.data(Qt.ItemDataRole.AccessibleTextRole) == rows[0].spoken()
    german, german_draft = _example(isolated_data_dir, "de")
    panel.show_report(german, german_draft)
    badges = {row.badge.split(" ·")[0] for row in panel.facts_list.rows}
    assert badges <= {"individuell", "Segment"}
    assert "individuell" in badges
    assert panel.facts_title.text().startswith("Fakten aus den Notizen: 1 von")


def _chip_click(qtbot: QtBot, window: MainWindow, category: Category) -> None:
    chip = window.panel.chips.chips[category]
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)


def test_chips_filter_the_highlights_and_survive_reanalysis(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    text = "Ich hoffe, diese Nachricht erreicht Sie gut. Wir arbeiten ganzheitlich."
    main_window.editor.setPlainText(text)
    report = wait_for_report(qtbot, main_window)
    panel, editor = main_window.panel, main_window.editor
    present = {f.category for f in report.findings}
    assert {Category.GENERIC_PHRASE, Category.BUZZWORD} <= present
    assert set(panel.chips.chips) == present
    chip = panel.chips.chips[Category.GENERIC_PHRASE]
    generic = sum(f.category == Category.GENERIC_PHRASE for f in report.findings)
    assert chip.text() == f"Floskel {generic}"
    assert chip.isChecked()
    phrase = text.index("Ich hoffe")
    assert any(start == phrase for start, _length in underlined_ranges(main_window))

    _chip_click(qtbot, main_window, Category.GENERIC_PHRASE)
    assert not chip.isChecked()
    assert Category.GENERIC_PHRASE not in editor.visible_categories
    assert Category.BUZZWORD in editor.visible_categories
    assert panel.visible_categories == present - {Category.GENERIC_PHRASE}
    assert not any(start == phrase for start, _length in underlined_ranges(main_window))
    assert any(
        start == text.index("ganzheitlich") for start, _length in underlined_ranges(main_window)
    )
    listed = [panel.findings_list.item(i).text() for i in range(panel.findings_list.count())]
    assert not any(line.startswith("Floskel") for line in listed)
    assert panel.findings_title.text().endswith(f"({generic} ausgeblendet)")

    main_window.editor.textCursor().insertText(" Wie sehen Sie das?")  # a new report
    wait_for_report(qtbot, main_window)
    assert not panel.chips.chips[Category.GENERIC_PHRASE].isChecked()
    assert Category.GENERIC_PHRASE not in editor.visible_categories
    assert not any(start == phrase for start, _length in underlined_ranges(main_window))

    main_window.editor.setPlainText("Wir arbeiten ganzheitlich.")  # no generic phrase left
    wait_for_report(qtbot, main_window)
    assert Category.GENERIC_PHRASE not in panel.chips.chips
    assert Category.BUZZWORD in panel.chips.chips
    _chip_click(qtbot, main_window, Category.BUZZWORD)
    assert (
        underlined_ranges(main_window) == [] or Category.BUZZWORD not in editor.visible_categories
    )
    _chip_click(qtbot, main_window, Category.BUZZWORD)
    assert Category.BUZZWORD in editor.visible_categories


def test_every_category_has_its_own_colour_and_underline_readable_in_light_and_dark() -> None:
    def shape(category: Category) -> str:
        style = underline_style(category).name
        return "WaveUnderline" if style == "SpellCheckUnderline" else style  # drawn alike

    pairs = {(category_color(c).name(), shape(c)) for c in Category}
    assert len(pairs) == len(Category)
    for background in (QColor("#ffffff"), QColor("#1e1e1e"), QColor("#efefef")):
        for category in Category:
            assert contrast(category_color(category, background), background) >= 4.5
        for name in ("personal", "partly", "hardly", "mass", "no_notes"):
            assert contrast(band_color(name, background), background) >= 3.0


def _finding_on(
    draft: str, words: str, category: Category, severity: Severity, message: str, rule: str
) -> Finding:
    start = draft.index(words)
    return Finding(start, start + len(words), category, severity, message, rule=rule)


def test_a_finding_is_led_by_its_words_unless_its_rule_quoted_them() -> None:
    draft = "We are a leading provider. Logos from 10 Euro."
    claim = _finding_on(
        draft,
        "leading provider",
        Category.EMPTY_PROMISE,
        Severity.INFO,
        'A claim nobody can check ("leading provider", "award-winning").',
        "en.claim.market_leader",
    )
    # an example in the reason is no quote of the draft: the words still lead
    assert quoted_message(claim, draft, german=False).startswith("“leading provider” – A claim")
    price = _finding_on(
        draft,
        "10 Euro",
        Category.PRICE_DUMPING,
        Severity.WARNING,
        "“10 Euro” – less than 100 per logo is below what professional work can live on.",
        "price.below_logo_floor",
    )
    assert quoted_message(price, draft, german=False) == price.message
