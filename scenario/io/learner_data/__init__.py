"""Learner data from the platforms: what learners did, read without keeping who they are.

- :mod:`~scenario.io.learner_data.moodle_csv`: Moodle's activity completion
  report, either CSV download (UTF-8 comma, or UTF-16 tab "compatible Excel"),
  French or English;
- :mod:`~scenario.io.learner_data.xapi`: xAPI statements (JSON lines or an
  array), from Moodle's logstore_xapi, Open edX or any LRS, checked with
  ralph-malph's models (the ``lms`` extra).

:func:`read_learner_data` tells the two apart by their content and reads
either into a :class:`LearnerData`: the activities, and per learner (a
number, never a name) and activity what they did. Reading is bounded (the
input policy, :mod:`scenario.io.limits`): only a regular file is read (a
pipe or ``/dev/zero`` is refused before it is opened); a file over
``max_bytes`` (the limit ``data_size``), with more than ``max_rows`` rows or
statements (``data_rows``), or with one line or statement over the limit
``file_size`` is refused with a :class:`~scenario.errors.LearnerDataError`
that says how to raise the limit. Rows and statements are read one at a
time, a JSON array too.
"""

from __future__ import annotations

import codecs
import os
from pathlib import Path

from scenario.errors import LearnerDataError
from scenario.i18n import _
from scenario.io._input import regular_file
from scenario.io.learner_data._model import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_ROWS,
    Activity,
    LearnerData,
    Trace,
)
from scenario.io.limits import Limits, current_limits

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_ROWS",
    "Activity",
    "LearnerData",
    "Trace",
    "read_learner_data",
]


def _kind(path: Path) -> str:
    with path.open("rb") as probe:
        head = probe.read(4096)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "moodle-completion"
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith((b"{", b"[")):
        return "xapi"
    return "moodle-completion"


def read_learner_data(
    path: str | os.PathLike[str],
    *,
    max_bytes: int | None = None,
    max_rows: int | None = None,
    limits: Limits | None = None,
) -> LearnerData:
    """Read a Moodle completion report or a file of xAPI statements.

    Args:
        path: the file; its content says which it is (xAPI starts with ``{``
            or ``[``).
        max_bytes: the largest file read (default: the limit ``data_size``).
        max_rows: the most rows or statements read (default: the limit ``data_rows``).
        limits: the input policy (default: the limits in force).

    Raises:
        LearnerDataError: the file is missing, too large, or cannot be read;
            the message names the file and the line.
    """
    path = Path(path)
    name = str(path)
    limits = (limits or current_limits()).evolve(data_size=max_bytes, data_rows=max_rows)
    size = regular_file(path, error=LearnerDataError)
    if size > limits.data_size:
        raise LearnerDataError(
            _("the file is larger than {megabytes} MB").format(
                megabytes=limits.data_size // 1_000_000
            ),
            source=name,
            hint=_(
                "raise the limit with --max-mb or --limits data_size=... "
                "(max_bytes= or Limits(data_size=...) in Python)"
            ),
        )
    if _kind(path) == "xapi":
        from scenario.io.learner_data.xapi import read_xapi

        return read_xapi(path, max_rows=limits.data_rows, source=name, limits=limits)
    from scenario.io.learner_data.moodle_csv import read_completion_csv

    return read_completion_csv(path, max_rows=limits.data_rows, source=name, limits=limits)
