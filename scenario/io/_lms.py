"""What the platform exports share: the course cut into sections, and the page of each phase.

A learning platform shows a course as sections (Moodle's *sections*, Open
edX's *chapters*) holding activities. :func:`sections` cuts the scenario
into one section per ``module``, in the order a learner meets the modules on
the path (:func:`scenario.learning_path.ordered_phases`), each with its
phases in path order; phases without a module form one section together
(as the rules read modules: phases without one form one module together). A course
without any module is one section.

:func:`phase_page` writes the HTML page of a phase (its title, kind,
duration, tags, activities and resources) and :func:`course_page` the first
page of the course (its facts, objectives and the outline of its sections),
both in the reader's language. The pages carry ``data-`` attributes with the
canonical values (``data-key="duration"`` in minutes...), so a tool can read
them back without parsing French; every user text is escaped.

>>> from scenario.model import Scenario
>>> s = Scenario("Démo")
>>> _ = s.add_phase("a", "découverte", "Accueil", module="m1")
>>> _ = s.add_phase("b", "évaluation", "Quiz")
>>> [(section.title, [p.id for p in section.phases]) for section in sections(s)]
[('m1', ['a']), (None, ['b'])]
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

import attrs

from scenario.duration import readable_duration
from scenario.i18n import _, current_language
from scenario.io._outline import one_line, phase_title
from scenario.learning_path import ordered_phases

if TYPE_CHECKING:
    from scenario.model import Phase, Scenario

__all__ = ["Section", "course_page", "html_page", "phase_page", "section_title", "sections"]


@attrs.frozen
class Section:
    """A section of the course on the platform: a module and its phases in path order.

    ``title`` is the module as written, or None for the phases without a module.
    """

    title: str | None
    phases: tuple[Phase, ...]


def sections(scenario: Scenario) -> list[Section]:
    """The course as sections: one per module, in the order the path first meets them."""
    grouped: dict[str | None, list[Phase]] = {}
    for phase in ordered_phases(scenario):
        module = one_line(phase.module) if phase.module else None
        grouped.setdefault(module or None, []).append(phase)
    return [Section(title, tuple(phases)) for title, phases in grouped.items()]


def section_title(section: Section, alone: bool) -> str:
    """The title a section shows: its module, or a word for the phases without one.

    ``alone`` says the section is the course's only one.
    """
    if section.title:
        return section.title
    return _("Course outline") if alone else _("Outside any module")


def _esc(text: str) -> str:
    return html.escape(one_line(text))


def phase_page(phase: Phase) -> str:
    """The body of the HTML page of a phase, in the current language."""
    lang = current_language()
    facts: list[tuple[str, str, str, str]] = [
        ("phase", _("Phase"), phase.kind.value, phase.kind.label(lang))
    ]
    if phase.duration is not None:
        facts.append(
            ("duration", _("Duration"), str(phase.duration), readable_duration(phase.duration))
        )
    for key, name in (
        ("group", _("Group")),
        ("situation", _("Situation")),
        ("pedagogy", _("Pedagogy")),
    ):
        term = getattr(phase, key)
        if term is not None:
            facts.append((key, name, term.value, term.label(lang)))
    if phase.intentions:
        facts.append(
            (
                "intention",
                _("Intentions"),
                ", ".join(i.value for i in phase.intentions),
                ", ".join(i.label(lang) for i in phase.intentions),
            )
        )
    colon = " :" if lang == "fr" else ":"
    out = [f'<h2 data-phase="{html.escape(phase.id)}">{_esc(phase_title(phase))}</h2>', "<ul>"]
    out += [
        f'<li><strong>{html.escape(name)}{colon}</strong> <span data-key="{key}" '
        f'data-value="{html.escape(value)}">{html.escape(shown)}</span></li>'
        for key, name, value, shown in facts
    ]
    out.append("</ul>")
    for key, heading, items in (
        ("activities", _("Activities"), phase.activities),
        ("resources", _("Resources"), phase.resources),
    ):
        if items:
            out.append(f"<h3>{html.escape(heading)}</h3>")
            out.append(f'<ul data-key="{key}">')
            out += [f"<li>{_esc(item)}</li>" for item in items]
            out.append("</ul>")
    return "\n".join(out)


def course_page(scenario: Scenario, parts: list[Section]) -> str:
    """The body of the course's first page: its facts, objectives and outline."""
    lang = current_language()
    colon = " :" if lang == "fr" else ":"
    out = [f"<h2>{_esc(scenario.title)}</h2>"]
    facts: list[tuple[str, str]] = []
    if scenario.modality is not None:
        facts.append((_("Modality"), scenario.modality.label(lang)))
    audience = scenario.audience
    if audience is not None and audience.size is not None:
        facts.append((_("Audience"), _("{count} learners").format(count=audience.size)))
    if audience is not None and audience.description:
        facts.append((_("Who for"), one_line(audience.description)))
    if scenario.total_duration:
        facts.append((_("Total duration"), readable_duration(scenario.total_duration)))
    if facts:
        out.append("<ul>")
        out += [
            f"<li><strong>{html.escape(name)}{colon}</strong> {html.escape(value)}</li>"
            for name, value in facts
        ]
        out.append("</ul>")
    if scenario.objectives:
        out.append(f"<h3>{html.escape(_('Objectives'))}</h3>")
        out.append('<ul data-key="objectives">')
        out += [f"<li>{_esc(objective)}</li>" for objective in scenario.objectives]
        out.append("</ul>")
    out.append(f"<h3>{html.escape(_('Course outline'))}</h3>")
    out.append("<ol>")
    for section in parts:
        out.append(f"<li>{_esc(section_title(section, len(parts) == 1))}<ul>")
        for phase in section.phases:
            duration = (
                f" ({html.escape(readable_duration(phase.duration))})"
                if phase.duration is not None
                else ""
            )
            out.append(f"<li>{_esc(phase_title(phase))}{duration}</li>")
        out.append("</ul></li>")
    out.append("</ol>")
    return "\n".join(out)


def html_page(title: str, body: str) -> str:
    """A whole HTML page (UTF-8, in the current language) around ``body``."""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{current_language()}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_esc(title)}</title>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )
