"""The registry of coherence rules: what a rule is, and how one is added.

A :class:`Rule` is an id such as ``phase.long-async``, a severity, the
modalities it applies to, a one-line summary, the source it rests on, and a
check function that reads a :class:`~scenario.rules.context.Context` and
yields a :class:`Hit` where the rule fires. The built-in families and the
rules of the ``scenario.rules`` entry points are loaded once, when the
registry is first read (:func:`rules`, :func:`get_rule`).
"""

from __future__ import annotations

import difflib
import importlib
import importlib.metadata
import warnings
from collections.abc import Callable, Iterable, Mapping

import attrs

from scenario.errors import ScenarioError
from scenario.report import Severity
from scenario.rules.context import Context
from scenario.vocabulary import Modality, parse_term

__all__ = [
    "ENTRY_POINT_GROUP",
    "FAMILIES",
    "LANGUAGES",
    "Check",
    "Hit",
    "Rule",
    "RuleError",
    "did_you_mean",
    "get_rule",
    "parse_severity",
    "register_rule",
    "registered",
    "rule",
    "rules",
    "unregister_rule",
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


def parse_severity(value: object) -> Severity:
    """A severity from its word (``"warning"``) or itself."""
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
    severity: Severity = attrs.field(converter=parse_severity)
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


def registered() -> dict[str, Rule]:
    """Every registered rule by id, the built-in families and entry points loaded."""
    _ensure_loaded()
    return _REGISTRY


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
        raise RuleError(f"no rule with id {id!r}{did_you_mean(id)}")
    return found


def did_you_mean(id: str) -> str:
    """``: did you mean 'x'?`` naming the registered ids closest to ``id``, or nothing."""
    close = difflib.get_close_matches(id, list(_REGISTRY), n=2)
    return ": did you mean " + " or ".join(repr(c) for c in close) + "?" if close else ""
