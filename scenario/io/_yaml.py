"""YAML for scenario documents: PyYAML's safe loading, bounded, and the place of every value.

:func:`load_yaml` is ``yaml.safe_load`` on PyYAML's own machinery: its
parser and composer (libyaml's, through ``CSafeLoader``, when PyYAML was
built with it), its ``SafeConstructor`` and ``Resolver``. Between composing
and constructing, the node tree is checked (:func:`_check`, one step per
node) and refused when:

- containers nest deeper than ``max_depth``;
- aliases expand the document past ``max_nodes`` values: PyYAML shares the
  repeated lists of a "billion laughs" document, which loads in milliseconds
  and then explodes in whatever walks it (``json.dumps``, a schema
  validator). An alias is the node it names, met again: each node's expanded
  size is computed once and added at each alias, so the count is linear;
- an alias stands inside the node it names (a recursive structure);
- one text is longer than the limit ``string_length``, or the texts of the
  document, aliases expanded, are longer than ``expanded_text``
  (:class:`~scenario.io.limits.Limits`): a long text repeated by aliases
  would otherwise fill every output;
- a mapping gives the same key twice (PyYAML keeps the last one silently);
- a double-quoted text escapes half of a character (``"\\ud800"``, a lone
  surrogate), which no file can hold.

The tags ``!!set``, ``!!omap`` and ``!!pairs`` are refused too (no scenario
uses them); tags that would build Python objects are refused by
``SafeConstructor``; so are values their tag cannot read (``!!float abc``,
``!!timestamp foo``) and whole numbers past
:data:`~scenario.io.limits.LARGEST_NUMBER`, with their line, where PyYAML
would raise ``ValueError``. libyaml's composer recurses in C once per level, so it
is used only when libyaml refuses deep nesting itself (the libyaml PyYAML
ships stops past 1,000 levels); otherwise, and with the pure-Python parser,
PyYAML's Python composer is used, with a guard that refuses the first
container past ``max_depth`` before composing it. The overrides only speed
up the common case: text scalars, mappings with text keys, and each plain
word's tag resolved once per document.

:class:`scenario.io._places.Places` finds the line and column of a place in
the document from the node tree of :func:`compose_yaml`.

>>> load_yaml("a: &x [1, 2]\\nb: *x\\nc: {<<: {d: yes}}\\n")
{'a': [1, 2], 'b': [1, 2], 'c': {'d': True}}
>>> load_yaml("a: &a [x, x]\\nb: &b [*a, *a]\\nc: [*b, *b]\\n", max_nodes=10, lang="en")
Traceback (most recent call last):
...
scenario.io._yaml_check.LimitError: aliases expand the document past 10 values (an alias bomb?)
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any, ClassVar, cast

import yaml
from yaml.composer import Composer
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.events import MappingStartEvent, SequenceStartEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import Resolver

from scenario._text import quote
from scenario.i18n import _, format_number, use_language
from scenario.io._yaml_check import (
    TAG,
    DuplicateKeyError,
    LimitError,
    check_tree,
    prescan,
    too_deep,
)
from scenario.io.limits import DEFAULT_LIMITS, LARGEST_NUMBER, Limits, current_limits

__all__ = [
    "MAX_DEPTH",
    "MIN_NODES",
    "DuplicateKeyError",
    "LimitError",
    "SafeLoader",
    "compose_yaml",
    "load_yaml",
]

SafeLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_CParser: Any
try:
    from yaml._yaml import CParser as _CParser
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    _CParser = None

#: Containers (mappings, lists) nested deeper than this are refused.
MAX_DEPTH = DEFAULT_LIMITS.depth
#: Aliases may always expand a document to this many values (see :func:`load_yaml`).
MIN_NODES = 100_000
#: Texts longer than this are read once for their events before they are composed, when
#: their characters allow more values than the limit ``values`` (see
#: :func:`scenario.io._yaml_check.prescan`): below it, the node tree of a hostile text
#: takes at most some 150 MB.
PRESCAN_FROM = 1 << 20

_STR = TAG + "str"
_SEQ = TAG + "seq"
_MAP = TAG + "map"


class _Composer(Composer):
    """PyYAML's Python composer, which recurses once per level of the document:
    the first container past the depth limit is refused before it is composed."""

    max_depth = MAX_DEPTH

    def compose_document(self) -> Node | None:
        self._depth = 0  # containers open around the node being composed
        return super().compose_document()

    def compose_node(self, parent: Node | None, index: Any) -> Any:
        event = cast(Any, self).peek_event()  # the parser is the class combined with this one
        if type(event) is not MappingStartEvent and type(event) is not SequenceStartEvent:
            return super().compose_node(parent, index)
        if self._depth >= self.max_depth:
            raise too_deep(self.max_depth, event.start_mark)
        self._depth += 1
        node = super().compose_node(parent, index)
        self._depth -= 1
        return node


class _Constructor(SafeConstructor):
    """PyYAML's safe constructor, without the tags no scenario uses, quicker on text."""

    def construct_object(self, node: Node, deep: bool = False) -> Any:
        """What PyYAML's gives, quicker for the common nodes: a text is its value, and a
        list or a mapping with text keys is built at once, without the generators PyYAML
        runs for each container. (Such a node met again through an alias is built again,
        not shared: the data is only read, and :func:`check_tree` has bounded what
        aliases expand to.)"""
        kind, tag = type(node), node.tag
        if kind is ScalarNode and tag == _STR:
            return node.value  # what construct_yaml_str gives, without the bookkeeping
        if kind is SequenceNode and tag == _SEQ:
            construct = self.construct_object
            return [construct(child, deep) for child in node.value]
        if type(node) is MappingNode and tag == _MAP and self._text_keys(node):
            construct = self.construct_object
            return {key.value: construct(value, deep) for key, value in node.value}
        return super().construct_object(node, deep)

    @staticmethod
    def _text_keys(node: MappingNode) -> bool:
        """Whether every key is a text (no merge key: nothing to flatten, all hashable)."""
        for key, _value in node.value:
            if key.tag != _STR or type(key) is not ScalarNode:
                return False
        return True

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
        # (!!map on a list or a text fails in SafeConstructor)
        if type(node) is MappingNode and self._text_keys(node):
            construct = self.construct_object
            return {key.value: construct(value, deep) for key, value in node.value}
        mapping: dict[Any, Any] = super().construct_mapping(node, deep)
        return mapping

    def construct_yaml_timestamp(self, node: ScalarNode) -> Any:
        """A date, or the text as written when no such day exists (``2025-02-30``): the
        reader of dates then refuses it with its place (:mod:`scenario.dates`)."""
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError:
            return node.value
        except (AttributeError, TypeError, IndexError):  # !!timestamp on no date at all
            raise _unreadable(node) from None

    def construct_yaml_int(self, node: ScalarNode) -> int:
        """A whole number; one past :data:`~scenario.io.limits.LARGEST_NUMBER` is refused,
        before it is computed when it is written with too many digits."""
        if type(node) is ScalarNode and len(node.value) > _LONGEST_NUMBER:
            raise _too_large(node)
        try:
            value: int = super().construct_yaml_int(node)
        except (ValueError, TypeError, IndexError):
            raise _unreadable(node) from None
        if abs(value) > LARGEST_NUMBER:
            raise _too_large(node)
        return value

    def construct_yaml_float(self, node: ScalarNode) -> float:
        if type(node) is ScalarNode and len(node.value) > _LONGEST_FLOAT:
            raise _too_large(node)
        try:
            value: float = super().construct_yaml_float(node)
        except (ValueError, TypeError, IndexError):
            raise _unreadable(node) from None
        return value

    def construct_yaml_bool(self, node: ScalarNode) -> bool:
        try:
            value: bool = super().construct_yaml_bool(node)
        except (KeyError, AttributeError):
            raise _unreadable(node) from None
        return value

    def construct_unused(self, node: Node) -> Any:
        tag = node.tag.replace(TAG, "!!")
        message = _("the tag {tag} is not used in scenario documents").format(tag=tag)
        raise ConstructorError(None, None, message, node.start_mark)

    yaml_constructors: ClassVar[dict[Any, Any]] = {
        **SafeConstructor.yaml_constructors,
        TAG + "timestamp": construct_yaml_timestamp,
        TAG + "int": construct_yaml_int,
        TAG + "float": construct_yaml_float,
        TAG + "bool": construct_yaml_bool,
        **dict.fromkeys((TAG + "set", TAG + "omap", TAG + "pairs"), construct_unused),
    }


#: Whole numbers written with more characters than this are refused unread (2**53 has
#: 16 digits; underscores, a sign and 0x may add a few); so are longer decimal numbers.
_LONGEST_NUMBER = 64
_LONGEST_FLOAT = 400


def _unreadable(node: Node) -> ConstructorError:
    tag = node.tag.replace(TAG, "!!")
    message = _("the value {value} cannot be read with the tag {tag}").format(
        value=quote(getattr(node, "value", ""), 60), tag=tag
    )
    return ConstructorError(None, None, message, node.start_mark)


def _too_large(node: ScalarNode) -> ConstructorError:
    message = _("the number {number} is too large: whole numbers go up to {largest}").format(
        number=quote(node.value, 40), largest=format_number(LARGEST_NUMBER)
    )
    return ConstructorError(None, None, message, node.start_mark)


@cache
def _libyaml_bounds_nesting() -> bool:
    """Whether libyaml refuses deep nesting itself (0.2.5 stops past 1,000 levels): only
    then may its composer, which recurses in C once per level, read any document."""
    depth = 10_000
    parser = _CParser("[" * depth + "]" * depth)
    try:
        while parser.check_event():
            parser.get_event()
    except yaml.YAMLError:
        return True
    finally:
        parser.dispose()
    return False  # pragma: no cover - the libyaml PyYAML ships bounds nesting


class _Resolver(Resolver):
    """PyYAML's resolver, each plain word resolved once per document: a scenario says
    its keys and its vocabulary thousands of times."""

    resolved: dict[str, str]  # set up for each text by the loader

    def resolve(self, kind: type[Node], value: Any, implicit: Any) -> Any:
        if self.yaml_path_resolvers:
            return _resolve(self, kind, value, implicit)
        # Without path resolvers, PyYAML's answer depends on the kind and the text alone:
        # a plain scalar's tag is looked up once per word, the others are the defaults.
        if kind is ScalarNode:
            if not implicit[0]:
                return _SCALAR_TAG
            tag = self.resolved.get(value)
            if tag is None:
                tag = self.resolved[value] = _resolve(self, kind, value, implicit)
            return tag
        return _MAPPING_TAG if kind is MappingNode else _SEQUENCE_TAG

    # libyaml's composer calls these two around every node, for path resolvers, which
    # no scenario registers: builtins that take the same arguments and do nothing cost
    # a fraction of a Python call (some 5% of the composing time).
    descend_resolver = slice  # type: ignore[assignment]  # (parent, index): a slice, dropped
    ascend_resolver = tuple  # type: ignore[assignment]  # (): the empty tuple


_resolve: Any = Resolver.resolve
_SCALAR_TAG, _MAPPING_TAG, _SEQUENCE_TAG = (
    Resolver.DEFAULT_SCALAR_TAG,
    Resolver.DEFAULT_MAPPING_TAG,
    Resolver.DEFAULT_SEQUENCE_TAG,
)


@cache
def _loader_on(parser: Any) -> Any:
    """A loader reading with ``parser`` (a PyYAML loader class), resolving with
    :class:`_Resolver` and constructing with :class:`_Constructor`. It composes with
    libyaml's own composer when libyaml bounds the nesting (the quickest), else with
    PyYAML's Python composer behind the depth guard of :class:`_Composer`."""
    if _CParser is not None and issubclass(parser, _CParser) and _libyaml_bounds_nesting():
        bases: tuple[type, ...] = (_Constructor, _Resolver, parser)
    else:
        bases = (_Composer, _Constructor, _Resolver, parser)

    def __init__(self: Any, stream: str) -> None:
        parser.__init__(self, stream)
        Composer.__init__(self)  # CSafeLoader does not set up PyYAML's Python composer
        self.resolved = {}

    return type(f"Bounded{parser.__name__}", bases, {"__init__": __init__})


def _most_values(text: str) -> int:
    """More values than the text can hold, from its characters alone: every value but the
    root starts a line or follows one of ``- : , ? [ {`` (a flow mapping's key brings its
    empty value along; a comment or a text holding these only raises the bound).

    >>> _most_values("a: [1, 2]\\nb: {c: d}\\n") >= 8
    True
    """
    twice = text.count("-") + text.count(":") + text.count(",") + text.count("?")
    return text.count("\n") + 2 * twice + 3 * (text.count("[") + text.count("{")) + 1


def _compose(
    text: str, loader: Any, max_depth: int | None, max_nodes: int | None, limits: Limits | None
) -> tuple[Any, Any]:
    """The parser of ``text`` and its checked node tree (``None`` for an empty text)."""
    limits = limits or current_limits()
    depth = limits.depth if max_depth is None else max_depth
    if len(text) > PRESCAN_FROM and _most_values(text) > limits.values:
        scanner = (loader or SafeLoader)(text)
        try:
            prescan(scanner, limits, depth)
        finally:
            scanner.dispose()
    parser = _loader_on(loader or SafeLoader)(text)
    parser.max_depth = depth
    try:
        root = parser.get_single_node()
        if root is not None:
            budget = max(MIN_NODES, 2 * len(text)) if max_nodes is None else max_nodes
            check_tree(root, depth, budget, limits)
    finally:
        parser.dispose()
    return parser, root


def load_yaml(
    text: str,
    loader: Any = None,
    *,
    max_depth: int | None = None,
    max_nodes: int | None = None,
    limits: Limits | None = None,
    lang: str | None = None,
    tree: Callable[[Node], None] | None = None,
) -> Any:
    """Parse one YAML document as ``yaml.safe_load`` does, within limits.

    Args:
        text: the document.
        loader: the PyYAML loader class whose parser reads the text
            (``CSafeLoader`` when available, else ``SafeLoader``).
        max_depth: how deeply containers may nest (default: ``limits.depth``).
        max_nodes: how many values the document may hold once its aliases are
            expanded; by default ``max(MIN_NODES, 2 * len(text))``, more than
            a document of that length without aliases can hold.
        limits: the limits of one text and of the text aliases expanded (default:
            those in force, :func:`scenario.io.limits.current_limits`).
        lang: the language of the refusals (``None``: the current one).
        tree: called with the checked node tree before it is constructed (where
            each value stands: :func:`scenario.io._places.phase_lines`).

    Raises:
        LimitError: the document nests too deeply, its aliases expand too much, or
            a text is too long.
        DuplicateKeyError: a mapping gives a key twice.
        yaml.YAMLError: the text is not YAML, or it holds a tag or a value that is refused.
    """
    with use_language(lang):
        parser, root = _compose(text, loader, max_depth, max_nodes, limits)
        if root is not None and tree is not None:
            tree(root)
        return None if root is None else parser.construct_document(root)


def compose_yaml(
    text: str,
    loader: Any = None,
    *,
    max_depth: int | None = None,
    max_nodes: int | None = None,
    limits: Limits | None = None,
) -> Node | None:
    """The node tree of one YAML document (``None`` when empty), within the limits
    of :func:`load_yaml`: what ``yaml.compose`` gives, nothing constructed."""
    root: Node | None = _compose(text, loader, max_depth, max_nodes, limits)[1]
    return root
