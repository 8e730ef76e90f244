"""Small pure pieces of rendering."""

from __future__ import annotations

import posixpath

import pytest

from chronicle.render.common import human_date, link, slugify
from chronicle.render.text import text_fragment


@pytest.mark.parametrize(
    ("from_uri", "to_uri"),
    [
        ("index.md", "wars/x.md"),
        ("wars/x.md", "sources/a.md"),
        ("wars/x.md", "wars/y.md"),
        ("wars/index.md", "index.md"),
        ("a/b/c.md", "a/d.md"),
        ("a/b/c.md", "a/b/d/e.md"),
        ("a/b/c.md", "x/y/z.md"),
        ("dates/1993.md", "dates/1993-08-22.md"),
    ],
)
def test_link_matches_relpath(from_uri, to_uri):
    assert link(from_uri, to_uri) == posixpath.relpath(to_uri, posixpath.dirname(from_uri) or ".")
    assert link(from_uri, to_uri, "s-1") == posixpath.relpath(to_uri, posixpath.dirname(from_uri) or ".") + "#s-1"


@pytest.mark.parametrize(
    ("name", "slug"),
    [("Fuzuli District", "fuzuli-district"), ("Bakı", "baki"), ("Физули", "fizuli"), ("Khankendi (Stepanakert)", "khankendi-stepanakert"), ("", "page")],
)
def test_slugify_transliterates(name, slug):
    assert slugify(name) == slug


@pytest.mark.parametrize(("iso", "shown"), [("2023-09-20", "20 September 2023"), ("1993-08", "August 1993"), ("1993", "1993"), (None, None), ("soon", "soon")])
def test_human_date(iso, shown):
    assert human_date(iso) == shown


def test_text_fragment_encodes_reserved_characters_and_uses_edges_for_long_sentences():
    short = text_fragment("https://x.org/a#old", "Jabrayil, Fuzuli-Horadiz & more")
    assert short == "https://x.org/a#:~:text=Jabrayil%2C%20Fuzuli%2DHoradiz%20%26%20more"
    long = text_fragment("https://x.org/a", "one two three four five six seven eight nine ten")
    assert long == "https://x.org/a#:~:text=one%20two%20three%20four,seven%20eight%20nine%20ten"
