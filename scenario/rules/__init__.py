"""The coherence rules: one registry, and :func:`validate` that runs it on a scenario.

Every rule of the catalog (``docs/fr/rules.md``, ``docs/en/rules.md``) is a :class:`Rule`: an id such
as ``phase.long-async``, a severity, the modalities it applies to, a one-line
summary, the source it rests on, and a small check function. The check
function receives a :class:`Context` (the scenario and its path graph, built
once per validation) and yields a :class:`Hit` for each place the rule fires,
with its message in the language of the validation: the built-in rules write
theirs in English with ``_()``, and the message catalog gives the French
(:mod:`scenario.i18n`).

The built-in rules live one module per family: :mod:`scenario.rules.structure`,
:mod:`~scenario.rules.phase`, :mod:`~scenario.rules.overall`,
:mod:`~scenario.rules.modality` and :mod:`~scenario.rules.flipped`. Other packages add theirs with
:func:`register_rule` (or the :func:`rule` decorator), or through the
entry-point group ``scenario.rules``; both run like the built-in ones. The
families and the entry points are loaded once, when the registry is first
used, so ``import scenario`` stays quick.

>>> from scenario import Scenario
>>> s = Scenario("Démo", objectives=["lire une fiche de paie"])
>>> _ = s.add_phase("intro", "découverte", group="seul", situation="présentiel",
...                 pedagogy="expositive", intentions="interpeller", duration=30)
>>> report = validate(s, lang="en")
>>> [(f.rule, f.phase) for f in report]
[('structure.no-evaluation', None), ('structure.ends-without-evaluation', 'intro')]
>>> report.ok
False

``python -m scenario.rules --lang fr`` prints the catalog in Markdown (the source
of ``docs/fr/rules.md``, see :func:`catalog_markdown`).
"""

from __future__ import annotations

from scenario.rules.context import Context
from scenario.rules.engine import validate
from scenario.rules.registry import (
    ENTRY_POINT_GROUP,
    Hit,
    Rule,
    RuleError,
    get_rule,
    register_rule,
    rule,
    rules,
    unregister_rule,
)

__all__ = [
    "ENTRY_POINT_GROUP",
    "Context",
    "Hit",
    "Rule",
    "RuleError",
    "catalog_markdown",
    "get_rule",
    "register_rule",
    "rule",
    "rules",
    "unregister_rule",
    "validate",
]


def catalog_markdown(*, include_plugins: bool = False, lang: str | None = "en") -> str:
    """The rule catalog as Markdown: the text of ``docs/en/rules.md`` (``docs/fr/rules.md``
    with ``lang="fr"``).

    Regenerate the files with ``python -m scenario.rules --lang fr > docs/fr/rules.md``
    and ``--lang en > docs/en/rules.md``; a test checks they are up to date. Only
    the built-in rules are listed unless ``include_plugins``. The page is in
    English unless ``lang`` says otherwise (``None``: the current language); its
    tables give each summary in English and in French. On a French page, when a
    rule fires is the French of its docstring, from the message catalog.
    """
    from scenario.rules.catalog import markdown

    return markdown([r for r in rules() if include_plugins or r.builtin], lang)
