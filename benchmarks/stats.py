"""Median and p95 of a list of timings, printed the same way by every benchmark."""

from __future__ import annotations

import statistics


def summary(name: str, seconds: list[float]) -> str:
    ordered = sorted(seconds)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    median = statistics.median(ordered)
    return f"{name}: n={len(ordered)} median={median * 1000:.1f} ms p95={p95 * 1000:.1f} ms"
