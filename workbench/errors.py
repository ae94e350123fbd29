"""The one base of errors a user can cause: only a `WorkbenchError` becomes one line on
stderr and exit code 2 in the CLI; anything else is a bug and keeps its traceback.

Each error class stays where its concept lives (a corpus error in `corpus.py`); it derives
from `WorkbenchError` (and from `ValueError` where callers have long caught that).
"""

from __future__ import annotations


class WorkbenchError(Exception):
    """Something the user can fix: a bad id, a malformed file, a missing variant, an
    endpoint that is down. The message names the thing and the fix."""
