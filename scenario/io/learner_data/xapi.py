"""xAPI statements (JSON lines, or one JSON array), as Moodle and Open edX send them.

Each statement is checked with ralph's ``BaseXapiStatement`` (the
``ralph-malph`` package, the ``lms`` extra): any statement of xAPI 1.0.x,
strict about its fields. Then, per learner and activity:

- **reached**: any statement on the activity (viewed, progressed, completed...);
- **completed**: a statement whose ``result.completion`` is true, the verbs
  *completed*, *passed* and *failed*, or Open edX's *progressed* at 100 %;
- **success**: the last ``result.success`` given, or *passed* / *failed*;
- **times**: the first and last ``timestamp``, the time of completion, and the
  sum of the ``result.duration`` given.

Moodle's logstore_xapi names the learner with an ``account`` (and may add a
name or an e-mail), the activity with ``<site>/mod/<module>/view.php?id=<n>``
and its name in ``definition.name``; Open edX with an anonymous account and
``<site>/xblock/<block id>``. A learner is kept as a number only. Statements
on the course itself (``/course/view.php``, Open edX's ``/course/...``) are
counted as skipped: they say nothing of a phase.

Lines (or the statements of an array) are read one at a time, each bounded;
a file over the byte limit or with more statements than the row limit is
refused (both can be raised: :mod:`scenario.io.limits`).
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from scenario.errors import LearnerDataError, ScenarioError
from scenario.i18n import _
from scenario.io.learner_data._bounded import (
    array_items,
    bounded_lines,
    parse_statement,
    too_many_traces,
)
from scenario.io.learner_data._model import DEFAULT_MAX_ROWS, Activity, LearnerData, Trace
from scenario.io.limits import Limits, current_limits

__all__ = ["read_xapi"]

VERB_COMPLETED = "http://adlnet.gov/expapi/verbs/completed"
VERB_PASSED = "http://adlnet.gov/expapi/verbs/passed"
VERB_FAILED = "http://adlnet.gov/expapi/verbs/failed"
VERB_PROGRESSED = "http://adlnet.gov/expapi/verbs/progressed"
#: The extension where Open edX writes a block's progress, in percent.
PROGRESS = "https://w3id.org/xapi/cmi5/result/extensions/progress"

_DURATION = re.compile(
    r"P(?:(?P<d>\d+(?:\.\d+)?)D)?(?:T(?:(?P<h>\d+(?:\.\d+)?)H)?(?:(?P<m>\d+(?:\.\d+)?)M)?"
    r"(?:(?P<s>\d+(?:\.\d+)?)S)?)?"
)
_LANGUAGES = ("fr", "fr-FR", "en", "en-US", "en-GB", "und")


def _validator() -> Any:
    try:
        from ralph.models.xapi.base.statements import BaseXapiStatement
    except ImportError as error:
        raise ScenarioError(
            _("reading xAPI statements needs ralph-malph: pip install 'scenario-pedagogique[lms]'")
        ) from error
    return BaseXapiStatement


def _seconds(text: object) -> float | None:
    """The seconds of an ISO 8601 duration (``PT1H2M3.5S``), or None."""
    if not isinstance(text, str):
        return None
    found = _DURATION.fullmatch(text)
    if found is None or text in ("P", "PT"):
        return None
    parts = {k: float(v) for k, v in found.groupdict().items() if v}
    seconds = (
        parts.get("d", 0) * 86400 + parts.get("h", 0) * 3600 + parts.get("m", 0) * 60
    ) + parts.get("s", 0)
    return seconds if math.isfinite(seconds) else None


def _ids(iri: str) -> tuple[str, ...]:
    """The identifiers of an activity's IRI a phase's ``lms:`` may give."""
    ids = [iri]
    parts = urlsplit(iri)
    cmid = parse_qs(parts.query).get("id")
    if cmid and "/mod/" in parts.path:
        ids.append(cmid[0])
    tail = parts.path.rstrip("/").rsplit("/", 1)[-1]
    if tail.startswith("block-v1:"):
        ids.append(tail)
        ids.append(tail.rsplit("@", 1)[-1])
    return tuple(dict.fromkeys(ids))


def _on_course(iri: str) -> bool:
    path = urlsplit(iri).path
    return path.endswith("/course/view.php") or bool(re.search(r"/course/course-v1:[^/]*/?$", path))


def _name(definition: dict[str, Any] | None) -> str | None:
    names = (definition or {}).get("name") or {}
    if not isinstance(names, dict) or not names:
        return None
    for lang in _LANGUAGES:
        if names.get(lang):
            return str(names[lang])
    return str(next(iter(names.values())))


def _learner(actor: dict[str, Any]) -> str:
    """The key that tells a learner apart (kept in memory only, never shown)."""
    account = actor.get("account") or {}
    for key in ("mbox", "mbox_sha1sum", "openid"):
        if actor.get(key):
            return f"{key}:{actor[key]}"
    if account:
        return f"account:{account.get('homePage')}|{account.get('name')}"
    members = actor.get("member") or []
    return "group:" + ",".join(sorted(_learner(m) for m in members if isinstance(m, dict)))


def _when(text: object) -> datetime.datetime | None:
    if not isinstance(text, str):
        return None
    try:
        found = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    # A time without a zone is taken as UTC, so that every time of a file compares.
    return found if found.tzinfo else found.replace(tzinfo=datetime.timezone.utc)


def _statements(path: Path, name: str, max_rows: int, limits: Limits) -> Iterator[tuple[int, Any]]:
    """(line, parsed JSON) of each statement: JSON lines, or one JSON array (its
    statements numbered from 1), one at a time, each bounded (:mod:`._bounded`)."""
    with path.open("rb") as probe:
        head = probe.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n")
    count = 0
    if head.startswith(b"["):
        with path.open("rb") as handle:
            for index, statement in enumerate(array_items(handle, name, limits)):
                count += 1
                if count > max_rows:
                    raise _too_many(name, None, max_rows)
                yield index + 1, statement
        return
    with path.open("rb") as handle:
        for line, raw in enumerate(bounded_lines(handle, name, limits), start=1):
            if not raw.strip():
                continue
            count += 1
            if count > max_rows:
                raise _too_many(name, line, max_rows)
            try:
                yield line, parse_statement(raw.decode("utf-8-sig"))
            except (UnicodeDecodeError, ValueError):
                raise LearnerDataError(
                    _("the line is not one JSON object"),
                    source=name,
                    line=line,
                    hint=_("xAPI statements are read one JSON object per line"),
                ) from None


def _too_many(name: str, line: int | None, max_rows: int) -> LearnerDataError:
    return LearnerDataError(
        _("more than {count} statements").format(count=max_rows),
        source=name,
        line=line,
        hint=_(
            "raise the limit with --max-rows or --limits data_rows=... "
            "(max_rows= or Limits(data_rows=...) in Python)"
        ),
    )


def _refusal(error: Any) -> str:
    """Where a statement is wrong, from pydantic's error, without quoting its values.

    The names of the alternatives pydantic tried (``BaseXapiAgentWithMbox``...) are
    left out of the places; each place is given once.
    """
    places: list[str] = []
    for detail in error.errors(include_input=False, include_url=False):
        parts = [
            str(part)
            for part in detail.get("loc", ())
            if not (isinstance(part, str) and (part[:1].isupper() or part.startswith("function")))
        ]
        place = f"{'.'.join(parts) or 'statement'} ({detail.get('type', 'invalid')})"
        if place not in places:
            places.append(place)
    return ", ".join(places[:3])


def read_xapi(
    path: str | Path,
    *,
    max_rows: int = DEFAULT_MAX_ROWS,
    source: str | None = None,
    limits: Limits | None = None,
) -> LearnerData:
    """Read xAPI statements (JSON lines, or a JSON array) into learner data.

    Args:
        path: the file.
        max_rows: the most statements read; more is refused.
        source: the name messages give the file (default: ``path``).
        limits: the input policy (default: the limits in force).

    Raises:
        LearnerDataError: a line is not JSON or not a valid xAPI statement (the
            message names the line and the field, never a value).
        ScenarioError: ralph-malph is not installed.
    """
    path = Path(path)
    name = source or str(path)
    model = _validator()
    from pydantic import ValidationError

    learners: dict[str, int] = {}
    activities: dict[str, Activity] = {}
    found: dict[tuple[int, str], dict[str, Any]] = {}
    skipped = 0
    limits = limits or current_limits()
    for line, data in _statements(path, name, max_rows, limits):
        if not isinstance(data, dict):
            raise LearnerDataError(_("the statement is not a JSON object"), source=name, line=line)
        try:
            model.model_validate(data)
        except RecursionError:
            raise LearnerDataError(
                _("the xAPI statement nests too deeply"), source=name, line=line
            ) from None
        except ValidationError as error:
            raise LearnerDataError(
                _("the xAPI statement is not valid: {places}").format(places=_refusal(error)),
                source=name,
                line=line,
                hint=_("a statement needs an actor, a verb and an object, as xAPI 1.0 says"),
            ) from None
        target = data["object"]
        iri = str(target.get("id", ""))
        if target.get("objectType", "Activity") != "Activity" or not iri:
            skipped += 1
            continue
        if _on_course(iri):
            skipped += 1
            continue
        learner = learners.setdefault(_learner(data["actor"]), len(learners))
        known = activities.get(iri)
        if known is None or known.name is None:
            activities[iri] = Activity(iri, _name(target.get("definition")), _ids(iri))
        if len(found) >= limits.data_traces and (learner, iri) not in found:
            raise too_many_traces(name, line, limits)
        record = found.setdefault(
            (learner, iri),
            {
                "first": None,
                "last": None,
                "completed": False,
                "success": None,
                "done": None,
                "seconds": None,
            },
        )
        when = _when(data.get("timestamp"))
        if when is not None:
            record["first"] = when if record["first"] is None else min(record["first"], when)
            record["last"] = when if record["last"] is None else max(record["last"], when)
        verb = data["verb"]["id"]
        result = data.get("result") or {}
        extensions = result.get("extensions") or {}
        completed = (
            result.get("completion") is True
            or (verb == VERB_COMPLETED and result.get("completion") is not False)
            or verb in (VERB_PASSED, VERB_FAILED)
            or (verb == VERB_PROGRESSED and _number(extensions.get(PROGRESS)) >= 100)
        )
        if completed:
            record["completed"] = True
            if when is not None:
                record["done"] = when if record["done"] is None else min(record["done"], when)
        if verb == VERB_PASSED:
            record["success"] = True
        elif verb == VERB_FAILED:
            record["success"] = False
        elif isinstance(result.get("success"), bool):
            record["success"] = result["success"]
        seconds = _seconds(result.get("duration"))
        if seconds is not None:
            record["seconds"] = (record["seconds"] or 0.0) + seconds
    traces = tuple(
        Trace(
            learner=learner,
            activity=iri,
            reached=True,
            completed=record["completed"],
            success=record["success"],
            first=record["first"],
            last=record["last"],
            completed_at=record["done"],
            seconds=record["seconds"],
        )
        for (learner, iri), record in found.items()
    )
    return LearnerData(
        source=name,
        kind="xapi",
        learners=len(learners),
        activities=tuple(activities.values()),
        traces=traces,
        skipped=skipped,
    )


def _number(value: object) -> float:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else 0.0
