"""Generated attacks on the personalization score: for every recipient, drafts that look
personal to a word counter but could go to anyone like them.

Kinds (each a mass-mail move seen in the wild, in German and English, two wordings each):
``segment`` – written for people like them, no individual fact; ``merge`` – name, role and
company merged into a pitch; ``icebreaker`` – one note copied verbatim into a template;
``invitation`` – a conference or journal invitation with their field merged in; ``flattery`` –
praise for the profile; ``ai`` – "I noticed your impressive work in X".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from outreach_coach.core.score.fact_kind import fact_kind
from outreach_coach.core.text.split import lines_and_sentences

if TYPE_CHECKING:
    from outreach_coach.core.model import Recipient

ATTACK_KINDS = ("segment", "merge", "icebreaker", "invitation", "flattery", "ai")

_EN = {
    "segment": [
        (
            "{greeting},\n\nPeople in your line of work – {segment} – tell us the same thing again "
            "and again: too much admin, too little time for the work that matters. We built a "
            "simple tool for exactly that, and teams like yours save about six hours a week with "
            "it. Would a 15-minute call next week make sense?\n\nBest regards,\nKevin Marsh"
        ),
        (
            "{greeting},\n\nI work with a lot of people who are {segment}, and the challenges are "
            "always similar: rising costs, hard-to-find staff and customers who expect more. Our "
            "platform helps you stay ahead of all three. Shall I send you a short case study?"
            "\n\nCheers,\nLaura Bennett"
        ),
    ],
    "merge": [
        (
            "{greeting},\n\nAs {role} at {company}, you surely know how important efficient "
            "processes are. That's exactly what we help companies like {company} with. Do you "
            "have 15 minutes this week?\n\nBest,\nTyler Reed"
        ),
        (
            "{greeting},\n\nI came across {company} and your role as {role} – really impressive. "
            "We support leaders like you in saving time and money. When would suit you for a "
            "quick chat?\n\nKind regards,\nNina Hart"
        ),
    ],
    "icebreaker": [
        (
            "{greeting},\n\nI saw this about you: {note}. Very impressive!\n\nWe help companies "
            "grow faster with less effort. Would you be open to a short call next week?\n\n"
            "Best,\nChris Doyle"
        ),
        (
            "{greeting},\n\nLoved reading that you {note_lc} – great stuff. I'm reaching out "
            "because our solution has helped many businesses like yours increase revenue. Can I "
            "show you a quick demo?\n\nCheers,\nMegan Cole"
        ),
    ],
    "invitation": [
        (
            "Dear Dr. {last},\n\nOn behalf of the organizing committee, it is our pleasure to "
            "invite you to submit an abstract to the 7th International Conference on {field} "
            "(ICF 2027). Given your distinguished work in {field}, your contribution would be a "
            "highlight of our annual meeting. The early-bird deadline is 15 March.\n\n"
            "Sincerely,\nConference Secretariat"
        ),
        (
            "Dear Esteemed Colleague,\n\nWe have read your outstanding work in {field} with "
            "great interest and invite you to submit a manuscript to the Global Journal of "
            "{field}. Accepted papers are published within 7 days. A modest processing fee "
            "applies.\n\nBest regards,\nEditorial Office"
        ),
    ],
    "flattery": [
        (
            "{greeting},\n\nI just came across your profile and I have to say, your career is "
            "truly inspiring. Your experience as {role} is exactly the kind of leadership the "
            "industry needs. I'd love to connect and learn from you – and maybe show you what "
            "we do.\n\nWarm regards,\nSophie Lane"
        ),
        (
            "{greeting},\n\nYour profile really stood out to me – what a journey! People like "
            "you, {segment}, are the reason I love my job. Would you be open to a short "
            "conversation about how we could work together?\n\nBest,\nDaniel Price"
        ),
    ],
    "ai": [
        (
            "{greeting},\n\nI noticed your impressive work in {field} and wanted to reach out. "
            "Your dedication to innovation and excellence truly stands out. I believe there "
            "could be great synergies between what you do and what we offer. Would you be open "
            "to a brief call?\n\nBest regards,\nAlex Morgan"
        ),
        (
            "{greeting},\n\nI hope this message finds you well! I've been following your "
            "remarkable journey in {field}, and your commitment to making an impact is truly "
            "inspiring. I'd love to explore how we might collaborate to drive even greater "
            "success.\n\nWarm regards,\nJordan Blake"
        ),
    ],
}
_DE = {
    "segment": [
        (
            "{greeting},\n\nMenschen in Ihrer Situation – {segment} – erzählen uns immer wieder "
            "dasselbe: zu viel Verwaltung, zu wenig Zeit für das Wesentliche. Genau dafür haben "
            "wir ein einfaches Werkzeug gebaut, und Betriebe wie Ihrer sparen damit rund sechs "
            "Stunden pro Woche. Hätten Sie nächste Woche 15 Minuten für ein kurzes Gespräch?\n\n"
            "Viele Grüße\nKai Marx"
        ),
        (
            "{greeting},\n\nich arbeite mit vielen Menschen zusammen, die {segment_lc} sind, und "
            "die Herausforderungen sind immer ähnlich: steigende Kosten, fehlendes Personal und "
            "Kunden, die mehr erwarten. Unsere Plattform hilft bei allen dreien. Darf ich Ihnen "
            "eine kurze Fallstudie schicken?\n\nBeste Grüße\nLaura Bender"
        ),
    ],
    "merge": [
        (
            "{greeting},\n\nals {role} bei {company} wissen Sie sicher, wie wichtig effiziente "
            "Prozesse sind. Genau dabei helfen wir Unternehmen wie {company}. Haben Sie diese "
            "Woche 15 Minuten Zeit?\n\nBeste Grüße\nTobias Reder"
        ),
        (
            "{greeting},\n\nich bin auf {company} und Ihre Rolle als {role} gestoßen – wirklich "
            "beeindruckend. Wir unterstützen Führungskräfte wie Sie dabei, Zeit und Geld zu "
            "sparen. Wann passt Ihnen ein kurzes Gespräch?\n\nFreundliche Grüße\nNina Hartl"
        ),
    ],
    "icebreaker": [
        (
            "{greeting},\n\ndas habe ich über Sie gelesen: {note}. Sehr beeindruckend!\n\nWir "
            "helfen Unternehmen, mit weniger Aufwand schneller zu wachsen. Hätten Sie nächste "
            "Woche Zeit für ein kurzes Telefonat?\n\nBeste Grüße\nChristian Dohle"
        ),
        (
            "{greeting},\n\nspannend: {note}! Ich melde mich, weil unsere Lösung schon vielen "
            "Betrieben wie Ihrem geholfen hat, den Umsatz zu steigern. Darf ich Ihnen eine kurze "
            "Demo zeigen?\n\nViele Grüße\nMelanie Kohl"
        ),
    ],
    "invitation": [
        (
            "Sehr geehrte/r Dr. {last},\n\nim Namen des Organisationskomitees laden wir Sie "
            "herzlich ein, einen Abstract für den 7. Internationalen Kongress für {field} "
            "einzureichen. Ihre herausragende Arbeit im Bereich {field} wäre ein Höhepunkt "
            "unserer Jahrestagung. Die Frühbucherfrist endet am 15. März.\n\nMit freundlichen "
            "Grüßen\nKongresssekretariat"
        ),
        (
            "Sehr geehrte Kollegin, sehr geehrter Kollege,\n\nwir haben Ihre hervorragende "
            "Arbeit im Bereich {field} mit großem Interesse verfolgt und laden Sie ein, ein "
            "Manuskript beim Internationalen Journal für {field} einzureichen. Angenommene "
            "Beiträge erscheinen innerhalb von 7 Tagen. Es fällt eine geringe Bearbeitungsgebühr "
            "an.\n\nMit freundlichen Grüßen\nRedaktion"
        ),
    ],
    "flattery": [
        (
            "{greeting},\n\nich bin gerade auf Ihr Profil gestoßen und muss sagen: Ihr "
            "Werdegang ist wirklich inspirierend. Ihre Erfahrung als {role} ist genau die Art "
            "von Führung, die die Branche braucht. Ich würde mich gern vernetzen und von Ihnen "
            "lernen – und Ihnen vielleicht zeigen, was wir machen.\n\nHerzliche Grüße\nSophie Lang"
        ),
        (
            "{greeting},\n\nIhr Profil ist mir wirklich aufgefallen – was für ein Weg! Menschen "
            "wie Sie, {segment_lc}, sind der Grund, warum ich meinen Job liebe. Hätten Sie Lust "
            "auf ein kurzes Gespräch darüber, wie wir zusammenarbeiten könnten?\n\nBeste Grüße\n"
            "Daniel Preuß"
        ),
    ],
    "ai": [
        (
            "{greeting},\n\nmir ist Ihre beeindruckende Arbeit im Bereich {field} aufgefallen, "
            "und ich wollte mich gern bei Ihnen melden. Ihr Engagement für Innovation und "
            "Exzellenz sticht wirklich heraus. Ich glaube, es gibt großes Synergiepotenzial "
            "zwischen Ihrer Arbeit und unserem Angebot. Wären Sie offen für ein kurzes "
            "Gespräch?\n\nBeste Grüße\nAlexander Morgen"
        ),
        (
            "{greeting},\n\nich hoffe, es geht Ihnen gut! Ich verfolge schon länger Ihren "
            "bemerkenswerten Weg im Bereich {field}, und Ihr Einsatz ist wirklich inspirierend. "
            "Gern würde ich ausloten, wie wir gemeinsam noch größeren Erfolg erzielen "
            "könnten.\n\nHerzliche Grüße\nJana Blum"
        ),
    ],
}


@dataclass(frozen=True)
class Attack:
    kind: str
    text: str


def _greeting(language: str, recipient: Recipient) -> str:
    parts = [p for p in recipient.name.split() if not p.endswith(".")]
    first, last = (parts[0], parts[-1]) if parts else ("", "")
    if language == "de":
        return f"Hallo {recipient.salutation} {last}" if recipient.salutation else f"Hallo {first}"
    return f"Hi {first}"


def _field(segment: str) -> str:
    """The segment line without its opening role word: "… an artisan bakery" → field."""
    cut = re.split(r"(?i)\b(?:at|of|in|bei|der|des|im|für|for)\b", segment, maxsplit=1)
    tail = cut[1] if len(cut) > 1 and len(cut[1].split()) >= 1 else segment
    return " ".join(tail.strip(" ,.;:–-").split()[:6]) or segment


def attacks_for(recipient: Recipient, language: str, index: int, role: str = "") -> list[Attack]:
    """One attack of every kind for ``recipient`` (``index`` picks the wording and the note)."""
    lines = [span.text for span in lines_and_sentences(recipient.notes)]
    segments = [line for line in lines if fact_kind(line) == "segment"] or lines[:1]
    individual = [line for line in lines if line not in segments] or lines[-1:]
    segment = segments[0].rstrip(".")
    note = individual[index % len(individual)].rstrip(".")
    parts = [p for p in recipient.name.split() if not p.endswith(".")]
    company = recipient.company or ("Ihrem Unternehmen" if language == "de" else "your company")
    fields = {
        "greeting": _greeting(language, recipient),
        "segment": segment,
        "segment_lc": segment[:1].lower() + segment[1:],
        "role": role or segment.split(",")[0],
        "company": company,
        "note": note,
        "note_lc": note[:1].lower() + note[1:],
        "field": _field(segment),
        "last": parts[-1] if parts else "",
    }
    bank = _DE if language == "de" else _EN
    return [
        Attack(kind, bank[kind][index % len(bank[kind])].format(**fields)) for kind in ATTACK_KINDS
    ]
