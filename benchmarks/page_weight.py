"""What fills the pages of a built site: bytes per section and, inside a page, per part.

    .venv/bin/python benchmarks/page_weight.py SITE_DIR [--sample 200]

Why: at 10,000 sources the site weighs gigabytes, and Pagefind and the disk
pay for every byte. Whether to shrink the theme's chrome (header, navigation,
scripts repeated on every page) or the generated content (footnotes, the
"also on" links beside each statement) depends on which of them fills a page.

Prints, for each top-level folder: pages, megabytes, mean and largest page, and
for an evenly spaced sample of its pages (every n-th, so the figures are the
same on every run) the share of bytes in each part named in ``PARTS``.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from bs4 import BeautifulSoup

# Parts of a page, as CSS selectors; bytes are counted once, in the first part that holds them.
PARTS = (
    ("footnotes", "div.footnote"),
    ("also-on links", "small.chronicle-related"),
    ("quotes", "q.chronicle-quote"),
    ("article (rest)", "article"),
    ("navigation", "div.md-sidebar"),
    ("header + search", "header, div.chronicle-search"),
)


def part_bytes(html: str) -> dict[str, int]:
    """Bytes of each part of one page; what no part holds is 'chrome (rest)'."""
    soup = BeautifulSoup(html, "html.parser")
    sizes: dict[str, int] = {}
    for name, selector in PARTS:
        found = soup.select(selector)
        sizes[name] = sum(len(str(tag).encode("utf-8")) for tag in found)
        for tag in found:
            tag.decompose()
    sizes["chrome (rest)"] = len(str(soup).encode("utf-8"))
    return sizes


def sections(site: Path) -> dict[str, list[Path]]:
    """Each top-level folder's pages (``index.html``), sorted; the site's own root pages under '/'."""
    found: dict[str, list[Path]] = defaultdict(list)
    for page in sorted(site.rglob("*.html")):
        rel = page.relative_to(site)
        found[rel.parts[0] if len(rel.parts) > 1 else "/"].append(page)
    return dict(sorted(found.items()))


def report(site: Path, sample: int) -> None:
    names = [name for name, _ in PARTS] + ["chrome (rest)"]
    print(f"{'section':<12} {'pages':>6} {'MB':>8} {'mean KB':>8} {'max KB':>8}   " + " ".join(f"{n:>15}" for n in names))
    for section, pages in sections(site).items():
        sizes = [p.stat().st_size for p in pages]
        picked = pages[:: max(1, len(pages) // sample)]
        totals: dict[str, int] = defaultdict(int)
        for page in picked:
            for name, size in part_bytes(page.read_text(encoding="utf-8")).items():
                totals[name] += size
        whole = sum(totals.values()) or 1
        print(f"{section:<12} {len(pages):>6} {sum(sizes) / 2**20:>8.1f} {sum(sizes) / len(sizes) / 1024:>8.1f} {max(sizes) / 1024:>8.1f}   "
              + " ".join(f"{100 * totals[n] / whole:>14.0f}%" for n in names))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site", type=Path)
    parser.add_argument("--sample", type=int, default=200, help="pages parsed per section (evenly spaced)")
    args = parser.parse_args()
    report(args.site, args.sample)


if __name__ == "__main__":
    main()
