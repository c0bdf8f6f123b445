"""Fit the weights of the personalization score (core/score/policy.py) and print them.

Data: the dev set of ``benchmarks.quality_score`` in German and English – the dev files, the
family corpus and generated attacks on all their recipients (the holdout files stay out).
Label: personal vs everything else. Model: logistic regression on the components ``assess``
reports (plus claims and an anonymous greeting from ``with_limits``). Leave-one-recipient-out:
every recipient's drafts are scored by a model fitted without that recipient; the AUROCs below
are computed on those held-out predictions, per language and per kind.

    python -m training.calibrate_score          # prints WEIGHTS/BIAS for core/score/policy.py
"""

from __future__ import annotations

import numpy as np
from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]
from sklearn.model_selection import LeaveOneGroupOut  # type: ignore[import-untyped]

from benchmarks.quality_score import FAKE_KINDS, auroc, extended_set
from outreach_coach.core.model import Snapshot
from outreach_coach.core.score.policy import FEATURES
from outreach_coach.services.analysis import build_analyzer
from outreach_coach.services.embedders import EmbedderChoice

C = 1.0


def main() -> None:
    analyzer = build_analyzer(embeddings=True, choice=EmbedderChoice("use"))
    rows: list[list[float]] = []
    labels: list[int] = []
    groups: list[str] = []
    kinds: list[str] = []
    languages: list[str] = []
    for language in ("de", "en"):
        for draft in extended_set(language, "dev"):
            report = analyzer.analyze(Snapshot(0, draft.text, draft.recipient, language))
            c = report.personalization.components
            rows.append([c.get(name, 0.0) for name in FEATURES])
            labels.append(int(draft.kind == "personal"))
            groups.append(f"{language}:{draft.label}")
            kinds.append(draft.kind)
            languages.append(language)
    x, y = np.array(rows), np.array(labels)
    held_out = np.zeros(len(y))
    model = LogisticRegression(C=C, max_iter=5000)
    for train, test in LeaveOneGroupOut().split(x, y, groups):
        model.fit(x[train], y[train])
        held_out[test] = model.predict_proba(x[test])[:, 1] * 100
    print("Leave-one-recipient-out (held-out predictions):")
    print("| language | personal vs | drafts | AUROC | mean score |")
    print("|---|---|---|---|---|")
    for language in ("de", "en"):
        mine = [i for i, lang in enumerate(languages) if lang == language]
        personal = [held_out[i] for i in mine if kinds[i] == "personal"]
        buckets: dict[str, list[float]] = {}
        for i in mine:
            if kinds[i] != "personal":
                buckets.setdefault(kinds[i], []).append(held_out[i])
        rest = [s for values in buckets.values() for s in values]
        fakes = [s for k in FAKE_KINDS for s in buckets.get(k, [])]
        for name, values in (("all others", rest), ("fake-personal", fakes), *buckets.items()):
            print(
                f"| {language} | {name} | {len(values)} | {auroc(personal, values):.3f} "
                f"| {sum(values) / len(values):.0f} |"
            )
        print(f"| {language} | (personal) | {len(personal)} | – | {np.mean(personal):.0f} |")
    model.fit(x, y)
    print(f"\nBIAS = {model.intercept_[0]:.3f}")
    print("WEIGHTS: dict[str, float] = {")
    for name, weight in zip(FEATURES, model.coef_[0], strict=True):
        print(f'    "{name}": {weight:.3f},')
    print("}")


if __name__ == "__main__":
    main()
