"""Make Pagefind's bundle byte-identical from one run to the next.

Why: builds are reproducible (the same input gives the same bytes), but
Pagefind 1.5 writes each filter's values, and the list of filters in its
metadata file, in the order of a Rust hash map, which changes from run to run
(its maintainer says so in Pagefind issue 638: fragments are stable, filter
and metadata indexes are not). Everything else it writes is stable.

So the filter files and the metadata file are decoded, their lists sorted,
and written again under names taken from a hash of their new content; the
entry file then points at the new metadata. The files are gzip-compressed
CBOR behind a ``pagefind_dcd`` signature. Only the subset Pagefind uses is
handled (unsigned integers, text, arrays); anything else raises, rather than
risk writing an index the browser cannot read.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

SIGNATURE = b"pagefind_dcd"
UINT, TEXT, ARRAY = 0, 3, 4
FILTERS = 3  # position of the [name, file hash] list in the metadata array


def canonicalise(bundle: Path) -> None:
    """Rewrite ``bundle``'s filter and metadata files in sorted order, for every language."""
    entry_path = bundle / "pagefind-entry.json"
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    for language in entry["languages"].values():
        language["hash"] = _canonical_meta(bundle, language["hash"])
    entry_path.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def _canonical_meta(bundle: Path, meta_hash: str) -> str:
    """Sort the metadata's filter list and each filter file it names; return the metadata's new hash."""
    old = bundle / f"pagefind.{meta_hash}.pf_meta"
    meta = _read(old)
    prefix = meta_hash.split("_")[0]
    meta[FILTERS] = sorted([name, _canonical_filter(bundle, file_hash, prefix)] for name, file_hash in meta[FILTERS])
    old.unlink()
    return _write(meta, prefix, 10, lambda h: bundle / f"pagefind.{h}.pf_meta")


def _canonical_filter(bundle: Path, file_hash: str, prefix: str) -> str:
    old = bundle / "filter" / f"{file_hash}.pf_filter"
    name, values = _read(old)
    old.unlink()
    return _write([name, sorted(values)], prefix, 7, lambda h: bundle / "filter" / f"{h}.pf_filter")


def _read(path: Path):
    raw = gzip.decompress(path.read_bytes())
    if not raw.startswith(SIGNATURE):
        raise ValueError(f"{path}: not a Pagefind index file")
    value, end = _decode(raw, len(SIGNATURE))
    if end != len(raw) or _encode(value) != raw[len(SIGNATURE):]:
        raise ValueError(f"{path}: holds CBOR this module does not write back unchanged")
    return value


def _write(value, prefix: str, digits: int, path_for) -> str:
    """Write under a name hashed from the content, so equal content gets an equal name."""
    raw = SIGNATURE + _encode(value)
    file_hash = f"{prefix}_{hashlib.sha256(raw).hexdigest()[:digits]}"
    path_for(file_hash).write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))
    return file_hash


def _decode(data: bytes, at: int):
    """One CBOR item at ``at``: (value, offset after it)."""
    major, info = data[at] >> 5, data[at] & 31
    at += 1
    if info < 24:
        n = info
    elif info <= 27:
        width = 1 << (info - 24)
        n, at = int.from_bytes(data[at:at + width], "big"), at + width
    else:
        raise ValueError(f"unsupported CBOR length {info}")
    if major == UINT:
        return n, at
    if major == TEXT:
        return data[at:at + n].decode("utf-8"), at + n
    if major == ARRAY:
        items = []
        for _ in range(n):
            item, at = _decode(data, at)
            items.append(item)
        return items, at
    raise ValueError(f"unsupported CBOR major type {major}")


def _encode(value) -> bytes:
    """The shortest CBOR encoding, as Pagefind writes it."""
    if isinstance(value, int):
        return _head(UINT, value)
    if isinstance(value, str):
        raw = value.encode("utf-8")
        return _head(TEXT, len(raw)) + raw
    return _head(ARRAY, len(value)) + b"".join(_encode(v) for v in value)


def _head(major: int, n: int) -> bytes:
    if n < 24:
        return bytes([major << 5 | n])
    width = next(w for w in (1, 2, 4, 8) if n < 1 << (8 * w))
    return bytes([major << 5 | (23 + width.bit_length())]) + n.to_bytes(width, "big")
