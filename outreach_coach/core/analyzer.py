"""Analyzer: one snapshot in, one report out. The same object serves the CLI and the GUI."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from outreach_coach.core.model import Finding, Recipient, Report, Snapshot
from outreach_coach.core.personalization import assess
from outreach_coach.core.rules.listening import measure
from outreach_coach.core.rules.phrases import phrase_findings
from outreach_coach.core.rules.template_fill import greeting_findings, placeholder_findings
from outreach_coach.core.text import guess_language

if TYPE_CHECKING:
    from collections.abc import Mapping

    from outreach_coach.core.catalog import Catalog
    from outreach_coach.core.ports import Embedder

SUPPORTED_LANGUAGES = ("de", "en")


@dataclass(frozen=True, slots=True)
class Analyzer:
    """Compose the rules and the personalization score; immutable, so safe to share."""

    catalogs: Mapping[str, Catalog]
    embedder: Embedder | None = None

    def with_embedder(self, embedder: Embedder | None) -> Analyzer:
        """The same analyzer with a (newly loaded) embedder."""
        return replace(self, embedder=embedder)

    def language_of(self, snapshot: Snapshot) -> str:
        if snapshot.language in SUPPORTED_LANGUAGES:
            return snapshot.language
        notes_hint = guess_language(snapshot.recipient.notes, default="en")
        return guess_language(snapshot.text, default=notes_hint)

    def analyze(self, snapshot: Snapshot) -> Report:
        """Run every check on the snapshot; findings come back ordered by position."""
        language = self.language_of(snapshot)
        text = snapshot.text
        findings = self.findings(text, snapshot.recipient, language)
        return Report(
            revision=snapshot.revision,
            language=language,
            personalization=assess(text, snapshot.recipient, language, self.embedder),
            findings=findings,
            metrics=measure(text, language),
        )

    def findings(self, text: str, recipient: Recipient, language: str) -> tuple[Finding, ...]:
        found: list[Finding] = []
        catalog = self.catalogs.get(language)
        if catalog is not None:
            found.extend(phrase_findings(text, catalog))
        found.extend(placeholder_findings(text, language))
        found.extend(greeting_findings(text, recipient, language))
        found.sort(key=_reading_order)
        return tuple(found)


def merge_findings(own: tuple[Finding, ...], grammar: list[Finding]) -> tuple[Finding, ...]:
    """Add grammar findings, except where the coach already marks the same words."""
    kept = [
        extra
        for extra in grammar
        if not any(extra.start < mine.end and mine.start < extra.end for mine in own)
    ]
    return tuple(sorted((*own, *kept), key=_reading_order))


def _reading_order(finding: Finding) -> tuple[int, int, str]:
    """Findings are listed and navigated in the order a reader meets them."""
    return finding.start, finding.end, finding.rule
