"""An ask after a concrete, personal reason is not a template; in a template it stays marked."""

from __future__ import annotations

from outreach_coach.core.analyzer import Analyzer
from outreach_coach.core.model import Category, Recipient, Snapshot

NOTES = "Leiterin Einkauf bei der Brauerei Lindner\nVortrag auf der BrauBeviale über Mehrwegquoten"
PERSONAL = (
    "Hallo Frau Lindner,\n\nIhr Vortrag auf der BrauBeviale über Mehrwegquoten hat mich "
    "beschäftigt: Sie sagten, die Quote sei ohne Pfand auf Kästen nicht zu halten. "
    "Hätten Sie 20 Minuten, mir zu erklären, wie Sie das mit dem Handel verhandelt haben?"
)
TEMPLATE = (
    "Hallo Frau Lindner,\n\nmit unserer Lösung verdoppeln Sie Ihren Umsatz garantiert. "
    "Hätten Sie 20 Minuten für ein kurzes Gespräch?"
)
LINDNER = Recipient(name="Eva Lindner", salutation="Frau", notes=NOTES)


def _categories(analyzer: Analyzer, text: str, recipient: Recipient) -> set[str]:
    return {f.category for f in analyzer.findings(text, recipient, "de")}


def test_an_ask_after_a_personal_reason_is_left_alone(rules_analyzer: Analyzer) -> None:
    assert Category.GENERIC_PHRASE not in _categories(rules_analyzer, PERSONAL, LINDNER)


def test_the_same_ask_without_notes_is_marked(rules_analyzer: Analyzer) -> None:
    bare = Recipient(name="Eva Lindner", salutation="Frau")
    assert Category.GENERIC_PHRASE in _categories(rules_analyzer, PERSONAL, bare)


def test_an_ask_in_a_template_stays_marked(rules_analyzer: Analyzer) -> None:
    found = _categories(rules_analyzer, TEMPLATE, LINDNER)
    assert Category.EMPTY_PROMISE in found
    assert Category.GENERIC_PHRASE in found


def test_a_stock_opener_before_the_personal_reason_stays_marked(rules_analyzer: Analyzer) -> None:
    opener = PERSONAL.replace(
        "Hallo Frau Lindner,\n\n", "Hallo Frau Lindner,\n\nich hoffe, es geht Ihnen gut. "
    )
    found = rules_analyzer.findings(opener, LINDNER, "de")
    generic = [opener[f.start : f.end] for f in found if f.category == Category.GENERIC_PHRASE]
    assert any("hoffe" in words for words in generic)
    assert not any("Minuten" in words for words in generic)


# the bank of stock sentences knows this ask, the catalog does not
ASK_BY_MEANING = "Ich würde mich freuen, wenn wir kurz telefonieren könnten."


def _generic_by_meaning(analyzer: Analyzer, text: str, recipient: Recipient) -> list[str]:
    report = analyzer.analyze(Snapshot(0, text, recipient, "de"))
    return [text[f.start : f.end] for f in report.findings if f.rule == "generic.meaning"]


def test_an_ask_by_meaning_after_a_personal_reason_is_left_alone(use_analyzer: Analyzer) -> None:
    """The bank of stock sentences knows asks the catalog does not; after a personal reason
    they are as polite as the catalog's. (Without the detector, which may mark the ask first.)"""
    bank_only = Analyzer(
        use_analyzer.catalogs,
        use_analyzer.embedder,
        use_analyzer.references,
        first_names=use_analyzer.first_names,
    )
    personal = PERSONAL.replace(PERSONAL[PERSONAL.index("Hätten") :], ASK_BY_MEANING)
    bare = Recipient(name="Eva Lindner", salutation="Frau")
    assert _generic_by_meaning(bank_only, personal, bare) == [ASK_BY_MEANING]
    assert _generic_by_meaning(bank_only, personal, LINDNER) == []


WORKSHOP_NOTES = (
    "Leiterin Einkauf bei der Brauerei Lindner\n"
    "Vortrag auf der BrauBeviale über Mehrwegquoten\n"
    "sucht Partner für einen Pfand-Pilot mit dem Getränkehandel"
)
WORKSHOP = (
    "Hallo Frau Lindner,\n\nIhr Vortrag auf der BrauBeviale über Mehrwegquoten hat mich "
    "beschäftigt. Für Ihren Pfand-Pilot mit dem Getränkehandel hätte ich einen Vorschlag. "
    "Am 14. März treffen sich in Bamberg drei Händler, zwei Logistiker und ein "
    "Kistenhersteller zu einem Workshop über Rücknahmequoten. Die Teilnehmerzahl ist begrenzt, "
    "bitte melden Sie sich bis Freitag. Möchten Sie dabei sein?\n\nViele Grüße\nJan Peters"
)


def _pressure(analyzer: Analyzer, text: str, recipient: Recipient) -> list[str]:
    report = analyzer.analyze(Snapshot(0, text, recipient, "de"))
    return [text[f.start : f.end] for f in report.findings if f.category == Category.PRESSURE]


def test_a_limit_in_a_draft_written_to_the_person_is_not_pressure(use_analyzer: Analyzer) -> None:
    """Without notes the model reads the limit as scarcity; in a draft whose sentences name
    the person's notes it is information she needs."""
    bare = Recipient(name="Eva Lindner", salutation="Frau")
    noted = Recipient(name="Eva Lindner", salutation="Frau", notes=WORKSHOP_NOTES)
    assert any("begrenzt" in words for words in _pressure(use_analyzer, WORKSHOP, bare))
    assert _pressure(use_analyzer, WORKSHOP, noted) == []


EMILY_NOTES = (
    "Head of Data Platform, Northwind Analytics\nSpoke at PyCon US 2024 about data contracts\n"
    "Building a data quality team\nPreviously worked at Amtrak"
)
TEMPLATE_WITH_A_PERSONAL_SENTENCE = (
    "Hi Emily,\n\nI hope this message finds you well. Your PyCon talk on data contracts really "
    "helped us, because every schema change breaks one of our dashboards. We are a leading "
    "provider of innovative solutions and help companies like yours reach their goals faster. "
    "How did you get the teams at Northwind to honor the contracts?\n\nBest,\nJordan"
)


def test_a_sentence_naming_the_notes_is_not_called_fake_by_a_doubtful_model(
    use_analyzer: Analyzer,
) -> None:
    """The first-run example: the template around it stays marked, the one sentence about her
    talk does not become "fits anyone"."""
    emily = Recipient(name="Emily Carter", salutation="Ms.", notes=EMILY_NOTES)
    text = TEMPLATE_WITH_A_PERSONAL_SENTENCE
    report = use_analyzer.analyze(Snapshot(0, text, emily, "en"))
    fake = [text[f.start : f.end] for f in report.findings if f.category == "fake_personalization"]
    assert "companies like yours" in fake
    assert not any("PyCon" in words for words in fake)


BERGER_NOTES = (
    "Office-Managerin bei Heller Maschinenbau, Ulm\n"
    "Organisiert das Sommerfest für 180 Mitarbeitende\n"
    "Sucht einen neuen Caterer für die Kantine"
)
# Two sentences name the notes, and nothing but the model shows the template.
COPIED_NOTES_IN_A_TEMPLATE = (
    "Hallo Frau Berger,\n\nals Office-Managerin bei Heller Maschinenbau jonglieren Sie "
    "bestimmt täglich unzählige Aufgaben. Gerade beim Sommerfest für 180 Mitarbeitende zählt "
    "jedes Detail. Unser Team kümmert sich um alles, damit Sie sich entspannt zurücklehnen "
    "können. Hätten Sie nächste Woche 15 Minuten für ein kurzes Telefonat?\n\n"
    "Viele Grüße\nTom Kraus"
)


def test_copied_notes_do_not_silence_the_model(use_analyzer: Analyzer) -> None:
    """A fake compliment names the notes as a personal sentence does: the model's findings
    stay, and with them the template's ask."""
    berger = Recipient(name="Julia Berger", salutation="Frau", notes=BERGER_NOTES)
    text = COPIED_NOTES_IN_A_TEMPLATE
    report = use_analyzer.analyze(Snapshot(0, text, berger, "de"))
    marked = {(f.category, text[f.start : f.end]) for f in report.findings}
    fake = [words for category, words in marked if category == Category.FAKE_PERSONALIZATION]
    assert any("jonglieren Sie bestimmt" in words for words in fake)
    promises = [words for category, words in marked if category == Category.EMPTY_PROMISE]
    assert any("kümmert sich um alles" in words for words in promises)
    assert any(category == Category.GENERIC_PHRASE for category, _ in marked)


HALE_NOTES = (
    "LinkedIn post: cut the trade show budget by 40% by switching to regional shows\n"
    "Planning the first user conference, about 400 people, next fall"
)
HALE = Recipient(name="Dana Hale", notes=HALE_NOTES)


def test_a_result_quoted_from_the_notes_is_no_promise(rules_analyzer: Analyzer) -> None:
    quoting = (
        "Hi Dana,\n\nI read your post about cutting the trade show budget by 40% with "
        "regional shows. Would your guests mostly fly in or drive?"
    )
    promising = (
        "Hi Dana,\n\nI read your post about trade shows. We cut your event budget by 40% "
        "within weeks. Would your guests mostly fly in or drive?"
    )
    assert Category.EMPTY_PROMISE not in _english_categories(rules_analyzer, quoting, HALE)
    # the sender's own claim stays one, though it borrows the notes' number
    assert Category.EMPTY_PROMISE in _english_categories(rules_analyzer, promising, HALE)
    # and without notes, the quote cannot be told from a claim
    bare = Recipient(name="Dana Hale")
    assert Category.EMPTY_PROMISE in _english_categories(rules_analyzer, quoting, bare)


def test_a_buzzword_the_recipient_wrote_is_their_own_word(rules_analyzer: Analyzer) -> None:
    notes = 'Post: "Unsere Tools sind ein echter Game-Changer für kleine Teams"\nCTO, Hamburg'
    text = (
        "Hallo Frau Petersen,\n\nIhr Satz mit dem Game-Changer hängt bei uns seit Wochen an "
        "der Pinnwand im Flur. Wie messen Sie das?"
    )
    with_notes = Recipient(name="Lea Petersen", salutation="Frau", notes=notes)
    found = rules_analyzer.findings(text, with_notes, "de")
    assert not [f for f in found if f.category == Category.BUZZWORD]
    # the same word from a sender whose recipient never used it stays a buzzword
    other = Recipient(name="Lea Petersen", salutation="Frau", notes="CTO, Hamburg\nBaut Tools")
    found = rules_analyzer.findings(text, other, "de")
    assert [text[f.start : f.end] for f in found if f.category == Category.BUZZWORD]


def _english_categories(analyzer: Analyzer, text: str, recipient: Recipient) -> set[str]:
    return {f.category for f in analyzer.findings(text, recipient, "en")}
