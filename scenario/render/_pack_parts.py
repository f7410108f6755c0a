"""Parts of the sign-off pack (:mod:`scenario.render.pack`): tables, the calendar of
sessions, the indicators to follow, the signature block."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from scenario.dates import readable_date, week_start
from scenario.i18n import N_, _, pgettext
from scenario.vocabulary import TransitionKind

if TYPE_CHECKING:
    from scenario.model import Phase, Scenario

esc = html.escape


def paragraph(text: str, css: str = "") -> str:
    klass = f' class="{css}"' if css else ""
    return f"<p{klass}>{esc(text)}</p>"


def table(heads: Sequence[str], rows: Iterable[Sequence[str]], css: str = "") -> str:
    """A table; ``rows`` hold HTML already escaped."""
    head = "".join(f"<th>{esc(h)}</th>" for h in heads)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    klass = f' class="{css}"' if css else ""
    return f"<table{klass}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def tag(term: object, lang: str) -> str:
    label = getattr(term, "label", None)
    return esc(label(lang)) if label is not None else '<span class="none">—</span>'


def when(scenario: Scenario, phase: Phase, lang: str) -> str:
    if phase.date is not None:
        return readable_date(phase.date, lang)
    if phase.week is not None:
        text = _("week {number}").format(number=phase.week)
        if scenario.start is not None:
            try:
                begins = readable_date(week_start(scenario.start, phase.week), lang)
            except OverflowError:  # a week past the year 9999: the week alone is shown
                return text
            text = _("week {number}, from {date}").format(number=phase.week, date=begins)
        return text
    return ""


def calendar(scenario: Scenario, phases: Sequence[Phase], lang: str) -> str:
    heads = [_("When"), _("Phase"), pgettext("field", "situation"), _("Trainer")]
    planned = [p for p in phases if p.date is not None or p.week is not None]
    rows = [
        [
            esc(when(scenario, p, lang)),
            esc(p.title or p.id),
            tag(p.situation, lang),
            esc(_("present") if p.synchronous else "—"),
        ]
        for p in sorted(planned, key=lambda p: order(scenario, p))
    ]
    left = [p for p in phases if p.date is None and p.week is None]
    parts = []
    if scenario.start is not None:
        begins = readable_date(scenario.start, lang)
        parts.append(paragraph(_("The course begins on {date}.").format(date=begins)))
    parts.append(table(heads, rows, "calendar") if rows else "")
    if left:
        names = ", ".join(p.title or p.id for p in left)
        parts.append(paragraph(_("Not planned yet: {phases}.").format(phases=names), "none"))
    return "\n".join(p for p in parts if p)


def order(scenario: Scenario, phase: Phase) -> tuple[int, int]:
    if phase.date is not None:
        return (phase.date.toordinal(), 0)
    start = scenario.start.toordinal() if scenario.start else 0
    return (start + 7 * ((phase.week or 1) - 1), 1)


INDICATORS = (
    ("all", N_("Completion rate"), N_("how many learners go to the end, module by module")),
    (
        "async",
        N_("Time spent against time planned"),
        N_("the time learners really spend on the self-paced phases"),
    ),
    (
        "exchange",
        N_("Taking part in exchanges"),
        N_("posts, answers and contributions in the phases of sharing"),
    ),
    (
        "sync",
        N_("Attendance at live sessions"),
        N_("who is there at the sessions with the trainer"),
    ),
    ("assess", N_("Success in assessments"), N_("scores and retakes of the phases that assess")),
    ("loop", N_("Blocking points"), N_("the share of learners sent back by a remediation loop")),
    ("exit", N_("Satisfaction and feedback"), N_("what learners say at the end of the course")),
    (
        "job",
        N_("Use on the job"),
        N_("a few months later, what the learners do with the objectives at work"),
    ),
)


def indicators(
    scenario: Scenario,
    phases: Sequence[Phase],
    number: dict[str, str],
    exit_ids: Sequence[str] = (),
) -> str:
    """The indicators to follow, each with the phases where to measure it (``exit_ids``:
    the exit phases of the main path, where satisfaction is asked)."""
    loops = {t.source for t in scenario.transitions if t.kind is TransitionKind.REMEDIATION}
    exits = [p for p in phases if p.id in exit_ids]
    concern = {
        "all": list(phases),
        "async": [p for p in phases if p.synchronous is False and p.duration is not None],
        "exchange": [p for p in phases if any(i.value == "partager" for i in p.intentions)],
        "sync": [p for p in phases if p.synchronous],
        "assess": [p for p in phases if p.assesses],
        "loop": [p for p in phases if p.id in loops],
        "exit": list(exits),
        "job": [],
    }
    rows = []
    for key, name, what in INDICATORS:
        found = concern[key]
        if key not in ("all", "job") and not found:
            continue
        where = (
            ", ".join(f"{number[p.id]}. {p.title or p.id}" for p in found)
            if key != "all"
            else _("every phase")
        )
        if key == "job":
            where = _("the objectives")
        rows.append(["<strong>" + esc(_(name)) + "</strong>", esc(_(what)), esc(where)])
    note = _(
        "After the article SPOC en entreprise (Appvizer): follow them to adjust the next sessions."
    )
    return (
        table([_("Indicator"), _("What to measure"), _("Where")], rows, "indicators")
        + f'\n<p class="note">{esc(note)}</p>'
    )


def signatures() -> str:
    roles = [_("Instructional designer"), _("Sponsor"), _("Pedagogical team")]
    decision = esc(_("☐ approved  ☐ approved with reservations  ☐ to rework"))
    rows = [[esc(role), "", "", decision, ""] for role in roles]
    heads = [_("Role"), _("Name"), _("Date"), _("Decision"), _("Signature")]
    return table(heads, rows, "signatures")
