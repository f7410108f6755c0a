"""The registry of coherence rules: what a rule is, and how one is added.

A :class:`Rule` is an id such as ``phase.long-async``, a severity, the
modalities it applies to, a one-line summary, the source it rests on, and a
check function that reads a :class:`~scenario.rules.context.Context` and
yields a :class:`Hit` where the rule fires. The built-in families and the
rules of the ``scenario.rules`` entry points are loaded once, when the
registry is first read (:func:`rules`, :func:`get_rule`).

Every word a rule shows goes through the message catalog
(:mod:`scenario.i18n`): a built-in rule writes its message in English with
``_()`` and its summary with ``N_()``; the French is in the catalog.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable, Iterable

import attrs

from scenario._plugins import load_entry_points
from scenario._text import closest, did_you_mean, quote
from scenario.errors import ScenarioError
from scenario.i18n import _, pgettext, use_language
from scenario.report import Severity
from scenario.rules.catalog import describe
from scenario.rules.context import Context
from scenario.vocabulary import Modality, parse_term

__all__ = [
    "ENTRY_POINT_GROUP",
    "FAMILIES",
    "Check",
    "Hit",
    "Rule",
    "RuleError",
    "get_rule",
    "no_such_rule",
    "parse_severity",
    "register_rule",
    "registered",
    "rule",
    "rules",
    "unregister_rule",
]

#: The entry-point group other packages declare their rules in.
ENTRY_POINT_GROUP = "scenario.rules"

#: The modules of the built-in rule families, in catalog order.
FAMILIES = (
    "scenario.rules.structure",
    "scenario.rules.phase",
    "scenario.rules.overall",
    "scenario.rules.modality",
    "scenario.rules.flipped",
)


class RuleError(ScenarioError, ValueError):
    """A rule that cannot be registered, or a validation option that names no rule."""


@attrs.frozen
class Hit:
    """One place a rule fires, with its message in the language of the validation.

    Attributes:
        phase: the id of the phase concerned, or ``None`` for the whole scenario.
        message: what is wrong, where, what to do instead. The check functions
            run inside :func:`scenario.i18n.use_language`, so a message built
            with ``_()`` is already in the reader's language.
    """

    phase: str | None
    message: str


#: What a check function is: it reads the context and yields where the rule fires.
Check = Callable[[Context], Iterable[Hit]]


def parse_severity(value: object) -> Severity:
    """A severity from its word (``"warning"``) or itself."""
    if isinstance(value, Severity):
        return value
    try:
        return Severity(str(value).lower())
    except ValueError:
        raise RuleError(
            _("a severity is 'error', 'warning' or 'info' (got {value})").format(value=quote(value))
        ) from None


def _modalities(value: object) -> frozenset[Modality] | None:
    if value is None:
        return None
    if isinstance(value, (str, Modality)):
        value = [value]
    return frozenset(parse_term(Modality, item) for item in value)  # type: ignore[attr-defined]


def _check_summary(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str):
        raise RuleError(
            _("a rule's summary is one line of text (got {value})").format(value=quote(value))
        )


def _check_rule_id(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if (
        not isinstance(value, str)
        or "." not in value.strip(".")
        or value != value.strip().lower()
        or " " in value
    ):
        raise RuleError(
            _(
                "a rule id is 'family.name' in lower case, like 'phase.long-async' (got {value})"
            ).format(value=quote(value))
        )


@attrs.frozen
class Rule:
    """A coherence rule of the registry.

    Attributes:
        id: ``family.name``, lower case (``"phase.long-async"``).
        severity: of its findings, unless :func:`validate` is told otherwise.
        check: the function that yields a :class:`Hit` where the rule fires;
            its docstring says exactly when.
        summary: one line on what the rule checks. A built-in rule's is an
            English message of the catalog, shown translated
            (:meth:`summary_label`); a rule from elsewhere's is shown as it is.
        source: what the rule rests on (``"CMVRH fiche SPOC"``...).
        modalities: the modalities it applies to, or ``None`` for every scenario
            (a scenario without a modality gets only the rules for every scenario).
        threshold: the default of the rule's threshold, if it has one (changed
            with ``validate(thresholds={id: value})``).
        late: runs after the waivers are applied (only ``waiver.unused``).
        waivable: the rule judges a design choice that a designer may make
            knowingly: its findings' messages end with the waiver line to add
            to the document (``{rule: ..., phase: ..., reason: ...}``).
    """

    id: str = attrs.field(validator=_check_rule_id)
    severity: Severity = attrs.field(converter=parse_severity)
    check: Check = attrs.field(eq=False)
    summary: str = attrs.field(validator=_check_summary)
    source: str
    modalities: frozenset[Modality] | None = attrs.field(default=None, converter=_modalities)
    threshold: float | None = None
    late: bool = False
    waivable: bool = False

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
        """The check function's docstring: exactly when the rule fires, in English."""
        return inspect.getdoc(self.check) or ""

    def description_label(self, lang: str | None = None) -> str:
        """When the rule fires, in ``lang``: the docstring, or for a built-in rule in French
        each of its paragraphs as the catalog translates it (:func:`~.catalog.describe`)."""
        return describe(self, lang)

    def applies_to(self, modality: Modality | None) -> bool:
        """True when the rule runs on a scenario of ``modality``."""
        return self.modalities is None or (modality is not None and modality in self.modalities)

    def summary_label(self, lang: str | None = None) -> str:
        """The summary in ``lang`` (``None``: the current language).

        A built-in rule's summary is translated by the catalog; the summary of
        a rule from elsewhere is shown as it was given.

        >>> get_rule("phase.no-duration").summary_label("fr")
        'une phase sans durée'
        """
        if not self.builtin:
            return self.summary
        with use_language(lang):
            return _(self.summary)

    def modality_label(self, lang: str | None = None) -> str:
        """The modalities it applies to, as words (``"spoc, mooc"``), or ``"toutes"``/``"all"``.

        >>> get_rule("onsite.remote-phase").modality_label("en")
        'présentiel (onsite)'
        """
        with use_language(lang):
            if self.modalities is None:
                return pgettext("modalities", "all")
            chosen = [m for m in Modality if m in self.modalities]
            return ", ".join(m.mention(quoted=False) for m in chosen)


_REGISTRY: dict[str, Rule] = {}
_loaded = False


def register_rule(
    id: str | Rule,
    check: Check | None = None,
    *,
    severity: Severity | str = Severity.WARNING,
    summary: str = "",
    source: str = "",
    modalities: Iterable[Modality | str] | Modality | str | None = None,
    threshold: float | None = None,
    replace: bool = False,
    waivable: bool = False,
) -> Rule:
    """Add a rule to the registry, so that every :func:`validate` runs it.

    Give either a :class:`Rule`, or its id and check function with the other
    fields as keywords. Registering the same rule twice is harmless; another
    rule with a taken id is refused unless ``replace`` is true.

    Args:
        id: the rule's id, ``family.name``; or a whole :class:`Rule`.
        check: called with a :class:`Context`, yields a :class:`Hit` where it fires.
        severity: of its findings.
        summary: one line on what it checks, shown as it is (the id when empty).
        source: what the rule rests on.
        modalities: the modalities it applies to (``None``: every scenario).
        threshold: the default of the rule's threshold, if it has one.
        replace: put this rule in place of one registered with the same id.
        waivable: its findings may be knowingly set aside: their messages
            end with the waiver line to add to the document.

    Raises:
        RuleError: the id is malformed or taken.

    >>> def no_title(ctx):
    ...     '''Fires when the scenario's title is blank.'''
    ...     if not ctx.scenario.title.strip():
    ...         yield Hit(None, "le titre est vide" if ctx.lang == "fr" else "the title is blank")
    >>> register_rule("house.no-title", no_title, summary="a title is needed").severity
    <Severity.WARNING: 'warning'>
    >>> unregister_rule("house.no-title")
    """
    if isinstance(id, Rule):
        new = id
    else:
        if check is None:
            raise RuleError(_("register_rule({id}) needs the check function").format(id=quote(id)))
        new = Rule(
            id,
            severity,
            check,
            summary or id,
            source or "",
            modalities,
            threshold,
            waivable=waivable,
        )
    old = _REGISTRY.get(new.id)
    if old is not None and not replace:
        if old == new and old.check is new.check:
            return old
        raise RuleError(
            _(
                "a rule with id {id} is already registered (from {module}); "
                "choose another id or pass replace=True"
            ).format(id=repr(new.id), module=getattr(old.check, "__module__", "?"))
        )
    _REGISTRY[new.id] = new
    return new


def rule(
    id: str,
    *,
    severity: Severity | str,
    summary: str,
    source: str,
    modalities: Iterable[Modality | str] | Modality | str | None = None,
    threshold: float | None = None,
    late: bool = False,
    waivable: bool = False,
) -> Callable[[Check], Check]:
    """Decorate a check function to register it as a rule (see :func:`register_rule`).

    The function stays as it is, so it can be called in tests.
    """

    def decorate(check: Check) -> Check:
        register_rule(
            Rule(id, severity, check, summary, source, modalities, threshold, late, waivable)
        )
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
    load_entry_points(ENTRY_POINT_GROUP, _register_loaded)


def _register_loaded(loaded: object) -> None:
    """Register what a ``scenario.rules`` entry point names.

    A module (importing it registered its rules, as with :func:`rule`), a
    :class:`Rule`, an iterable of rules, or a function that takes no
    argument and returns rules or ``None``. Anything else is a
    :class:`RuleError`: :func:`scenario._plugins.load_entry_points` skips the
    entry point with a warning, and the other rules still run.
    """
    if inspect.ismodule(loaded):
        return
    if callable(loaded):
        loaded = loaded()
    if loaded is None:
        return
    items = [loaded] if isinstance(loaded, Rule) else loaded
    if isinstance(items, (str, bytes)) or not isinstance(items, Iterable):
        raise RuleError(_("expected rules, got {value}").format(value=quote(loaded)))
    for item in items:
        if not isinstance(item, Rule):
            raise RuleError(_("expected rules, got {value}").format(value=quote(item)))
        register_rule(item)


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
        raise no_such_rule(id)
    return found


def no_such_rule(id: str, option: str | None = None) -> RuleError:
    """The error for an id that names no registered rule, suggesting the closest ids.

    ``option`` names the option that gave the id (``"ignore"``), if any.
    """
    hint = did_you_mean(closest(id, _REGISTRY))
    if hint:
        text = _("no rule with id {id}: {hint}").format(id=repr(id), hint=hint)
    else:
        text = _("no rule with id {id}").format(id=repr(id))
    if option:
        text = _("{option}: {error}").format(option=option, error=text)
    return RuleError(text)
