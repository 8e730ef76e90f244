"""One safe way to read the project's YAML: sidecars, the gazetteer, the wars catalog.

Every YAML file here may come from a stranger's pull request, so loading it
must neither eat the machine nor hide where a problem is. The loader refuses
files over a size limit (checked by ``stat`` before reading), NUL bytes, text
that is not UTF-8 and aliases that expand beyond a small budget (a "billion
laughs" file fails at its first expensive alias instead of filling memory).
Mappings and sequences remember their lines (of each key, of each item), so
validation can say ``file:line`` and an editor fixes the YAML instead of
reading a traceback. Impossible dates (``2020-13-45``) stay text for the same
reason: the caller reports them at their line.

A document without anchors or aliases is read by libyaml's parser (PyYAML's C
binding), the rest as above by PyYAML's own, the same constructors making the
same values and lines of both: a 1,000-source build reads 1,000 sidecars and
the gazetteer, and the Python parser was most of ingest's time. Whatever the C
parser refuses is read again by the Python one, so a refusal's message and line
are the same either way.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path
from typing import Any

import yaml

# Nodes that aliases may add to a document, in total; real files use a handful.
ALIAS_BUDGET = 1_000
# Reference data (gazetteer, wars) is reviewed but may grow; this only stops accidents and bombs.
DEFAULT_MAX_YAML_BYTES = 20_000_000
_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


class YamlError(ValueError):
    """A YAML file that cannot be used, reported as ``path:line: message``."""

    def __init__(self, path: str, line: int | None, message: str):
        self.path, self.line, self.message = path, line, message
        super().__init__(f"{path}:{line}: {message}" if line else f"{path}: {message}")


class LineDict(dict):
    """A mapping that knows its own line and the line of each of its keys (1-based).

    ``duplicates`` lists keys given more than once, with the line of the
    repetition: YAML keeps the last value silently, validation should not.
    """

    line: int = 0
    key_lines: dict[Any, int]
    duplicates: list[tuple[Any, int]]

    def key_line(self, key: Any) -> int:
        """The line of ``key``, or of the mapping when the key was not in the file."""
        return self.key_lines.get(key, self.line)


class LineList(list):
    """A sequence that knows its own line and the line each item starts on (1-based)."""

    line: int = 0
    item_lines: list[int]


class _Loader(yaml.SafeLoader):
    """SafeLoader with line-numbered mappings, lenient timestamps and an alias budget."""

    def __init__(self, stream: str, budget: int, unique_keys: bool):
        super().__init__(stream)
        self.unique_keys = unique_keys
        self._budget = budget
        self._spent = 0
        self._sizes: dict[int, int] = {}
        self._open: set[str] = set()

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            self._charge(self.peek_event())
        return super().compose_node(parent, index)

    def compose_sequence_node(self, anchor: str | None) -> Any:
        return self._composing(anchor, super().compose_sequence_node)

    def compose_mapping_node(self, anchor: str | None) -> Any:
        return self._composing(anchor, super().compose_mapping_node)

    def _composing(self, anchor: str | None, compose: Any) -> Any:
        if anchor is None:
            return compose(anchor)
        self._open.add(anchor)
        try:
            return compose(anchor)
        finally:
            self._open.discard(anchor)

    def _charge(self, event: yaml.AliasEvent) -> None:
        """Count what the alias would copy; refuse once the document exceeds the budget."""
        line = event.start_mark.line + 1
        if event.anchor in self._open:
            raise _Refused(line, f"alias *{event.anchor} refers to the collection it is in (a recursive alias)")
        node = self.anchors.get(event.anchor)
        self._spent += _size(node, self._sizes) if node is not None else 0
        if self._spent > self._budget:
            raise _Refused(line, f"aliases expand to more than {self._budget} nodes (an alias bomb?); refused")


class _Refused(Exception):
    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line, self.message = line, message


def _size(node: yaml.Node, memo: dict[int, int]) -> int:
    """Nodes an alias to ``node`` expands to, memoized so nested aliases cost linear time."""
    known = memo.get(id(node))
    if known is not None:
        return known
    if isinstance(node, yaml.SequenceNode):
        total = 1 + sum(_size(child, memo) for child in node.value)
    elif isinstance(node, yaml.MappingNode):
        total = 1 + sum(_size(k, memo) + _size(v, memo) for k, v in node.value)
    else:
        total = 1
    memo[id(node)] = total
    return total


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    mapping = LineDict(loader.construct_mapping(node, deep=True))
    mapping.line = node.start_mark.line + 1
    mapping.key_lines, mapping.duplicates = {}, []
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        if isinstance(key, (str, int, float, bool, dt.date)) or key is None:
            if key in mapping.key_lines:
                if loader.unique_keys:
                    raise _Refused(key_node.start_mark.line + 1, f"{key!r} is given twice in one mapping (first on line {mapping.key_lines[key]})")
                mapping.duplicates.append((key, key_node.start_mark.line + 1))
            mapping.key_lines[key] = key_node.start_mark.line + 1
    return mapping


def _construct_sequence(loader: _Loader, node: yaml.SequenceNode) -> LineList:
    sequence = LineList(loader.construct_sequence(node, deep=True))
    sequence.line = node.start_mark.line + 1
    sequence.item_lines = [child.start_mark.line + 1 for child in node.value]
    return sequence


def _timestamp_or_text(loader: _Loader, node: yaml.ScalarNode) -> object:
    """An impossible date ("1990-13-01") stays text, so the caller can name its line."""
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:
        return loader.construct_scalar(node)


# libyaml's binding is built with PyYAML's wheels; a PyYAML built without it reads every document the Python way
_CParser = getattr(yaml, "CSafeLoader", None)


class _FastLoader(_CParser or yaml.SafeLoader):
    """``_Loader``'s constructors over libyaml's parser, for documents with no anchor or alias (no budget to keep)."""

    def __init__(self, stream: str, unique_keys: bool):
        super().__init__(stream)
        self.unique_keys = unique_keys


for _loader in (_Loader, _FastLoader):
    _loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
    _loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)
    _loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_or_text)


def shown_path(path: Path, root: Path | None) -> str:
    """``path`` as messages show it: relative to the repository ``root`` when given, never resolving links."""
    return Path(os.path.relpath(os.path.abspath(path), os.path.abspath(root))).as_posix() if root else str(path)


def load_yaml(path: Path, shown: str | None = None, *, max_bytes: int = DEFAULT_MAX_YAML_BYTES,
              alias_budget: int = ALIAS_BUDGET, unique_keys: bool = False) -> Any:
    """The document in ``path``; ``shown`` is the path messages use (default: ``path`` as given).

    Raises :class:`YamlError` (a ``ValueError``) naming the file and line;
    with ``unique_keys`` a key given twice in one mapping is an error too
    (reference data), else it is listed in the mapping's ``duplicates``.
    """
    shown = shown or str(path)
    size = path.stat().st_size
    if size > max_bytes:
        raise YamlError(shown, None, f"{size} bytes, more than the limit of {max_bytes} bytes; refused")
    return parse_yaml(path.read_bytes(), shown, alias_budget=alias_budget, unique_keys=unique_keys)


def parse_yaml(data: bytes, shown: str, *, alias_budget: int = ALIAS_BUDGET, unique_keys: bool = False) -> Any:
    """Like :func:`load_yaml` for bytes already read."""
    nul = data.find(b"\0")
    if nul >= 0:
        raise YamlError(shown, _line_at(data, nul), "NUL byte in the file; refused")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise YamlError(shown, _line_at(data, err.start), f"not valid UTF-8 (byte {data[err.start]:#04x}); refused") from None
    fast = _read_fast(text, unique_keys)
    if fast is not _UNREAD:
        return fast
    loader = None
    try:
        loader = _Loader(text, alias_budget, unique_keys)
        return loader.get_single_data()
    except _Refused as err:
        raise YamlError(shown, err.line, err.message) from None
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        raise YamlError(shown, mark.line + 1 if mark else 1, f"invalid YAML: {err.problem or err.context}") from None
    except yaml.reader.ReaderError as err:
        line = text[: err.position].count("\n") + 1
        raise YamlError(shown, line, f"invalid YAML: control character U+{err.character:04X} is not allowed") from None
    except yaml.YAMLError as err:
        raise YamlError(shown, 1, f"invalid YAML: {err}") from None
    except RecursionError:
        raise YamlError(shown, None, "invalid YAML: nested too deeply") from None
    finally:
        if loader is not None:
            loader.dispose()


_UNREAD = object()
# What makes a document one for PyYAML's parser: an anchor or alias (``&``, ``*``: the budget is kept while composing),
# or a character its reader refuses (it names the character and line).
_SLOW_PATH = re.compile("[&*]|" + yaml.reader.Reader.NON_PRINTABLE.pattern)
# How deep a document libyaml reads may nest, at most: its binding composes nodes by recursion in C, with no limit,
# and a hostile file ("[[[[..." a hundred thousand deep) overflowed the C stack: a crash, not a message (ten thousand
# levels did not). Deeper goes the Python way, which refuses it ("nested too deeply"). The project's files nest a few
# levels; the bound below counts loosely (every "- " of a long list), the gazetteer's largest file 722.
FAST_NESTING = 5_000
_INDENT = re.compile(r"^[ \t]*", re.MULTILINE)


def _nesting_bound(text: str) -> int:
    """As many levels as ``text`` can nest, or more: each level opens a flow collection (``[``, ``{``), a block entry (``-`` and a
    space), an explicit key (``?``) or a line indented deeper."""
    indicators = sum(map(text.count, ("[", "{", "?", "- ", "-\n", "-\t", "-\r")))
    return indicators + max(map(len, _INDENT.findall(text)), default=0) + 1


def _read_fast(text: str, unique_keys: bool) -> Any:
    """The document read by libyaml, or ``_UNREAD`` when it is one for PyYAML's parser or libyaml refuses it (any error:
    PyYAML's parser reads it again and says why, in its own words)."""
    if _CParser is None or _SLOW_PATH.search(text) or _nesting_bound(text) > FAST_NESTING:
        return _UNREAD
    loader = _FastLoader(text, unique_keys)
    try:
        return loader.get_single_data()
    except Exception:  # noqa: BLE001 - read again by the Python parser, which raises what the caller is told
        return _UNREAD
    finally:
        loader.dispose()


def _line_at(data: bytes, offset: int) -> int:
    return data[:offset].count(b"\n") + 1


def partial_date(value: object) -> str | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` for a real calendar date, else ``None``.

    Accepts what YAML makes of a date: text, a four-digit year as a number, a
    date (a timestamp keeps its day). ``2020-13-45``, ``12``, ``"yesterday"``,
    a mapping or a list are not dates.
    """
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool) and 1000 <= value <= 9999:
        return str(value)
    if not isinstance(value, str):
        return None
    match = _PARTIAL_DATE.fullmatch(value.strip())
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError:
        return None
    return match.group(0)
