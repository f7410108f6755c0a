"""A list that knows where each id is: the phases of a scenario, found at constant cost.

:class:`IndexedList` is a plain ``list`` (equal to any list with the same
items, shown as one, pickled and copied as one) that also keeps, for each
``item.id``, the position of its first item. Looking an id up costs the same
for ten items as for a hundred thousand, so building a scenario phase by
phase costs a step per phase, not a scan of the phases before it.

The list stays public: whatever changes it, through the scenario or directly
(``append``, ``insert``, ``del``, slices, ``sort``...), keeps the index right.
Appending extends the index; any other change marks it stale, and the next
lookup rebuilds it once.

>>> from types import SimpleNamespace as Item
>>> items = IndexedList([Item(id="a"), Item(id="b")])
>>> items.position("b")
1
>>> items.insert(0, Item(id="z"))
>>> items.position("b"), items.position("nope")
(2, None)
>>> items == [items[0], items[1], items[2]]
True
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, SupportsIndex, TypeVar, overload

__all__ = ["IndexedList"]

T = TypeVar("T")


def _id(item: object) -> object:
    return getattr(item, "id", None)


class IndexedList(list[T]):
    """A ``list`` of items with an ``id``, with :meth:`position` at constant cost."""

    __slots__ = ("_positions", "_stale")

    def __init__(self, items: Iterable[T] = ()) -> None:
        super().__init__(items)
        self._positions: dict[object, int] = {}
        self._stale = True

    def position(self, id: object) -> int | None:
        """The position of the first item with this id, or None."""
        if self._stale:
            positions: dict[object, int] = {}
            for index, item in enumerate(self):
                positions.setdefault(_id(item), index)
            self._positions = positions
            self._stale = False
        return self._positions.get(id)

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled and copied as its items: the index is rebuilt when first needed.
        return (type(self), (list(self),))

    # -- what keeps the index: appending ----------------------------------------------

    def append(self, item: T) -> None:
        super().append(item)
        if not self._stale:
            self._positions.setdefault(_id(item), len(self) - 1)

    def extend(self, items: Iterable[T]) -> None:
        start = len(self)
        super().extend(items)
        if not self._stale:
            for index in range(start, len(self)):
                self._positions.setdefault(_id(self[index]), index)

    def __iadd__(self, items: Iterable[T]) -> IndexedList[T]:  # type: ignore[override,misc]
        self.extend(items)
        return self

    @overload
    def __setitem__(self, index: SupportsIndex, item: T) -> None: ...
    @overload
    def __setitem__(self, index: slice, item: Iterable[T]) -> None: ...
    def __setitem__(self, index: Any, item: Any) -> None:
        if isinstance(index, slice):
            super().__setitem__(index, item)
            self._stale = True
            return
        same = _id(self[index]) == _id(item)
        super().__setitem__(index, item)
        if not same:  # an item replaced by one with the same id leaves the index right
            self._stale = True

    # -- what makes it stale: everything else that changes the list ------------------------

    def __delitem__(self, index: SupportsIndex | slice) -> None:
        super().__delitem__(index)
        self._stale = True

    def __imul__(self, count: SupportsIndex) -> IndexedList[T]:
        super().__imul__(count)
        self._stale = True
        return self

    def insert(self, index: SupportsIndex, item: T) -> None:
        super().insert(index, item)
        self._stale = True

    def pop(self, index: SupportsIndex = -1) -> T:
        item = super().pop(index)
        self._stale = True
        return item

    def remove(self, item: T) -> None:
        super().remove(item)
        self._stale = True

    def clear(self) -> None:
        super().clear()
        self._stale = True

    def sort(self, *args: Any, **kwargs: Any) -> None:
        try:
            super().sort(*args, **kwargs)
        finally:  # a key that fails half-way may have moved items
            self._stale = True

    def reverse(self) -> None:
        super().reverse()
        self._stale = True
