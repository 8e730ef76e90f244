"""What a serve rebuild keeps from the previous one: results per unchanged input, the redirect files it wrote, the theme's
list of files; and the cycle collector around it."""

from __future__ import annotations

import gc
import os
import time
import weakref
from types import SimpleNamespace

import jinja2
import pytest

from chronicle.export import WrittenPieces
from chronicle.navigation import outside_view, quiet_navigation
from chronicle.rebuilds import HandWrittenPages, KeptFiles, KeptWhileSame, RestingCollector, ThemeListing, site_settings, write_redirects

PAGE = "<html>a page</html>"
OLD, NEW = "<html>to Aghdam District</html>", "<html>to Agdam District</html>"


@pytest.mark.parametrize("on_disk, written, redirects, after", [
    # (file at the path before, what the previous build wrote there, the redirect now, file at the path after)
    (None, {}, NEW, NEW),                   # a new spelling gets its file
    (PAGE, {}, NEW, PAGE),                  # a page at that path stays
    (OLD, {"a/index.html": OLD}, NEW, NEW),  # a renamed district: its old redirect is rewritten
    (OLD, {"a/index.html": OLD}, None, None),  # a spelling that no longer redirects loses its file
    (PAGE, {"a/index.html": OLD}, None, PAGE),  # a page now written where a redirect was stays
    (PAGE, {"a/index.html": OLD}, NEW, PAGE),
])
def test_redirect_files_follow_the_build_and_never_replace_a_page(tmp_path, on_disk, written, redirects, after):
    path = tmp_path / "a" / "index.html"
    if on_disk is not None:
        path.parent.mkdir()
        path.write_text(on_disk, encoding="utf-8")
    ours = write_redirects(tmp_path, {"a/index.html": redirects} if redirects else {}, written)
    assert (path.read_text(encoding="utf-8") if path.exists() else None) == after
    assert ours == ({"a/index.html": after} if redirects is not None and after == redirects else {})  # the next build may change only its own files


def test_a_result_is_kept_while_every_input_is_the_very_same_object():
    calls: list[tuple] = []
    kept = KeptWhileSame[str]()
    rows = kept.around(lambda event, claim: claim[0], lambda event, claim: calls.append((event, claim)) or f"{event}:{claim[0]}",
                       lambda event, claim: (claim,))
    claim, equal_claim = ("c1",), tuple(["c1"])
    assert rows("e1", claim) == "e1:c1"
    assert rows("e2", claim) == "e1:c1"  # the event is not an input here: the kept row stands
    assert rows("e1", equal_claim) == "e1:c1" and len(calls) == 2  # equal but made anew: computed again
    assert rows("e1", equal_claim) == "e1:c1" and len(calls) == 2


@pytest.fixture
def collector():
    """The interpreter's collector as a test found it, given back afterwards."""
    enabled = gc.isenabled()
    yield
    gc.unfreeze()
    (gc.enable if enabled else gc.disable)()


WAKE = 0.05  # seconds after a rebuild is written before the collector works again (in these tests)


def test_the_collector_rests_during_a_rebuild_and_works_a_moment_after_it(collector) -> None:
    resting, frozen = RestingCollector(wake_after=WAKE), gc.get_freeze_count()
    resting.pause()
    assert not gc.isenabled()
    resting.resume(settle=False)
    assert not gc.isenabled()  # the browser gets its page first
    time.sleep(WAKE * 10)
    assert gc.isenabled() and gc.get_freeze_count() <= frozen  # nothing more frozen (a frozen object may have been freed)


def test_a_rebuild_begun_before_the_collector_woke_keeps_it_resting(collector) -> None:
    resting = RestingCollector(wake_after=WAKE)
    resting.pause()
    resting.resume(settle=False)
    resting.pause()  # the next edit, within the moment
    time.sleep(WAKE * 10)
    assert not gc.isenabled()
    resting.resume(settle=False)
    time.sleep(WAKE * 10)
    assert gc.isenabled()


def test_what_the_first_build_leaves_is_frozen_and_garbage_is_not(collector) -> None:
    """Later full collections walk only what rebuilds make; the first build's garbage is gone before the freeze."""
    class Node:
        pass

    garbage = Node()
    garbage.itself = garbage  # a cycle: only the collector frees it
    gone = weakref.ref(garbage)
    del garbage
    RestingCollector().resume(settle=True)
    assert gc.isenabled() and gc.get_freeze_count() > 0
    assert gone() is None


class Theme:
    """What ``ThemeListing`` uses of MkDocs' theme: its folders, static templates, the project's overrides, a way to its environment."""

    def __init__(self, dirs: list[str], custom_dir: str) -> None:
        self.dirs, self.custom_dir, self.static_templates = dirs, custom_dir, {"404.html"}
        self.walks = 0

    def get_env(self) -> jinja2.Environment:
        theme = self

        class Loader(jinja2.FileSystemLoader):
            def list_templates(self) -> list[str]:
                theme.walks += 1
                return super().list_templates()

        return jinja2.Environment(loader=Loader(self.dirs))


def _listing(theme: Theme, kept: ThemeListing) -> list[str]:
    """What MkDocs does on each build: a new theme object made from the configuration, its environment, the list."""
    fresh = Theme(theme.dirs, theme.custom_dir)
    fresh.walks = theme.walks
    kept.keep(fresh)
    listed = fresh.get_env().list_templates(filter_func=lambda name: not name.endswith(".html"))
    theme.walks = fresh.walks
    return listed


def test_the_theme_is_listed_once_until_the_projects_overrides_change(tmp_path) -> None:
    installed, overrides = tmp_path / "material", tmp_path / "overrides"
    (installed / ".icons").mkdir(parents=True)
    (installed / ".icons" / "a.svg").write_text("<svg/>")
    (installed / "main.css").write_text("body {}")
    overrides.mkdir()
    (overrides / "main.html").write_text("{% extends 'base.html' %}")
    theme, kept = Theme([str(overrides), str(installed)], str(overrides)), ThemeListing()
    first = _listing(theme, kept)
    assert (first, _listing(theme, kept), theme.walks) == (first, first, 1)
    (overrides / "extra.css").write_text("p {}")
    assert "extra.css" in _listing(theme, kept) and theme.walks == 2


HAND_WRITTEN = {"index.md": "site/index.html", "about.md": "site/about/index.html"}


REBUILDS = [
    # (what every page shows, whether the home page's overview changed, the pages written again), one build after another
    ("nav 1", False, ["site/index.html", "site/about/index.html"]),  # the first build writes every page
    ("nav 1", False, []),                                           # an edit that changes neither: MkDocs keeps both
    ("nav 1", True, ["site/index.html"]),                           # the overview changed: only the page that shows it
    ("nav 2", False, ["site/index.html", "site/about/index.html"]),  # the navigation (or the settings) changed: every page
    ("nav 2", True, ["site/index.html"]),
]


def test_a_rebuild_writes_again_the_hand_written_pages_it_changed():
    hand_written = HandWrittenPages()
    hand_written.note("index.md", marked=True)  # the home page holds the overview's marker
    hand_written.note("about.md", marked=False)
    assert [hand_written.stale(HAND_WRITTEN, shown, overview_changed) for shown, overview_changed, _ in REBUILDS] == [
        stale for *_, stale in REBUILDS]


def test_the_settings_every_page_shows_change_with_the_configuration_and_each_override_file(tmp_path):
    config, overrides = tmp_path / "mkdocs.yml", tmp_path / "overrides"
    config.write_text("site_name: A\n", encoding="utf-8")
    (overrides / "partials").mkdir(parents=True)
    template = overrides / "partials" / "footer.html"
    template.write_text("<footer></footer>", encoding="utf-8")
    before = site_settings(str(config), str(overrides))
    assert site_settings(str(config), str(overrides)) == before
    config.write_text("site_name: B\n", encoding="utf-8")
    renamed = site_settings(str(config), str(overrides))
    assert renamed != before
    os.utime(template, ns=(1, 1))  # an override edited (its time is what tells)
    assert site_settings(str(config), str(overrides)) != renamed
    assert site_settings(None, None) == (b"", ())


A, B, C = "a\n", "bé\n", "c\n"  # an export file's pieces (``export.grouped``); é: lengths are counted in bytes


@pytest.mark.parametrize("second, text", [
    ([A, B, C], None),                 # the very same pieces: not written
    ([A, B, "cc\n"], "a\nbé\ncc\n"),    # the last changed: written from there
    ([A, "x\n", C], "a\nx\nc\n"),       # one in the middle changed
    ([A, B], "a\nbé\n"),                # the file shrinks
    ([A, B, C, "d\n"], "a\nbé\nc\nd\n"),  # the file grows
    (["z\n", B, C], "z\nbé\nc\n"),      # the first changed: the whole file
])
def test_an_export_file_is_written_again_from_its_first_changed_piece(tmp_path, second, text):
    written = WrittenPieces()
    assert written.write({"f.jsonl": [A, B, C]}, tmp_path) == ["f.jsonl"]
    path = tmp_path / "f.jsonl"
    assert path.read_text(encoding="utf-8") == A + B + C
    path.write_bytes(path.read_bytes().replace(b"a", b"A"))  # marks the bytes before any change: a rewrite would restore them
    assert written.write({"f.jsonl": second}, tmp_path) == ([] if text is None else ["f.jsonl"])
    kept = "A" if second[0] is A else "z"
    assert path.read_text(encoding="utf-8") == (("A" + (A + B + C)[1:]) if text is None else kept + text[1:])


class _File:
    """A generated page's file as ``KeptFiles`` sees it: whether MkDocs writes it again."""

    def __init__(self) -> None:
        self.changed = False


def _item(title: str, url: str | None = None, children: list | None = None) -> SimpleNamespace:
    return SimpleNamespace(title=title, url=url, children=children)


TIMELINE = [_item("Home", "/"), _item("Timeline", None, [_item("Timeline", "/dates/"), _item("1993", "/dates/1993/")])]
YEAR_ADDED = [_item("Home", "/"), _item("Timeline", None, [_item("Timeline", "/dates/"), _item("1993", "/dates/1993/"), _item("2016", "/dates/2016/")])]
YEAR_RENAMED = [_item("Home", "/"), _item("Timeline", None, [_item("Timeline", "/dates/"), _item("1994", "/dates/1994/")])]
NEW_FIRST = [_item("Home", "/"), _item("Timeline", None, [_item("Before", "/dates/before/"), _item("Timeline", "/dates/")])]
NEW_SECTION = [*TIMELINE, _item("Events", None, [_item("Events", "/events/")])]


@pytest.mark.parametrize(("after", "pruned", "same"), [
    (TIMELINE, True, True),
    (YEAR_ADDED, True, True),  # a year more in a section: a pruned section links its first page (its blank line per child folded)
    (YEAR_RENAMED, True, True),
    (YEAR_ADDED, False, False),  # unpruned, every page shows the whole tree
    (NEW_FIRST, True, False),  # the section links another first page
    (NEW_SECTION, True, False),
])
def test_what_a_page_outside_the_navigation_shows_of_it(after: list, pruned: bool, same: bool) -> None:
    assert (outside_view(after, pruned) == outside_view(TIMELINE, pruned)) is same


SIDEBAR = '<div class="md-sidebar md-sidebar--primary" data-md-component="sidebar">\n  <li class="md-nav__item--pruned">{}<a href="/dates/">Timeline</a>\n  </li>\n</div>\n'
CONTENT = '<div class="md-content">\n<pre>two\n\n  lines</pre>\n</div>\n'  # after the sidebars: left as it is
QUIET = ('<head>\n\n</head>\n<div class="md-sidebar md-sidebar--primary" data-md-component="sidebar">\n<li class="md-nav__item--pruned">\n'
         '<a href="/dates/">Timeline</a>\n</li>\n</div>\n' + CONTENT)


@pytest.mark.parametrize(("page", "quiet"), [
    # Material writes a blank line per child of a pruned section: one child or five, the page's bytes are the same
    ("<head>\n\n</head>\n" + SIDEBAR.format("\n    \n  ") + CONTENT, QUIET),
    ("<head>\n\n</head>\n" + SIDEBAR.format("\n    \n  " * 5) + CONTENT, QUIET),
    ('<div class="md-sidebar md-sidebar--primary">a <b>b</b>  c</div><div class="md-content">', None),  # no line break (None: as it was)
    ("<head>\n\n</head>\n" + CONTENT, None),  # no sidebars (another theme)
    (SIDEBAR.format("\n\n"), None),  # no content after the sidebars: not Material's page
])
def test_the_sidebars_white_space_does_not_count_a_sections_children(page: str, quiet: str | None) -> None:
    assert quiet_navigation(page) == (page if quiet is None else quiet)


@pytest.mark.parametrize(("site", "entries", "view", "kept_outside", "kept_inside"), [
    ("settings", ("a",), "view", True, True),  # nothing changed: every page keeps its HTML
    ("settings", ("a", "b"), "view", True, False),  # the navigation's entries changed, not what pages outside it show of it
    ("settings", ("a", "b"), "other view", False, False),
    ("other settings", ("a",), "view", False, False),
])
def test_a_rebuild_keeps_the_files_of_pages_whose_html_stays_as_written(site: str, entries: tuple, view: str, kept_outside: bool,
                                                                        kept_inside: bool) -> None:
    files: KeptFiles[_File] = KeptFiles()
    files.begin("settings", ("a",))
    first = {"outside": _File(), "inside": _File()}
    for uri, file in first.items():
        files.add(uri, file)
    files.shown("view")
    files.begin(site, entries)
    again = {uri: files.get(uri, in_nav=uri == "inside") for uri in first}
    for uri, file in again.items():
        if file is not None:
            file.changed = False
            files.add(uri, file)
    files.shown(view)
    kept = {uri: file is not None and not file.changed for uri, file in again.items()}
    assert kept == {"outside": kept_outside, "inside": kept_inside}


@pytest.mark.parametrize(("entries", "view", "addresses", "written"), [
    (("a",), "view", "addresses", set()),  # nothing they show changed
    (("a", "b"), "view", "addresses", set()),  # a page more in the navigation, seen from outside it as before, at no new address
    (("a", "b"), "view", "more addresses", {"sitemap.xml"}),
    (("a",), "other view", "addresses", {"404.html"}),
])
def test_a_rebuild_writes_the_theme_pages_whose_output_changed(entries: tuple, view: str, addresses: str, written: set[str]) -> None:
    files: KeptFiles[_File] = KeptFiles()
    for _ in range(2):  # the first build writes both, whatever came before
        templates = {"404.html", "sitemap.xml"}
        files.begin("settings", ("a",))
        files.shown("view")
        files.skip_theme_pages(templates, "addresses")
    assert templates == set()
    templates = {"404.html", "sitemap.xml"}
    files.begin("settings", entries)
    files.shown(view)
    files.skip_theme_pages(templates, addresses)
    assert templates == written


def test_after_a_failed_build_the_theme_pages_are_written_again() -> None:
    files: KeptFiles[_File] = KeptFiles()
    files.begin("settings", ())
    files.shown("view")
    files.skip_theme_pages({"404.html", "sitemap.xml"}, "addresses")
    files.failed()
    templates = {"404.html", "sitemap.xml"}
    files.skip_theme_pages(templates, "addresses")
    assert templates == {"404.html", "sitemap.xml"}
