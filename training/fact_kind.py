"""Fit the segment/individual fact model of ``core/score/fact_kind.py`` and print its weights.

Data: ``resources/banks/segments-{de,en}.toml`` – every profile's ``segment`` lines (label 0)
and ``facts`` (label 1). Cross-validation groups by industry (5 folds), so a fold never sees the
industry it is tested on. Also reports the first lines of the dev notes and corpus recipients
(headlines, expected segment) as a sanity check.

    python -m training.fact_kind
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from outreach_coach.core.score.fact_kind import kind_features

BANKS = Path(__file__).resolve().parents[1] / "resources" / "banks"


def lines() -> tuple[list[str], list[int], list[str]]:
    texts: list[str] = []
    labels: list[int] = []
    groups: list[str] = []
    for language in ("de", "en"):
        raw = tomllib.loads((BANKS / f"segments-{language}.toml").read_text(encoding="utf-8"))
        for profile in raw["profile"]:
            for line in profile["segment"]:
                texts.append(line)
                labels.append(0)
                groups.append(f"{language}:{profile['industry']}")
            for line in profile["facts"]:
                texts.append(line)
                labels.append(1)
                groups.append(f"{language}:{profile['industry']}")
    return texts, labels, groups


def main() -> None:
    texts, labels, groups = lines()
    names = list(kind_features("x"))
    x = np.array([[kind_features(t)[n] for n in names] for t in texts])
    y = np.array(labels)
    model = LogisticRegression(C=1.0, fit_intercept=False, max_iter=2000)
    right = 0
    for train, test in GroupKFold(n_splits=5).split(x, y, groups):
        model.fit(x[train], y[train])
        right += int((model.predict(x[test]) == y[test]).sum())
    print(f"grouped 5-fold accuracy: {right / len(y):.3f} on {len(y)} lines")
    model.fit(x, y)
    print("WEIGHTS: dict[str, float] = {")
    for name, weight in zip(names, model.coef_[0], strict=True):
        print(f'    "{name}": {weight:.3f},')
    print("}")


if __name__ == "__main__":
    main()
