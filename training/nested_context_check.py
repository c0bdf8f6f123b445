"""Is the draft context's held-out figure honest? A nested check on some family groups.

    python -m training.nested_context_check [--groups 2] [--quick]

``make train`` fits the context layer for a held-out family group on the other groups'
first-stage probabilities – but those came from networks that had seen the held-out group.
Here, for each checked group, the first stage is held out again *inside* the other groups (so
nothing the context layer is fitted on has seen the checked group), and the checked group's
clauses are scored by that context layer. Printed per language and category, clause precision
and recall on the checked groups at the shipped procedure's thresholds: the first stage alone,
the context layer as ``make train`` measures it, and the nested one. If the last two agree,
the held-out numbers of docs/QUALITY.md carry no leak from the second stage.
"""

from __future__ import annotations

import argparse
import sys

import numpy as np

from outreach_coach.core.rules.detector import DETECTED
from outreach_coach.services.embedders import load_embedder
from training.casual import FAMILY
from training.draft_context import context_matrix, fit_context, held_out_context
from training.train_detector import (
    BACKENDS,
    LANGUAGES,
    MIN_THRESHOLDS,
    Training,
    family_folds,
    out_of_family,
    thresholds,
    training_data,
)


def subset(data: Training, rows: np.ndarray) -> Training:
    """The rows ``rows`` of ``data`` (the clause sets are not needed by ``out_of_family``)."""
    return Training(data.x[rows], data.labels[rows], data.families[rows], data.languages[rows], {})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--groups", type=int, default=2, help="family groups checked (of 8)")
    parser.add_argument("--quick", action="store_true", help="three families: does it run?")
    args = parser.parse_args(argv)
    data = training_data(load_embedder(BACKENDS["use"]), families=3 if args.quick else None)
    first = out_of_family(data)
    groups = family_folds(data.families)
    checked = groups[: args.groups]
    drafts = np.concatenate([np.asarray(data.sets[lang].drafts) for lang in LANGUAGES])
    shipped = np.zeros_like(first)
    nested = np.zeros_like(first)
    for language in LANGUAGES:
        rows = data.languages == language
        x = context_matrix(first[rows], drafts[rows].tolist())
        shipped[rows] = held_out_context(x, data.labels[rows], data.families[rows], groups)
    for group in checked:
        held = np.isin(data.families, group)
        inner = out_of_family(subset(data, ~held))  # the first stage, never shown the group
        for language in LANGUAGES:
            rows = data.languages == language
            inside = rows[~held]
            context = fit_context(
                context_matrix(inner[inside], drafts[~held][inside].tolist()),
                data.labels[~held][inside],
            )
            scored = rows & held
            nested[scored] = context.probabilities_from_features(
                context_matrix(first[scored], drafts[scored].tolist())
            )
    in_checked = np.isin(data.families, [family for group in checked for family in group])
    for language in LANGUAGES:
        print(f"\n### {language}: {len(checked)} of {len(groups)} family groups checked\n")
        print("| category | first stage P / R | context P / R | nested context P / R |")
        print("|---|---|---|---|")
        corpus = (data.languages == language) & (data.families != FAMILY)
        rows = corpus & in_checked
        labels = data.labels[rows]
        # thresholds as make train chooses them, on the held-out rows of the groups not
        # checked; the nested context is scored at the context layer's thresholds
        others = corpus & ~in_checked
        floor = MIN_THRESHOLDS[language]
        first_cut = np.asarray(thresholds(first[others], data.labels[others], floor))
        context_cut = np.asarray(thresholds(shipped[others], data.labels[others], floor))
        columns = [
            first[rows] >= first_cut,
            shipped[rows] >= context_cut,
            nested[rows] >= context_cut,
        ]
        for k, category in enumerate(DETECTED):
            true = labels[:, k] == 1
            cells = []
            for flagged in columns:
                hits = (flagged[:, k] & true).sum()
                cells.append(
                    f"{hits / max(1, flagged[:, k].sum()):.2f} / {hits / max(1, true.sum()):.2f}"
                )
            print(f"| {category} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
