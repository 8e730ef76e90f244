"""Where long lists break into pages (``render.parts``): at calendar units a reader can name, then at statements' own
keys, so that one statement more or less changes the part it falls in, not every later one."""

from __future__ import annotations

import pytest

from chronicle.render.parts import calendar_unit, content_parts, pager_steps


@pytest.mark.parametrize(("heading", "depth", "unit"), [
    ("August 1993", 0, ("1993", "1993")),
    ("August 1993", 1, ("1993-h2", "July–December 1993")),
    ("August 1993", 2, ("1993-q3", "July–September 1993")),
    ("August 1993", 3, ("1993-08", "August 1993")),
    ("January 1994", 1, ("1994-h1", "January–June 1994")),
    ("March 1994", 2, ("1994-q1", "January–March 1994")),
    ("1993", 0, ("1993", "1993")),  # a statement of the whole year: before its months, a unit of its own below the year
    ("1993", 2, ("1993-whole", "1993 as a whole")),
    ("the 1990s", 1, ("the-1990s", "the 1990s")),
    ("Undated statements", 3, ("undated-statements", "Undated statements")),
])
def test_a_heading_lies_in_one_calendar_unit_at_each_depth(heading: str, depth: int, unit: tuple[str, str]) -> None:
    assert calendar_unit(heading, depth) == unit


def _levels():
    return [lambda item, d=d: calendar_unit(item[0], d) for d in range(4)]


def _dated(counts: dict[str, int]) -> list[tuple[str, str]]:
    """Items (heading, key) in date order: ``counts`` statements under each heading."""
    return [(heading, f"s{heading}/{n}") for heading, count in counts.items() for n in range(count)]


def _shape(parts) -> list[tuple[str, str | None, int]]:
    return [(p.uri, p.label, len(p.items)) for p in parts]


@pytest.mark.parametrize(("counts", "shape"), [
    ({"March 1993": 3, "April 1993": 4}, [("w/1993.md", None, 7)]),  # within the limit: one page, named by nothing more
    ({"March 1993": 3, "August 1993": 6}, [("w/1993.md", "January–June 1993", 3), ("w/1993-h2.md", "July–December 1993", 6)]),
    ({"1993": 2, "February 1993": 3, "March 1993": 4, "August 1993": 1},
     [("w/1993.md", "1993 as a whole", 2), ("w/1993-h1.md", "January–June 1993", 7), ("w/1993-h2.md", "July–December 1993", 1)]),
    ({"February 1993": 5, "March 1993": 6}, [("w/1993.md", "February 1993", 5), ("w/1993-03.md", "March 1993", 6)]),
    ({"1993": 9, "March 1993": 1}, [("w/1993.md", "1993 as a whole (1)", 4), ("w/1993-whole-2.md", "1993 as a whole (2)", 5), ("w/1993-h1.md", "January–June 1993", 1)]),
])
def test_a_busy_year_breaks_at_the_widest_calendar_units_that_fit(counts: dict[str, int], shape: list) -> None:
    assert _shape(content_parts("w/1993.md", _dated(counts), 8, _levels(), lambda item: item[1])) == shape


def test_a_month_that_alone_exceeds_a_page_breaks_at_its_statements_keys_and_no_part_exceeds_the_limit() -> None:
    parts = content_parts("w/1993.md", _dated({"March 1993": 100}), 10, _levels(), lambda item: item[1])
    assert max(len(p.items) for p in parts) <= 10 and [i for p in parts for i in p.items] == _dated({"March 1993": 100})
    assert [p.label for p in parts[:3]] == ["March 1993 (1)", "March 1993 (2)", "March 1993 (3)"]
    assert [p.uri for p in parts[:3]] == ["w/1993.md", "w/1993-03-2.md", "w/1993-03-3.md"]


def _changed(limit: int, count: int, inserted: str, at: int) -> tuple[list[int], int]:
    """Which parts (by position) of ``count`` keys in parts of ``limit`` differ (address, name or statements) once
    ``inserted`` is put in at ``at``, and how many parts the list gained."""
    items = [f"key{n}" for n in range(count)]
    before = content_parts("d/day.md", items, limit, (), str)
    after = content_parts("d/day.md", [*items[:at], inserted, *items[at:]], limit, (), str)
    was = {(p.uri, p.label, tuple(p.items)) for p in before}
    return [n for n, p in enumerate(after) if (p.uri, p.label, tuple(p.items)) not in was], len(after) - len(before)


@pytest.mark.parametrize("inserted", ["new", "another", "a third"])
@pytest.mark.parametrize("at", range(0, 4001, 97))
def test_one_statement_more_changes_the_part_it_falls_in_or_two(inserted: str, at: int) -> None:
    """Cut every N, an insertion moved every later boundary (20 parts here); at a page's 200, the breaks after the
    next statement whose key hashes to a break hold, and every other part keeps its address, name and statements."""
    changed, gained = _changed(200, 4000, inserted, at)
    assert gained == 0 and 1 <= len(changed) <= 2 and changed == list(range(changed[0], changed[0] + len(changed)))


@pytest.mark.parametrize("at", range(0, 201, 7))
def test_small_parts_change_from_the_insertion_on_and_stop(at: int) -> None:
    """With 10 to a page a break is a coin's toss: rarely, a part more renumbers those after it; else the changed parts
    are consecutive, hold the insertion first, and are few."""
    changed, gained = _changed(10, 200, "new", at)
    assert changed and changed == list(range(changed[0], changed[0] + len(changed)))
    assert gained != 0 or len(changed) <= 3


def test_the_same_list_breaks_the_same_way() -> None:
    items = [f"key{n}" for n in range(120)]
    assert _shape(content_parts("d/day.md", items, 10, (), str)) == _shape(content_parts("d/day.md", list(items), 10, (), str))


def test_a_pager_lists_the_chunks_of_its_own_month_and_each_other_unit_once() -> None:
    """A busy month's chunks growing by one change the pagers of that month's parts only."""
    parts = content_parts("w/1993.md", _dated({"February 1993": 5, "March 1993": 30}), 10, _levels(), lambda item: item[1])
    march = [p for p in parts if p.unit == "March 1993"]
    assert len(march) > 2 and parts[0].label == "February 1993"
    assert pager_steps(parts, parts[0]) == (("w/1993.md", "February 1993"), ("w/1993-03.md", "March 1993"))
    assert pager_steps(parts, march[1]) == (("w/1993.md", "February 1993"), *((p.uri, p.label) for p in march))
