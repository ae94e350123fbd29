"""workbench: a prompt-engineering and problem-rewriting workbench for code generation."""

__version__ = "0.1.0"
