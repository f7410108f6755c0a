"""The sign-off pack: one document the sponsor or the pedagogical team signs.

:func:`pack` writes one self-contained HTML page (its styles inline, its
pictures inline SVG: it opens without network, prints on A4) and
:func:`pack_pdf` the same as PDF through WeasyPrint (the ``pdf`` extra). In
order: the course at a glance; the objectives; the mind map
(:func:`scenario.render.mindmap.mindmap`); the time balance
(:func:`scenario.render.balance_svg.balance_svg`); the phases in path order;
the calendar of sessions (the scenario's ``start``, each phase's ``date``
or ``week``); what the scenario takes and the trainer's workload
(:mod:`scenario.analysis.requirements`, :mod:`scenario.analysis.workload`);
the findings as a decision table (a waiver's reason, an error to fix, a
warning to keep or fix); the indicators to follow (article SPOC en
entreprise (Appvizer): completion, time spent, exchanges, attendance,
success, blocking points, satisfaction, use on the job); a signature block.
French first (``lang="en"`` for English); the scenario's own text is escaped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from scenario._version import __version__
from scenario.analysis.requirements import requirements
from scenario.analysis.workload import workload
from scenario.dates import readable_date, week_start
from scenario.duration import readable_duration
from scenario.errors import ScenarioError
from scenario.i18n import N_, _, ngettext, pgettext, use_language
from scenario.learning_path import build_graph, ordered_phases, routes
from scenario.render._pack_style import STYLE
from scenario.vocabulary import TransitionKind

if TYPE_CHECKING:
    from scenario.model import Phase, Scenario
    from scenario.report import Report

__all__ = ["pack", "pack_pdf"]

esc = html.escape


def pack(
    scenario: Scenario,
    *,
    lang: str | None = None,
    report: Report | None = None,
    source: str | None = None,
) -> str:
    """The sign-off pack of ``scenario`` as one self-contained HTML page.

    Args:
        scenario: the course.
        lang: ``"fr"`` (default) or ``"en"``.
        report: its validation report, when the caller has it (else validated here).
        source: the document's file name, shown at the foot of the page.

    Raises:
        RenderError: Graphviz cannot draw the mind map.
    """
    from scenario.render.balance_svg import balance_svg
    from scenario.render.mindmap import mindmap

    with use_language(lang) as chosen:
        report = report if report is not None else scenario.validate(lang=chosen)
        phases = ordered_phases(scenario, build_graph(scenario))
        number = {p.id: n for n, p in enumerate(phases, start=1)}
        drawn = mindmap(scenario, lang=chosen).pipe("svg")
        map_svg = _inline_svg(drawn.decode("utf-8") if isinstance(drawn, bytes) else drawn)
        body = [
            _head(scenario, chosen),
            _section(_("Objectives"), _objectives(scenario)),
            _section(_("Mind map"), f'<figure class="map">{map_svg}</figure>'),
            _section(_("Time balance"), f'<figure class="chart">{balance_svg(scenario)}</figure>'),
            _section(_("The phases"), _phase_table(phases, chosen)),
            _section(_("Calendar of sessions"), _calendar(scenario, phases, chosen)),
            _section(_("What the scenario takes"), _requirements(scenario, number, chosen)),
            _section(_("Findings and decisions"), _decisions(report, number, scenario, chosen)),
            _section(_("Indicators to follow"), _indicators(scenario, phases, number)),
            _section(_("Sign-off"), _signatures()),
            _foot(source),
        ]
        title = _("Sign-off pack: {title}").format(title=scenario.title)
        return (
            f'<!DOCTYPE html>\n<html lang="{chosen}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{esc(title)}</title>\n<style>\n{STYLE}\n</style>\n</head>\n<body>\n"
            + "\n".join(body)
            + "\n</body>\n</html>\n"
        )


def pack_pdf(scenario: Scenario, **options: object) -> bytes:
    """The sign-off pack as PDF (A4), made from :func:`pack` by WeasyPrint.

    Raises:
        ScenarioError: WeasyPrint (the ``pdf`` extra) or the system libraries it
            needs (Pango) are missing.
    """
    try:
        from weasyprint import HTML
    except ImportError:
        raise ScenarioError(
            _("the PDF needs WeasyPrint: pip install 'scenario-pedagogique[pdf]' (or write .html)")
        ) from None
    except OSError as error:  # WeasyPrint is there, Pango is not
        raise ScenarioError(
            _(
                "WeasyPrint cannot find the system libraries it needs ({error}): install Pango "
                "(Debian, Ubuntu: apt-get install libpango-1.0-0 libpangoft2-1.0-0)"
            ).format(error=str(error)[:200])
        ) from None
    page = pack(scenario, **options)  # type: ignore[arg-type]
    pdf: bytes = HTML(string=page).write_pdf()
    return pdf


# -- the parts --------------------------------------------------------------------


def _inline_svg(svg: str) -> str:
    """Graphviz's SVG without its XML prolog, sized by the page."""
    start = svg.find("<svg")
    svg = svg[start:] if start >= 0 else svg
    svg = re.sub(r"<!--.*?-->", "", svg, flags=re.DOTALL)
    return re.sub(r'<svg width="[^"]*" height="[^"]*"', '<svg class="drawing"', svg, count=1)


def _paragraph(text: str, css: str = "") -> str:
    klass = f' class="{css}"' if css else ""
    return f"<p{klass}>{esc(text)}</p>"


def _section(title: str, content: str) -> str:
    return f"<section>\n<h2>{esc(title)}</h2>\n{content}\n</section>"


def _table(heads: Sequence[str], rows: Iterable[Sequence[str]], css: str = "") -> str:
    """A table; ``rows`` hold HTML already escaped."""
    head = "".join(f"<th>{esc(h)}</th>" for h in heads)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    klass = f' class="{css}"' if css else ""
    return f"<table{klass}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _head(scenario: Scenario, lang: str) -> str:
    facts: list[tuple[str, str]] = []
    if scenario.modality is not None:
        facts.append((pgettext("field", "modality"), scenario.modality.label(lang)))
    audience = scenario.audience
    if audience is not None and (audience.size or audience.description):
        parts = []
        if audience.size:
            parts.append(
                ngettext("{count} learner", "{count} learners", audience.size).format(
                    count=audience.size
                )
            )
        if audience.description:
            parts.append(audience.description)
        facts.append((pgettext("field", "audience"), ", ".join(parts)))
    found = routes(scenario)
    duration = readable_duration(scenario.total_duration)
    if found.count > 1 and found.shortest and found.longest:
        duration = _("{low} to {high} depending on the route").format(
            low=readable_duration(found.shortest.minutes),
            high=readable_duration(found.longest.minutes),
        )
    facts.append((pgettext("field", "duration"), duration))
    if scenario.start is not None:
        facts.append((pgettext("field", "start date"), readable_date(scenario.start, lang)))
    facts.append((_("phases"), str(len(scenario.phases))))
    items = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in facts)
    kind = esc(_("Sign-off pack"))
    return (
        f'<header>\n<p class="kind">{kind}</p>\n'
        f"<h1>{esc(scenario.title)}</h1>\n<dl>{items}</dl>\n</header>"
    )


def _objectives(scenario: Scenario) -> str:
    if not scenario.objectives:
        return _paragraph(_("No objective is written yet."), "none")
    return "<ol>" + "".join(f"<li>{esc(o)}</li>" for o in scenario.objectives) + "</ol>"


def _tag(term: object, lang: str) -> str:
    label = getattr(term, "label", None)
    return esc(label(lang)) if label is not None else '<span class="none">—</span>'


def _when(scenario: Scenario, phase: Phase, lang: str) -> str:
    if phase.date is not None:
        return readable_date(phase.date, lang)
    if phase.week is not None:
        text = _("week {number}").format(number=phase.week)
        if scenario.start is not None:
            begins = readable_date(week_start(scenario.start, phase.week), lang)
            text = _("week {number}, from {date}").format(number=phase.week, date=begins)
        return text
    return ""


def _phase_table(phases: Sequence[Phase], lang: str) -> str:
    heads = [
        "#",
        _("Phase"),
        pgettext("field", "phase kind"),
        pgettext("field", "group"),
        pgettext("field", "situation"),
        pgettext("field", "pedagogy"),
        pgettext("field", "intentions"),
        pgettext("field", "duration"),
        pgettext("field", "module"),
    ]
    rows = [
        [
            str(n),
            f"{esc(p.title or p.id)}<br><small>{esc(p.id)}</small>",
            esc(p.kind.label(lang)),
            _tag(p.group, lang),
            _tag(p.situation, lang),
            _tag(p.pedagogy, lang),
            esc(", ".join(i.label(lang) for i in p.intentions)) or _tag(None, lang),
            esc(readable_duration(p.duration)) if p.duration is not None else _tag(None, lang),
            esc(p.module or ""),
        ]
        for n, p in enumerate(phases, start=1)
    ]
    return _table(heads, rows, "phases")


def _calendar(scenario: Scenario, phases: Sequence[Phase], lang: str) -> str:
    heads = [_("When"), _("Phase"), pgettext("field", "situation"), _("Trainer")]
    planned = [p for p in phases if p.date is not None or p.week is not None]
    rows = [
        [
            esc(_when(scenario, p, lang)),
            esc(p.title or p.id),
            _tag(p.situation, lang),
            esc(_("present") if p.synchronous else "—"),
        ]
        for p in sorted(planned, key=lambda p: _order(scenario, p))
    ]
    left = [p for p in phases if p.date is None and p.week is None]
    parts = []
    if scenario.start is not None:
        begins = readable_date(scenario.start, lang)
        parts.append(_paragraph(_("The course begins on {date}.").format(date=begins)))
    parts.append(_table(heads, rows, "calendar") if rows else "")
    if left:
        names = ", ".join(p.title or p.id for p in left)
        parts.append(_paragraph(_("Not planned yet: {phases}.").format(phases=names), "none"))
    return "\n".join(p for p in parts if p)


def _order(scenario: Scenario, phase: Phase) -> tuple[int, int]:
    if phase.date is not None:
        return (phase.date.toordinal(), 0)
    start = scenario.start.toordinal() if scenario.start else 0
    return (start + 7 * ((phase.week or 1) - 1), 1)


def _requirements(scenario: Scenario, number: dict[str, int], lang: str) -> str:
    parts = []
    for heading, lines in requirements(scenario)._sections(lang):
        parts.append(
            f"<h3>{esc(heading)}</h3><ul>" + "".join(f"<li>{esc(x)}</li>" for x in lines) + "</ul>"
        )
    load = workload(scenario)
    detour = " <small>(" + esc(_("detour")) + ")</small>"
    kinds = {
        "session": _("session"),
        "tutoring": _("tutoring, per learner"),
        "marking": _("marking, per learner"),
    }
    rows = [
        [
            esc(f"{number.get(line.phase, '?')}. {line.phase}"),
            esc(kinds[line.kind]) + (detour if line.detour else ""),
            esc(str(line.count) if line.count is not None else _("per group")),
            esc(readable_duration(line.each) if line.each is not None else "—"),
            esc(readable_duration(line.minutes) if line.minutes is not None else "—"),
        ]
        for line in load.lines
    ]
    parts.append("<h3>" + esc(_("Trainer workload")) + "</h3>")
    if rows:
        heads = [_("Phase"), _("What"), _("How many"), _("Each"), _("Trainer time")]
        parts.append(_table(heads, rows, "workload"))
    if load.total is not None:
        text = _("In all: {total} of trainer time.").format(total=readable_duration(load.total))
        if load.detour_minutes:
            text += " " + _(
                "Of which {minutes} for the detour phases, counted as if every learner took them."
            ).format(minutes=readable_duration(load.detour_minutes))
        parts.append(f"<p><strong>{esc(text)}</strong></p>")
    else:
        parts.append(
            _paragraph(_("No total: the audience size or a duration is not given."), "none")
        )
    return "\n".join(parts)


def _decisions(report: Report, number: dict[str, int], scenario: Scenario, lang: str) -> str:
    if not len(report):
        return _paragraph(_("The validation has no finding."))
    heads = [_("Severity"), _("Rule"), _("Phase"), _("Finding"), _("Decision")]
    rows = []
    for f in sorted(report, key=lambda f: (f.waived, f.severity.rank)):
        if f.waived:
            decision = esc(
                _("waived: {reason}").format(reason=f.waiver_reason or _("no reason given"))
            )
            css = "waived"
        elif f.severity.value == "error":
            decision, css = "<strong>" + esc(_("to fix")) + "</strong>", "fix"
        else:
            decision, css = esc(_("☐ kept  ☐ to fix")), "decide"
        phase = ""
        if f.phase is not None:
            found = scenario.find_phase(f.phase)
            phase = esc(
                f"{number.get(f.phase, '?')}. {found.title if found and found.title else f.phase}"
            )
        rows.append(
            [
                f'<span class="{css}">{esc(f.severity.label(lang))}</span>',
                f"<code>{esc(f.rule)}</code>",
                phase,
                esc(f.message),
                decision,
            ]
        )
    summary = _("{fix} to fix, {waived} waived, {decide} to decide").format(
        fix=len(report.errors),
        waived=len(report.waived),
        decide=len(report.warnings) + len(report.infos),
    )
    return f"<p>{esc(summary)}</p>\n" + _table(heads, rows, "decisions")


_INDICATORS = (
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


def _indicators(scenario: Scenario, phases: Sequence[Phase], number: dict[str, int]) -> str:
    loops = {t.source for t in scenario.transitions if t.kind is TransitionKind.REMEDIATION}
    exits = phases[-1:] if phases else []
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
    for key, name, what in _INDICATORS:
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
        _table([_("Indicator"), _("What to measure"), _("Where")], rows, "indicators")
        + f'\n<p class="note">{esc(note)}</p>'
    )


def _signatures() -> str:
    roles = [_("Instructional designer"), _("Sponsor"), _("Pedagogical team")]
    decision = esc(_("☐ approved  ☐ approved with reservations  ☐ to rework"))
    rows = [[esc(role), "", "", decision, ""] for role in roles]
    heads = [_("Role"), _("Name"), _("Date"), _("Decision"), _("Signature")]
    return _table(heads, rows, "signatures")


def _foot(source: str | None) -> str:
    text = _("Made by scenario {version}").format(version=__version__)
    if source:
        text = _("Made by scenario {version} from {file}").format(version=__version__, file=source)
    return f"<footer>{esc(text)}</footer>"
