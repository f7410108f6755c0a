"""The rule catalog as Markdown (``docs/rules.md``), generated from the registry."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scenario.rules.registry import Rule

_FAMILIES = {
    "structure": "Structure of the path",
    "phase": "Each phase's tags",
    "scenario": "The scenario as a whole",
    "audience": "The scenario as a whole",
    "waiver": "The scenario as a whole",
}
#: What the source names of the built-in rules refer to.
SOURCES = {
    "CMVRH fiche SPOC": "the CMVRH technical sheet on the SPOC: the classification grid "
    "(phase, group size, situation, pedagogy, intention), a small group that communicates "
    "only online, and advice to add on-site or tutoring sessions.",
    "article SPOC (Appvizer)": "an article on SPOC in companies: 15 to 50 participants, "
    "framing the need and objectives first, short and varied modules.",
    "article SPOC, MOOC et COOC": "an article comparing SPOC, MOOC and COOC: collaborative "
    "learning, personal follow-up and continuous assessment in a SPOC, uniform content "
    "without individual follow-up in a MOOC, blended learning mixing on-site and remote time.",
    "fiche comparative des modalités": "a sheet setting side by side on-site training, "
    "flipped pedagogy, MOOC and SPOC, with what each takes.",
    "pédagogie inversée en entreprise": "an article on flipped pedagogy in companies: theory "
    "studied alone and asynchronously first, practice done synchronously with the trainer.",
    "DOMAIN": "the project's domain reference (DOMAIN.md), for rules about the shape of the "
    "document and its path.",
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
        "     do not edit by hand: tests/test_rules_registry.py checks it is up to date. -->",
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
    used = {rule.source for rule in rules}
    known = [(name, text) for name, text in SOURCES.items() if name in used]
    if known:
        lines += ["## Sources", ""]
        lines += [f"- **{name}**: {text}" for name, text in known]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
