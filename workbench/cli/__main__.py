"""`python -m workbench.cli` runs the command line, like the `workbench` script."""

from workbench.cli import app

app()
