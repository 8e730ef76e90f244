"""The MkDocs plugin: a thin shell that feeds MkDocs the pipeline's pages.

All the work is in plain modules (see ``chronicle.pipeline``); the hooks only
resolve configuration, keep caches alive across ``mkdocs serve`` rebuilds,
log the pipeline's diagnostics and hand pages and export files to MkDocs.
"""

from __future__ import annotations

import json
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page as MkDocsPage

from chronicle import ingest, pipeline
from chronicle.export import write_export
from chronicle.gazetteer import Gazetteer
from chronicle.timeline import timeline_rows
from chronicle.wars import WarCatalog

log = get_plugin_logger(__name__)
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
    export_dir = c.Type(str, default="data")
    """Folder under site_dir that receives the data export (sources.json, sentences.jsonl, mentions.jsonl)."""


class ChroniclePlugin(BasePlugin[ChronicleConfig]):
    def on_startup(self, *, command: str, dirty: bool) -> None:
        # Survives `mkdocs serve` rebuilds: processed sources keyed by their inputs.
        self._processed: dict[tuple, pipeline.Processed] = {}
        self._reference: tuple[tuple, Gazetteer, WarCatalog] | None = None
        self._build: pipeline.Build | None = None
        self._edit_paths: dict[str, str] = {}

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
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
        self._docs_prefix = Path(config.docs_dir).resolve().relative_to(root).as_posix()
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        gazetteer, catalog = self._reference_data()
        raws, diagnostics = ingest.read_corpus(self.inputs.sources_dir, self.inputs.root)
        processed = [self._process(raw, gazetteer, catalog) for raw in raws]
        self._build = pipeline.assemble(processed, diagnostics, gazetteer, catalog, self.inputs)
        self._files = files
        for d in self._build.corpus.diagnostics:
            (log.error if d.fatal else log.warning)(str(d))
        pages = pipeline.render_pages(self._build)
        for page in pages:
            inclusion = InclusionLevel.INCLUDED if page.in_nav else InclusionLevel.NOT_IN_NAV
            files.append(File.generated(config, page.uri, content=page.markdown, inclusion=inclusion))
            if page.edit_path:
                self._edit_paths[page.uri] = page.edit_path
        add_hubs_to_nav(config.nav, [p.uri for p in pages if p.in_nav])
        return files

    def _reference_data(self) -> tuple[Gazetteer, WarCatalog]:
        """Gazetteer and wars, reloaded only when their files change."""
        gaz_files = sorted(self.inputs.gazetteer_dir.rglob("*.y*ml"))
        stamp = tuple((str(p), p.stat().st_mtime_ns) for p in (*gaz_files, self.inputs.wars_file))
        if self._reference is None or self._reference[0] != stamp:
            try:
                gazetteer = Gazetteer.load(self.inputs.gazetteer_dir)
                catalog = WarCatalog.load(self.inputs.wars_file)
            except ValueError as err:
                raise PluginError(f"chronicle: {err}") from err
            self._reference = (stamp, gazetteer, catalog)
            self._processed.clear()
        return self._reference[1], self._reference[2]

    def _process(self, raw, gazetteer: Gazetteer, catalog: WarCatalog) -> pipeline.Processed:
        key = (raw.id, raw.path, raw.sha256, raw.meta)  # the text is determined by the file's bytes
        if key not in self._processed:
            self._processed[key] = pipeline.process(raw, gazetteer, catalog)
        return self._processed[key]

    def on_page_markdown(self, markdown: str, *, page: MkDocsPage, config: MkDocsConfig, files: Files) -> str:
        if self.config.edit_url:
            src = page.file.src_uri
            # Hand-written pages live in docs_dir; a generated page has an edit link only if one file makes it.
            path = f"{self._docs_prefix}/{src}" if page.file.generated_by is None else self._edit_paths.get(src)
            page.edit_url = self.config.edit_url + path if path else None
        if OVERVIEW_MARKER in markdown and self._build is not None:
            markdown = markdown.replace(OVERVIEW_MARKER, pipeline.overview(self._build))
        return markdown

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self._build is None:
            return
        files = {f.src_uri: f for f in self._files}
        out = Path(config.site_dir) / self.config.export_dir
        write_export(self._build.corpus, out, lambda uri: files[uri].url)
        site_dir = Path(config.site_dir)
        for path, html in pipeline.redirects(self._build, lambda uri: files[uri].url, config.use_directory_urls).items():
            if not (site_dir / path).exists():
                (site_dir / path).parent.mkdir(parents=True, exist_ok=True)
                (site_dir / path).write_text(html, encoding="utf-8")
        timelines = out / "timeline"
        timelines.mkdir(exist_ok=True)
        for war_id, rows in timeline_rows(self._build, lambda uri: files[uri].url).items():
            (timelines / f"{war_id}.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def add_hubs_to_nav(nav: list | None, hubs: list[str]) -> None:
    """Hub pages (years, decades) join the nav section whose first entry is their folder's index.

    Runs in ``on_files``, before MkDocs builds the navigation from ``config.nav``.
    """
    if not nav:
        return
    listed = set(_nav_paths(nav))
    for entry in nav:
        children = next(iter(entry.values())) if isinstance(entry, dict) else None
        if not isinstance(children, list) or not children or not isinstance(children[0], str):
            continue
        folder = children[0].rsplit("/", 1)[0] + "/"
        children.extend(uri for uri in hubs if uri.startswith(folder) and uri not in listed)


def _nav_paths(nav) -> list[str]:
    if isinstance(nav, str):
        return [nav]
    if isinstance(nav, dict):
        return [p for v in nav.values() for p in _nav_paths(v)]
    if isinstance(nav, list):
        return [p for item in nav for p in _nav_paths(item)]
    return []
