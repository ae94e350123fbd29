"""Rewriters: one module per way of restating a problem, each registered by name."""
