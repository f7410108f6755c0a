"""The synopsis designers sign off: the scenario as a readable document, in path order.

:func:`synopsis` (also :meth:`Scenario.synopsis <scenario.model.Scenario.synopsis>`)
writes Markdown or a self-contained HTML page (no external style or script,
every text of the scenario escaped):

- the **learner view**: the course (modality, audience, duration, objectives)
  and each phase in the order a learner meets it (see
  :func:`scenario.learning_path.path_order`), grouped by module, with its
  tags, duration, activities and resources; where the path branches, and
  where a remediation loop leads back, the phase says so;
- the **trainer view** adds the phase ids, the synchronous sessions to run,
  what the scenario takes (:func:`scenario.analysis.requirements.requirements`)
  and the findings of :meth:`Scenario.validate <scenario.model.Scenario.validate>`.

>>> from scenario.model import Scenario
>>> s = Scenario("Démo", modality="présentiel", objectives=["animer une réunion"])
>>> _ = s.add_phase("intro", "découverte", "Accueil", situation="présentiel", duration=30)
>>> print(synopsis(s))
# Démo
<BLANKLINE>
*Synopsis apprenant*
<BLANKLINE>
- **Modalité :** présentiel
- **Durée :** 30 min
<BLANKLINE>
## Objectifs
<BLANKLINE>
- animer une réunion
<BLANKLINE>
## Déroulé
<BLANKLINE>
### 1. Accueil
<BLANKLINE>
découverte · présentiel · 30 min
<BLANKLINE>
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from scenario._text import quote
from scenario.duration import readable_duration
from scenario.errors import ScenarioError
from scenario.i18n import (
    N_,
    _,
    current_language,
    format_number,
    ngettext,
    pgettext,
    use_language,
)
from scenario.palette import NEUTRAL, PAGE_RULE, PAGE_TEXT

if TYPE_CHECKING:
    from scenario.model import Phase, Scenario

__all__ = ["FORMATS", "VIEWS", "synopsis"]

#: The views a synopsis is written for.
VIEWS = ("learner", "trainer")
#: The formats a synopsis is written in.
FORMATS = ("md", "html")

#: The subtitle of each view.
_VIEW_TITLES = {"learner": N_("Learner synopsis"), "trainer": N_("Trainer synopsis")}

# A block of the document: (kind, payload). Kinds: h1 to h4, p, em, ul (texts), kv (pairs).
Block = tuple[str, Any]


def _tags(phase: Phase, lang: str) -> str:
    parts = [phase.kind.label(lang)]
    for term in (phase.group, phase.situation, phase.pedagogy):
        if term is not None:
            parts.append(term.label(lang))
    parts += [i.label(lang) for i in phase.intentions]
    return " · ".join(parts)


def _blocks(scenario: Scenario, view: str, lang: str) -> list[Block]:
    from scenario.analysis.stats import stats
    from scenario.learning_path import build_graph, ordered_phases

    trainer = view == "trainer"
    graph = build_graph(scenario)
    order = ordered_phases(scenario, graph)
    balance = stats(scenario)
    blocks: list[Block] = [("h1", scenario.title), ("em", _(_VIEW_TITLES[view]))]

    facts: list[tuple[str, str]] = []
    if scenario.modality is not None:
        facts.append((_("Modality"), scenario.modality.label(lang)))
    audience = scenario.audience
    if audience is not None and (audience.size or audience.description):
        text = ""
        if audience.size:
            text = ngettext("{count} person", "{count} people", audience.size).format(
                count=format_number(audience.size, 0)
            )
        if audience.description:
            text = f"{text}, {audience.description}" if text else audience.description
        facts.append((_("Audience"), text))
    routes = balance.routes
    duration = readable_duration(balance.total_minutes)
    if (routes.count > 1 or routes.spread) and routes.shortest and routes.longest:
        duration = _("{low} to {high} depending on the route").format(
            low=readable_duration(routes.shortest.minutes),
            high=readable_duration(routes.longest.minutes),
        )
    elif routes.longest is not None:
        duration = readable_duration(routes.longest.minutes)
    if balance.phases_without_duration:
        duration = _("{duration}, not counting the phases without a duration").format(
            duration=duration
        )
    facts.append((_("Duration"), duration))
    if trainer:
        facts.append((_("Synchronous time"), readable_duration(balance.synchronous_minutes)))
        facts.append((_("Asynchronous time"), readable_duration(balance.asynchronous_minutes)))
    blocks.append(("kv", facts))
    if scenario.objectives:
        blocks += [("h2", _("Objectives")), ("ul", list(scenario.objectives))]

    blocks.append(("h2", _("Course outline")))
    if not order:
        blocks.append(("p", _("no phase")))
    numbers = {phase.id: number for number, phase in enumerate(order, start=1)}
    sep = pgettext("between the items of a list", "; ")
    names = {phase.id: phase.title or phase.id for phase in scenario.phases}

    def named(ids: Sequence[str]) -> str:
        return sep.join(f"{numbers.get(i, '?')}. {names.get(i, i)}" for i in ids)

    grouped = any(p.module for p in order)
    module: object = object()
    for number, phase in enumerate(order, start=1):
        if grouped and phase.module != module:
            module = phase.module
            heading = _("Module: {name}").format(name=module) if module else _("Outside any module")
            blocks.append(("h3", heading))
        blocks.append(("h4" if grouped else "h3", f"{number}. {phase.title or phase.id}"))
        line = _tags(phase, lang) + " · "
        line += (
            readable_duration(phase.duration)
            if phase.duration is not None
            else _("duration not given")
        )
        if trainer:
            line += " · " + _("id: {id}").format(id=phase.id)
        blocks.append(("p", line))
        pairs: list[tuple[str, str]] = []
        if phase.activities:
            pairs.append((_("Activities"), sep.join(phase.activities)))
        if phase.resources:
            pairs.append((_("Resources"), sep.join(phase.resources)))
        edges = [(b, graph.edges[phase.id, b]["kind"]) for b in graph.successors(phase.id)]
        following = [b for b, kind in edges if kind == "sequence"]
        if len(following) > 1:
            pairs.append((_("Next, by choice or as the case may be"), named(following)))
        back = [b for b, kind in edges if kind != "sequence"]
        if back:
            pairs.append((_("If needed, back to"), named(back)))
        if pairs:
            blocks.append(("kv", pairs))

    if trainer:
        blocks += _trainer_blocks(scenario, order, lang)
    return blocks


def _trainer_blocks(scenario: Scenario, order: Sequence[Phase], lang: str) -> list[Block]:
    from scenario.analysis.requirements import requirements

    blocks: list[Block] = [("h2", _("Synchronous sessions to run"))]
    sessions = [p for p in order if p.synchronous]
    if sessions:
        items = []
        for phase in sessions:
            parts = [phase.title or phase.id]
            if phase.situation is not None:
                parts.append(phase.situation.label(lang))
            if phase.group is not None:
                parts.append(phase.group.label(lang))
            if phase.duration is not None:
                parts.append(readable_duration(phase.duration))
            if phase.resources:
                parts.append(", ".join(phase.resources))
            items.append(" · ".join(parts))
        blocks.append(("ul", items))
    else:
        blocks.append(("p", _("No synchronous session: the whole path is self-paced.")))
    blocks.append(("h2", _("What the scenario takes")))
    for heading, lines in requirements(scenario).sections():
        blocks += [("h3", heading), ("ul", lines)]
    blocks.append(("h2", _("Validation findings")))
    report = scenario.validate(lang=lang)
    blocks.append(("p", report.summary()))
    if len(report):
        items = []
        for finding in report:
            severity = finding.severity.label(lang)
            if finding.phase:
                text = _("{severity} {rule} — {phase}: {message}").format(
                    severity=severity,
                    rule=finding.rule,
                    phase=finding.phase,
                    message=finding.message,
                )
            else:
                text = _("{severity} {rule} — {message}").format(
                    severity=severity, rule=finding.rule, message=finding.message
                )
            if finding.waived:
                waived = (
                    _("waived: {reason}").format(reason=finding.waiver_reason)
                    if finding.waiver_reason
                    else pgettext("finding", "waived")
                )
                text += f" ({waived})"
            items.append(text)
        blocks.append(("ul", items))
    return blocks


# -- rendering --------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")
# Runs of white space but the no-break spaces French typography puts (``5 000``).
_SPACES = re.compile(r"[^\S\u00a0\u202f]+")


def _md(text: str) -> str:
    """User text made inert in Markdown: its markup characters are escaped."""
    return _MD_SPECIAL.sub(r"\\\1", _SPACES.sub(" ", str(text)).strip())


def _kv(payload: Any) -> list[tuple[str, str]]:
    return [(str(k), str(v)) for k, v in payload]


def _markdown(blocks: list[Block]) -> str:
    out: list[str] = []
    for kind, payload in blocks:
        if kind in ("h1", "h2", "h3", "h4"):
            out.append("#" * int(kind[1]) + " " + _md(str(payload)))
        elif kind == "em":
            out.append(f"*{_md(str(payload))}*")
        elif kind == "p":
            out.append(_md(str(payload)))
        elif kind == "ul":
            out.append("\n".join(f"- {_md(item)}" for item in _kv_items(payload)))
        elif kind == "kv":
            out.append("\n".join(f"- **{_label(_md(k))}** {_md(v)}" for k, v in _kv(payload)))
        out.append("")
    return "\n".join(out)


def _kv_items(payload: Any) -> list[str]:
    return [str(item) for item in payload]


_STYLE = f"""
body {{ font-family: system-ui, sans-serif; max-width: 46rem; margin: 2rem auto;
       padding: 0 1rem; line-height: 1.5; color: {PAGE_TEXT}; }}
h1 {{ margin-bottom: 0; }}
h2 {{ border-bottom: 1px solid {PAGE_RULE}; padding-bottom: .2rem; margin-top: 2rem; }}
h3, h4 {{ margin-bottom: .2rem; }}
p.tags {{ color: {NEUTRAL.strong}; margin-top: 0; }}
dl {{ margin: .3rem 0; }} dt {{ font-weight: bold; float: left; margin-right: .4rem; }}
dd {{ margin: 0 0 .2rem 0; }}
""".strip()


def _label(label: str) -> str:
    """A label before its value, with the colon the language wants (``Durée :``)."""
    return _("{label}:").format(label=label)


def _html(blocks: list[Block], lang: str) -> str:
    esc = html.escape
    title = next((str(p) for k, p in blocks if k == "h1"), "")
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f"<style>\n{_STYLE}\n</style>",
        "</head>",
        "<body>",
    ]
    previous = ""
    for kind, payload in blocks:
        if kind in ("h1", "h2", "h3", "h4"):
            out.append(f"<{kind}>{esc(str(payload))}</{kind}>")
        elif kind == "em":
            out.append(f"<p><em>{esc(str(payload))}</em></p>")
        elif kind == "p":
            css = ' class="tags"' if previous in ("h3", "h4") else ""
            out.append(f"<p{css}>{esc(str(payload))}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in _kv_items(payload)) + "</ul>")
        elif kind == "kv":
            out.append(
                "<dl>"
                + "".join(f"<dt>{_label(esc(k))}</dt><dd>{esc(v)}</dd>" for k, v in _kv(payload))
                + "</dl>"
            )
        previous = kind
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


def synopsis(
    scenario: Scenario, view: str = "learner", format: str = "md", lang: str | None = None
) -> str:
    """The scenario as a readable document.

    Args:
        scenario: the scenario.
        view: ``"learner"`` (the course and its phases) or ``"trainer"``
            (also the synchronous sessions, the requirements and the findings).
        format: ``"md"`` (Markdown) or ``"html"`` (a self-contained page).
        lang: ``"fr"`` or ``"en"``, for the headings and the tags (None: the
            current language, French unless chosen otherwise); the scenario's
            own text is left as written.

    Raises:
        ScenarioError: an unknown view or format.
        LanguageError: an unknown language.
    """
    with use_language(lang):
        for option, value, choices in (("view", view, VIEWS), ("format", format, FORMATS)):
            if value not in choices:
                raise ScenarioError(
                    _("{option} must be one of {choices} (got {value})").format(
                        option=option, choices=", ".join(choices), value=quote(value)
                    )
                )
        spoken = current_language()
        blocks = _blocks(scenario, view, spoken)
        return _html(blocks, spoken) if format == "html" else _markdown(blocks)
