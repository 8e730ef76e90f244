"""Sources in Russian, Azerbaijani and Armenian on the built site: quoted in their language, marked, found by search.

One small build of a copy of the project with four sources written for this
test: a Russian one that declares its language, Azerbaijani and Armenian ones
that do not (the text tells), and an English one. The pages are read with
BeautifulSoup; the tests marked ``browser`` drive Chromium against them: the
language tags are shown, and Pagefind finds a quote and a district by their
Cyrillic, Armenian-script and Azerbaijani words although every page is an
English page (``<html lang="en">``: one index, whose English stemmer leaves
other scripts' words whole).
"""

from __future__ import annotations

import shutil
from urllib.parse import urljoin

import pytest
from playwright.sync_api import Page, expect

from browser_support import TIMEOUT_MS, SiteServer
from chronicle.gazetteer import Gazetteer
from chronicle.render.common import slugify
from conftest import BuiltSite, copy_project, mkdocs_build
from test_search import _result_paths, _search

expect.set_options(timeout=TIMEOUT_MS)

SOURCES = {
    "ru_svodka": ("language: ru\nperspective: russian\npublished: '2020-11-09'\ntitle: Сводка за девятое ноября\n",
                  "Утром 8 ноября 2020 года была освобождена Шуша, сообщило министерство обороны.\n\n"
                  "Накануне в Степанакерте снова звучали сирены воздушной тревоги.\n"),
    "az_xeber": ("perspective: azerbaijani\npublished: '2020-10-18'\ntitle: Füzuli xəbəri\n",
                 "Füzuli şəhəri 2020-ci il oktyabrın 17-də azad edildi.\n\n"
                 "Şəhərdə mina təmizləmə işləri artıq başlayıb, sakinlər geri qayıtmağı gözləyir.\n"),
    "hy_lur": ("perspective: armenian\npublished: '2020-10-05'\ntitle: Լուր Ստեփանակերտից\n",
               "Ստեփանակերտը 2020 թվականի հոկտեմբերի 4-ին հրետակոծվեց։\n\n"
               "Բնակիչները ապաստան գտան նկուղներում, իսկ Ֆիզուլիի ուղղությամբ մարտերը շարունակվում էին։\n"),
    "en_report": ("language: en\nperspective: neutral\npublished: '2020-10-18'\ntitle: Fuzuli report\n",
                  "On 17 October 2020 Fuzuli was taken by Azerbaijani forces, the ministry said.\n"),
}
# source id -> (language, detected?, the tag beside its quotes)
LANGUAGES = {"ru_svodka": ("ru", False, "RU"), "az_xeber": ("az", True, "AZ"), "hy_lur": ("hy", True, "HY"),
             "en_report": ("en", False, None)}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> BuiltSite:
    project = copy_project(tmp_path_factory.mktemp("languages") / "project")
    sources = project / "corpus" / "sources"
    shutil.rmtree(sources)
    sources.mkdir()
    for name, (meta, text) in SOURCES.items():
        (sources / f"{name}.yml").write_text(meta, encoding="utf-8")
        (sources / f"{name}.txt").write_text(text, encoding="utf-8")
    site = mkdocs_build(project, project / "site")
    assert site.returncode == 0, site.log
    return site


def _source_url(built: BuiltSite, source_id: str) -> str:
    return next(row["page"] for row in built.data("sources.json") if row["id"] == source_id)


def _district_url(built: BuiltSite, code: str) -> str:
    """A district's page URL, as the site names it (its gazetteer name, slugified)."""
    name = Gazetteer.load(built.root / "corpus" / "gazetteer").district(code).name
    return f"districts/{slugify(name)}/"


@pytest.mark.parametrize("source_id", sorted(LANGUAGES))
def test_the_export_says_each_source_s_language_and_whether_the_text_told_it(built, source_id):
    row = next(r for r in built.data("sources.json") if r["id"] == source_id)
    language, detected, _ = LANGUAGES[source_id]
    assert (row["language"], row["language_detected"]) == (language, detected)


@pytest.mark.parametrize("source_id", sorted(LANGUAGES))
def test_a_source_page_marks_its_text_with_its_language(built, source_id):
    page = built.html(_source_url(built, source_id))
    language, detected, _ = LANGUAGES[source_id]
    assert page.select_one("article div.chronicle-text")["lang"] == language
    names = {"ru": "Russian", "az": "Azerbaijani", "hy": "Armenian", "en": "English"}
    assert [f.get_text() for f in page.select('[data-pagefind-filter="language"]')] == [names[language]]  # the search filter
    shown = [row.select("td")[1].get_text() for row in page.select("article .admonition tr") if row.td and row.td.get_text() == "Language"]
    assert len(shown) == 1 and shown[0].endswith(f"({language}), detected from the text" if detected else f"({language})")


def test_every_quote_carries_its_source_s_language_and_a_tag_unless_english(built):
    """On every generated page: the quote's ``lang``, the tag after its footnote, the footnote naming the language."""
    seen = set()
    for path in sorted(built.site.glob("*/**/index.html")):
        soup = built.html(path.parent.relative_to(built.site).as_posix() + "/")
        for q in soup.select("article q.chronicle-quote"):
            source_id = q.find_next_sibling("sup").a["href"].split("#fn:", 1)[1].split("-s-")[0]
            language, _, tag = LANGUAGES[source_id]
            assert q["lang"] == language
            after = q.find_next_sibling("sup").find_next_sibling()
            shown = after.get_text() if after is not None and "chronicle-lang" in after.get("class", []) else None
            assert shown == tag, (path, source_id)
            seen.add(source_id)
    assert seen == set(LANGUAGES)  # each source is quoted on some page


def test_an_event_page_gives_each_wording_its_language(built):
    """'была освобождена' beside 'azad edildi': the claims table and the wordings by perspective."""
    pages = [built.html(p.parent.relative_to(built.site).as_posix() + "/") for p in sorted(built.site.glob("events/*/index.html"))]
    rows = [row for page in pages for row in page.select("article table.chronicle-claims tbody tr")]
    assert {row.select_one("q.chronicle-quote")["lang"] for row in rows} == {"ru", "az", "hy", "en"}
    assert all(row.select_one("q.chronicle-wording")["lang"] == row.select_one("q.chronicle-quote")["lang"] for row in rows)
    facets = [q for page in pages for q in page.select("article .chronicle-facets q.chronicle-wording")]
    assert facets and all(q["lang"] in ("ru", "az", "hy", "en") for q in facets)


def test_a_footnote_to_a_foreign_source_names_its_language(built):
    notes = " ".join(li.get_text() for path in built.site.glob("districts/*/index.html")
                     for li in built.html(path.parent.relative_to(built.site).as_posix() + "/").select("div.footnote li"))
    assert [language for language in ("Russian", "Azerbaijani", "Armenian", "English") if f"in {language}" in notes] == [
        "Russian", "Azerbaijani", "Armenian"]


# ----------------------------------------------------------------------------- in the browser

browser_test = pytest.mark.browser


@pytest.fixture(scope="module")
def served(built):
    with SiteServer(built.site) as server:
        yield server.base_url


def _open(page: Page, base_url: str, url: str = "") -> None:
    response = page.goto(urljoin(base_url, url), wait_until="load")
    assert response is not None and response.ok, url
    expect(page.locator(".md-header pagefind-modal-trigger button")).to_be_visible()


def _found(page: Page, query: str) -> list[str]:
    """Open search, type ``query``, return the site-relative paths of the results listed, once all are shown."""
    return _result_paths(page, _search(page, query))


@browser_test
@pytest.mark.parametrize("source_id", ["ru_svodka", "az_xeber", "hy_lur"])
def test_the_language_tag_is_shown_beside_a_foreign_quote(page, watch, served, built, source_id):
    _, _, tag = LANGUAGES[source_id]
    district = {"ru_svodka": "AZ-SUS", "az_xeber": "AZ-FUZ", "hy_lur": "AZ-XA"}[source_id]
    _open(page, served, _district_url(built, district))
    quote = page.locator(f"article q.chronicle-quote:has-text('{SOURCES[source_id][1].split()[0]}')").first
    expect(quote).to_be_visible()
    label = page.locator("article abbr.chronicle-lang", has_text=tag).first
    expect(label).to_be_visible()
    assert label.get_attribute("title").startswith("Quoted in ")
    watch.assert_clean()


@browser_test
@pytest.mark.parametrize("query, source_id", [
    ("освобождена", "ru_svodka"),  # a Russian word of a Russian quote
    ("հրետակոծվեց", "hy_lur"),  # an Armenian word of an Armenian quote
    ("təmizləmə", "az_xeber"),
])
def test_a_quote_is_found_by_a_word_in_its_own_script(page, watch, served, built, query, source_id):
    _open(page, served)
    assert _source_url(built, source_id) in _found(page, query)
    watch.assert_clean()


@browser_test
@pytest.mark.parametrize("query, code", [
    ("Физули", "AZ-FUZ"),
    ("Ֆիզուլի", "AZ-FUZ"),
    ("Füzuli", "AZ-FUZ"),
    ("Степанакерт", "AZ-XA"),
    ("Ստեփանակերտ", "AZ-XA"),
])
def test_a_district_is_found_by_its_cyrillic_armenian_and_azerbaijani_spellings(page, watch, served, built, query, code):
    _open(page, served)
    assert _district_url(built, code) in _found(page, query)
    watch.assert_clean()
