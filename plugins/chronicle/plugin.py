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
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page as MkDocsPage

from chronicle import ingest, pipeline
from chronicle.export import write_export
from chronicle.gazetteer import Gazetteer
from chronicle.timeline import timeline_rows
from chronicle.wars import WarCatalog

log = get_plugin_logger(__name__)


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
        self._in_nav: dict[str, bool] = {}

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
        self._build = pipeline.assemble(processed, diagnostics, gazetteer, catalog)
        self._files = files
        for d in diagnostics:
            (log.error if d.fatal else log.warning)(str(d))
        for page in pipeline.render_pages(self._build):
            inclusion = InclusionLevel.INCLUDED if page.in_nav else InclusionLevel.NOT_IN_NAV
            files.append(File.generated(config, page.uri, content=page.markdown, inclusion=inclusion))
            self._in_nav[page.uri] = page.in_nav
            if page.edit_path:
                self._edit_paths[page.uri] = page.edit_path
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
        key = (raw.id, raw.path, raw.sha256, raw.meta, raw.blocks)
        if key not in self._processed:
            self._processed[key] = pipeline.process(raw, gazetteer, catalog)
        return self._processed[key]

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        """Hub pages (years, decades) join the nav section whose index sits in their folder."""
        hubs = sorted(uri for uri, in_nav in self._in_nav.items() if in_nav and not uri.endswith("index.md"))
        sections = {
            item.children[0].file.src_uri.rsplit("/", 1)[0]: item
            for item in nav.items
            if isinstance(item, Section) and item.children and getattr(item.children[0], "file", None)
        }
        listed = {p.file.src_uri for p in nav.pages}
        for uri in hubs:
            section = sections.get(uri.rsplit("/", 1)[0])
            page = files.get_file_from_path(uri).page if files.get_file_from_path(uri) else None
            if section is None or page is None or uri in listed:
                continue
            page.parent = section
            section.children.append(page)
            nav.pages.append(page)
        return nav

    def on_page_markdown(self, markdown: str, *, page: MkDocsPage, config: MkDocsConfig, files: Files) -> str:
        if self.config.edit_url:
            path = self._edit_paths.get(page.file.src_uri, f"{self._docs_prefix}/{page.file.src_uri}")
            page.edit_url = self.config.edit_url + path
        return markdown

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self._build is None:
            return
        files = {f.src_uri: f for f in self._files}
        out = Path(config.site_dir) / self.config.export_dir
        write_export(self._build.corpus, out, lambda uri: files[uri].url)
        timelines = out / "timeline"
        timelines.mkdir(exist_ok=True)
        for war_id, rows in timeline_rows(self._build, lambda uri: files[uri].url).items():
            (timelines / f"{war_id}.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
