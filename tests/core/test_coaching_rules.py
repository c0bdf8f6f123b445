"""The coaching rules of issue #3 on the shipped catalogs: what must fire, and what must not."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from outreach_coach.core.model import Channel, Recipient, Snapshot, Suppression
from outreach_coach.core.rules.listening import classify_question, measure
from outreach_coach.core.rules.readability import reading_ease, syllables

if TYPE_CHECKING:
    from outreach_coach.core.analyzer import Analyzer


def found(
    analyzer: Analyzer,
    text: str,
    recipient: Recipient | None = None,
    language: str = "auto",
    channel: Channel = Channel.EMAIL,
) -> list[tuple[str, str, str]]:
    report = analyzer.analyze(Snapshot(1, text, recipient or Recipient(), language, channel))
    return [(str(f.category), text[f.start : f.end], f.rule) for f in report.findings]


def categories_of(findings: list[tuple[str, str, str]], words: str) -> set[str]:
    return {category for category, span, _ in findings if words in span or span in words}


@pytest.mark.parametrize(
    ("text", "words", "category"),
    [
        ("Hallo Doktor,\nkurze Frage.", "Doktor", "template_error"),
        ("Hi {{first_name}}, quick question.", "{{first_name}}", "template_error"),
        (
            "Wir bieten IT-Dienstleistungen für 5 € pro Stunde an.",
            "5 € pro Stunde",
            "price_dumping",
        ),
        ("We offer $8/hour developers for your team.", "$8/hour", "price_dumping"),
        ("Stundensatz von nur 9,50 Euro, ab sofort.", "9,50 Euro", "price_dumping"),
        ("Erreichen Sie 6- bis 7-stellige Jahresumsätze mit uns.", "stellige", "empty_promise"),
        ("Build a six-figure business with our program.", "six-figure", "empty_promise"),
        ("Wir generieren Leads für Ihr Team.", "Leads", "buzzword"),
        ("We generate qualified leads for your team.", "leads", "buzzword"),
        ("Das richtige Mindset ist alles.", "Mindset", "buzzword"),
        ("The right mindset is everything.", "mindset", "buzzword"),
        ("Wir verzehnfachen Ihre Reichweite.", "verzehnfachen", "empty_promise"),
        ("Unsere Kunden sehen 300 % mehr Anfragen.", "300 % mehr", "empty_promise"),
        ("Our clients see 10x growth.", "10x", "empty_promise"),
        ("Das Angebot gilt nur noch bis Freitag.", "nur noch bis Freitag", "pressure"),
        ("Last chance – only 3 spots left!", "Last chance", "pressure"),
        ("Individuell auf Sie zugeschnitten.", "zugeschnitten", "fake_personalization"),
        ("I noticed we share similar interests.", "similar interests", "fake_personalization"),
        ("Ich hoffe, diese\nNachricht erreicht Sie gut.", "Nachricht", "generic_phrase"),
        ("I came across your profile yesterday.", "came across", "fake_personalization"),
        ("Ich freue mich sehr auf Ihre Rückmeldung.", "Rückmeldung", "generic_phrase"),
        # building blocks rather than whole sentences: other word orders and inflections fire
        ("Wären Sie für ein zwangloses Kennenlernen offen?", "Kennenlernen", "generic_phrase"),
        ("Sind Sie derzeit offen für neue Perspektiven?", "offen für neue", "generic_phrase"),
        ("Ihre Vita hat mich wirklich begeistert.", "Vita", "fake_personalization"),
        ("Wir kennen uns zwar noch nicht persönlich, aber …", "kennen uns", "fake_personalization"),
        ("Warten Sie nicht länger!", "Warten Sie nicht", "pressure"),
        ("Das Angebot gilt nur bis Sonntag.", "gilt nur bis", "pressure"),
        (
            "Ihre Kosten sinken, denn Sie sparen bis zu 40 % Ihrer Ausgaben.",
            "40 %",
            "empty_promise",
        ),
        ("Wir sind ein namhafter Anbieter bahnbrechender Software.", "bahnbrechender", "buzzword"),
        # a claim of being the best is an empty promise (docs/ANNOTATION.md), not a buzzword
        ("Wir sind einer der führenden Anbieter in Europa.", "führenden", "empty_promise"),
        ("We are an award-winning studio.", "award-winning", "empty_promise"),
        ("Wir bringen Ihr Marketing aufs nächste Level.", "nächste Level", "empty_promise"),
        ("Would you be up for a quick intro call?", "quick intro", "generic_phrase"),
        ("Just circling back on this.", "circling back", "generic_phrase"),
        ("Your diverse background really caught my eye.", "background", "fake_personalization"),
        ("Seats are filling up fast.", "filling up", "pressure"),
        ("We cut hosting costs by up to 60% for every client.", "60%", "empty_promise"),
        ("Our groundbreaking, AI-powered platform.", "AI-powered", "buzzword"),
        # everyday senders: recruiters, offshore shops, crypto, brands to influencers
        ("Es erwartet Sie ein attraktives Gesamtpaket.", "attraktives Gesamtpaket", "buzzword"),
        ("Software zu einem Bruchteil der Kosten.", "Bruchteil der Kosten", "empty_promise"),
        ("Members earn 3% returns every day.", "3% returns every day", "empty_promise"),
        ("We absolutely love your content!", "love your content", "fake_personalization"),
        ("Vielleicht ist meine Nachricht untergegangen?", "untergegangen", "generic_phrase"),
        # the mail-merge frame "as [role], you know …"
        (
            "Als Teamleiterin Einkauf wissen Sie, wie wichtig das ist.",
            "wissen Sie",
            "fake_personalization",
        ),
        (
            "As an engineering manager you surely know how hard hiring is.",
            "you surely know",
            "fake_personalization",
        ),
        # the sequence after an accepted connection request
        (
            "Vielen Dank für die Vernetzung! Ich helfe Coaches beim Verkaufen.",
            "Vernetzung",
            "generic_phrase",
        ),
        (
            "Thanks for connecting! I help founders sell more.",
            "Thanks for connecting",
            "generic_phrase",
        ),
        # "we help X grow" promises a result: an empty promise (docs/ANNOTATION.md)
        ("Thanks for connecting! I help founders sell more.", "I help founders", "empty_promise"),
        # quiet B2B cold e-mail
        (
            "Und genau hier setzen wir an, denn wir kennen die Branche.",
            "hier setzen",
            "generic_phrase",
        ),
        ("That's exactly where we come in.", "where we come in", "generic_phrase"),
        (
            "Aufgrund Ihrer Position laden wir Sie ein.",
            "Aufgrund Ihrer Position",
            "fake_personalization",
        ),
        ("Funding within 48 hours, no collateral required.", "no collateral", "empty_promise"),
        ("Die Anzahl der Tickets ist streng limitiert.", "streng limitiert", "pressure"),
    ],
)
def test_issue_examples_are_flagged(
    rules_analyzer: Analyzer, text: str, words: str, category: str
) -> None:
    assert category in categories_of(found(rules_analyzer, text), words)


@pytest.mark.parametrize(
    "text",
    [
        "Georg managt die Band Leadsänger & Co. und spielt im Sommer in Leipzig.",
        "Wir suchen eine Entwicklerin, 100 % remote, Stundensatz 95 € pro Stunde.",
        "Ich trainiere 3x pro Woche und lese viel über Datenbanken.",
        "Ein Druck im Format 50 x 70 kostet 380 Euro.",  # a size, not a multiplier
        "The table is 2 x 3 metres, solid oak.",
        "The contractor rate is $95 per hour, fully remote.",
        "Ihre Studie zur Lesekompetenz habe ich mit großem Gewinn gelesen.",
        "Your post on flaky CI tests made me rethink our retry policy.",
        "No hurry at all – whenever you find the time.",
        "Hurry home, the soup is getting cold.",  # a friend, not a sales pitch
        "I love working from home on Fridays.",
        "Did you get my parcel?",
        "Wir sind uns 2019 auf der re:publica begegnet.",
        "Ihr Vortrag über Dienstpläne hat mich überzeugt.",
        # the recipient's own results and plain technical words are not sales talk
        "Your post on end-to-end tests with Playwright helped us.",
        "You reduced build times by 40% last year – how?",
        "The outage disrupted our builds for a day.",
        "Ihr Team hat die Kosten um 30 % gesenkt – wie lange hat das gedauert?",
        "Ihr Artikel in der renommierten Fachzeitschrift hat mir geholfen.",
        "Ihr Gastbeitrag im Handelsblatt zur Wärmewende hat mir die Augen geöffnet.",
        "Good sleep is about rhythm, if you want to know more about it.",
    ],
)
def test_plain_sentences_stay_clean(rules_analyzer: Analyzer, text: str) -> None:
    coaching = [f for f in found(rules_analyzer, text) if f[0] not in {"style"}]
    assert coaching == []


def test_salutation_gender_and_title_are_checked_against_the_recipient(
    rules_analyzer: Analyzer,
) -> None:
    weber = Recipient(name="Anna Weber", salutation="Frau Dr.")
    wrong_gender = found(rules_analyzer, "Sehr geehrter Herr Weber,\nDanke.", weber)
    assert ("template_error", "Herr", "greeting.wrong_gender") in wrong_gender
    missing_title = found(rules_analyzer, "Hallo Frau Weber,\nDanke.", weber)
    assert ("template_error", "Weber", "greeting.missing_title") in missing_title
    wrong_name = found(rules_analyzer, "Hallo Thomas,\nDanke.", weber)
    assert ("template_error", "Thomas", "greeting.wrong_name") in wrong_name
    english = found(rules_analyzer, "Dear Mr. Weber,\nthanks.", Recipient("Anna Weber", "Ms."))
    assert [rule for _, _, rule in english if rule.startswith("greeting.")] == [
        "greeting.wrong_gender"
    ]


def test_company_other_than_the_notes_is_a_template_error(rules_analyzer: Analyzer) -> None:
    recipient = Recipient(name="Tom Harris", company="Bluefin Labs")
    text = "Hi Tom,\nhow is your role at Redwood Analytics going? And the team at Bluefin?"
    findings = found(rules_analyzer, text, recipient, "en")
    assert [(span, rule) for _, span, rule in findings if rule == "company.mismatch"] == [
        ("Redwood Analytics", "company.mismatch")
    ]
    from_notes = Recipient(name="Eva Roth", notes="Firma: Hartmann Logistik GmbH\nLiest viel.")
    german = found(rules_analyzer, "Wie läuft Ihre Arbeit bei Hartmann Logistik?", from_notes)
    assert not [rule for _, _, rule in german if rule == "company.mismatch"]


@pytest.mark.parametrize(
    ("text", "language", "marked"),
    [
        ("Passt Ihnen Dienstag oder Mittwoch?", "de", "Passt Ihnen Dienstag oder Mittwoch"),
        (
            "Hätten Sie am Dienstag um 10 Uhr oder am Donnerstag Zeit?",
            "de",
            "Hätten Sie am Dienstag um 10 Uhr oder am Donnerstag",
        ),
        (
            "Would Tuesday at 10am or Thursday work better for you?",
            "en",
            "Would Tuesday at 10am or Thursday",
        ),
        ("Are you free Monday or Friday?", "en", "Are you free Monday or Friday"),
    ],
)
def test_the_alternative_close_is_a_stock_ask(
    rules_analyzer: Analyzer, text: str, language: str, marked: str
) -> None:
    """Two days to choose from before the person agreed to talk at all: the sales trainer's
    alternative close, marked as the stock ask it is."""
    spans = [
        s for c, s, _ in found(rules_analyzer, text, language=language) if c == "generic_phrase"
    ]
    assert spans == [marked]


def test_days_without_an_ask_are_not_a_close(rules_analyzer: Analyzer) -> None:
    for text, language in (
        ("Ich bin am Montag oder Dienstag im Büro und schaue mir den Bericht an.", "de"),
        ("The report arrives on Monday or Tuesday, depending on the courier.", "en"),
    ):
        assert not [c for c, _, _ in found(rules_analyzer, text, language=language)], text


def test_linkedin_note_budget(rules_analyzer: Analyzer) -> None:
    text = "Hallo Anna, " + "ich habe eine Frage zu Ihrem Vortrag. " * 10
    over = found(rules_analyzer, text, language="de", channel=Channel.LINKEDIN_NOTE)
    limit = [f for f in over if f[2] == "form.over_limit.linkedin_note"]
    assert len(limit) == 1
    assert not found(rules_analyzer, text, language="de", channel=Channel.EMAIL)


def test_suppression_silences_one_match_by_its_words(rules_analyzer: Analyzer) -> None:
    text = "Wir generieren Leads. Mehr Leads!"
    before = found(rules_analyzer, text)
    rule = next(rule for _, span, rule in before if span == "Leads")
    report = rules_analyzer.analyze(
        Snapshot(1, text, suppressions=(Suppression(rule, "leads", "our product is called so"),))
    )
    assert [text[f.start : f.end] for f in report.findings if f.rule == rule] == []
    other = rules_analyzer.analyze(Snapshot(1, text, suppressions=(Suppression(rule, "Mindset"),)))
    assert len([f for f in other.findings if f.rule == rule]) == 2


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("Wie entscheiden Sie bei Korvus, wer ein Schema freigibt?", "de", (True, True, False)),
        ("Haben Sie Interesse an unserem Angebot?", "de", (False, False, True)),
        ("Nutzen Sie schon Kotlin im Backend?", "de", (False, True, False)),
        ("What made you switch to heritage wheat?", "en", (True, True, False)),
        ("Would you be open to a quick call?", "en", (False, False, True)),
    ],
)
def test_questions_are_classified(
    sentence: str, language: str, expected: tuple[bool, bool, bool]
) -> None:
    assert classify_question(sentence, language) == expected


def test_metrics_count_focus_questions_and_readability() -> None:
    text = (
        "Ihr Vortrag hat mich beschäftigt. Wie haben Sie das Team überzeugt? "
        "Wir bieten Beratung an. Haben Sie Interesse an unserem Angebot?"
    )
    metrics = measure(text, "de")
    assert (metrics.questions, metrics.open_questions) == (2, 1)
    assert (metrics.questions_about_them, metrics.pitch_questions) == (1, 1)
    assert metrics.opening_you_words == 2
    assert metrics.opening_me_words == 1
    assert metrics.readability is not None
    assert metrics.readability_scale == "Amstad"


def test_readability_orders_plain_above_convoluted_text() -> None:
    plain = (
        "I read your post. It was good. I have a short question. Can we talk? It is about tests."
    )
    hard = (
        "Notwithstanding considerable organisational complexity, comprehensive "
        "implementation methodologies necessitate interdisciplinary collaboration."
    )
    plain_score, hard_score = reading_ease(plain, "en"), reading_ease(hard, "en")
    assert plain_score is not None
    assert hard_score is not None
    assert plain_score > hard_score + 40
    assert syllables("Beschäftigung", "de") == 4
    assert syllables("make", "en") == 1


def test_personal_claims_without_a_note_are_questioned(rules_analyzer: Analyzer) -> None:
    recipient = Recipient(
        name="Miriam Schulz",
        notes="Leitet das Data-Team bei Korvus.\nVortrag auf der PyCon DE über Datenverträge.",
    )
    text = (
        "Hallo Frau Schulz,\nIhr Vortrag auf der PyCon DE über Datenverträge hat mich "
        "beschäftigt. Glückwunsch zur Beförderung!"
    )
    claims = [(span, rule) for _, span, rule in found(rules_analyzer, text, recipient, "de")]
    assert [span for span, rule in claims if rule == "claim.unsupported"] == [
        "Glückwunsch zur Beförderung!"
    ]
    no_notes = found(rules_analyzer, "Congrats on the new role!", Recipient(name="Ann"), "en")
    assert not [rule for _, _, rule in no_notes if rule == "claim.unsupported"]


def test_merged_name_and_company_do_not_count_as_using_a_note(rules_analyzer: Analyzer) -> None:
    recipient = Recipient(
        name="Anna Weber", company="Korvus GmbH", notes="Anna Weber\nKorvus GmbH, Leipzig"
    )
    template = "Hallo Anna Weber, wir helfen Firmen wie Korvus GmbH. Zeit für ein Gespräch?"
    report = rules_analyzer.analyze(Snapshot(1, template, recipient, "de"))
    assert [fact.used for fact in report.personalization.facts] == [False, False]
    assert report.personalization.score == 0


def test_capitalised_nouns_after_bei_are_not_companies(rules_analyzer: Analyzer) -> None:
    recipient = Recipient(name="Eva Roth", company="Korvus GmbH")
    text = "Melden Sie sich gern bei Fragen. Ihr Team bei Bedarf zu erreichen ist leicht."
    assert not [r for _, _, r in found(rules_analyzer, text, recipient, "de") if "company" in r]


def test_a_buzzword_inside_a_stronger_finding_is_not_marked_twice(
    rules_analyzer: Analyzer,
) -> None:
    text = "Hi Nora,\n\nwe are a leading agency for lead generation. 10x your revenue."
    findings = found(rules_analyzer, text, language="en")
    # "leading" claims a rank: one highlight, an empty promise (docs/ANNOTATION.md), not also
    # a stock pitch or a buzzword
    assert any(c == "empty_promise" and "leading agency" in s for c, s, _ in findings)
    assert not any(c != "empty_promise" and "leading" in s for c, s, _ in findings)
    assert not any(c == "buzzword" and s == "10x your" for c, s, _ in findings)
    assert any(c == "empty_promise" and "10x" in s for c, s, _ in findings)


def test_a_first_name_merged_into_a_formal_message_to_a_professor(
    rules_analyzer: Analyzer,
) -> None:
    professor = Recipient(name="Ute Krämer", salutation="Frau Prof. Dr.")
    merged = found(rules_analyzer, "Hallo Ute,\n\nich kenne Ihre Arbeit.", professor, "de")
    assert ("template_error", "Ute", "greeting.first_name_with_sie") in merged
    # the same first name in a Du message is a choice, not a merge error
    chosen = found(rules_analyzer, "Hallo Ute,\n\nich kenne deine Arbeit.", professor, "de")
    assert not any(rule == "greeting.first_name_with_sie" for _, _, rule in chosen)


def test_a_fake_compliment_swallows_its_buzzwords(rules_analyzer: Analyzer) -> None:
    """One highlight with the more useful reason: the buzzword inside the compliment is not
    marked again, one elsewhere in the draft still is."""
    text = "Als innovatives Unternehmen wissen Sie sicher, wie wichtig Sichtbarkeit ist."
    findings = found(rules_analyzer, text)
    assert categories_of(findings, "innovatives") == {"fake_personalization"}
    assert ("buzzword", "Sichtbarkeit", "de.buzz.visibility") in findings
