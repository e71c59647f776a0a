"""Weighted reciprocal-rank fusion.

>>> fuse([[1, 2, 3], [3, 4]], [1.0, 1.0], k=1)  # doctest: +ELLIPSIS
[(3, 0.75), (1, 0.5), (2, 0.333...), (4, 0.333...)]
"""
from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import TypeVar

T = TypeVar("T", bound=Hashable)


def fuse(rankings: Sequence[Sequence[T]], weights: Sequence[float], *, k: int = 60) -> list[tuple[T, float]]:
    """Sum of ``weight / (k + rank)`` over the rankings each item appears in (rank from 1).

    Ties keep the order of first appearance in the earlier rankings, so results are stable.
    """
    if len(rankings) != len(weights):
        raise ValueError("one weight per ranking")
    scores: dict[T, float] = {}
    for ranking, weight in zip(rankings, weights):
        if not weight:
            continue
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + weight / (k + rank)
    return sorted(scores.items(), key=lambda kv: -kv[1])
