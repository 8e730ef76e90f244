"""`mkdocs serve --dirty` on a busy year split in parts: a statement filed in its middle rewrites the part it falls in
(two at most), not every later one, and the site it leaves is the one a full build of the edited corpus writes."""

from __future__ import annotations

from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

from conftest import mkdocs_build, tiny_project

PER_PAGE = 10
WAR_YEAR = "wars/first-nagorno-karabakh-war/1993"
DISTRICT_WAR = "districts/aghdam-district/first-nagorno-karabakh-war"


def _sources() -> dict[str, str]:
    """Twelve reports of six shellings each, all in July 1993 but for one in August: one month too busy for a page."""
    return {f"{n:02d}.txt": f"Report {n}\n\n" + "\n\n".join(f"Agdam was shelled on {day} July 1993, said witness {n}-{day}." for day in range(n + 1, n + 7))
            + (f"\n\nAgdam was shelled on {n + 1} August 1993, said witness {n}.\n" if n == 11 else "\n") for n in range(12)}


def _parts(site: Path, listing: str) -> dict[str, bytes]:
    """Each part of a long list (its first page and those beside it) by folder: its HTML."""
    folder, stem = (site / listing).parent, (site / listing).name
    return {p.parent.name: p.read_bytes() for p in sorted(folder.glob(f"{stem}*/index.html")) if p.parent.name == stem or p.parent.name.startswith(stem + "-")}


def test_a_statement_filed_in_a_busy_month_rewrites_one_part_or_two_and_the_site_a_full_build_writes(tmp_path):
    project = tiny_project(tmp_path, _sources())
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("      sources_dir: sources\n", f"      sources_dir: sources\n      max_statements_per_page: {PER_PAGE}\n"))
    served = tmp_path / "served"

    def rebuild() -> None:  # what `mkdocs serve --dirty` does on each change: a new config, the same plugin instance
        build(load_config(config_file=str(config), site_dir=str(served)), serve_url="http://127.0.0.1:8000/", dirty=True)

    load_config(config_file=str(config), site_dir=str(served)).plugins.on_startup(command="serve", dirty=True)
    rebuild()
    before = {listing: _parts(served, listing) for listing in (WAR_YEAR, DISTRICT_WAR)}
    assert all(len(parts) >= 6 for parts in before.values()), before.keys()  # 73 statements, at most 10 a page
    source = project / "sources" / "02.txt"
    source.write_text(source.read_text(encoding="utf-8") + "\nAgdam was shelled on 4 July 1993, said a late witness.\n", encoding="utf-8")
    rebuild()
    full = mkdocs_build(project, tmp_path / "full")
    assert full.returncode == 0, full.log
    for listing, was in before.items():
        now = _parts(served, listing)
        assert now == _parts(full.site, listing)
        changed = sorted(name for name in now if was.get(name) != now[name])
        assert 1 <= len(changed) <= 2 and len(now) - len(was) in (0, 1), (listing, changed)
        assert any(b"said a late witness" in now[name] for name in changed)
