"""The coherence rules: one registry, and :func:`validate` that runs it on a scenario.

Every rule of the catalog (``docs/rules.md``) is a :class:`Rule`: an id such
as ``phase.long-async``, a severity, the modalities it applies to, a one-line
summary in French and English, the source it rests on, and a small check
function. The check function receives a :class:`Context` (the scenario and
its path graph, built once per validation) and yields a :class:`Hit` for each
place the rule fires, with the message in both languages.

The built-in rules live one module per family: :mod:`scenario.rules.structure`,
:mod:`~scenario.rules.phase`, :mod:`~scenario.rules.overall` and
:mod:`~scenario.rules.modality`. Other packages add theirs with
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

``python -m scenario.rules`` prints the catalog in Markdown (the source of
``docs/rules.md``, see :func:`catalog_markdown`).
"""

from __future__ import annotations

import difflib
import fnmatch
import importlib
import importlib.metadata
import warnings
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

import attrs

from scenario.errors import ScenarioError
from scenario.report import Finding, Report, Severity
from scenario.rules._context import Context
from scenario.vocabulary import Modality, parse_term

if TYPE_CHECKING:
    from scenario.model import Scenario, Waiver

__all__ = [
    "ENTRY_POINT_GROUP",
    "LANGUAGES",
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

#: The entry-point group other packages declare their rules in.
ENTRY_POINT_GROUP = "scenario.rules"

#: The languages of the messages.
LANGUAGES = ("fr", "en")

#: The modules of the built-in rule families, in catalog order.
FAMILIES = (
    "scenario.rules.structure",
    "scenario.rules.phase",
    "scenario.rules.overall",
    "scenario.rules.modality",
)


class RuleError(ScenarioError, ValueError):
    """A rule that cannot be registered, or a validation option that names no rule."""


@attrs.frozen
class Hit:
    """One place a rule fires, with its message in French and English.

    Attributes:
        phase: the id of the phase concerned, or ``None`` for the whole scenario.
        fr: the message in French: what is wrong, where, what to do instead.
        en: the same in English.
    """

    phase: str | None
    fr: str
    en: str

    def message(self, lang: str) -> str:
        """The message in ``lang`` (``"fr"`` or ``"en"``)."""
        return self.en if lang == "en" else self.fr


#: What a check function is: it reads the context and yields where the rule fires.
Check = Callable[[Context], Iterable[Hit]]


def _severity(value: object) -> Severity:
    if isinstance(value, Severity):
        return value
    try:
        return Severity(str(value).lower())
    except ValueError:
        raise RuleError(f"severity must be 'error', 'warning' or 'info' (got {value!r})") from None


def _modalities(value: object) -> frozenset[Modality] | None:
    if value is None:
        return None
    if isinstance(value, (str, Modality)):
        value = [value]
    return frozenset(parse_term(Modality, item) for item in value)  # type: ignore[attr-defined]


def _summary(value: Mapping[str, str] | str) -> Mapping[str, str]:
    if isinstance(value, str):
        return {"fr": value, "en": value}
    missing = [lang for lang in LANGUAGES if lang not in value]
    if missing:
        raise RuleError(f"a rule's summary needs the languages {missing} (got {sorted(value)})")
    return dict(value)


def _check_rule_id(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if (
        not isinstance(value, str)
        or "." not in value.strip(".")
        or value != value.strip().lower()
        or " " in value
    ):
        raise RuleError(
            f"a rule id is 'family.name' in lower case, like 'phase.long-async' (got {value!r})"
        )


@attrs.frozen
class Rule:
    """A coherence rule of the registry.

    Attributes:
        id: ``family.name``, lower case (``"phase.long-async"``).
        severity: of its findings, unless :func:`validate` is told otherwise.
        check: the function that yields a :class:`Hit` where the rule fires;
            its docstring says exactly when.
        summary: one line in French and English (``{"fr": ..., "en": ...}``).
        source: what the rule rests on (``"CMVRH fiche SPOC"``, ``"DOMAIN"``...).
        modalities: the modalities it applies to, or ``None`` for every scenario
            (a scenario without a modality gets only the rules for every scenario).
        threshold: the default of the rule's threshold, if it has one (changed
            with ``validate(thresholds={id: value})``).
        late: runs after the waivers are applied (only ``waiver.unused``).
    """

    id: str = attrs.field(validator=_check_rule_id)
    severity: Severity = attrs.field(converter=_severity)
    check: Check = attrs.field(eq=False)
    summary: Mapping[str, str] = attrs.field(converter=_summary)
    source: str
    modalities: frozenset[Modality] | None = attrs.field(default=None, converter=_modalities)
    threshold: float | None = None
    late: bool = False

    @property
    def family(self) -> str:
        """The part of the id before the first dot (``"phase"``)."""
        return self.id.split(".", 1)[0]

    @property
    def builtin(self) -> bool:
        """True for the rules this library ships."""
        return getattr(self.check, "__module__", "") in FAMILIES

    @property
    def description(self) -> str:
        """The check function's docstring: exactly when the rule fires."""
        import inspect

        return inspect.getdoc(self.check) or ""

    def applies_to(self, modality: Modality | None) -> bool:
        """True when the rule runs on a scenario of ``modality``."""
        return self.modalities is None or (modality is not None and modality in self.modalities)

    def modality_label(self, lang: str = "fr") -> str:
        """The modalities it applies to, as words (``"spoc, mooc"``), or ``"toutes"``/``"all"``."""
        if self.modalities is None:
            return "toutes" if lang == "fr" else "all"
        words = [
            m.value if lang == "fr" or m.english == m.value else f"{m.value} ({m.english})"
            for m in Modality
            if m in self.modalities
        ]
        return ", ".join(words)


_REGISTRY: dict[str, Rule] = {}
_loaded = False


def register_rule(
    id: str | Rule,
    check: Check | None = None,
    *,
    severity: Severity | str = Severity.WARNING,
    summary: Mapping[str, str] | str = "",
    source: str = "",
    modalities: Iterable[Modality | str] | Modality | str | None = None,
    threshold: float | None = None,
    replace: bool = False,
) -> Rule:
    """Add a rule to the registry, so that every :func:`validate` runs it.

    Give either a :class:`Rule`, or its id and check function with the other
    fields as keywords. Registering the same rule twice is harmless; another
    rule with a taken id is refused unless ``replace`` is true.

    Args:
        id: the rule's id, ``family.name``; or a whole :class:`Rule`.
        check: called with a :class:`Context`, yields a :class:`Hit` where it fires.
        severity: of its findings.
        summary: one line, ``{"fr": ..., "en": ...}`` (a plain string serves both).
        source: what the rule rests on.
        modalities: the modalities it applies to (``None``: every scenario).
        threshold: the default of the rule's threshold, if it has one.
        replace: put this rule in place of one registered with the same id.

    Raises:
        RuleError: the id is malformed or taken.

    >>> def no_title(ctx):
    ...     '''Fires when the scenario's title is blank.'''
    ...     if not ctx.scenario.title.strip():
    ...         yield Hit(None, "le titre est vide", "the title is blank")
    >>> register_rule("house.no-title", no_title, summary="a title is needed").severity
    <Severity.WARNING: 'warning'>
    >>> unregister_rule("house.no-title")
    """
    if isinstance(id, Rule):
        new = id
    else:
        if check is None:
            raise RuleError(f"register_rule({id!r}) needs the check function")
        new = Rule(
            id,
            severity,
            check,
            summary or {"fr": id, "en": id},
            source or "",
            modalities,
            threshold,
        )
    old = _REGISTRY.get(new.id)
    if old is not None and not replace:
        if old == new and old.check is new.check:
            return old
        raise RuleError(
            f"a rule with id {new.id!r} is already registered "
            f"(from {getattr(old.check, '__module__', '?')}); choose another id or pass replace=True"
        )
    _REGISTRY[new.id] = new
    return new


def rule(
    id: str,
    *,
    severity: Severity | str,
    summary: Mapping[str, str] | str,
    source: str,
    modalities: Iterable[Modality | str] | Modality | str | None = None,
    threshold: float | None = None,
    late: bool = False,
) -> Callable[[Check], Check]:
    """Decorate a check function to register it as a rule (see :func:`register_rule`).

    The function stays as it is, so it can be called in tests.
    """

    def decorate(check: Check) -> Check:
        register_rule(Rule(id, severity, check, summary, source, modalities, threshold, late))
        return check

    return decorate


def unregister_rule(id: str) -> None:
    """Take a rule out of the registry (no error if it is not there)."""
    _REGISTRY.pop(id, None)


def _ensure_loaded() -> None:
    """Import the built-in families, then the rules of the entry points, once."""
    global _loaded
    if _loaded:
        return
    _loaded = True
    for module in FAMILIES:
        importlib.import_module(module)
    _load_entry_points()


def _load_entry_points() -> None:
    """Load the ``scenario.rules`` entry points of the installed packages.

    An entry point may name a module (importing it registers its rules, as
    with :func:`rule`), a :class:`Rule`, an iterable of rules, or a function
    that takes no argument and returns rules or ``None``. One that fails to
    load is skipped with a :class:`RuntimeWarning` naming it: the other rules
    still run.
    """
    for entry in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
        try:
            loaded = entry.load()
            if callable(loaded) and not isinstance(loaded, Rule):
                loaded = loaded()
            if isinstance(loaded, Rule):
                register_rule(loaded)
            elif isinstance(loaded, Iterable) and not isinstance(loaded, (str, bytes)):
                for item in loaded:
                    if isinstance(item, Rule):
                        register_rule(item)
        except Exception as error:  # a broken plug-in must not stop the other rules
            warnings.warn(
                f"the rules of entry point {entry.name!r} ({entry.value}) could not be "
                f"loaded: {type(error).__name__}: {error}",
                RuntimeWarning,
                stacklevel=2,
            )


def rules() -> list[Rule]:
    """Every registered rule: the built-in ones in catalog order, then the others.

    Catalog order is the order of :data:`FAMILIES`, then of definition in
    each module, whatever order the modules were imported in; the other
    rules follow in the order they were registered.
    """
    _ensure_loaded()
    return _ordered()


def _ordered() -> list[Rule]:
    def family(r: Rule) -> int:
        module = getattr(r.check, "__module__", "")
        return FAMILIES.index(module) if module in FAMILIES else len(FAMILIES)

    return sorted(_REGISTRY.values(), key=family)  # sorted() is stable


def get_rule(id: str) -> Rule:
    """The rule with this id.

    Raises:
        RuleError: no such rule (the message suggests the closest ids).
    """
    _ensure_loaded()
    found = _REGISTRY.get(id)
    if found is None:
        raise RuleError(f"no rule with id {id!r}{_did_you_mean(id)}")
    return found


def _did_you_mean(id: str) -> str:
    close = difflib.get_close_matches(id, list(_REGISTRY), n=2)
    return ": did you mean " + " or ".join(repr(c) for c in close) + "?" if close else ""


def _matching(patterns: Iterable[str], option: str) -> set[str]:
    """The rule ids named by ``patterns`` (exact ids, or globs like ``spoc.*``)."""
    found: set[str] = set()
    for pattern in patterns:
        if any(c in pattern for c in "*?["):
            matched = fnmatch.filter(_REGISTRY, pattern)
            if not matched:
                raise RuleError(f"{option}: the pattern {pattern!r} matches no rule")
            found.update(matched)
        elif pattern in _REGISTRY:
            found.add(pattern)
        else:
            raise RuleError(f"{option}: no rule with id {pattern!r}{_did_you_mean(pattern)}")
    return found


def validate(
    scenario: Scenario,
    *,
    lang: str = "fr",
    ignore: Collection[str] = (),
    severity: Mapping[str, Severity | str] | None = None,
    thresholds: Mapping[str, float] | None = None,
) -> Report:
    """Check ``scenario`` against every registered rule that applies to it.

    Args:
        scenario: the scenario to check.
        lang: the language of the messages, ``"fr"`` (default) or ``"en"``.
        ignore: rule ids not to run (globs such as ``"spoc.*"`` accepted).
        severity: a new severity for some rules, ``{"phase.long-async": "error"}``.
        thresholds: a new threshold for the rules that have one,
            ``{"phase.long-async": 45}`` (minutes).

    Returns:
        The :class:`~scenario.report.Report`: scenario-wide findings first,
        then phase by phase in document order; within one place, errors
        before warnings before infos, then in catalog order. The document's
        waivers mark the findings they match as waived; a waiver that
        matches nothing gives a ``waiver.unused`` finding.

    Raises:
        RuleError: an option names no rule, a severity or a threshold is not valid.
        ValueError: ``lang`` is neither ``"fr"`` nor ``"en"``.
    """
    if lang not in LANGUAGES:
        raise ValueError(f"lang must be 'fr' or 'en' (got {lang!r})")
    _ensure_loaded()
    ignored = _matching(ignore, "ignore")
    severities: dict[str, Severity] = {}
    for pattern, level in (severity or {}).items():
        for rule_id in _matching([pattern], "severity"):
            severities[rule_id] = _severity(level)
    limits: dict[str, float] = {}
    for rule_id, value in (thresholds or {}).items():
        target = _REGISTRY.get(rule_id)
        if target is None:
            raise RuleError(f"thresholds: no rule with id {rule_id!r}{_did_you_mean(rule_id)}")
        if target.threshold is None:
            with_one = sorted(r.id for r in _REGISTRY.values() if r.threshold is not None)
            raise RuleError(
                f"thresholds: the rule {rule_id!r} has no threshold (rules with one: {with_one})"
            )
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise RuleError(f"thresholds: {rule_id!r} needs a number of at least 0 (got {value!r})")
        limits[rule_id] = value

    defaults = {r.id: r.threshold for r in _REGISTRY.values() if r.threshold is not None}
    context = Context(scenario, lang=lang, thresholds={**defaults, **limits})
    catalog = _ordered()
    applicable = [r for r in catalog if r.id not in ignored and r.applies_to(scenario.modality)]
    findings = [
        _finding(r, hit, lang, severities)
        for r in applicable
        if not r.late
        for hit in r.check(context)
    ]
    findings, unused = _apply_waivers(scenario.waivers, findings, ignored)
    context.unused_waivers = unused
    late = [
        _finding(r, hit, lang, severities) for r in applicable if r.late for hit in r.check(context)
    ]
    findings.extend(late)
    order = {r.id: index for index, r in enumerate(catalog)}
    position = {phase.id: index for index, phase in enumerate(scenario.phases)}
    findings.sort(
        key=lambda f: (
            -1 if f.phase is None else position.get(f.phase, len(position)),
            f.severity.rank,
            order.get(f.rule, len(order)),
        )
    )
    return Report(findings, lang=lang, title=scenario.title)


def _finding(r: Rule, hit: Hit, lang: str, severities: Mapping[str, Severity]) -> Finding:
    return Finding(r.id, severities.get(r.id, r.severity), hit.phase, hit.message(lang), r.source)


def _apply_waivers(
    waivers: Sequence[Waiver], findings: list[Finding], ignored: Collection[str]
) -> tuple[list[Finding], list[Waiver]]:
    """Mark the findings the waivers match; give the waivers that matched nothing.

    A waiver matches the findings of its rule, on its phase when it names
    one; when several match, the reason of one naming the phase wins. The
    findings of the late rules (``waiver.unused``) cannot be waived: a
    waiver that matches nothing is to be deleted, not waived. The waivers
    of an ignored rule are neither applied nor reported: the rule did not
    run, so nothing can be said of them.
    """
    used: set[int] = set()
    index: dict[tuple[str, str | None], list[int]] = {}
    for number, waiver in enumerate(waivers):
        index.setdefault((waiver.rule, waiver.phase), []).append(number)
    result: list[Finding] = []
    for finding in findings:
        numbers = index.get((finding.rule, finding.phase), []) + index.get((finding.rule, None), [])
        if numbers:
            used.update(numbers)
            reason = waivers[numbers[0]].reason
            finding = attrs.evolve(finding, waived=True, waiver_reason=reason)
        result.append(finding)
    unused = [
        waiver
        for number, waiver in enumerate(waivers)
        if number not in used and waiver.rule not in ignored
    ]
    return result, unused


def catalog_markdown(*, include_plugins: bool = False) -> str:
    """The rule catalog as Markdown: the text of ``docs/rules.md``.

    Regenerate the file with ``python -m scenario.rules > docs/rules.md``; a
    test checks it is up to date. Only the built-in rules are listed unless
    ``include_plugins``.
    """
    from scenario.rules._catalog import markdown

    return markdown([r for r in rules() if include_plugins or r.builtin])
