"""Full-text search: Pagefind indexes the site after MkDocs has written it.

Why Pagefind rather than Material's lunr search: lunr ships one JSON index of
every page to every reader and its build-time parser is quadratic in a page's
elements, while Pagefind splits the index into fragments fetched per query,
so both the build and the reader's download stay small as the corpus grows.

Pagefind reads the HTML, so it runs last, over the finished site directory.
What it indexes is decided in the HTML itself: the theme override marks the
article with ``data-pagefind-body`` (pages without it, such as redirect stubs,
are skipped) and emits ``data-pagefind-filter`` spans from
``page.meta["search_filters"]``. Chrome that would only add noise inside the
article is left out here, by CSS selector.

Languages: every page is ``<html lang="en">`` (quotes in Russian,
Azerbaijani or Armenian carry their own ``lang`` inside it), so Pagefind
builds one index, with English stemming, and a word in another script is
indexed whole: "освобождена", "Ստեփանակերտ" and "Füzuli" (diacritics folded)
find their pages, but another inflection of the word does not. Giving the
pages of foreign sources their own ``<html lang>`` would not help: Pagefind
splits its index by that attribute and a search box reads only the index of
its own page's language, so a reader on an English page would no longer find
them (tests/test_languages_site.py).
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pagefind_bin

from chronicle.search_canonical import canonicalise

BUNDLE_DIR = "pagefind"  # the UI finds its index beside its own script, so the name is free
IGNORED = (
    "[data-search-exclude]",  # what the pages already keep out of search (the district map)
    ".footnote",  # each note repeats a source title and a link label: every page would match them
    ".chronicle-crumbs, .chronicle-steps, .chronicle-related",  # links onward: titles of other pages
    ".headerlink",  # the pilcrow after each heading
    ".md-content__button",  # "edit this page"
)


class SearchIndexError(RuntimeError):
    """Pagefind failed; the message carries its own report."""


@dataclass(frozen=True)
class SearchIndex:
    bundle: Path  # the folder the UI and the index were written to
    files: int
    bytes: int


def build_search_index(site_dir: Path) -> SearchIndex:
    """Index ``site_dir`` in place and return where the bundle went and its size.

    The previous bundle is removed first: Pagefind names fragments by content
    hash and never deletes, so a rebuild into the same folder (``mkdocs serve``,
    ``--dirty``) would otherwise accumulate stale fragments. The new bundle is
    then made byte-stable (see ``search_canonical``).
    """
    bundle = site_dir / BUNDLE_DIR
    shutil.rmtree(bundle, ignore_errors=True)
    proc = subprocess.run(_command(site_dir), capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SearchIndexError(f"pagefind exited with {proc.returncode}:\n{proc.stdout}{proc.stderr}")
    canonicalise(bundle)
    files = [p for p in bundle.rglob("*") if p.is_file()]
    return SearchIndex(bundle, len(files), sum(p.stat().st_size for p in files))


def _command(site_dir: Path) -> list[str]:
    exclusions = [arg for selector in IGNORED for arg in ("--exclude-selectors", selector)]
    return [str(pagefind_bin.get_executable()), "--site", str(site_dir), "--output-subdir", BUNDLE_DIR, "--silent", *exclusions]
