"""What a file of learner data is read into: activities, and traces of learners on them.

Learners are numbers (0, 1, 2... in the order the file first names them):
their names, e-mails and account ids are read to tell them apart and never
kept, so nothing read from here can copy them into an output.
"""

from __future__ import annotations

import datetime

import attrs

__all__ = ["DEFAULT_MAX_BYTES", "DEFAULT_MAX_ROWS", "Activity", "LearnerData", "Trace"]

#: The largest file read unless asked for more (bytes).
DEFAULT_MAX_BYTES = 256_000_000
#: The most rows (CSV) or statements (xAPI) read unless asked for more.
DEFAULT_MAX_ROWS = 1_000_000


@attrs.frozen
class Activity:
    """An activity of the platform, as the data names it.

    Attributes:
        key: unique in the data (the column of a completion report, the IRI of
            an xAPI activity).
        name: its name on the platform, when the data gives one.
        ids: the identifiers a phase's ``lms:`` may give for it: the xAPI IRI,
            the Moodle course-module id (``42`` of ``view.php?id=42``), the
            Open edX block id and the block's own name.
    """

    key: str
    name: str | None
    ids: tuple[str, ...] = ()


@attrs.frozen
class Trace:
    """What one learner did on one activity.

    Attributes:
        learner: the learner's number in the data (never a name).
        activity: the :attr:`Activity.key`.
        reached: the learner has a trace there (a view, a completion...).
        completed: the platform counts the activity as completed.
        success: True passed, False failed, None not graded.
        first, last: the times of the first and last traces (xAPI), if known.
        completed_at: when the activity was completed, if known.
        seconds: the time spent the data gives (xAPI ``result.duration``), if any.
    """

    learner: int
    activity: str
    reached: bool
    completed: bool
    success: bool | None = None
    first: datetime.datetime | None = None
    last: datetime.datetime | None = None
    completed_at: datetime.datetime | None = None
    seconds: float | None = None


@attrs.frozen
class LearnerData:
    """The learner data of one file: how many learners, which activities, the traces.

    Attributes:
        source: the file's name.
        kind: ``"moodle-completion"`` or ``"xapi"``.
        learners: how many learners the file names.
        activities: the activities, in the order the file first names them.
        traces: one per learner and activity with something to tell.
        skipped: how many statements were left aside (on the course itself,
            not on an activity).
    """

    source: str
    kind: str
    learners: int
    activities: tuple[Activity, ...]
    traces: tuple[Trace, ...]
    skipped: int = 0
