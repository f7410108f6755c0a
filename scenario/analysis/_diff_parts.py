"""The values a diff is made of: one change of a field, the changes of a phase, the time balance.

Apart from :mod:`scenario.analysis.diff` so that the comparing
(:mod:`scenario.analysis._compare`) and the wording
(:mod:`scenario.analysis._diff_text`) can build and read them without a
circle of imports.
"""

from __future__ import annotations

from typing import Any

import attrs

__all__ = ["COURSE_FIELDS", "PHASE_FIELDS", "TAGS", "Balance", "Change", "PhaseChange"]

#: The dimensions of the grid a phase is tagged with: a change of one is a *retagging*.
TAGS = ("phase", "group", "situation", "pedagogy", "intention")
#: Every field of a phase the diff compares, in the order it reports them.
PHASE_FIELDS = (
    "title",
    *TAGS,
    "duration",
    "position",
    "module",
    "activities",
    "resources",
    "date",
    "week",
)
#: The fields of the course the diff compares.
COURSE_FIELDS = ("title", "modality", "audience.size", "audience.description", "start")


@attrs.frozen
class Change:
    """One value that changed: ``field`` went from ``old`` to ``new``.

    Values are plain data: canonical French words for the vocabulary, a list
    of words for the intentions, whole minutes for a duration, a 1-based place
    in path order for a position, ISO text for a date, ``None`` when not given.
    """

    field: str
    old: Any
    new: Any

    def to_dict(self) -> dict[str, Any]:
        """``{"field", "old", "new"}``."""
        return {"field": self.field, "old": self.old, "new": self.new}


@attrs.frozen
class PhaseChange:
    """A phase kept from one version to the other, and what changed in it.

    Attributes:
        id: the phase's id, the same in both versions.
        title: its title in the new version (or its id when untitled).
        changes: what changed, in the order of :data:`PHASE_FIELDS`.
        synchronous: whether the phase is synchronous now (None: no situation).
    """

    id: str
    title: str
    changes: tuple[Change, ...]
    synchronous: bool | None = None

    def change(self, field: str) -> Change | None:
        """The change of one field, or None when it did not change."""
        return next((c for c in self.changes if c.field == field), None)

    @property
    def renamed(self) -> Change | None:
        """The change of title, if any."""
        return self.change("title")

    @property
    def retagged(self) -> tuple[Change, ...]:
        """The changes of the grid's dimensions (:data:`TAGS`)."""
        return tuple(c for c in self.changes if c.field in TAGS)

    @property
    def moved(self) -> Change | None:
        """The change of place in path order, when the phase moved among the others."""
        return self.change("position")

    def to_dict(self) -> dict[str, Any]:
        """Plain data: the id, the title and each change."""
        return {
            "id": self.id,
            "title": self.title,
            "renamed": self.renamed is not None,
            "retagged": [c.field for c in self.retagged],
            "moved": self.moved is not None,
            "changes": [c.to_dict() for c in self.changes],
        }


@attrs.frozen
class Balance:
    """The time of one version, in minutes.

    ``synchronous`` and ``asynchronous`` count the phases whose situation is
    given; ``shortest`` and ``longest`` are the learner's routes (None when
    the path has a cycle or no phase).
    """

    total: int
    synchronous: int
    asynchronous: int
    without_duration: int
    shortest: int | None
    longest: int | None

    @property
    def synchronous_share(self) -> float | None:
        """The synchronous part of the time whose situation is known, in percent."""
        known = self.synchronous + self.asynchronous
        return 100 * self.synchronous / known if known else None

    def to_dict(self) -> dict[str, Any]:
        """Plain data, the share rounded to one decimal."""
        share = self.synchronous_share
        return {
            "total": self.total,
            "synchronous": self.synchronous,
            "asynchronous": self.asynchronous,
            "synchronous_share": None if share is None else round(share, 1),
            "without_duration": self.without_duration,
            "shortest_route": self.shortest,
            "longest_route": self.longest,
        }
