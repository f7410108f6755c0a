"""The sign-off pack: one document the sponsor or the pedagogical team signs.

:func:`pack` writes one self-contained HTML page (its styles inline, its
pictures inline SVG: it opens without network, prints on A4) and
:func:`pack_pdf` the same as PDF through WeasyPrint (the ``pdf`` extra). In
order: the course at a glance; the objectives; the mind map
(:func:`scenario.render.mindmap.mindmap`); the time balance
(:func:`scenario.render.balance_svg.balance_svg`); the phases of the main
path in order, numbered as on the map, then the detours under their own
heading (« Pour les apprenants qui en ont besoin »);
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
from collections.abc import Sequence
from typing import TYPE_CHECKING

from scenario._version import __version__
from scenario.analysis.requirements import requirements
from scenario.analysis.workload import KINDS
from scenario.dates import readable_date
from scenario.duration import readable_duration
from scenario.errors import ScenarioError
from scenario.i18n import _, ngettext, pgettext, use_language
from scenario.learning_path import Numbering, numbering, routes
from scenario.learning_path.detours import kind_label
from scenario.render._pack_parts import calendar, indicators, paragraph, signatures, table, tag
from scenario.render._pack_style import STYLE

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
        numbers = numbering(scenario)
        by_id = {p.id: p for p in scenario.phases}
        phases = [by_id[pid] for pid in numbers.order]  # the main path, then the detours
        number = numbers.labels
        drawn = mindmap(scenario, lang=chosen).pipe("svg")
        map_svg = _inline_svg(drawn.decode("utf-8") if isinstance(drawn, bytes) else drawn)
        body = [
            _head(scenario, chosen, numbers),
            _section(_("Objectives"), _objectives(scenario)),
            _section(_("Mind map"), f'<figure class="map">{map_svg}</figure>'),
            _section(_("Time balance"), f'<figure class="chart">{balance_svg(scenario)}</figure>'),
            _section(_("The phases"), _phases(phases, numbers, chosen)),
            _section(_("Calendar of sessions"), calendar(scenario, phases, chosen)),
            _section(_("What the scenario takes"), _requirements(scenario, number, chosen)),
            _section(_("Findings and decisions"), _decisions(report, number, scenario, chosen)),
            _section(
                _("Indicators to follow"),
                indicators(scenario, phases, number, numbers.found.exits),
            ),
            _section(_("Sign-off"), signatures()),
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


def _section(title: str, content: str) -> str:
    return f"<section>\n<h2>{esc(title)}</h2>\n{content}\n</section>"


def _head(scenario: Scenario, lang: str, numbers: Numbering) -> str:
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
    found = routes(scenario, numbers.found)
    duration = readable_duration(scenario.total_duration)
    if (found.count > 1 or found.spread) and found.shortest and found.longest:
        duration = _("{low} to {high} depending on the route").format(
            low=readable_duration(found.shortest.minutes),
            high=readable_duration(found.longest.minutes),
        )
    facts.append((pgettext("field", "duration"), duration))
    if scenario.start is not None:
        facts.append((pgettext("field", "start date"), readable_date(scenario.start, lang)))
    count = len(numbers.detours)
    phases = str(len(numbers.main))
    if count:
        phases = ngettext(
            "{phases}, and {count} detour", "{phases}, and {count} detours", count
        ).format(phases=phases, count=count)
    facts.append((_("phases"), phases))
    items = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in facts)
    kind = esc(_("Sign-off pack"))
    return (
        f'<header>\n<p class="kind">{kind}</p>\n'
        f"<h1>{esc(scenario.title)}</h1>\n<dl>{items}</dl>\n</header>"
    )


def _objectives(scenario: Scenario) -> str:
    if not scenario.objectives:
        return paragraph(_("No objective is written yet."), "none")
    return "<ol>" + "".join(f"<li>{esc(o)}</li>" for o in scenario.objectives) + "</ol>"


def _phases(phases: Sequence[Phase], numbers: Numbering, lang: str) -> str:
    """The main path's phases; the detours under their own heading, out of the sequence."""
    found, names = numbers.found, {p.id: p.title or p.id for p in phases}
    table_of = _phase_table([p for p in phases if p.id not in found], numbers, names, lang)
    detoured = [p for p in phases if p.id in found]
    if not detoured:
        return table_of
    heading = esc(_("For the learners who need it"))
    return f"{table_of}\n<h3>{heading}</h3>\n" + _phase_table(detoured, numbers, names, lang)


def _phase_table(
    phases: Sequence[Phase], numbers: Numbering, names: dict[str, str], lang: str
) -> str:
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
    found = numbers.found

    def said(p: Phase) -> str:
        """The phase's id, and for a detour its kind and the phase it branches off."""
        if p.id not in found:
            return p.id
        kind, parent = kind_label(found.kinds[p.id]), numbers.parents[p.id]
        if parent is None:
            return f"{p.id} · {kind}"
        start = f"{numbers.labels[parent]}. {names.get(parent, parent)}"
        return f"{p.id} · " + _("{kind}, from {phase}").format(kind=kind, phase=start)

    rows = [
        [
            numbers.labels[p.id],
            f"{esc(p.title or p.id)}<br><small>{esc(said(p))}</small>",
            esc(p.kind.label(lang)),
            tag(p.group, lang),
            tag(p.situation, lang),
            tag(p.pedagogy, lang),
            esc(", ".join(i.label(lang) for i in p.intentions)) or tag(None, lang),
            esc(readable_duration(p.duration)) if p.duration is not None else tag(None, lang),
            esc(p.module or ""),
        ]
        for p in phases
    ]
    return table(heads, rows, "phases")


def _requirements(scenario: Scenario, number: dict[str, str], lang: str) -> str:
    found = requirements(scenario)
    parts = []
    for heading, lines in found.sections(lang, with_workload=False):
        parts.append(
            f"<h3>{esc(heading)}</h3><ul>" + "".join(f"<li>{esc(x)}</li>" for x in lines) + "</ul>"
        )
    load = found.workload
    detour = " <small>(" + esc(_("detour")) + ")</small>"
    rows = [
        [
            esc(f"{number.get(line.phase, '?')}. {line.phase}"),
            esc(_(KINDS[line.kind])) + (detour if line.detour else ""),
            esc(load.line_text(line)),
        ]
        for line in load.lines
    ]
    parts.append("<h3>" + esc(_("Trainer workload")) + "</h3>")
    if rows:
        parts.append(table([_("Phase"), _("What"), _("Trainer time")], rows, "workload"))
    # The lines of the requirements report, as sentences.
    summary = [f"{line[:1].upper()}{line[1:]}." for line in load.summary_lines()]
    if load.total is None:
        parts.append(paragraph(summary[-1], "none"))
    else:
        parts += [paragraph(line) for line in summary[:-1]]
        parts.append(f"<p><strong>{esc(summary[-1])}</strong></p>")
    return "\n".join(parts)


def _decisions(report: Report, number: dict[str, str], scenario: Scenario, lang: str) -> str:
    if not len(report):
        return paragraph(_("The validation has no finding."))
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
    return f"<p>{esc(summary)}</p>\n" + table(heads, rows, "decisions")


def _foot(source: str | None) -> str:
    text = _("Made by scenario {version}").format(version=__version__)
    if source:
        text = _("Made by scenario {version} from {file}").format(version=__version__, file=source)
    return f"<footer>{esc(text)}</footer>"
