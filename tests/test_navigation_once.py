"""Material's navigation is rendered once per place for the pages outside it, and each page still shows what Material
would render for it (MkDocs' own ``get_relative_url`` is the oracle of every relative link)."""

from __future__ import annotations

from dataclasses import dataclass, field

import jinja2
import pytest
from mkdocs.utils import get_relative_url

from chronicle.navigation_once import NavOnce, folder, target_prefixes, url_place

# The chronicle's navigation: its hubs, a year and a decade added to the Timeline, a war's own page.
TARGETS = ["", "wars/", "wars/first-nagorno-karabakh-war/", "districts/", "dates/", "dates/2020/", "dates/1990s/", "events/",
           "sources/", "about/", "methodology/", "dataset/"]
PREFIXES = target_prefixes(TARGETS)
# Generated pages where they live, and a few places no page of the chronicle has.
URLS = ["", "about/", "dates/2020/", "dates/2020-10-05/", "dates/1993-08/", "dates/2020/x/", "dates/2021/x/", "districts/aghdam/",
        "districts/aghdam/first-nagorno-karabakh-war/", "wars/first-nagorno-karabakh-war/1993/", "wars/second-nagorno-karabakh-war/2020/",
        "wars/first-nagorno-karabakh-war/", "sources/001_x/", "events/e1/", "404.html", "x.html", "dates/x.html", "a/b/c/d/"]


@pytest.mark.parametrize(("url", "parts"), [
    ("districts/aghdam/", ("districts", "aghdam")),
    ("", ()),
    ("404.html", ()),  # a file's folder
    ("dates/x.html", ("dates",)),
    ("dates/2020", ("dates", "2020")),  # no dot: a folder, as MkDocs takes it
])
def test_links_start_from_the_folder_mkdocs_takes(url, parts):
    assert folder(url) == parts


@pytest.mark.parametrize(("url", "place"), [
    ("dates/2020-10-05/", (2, ("dates",))),
    ("dates/1993-08/", (2, ("dates",))),  # the same place: every link reads alike from both
    ("dates/2020/x/", (3, ("dates", "2020"))),  # under a target: its links to it are shorter
    ("districts/aghdam/first-nagorno-karabakh-war/", (3, ("districts",))),
    ("wars/first-nagorno-karabakh-war/1993/", (3, ("wars", "first-nagorno-karabakh-war"))),
    ("wars/second-nagorno-karabakh-war/2020/", (3, ("wars",))),
    ("404.html", (0, ())),
])
def test_a_page_is_placed_by_its_depth_and_the_run_of_folders_it_shares_with_targets(url, place):
    assert url_place(url, PREFIXES) == place


def test_pages_of_one_place_read_every_link_alike_and_pages_of_two_places_do_not():
    links = {url: tuple(get_relative_url(target, url) for target in TARGETS) for url in URLS}
    for a in URLS:
        for b in URLS:
            same_place = url_place(a, PREFIXES) == url_place(b, PREFIXES)
            assert same_place == (links[a] == links[b]), (a, b)


@dataclass
class _Item:
    """A navigation entry as the partial reads it (MkDocs' ``title``, ``url``, ``active``, ``children``)."""
    title: str
    url: str | None
    active: bool = False
    children: list = field(default_factory=list)


@dataclass
class _Nav:
    items: list
    homepage: _Item | None = None


@dataclass
class _Page:
    url: str


@dataclass
class _Config:
    extra: dict = field(default_factory=dict)
    theme: dict = field(default_factory=dict)


def _environment(once: NavOnce, made: list[str]) -> jinja2.Environment:
    """A partial that links each entry relative to the page, and counts its renderings; called as the override calls it."""
    env = jinja2.Environment(loader=jinja2.DictLoader({
        "partial": "{% for item in nav.items %}<a href=\"{{ rel(item.url, page.url) }}\">{{ item.title }}</a>{% endfor %}{{ count(page) }}",
        "page": "{% call chronicle_nav_once(page, nav, config) %}{% include 'partial' %}{% endcall %}",
    }))
    env.globals.update(chronicle_nav_once=once, rel=get_relative_url, count=lambda page: made.append(page.url) or "")
    return env


def test_the_partial_is_rendered_once_per_place_outside_the_navigation_and_each_time_inside_it():
    made: list[str] = []
    env = _environment(NavOnce(), made)
    home, wars = _Item("Home", ""), _Item("Wars", "wars/")
    nav, config = _Nav([home, wars], homepage=home), _Config()
    template = env.get_template("page")
    outside = {url: template.render(page=_Page(url), nav=nav, config=config) for url in ("dates/2020-10-05/", "dates/1993-08/", "districts/aghdam/")}
    assert made == ["dates/2020-10-05/"]  # one place: the links of all three read alike
    assert outside["dates/1993-08/"] == '<a href="../..">Home</a><a href="../../wars/">Wars</a>'
    assert set(outside.values()) == {outside["dates/1993-08/"]}
    wars.active = True  # a page inside the navigation: its entry is active, and Material renders it for that page
    template.render(page=_Page("wars/"), nav=nav, config=config)
    template.render(page=_Page("wars/"), nav=nav, config=config)
    assert made == ["dates/2020-10-05/", "wars/", "wars/"]


def test_a_new_navigation_is_rendered_anew():
    """``mkdocs serve`` makes a new environment per build, and a build's navigation object is its own."""
    made: list[str] = []
    env = _environment(NavOnce(), made)
    template = env.get_template("page")
    for title in ("Wars", "Wars and periods"):
        nav = _Nav([_Item(title, "wars/")])
        assert template.render(page=_Page("dates/1993-08/"), nav=nav, config=_Config()) == f'<a href="../../wars/">{title}</a>'
    assert made == ["dates/1993-08/", "dates/1993-08/"]
