"""Fit the weights of the personalization score (core/score/policy.py) and print them.

Data: the dev set of ``benchmarks.quality_score`` in German and English – the dev files, the
family corpus and generated attacks on all their recipients (the holdout files stay out).
Label: personal vs everything else. Model: L2-regularised logistic regression (Newton steps,
numpy) on the components ``assess`` reports (plus claims and an anonymous greeting from
``with_limits``); the score is ``policy_score`` with the fitted weights, so the caps count.
Leave-one-recipient-out: every recipient's drafts are scored by a model fitted without that
recipient (in either language); the AUROCs below use only those held-out scores.

Sentence vectors come from ``.cache/training/score-vectors-*.npz`` (benchmarks/score_vectors.py):
the first run embeds the dev set once (about 10 minutes with USE on two loaded cores), reruns
take a few minutes.

    python -m training.calibrate_score          # prints BIAS/WEIGHTS for core/score/policy.py
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from outreach_coach.core.score.policy import FEATURES, policy_score

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from benchmarks.quality_score import Scored

# L2 penalty on the weights (not the bias), in total (as scikit-learn's C = 1): keeps the
# weights of rare components small and the fit stable when one recipient is left out.
L2 = 1.0
LANGUAGES = ("de", "en")


@dataclass(frozen=True)
class Fit:
    bias: float
    weights: dict[str, float]


def fit(x: NDArray[np.float64], y: NDArray[np.float64], l2: float = L2) -> Fit:
    """Logistic regression by Newton's method (a dozen steps converge on these few features)."""
    rows, columns = x.shape
    design = np.hstack([np.ones((rows, 1)), x])
    beta = np.zeros(columns + 1)
    penalty = np.full(columns + 1, l2)
    penalty[0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(design @ beta, -30, 30)))
        gradient = design.T @ (p - y) + penalty * beta
        hessian = (design * (p * (1 - p))[:, None]).T @ design + np.diag(penalty) + 1e-9
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if float(np.max(np.abs(step))) < 1e-7:
            break
    return Fit(float(beta[0]), {name: float(w) for name, w in zip(FEATURES, beta[1:], strict=True)})


def matrix(scored: list[Scored]) -> NDArray[np.float64]:
    return np.array([[s.components.get(name, 0.0) for name in FEATURES] for s in scored])


def rescored(scored: list[Scored], chosen: Fit) -> list[float]:
    """The app's score (caps included) for each draft under ``chosen`` weights."""
    return [
        float(policy_score(s.components, s.earned, chosen.bias, chosen.weights)) for s in scored
    ]


def leave_one_recipient_out(
    scored: list[Scored], labels: list[int], groups: list[str]
) -> list[float]:
    """Every draft scored by weights fitted without its recipient."""
    x, y = matrix(scored), np.array(labels, dtype=np.float64)
    keys = np.array(groups)
    held_out = [0.0] * len(scored)
    for group in sorted(set(groups)):
        test = np.flatnonzero(keys == group)
        chosen = fit(x[keys != group], y[keys != group])
        for index, score in zip(test, rescored([scored[i] for i in test], chosen), strict=True):
            held_out[int(index)] = score
    return held_out


def main() -> None:
    from benchmarks.quality_score import collect, table

    started = time.perf_counter()
    sets = {language: collect(language, "dev") for language in LANGUAGES}
    scored = [s for language in LANGUAGES for s in sets[language][1]]
    drafts = [d for language in LANGUAGES for d in sets[language][0]]
    labels = [int(d.kind == "personal") for d in drafts]
    groups = [f"{language}:{d.label}" for language in LANGUAGES for d in sets[language][0]]
    held_out = leave_one_recipient_out(scored, labels, groups)
    chosen = fit(matrix(scored), np.array(labels, dtype=np.float64))
    print("Leave-one-recipient-out (every draft scored by weights fitted without its recipient):")
    print("| set | language | personal vs | drafts | AUROC | mean score |")
    print("|---|---|---|---|---|---|")
    offset = 0
    for language in LANGUAGES:
        mine = sets[language][0]
        for row in table(mine, held_out[offset : offset + len(mine)], "dev LORO", language):
            print(row)
        offset += len(mine)
    seconds = time.perf_counter() - started
    print(f"\n# Printed by `python -m training.calibrate_score` ({seconds:.0f} s)")
    print(f"BIAS = {chosen.bias:.3f}")
    print("WEIGHTS: dict[str, float] = {")
    for name, weight in chosen.weights.items():
        print(f'    "{name}": {weight:.3f},')
    print("}")


if __name__ == "__main__":
    main()
