"""The rule catalog as Markdown (``docs/fr/rules.md``, ``docs/en/rules.md``), from the registry.

The page's words come from the message catalog like every other word: the
page is written in one language, and its tables give each rule's summary in
English and in French, each column written in its own language. When a rule
fires is its check function's docstring, in English; the French page gives
each paragraph of it as the catalog translates it
(:meth:`~scenario.rules.registry.Rule.description_label`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from scenario._text import wrap
from scenario.i18n import N_, _, current_language, pgettext, use_language

if TYPE_CHECKING:
    from scenario.rules.registry import Rule

#: The catalog context of the paragraphs of the built-in rules' descriptions.
DESCRIPTION_CONTEXT = "rule description"

#: The languages of the two summary columns, in order.
SUMMARY_LANGUAGES = ("en", "fr")

#: The page is wrapped at this width, but for the tables and the docstrings.
WIDTH = 77

_FAMILIES = {
    "structure": N_("Structure of the path"),
    "phase": N_("Each phase's tags"),
    "scenario": N_("The scenario as a whole"),
    "audience": N_("The scenario as a whole"),
    "waiver": N_("The scenario as a whole"),
}
_MODALITY_FAMILIES = ("online", "onsite", "blended", "spoc", "mooc", "flipped")

#: The source of the rules about the shape of the learning path itself (one start, no
#: loop, every phase reached): no document says it, the path's own coherence does.
PATH_COHERENCE = N_("path coherence rule")
#: The source of the rules about the coherence of the scenario's own data (a group the
#: audience can form, a waiver that waives something, a duration to balance the path).
SCENARIO_COHERENCE = N_("scenario coherence rule")

#: What the source names of the built-in rules refer to.
SOURCES = {
    "CMVRH fiche SPOC": N_(
        "the CMVRH technical sheet on the SPOC: the classification grid (phase, group size, "
        "situation, pedagogy, intention), a small group that communicates only online, and "
        "advice to add on-site or tutoring sessions."
    ),
    "article SPOC (Appvizer)": N_(
        "an article on SPOC in companies: 15 to 50 participants, framing the need and "
        "objectives first, short and varied modules."
    ),
    "article SPOC, MOOC et COOC": N_(
        "an article comparing SPOC, MOOC and COOC: collaborative learning, personal follow-up "
        "and continuous assessment in a SPOC, uniform content without individual follow-up in "
        "a MOOC, blended learning mixing on-site and remote time."
    ),
    "fiche comparative des modalités": N_(
        "a sheet setting side by side on-site training, flipped pedagogy, MOOC and SPOC, with "
        "what each takes."
    ),
    "pédagogie inversée en entreprise": N_(
        "an article on flipped pedagogy in companies: theory studied alone and asynchronously "
        "first, practice done synchronously with the trainer."
    ),
    PATH_COHERENCE: N_(
        "the coherence of the learning path itself: one starting point, no loop a learner "
        "cannot leave, every phase reachable, kinds of phase in their order, detours that "
        "lead back."
    ),
    SCENARIO_COHERENCE: N_(
        "the coherence of the scenario's own data: groups the audience can form, durations "
        "that balance the path, waivers that set something aside."
    ),
}


def source_label(rule: Rule, lang: str | None = None) -> str:
    """The source a rule rests on, in ``lang``: a built-in rule's source is looked up in
    the message catalog (the names of documents stay as they are), another's shown as given.

    >>> from scenario.rules import get_rule
    >>> source_label(get_rule("structure.cycle"), "fr"), source_label(get_rule("spoc.audience-size"))
    ('règle de cohérence du parcours', 'article SPOC (Appvizer)')
    """
    if not rule.builtin:
        return rule.source
    with use_language(lang):
        return _(rule.source)


_INTRODUCTION = N_(
    "Every rule `scenario validate` runs, with its id, severity, the modalities it applies "
    "to, and what it rests on. The messages of findings come in French (the default) and "
    "English (`--lang en`). A *detour* phase is one that only some learners take: marked "
    "`optional: true`, or reached only by remediation transitions. The *main path* is what "
    "every learner follows: the sequence transitions without the detour phases, an optional "
    "phase in series skipped. *Before X on the path* means an ancestor of X on the main "
    "path; an *entry* phase of the main path has no incoming sequence transition, an *exit* "
    "phase no outgoing one. The rules that judge the course as a whole look at the main path "
    "only; the rules about one phase's tags look at every phase. A rule about a tag skips "
    "the phases that lack it (`phase.missing-tag` reports them). A finding of a rule that "
    "may be set aside knowingly ends with the waiver line to add to the document. See "
    "[concepts.md](concepts.md) for detours and [validation.md](validation.md) for options "
    "and waivers."
)


def description_paragraphs(docstring: str) -> list[str]:
    """The paragraphs of a cleaned docstring, each on one line: the units the catalog
    translates (a changed paragraph needs its French again, the others keep theirs).

    >>> description_paragraphs("Fires when a\\nphase is long.\\n\\nLeft alone: the rest.")
    ['Fires when a phase is long.', 'Left alone: the rest.']
    """
    blocks = [" ".join(block.split()) for block in docstring.strip().split("\n\n")]
    return [block for block in blocks if block]


def describe(rule: Rule, lang: str | None = None) -> str:
    """When ``rule`` fires, in ``lang`` (``None``: the current language).

    The check function's docstring stays in English, for developers; the
    message catalog gives each of its paragraphs in French (context
    :data:`DESCRIPTION_CONTEXT`, extracted by ``scripts/catalog.py``), for the
    French rule catalog. In English, or for a rule from elsewhere, the
    docstring as it is.

    >>> from scenario.rules import get_rule
    >>> print(describe(get_rule("structure.empty"), "fr"))
    Se déclenche une fois quand le scénario n'a aucune phase (``phases: []``).
    <BLANKLINE>
    ...
    """
    with use_language(lang) as chosen:
        if chosen == "en" or not rule.builtin:
            return rule.description
        return "\n\n".join(
            pgettext(DESCRIPTION_CONTEXT, paragraph)
            for paragraph in description_paragraphs(rule.description)
        )


def _section(rule: Rule) -> str:
    if rule.family in _FAMILIES:
        return _(_FAMILIES[rule.family])
    if rule.family in _MODALITY_FAMILIES:
        return _("Modalities")
    return _("Other rules")


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _wrap(text: str) -> list[str]:
    """``text`` in lines of at most :data:`WIDTH`, never breaking a `code span`."""
    return wrap(text, WIDTH)


def _summary_header() -> str:
    return pgettext("rule catalog", "summary")


def _threshold(value: float) -> str:
    """A threshold as one writes it in ``thresholds={...}`` (``1000``, ``45.5``)."""
    return str(int(value)) if float(value).is_integer() else str(value)


def markdown(rules: Sequence[Rule], lang: str | None = "en") -> str:
    """The catalog of ``rules``: a summary table per section, then each rule in detail.

    Args:
        rules: the rules to list, in order.
        lang: the language of the page (``None``: the current one); English,
            the language of the documentation, by default. The rules'
            descriptions are their docstrings, in English.
    """
    with use_language(lang):
        return _markdown(rules)


def _markdown(rules: Sequence[Rule]) -> str:
    summaries: dict[str, list[str]] = {r.id: [] for r in rules}
    headers = []
    for lang in SUMMARY_LANGUAGES:
        with use_language(lang):
            headers.append(_summary_header())
            for r in rules:
                summaries[r.id].append(_cell(r.summary_label()))
    lang = current_language()
    lines = [
        "# " + _("The rule catalog"),
        "",
        f"<!-- Generated from the registry by `python -m scenario.rules --lang {lang} > "
        f"docs/{lang}/rules.md`;",
        "     do not edit by hand: tests/test_rules_registry.py checks it is up to date. -->",
        "",
        *_wrap(_(_INTRODUCTION)),
        "",
    ]
    sections: dict[str, list[Rule]] = {}
    for rule in rules:
        sections.setdefault(_section(rule), []).append(rule)
    columns = [_("id"), _("severity"), _("applies to"), *headers, _("source")]
    for title, members in sections.items():
        lines += [f"## {title}", ""]
        lines += ["| " + " | ".join(columns) + " |", "|---" * len(columns) + "|"]
        for rule in members:
            cells = [
                f"`{rule.id}`",
                rule.severity.label(),
                _cell(rule.modality_label()),
                *summaries[rule.id],
                _cell(source_label(rule)),
            ]
            lines.append("| " + " | ".join(cells) + " |")
        lines.append("")
        for rule in members:
            lines += [f"### `{rule.id}`", "", _facts(rule), ""]
            lines += _description(rule, lang)
    used = {rule.source for rule in rules}
    known = [(name, text) for name, text in SOURCES.items() if name in used]
    if known:
        lines += ["## " + _("Sources"), ""]
        lines += [
            "- " + _("{source}: {description}").format(source=f"**{_(name)}**", description=_(text))
            for name, text in known
        ]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _description(rule: Rule, lang: str) -> list[str]:
    """When the rule fires: the docstring as written in English, else translated and
    wrapped paragraph by paragraph."""
    text = rule.description_label(lang).strip()
    if not text:
        return []
    if lang != "en":
        text = "\n\n".join("\n".join(_wrap(paragraph)) for paragraph in text.split("\n\n"))
    return [text, ""]


def _facts(rule: Rule) -> str:
    """The line under a rule's title: severity, modalities, threshold, source, waiver."""
    line = _facts_line(rule)
    if rule.waivable:
        line += " " + _("It may be set aside knowingly with a waiver.")
    return line


def _facts_line(rule: Rule) -> str:
    facts = {
        "severity": rule.severity.label(),
        "modalities": rule.modality_label(),
        "source": source_label(rule),
    }
    if rule.threshold is None:
        return _("*{severity}*, applies to {modalities}; source: {source}.").format(**facts)
    option = f"`thresholds={{{rule.id!r}: ...}}`"
    return _(
        "*{severity}*, applies to {modalities}, threshold {threshold} ({option}); source: {source}."
    ).format(threshold=_threshold(rule.threshold), option=option, **facts)
