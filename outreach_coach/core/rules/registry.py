"""Every rule the analyzer runs, in one list. A new rule is one function
``rule(draft: SplitDraft, ctx: RuleContext) -> list[Finding]`` in its module and one line here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from outreach_coach.core.rules.address_form import address_form_findings
from outreach_coach.core.rules.buzzword_words import buzzword_word_findings
from outreach_coach.core.rules.company import company_findings
from outreach_coach.core.rules.detector import detector_findings
from outreach_coach.core.rules.form import budget_findings
from outreach_coach.core.rules.greeting import greeting_line_findings
from outreach_coach.core.rules.greeting_fields import title_and_anonymous_findings
from outreach_coach.core.rules.hype import hype_findings
from outreach_coach.core.rules.phrases import phrase_findings
from outreach_coach.core.rules.prices import price_findings
from outreach_coach.core.rules.readability import long_sentence_findings
from outreach_coach.core.rules.template_fill import placeholder_findings

if TYPE_CHECKING:
    from outreach_coach.core.rules.context import Rule

RULES: tuple[Rule, ...] = (
    phrase_findings,  # the catalogs: generic phrases, buzzwords, promises, pressure …
    detector_findings,  # the learned clause detector: the same categories by meaning and form
    buzzword_word_findings,  # the learned word tagger: buzzwords the catalog never listed
    price_findings,  # dumping prices per hour, day, word, piece
    hype_findings,  # "10x", "300 % mehr", "six-figure"
    placeholder_findings,  # {{first_name}}, [Firma], <Name> …
    title_and_anonymous_findings,  # "Hallo Doktor", "Dear Sir or Madam" to a known person
    greeting_line_findings,  # wrong name, gender or title in the greeting
    company_findings,  # the company of the previous recipient
    address_form_findings,  # Du and Sie mixed, or the other form than the salutation asks
    long_sentence_findings,  # too long to read on a phone
    budget_findings,  # past the channel's length budget
)
