"""Python's cycle collector around the pipeline: resting while it extracts and assembles, which makes no cycles."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_resting() -> Iterator[None]:
    """Python's cycle collector rests while sources are extracted, and works again after if it worked before.

    Extraction makes no reference cycles (none are left after the 2 MB of ``benchmarks/extraction.py``, nor after
    the fixtures once their first source has loaded the tables), so each collection during it only walked the
    heap, which grows with every source's results: about a tenth of extraction's CPU time at 2 MB. Reference
    counting frees what extraction discards, as before; ``mkdocs serve``'s rebuilds rest it already
    (``rebuilds.RestingCollector``), and a rest begun there is left as it is.
    """
    working = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if working:
            gc.enable()


class BuildCollector:
    """Python's cycle collector through one ``mkdocs build``: resting while the pipeline makes the site, then walking only
    what MkDocs makes.

    The pipeline makes no reference cycles (``collector_resting``; reference counting frees what it discards), yet
    it holds millions of objects: at 2,000 sources each full collection walked them all, 14 times while the results
    were loaded and assembled, more than half of those stages' CPU time, and more as the corpus grows. What it
    leaves for MkDocs (the pages, each with its links and anchors) is frozen while MkDocs writes, and thawed after.
    ``mkdocs serve`` has its own rest (``rebuilds.RestingCollector``): ``active`` is False there.
    """

    def __init__(self, active: bool) -> None:
        self.active = active
        self._working: bool | None = None  # was the collector working before the rest (None: not resting)
        self._frozen = False

    def rest(self) -> None:
        """A build begins: the collector rests until ``settle``."""
        if self.active and self._working is None:
            self._working = gc.isenabled()
            gc.disable()

    def settle(self) -> None:
        """The pipeline's pages are made: what is alive now stays alive to the end, and the collector skips it."""
        if self._working is not None and not self._frozen:
            gc.freeze()
            self._frozen = True
            if self._working:
                gc.enable()

    def end(self) -> None:
        """The build is written, or failed: the collector is as it was before the build, and walks all objects again."""
        if self._working is None:
            return
        if self._frozen:
            gc.unfreeze()
        (gc.enable if self._working else gc.disable)()
        self._working, self._frozen = None, False
