"""The tree policies of PG-TD's MCTS: how a node picks the child to follow (`mcts.py`)."""

from __future__ import annotations

import math

POLICIES = ("p_uct", "var_p_uct")


def p_uct(value: float, prior: float, visits: int, parent_visits: int, c: float) -> float:
    """P-UCT with a constant exploration weight c: Q + c * P * sqrt(log N) / (1 + n)."""
    return value + c * prior * math.sqrt(math.log(max(parent_visits, 1))) / (1 + visits)


def exploration_weight(parent_visits: int, c: float, c_base: float) -> float:
    """var-P-UCT's weight, growing with the parent's visits: log((N + c_base + 1) / c_base) + c."""
    return math.log((parent_visits + c_base + 1) / c_base) + c


def var_p_uct(
    value: float, prior: float, visits: int, parent_visits: int, c: float, c_base: float
) -> float:
    """Q + beta(N) * P * sqrt(N) / (1 + n), beta from `exploration_weight`."""
    beta = exploration_weight(parent_visits, c, c_base)
    return value + beta * prior * math.sqrt(parent_visits) / (1 + visits)
