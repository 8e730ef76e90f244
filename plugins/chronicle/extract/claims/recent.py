"""A sentence's usable places, and the last ones named before it, read only when a rule asks for them.

``targetable.usable`` (the places that can be what an event is about) costs tens
of microseconds a sentence, and most sentences never need it: a sentence's own
are read only when it has predicates, and the places named before it only when
one of its predicates stands at an anaphor ("the town", "this city"). So each
sentence's are read on first asking (``Usable``), and the last ``KEPT`` of the
text so far (``Recent``, one node per sentence that names places) are read back
from the newest sentence only as far as ``KEPT`` go. The result is the one the
eager reading gave: the same places, in the same order.
"""

from __future__ import annotations

from collections.abc import Iterator

from chronicle.extract.claims import targetable
from chronicle.lexicon import ClaimLexicon
from chronicle.model import PlaceMention

KEPT = 20  # the places named before a sentence that an anaphor in it may stand for


class Usable:
    """One sentence's places that can be targets (``targetable.usable``), read when first iterated."""

    __slots__ = ("_text", "_mentions", "_lex", "_places")

    def __init__(self, text: str, mentions: tuple[PlaceMention, ...], lex: ClaimLexicon) -> None:
        self._text, self._mentions, self._lex = text, mentions, lex
        self._places: tuple[PlaceMention, ...] | None = None if mentions else ()

    def read(self) -> tuple[PlaceMention, ...]:
        if self._places is None:
            self._places = tuple(targetable.usable(self._text, self._mentions, self._lex))
        return self._places

    def __iter__(self) -> Iterator[PlaceMention]:
        return iter(self.read())


class Recent:
    """The last ``KEPT`` usable places of the sentences before one, in text order, read when first iterated.

    A chain of nodes, newest first; a node once read keeps its answer, so a later reading stops there."""

    __slots__ = ("_before", "_usable", "_places")

    def __init__(self, before: Recent | None = None, usable: Usable | None = None) -> None:
        self._before, self._usable = before, usable
        self._places: tuple[PlaceMention, ...] | None = () if usable is None else None

    def then(self, usable: Usable) -> Recent:
        """These places and, after them, the next sentence's."""
        return Recent(self, usable)

    def __iter__(self) -> Iterator[PlaceMention]:
        if self._places is None:
            pieces: list[tuple[PlaceMention, ...]] = []
            count, node = 0, self
            while count < KEPT and node._places is None:
                assert node._usable is not None and node._before is not None  # only the first node has no sentence
                pieces.append(node._usable.read())
                count += len(pieces[-1])
                node = node._before
            if count < KEPT:
                pieces.append(node._places)  # a node read before: it holds its own and every earlier one's
            self._places = tuple(p for piece in reversed(pieces) for p in piece)[-KEPT:]
        return iter(self._places)
