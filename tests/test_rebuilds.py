"""What a serve rebuild keeps from the previous one: results per unchanged input, the redirect files it wrote, the theme's
list of files; and the cycle collector around it."""

from __future__ import annotations

import gc
import time
import weakref

import jinja2
import pytest

from chronicle.rebuilds import KeptWhileSame, RestingCollector, ThemeListing, write_redirects

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
