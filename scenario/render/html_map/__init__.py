"""The interactive map: one self-contained HTML page to explore and present a scenario.

:func:`interactive_map` (also :meth:`Scenario.interactive_map
<scenario.model.Scenario.interactive_map>` and ``scenario render -o
carte.html``) draws the course at the centre and its phases around it,
clockwise from noon in path order, coloured by kind as on the static map
(:mod:`scenario.palette`). In a browser, with nothing fetched from the
network:

- fold and unfold each phase (its tags, activities, resources and
  findings hang under it), or all at once; zoom and pan;
- search the phases (title, tags, activities, resources), accents and case
  aside;
- click a phase, or reach it with the arrow keys and press Enter or Space,
  for its card of details: every tag, the duration, where it sits on the
  path, its activities and resources, its findings coloured by severity, and
  the learners' figures when ``overlay=`` is given; Escape closes it;
- print: the map fitted to an A4 landscape page, then every card.

Detour phases (:mod:`scenario.learning_path.detours`) have a dashed border
and say so; remediation loops are dotted arrows. The rules are run unless a
``report`` is given or ``findings=False``. The words are French unless
``lang="en"``; the course's own text is shown as written, never run as
HTML or script (:mod:`scenario.render.html_map._page`).

The map is drawn by Mind Elixir (MIT licence), vendored in
``scenario/render/vendor/mind-elixir`` and inlined in each page with its
licence. The page is the same, byte for byte, for the same scenario.

>>> from scenario import Scenario
>>> s = Scenario("Animer une réunion", modality="présentiel")
>>> _ = s.add_phase("accroche", "découverte", "Brise-glace", group="moyen groupe")
>>> _ = s.add_phase("bilan", "évaluation", "Quiz final", duration="15min")
>>> carte = interactive_map(s, lang="en")
>>> carte.html.startswith("<!DOCTYPE html>"), "2. Quiz final" in carte.html
(True, True)
>>> "<iframe srcdoc=" in carte._repr_html_()
True
"""

from __future__ import annotations

import html
import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import attrs

from scenario._atomic import atomic_write
from scenario._text import quote
from scenario.i18n import _, current_language, use_language
from scenario.palette import FRAME

if TYPE_CHECKING:
    from scenario.analysis.overlay import Overlay
    from scenario.model import Scenario

__all__ = ["DETAILS", "InteractiveMap", "interactive_map"]

#: What is unfolded when the page opens: the phases only, their tags, or everything.
DETAILS = ("phases", "tags", "activities")


@attrs.frozen
class InteractiveMap:
    """An interactive map: the page, ready to save or to show in Jupyter.

    Attributes:
        html: the whole HTML page (``str(map)`` gives it too).
        title: the course's title.
    """

    html: str = attrs.field(repr=False)
    title: str

    def __str__(self) -> str:
        return self.html

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the page to ``path`` (UTF-8), atomically."""
        atomic_write(path, self.html)

    def _repr_html_(self) -> str:
        """The page in a sandboxed ``<iframe srcdoc>``: Jupyter shows it inline, scripts and all."""
        return (
            f'<iframe srcdoc="{html.escape(self.html, quote=True)}" '
            f'title="{html.escape(self.title, quote=True)}" '
            'sandbox="allow-scripts allow-modals" '
            f'style="width:100%;height:640px;border:1px solid {FRAME};border-radius:4px">'
            "</iframe>"
        )


def interactive_map(
    scenario: Scenario,
    *,
    lang: str | None = None,
    detail: str = "tags",
    report: Iterable[Any] | None = None,
    findings: bool = True,
    overlay: Overlay | None = None,
) -> InteractiveMap:
    """The scenario as an interactive HTML map (see the module's documentation).

    Args:
        scenario: the course.
        lang: ``"fr"`` or ``"en"``: the words of the page; None: the current
            language (:func:`scenario.i18n.use_language`).
        detail: what is unfolded when the page opens: ``"phases"`` (the
            phases only), ``"tags"`` (each phase's tags, the default) or
            ``"activities"`` (everything); the reader unfolds the rest.
        report: a validation report (:func:`scenario.validate`) whose unwaived
            findings the map shows; None: the rules are run now.
        findings: False to show no findings at all (and run no rule).
        overlay: learner data (:func:`scenario.overlay`): each phase is filled
            by its completion, drop-off points are ringed, and each card
            gives the phase's figures.

    Returns:
        An :class:`InteractiveMap`: ``.html`` is the page, ``.save(path)``
        writes it, and Jupyter shows it inline.

    Raises:
        LanguageError: an unknown ``lang`` (a ``ValueError``).
        ValueError: an unknown ``detail``.
    """
    from scenario.render.html_map._facts import gather, plain
    from scenario.render.html_map._page import page

    with use_language(lang):
        if detail not in DETAILS:
            raise ValueError(
                _("{option} must be one of {choices} (got {value})").format(
                    option="detail", choices=", ".join(DETAILS), value=quote(detail)
                )
            )
        if not findings:
            report = None
        elif report is None:
            from scenario.rules import validate

            report = validate(scenario, lang=current_language())
        facts = gather(scenario, current_language(), report, overlay)
        return InteractiveMap(html=page(facts, detail), title=plain(scenario.title))
