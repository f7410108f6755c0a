"""YAML for scenario documents: PyYAML's safe loading, bounded, and the place of every value.

:func:`load_yaml` is ``yaml.safe_load`` on PyYAML's own machinery: the
parser (libyaml's, through ``CSafeLoader``, when PyYAML was built with it),
PyYAML's ``Composer`` and ``SafeConstructor``, with small overrides that
refuse, while the node tree is composed and before anything walks it:

- containers nested deeper than ``max_depth``;
- aliases that expand the document past ``max_nodes`` values: PyYAML shares
  the repeated lists of a "billion laughs" document, which loads in
  milliseconds and then explodes in whatever walks it (``json.dumps``, a
  schema validator). Each anchor's expanded size is counted once, when its
  node is composed, and each alias adds it to a running count, so the count
  is linear in the text;
- an alias inside the node it names (a recursive structure), and the tags
  ``!!set``, ``!!omap`` and ``!!pairs`` (no scenario uses them).

Tags that would build Python objects are refused by ``SafeConstructor``.

:class:`Places` finds the line and column of a place in the document, as
``["phases", 2, "situation"]``: it composes the node tree once, when a place
is first asked for (so loading a good document pays nothing for it), then
walks it from the root for each place.

>>> load_yaml("a: &x [1, 2]\\nb: *x\\nc: {<<: {d: yes}}\\n")
{'a': [1, 2], 'b': [1, 2], 'c': {'d': True}}
>>> load_yaml("a: &a [x, x]\\nb: &b [*a, *a]\\nc: [*b, *b]\\n", max_nodes=10, lang="en")
Traceback (most recent call last):
...
scenario.io._yaml.LimitError: aliases expand the document past 10 values (an alias bomb?)
>>> Places("scenario: 1\\nphases:\\n  - id: a\\n    phase: x\\n").find(["phases", 0, "phase"])
(4, 5)
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any, ClassVar

import yaml
from yaml.composer import Composer, ComposerError
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.events import AliasEvent, ScalarEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from scenario.i18n import _, format_number, use_language

__all__ = [
    "MAX_DEPTH",
    "MIN_NODES",
    "LimitError",
    "Places",
    "SafeLoader",
    "compose_yaml",
    "line_of",
    "load_yaml",
]

SafeLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

#: Containers (mappings, lists) nested deeper than this are refused.
MAX_DEPTH = 100
#: Aliases may always expand a document to this many values (see :func:`load_yaml`).
MIN_NODES = 100_000

_TAG = "tag:yaml.org,2002:"
_STR = _TAG + "str"
_MERGE = _TAG + "merge"


class LimitError(yaml.YAMLError):
    """A document past one of the limits of :func:`load_yaml`.

    Attributes:
        message: what is wrong, in the reader's language.
        limit: which limit: ``"depth"`` or ``"aliases"``.
        line, column: where the limit was reached (1-based).
    """

    def __init__(self, message: str, limit: str, mark: Any = None) -> None:
        super().__init__(message)
        self.message = message
        self.limit = limit
        self.line: int | None = None if mark is None else mark.line + 1
        self.column: int | None = None if mark is None else mark.column + 1

    def __str__(self) -> str:
        return self.message


class _Composer(Composer):
    """PyYAML's composer, refusing what :func:`load_yaml` refuses as the nodes arrive."""

    max_depth = MAX_DEPTH
    max_nodes = MIN_NODES

    def compose_document(self) -> Node | None:
        self._depth = 0  # containers open around the node being composed
        self._nodes = 0  # values composed so far, each alias counted expanded
        self._sizes: dict[str, int] = {}  # the expanded size of each anchor composed
        self._open: set[str] = set()  # the anchors of the containers still open
        return super().compose_document()

    def compose_node(self, parent: Node | None, index: Any) -> Any:
        loader: Any = self  # the parser's methods come from the class combined with this one
        event = loader.peek_event()
        kind = type(event)
        anchor = event.anchor
        if kind is AliasEvent:
            if anchor in self._open:
                message = _("the alias *{name} is inside the node it names (a recursive structure)")
                raise ComposerError(None, None, message.format(name=anchor), event.start_mark)
            self._nodes += self._sizes.get(anchor, 0)  # an undefined one fails below
            if self._nodes > self.max_nodes:
                message = _("aliases expand the document past {count} values (an alias bomb?)")
                count = format_number(self.max_nodes)
                raise LimitError(message.format(count=count), "aliases", event.start_mark)
            return super().compose_node(parent, index)
        self._nodes += 1
        if kind is ScalarEvent:
            if anchor is None and not loader.yaml_path_resolvers:
                return loader.compose_scalar_node(None)  # the common case, made short
            node = super().compose_node(parent, index)
            if anchor is not None:
                self._sizes[anchor] = 1
            return node
        if self._depth >= self.max_depth:
            message = _("the document nests more than {depth} levels deep")
            raise LimitError(message.format(depth=self.max_depth), "depth", event.start_mark)
        first = self._nodes
        if anchor is not None:
            self._open.add(anchor)
        self._depth += 1
        node = super().compose_node(parent, index)
        self._depth -= 1
        if anchor is not None:
            self._open.discard(anchor)
            self._sizes[anchor] = self._nodes - first + 1
        return node


class _Constructor(SafeConstructor):
    """PyYAML's safe constructor, without the tags no scenario uses, quicker on text."""

    def construct_object(self, node: Node, deep: bool = False) -> Any:
        if node.tag == _STR and type(node) is ScalarNode:
            return node.value  # what construct_yaml_str gives, without the bookkeeping
        return super().construct_object(node, deep)

    def construct_unused(self, node: Node) -> Any:
        tag = node.tag.replace(_TAG, "!!")
        message = _("the tag {tag} is not used in scenario documents").format(tag=tag)
        raise ConstructorError(None, None, message, node.start_mark)

    yaml_constructors: ClassVar[dict[Any, Any]] = {
        **SafeConstructor.yaml_constructors,
        **dict.fromkeys((_TAG + "set", _TAG + "omap", _TAG + "pairs"), construct_unused),
    }


@cache
def _loader_on(parser: Any) -> Any:
    """A loader reading with ``parser`` (a PyYAML loader class), composing and
    constructing with :class:`_Composer` and :class:`_Constructor`."""

    def __init__(self: Any, stream: str) -> None:
        parser.__init__(self, stream)
        Composer.__init__(self)  # CSafeLoader does not set up PyYAML's Python composer

    return type(
        f"Bounded{parser.__name__}", (_Composer, _Constructor, parser), {"__init__": __init__}
    )


def _parser_for(text: str, loader: Any, max_depth: int, max_nodes: int | None) -> Any:
    parser = _loader_on(loader or SafeLoader)(text)
    parser.max_depth = max_depth
    parser.max_nodes = max(MIN_NODES, 2 * len(text)) if max_nodes is None else max_nodes
    return parser


def load_yaml(
    text: str,
    loader: Any = None,
    *,
    max_depth: int = MAX_DEPTH,
    max_nodes: int | None = None,
    lang: str | None = None,
) -> Any:
    """Parse one YAML document as ``yaml.safe_load`` does, within limits.

    Args:
        text: the document.
        loader: the PyYAML loader class whose parser reads the text
            (``CSafeLoader`` when available, else ``SafeLoader``).
        max_depth: how deeply containers may nest.
        max_nodes: how many values the document may hold once its aliases are
            expanded; by default ``max(MIN_NODES, 2 * len(text))``, more than
            a document of that length without aliases can hold.
        lang: the language of the refusals (``None``: the current one).

    Raises:
        LimitError: the document nests too deeply or its aliases expand too much.
        yaml.YAMLError: the text is not YAML, or it holds a tag that is refused.
    """
    with use_language(lang):
        parser = _parser_for(text, loader, max_depth, max_nodes)
        try:
            return parser.get_single_data()
        finally:
            parser.dispose()


def compose_yaml(
    text: str, loader: Any = None, *, max_depth: int = MAX_DEPTH, max_nodes: int | None = None
) -> Node | None:
    """The node tree of one YAML document (``None`` when empty), within the limits
    of :func:`load_yaml`: what ``yaml.compose`` gives, nothing constructed."""
    parser = _parser_for(text, loader, max_depth, max_nodes)
    try:
        node: Node | None = parser.get_single_node()
        return node
    finally:
        parser.dispose()


class Places:
    """Where each place of a YAML (or JSON) text is: its line and column.

    A place is a path of keys and indexes, as ``["phases", 2, "situation"]``.
    The text is composed into PyYAML's node tree when a place is first asked
    for, once; each place is then found by walking the tree from the root
    (the keys of a mapping are indexed the first time it is walked), so
    finding many places costs little more than finding one.
    """

    def __init__(self, text: str, loader: Any = None) -> None:
        self._text = text
        self._loader = loader
        self._root: Node | None = None
        self._composed = False
        self._keys: dict[int, dict[str, tuple[Node, Node]]] = {}

    def find(self, path: Sequence[str | int]) -> tuple[int, int] | None:
        """The 1-based line and column of ``path``: of its key, for a value in a
        mapping; of the item, in a list. For a place that does not exist (a
        required key left out), the nearest enclosing place that does;
        ``None`` when the text is empty or cannot be composed."""
        node = self._tree()
        if node is None:
            return None
        mark = node.start_mark
        for part in path:
            found = self._child(node, part)
            if found is None:
                break
            node, mark = found
        return mark.line + 1, mark.column + 1

    def line(self, path: Sequence[str | int]) -> int | None:
        """The 1-based line of ``path`` (see :meth:`find`)."""
        found = self.find(path)
        return None if found is None else found[0]

    def _tree(self) -> Node | None:
        if not self._composed:
            self._composed = True
            try:
                self._root = compose_yaml(self._text, self._loader)
            except yaml.YAMLError:
                self._root = None
        return self._root

    def _child(self, node: Node, part: str | int) -> tuple[Node, Any] | None:
        """The node at ``part`` under ``node``, and the mark that places it."""
        if isinstance(node, SequenceNode) and isinstance(part, int):
            if 0 <= part < len(node.value):
                child: Node = node.value[part]
                return child, child.start_mark
            return None
        if not isinstance(node, MappingNode) or not isinstance(part, str):
            return None
        keys = self._keys.get(id(node))
        if keys is None:
            # Text keys; the last of equal keys wins, as in the loaded mapping.
            keys = self._keys[id(node)] = {
                key.value: (key, value)
                for key, value in node.value
                if isinstance(key, ScalarNode) and key.tag != _MERGE
            }
        if part in keys:
            key, value = keys[part]
            return value, key.start_mark
        for key, value in node.value:  # a key brought in by a merge key (<<: *template)
            if isinstance(key, ScalarNode) and key.tag == _MERGE:
                sources = value.value if isinstance(value, SequenceNode) else [value]
                for source in sources:
                    found = self._child(source, part)
                    if found is not None:
                        return found
        return None


def line_of(text: str, path: Sequence[str | int]) -> int | None:
    """The 1-based line where ``path`` (keys and indexes) sits in ``text``, if it can be found.

    For a key that does not exist (a required key left out), the line of the
    nearest enclosing node that does (see :class:`Places`, to find many places).

    >>> line_of("scenario: 1\\nphases:\\n  - id: a\\n    phase: x\\n", ["phases", 0, "phase"])
    4
    """
    return Places(text).line(path)
