"""The extraction cache on disk: a rebuild re-extracts only what changed, and the cache never changes the output."""

from __future__ import annotations

import hashlib

from chronicle.cache import DiskCache, key_of
from conftest import mkdocs_build, tiny_project


def _entries(project) -> set[str]:
    return {p.name for p in (project / ".cache" / "chronicle" / "sources").rglob("*") if p.is_file()}


def _digests(site) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(site.rglob("*.html"))}


def test_an_edit_to_one_source_adds_one_entry_and_the_output_is_the_same_as_without_cache(tmp_path):
    project = tiny_project(tmp_path, {"a.txt": "A\nAgdam fell on 23 July 1993.\n", "b.txt": "B\nFuzuli fell on 23 August 1993.\n"})
    first = mkdocs_build(project, project / "site1")
    assert first.returncode == 0, first.log
    before = _entries(project)
    assert len(before) == 2
    (project / "sources" / "a.txt").write_text("A\nAghdam fell on 23 July 1993.\n", encoding="utf-8")
    cached = mkdocs_build(project, project / "site2")
    after = _entries(project)
    assert len(after - before) == 1 and before <= after
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("      sources_dir: sources", "      sources_dir: sources\n      cache_dir: ''"))
    uncached = mkdocs_build(project, project / "site3")
    assert cached.returncode == uncached.returncode == 0
    assert _digests(cached.site) == _digests(uncached.site)


def test_keys_differ_by_any_part_and_a_broken_entry_is_computed_again(tmp_path):
    assert key_of(["a", b"x"]) == key_of(["a", b"x"])
    assert len({key_of(["a"]), key_of(["b"]), key_of(["a", None]), key_of([b"a"])}) == 4
    cache = DiskCache(tmp_path)
    assert cache.get_or_compute("n", "k1", lambda: {"v": 1}) == {"v": 1}
    assert cache.get_or_compute("n", "k1", lambda: {"v": 2}) == {"v": 1}
    (tmp_path / "n" / "k1"[:2] / "k1").write_bytes(b"not a pickle")
    assert cache.get_or_compute("n", "k1", lambda: {"v": 3}) == {"v": 3}
    assert DiskCache(None).get_or_compute("n", "k1", lambda: 4) == 4
