"""The whole pipeline, corpus directory to pages and export rows, without MkDocs.

Each source is processed on its own (ingest -> segment -> extract), so a
rebuild during ``mkdocs serve`` reuses every source whose bytes, metadata and
reference data did not change; only indexing and rendering run again.
"""

from __future__ import annotations

import datetime as dt
import gc
import multiprocessing
import traceback
from collections import defaultdict
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from chronicle import events as event_resolver
from chronicle import ingest, lexicon
from chronicle.boilerplate import INFOBOX, dates_nothing, muted_days
from chronicle.carry import carried_over, citation
from chronicle.collector import collector_resting
from chronicle.extract import catalogue_years
from chronicle.extract import claims as claim_tagger
from chronicle.extract import dates as date_tagger
from chronicle.extract import discourse
from chronicle.extract import places as place_tagger
from chronicle.extract import wars as war_tagger
from chronicle.extract.war_names import counted_war_year, opening_war_year, war_spans
from chronicle.gazetteer import Gazetteer
from chronicle.index import NO_FACTS, Key, SiteIndex, SourceFilings, dated, file_source, update_index
from chronicle.lexicon import ClaimLexicon
from chronicle.model import Claim, Corpus, Diagnostic, Event, PlaceMention, RawSource, SentenceFacts, Source
from chronicle.rebuilds import KeptWhileSame, reuse
from chronicle.records import replace
from chronicle.render.addresses import Addresses, covered
from chronicle.render.aliases import alias_targets, redirect_files, written_spellings
from chronicle.render.common import MAX_STATEMENTS_PER_PAGE, Page
from chronicle.render.overview import render_overview
from chronicle.render.site import render_site
from chronicle.segment import segment, site_lines
from chronicle.wars import WarCatalog

# Below this many sources to extract, starting worker processes costs more than it saves.
PARALLEL_FROM = 40
DISTRICTS_FILE = "rayons.yaml"  # the gazetteer file that holds the districts
COUNTRIES_FILE = "countries.yaml"  # ... and the one that holds the countries with a district page (Armenia)
# A name for editors: (source id, paragraph number, sentence id, text, district it was filed under or None, why listed).
UnknownPlace = tuple[str, int, str, str, str | None, str]


@dataclass(frozen=True)
class Inputs:
    root: Path  # repository root: exported file paths are relative to it
    sources_dir: Path
    gazetteer_dir: Path
    wars_file: Path

    def data_files(self) -> dict[str, str]:
        """Repository paths an editor changes to change a war or a district page (none outside the repository)."""
        paths = {"wars": self.wars_file, "districts": self.gazetteer_dir / DISTRICTS_FILE,
                 "countries": self.gazetteer_dir / COUNTRIES_FILE}
        root = self.root.resolve()
        return {kind: p.resolve().relative_to(root).as_posix() for kind, p in paths.items() if p.resolve().is_relative_to(root)}


@dataclass(frozen=True)
class Processed:
    """One source after extraction, with what it contributes to the index."""

    source: Source
    facts: dict[Key, SentenceFacts]
    campaigns: dict[Key, tuple[str, ...]]
    unknown_places: tuple[UnknownPlace, ...]
    failure: str | None = None  # why extraction stopped on this source, which then files its sentences nowhere

    @cached_property
    def filings(self) -> SourceFilings:
        """Its share of the site index, computed once: ``mkdocs serve`` keeps unchanged sources' shares across rebuilds."""
        return file_source(self.source, self.facts, self.campaigns)

    @cached_property
    def claims(self) -> list[Claim]:
        """Its claims in reading order (sentences in order, each sentence's claims in text order)."""
        return [c for sentence in self.source.sentences() for c in self.facts.get((self.source.id, sentence.id), NO_FACTS).claims]


@dataclass
class Build:
    corpus: Corpus
    index: SiteIndex
    gazetteer: Gazetteer
    catalog: WarCatalog
    unknown_places: list[UnknownPlace] = field(default_factory=list)
    data_files: dict[str, str] = field(default_factory=dict)
    shares: dict[str, SourceFilings] = field(default_factory=dict)  # each source's share of the index, by source id
    reuse: event_resolver.Reuse = field(default_factory=event_resolver.Reuse)  # the events' clusters, for the next rebuild
    claims_of: dict[str, list[Claim]] = field(default_factory=dict)  # each source's claims as the events hold them, by source id

    @property
    def events(self) -> list[Event]:
        """Every event the sources' claims report, in the order of each event's first claim (DATA-EXPORT.md)."""
        return self.corpus.events


def reference(inputs: Inputs) -> tuple[Gazetteer, WarCatalog]:
    """The gazetteer and the wars (file paths in their messages relative to the repository root)."""
    return Gazetteer.load(inputs.gazetteer_dir, root=inputs.root), WarCatalog.load(inputs.wars_file, root=inputs.root)


def document_date(source: Source) -> dt.date | None:
    published = source.meta.published
    try:
        return dt.date.fromisoformat(published) if published and len(published) == 10 else None
    except ValueError:
        return None


def process(raw: RawSource, gazetteer: Gazetteer, catalog: WarCatalog, site: frozenset[str] = frozenset(),
            lexicons: Mapping[str, ClaimLexicon] | None = None) -> Processed:
    """Segment one source and extract its dates, places and wars (``site``: its publisher's repeated lines, ``site_lines``).

    ``lexicons`` are the claim lexicons by language, when the caller read them once for many sources (as it
    reads the gazetteer and the wars): ``lexicon.load`` looks at the files' times on every call.
    A fault in extraction comes back as the segmented source with no facts, ``failure`` saying what failed where.
    """
    source = segment(raw, site)
    try:
        return _extracted(source, gazetteer, catalog, lexicons)
    except Exception as err:  # noqa: BLE001 - a rule's fault on a text of a shape never seen must not cost the other
        # sources their pages, nor this one its sentences: its page still quotes every one, and the build reports it
        where = traceback.extract_tb(err.__traceback__)[-1]
        return Processed(source, {}, {}, (), failure=f"{type(err).__name__}: {err}, in {Path(where.filename).name}:{where.lineno}")


def _extracted(source: Source, gazetteer: Gazetteer, catalog: WarCatalog, lexicons: Mapping[str, ClaimLexicon] | None) -> Processed:
    """Dates, places, wars and claims of each sentence of a segmented source, and where each is filed."""
    texts = [[s.text for s in p.sentences] for p in source.paragraphs]
    title = source.meta.title
    # a chronology that never writes its year; a dispatch that only counts its war's years ("a five-year war")
    written = counted_war_year(texts, catalog)
    war_year = opening_war_year(title, texts, catalog) or written
    # the metadata's date, else the one the text states (header line, dateline)
    dates, day = date_tagger.tag_with_date(
        texts, title=title, document_date=document_date(source), language=source.meta.language, war_year=war_year,
        written_year=written, wars=war_spans(catalog)
    )
    places = place_tagger.tag_document(texts, gazetteer, source.meta.language)
    credits = discourse.credit_ends(texts)
    places = replace(places, mentions=discourse.outside_credits(places.mentions, credits))
    places = replace(places, mentions=discourse.districts_in_their_time(places.mentions, dates, day, gazetteer.history))
    dates = catalogue_years.settle(dates, places.mentions, catalog, texts, title)  # days no year of the text dates
    abroad_pages = gazetteer.filed_abroad
    topic = place_tagger.filing_districts(_title_places(title, gazetteer, source.meta.language), abroad_pages)
    inherited = discourse.inherited_districts(places.mentions, texts, dates, topic, gazetteer.seat_of_government, credits,
                                              abroad_pages)
    under_heading = date_tagger.heading_dates(texts, dates)
    own_dates = [[_own_dates(ds) for ds in para] for para in dates]
    own_districts = [[place_tagger.filing_districts(ms, abroad_pages) for ms in para] for para in places.mentions]
    carried = discourse.carried_dates(texts, dates, own_districts, source.meta.language)
    named = [[tuple(m.district for m in ms if m.district) for ms in para] for para in places.mentions]
    abroad = place_tagger.only_abroad([m for paragraph, para in zip(source.paragraphs, places.mentions)  # not the site's address
                                       for sentence, ms in zip(paragraph.sentences, para) if not sentence.boilerplate for m in ms])
    wars = war_tagger.tag_document(texts, dates, catalog, title=title, document_date=day, districts=named, headings=under_heading,
                                   abroad=abroad, abroad_sentences=[[place_tagger.only_abroad(ms) for ms in para]
                                                                    for para in places.mentions],
                                   chrome=[[s.boilerplate and dates_nothing(paragraph.boilerplate) for s in paragraph.sentences]
                                           for paragraph in source.paragraphs])
    # a muted dateline or infobox row files its own days only; an infobox's, under the place its article's lead names
    muted = [[muted_days(paragraph.boilerplate, ds) for ds in dates[i]] for i, paragraph in enumerate(source.paragraphs)]
    districts = [[() if s.boilerplate else own_districts[i][j] or inherited[i][j] for j, s in enumerate(paragraph.sentences)]
                 for i, paragraph in enumerate(source.paragraphs)]
    boxed = _boxed_districts(source, muted, districts)
    facts, campaigns = {}, {}
    for i, paragraph in enumerate(source.paragraphs):
        for j, sentence in enumerate(paragraph.sentences):
            key = (source.id, sentence.id)
            content = not sentence.boilerplate
            facts[key] = SentenceFacts(
                dates=tuple(dates[i][j]),
                places=tuple(places.mentions[i][j]),
                wars=tuple(wars.mentions[i][j]),
                filed_districts=districts[i][j] if content else boxed[i] * bool(muted[i][j]),
                filed_dates=(own_dates[i][j] or (under_heading[i],) * bool(under_heading[i])) if content else muted[i][j],
                filed_wars=tuple(wars.filed[i][j]) if content else (),
            )
            campaigns[key] = tuple(wars.campaigns[i][j]) if content else ()
    language = (source.meta.language or "en").split("-")[0]
    lexicons = lexicon.load() if lexicons is None else lexicons
    claims = claim_tagger.tag_source(source, facts, lexicons.get(language), catalog, day)
    facts = {key: replace(f, claims=claims[key]) if claims.get(key) else f for key, f in facts.items()}  # most state none
    # a sentence that goes on with the day told before it is filed on that day's page; its claims were dated
    # first, by their own narrative (claims.dating), which a day so carried must not override
    for i, paragraph in enumerate(source.paragraphs):
        for j, sentence in enumerate(paragraph.sentences):
            key = (source.id, sentence.id)
            if carried[i][j] and not own_dates[i][j] and not sentence.boilerplate:
                facts[key] = replace(facts[key], filed_dates=carried[i][j])
    unknown = tuple(
        (source.id, c.paragraph + 1, source.paragraphs[c.paragraph].sentences[c.sentence].id, c.text, c.district, c.note)
        for c in places.unknown
    )
    return Processed(source, facts, campaigns, unknown)


_WORKER_REFERENCE: tuple[Gazetteer, WarCatalog, Mapping[str, ClaimLexicon]] | None = None


def process_many(
    raws: list[RawSource], gazetteer: Gazetteer, catalog: WarCatalog, workers: int, sites: list[frozenset[str]] | None = None
) -> list[Processed]:
    """``process`` for each source, in ``workers`` processes when there are enough sources to pay for starting them."""
    sites = sites if sites is not None else [frozenset()] * len(raws)
    lexicons = lexicon.load()  # once for all the sources, as the gazetteer and the wars
    if workers < 2 or len(raws) < PARALLEL_FROM:
        with collector_resting():
            return [process(r, gazetteer, catalog, site, lexicons) for r, site in zip(raws, sites)]
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_set_worker_reference,
                             initargs=(gazetteer, catalog, lexicons)) as pool:
        return list(pool.map(_process_in_worker, raws, sites, chunksize=max(1, len(raws) // (workers * 8))))


def _set_worker_reference(gazetteer: Gazetteer, catalog: WarCatalog, lexicons: Mapping[str, ClaimLexicon]) -> None:
    global _WORKER_REFERENCE
    _WORKER_REFERENCE = (gazetteer, catalog, lexicons)
    gc.disable()  # a worker only extracts (see ``collector_resting``); a collection would also walk the parent's heap


def _process_in_worker(raw: RawSource, site: frozenset[str]) -> Processed:
    gazetteer, catalog, lexicons = _WORKER_REFERENCE
    return process(raw, gazetteer, catalog, site, lexicons)


def _title_places(title: str | None, gazetteer: Gazetteer, language: str | None) -> list[PlaceMention]:
    """The places the title names, a dateline's city as no place of events: a text titled by its first line
    ("YEREVAN, OCTOBER 10, ARMENPRESS.") is about what it reports, not where the agency wrote."""
    lines = [[title or ""]]
    mentions = place_tagger.tag_document(lines, gazetteer, language).mentions
    return discourse.outside_credits(mentions, discourse.credit_ends(lines))[0][0]


def _boxed_districts(source: Source, muted: list[list[tuple[str, ...]]],
                     districts: list[list[tuple[str, ...]]]) -> list[tuple[str, ...]]:
    """Per paragraph, the districts an infobox row that files days is filed under (``discourse.boxed_districts``)."""
    paragraphs = source.paragraphs
    boxes = [paragraph.boilerplate == INFOBOX and any(days) for paragraph, days in zip(paragraphs, muted)]
    return discourse.boxed_districts(boxes, [not paragraph.boilerplate for paragraph in paragraphs], districts)


def _own_dates(mentions) -> tuple[str, ...]:
    """The dates a sentence's own words file it under (else it takes the day its story or its heading tells)."""
    return tuple(dict.fromkeys(m.value for m in mentions if dated(m)))


def assemble(processed: list[Processed], diagnostics: list, gazetteer: Gazetteer, catalog: WarCatalog, inputs: Inputs,
             previous: Build | None = None) -> Build:
    """The corpus, its events and its index; ``previous``'s index and events are reused where no changed source reaches."""
    corpus = Corpus(sources=[p.source for p in processed], diagnostics=[*diagnostics, *gazetteer.warnings])
    unknown: list[tuple[str, int, str, str]] = []
    for p in processed:
        corpus.facts.update(p.facts)
        if p.failure is not None:
            corpus.diagnostics.append(Diagnostic(p.source.raw.path, None, f"extraction failed ({p.failure}): its sentences are on "
                                                 "its page, filed under no date, place or war (please report this)"))
        if not p.unknown_places:
            continue
        unknown.extend(p.unknown_places)
        lines = {para.number: para.line for para in p.source.paragraphs}
        corpus.diagnostics += [
            Diagnostic(p.source.raw.path, lines[number], f"place name {text!r} is {note}"
                       f"{f' ({district})' if district else ''} (see the editors' page)")
            for _, number, _, text, district, note in p.unknown_places
        ]
    reuse = previous.reuse if previous is not None else event_resolver.Reuse()
    before = previous.shares if previous is not None else {}
    claimed = previous.claims_of if previous is not None else {}
    claims_of = {p.source.id: _claims(p, before.get(p.source.id), claimed.get(p.source.id)) for p in processed}
    corpus.claims = [c for source_id in sorted(claims_of) for c in claims_of[source_id]]
    corpus.events = event_resolver.resolve(corpus.claims, reuse=reuse)
    shares = {p.source.id: _share(p.filings, before.get(p.source.id)) for p in processed}
    index = update_index(
        previous.index if previous is not None else SiteIndex(),
        [share for source_id, share in before.items() if shares.get(source_id) is not share],
        [share for source_id, share in shares.items() if before.get(source_id) is not share],
    )
    return Build(corpus, index, gazetteer, catalog, unknown, inputs.data_files(), shares, reuse, claims_of)


def _share(filed: SourceFilings, before: SourceFilings | None) -> SourceFilings:
    """A source's share of the index: ``filed``, its statements that pages show as before kept the previous share's objects
    (``carry.carried_over``); the previous share itself while the source is as it was."""
    if before is None:
        return filed
    if before is filed or before.filed_from is filed:  # the source as it was
        return before
    return carried_over(before, filed)


def _claims(processed: Processed, before: SourceFilings | None, claims: list[Claim] | None) -> list[Claim]:
    """A source's claims: the previous build's very objects (``claims``, from its share ``before``) when the source was
    processed anew but every claim, the sentence that says it and what the export and the event pages show of the source
    are as they were.

    An edit elsewhere in the source (a sentence appended, a typo mended) then leaves its
    events the same objects, so their clusters, links, pages and export lines are kept
    (``events.Reuse``): the busiest events hold a thousand claims and more.
    """
    fresh = processed.claims
    if before is None or claims is None or before is processed.filings:
        return fresh
    if before.filed_from is processed.filings:  # the source as it was in the previous build: its claims as they were
        return claims
    old = before.statements[0][1].source if before.statements else None
    new = processed.source
    if fresh != claims or old is None or citation(old) != citation(new):
        return fresh
    was, now = dict(before.statements), dict(processed.filings.statements)
    for claim in fresh:
        a, b = was.get((claim.source, claim.sentence)), now.get((claim.source, claim.sentence))
        if a is None or b is None or (a.sentence.text, a.facts, a.paragraph.number) != (b.sentence.text, b.facts, b.paragraph.number):
            return fresh
    return claims


def run(inputs: Inputs) -> Build:
    """The whole pipeline in one call (tests, benchmarks, other generators)."""
    gazetteer = Gazetteer.load(inputs.gazetteer_dir)
    catalog = WarCatalog.load(inputs.wars_file)
    raws, diagnostics = ingest.read_corpus(inputs.sources_dir, inputs.root)
    processed = process_many(raws, gazetteer, catalog, 1, site_lines(raws))
    return assemble(processed, diagnostics, gazetteer, catalog, inputs)


def render_pages(build: Build, directory_urls: bool = True, statements_per_page: int = MAX_STATEMENTS_PER_PAGE) -> list[Page]:
    """Every generated page, sorted by path so builds are reproducible."""
    return render_site(build, directory_urls, statements_per_page).pages()


def redirects(build: Build, page_url, directory_urls: bool, kept: KeptWhileSame | None = None) -> dict[str, str]:
    """Redirect files for the other spellings of each district (``kept``: a rebuild keeps each unchanged source's spellings)."""
    addresses = Addresses(build.gazetteer, build.catalog)
    addresses.covered = covered(build.index)
    written: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for share in build.shares.values():
        spelled = reuse(kept, ("written", share.source_id), (share,), lambda: written_spellings(st for _, st in share.statements))
        for place, names in spelled.items():
            written[place] |= names
    # The files follow from the spellings written, the districts with pages and the URLs: most edits change none of them.
    shown = (frozenset((place, frozenset(names)) for place, names in written.items()), addresses.covered["districts"], directory_urls)
    return reuse(kept, ("redirects",), (build.gazetteer, build.catalog, build.index),
                 lambda: (shown, redirect_files(alias_targets(addresses, written), page_url, directory_urls)),
                 lambda was, made: made if was[0] is build.gazetteer and was[1] is build.catalog and made[0] == shown else None)[1]


def overview(build: Build, directory_urls: bool = True, kept: KeptWhileSame | None = None) -> str:
    """The home page's overview section as HTML (the hand-written home page marks where it goes)."""
    addresses = Addresses(build.gazetteer, build.catalog, build.data_files, directory_urls)
    addresses.kept = kept
    return str(render_overview(build.index, addresses))
