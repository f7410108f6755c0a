"""What validation finds: :class:`Finding` values gathered in a :class:`Report`.

A finding says which rule fired (its id in the catalog, ``docs/rules.md``),
how serious it is, on which phase (or ``None`` for the scenario as a whole),
what is wrong and what to do, and the source the rule rests on. A report is
an ordered collection of findings; :func:`scenario.validate` orders them
the scenario-wide ones first, then phase by phase in document order. Waived findings stay in the report, marked
``waived``, and count nowhere: :attr:`Report.errors`, :attr:`Report.warnings`,
:attr:`Report.infos` and :attr:`Report.ok` look at the unwaived ones only.

>>> report = Report([
...     Finding("structure.empty", Severity.ERROR, None, "aucune phase", "CMVRH fiche SPOC"),
...     Finding("phase.no-duration", "info", "quiz", "la phase n'a pas de durée", "CMVRH fiche SPOC",
...             line=12),
... ])
>>> report.ok, len(report), [f.rule for f in report.errors], report.findings[1].line
(False, 2, ['structure.empty'], 12)
>>> print(report)
erreur structure.empty: aucune phase
quiz: info phase.no-duration: la phase n'a pas de durée
1 erreur, 0 avertissement, 1 info
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable, Iterator
from enum import Enum
from typing import Any

import attrs

from scenario.i18n import N_, _, ngettext, pgettext, use_language
from scenario.palette import SEVERITY_COLOURS

__all__ = ["Finding", "Report", "Severity"]


class Severity(str, Enum):
    """How serious a finding is. Only unwaived errors make a scenario not ``ok``."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """0 for an error, 1 for a warning, 2 for an info: the order reports list them."""
        return _RANKS[self.value]

    def label(self, lang: str | None = None) -> str:
        """The severity as a word of ``lang`` (default: the current language):
        ``erreur``/``error``..."""
        with use_language(lang):
            return _(_LABELS[self.value])

    def __str__(self) -> str:
        return str(self.value)


_RANKS = {"error": 0, "warning": 1, "info": 2}
_LABELS = {"error": N_("error"), "warning": N_("warning"), "info": N_("info")}


@attrs.frozen
class Finding:
    """One thing a rule found in a scenario.

    Attributes:
        rule: the rule's id (``"phase.long-async"``).
        severity: error, warning or info (a string is read as a :class:`Severity`).
        phase: the id of the phase it concerns, or ``None`` for the whole scenario.
        message: what is wrong, where, and what to do instead, in the report's language.
        source: what the rule rests on (``"CMVRH fiche SPOC"``...), in the
            report's language.
        waived: set aside by a waiver of the document; then it does not count.
        waiver_reason: the reason the waiver gives, if any.
        line: the line of its phase in the document the scenario was loaded
            from, when known (None for a finding about the whole scenario, and
            for a scenario built in Python).
    """

    rule: str
    severity: Severity = attrs.field(converter=Severity)
    phase: str | None
    message: str
    source: str
    waived: bool = False
    waiver_reason: str | None = None
    line: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """The finding as plain JSON-ready data (the severity as its string)."""
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "phase": self.phase,
            "message": self.message,
            "source": self.source,
            "waived": self.waived,
            "waiver_reason": self.waiver_reason,
            "line": self.line,
        }

    def text(self, lang: str | None = None) -> str:
        """The finding as a compiler's line: ``phase: severity rule: message``, the
        severity a word of ``lang`` (``avertissement``, ``warning``).

        Without a phase the line starts at the severity; a waived finding ends
        with the waiver and its reason.

        >>> Finding("phase.long-async", "warning", "videos", "trop long", "article SPOC (Appvizer)").text("fr")
        'videos: avertissement phase.long-async: trop long'
        """
        text = f"{self.severity.label(lang)} {self.rule}: {self.message}"
        if self.phase is not None:
            text = f"{self.phase}: {text}"
        if self.waived:
            with use_language(lang):
                if self.waiver_reason:
                    text += " [{}]".format(_("waived: {reason}").format(reason=self.waiver_reason))
                else:
                    text += " [{}]".format(pgettext("finding", "waived"))
        return text


def _findings(value: Iterable[Finding]) -> tuple[Finding, ...]:
    return tuple(value)


@attrs.frozen
class Report:
    """The findings of one validation, in order.

    Iterating gives every finding, waived ones included (``len()`` counts them
    too, so a report without findings is falsy: test :attr:`ok` for "no
    error"); the properties below give the unwaived ones by severity.

    Attributes:
        findings: every finding, in report order.
        lang: the language of the messages (``"fr"`` or ``"en"``).
        title: the title of the scenario checked, if known.
    """

    findings: tuple[Finding, ...] = attrs.field(converter=_findings)
    lang: str = "fr"
    title: str | None = None

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)

    def __len__(self) -> int:
        return len(self.findings)

    def _unwaived(self, severity: Severity) -> list[Finding]:
        return [f for f in self.findings if f.severity is severity and not f.waived]

    @property
    def errors(self) -> list[Finding]:
        """The unwaived error findings."""
        return self._unwaived(Severity.ERROR)

    @property
    def warnings(self) -> list[Finding]:
        """The unwaived warning findings."""
        return self._unwaived(Severity.WARNING)

    @property
    def infos(self) -> list[Finding]:
        """The unwaived info findings."""
        return self._unwaived(Severity.INFO)

    @property
    def waived(self) -> list[Finding]:
        """The findings a waiver set aside (any severity)."""
        return [f for f in self.findings if f.waived]

    @property
    def ok(self) -> bool:
        """True when no unwaived error: warnings and infos do not make a scenario fail."""
        return not any(f.severity is Severity.ERROR and not f.waived for f in self.findings)

    def for_phase(self, phase: str, *, include_waived: bool = False) -> list[Finding]:
        """The findings about one phase, unwaived only unless ``include_waived``."""
        return [f for f in self.findings if f.phase == phase and (include_waived or not f.waived)]

    def summary(self) -> str:
        """One line counting the unwaived findings by severity, and the waived ones.

        >>> Report([], lang="en").summary()
        '0 errors, 0 warnings, 0 infos'
        """
        return summary_line(
            len(self.errors), len(self.warnings), len(self.infos), len(self.waived), self.lang
        )

    def to_dict(self) -> dict[str, Any]:
        """The report as plain JSON-ready data: ``ok``, ``lang``, ``title`` and ``findings``."""
        return {
            "ok": self.ok,
            "lang": self.lang,
            "title": self.title,
            "findings": [f.to_dict() for f in self.findings],
        }

    def to_json(self, indent: int | None = 2) -> str:
        """The report as JSON text (UTF-8 characters kept as they are)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def __str__(self) -> str:
        lines = [f.text(self.lang) for f in self.findings]
        lines.append(self.summary())
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        """The report as an HTML table for Jupyter; every user text is escaped."""
        with use_language(self.lang):
            return self._html()

    def _html(self) -> str:
        heads = (_("Severity"), _("Rule"), _("Phase"), _("Message"), _("Source"))
        esc = html.escape
        parts = ['<div class="scenario-report">']
        if self.title:
            parts.append(f"<p><strong>{esc(self.title)}</strong></p>")
        parts.append(f"<p>{esc(self.summary())}</p>")
        if self.findings:
            parts.append('<table class="scenario-report"><thead><tr>')
            parts.extend(f'<th style="text-align:left">{h}</th>' for h in heads)
            parts.append("</tr></thead><tbody>")
            for finding in self.findings:
                colour = SEVERITY_COLOURS[finding.severity.value]
                style = ' style="opacity:0.55"' if finding.waived else ""
                severity = esc(finding.severity.label(self.lang))
                if finding.waived:
                    waived = (
                        _("waived: {reason}").format(reason=finding.waiver_reason)
                        if finding.waiver_reason
                        else pgettext("finding", "waived")
                    )
                    severity += f"<br><small>{esc(waived)}</small>"
                parts.append(
                    f"<tr{style}>"
                    f'<td style="color:{colour};font-weight:bold">{severity}</td>'
                    f"<td><code>{esc(finding.rule)}</code></td>"
                    f"<td>{esc(finding.phase or '')}</td>"
                    f'<td style="text-align:left">{esc(finding.message)}</td>'
                    f"<td>{esc(finding.source)}</td>"
                    "</tr>"
                )
            parts.append("</tbody></table>")
        parts.append("</div>")
        return "".join(parts)


def summary_line(
    errors: int, warnings: int, infos: int, waived: int, lang: str | None = None
) -> str:
    """Count findings in one line of ``lang``: ``2 erreurs, 1 avertissement, 0 info``.

    >>> summary_line(1, 2, 0, 1, "en")
    '1 error, 2 warnings, 0 infos, 1 waived'
    """
    with use_language(lang):
        parts = [
            ngettext("{count} error", "{count} errors", errors).format(count=errors),
            ngettext("{count} warning", "{count} warnings", warnings).format(count=warnings),
            ngettext("{count} info", "{count} infos", infos).format(count=infos),
        ]
        if waived:
            parts.append(ngettext("{count} waived", "{count} waived", waived).format(count=waived))
        return ", ".join(parts)
