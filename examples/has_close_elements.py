from typing import List


def has_close_elements(numbers: List[float], threshold: float) -> bool:
    """Whether any two numbers are closer to each other than threshold."""
    ordered = sorted(numbers)
    return any(b - a < threshold for a, b in zip(ordered, ordered[1:]))
