"""The MkDocs plugin: a thin shell that feeds MkDocs the pipeline's pages.

All the work is in plain modules (see ``chronicle.pipeline``); the hooks only
resolve configuration, keep caches alive across ``mkdocs serve`` rebuilds,
log the pipeline's diagnostics and hand pages and export files to MkDocs.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

import jinja2
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page as MkDocsPage

from chronicle import ingest, jsontext, lexicon, navigation_once, pipeline
from chronicle.cache import DiskCache, key_of
from chronicle.collector import BuildCollector
from chronicle.generated import GeneratedFile, GeneratedPage
from chronicle.export import (Chunks, EventBlocks, PageUrl, SourceBlocks, claim_rows, event_blocks, export_chunks, grouped, page_line,
                              pages_jsonl, source_blocks, source_row, write_chunks, WrittenPieces)
from chronicle.gazetteer import Gazetteer
from chronicle.rebuilds import CompiledTemplates, HandWrittenPages, KeptFiles, KeptWhileSame, RestingCollector, ThemeListing, reuse, site_settings, write_redirects
from chronicle.navigation import add_hubs_to_nav, outside_view, quiet_navigation
from chronicle.render.common import MAX_STATEMENTS_PER_PAGE, Page, packed, page_url
from chronicle.render.html import edit_url
from chronicle.render.map import COUNTS_FILE, district_counts
from chronicle.render.site import Rendering, render_site
from chronicle.search_index import SearchIndexError, SearchIndexing
from chronicle.timeline import KeptPoints, Relabelling, stale_wars, timeline_files
from chronicle.watching import Rebuilding, watch_at_once
from chronicle.wars import WarCatalog

log = get_plugin_logger(__name__)
DEFAULT_CACHE_DIR = ".cache/chronicle"
OVERVIEW_MARKER = "<!-- chronicle:overview -->"


class ChronicleConfig(base.Config):
    sources_dir = c.Type(str, default="corpus/sources")
    """Folder of source texts (.txt, .md, .html), each with an optional .yml metadata file; relative to mkdocs.yml."""
    gazetteer_dir = c.Type(str, default="corpus/gazetteer")
    """Folder of the gazetteer's YAML files (districts, places, regions, countries)."""
    wars_file = c.Type(str, default="corpus/wars.yaml")
    """YAML file of wars, campaigns, battles and the periods between them."""
    edit_url = c.Optional(c.Type(str))
    """Base URL that a repository path is appended to for "edit this page", e.g. https://github.com/ORG/REPO/edit/main/."""
    cache_dir = c.Optional(c.Type(str))
    """Folder (relative to mkdocs.yml) for the extraction cache that survives restarts; unset: `.cache/chronicle`. Empty: no disk cache."""
    workers = c.Type(int, default=os.cpu_count() or 1)
    """Processes that extract sources in parallel when many sources changed (1: none)."""
    max_source_bytes = c.Type(int, default=ingest.DEFAULT_MAX_SOURCE_BYTES)
    """A source file larger than this is refused with a message naming it (the other sources still build)."""
    max_statements_per_page = c.Type(int, default=MAX_STATEMENTS_PER_PAGE)
    """A war, district or date page lists at most this many statements; longer lists continue on pages of their own."""
    export_dir = c.Type(str, default="data")
    """Folder under site_dir that receives the data export (sources.json, sentences.jsonl, mentions.jsonl)."""


class ChroniclePlugin(BasePlugin[ChronicleConfig]):
    def on_startup(self, *, command: str, dirty: bool) -> None:
        self._processed: dict[str, pipeline.Processed] = {}  # survives `mkdocs serve` rebuilds: processed sources keyed by their inputs
        self._reference_key = ""
        self._reference: tuple[tuple, Gazetteer, WarCatalog] | None = None
        self._build: pipeline.Build | None = None
        self._overview: str | None = None  # the home page's overview, and redirect files: made in on_files
        self._redirects: dict[str, str] = {}
        self._written_redirects: dict[str, str] = {}  # serve: the redirect files the previous build wrote
        self._edit_paths: dict[str, str] = {}
        self._files: KeptFiles[GeneratedFile] = KeptFiles()  # serve: the previous build's File of each generated page
        # `mkdocs serve` keeps pages and export lines: a rebuild renders what an edit reaches, `--dirty` writes what changed.
        self._serving = command == "serve"
        self._rendering: Rendering | None = None
        self._source_lines: KeptWhileSame[tuple[str, str]] = KeptWhileSame()
        self._event_lines: KeptWhileSame[tuple[str, str, dict[str, str]]] = KeptWhileSame()
        self._claim_lines: KeptWhileSame[tuple[str, str]] = KeptWhileSame()
        self._page_lines: KeptWhileSame[str] = KeptWhileSame()
        self._records: KeptWhileSame[str] = KeptWhileSame()  # each source's item of sources.json
        self._exported = WrittenPieces()  # serve: each export file's pieces, as last written
        self._read: ingest.Kept = {}
        self._warm = False  # serve: has this process extracted a source itself (see ``_process``)?
        self._chrome: KeptWhileSame | None = KeptWhileSame() if self._serving else None  # each source's candidate site lines and its key
        self._templates = CompiledTemplates()
        self._theme_listing = ThemeListing()
        self._collector = RestingCollector()
        self._build_collector = BuildCollector(active=not self._serving)
        self._rebuilding = Rebuilding()  # serve: polling for edits rests while a rebuild runs
        self._timelines: dict[str, str] = {}
        self._points: KeptPoints = {}
        self._labels = Relabelling()  # serve: the previous build's timeline labels
        self._hand_written = HandWrittenPages()
        self._search = SearchIndexing(every_build=not self._serving)  # `mkdocs serve` indexes once, at its first build

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self._build_collector.rest()
        if self._serving:
            self._theme_listing.keep(config.theme)
        if self._serving and self._search.done:  # a rebuild
            self._collector.pause()
            self._rebuilding.begins()
        root = Path(config.config_file_path).resolve().parent
        self.inputs = pipeline.Inputs(
            root=root,
            sources_dir=root / self.config.sources_dir,
            gazetteer_dir=root / self.config.gazetteer_dir,
            wars_file=root / self.config.wars_file,
        )
        for path in (self.inputs.sources_dir, self.inputs.gazetteer_dir, self.inputs.wars_file):
            if not path.exists():
                raise PluginError(f"chronicle: {path} does not exist (see the plugin's options in mkdocs.yml)")
            config.watch.append(str(path))
        if lexicon.DEFAULT_DIR.exists():
            config.watch.append(str(lexicon.DEFAULT_DIR))
        self._docs_prefix = Path(config.docs_dir).resolve().relative_to(root).as_posix()
        cache_dir = DEFAULT_CACHE_DIR if self.config.cache_dir is None else self.config.cache_dir
        self._disk = DiskCache(root / cache_dir if cache_dir else None)
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        gazetteer, catalog = self._reference_data()
        raws, diagnostics = ingest.read_corpus(self.inputs.sources_dir, self.inputs.root, max_source_bytes=self.config.max_source_bytes,
                                               kept=self._read if self._serving else None)
        processed = self._process(raws, gazetteer, catalog)
        self._build = pipeline.assemble(processed, diagnostics, gazetteer, catalog, self.inputs, previous=self._build if self._serving else None)
        hand_written = {file.src_uri: file.abs_dest_path for file in files.documentation_pages()}
        for d in self._build.corpus.diagnostics:
            {"error": log.error, "warning": log.warning, "info": log.info}[d.level](str(d))
        previous = {p.uri: p for p in self._rendering.pages()} if self._rendering else {}
        rendering = render_site(self._build, config.use_directory_urls, self.config.max_statements_per_page, previous=self._rendering, keep=packed, serving=self._serving)
        self._rendering = rendering if self._serving else None
        pages = rendering.pages()
        # A change to every URL or to the settings changes every page, to the nav's entries the pages in it (``on_nav``: and the
        # others if what they show of it changed); a page outside the nav is linked only from pages rendered anew.
        settings = site_settings(config.config_file_path, config.theme.custom_dir) if self._serving else ()
        nav = (config.use_directory_urls, settings, *(p.uri for p in pages if p.in_nav))
        self._files.begin(nav[:2], nav[2:])
        for page in pages:
            before = previous.get(page.uri)
            file = self._files.get(page.uri, page.in_nav) if before is page or before == page else None
            if file is not None:  # unchanged: MkDocs neither reads nor writes it (``--dirty``), and its objects can stay
                file.changed, file.page.links_to_anchors = False, {}  # its links were checked when it was written
            else:
                inclusion = InclusionLevel.INCLUDED if page.in_nav else InclusionLevel.NOT_IN_NAV
                file = GeneratedFile.generated(config, page.uri, content="", inclusion=inclusion)  # no Markdown: see GeneratedPage
                GeneratedPage(page, file, config)
            files.append(file)
            if self._serving:
                self._files.add(page.uri, file)
            if page.edit_path:
                self._edit_paths[page.uri] = page.edit_path
        for file in self._export_files(config, pages):
            files.append(file)
        add_hubs_to_nav(config.nav, [p.uri for p in pages if p.in_nav])
        overview, self._overview = self._overview, pipeline.overview(self._build, config.use_directory_urls, rendering.kept)
        if self._serving:  # a hand-written page MkDocs would keep (its Markdown is older than its HTML) but this edit changed
            for path in self._hand_written.stale(hand_written, (nav, *(p.uri for p in pages)), overview != self._overview):
                Path(path).unlink(missing_ok=True)
        self._redirects = pipeline.redirects(self._build, lambda uri: files.get_file_from_path(uri).url, config.use_directory_urls, rendering.kept)
        if not self._serving:  # nothing after this needs the extraction: MkDocs writes the pages in the memory it held
            self._build, self._processed = None, {}
        return files

    def _export_files(self, config: MkDocsConfig, pages: list[Page]) -> list[File]:
        """The export as files MkDocs knows (so links to them are checked), written into site_dir by the plugin.

        ``mkdocs build`` writes them piece by piece, now (MkDocs leaves a file it would copy onto itself in place).
        ``mkdocs serve`` writes again only a file whose pieces changed, from the first that did (``WrittenPieces``): a rebuild
        reuses the pieces no edit reached (the very same strings), so an unchanged piece costs a comparison of references.
        """
        out_dir = Path(config.site_dir) / self.config.export_dir
        chunks = self._export(config, pages)
        if self._serving:
            pieces = grouped(chunks)
            self._exported.write(pieces, out_dir)
            names = list(pieces)
        else:
            names = list(write_chunks(chunks, out_dir))
        return [GeneratedFile.generated(config, f"{self.config.export_dir}/{name}", abs_src_path=str(out_dir / name)) for name in names]

    def _export(self, config: MkDocsConfig, pages: list[Page]) -> Chunks:
        """The data export, the page list and timeline files, in pieces (see ``export_chunks``)."""
        url = functools.partial(page_url, directory_urls=config.use_directory_urls)
        if self._rendering is not None and self._rendering.fresh is None:  # settings or reference data changed: nothing kept holds
            self._source_lines, self._event_lines, self._claim_lines, self._records = (KeptWhileSame() for _ in range(4))
        record = None if not self._serving else self._records.around(lambda source: source.id, lambda source: jsontext.item(source_row(source, url)))
        yield from export_chunks(self._build.corpus, url, self._build.gazetteer, self._source_blocks(url), self._event_blocks(url), record)
        line = functools.partial(page_line, page_url=url)
        yield "pages.jsonl", pages_jsonl(pages, self._page_lines.around(lambda page: page.uri, line) if self._serving else line)
        yield COUNTS_FILE, jsontext.document(district_counts(self._build.index))
        yield from self._timeline_files(url)

    def _timeline_files(self, url: PageUrl) -> Chunks:
        """A file per war's timeline, one at a time. While serving, a war keeps its file unless its page was rendered
        anew or one of its statements reports an event under another title; in a war made anew each statement no edit
        touched (the same statement and label) keeps its item."""
        fresh = self._rendering.fresh if self._rendering else None
        before, labels, keys = self._labels.labels(self._build, self._rendering.links, fresh is None) if self._rendering else ({}, None, None)
        if self._serving:
            self._points = {} if fresh is None else self._points
        wars = None if fresh is None else stale_wars(fresh, self._build.index, before, labels, keys).__contains__
        made = ((f"timeline/{name}.json", pieces) for name, pieces in timeline_files(self._build, url, wars, self._points if self._serving else None, labels))
        if not self._serving:  # each piece written as it is made: a busy war's file is never held whole
            yield from ((name, piece) for name, pieces in made for piece in pieces)
            return
        self._timelines = ({} if fresh is None else self._timelines) | {name: "".join(pieces) for name, pieces in made}
        yield from sorted(self._timelines.items())

    def _source_blocks(self, url: PageUrl) -> SourceBlocks:
        """Each source's export lines; while serving, an unchanged source (the same object) keeps its lines."""
        compute = source_blocks(self._build.corpus, url)
        return self._source_lines.around(lambda source: source.id, compute) if self._serving else compute

    def _event_blocks(self, url: PageUrl) -> EventBlocks:
        """Each event's export lines; while serving, an event no edit reached (the same object) keeps its lines,
        and in an event made anew each claim of an unchanged source (the same claim and source) keeps its rows."""
        corpus, places = self._build.corpus, self._build.gazetteer
        if not self._serving:
            return event_blocks(corpus, url, places)
        sources = {s.id: s for s in corpus.sources}
        rows = self._claim_lines.around(lambda event, claim: (event.id, claim.id), claim_rows(corpus, url, places),
                                        lambda event, claim: (claim, sources[claim.source], event.disputed))
        return self._event_lines.around(lambda event: event.id, event_blocks(corpus, url, places, rows))

    def _reference_data(self) -> tuple[Gazetteer, WarCatalog]:
        """Gazetteer and wars, reloaded only when their files change (and then from the disk cache if it has them)."""
        files = [*sorted(self.inputs.gazetteer_dir.rglob("*.y*ml")), self.inputs.wars_file, *sorted(lexicon.DEFAULT_DIR.rglob("*.y*ml"))]
        stamp = tuple((str(p), p.stat().st_mtime_ns) for p in files)
        if self._reference is None or self._reference[0] != stamp:
            self._reference_key = key_of([p.as_posix().encode() + b"\0" + p.read_bytes() for p in files])
            try:
                gazetteer, catalog = self._disk.get_or_compute("reference", self._reference_key, functools.partial(pipeline.reference, self.inputs))
            except ValueError as err:
                raise PluginError(f"chronicle: {err}") from err
            self._reference = (stamp, gazetteer, catalog)
            self._processed.clear()
        return self._reference[1], self._reference[2]

    def _process(self, raws: list, gazetteer: Gazetteer, catalog: WarCatalog) -> list[pipeline.Processed]:
        """Each source's extraction: from memory (serve), else from the disk cache, else computed (in parallel when many)."""
        sites = pipeline.site_lines(raws, self._chrome)  # lines a publisher repeats: a source's extraction depends on them too
        keys = [reuse(self._chrome, ("key", raw.id, site), (raw, self._reference_key),  # serve: an unchanged source's key, not hashed again
                      lambda: key_of([self._reference_key, raw.id, raw.path, raw.sha256, raw.meta, sorted(site)])) for raw, site in zip(raws, sites)]
        found = {key: self._processed.get(key) or self._disk.get("sources", key) for key in keys}
        missing = [(key, raw, site) for key, raw, site in zip(keys, raws, sites) if found[key] is None]
        computed = pipeline.process_many([raw for _, raw, _ in missing], gazetteer, catalog, self.config.workers, [s for *_, s in missing])
        for (key, _, _), result in zip(missing, computed):
            found[key] = result
            self._disk.put("sources", key, result)
        self._processed = {key: found[key] for key in keys}  # only the current sources stay in memory
        if self._serving and not self._warm and raws:
            # The first build may have read every extraction from the disk cache or made them in worker processes:
            # then this process never made the extraction's own tables (compiled patterns, sentence splitters,
            # lexicons), and the first edit would pay for them (a second at 1,000 sources). Made now, with one source.
            pipeline.process_many(raws[:1], gazetteer, catalog, 1, sites[:1])
            self._warm = True
        return [found[key] for key in keys]

    def on_page_markdown(self, markdown: str, *, page: MkDocsPage, config: MkDocsConfig, files: Files) -> str:
        if self.config.edit_url:
            src = page.file.src_uri
            # Hand-written pages live in docs_dir; a generated page has an edit link only if one file makes it.
            path = f"{self._docs_prefix}/{src}" if page.file.generated_by is None else self._edit_paths.get(src)
            page.edit_url = edit_url(self.config.edit_url, path) if path else None
        self._hand_written.note(page.file.src_uri, OVERVIEW_MARKER in markdown)
        if OVERVIEW_MARKER in markdown and self._overview is not None:
            markdown = markdown.replace(OVERVIEW_MARKER, self._overview)
        return markdown

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        if self._serving:  # hand-written pages this rebuild does not read still show in the navigation of those it writes
            self._hand_written.restore(files.documentation_pages())
            self._files.shown(outside_view(nav.items, "navigation.prune" in config.theme.get("features", ())))
        self._build_collector.settle()
        return nav

    def on_post_page(self, output: str, *, page: MkDocsPage, config: MkDocsConfig) -> str:
        self._search.written(page.file.dest_uri, output)
        if isinstance(page, GeneratedPage):
            page.content = None  # written: its HTML need not stay in memory while the other pages build
        elif self._serving:
            self._hand_written.written(page.file.src_uri, page.title, page.meta)
        return quiet_navigation(output)

    def on_post_template(self, output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
        return quiet_navigation(output_content)  # 404.html shows the navigation as a page outside it does

    def on_serve(self, server: LiveReloadServer, *, config: MkDocsConfig, builder) -> LiveReloadServer:
        """MkDocs polls for edits every half second: file events tell of one at once, and polling rests during a rebuild
        (``watching``)."""
        watch_at_once(server, [p for p in (config.docs_dir, config.config_file_path, *config.theme.dirs) if p], self._rebuilding)
        return server

    def on_env(self, env: jinja2.Environment, *, config: MkDocsConfig, files: Files) -> jinja2.Environment:
        if self._serving:  # MkDocs makes a new environment for every rebuild; the compiled templates need not be
            env.bytecode_cache = self._templates
            pages = tuple((f.page.canonical_url, f.page.abs_url, f.page.update_date) for f in files.documentation_pages() if f.page)
            self._files.skip_theme_pages(config.theme.static_templates, (config.site_url, pages))
        navigation_once.install(env, config.theme.dirs, config.theme.custom_dir)  # pages outside the navigation: Material's partial once per place
        self._search.begin(Path(config.site_dir))
        return env

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self._serving:
            self._collector.resume(settle=not self._search.done)
            self._rebuilding.ends()
        try:
            if self._overview is None:  # on_files did not finish
                return
            site_dir = Path(config.site_dir)
            written = write_redirects(site_dir, self._redirects, self._written_redirects)
            self._written_redirects = written if self._serving else {}
            try:  # last: Pagefind indexes the finished HTML (the parts it could index while MkDocs wrote pages are done)
                self._search.end(site_dir)
            except SearchIndexError as err:
                raise PluginError(f"chronicle: {err}") from err
        finally:  # thawed after Pagefind: thawed before, each full collection while its last parts ended walked the whole heap
            self._build_collector.end()

    def on_build_error(self, *, error: Exception) -> None:
        self._build_collector.end()
        self._search.abandon()
        if self._serving:
            self._collector.resume(settle=False)
            self._rebuilding.ends()
            self._files.failed()
