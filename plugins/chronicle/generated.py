"""MkDocs' file and page for what the pipeline generated: the plugin shell's other half.

With ``plugin.py`` this is the only module that imports MkDocs. A generated page
carries HTML the pipeline rendered, so MkDocs runs no Markdown over it, yet it
still checks its links and anchors and writes only what changed on ``--dirty``.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page as MkDocsPage
from mkdocs.structure.toc import get_toc

from chronicle.navigation import toc_tokens
from chronicle.render.common import Page
from chronicle.render.html import text

log = get_plugin_logger(__name__)


class GeneratedFile(File):
    """A page or export file the pipeline made; ``changed`` says whether it differs from the previous build's.

    Hack: MkDocs treats every generated file as modified. With ``mkdocs serve --dirty`` this lets an edit rewrite only the pages and files that changed.
    """

    changed: bool = True

    def is_modified(self) -> bool:
        return self.changed


class GeneratedPage(MkDocsPage):
    """A page whose HTML the pipeline rendered: MkDocs does not run Markdown over it.

    Hack: ``read_source`` and ``render`` are replaced; everything MkDocs and the
    theme read afterwards (title, content, toc, anchors, links to check) is set
    from the rendered page. Links are checked here as MkDocs checks Markdown
    links (missing pages at ``validation.links.not_found``; anchors by MkDocs'
    own ``validate_anchor_links`` after every page is rendered).

    ``content`` is unpacked from the rendered page (kept compressed, see
    ``common.packed``) each time it is read: MkDocs renders every page before it
    writes the first, so holding each page's HTML would hold the whole site's.
    """

    def __init__(self, rendered: Page, file: File, config: MkDocsConfig) -> None:
        self._written: str | None = None  # HTML someone set in place of the rendered page's
        self._unpacked = False  # does ``content`` read the rendered page?
        self._handed: str | None = None  # the HTML last read, recognised if it is handed back unchanged
        super().__init__(None, file, config)
        self.rendered = rendered
        # Read at once, not in ``read_source``: a ``--dirty`` rebuild reads only changed pages, and
        # the others' titles are still shown in the navigation of the pages it writes.
        self.markdown = ""
        self.meta = {"search_filters": {name: list(values) for name, values in rendered.search_filters}}
        # The theme inserts page titles into HTML as they are: it gets the title escaped.
        self._title_from_render = str(text(rendered.title))

    def read_source(self, config: MkDocsConfig) -> None:
        """Nothing to read: the page was rendered by the pipeline."""

    @property
    def content(self) -> str | None:
        if self._written is not None or not self._unpacked:
            return self._written
        self._handed = str(self.rendered.body)
        return self._handed

    @content.setter
    def content(self, html: str | None) -> None:
        if html is not None and html is self._handed:  # read and set back unchanged (``on_page_content``)
            self._handed = None
            return
        self._handed, self._written, self._unpacked = None, html, False

    def render(self, config: MkDocsConfig, files: Files) -> None:
        self._written, self._unpacked = None, True  # dropped once written (``on_post_page``)
        self.toc = get_toc(toc_tokens(self.rendered.toc))
        self.present_anchor_ids = set(self.rendered.anchors)
        self.links_to_anchors = {}
        for uri, anchor in sorted(set(self.rendered.links), key=lambda link: (link[0], link[1] or "")):
            target = files.src_uris.get(uri)  # the page's links are paths already: no ``PurePath`` for each, as ``get_file_from_path`` makes
            if target is None:
                log.log(config.validation.links.not_found,
                        f"Doc file '{self.file.src_uri}' contains a link to '{uri}', but the target is not found among documentation files.")
            elif anchor:
                self.links_to_anchors.setdefault(target, {})[anchor] = f"{uri}#{anchor}"
