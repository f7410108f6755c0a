"""Learner data from the platforms: what learners did, read without keeping who they are.

- :mod:`~scenario.io.learner_data.moodle_csv`: Moodle's activity completion
  report, either CSV download (UTF-8 comma, or UTF-16 tab "compatible Excel"),
  French or English;
- :mod:`~scenario.io.learner_data.xapi`: xAPI statements (JSON lines or an
  array), from Moodle's logstore_xapi, Open edX or any LRS, checked with
  ralph-malph's models (the ``lms`` extra).

:func:`read_learner_data` tells the two apart by their content and reads
either into a :class:`LearnerData`: the activities, and per learner (a
number, never a name) and activity what they did. Reading is bounded: a
file over ``max_bytes`` or with more than ``max_rows`` rows or statements is
refused with a :class:`~scenario.errors.LearnerDataError` that says how to
raise the limit.
"""

from __future__ import annotations

import codecs
import os
from pathlib import Path

from scenario.errors import LearnerDataError, os_reason
from scenario.i18n import _
from scenario.io.learner_data._model import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_ROWS,
    Activity,
    LearnerData,
    Trace,
)

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
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_rows: int = DEFAULT_MAX_ROWS,
) -> LearnerData:
    """Read a Moodle completion report or a file of xAPI statements.

    Args:
        path: the file; its content says which it is (xAPI starts with ``{``
            or ``[``).
        max_bytes: the largest file read.
        max_rows: the most rows or statements read.

    Raises:
        LearnerDataError: the file is missing, too large, or cannot be read;
            the message names the file and the line.
    """
    path = Path(path)
    name = str(path)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise LearnerDataError(
            _("cannot read the file: {reason}").format(reason=os_reason(error)),
            source=name,
        ) from None
    if path.is_dir():
        raise LearnerDataError(_("this is a folder, not a file of learner data"), source=name)
    if size > max_bytes:
        raise LearnerDataError(
            _("the file is larger than {megabytes} MB").format(megabytes=max_bytes // 1_000_000),
            source=name,
            hint=_("raise the limit with --max-mb (max_bytes= in Python)"),
        )
    if _kind(path) == "xapi":
        from scenario.io.learner_data.xapi import read_xapi

        return read_xapi(path, max_rows=max_rows, source=name)
    from scenario.io.learner_data.moodle_csv import read_completion_csv

    return read_completion_csv(path, max_rows=max_rows, source=name)
