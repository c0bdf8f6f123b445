"""Findings from the phrase catalogs (generic phrases, buzzwords, promises, pressure…)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from outreach_coach.core.model import Finding

if TYPE_CHECKING:
    from collections.abc import Iterable

    from outreach_coach.core.rules.catalog import Match
    from outreach_coach.core.rules.context import RuleContext
    from outreach_coach.core.text.draft import SplitDraft


def phrase_findings(draft: SplitDraft, ctx: RuleContext) -> list[Finding]:
    """One finding per catalog match; overlapping matches of one entry keep the longest."""
    if ctx.catalog is None:
        return []
    return catalog_findings(ctx.matches(draft.text))


def catalog_findings(matches: Iterable[Match]) -> list[Finding]:
    """Catalog matches as findings."""
    by_entry: dict[str, list[Finding]] = {}
    for match in matches:
        entry = match.entry
        finding = Finding(
            start=match.start,
            end=match.end,
            category=entry.category,
            severity=entry.severity,
            message=entry.explanation,
            suggestions=(entry.suggestion,) if entry.suggestion else (),
            rule=entry.id,
        )
        by_entry.setdefault(entry.id, []).append(finding)
    result: list[Finding] = []
    for findings in by_entry.values():
        findings.sort(key=lambda f: (f.start, -(f.end - f.start)))
        last_end = -1
        for finding in findings:
            if finding.start >= last_end:
                result.append(finding)
                last_end = finding.end
    return result
