"""`mkdocs serve` hears of a saved file from the system's file events, polling beside them, and of each change once."""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from mkdocs.livereload import LiveReloadServer
from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer
from watchdog.observers.polling import PollingObserverVFS

from chronicle.watching import QUIET_SECONDS, Rebuilding, Watchers, watch_at_once

POLL = 0.1  # the polling observer's interval in these tests (MkDocs polls every 0.5 s)
SETTLE = 8 * POLL  # long enough for both observers to have reported whatever they will
WAIT = 30.0  # a busy runner; the wait ends as soon as the event arrives


class Recorder(FileSystemEventHandler):
    def __init__(self) -> None:
        self.events: list[FileSystemEvent] = []

    def on_any_event(self, event: FileSystemEvent) -> None:
        self.events.append(event)

    def naming(self, path: Path) -> list[FileSystemEvent]:
        return [e for e in self.events if str(path) in (os.fsdecode(e.src_path), os.fsdecode(e.dest_path))]


class NoFileEvents(Observer):
    """A system without file events left (inotify's watches used up, say)."""

    def start(self) -> None:
        raise OSError("inotify watch limit reached")


def _save(path: Path, text: str) -> None:
    """Write a file as editors do: whole, then moved into place (so one state of it is ever seen)."""
    draft = path.parent.parent / f".{path.name}.draft"
    draft.write_text(text, encoding="utf-8")
    os.replace(draft, path)


def _wait_for(recorder: Recorder, path: Path) -> None:
    deadline = time.monotonic() + WAIT
    while not recorder.naming(path):
        if time.monotonic() > deadline:
            pytest.fail(f"no event for {path}")
        time.sleep(POLL / 4)
    time.sleep(SETTLE)


@pytest.fixture
def watched(tmp_path: Path):
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "old.txt").write_text("An old source.\n", encoding="utf-8")
    return folder, Recorder()


def _started(folder: Path, recorder: Recorder, native=None, rebuilding: Rebuilding | None = None) -> Watchers:
    """Watchers as ``watch_at_once`` makes them, polling every ``POLL`` seconds."""
    rebuilding = rebuilding or Rebuilding()
    watchers = Watchers(PollingObserverVFS(os.stat, rebuilding.listdir, polling_interval=POLL), native, rebuilding)
    watchers.schedule(recorder, str(folder), recursive=True)
    watchers.start()
    time.sleep(SETTLE)  # the polling observer's first listing is its reference
    return watchers


@contextlib.contextmanager
def _watching(folder: Path, recorder: Recorder, native=None, rebuilding: Rebuilding | None = None) -> Iterator[Watchers]:
    """``_started`` watchers, stopped and joined however the test ends."""
    watchers = _started(folder, recorder, native, rebuilding)
    try:
        yield watchers
    finally:
        watchers.stop()
        watchers.join()


@pytest.mark.parametrize("change", ["a new file", "a file saved again", "a file removed"])
def test_each_change_reaches_mkdocs_once_though_both_observers_see_it(watched, change: str) -> None:
    folder, recorder = watched
    with _watching(folder, recorder):
        target = folder / ("new.txt" if change == "a new file" else "old.txt")
        if change == "a file removed":
            target.unlink()
        else:
            _save(target, "Fuzuli was shelled on 20 August 1993.\n")
        _wait_for(recorder, target)
        assert len(recorder.naming(target)) == 1, [e.event_type for e in recorder.naming(target)]


def test_reading_a_file_is_no_change(watched) -> None:
    """The build reads every source: were reading a change, each build would start the next."""
    folder, recorder = watched
    with _watching(folder, recorder):
        assert (folder / "old.txt").read_text(encoding="utf-8")
        time.sleep(SETTLE)
        assert recorder.events == []


def test_polling_alone_when_the_system_sends_no_file_events(watched) -> None:
    folder, recorder = watched
    with _watching(folder, recorder, native=NoFileEvents()) as watchers:
        assert watchers.native is None
        _save(folder / "new.txt", "Agdam fell on 23 July 1993.\n")
        _wait_for(recorder, folder / "new.txt")


def test_polling_lists_no_folder_while_a_rebuild_runs_and_sees_what_changed_meanwhile_after_it(watched) -> None:
    """A listing takes the interpreter's lock from the rebuild (10-15 ms at 1,000 sources, every half second)."""
    folder, recorder = watched
    rebuilding = Rebuilding()
    with _watching(folder, recorder, native=NoFileEvents(), rebuilding=rebuilding):
        rebuilding.begins()
        _save(folder / "new.txt", "Agdam fell on 23 July 1993.\n")
        time.sleep(SETTLE)
        assert recorder.events == []
        rebuilding.ends()
        _wait_for(recorder, folder / "new.txt")


def test_a_polling_observer_waiting_for_a_rebuild_still_stops(watched) -> None:
    folder, recorder = watched
    rebuilding = Rebuilding()
    watchers = _started(folder, recorder, rebuilding=rebuilding)
    rebuilding.begins()  # a rebuild that never ends: the server is stopped during it
    time.sleep(SETTLE)
    watchers.stop()
    watchers.join(timeout=WAIT)
    assert not watchers.polling.is_alive()


def test_the_paths_mkdocs_watched_before_the_plugin_move_onto_both_observers(tmp_path: Path) -> None:
    docs, unwatched = tmp_path / "docs", tmp_path / "elsewhere"
    docs.mkdir()
    unwatched.mkdir()
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path))  # not bound: never served
    server.watch(str(docs))
    interval = server.observer.timeout
    watch_at_once(server, [str(docs), str(unwatched)], Rebuilding())
    assert isinstance(server.observer, Watchers) and server.observer.polling.timeout == interval  # MkDocs' interval, paused in rebuilds
    polling = server.observer.polling
    assert [len(server.observer.native.emitters), len(polling.emitters)] == [1, 1]  # docs only, on both
    assert server.build_delay == QUIET_SECONDS < 0.1  # file events come at once: MkDocs' wait for quiet shrinks
    server.unwatch(str(docs))
    assert [len(server.observer.native.emitters), len(polling.emitters)] == [0, 0]
