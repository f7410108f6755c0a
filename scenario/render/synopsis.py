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

from scenario.errors import ScenarioError
from scenario.palette import NEUTRAL, PAGE_RULE, PAGE_TEXT

if TYPE_CHECKING:
    from scenario.model import Phase, Scenario

__all__ = ["FORMATS", "VIEWS", "synopsis"]

#: The views a synopsis is written for.
VIEWS = ("learner", "trainer")
#: The formats a synopsis is written in.
FORMATS = ("md", "html")

_WORDS = {
    "fr": {
        "learner": "Synopsis apprenant",
        "trainer": "Synopsis formateur",
        "modality": "Modalité",
        "audience": "Public",
        "people": "personnes",
        "duration": "Durée",
        "route": "de {low} à {high} selon le chemin",
        "objectives": "Objectifs",
        "path": "Déroulé",
        "module": "Module",
        "no module": "Hors module",
        "activities": "Activités",
        "resources": "Ressources",
        "next": "Ensuite, au choix ou selon le cas",
        "remediation": "Si besoin, retour à",
        "no duration": "durée non renseignée",
        "partial": ", sans les phases dont la durée n'est pas renseignée",
        "sessions": "Sessions synchrones à animer",
        "no sessions": "Aucune session synchrone : tout le parcours se fait à son rythme.",
        "sync total": "Temps synchrone",
        "async total": "Temps asynchrone",
        "requirements": "Ce que demande le scénario",
        "findings": "Constats de la validation",
        "no findings": "Aucun constat.",
        "id": "id",
        "waived": "dérogation",
        "none": "aucune phase",
        "colon": " :",
    },
    "en": {
        "learner": "Learner synopsis",
        "trainer": "Trainer synopsis",
        "modality": "Modality",
        "audience": "Audience",
        "people": "people",
        "duration": "Duration",
        "route": "{low} to {high} depending on the route",
        "objectives": "Objectives",
        "path": "Course outline",
        "module": "Module",
        "no module": "Outside any module",
        "activities": "Activities",
        "resources": "Resources",
        "next": "Next, by choice or as the case may be",
        "remediation": "If needed, back to",
        "no duration": "duration not given",
        "partial": ", not counting the phases without a duration",
        "sessions": "Synchronous sessions to run",
        "no sessions": "No synchronous session: the whole path is self-paced.",
        "sync total": "Synchronous time",
        "async total": "Asynchronous time",
        "requirements": "What the scenario takes",
        "findings": "Validation findings",
        "no findings": "No finding.",
        "id": "id",
        "waived": "waived",
        "none": "no phase",
        "colon": ":",
    },
}

# A block of the document: (kind, payload). Kinds: h1 to h4, p, em, ul (texts), kv (pairs).
Block = tuple[str, Any]


def _minutes(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if hours == 0:
        return f"{rest} min"
    return f"{hours} h {rest:02d}" if rest else f"{hours} h"


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

    w = _WORDS[lang]
    trainer = view == "trainer"
    graph = build_graph(scenario)
    order = ordered_phases(scenario, graph)
    balance = stats(scenario)
    blocks: list[Block] = [("h1", scenario.title), ("em", w[view])]

    facts: list[tuple[str, str]] = []
    if scenario.modality is not None:
        facts.append((w["modality"], scenario.modality.label(lang)))
    audience = scenario.audience
    if audience is not None and (audience.size or audience.description):
        text = f"{audience.size} {w['people']}" if audience.size else ""
        if audience.description:
            text = f"{text}, {audience.description}" if text else audience.description
        facts.append((w["audience"], text))
    routes = balance.routes
    duration = _minutes(balance.total_minutes)
    if routes.count > 1 and routes.shortest and routes.longest:
        duration = w["route"].format(
            low=_minutes(routes.shortest.minutes), high=_minutes(routes.longest.minutes)
        )
    elif routes.longest is not None:
        duration = _minutes(routes.longest.minutes)
    if balance.phases_without_duration:
        duration += w["partial"]
    facts.append((w["duration"], duration))
    if trainer:
        facts.append((w["sync total"], _minutes(balance.synchronous_minutes)))
        facts.append((w["async total"], _minutes(balance.asynchronous_minutes)))
    blocks.append(("kv", facts))
    if scenario.objectives:
        blocks += [("h2", w["objectives"]), ("ul", list(scenario.objectives))]

    blocks.append(("h2", w["path"]))
    if not order:
        blocks.append(("p", w["none"]))
    numbers = {phase.id: number for number, phase in enumerate(order, start=1)}
    sep = " ; " if lang == "fr" else "; "

    names = {phase.id: phase.title or phase.id for phase in scenario.phases}

    def named(ids: Sequence[str]) -> str:
        return sep.join(f"{numbers.get(i, '?')}. {names.get(i, i)}" for i in ids)

    grouped = any(p.module for p in order)
    module: object = object()
    for number, phase in enumerate(order, start=1):
        if grouped and phase.module != module:
            module = phase.module
            heading = f"{w['module']}{w['colon']} {module}" if module else w["no module"]
            blocks.append(("h3", heading))
        blocks.append(("h4" if grouped else "h3", f"{number}. {phase.title or phase.id}"))
        line = _tags(phase, lang) + " · "
        line += _minutes(phase.duration) if phase.duration is not None else w["no duration"]
        if trainer:
            line += f" · {w['id']}{w['colon']} {phase.id}"
        blocks.append(("p", line))
        pairs: list[tuple[str, str]] = []
        if phase.activities:
            pairs.append((w["activities"], sep.join(phase.activities)))
        if phase.resources:
            pairs.append((w["resources"], sep.join(phase.resources)))
        edges = [(b, graph.edges[phase.id, b]["kind"]) for b in graph.successors(phase.id)]
        following = [b for b, kind in edges if kind == "sequence"]
        if len(following) > 1:
            pairs.append((w["next"], named(following)))
        back = [b for b, kind in edges if kind != "sequence"]
        if back:
            pairs.append((w["remediation"], named(back)))
        if pairs:
            blocks.append(("kv", pairs))

    if trainer:
        blocks += _trainer_blocks(scenario, order, lang)
    return blocks


def _trainer_blocks(scenario: Scenario, order: Sequence[Phase], lang: str) -> list[Block]:
    from scenario.analysis.requirements import requirements

    w = _WORDS[lang]
    blocks: list[Block] = [("h2", w["sessions"])]
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
                parts.append(_minutes(phase.duration))
            if phase.resources:
                parts.append(", ".join(phase.resources))
            items.append(" · ".join(parts))
        blocks.append(("ul", items))
    else:
        blocks.append(("p", w["no sessions"]))
    blocks.append(("h2", w["requirements"]))
    for heading, lines in requirements(scenario)._sections(lang):
        blocks += [("h3", heading), ("ul", lines)]
    blocks.append(("h2", w["findings"]))
    report = scenario.validate(lang=lang)
    blocks.append(("p", report.summary()))
    if len(report):
        items = []
        for finding in report:
            where = f"{finding.phase}{w['colon']} " if finding.phase else ""
            text = f"{finding.severity.label(lang)} {finding.rule} — {where}{finding.message}"
            if finding.waived:
                reason = f"{w['colon']} {finding.waiver_reason}" if finding.waiver_reason else ""
                text += f" ({w['waived']}{reason})"
            items.append(text)
        blocks.append(("ul", items))
    return blocks


# -- rendering --------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def _md(text: str) -> str:
    """User text made inert in Markdown: its markup characters are escaped."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def _kv(payload: Any) -> list[tuple[str, str]]:
    return [(str(k), str(v)) for k, v in payload]


def _markdown(blocks: list[Block], lang: str) -> str:
    colon = _WORDS[lang]["colon"]
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
            out.append("\n".join(f"- **{_md(k)}{colon}** {_md(v)}" for k, v in _kv(payload)))
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


def _html(blocks: list[Block], lang: str) -> str:
    esc = html.escape
    colon = _WORDS[lang]["colon"]
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
                + "".join(f"<dt>{esc(k)}{colon}</dt><dd>{esc(v)}</dd>" for k, v in _kv(payload))
                + "</dl>"
            )
        previous = kind
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


def synopsis(
    scenario: Scenario, view: str = "learner", format: str = "md", lang: str = "fr"
) -> str:
    """The scenario as a readable document.

    Args:
        scenario: the scenario.
        view: ``"learner"`` (the course and its phases) or ``"trainer"``
            (also the synchronous sessions, the requirements and the findings).
        format: ``"md"`` (Markdown) or ``"html"`` (a self-contained page).
        lang: ``"fr"`` (default) or ``"en"``, for the headings and the tags;
            the scenario's own text is left as written.

    Raises:
        ScenarioError: an unknown view, format or language.
    """
    if view not in VIEWS:
        raise ScenarioError(f"view must be 'learner' or 'trainer' (got {view!r})")
    if format not in FORMATS:
        raise ScenarioError(f"format must be 'md' or 'html' (got {format!r})")
    if lang not in _WORDS:
        raise ScenarioError(f"lang must be 'fr' or 'en' (got {lang!r})")
    blocks = _blocks(scenario, view, lang)
    return _html(blocks, lang) if format == "html" else _markdown(blocks, lang)
