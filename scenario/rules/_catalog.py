"""The rule catalog as Markdown (``docs/rules.md``), generated from the registry."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scenario.rules import Rule

_FAMILIES = {
    "structure": "Structure of the path",
    "phase": "Each phase's tags",
    "scenario": "The scenario as a whole",
    "audience": "The scenario as a whole",
    "waiver": "The scenario as a whole",
}
_MODALITY_FAMILIES = ("online", "onsite", "blended", "spoc", "mooc", "flipped")


def _section(rule: Rule) -> str:
    if rule.family in _FAMILIES:
        return _FAMILIES[rule.family]
    if rule.family in _MODALITY_FAMILIES:
        return "Modalities"
    return "Other rules"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown(rules: Sequence[Rule]) -> str:
    """The catalog of ``rules``: a summary table per section, then each rule in detail."""
    lines = [
        "# The rule catalog",
        "",
        "<!-- Generated from the registry by `python -m scenario.rules > docs/rules.md`;",
        "     do not edit by hand: tests/test_rules_catalog.py checks it is up to date. -->",
        "",
        "Every rule `scenario validate` runs, with its id, severity, the modalities it",
        "applies to, and what it rests on. The messages of findings come in French",
        "(the default) and English (`--lang en`). *Before X on the path* means an",
        "ancestor of X in the graph of sequence transitions (remediation loops left",
        "out); an *entry* phase has no incoming sequence transition, an *exit* phase",
        "no outgoing one. A rule about a tag skips the phases that lack it",
        "(`phase.missing-tag` reports them). See [validation.md](validation.md) for",
        "options and waivers.",
        "",
    ]
    sections: dict[str, list[Rule]] = {}
    for rule in rules:
        sections.setdefault(_section(rule), []).append(rule)
    for title, members in sections.items():
        lines += [f"## {title}", ""]
        lines += [
            "| id | severity | applies to | summary | résumé | source |",
            "|---|---|---|---|---|---|",
        ]
        for rule in members:
            lines.append(
                f"| `{rule.id}` | {rule.severity.value} | {_cell(rule.modality_label('en'))} "
                f"| {_cell(rule.summary['en'])} | {_cell(rule.summary['fr'])} "
                f"| {_cell(rule.source)} |"
            )
        lines.append("")
        for rule in members:
            lines += [f"### `{rule.id}`", ""]
            facts = f"*{rule.severity.value}*, applies to {rule.modality_label('en')}"
            if rule.threshold is not None:
                value = rule.threshold
                shown = str(int(value)) if float(value).is_integer() else str(value)
                facts += f", threshold {shown} (`thresholds={{{rule.id!r}: ...}}`)"
            lines += [facts + f"; source: {rule.source}.", ""]
            description = rule.description.strip()
            if description:
                lines += [description, ""]
    return "\n".join(lines).rstrip("\n") + "\n"
