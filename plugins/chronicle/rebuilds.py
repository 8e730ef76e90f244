"""What ``mkdocs serve`` keeps from one rebuild to the next, so that an edit costs little more than the pages it changes.

MkDocs builds the whole site again after every edit. The plugin keeps the
previous build's work in memory and reuses what the edit did not reach: results
per unchanged object, the compiled theme templates, and the redirect files it wrote.
"""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Callable, Collection, Hashable, Iterable
from operator import is_
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

import jinja2
import jinja2.bccache

Result = TypeVar("Result")


class KeptWhileSame(Generic[Result]):
    """Results computed per key and kept while their inputs come back as the very same objects (what a serve rebuild reuses).

    A rebuild reuses the objects of everything an edit did not reach (a source's
    extraction, an event, a claim), so identity is a cheap and sure test that a
    result is still right: an object made anew, even if equal, is computed again.
    """

    def __init__(self) -> None:
        self._kept: dict[Hashable, tuple[tuple, Result]] = {}

    def around(self, key: Callable[..., Hashable], compute: Callable[..., Result],
               inputs: Callable[..., tuple] | None = None) -> Callable[..., Result]:
        """``compute`` kept per ``key(*args)`` while ``inputs(*args)`` (default: the arguments) are the same objects."""
        def kept(*args: object) -> Result:
            return self.get(key(*args), inputs(*args) if inputs is not None else args, lambda: compute(*args))
        return kept

    def get(self, key: Hashable, inputs: tuple, compute: Callable[[], Result], step: Step[Result] | None = None) -> Result:
        """The result kept under ``key`` if it was computed from these very ``inputs``, else a new one kept in its place:
        ``step(old inputs, old result)`` when given and it can tell (a result brought up to date costs what changed), else ``compute()``."""
        hit = self._kept.get(key)
        if hit is None or len(hit[0]) != len(inputs) or not all(map(is_, hit[0], inputs)):  # ``map``: the hot path of every rebuild
            stepped = step(*hit) if step is not None and hit is not None else None
            hit = self._kept[key] = (inputs, compute() if stepped is None else stepped)
        return hit[1]


Step = Callable[[tuple, Result], "Result | None"]  # (the inputs a result was kept for, that result) -> it brought up to date, or None


def reuse(kept: KeptWhileSame[Result] | None, key: Hashable, inputs: tuple, compute: Callable[[], Result],
          step: Step[Result] | None = None) -> Result:
    """``kept.get(key, inputs, compute, step)``, or ``compute()`` when nothing is kept (``mkdocs build``, a first rendering)."""
    return compute() if kept is None else kept.get(key, inputs, compute, step)


class Changeable(Protocol):
    changed: bool


File = TypeVar("File", bound=Changeable)


class KeptFiles(Generic[File]):
    """The MkDocs File of each generated page, kept from one ``mkdocs serve`` rebuild to the next while the page's HTML
    stays as written (``changed`` False: ``--dirty`` neither renders nor writes it).

    A page's HTML holds its content, the settings and the navigation. The settings
    (``begin``) reach every page. The navigation's entries reach the pages in it
    (their own section, previous and next links), and the pages outside it only
    through what those show of it (``shown``; with Material's ``navigation.prune``,
    a link per top-level section and a blank line per child in it).
    """

    def __init__(self) -> None:
        self._site: Hashable = None
        self._entries: Hashable = None
        self._kept: dict[str, File] = {}
        self._files: dict[str, File] = {}
        self._shown: Hashable = None
        self._theme: dict[str, Hashable] = {}  # what each theme page showed when last written

    def begin(self, site: Hashable, entries: Hashable) -> None:
        """A build begins with these settings and the navigation's entries; the previous build's files are kept while the
        settings are the same."""
        self._kept = self._files if site == self._site else {}
        self._moved = entries != self._entries
        self._site, self._entries, self._files = site, entries, {}

    def get(self, uri: str, in_nav: bool) -> File | None:
        """The previous build's file of a page whose content is the same, if its HTML can stay as written."""
        return None if self._moved and in_nav else self._kept.get(uri)

    def add(self, uri: str, file: File) -> None:
        """The file this build hands MkDocs for a page."""
        self._files[uri] = file

    def shown(self, view: Hashable) -> None:
        """What pages outside the navigation show of it (``navigation.outside_view``): when it changed, every page is written."""
        if view != self._shown:
            for file in self._files.values():
                file.changed = True
        self._shown = view

    def skip_theme_pages(self, templates: set[str], addresses: Hashable) -> None:
        """Take out of the theme's ``templates`` those whose output would be as last written: 404.html shows the settings and
        the navigation as a page outside it (``shown``), sitemap.xml the settings and each page's address and date
        (``addresses``). Listing 1,600 pages in the sitemap cost a tenth of a second of every rebuild at 1,000 sources."""
        views = {"404.html": (self._site, self._shown), "sitemap.xml": (self._site, addresses)}
        for name, view in views.items():
            if name in templates and self._theme.get(name) == view:
                templates.discard(name)
            self._theme[name] = view

    def failed(self) -> None:
        """A build failed: the theme's pages may not have been written, the next build writes them."""
        self._theme = {}


class CompiledTemplates(jinja2.BytecodeCache):
    """Theme templates compiled once per ``mkdocs serve``, keyed by Jinja on each template's name and source."""

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self._code:
            bucket.bytecode_from_string(self._code[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


class ThemeListing:
    """The theme's list of files, kept through ``mkdocs serve`` while the theme's folders and settings and the project's own
    overrides folder are as they were.

    MkDocs lists every file of the theme's folders on each build, to find the static
    ones it copies: Material's icons alone are some 12,000 files, a fifth of a
    second of every rebuild, whatever the size of the site. A file added to the
    installed theme itself is seen at the next start.
    """

    def __init__(self) -> None:
        self._listed: dict[Hashable, list[str]] = {}

    def keep(self, theme: Any) -> None:
        """Wrap ``theme.get_env`` (MkDocs' ``Theme``, made anew for each build) so its environments list templates from here."""
        make = theme.get_env

        def get_env() -> jinja2.Environment:
            env = make()
            listing = env.list_templates

            def listed(extensions: Collection[str] | None = None, filter_func: Callable[[str], bool] | None = None) -> list[str]:
                key = (tuple(theme.dirs), tuple(sorted(theme.static_templates)), tuple(extensions or ()),
                       getattr(filter_func, "__code__", filter_func), _folder_times(theme.custom_dir))
                if key not in self._listed:
                    self._listed = {key: listing(extensions, filter_func)}
                return self._listed[key]

            env.list_templates = listed
            return env

        theme.get_env = get_env


def _folder_times(folder: str | None) -> tuple[int, ...]:
    """The modification times of a folder and the folders in it: they change when a file is added, removed or renamed."""
    return tuple(os.stat(path).st_mtime_ns for path, _, _ in os.walk(folder)) if folder else ()


class RestingCollector:
    """Python's cycle collector, resting while ``mkdocs serve`` rebuilds and working again a moment after.

    At 1,000 sources the heap holds millions of objects (the corpus, its extraction,
    index and rendered site). During a rebuild the collector counted each of its
    short-lived objects as long-lived, and every few rebuilds walked the whole heap:
    a second and more. Resting, it leaves what a rebuild discards to reference
    counting, and the few cycles (MkDocs' navigation, files and templates) to the
    collections between rebuilds. Its first collection after a rest walks what the
    rebuild made (some tens of milliseconds): it starts ``wake_after`` seconds after the
    build is written, once the browser has the page, unless another rebuild began.
    """

    _rests = 0  # rests begun in this process (whose one collector every instance rests): a wake-up finding another is stale
    _lock = threading.Lock()

    def __init__(self, wake_after: float = 0.5) -> None:
        self.wake_after = wake_after

    def pause(self) -> None:
        """A rebuild begins: the collector rests until a moment after it is written (``resume``)."""
        with RestingCollector._lock:
            RestingCollector._rests += 1
            gc.disable()

    def resume(self, settle: bool) -> None:
        """A build is written. After the first (``settle``), what survives is collected and frozen at once, so that later
        full collections walk only what rebuilds made (a fifth of a second at 1,000 sources, not a second and more);
        after a rebuild, the collector works again in ``wake_after`` seconds."""
        if settle:
            gc.collect()
            gc.freeze()
            gc.enable()
            return
        rest = self._rests
        timer = threading.Timer(self.wake_after, self._wake, (rest,))
        timer.daemon = True
        timer.start()

    def _wake(self, rest: int) -> None:
        with RestingCollector._lock:
            if rest == RestingCollector._rests:  # no rebuild began since
                gc.enable()


def site_settings(config_file: str | None, custom_dir: str | None) -> tuple[bytes, tuple[tuple[str, int], ...]]:
    """What every page shows of the site's settings and theme overrides: mkdocs.yml's bytes and each override file's time.

    A serve rebuild keeps the pages no edit reached; a change here (a site
    name, a palette, an edited override template) reaches every page.
    """
    settings = Path(config_file).read_bytes() if config_file else b""
    overrides = tuple(sorted((os.path.join(path, name), os.stat(os.path.join(path, name)).st_mtime_ns)
                             for path, _, names in os.walk(custom_dir) for name in names)) if custom_dir else ()
    return settings, overrides


class HandWrittenPages:
    """Which hand-written pages a serve rebuild writes again (those whose HTML the edit can change), and how the others
    still show in the navigation.

    MkDocs' ``--dirty`` writes a Markdown page again only when its file is newer
    than its HTML. What the plugin adds to such a page changes it too: the
    navigation and the settings (the same on every page), a link to a generated
    page added or removed (MkDocs resolves it, or warns and leaves it), and the
    home page's overview. Any other edit leaves the page as written (three of the
    real site's four pages: their Markdown and theme cost 10-20 ms each). A page
    MkDocs does not read has no title or metadata of its own, yet the pages written
    show it in their navigation: it gets those it had when it was last read.
    """

    def __init__(self) -> None:
        self.marked: set[str] = set()  # pages whose Markdown holds the overview's marker (``note``)
        self._shown: Hashable = None
        self._read: dict[str, tuple[str | None, dict]] = {}  # each page's title and metadata when it was last read

    def note(self, src_uri: str, marked: bool) -> None:
        """A page's Markdown was read: whether it holds the overview's marker."""
        (self.marked.add if marked else self.marked.discard)(src_uri)

    def written(self, src_uri: str, title: str | None, meta: dict) -> None:
        """A page was read and written with this title and metadata."""
        self._read[src_uri] = (title, dict(meta))

    def stale(self, pages: dict[str, str], shown: Hashable, overview_changed: bool) -> list[str]:
        """The output paths (of ``pages``: source path -> output path) to write again, given what every page shows
        (``shown``: the navigation, the settings, the generated pages) and whether the overview changed."""
        everything, self._shown = shown != self._shown, shown
        return [dest for src, dest in pages.items() if everything or (overview_changed and src in self.marked)]

    def restore(self, files: Iterable[Any]) -> None:
        """Give each page MkDocs will not read (``--dirty``, unmodified) the title and metadata it was last written with."""
        for file in files:
            kept = self._read.get(file.src_uri)
            if kept is not None and file.page is not None and not file.is_modified():
                file.page.title, file.page.meta = kept[0], dict(kept[1])


def write_redirects(site_dir: Path, redirects: dict[str, str], written: dict[str, str]) -> dict[str, str]:
    """Write each redirect file (site path -> HTML) where no page is; return the files written by this call or kept.

    ``written`` is what the previous build wrote (empty for ``mkdocs build``). A
    file there is the plugin's own: it is rewritten when its HTML changed (a
    renamed district's title) and removed when its spelling no longer redirects.
    Any other file already at a path is a page, and stays.
    """
    ours: dict[str, str] = {}
    for path in written.keys() - redirects.keys():
        if (site_dir / path).is_file() and (site_dir / path).read_text(encoding="utf-8") == written[path]:
            (site_dir / path).unlink()
    for path, html in redirects.items():
        target = site_dir / path
        if path in written and target.is_file() and target.read_text(encoding="utf-8") == written[path]:
            if html != written[path]:
                target.write_text(html, encoding="utf-8")
            ours[path] = html
        elif not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(html, encoding="utf-8")
            ours[path] = html
    return ours
