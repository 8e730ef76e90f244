"""A cache on disk that survives restarts: reference data and each source's extraction.

An entry's key is a hash of everything that decides its value: the inputs'
bytes and the code that computes it (every file of this package, and its data
files). A second ``mkdocs build`` after an edit to one source therefore
re-extracts that source only, and a change to the code or the gazetteer
invalidates what it must. Entries are pickles written atomically; a missing,
stale or unreadable entry is simply computed again.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
PACKAGE = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def code_version() -> str:
    """Hash of the package's own files (code and bundled data): any change to them is a new version."""
    digest = hashlib.sha256()
    for path in sorted(p for p in PACKAGE.rglob("*") if p.is_file() and p.suffix in (".py", ".yaml", ".yml", ".json")):
        digest.update(path.relative_to(PACKAGE).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def key_of(parts: Iterable[object]) -> str:
    """A stable hash of ``parts`` (bytes as they are, anything else by its ``repr``)."""
    digest = hashlib.sha256(code_version().encode())
    for part in parts:
        digest.update(part if isinstance(part, bytes) else repr(part).encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()


class DiskCache:
    """Pickled values under ``folder/namespace/xx/key``; ``folder=None`` turns the cache off."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder

    def get_or_compute(self, namespace: str, key: str, compute: Callable[[], T]) -> T:
        found = self.get(namespace, key)
        if found is None:
            found = compute()
            self.put(namespace, key, found)
        return found

    def get(self, namespace: str, key: str) -> object | None:
        if self.folder is None:
            return None
        try:
            with self._path(namespace, key).open("rb") as f:
                return pickle.load(f)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
            return None

    def put(self, namespace: str, key: str, value: object) -> None:
        if self.folder is not None:
            self._write(self._path(namespace, key), value)

    def _path(self, namespace: str, key: str) -> Path:
        return self.folder / namespace / key[:2] / key

    @staticmethod
    def _write(path: Path, value: object) -> None:
        """Write to a temporary file and rename it, so a reader never sees half an entry."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            with os.fdopen(fd, "wb") as f:
                pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except (OSError, pickle.PicklingError, AttributeError, TypeError):
            pass  # a read-only or full disk, or a value that cannot be pickled, only costs the next build the work again
