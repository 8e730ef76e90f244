"""Generated pages skip Markdown, yet their links are checked as MkDocs checks Markdown links: a broken one fails --strict."""

from __future__ import annotations

import logging

import pytest
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from chronicle.generated import GeneratedPage
from chronicle.render.common import PageContext
from chronicle.render.html import el
from conftest import mkdocs_build, tiny_project


def _config(tmp_path) -> MkDocsConfig:
    config = MkDocsConfig()
    (tmp_path / "docs").mkdir()
    config.load_dict({"site_name": "x", "docs_dir": str(tmp_path / "docs"), "site_dir": str(tmp_path / "site")})
    errors, warnings = config.validate()
    assert not errors, errors
    return config


def test_a_link_to_a_page_that_does_not_exist_is_reported(tmp_path, caplog):
    config = _config(tmp_path)
    context = PageContext("wars/x.md")
    rendered = context.page("X", context.heading(1, "X"), el("p", context.a("wars/nowhere.md", "gone"), context.a("wars/y.md", "here", "s-1")))
    files = Files([File(uri, None, config.site_dir, True) for uri in ("wars/x.md", "wars/y.md")])
    page = GeneratedPage(rendered, files.get_file_from_path("wars/x.md"), config)
    page.read_source(config)
    with caplog.at_level(logging.WARNING):
        page.render(config, files)
    assert [r.getMessage() for r in caplog.records] == [
        "chronicle: Doc file 'wars/x.md' contains a link to 'wars/nowhere.md', but the target is not found among documentation files."
    ]
    assert page.links_to_anchors == {files.get_file_from_path("wars/y.md"): {"s-1": "wars/y.md#s-1"}}
    assert page.title == "X" and "x" in page.present_anchor_ids


@pytest.mark.parametrize(("anchor", "fails"), [("s-does-not-exist", True), (None, False)])
def test_a_strict_build_fails_on_a_link_to_a_missing_sentence_of_a_generated_page(tmp_path, anchor, fails):
    project = tiny_project(tmp_path, {"a.txt": "A\nAgdam fell on 23 July 1993.\n", "a.yml": "title: A\n"})
    built = mkdocs_build(project, project / "site-probe")
    sentence = built.data("sentences.jsonl")[1]["id"]
    target = anchor or sentence
    (project / "docs" / "index.md").write_text(f"# Tiny\n\n[the sentence](sources/a.md#{target})\n", encoding="utf-8")
    strict = mkdocs_build(project, project / "site", strict=True)
    assert (strict.returncode != 0) is fails, strict.log
    if fails:
        assert f"does not contain an anchor '#{target}'" in strict.log
