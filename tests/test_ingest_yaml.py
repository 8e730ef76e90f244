"""The one YAML loader of sidecars, gazetteer and wars: safe, and every refusal names file and line."""

from __future__ import annotations

import datetime as dt
import pathlib
import shutil
import tracemalloc

import pytest
import yaml

from chronicle import yamlload
from chronicle.gazetteer import Gazetteer
from chronicle.wars import WarCatalog
from chronicle.yamlload import LineDict, LineList, YamlError, load_yaml, parse_yaml, partial_date

FIXTURES = pathlib.Path(__file__).resolve().parent / "fixtures" / "ingest"
GAZETTEER = pathlib.Path(__file__).resolve().parent.parent / "corpus" / "gazetteer"


@pytest.mark.parametrize("data, line, message", [
    (b"title: ok\nnote: \"a\0b\"\n", 2, "NUL byte"),
    (b"title: ok\n\ntitle2: Caf\xe9\n", 3, "not valid UTF-8 (byte 0xe9)"),
    (b"title: ok\nnote: \x1b[31m\n", 2, "control character U+001B"),
    (b"title: [unclosed\nkind: news\n", 2, "invalid YAML"),
    (b"a: &a [x, y]\nb: &b [*a, *a]\nc: [*b, *b, *b]\n", 3, "aliases expand to more than 8 nodes"),
    (b"a: &a [1, *a]\n", 1, "recursive alias"),
])
def test_refusals_name_the_line(data, line, message):
    with pytest.raises(YamlError) as err:
        parse_yaml(data, "corpus/sources/x.yml", alias_budget=8)
    assert str(err.value).startswith(f"corpus/sources/x.yml:{line}: "), str(err.value)
    assert message in str(err.value)


@pytest.mark.parametrize("data", [
    b"a: " + b"[" * 100_000 + b"]" * 100_000 + b"\n",  # libyaml's composer recursed in C to a crash here
    b"- " * 100_000 + b"x\n",
    b"a: " + b"{b: " * 20_000 + b"1" + b"}" * 20_000 + b"\n",
])
def test_a_document_nested_too_deep_is_refused_not_a_crash(data):
    with pytest.raises(YamlError, match=r"^x\.yml: invalid YAML: nested too deeply$"):
        parse_yaml(data, "x.yml")


def test_billion_laughs_is_refused_without_building_it():
    tracemalloc.start()
    try:
        with pytest.raises(YamlError, match=r"billion-laughs\.yml:7: aliases expand"):
            load_yaml(FIXTURES / "billion-laughs.yml")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 5_000_000


def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path):
    path = tmp_path / "big.yml"
    path.write_bytes(b"x: " + b"a" * 200 + b"\n")
    with pytest.raises(YamlError, match=r"big\.yml: 204 bytes, more than the limit of 100 bytes"):
        load_yaml(path, max_bytes=100)


def test_mappings_know_their_line_and_the_line_of_each_key():
    data = parse_yaml(b"# comment\nfirst: 1\nnested:\n  inner: x\n  date: 2020-13-45\nlast: 2020-02-03\n", "f.yml")
    assert (data.line, data.key_line("first"), data.key_line("last"), data.key_line("absent")) == (2, 2, 6, 2)
    assert (data["nested"].line, data["nested"].key_line("date")) == (4, 5)
    assert data["nested"]["date"] == "2020-13-45"  # impossible: stays text for the caller to report
    assert data["last"] == dt.date(2020, 2, 3)
    items = parse_yaml(b"list:\n  - a\n  - {b: 1}\n\n  - [c]\n", "f.yml")["list"]
    assert (items.line, items.item_lines, items[1].line) == (2, [2, 3, 5], 3)


def _shape(value: object) -> object:
    """A reading as data, with every line a mapping or sequence knows, so two readings compare whole."""
    if isinstance(value, LineDict):
        return ("mapping", value.line, value.key_lines, value.duplicates, [(_shape(k), _shape(v)) for k, v in value.items()])
    if isinstance(value, LineList):
        return ("sequence", value.line, value.item_lines, [_shape(v) for v in value])
    return (type(value).__name__, value)


def _python_reading(data: bytes) -> object:
    loader = yamlload._Loader(data.decode("utf-8-sig"), yamlload.ALIAS_BUDGET, False)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


@pytest.mark.parametrize("data, by_libyaml", [
    (b"title: Shelling of Aghdam\npublished: 1993-07-23\nurl: https://example.org/a?b=1#c\nlanguage: en\n", True),
    (b"- id: x\n  names: [[Ktsaberd, en, English], {text: \"K'ts\\u00e1berd\", lang: hy}]\n  history:\n    - {district: AZ-TAR, valid_to: 2023-13-01}\n", True),
    ("title: Бои под Шушой\nnote: |\n  line one\n  line two\nsummary: >\n  folded\n  text\n".encode(), True),
    (b"title: 'it''s'\r\nyear: 1994\r\ncount: 0x1F\r\nflag: yes\r\nempty:\r\n", True),
    (b"\xef\xbb\xbf# a comment\nkind: news\nkind: report\n", True),  # a key given twice: listed, the last value kept
    (b"", True),
    (b"title: Q&A on the corridor\n", False),  # an anchor's character: PyYAML's parser, which keeps the alias budget
    (b"a: &a [x]\nb: *a\n", False),
    (b"title: [unclosed\n", False),  # refused by libyaml: read again by PyYAML's, which names the line
])
def test_libyaml_reads_what_the_python_parser_reads(data, by_libyaml):
    """The fast reading is the same data with the same lines; documents with anchors, aliases or errors go the Python way."""
    assert (yamlload._read_fast(data.decode("utf-8-sig"), False) is not yamlload._UNREAD) == by_libyaml
    try:
        expected = _shape(_python_reading(data))
    except yaml.YAMLError:
        with pytest.raises(YamlError):
            parse_yaml(data, "x.yml")
        return
    assert _shape(parse_yaml(data, "x.yml")) == expected


def test_without_libyaml_every_document_is_read_the_python_way(monkeypatch):
    """A PyYAML built without libyaml's binding has no ``CSafeLoader``: the same document reads the same."""
    data = b"title: Shelling of Aghdam\npublished: 1993-07-23\nnames: [[Agdam, en, English]]\n"
    fast = _shape(parse_yaml(data, "x.yml"))
    monkeypatch.setattr(yamlload, "_CParser", None)
    assert yamlload._read_fast(data.decode(), False) is yamlload._UNREAD
    assert _shape(parse_yaml(data, "x.yml")) == fast == _shape(_python_reading(data))


@pytest.mark.parametrize("value, expected", [
    ("2020", "2020"), ("2020-02", "2020-02"), ("2020-02-29", "2020-02-29"), (2020, "2020"),
    (dt.date(2020, 10, 5), "2020-10-05"), (dt.datetime(2020, 10, 5, 9, 30), "2020-10-05"),
    ("2019-02-29", None), ("2020-13-45", None), ("2020-13", None), (12, None), ("12", None),
    ("yesterday", None), ({"year": 2020}, None), ([2020], None), (True, None), (None, None),
    ("2020-1-5", None), ("20201005", None),
])
def test_partial_dates_are_checked_against_the_calendar(value, expected):
    assert partial_date(value) == expected


# --- the gazetteer and the wars catalog use it -------------------------------------

PLACE = """- id: shelli
  name: Shelli
  kind: village
  district: AZ-AGM
  names: [[Shelli, en, English]]
"""


def _gazetteer(tmp_path: pathlib.Path, name: str, data: bytes, root: pathlib.Path | None = None) -> Gazetteer:
    shutil.copy(GAZETTEER / "rayons.yaml", tmp_path / "rayons.yaml")
    (tmp_path / name).write_bytes(data)
    return Gazetteer.load(tmp_path, root=root)


def test_gazetteer_reads_yml_files_too(tmp_path):
    assert _gazetteer(tmp_path, "places.yml", PLACE.encode()).get("shelli").name == "Shelli"


@pytest.mark.parametrize("data, line, message", [
    (PLACE.encode() + b"  history:\n    - {district: AZ-NOPE, note: x}\n", 7, "history district 'AZ-NOPE' is not an ISO 3166 code"),
    (PLACE.encode() + b"  history:\n    - {district: AZ-NX, note: x}\n", 1, "history district AZ-NX is no rayon or city"),
    (PLACE.encode() + b"  history:\n    - {district: AZ-TAR, valid_to: 2023-13-01, note: x}\n", 7, "valid_to must be a year or an ISO date"),
    (PLACE.encode() + b"  history:\n    - {district: AZ-TAR, valid_from: soon, note: x}\n", 7, "valid_from must be a year"),
    (PLACE.encode().replace(b"[[Shelli, en, English]]", b"[{text: S, lang: en, usage: u, valid_from: 1990-02-30}]"), 5, "valid_from must be a year"),
    (PLACE.encode().replace(b"Shelli\n", b"Sh\xe9lli\n", 1), 2, "not valid UTF-8"),
    (PLACE.encode().replace(b"Shelli\n", b"Sh\0lli\n", 1), 2, "NUL byte"),
    ((FIXTURES / "billion-laughs.yml").read_bytes(), 7, "aliases expand"),
    (PLACE.encode() + b"  kind: town\n", 6, "'kind' is given twice in one mapping (first on line 3)"),
    (PLACE.encode() + b"- just a name\n", 6, "each place must be a mapping"),
])
def test_bad_gazetteer_data_names_file_and_line(tmp_path, data, line, message):
    with pytest.raises(ValueError) as err:
        _gazetteer(tmp_path, "places.yml", data)
    assert f"places.yml:{line}: " in str(err.value), str(err.value)
    assert message in str(err.value)


WARS = b"entries:\n- id: big-war\n  kind: war\n  name: Big War\n  start: 1990-01-01\n  end: 1990-12-31\n"


@pytest.mark.parametrize("data, line, message", [
    (WARS.replace(b"1990-12-31", b"1990-12-32"), 2, "end must be an ISO date"),
    (WARS.replace(b"Big War", b"Big W\xe4r"), 4, "not valid UTF-8"),
    (WARS.replace(b"Big War", b"Big\0War"), 4, "NUL byte"),
    (WARS + b"  end: 1991-01-01\n", 7, "'end' is given twice in one mapping (first on line 6)"),
    (WARS + b"- just a name\n", 7, "an entry must be a mapping"),
    (WARS + b"false_friends: &x [a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a]\n"
     + b"ambiguous: [" + b", ".join([b"*x"] * 40) + b"]\n", 8, "aliases expand"),
])
def test_bad_wars_data_names_file_and_line(tmp_path, data, line, message):
    path = tmp_path / "wars.yaml"
    path.write_bytes(data)
    with pytest.raises(ValueError) as err:
        WarCatalog.load(path)
    assert str(err.value).startswith(f"{path}:{line}: "), str(err.value)
    assert message in str(err.value)


def test_reference_data_messages_are_relative_to_the_repository(tmp_path):
    (tmp_path / "corpus" / "gazetteer").mkdir(parents=True)
    (tmp_path / "corpus" / "wars.yaml").write_bytes(WARS.replace(b"1990-12-31", b"1990-12-32"))
    with pytest.raises(ValueError, match=r"^corpus/wars\.yaml:2: big-war: end must be an ISO date"):
        WarCatalog.load(tmp_path / "corpus" / "wars.yaml", root=tmp_path)
    with pytest.raises(ValueError, match=r"^corpus/gazetteer/places\.yml:6: 'kind' is given twice"):
        _gazetteer(tmp_path / "corpus" / "gazetteer", "places.yml", PLACE.encode() + b"  kind: town\n", root=tmp_path)
