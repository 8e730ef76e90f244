"""``mkdocs serve`` told of a saved file at once: the system's file events, with MkDocs' polling kept beside them.

MkDocs 1.6 watches the docs, the configuration and each ``watch`` folder by
polling: every half second it lists the files (some 2,000 at 1,000 sources,
25 ms of CPU each time) and compares their times, so a rebuild starts a
quarter of a second after a save on average, half a second at worst.
Watchdog's native observer (inotify, FSEvents, ReadDirectoryChangesW) reports
the save within a millisecond. Polling stays beside it for file systems that
send no events (some Docker and network mounts), and a change both report
reaches MkDocs once: the later report finds every file it names as the
earlier one left it. Reading a file is no change (the build reads them all).

MkDocs then waits for a tenth of a second without events before it rebuilds
(``build_delay``), so that a burst of saves makes one rebuild. Its polling
reports a burst at once; file events come within milliseconds of each other
(an editor writes a draft and moves it into place in well under that), so a
shorter quiet time (``QUIET_SECONDS``) still makes one rebuild of a burst.

Polling lists no folder while a rebuild runs (``Rebuilding``): at 1,000 sources
a listing and its comparison cost 10-15 ms of the interpreter's one lock, some
four times during a rebuild, taken from the rebuild. A change made meanwhile is
in the first listing after it (or came at once as a file event).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterable, Iterator
from typing import Any, Protocol

from watchdog.events import (DirCreatedEvent, DirDeletedEvent, DirModifiedEvent, DirMovedEvent, FileClosedEvent, FileCreatedEvent,
                             FileDeletedEvent, FileModifiedEvent, FileMovedEvent, FileSystemEvent, FileSystemEventHandler)
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver, ObservedWatch
from watchdog.observers.polling import PollingObserverVFS

log = logging.getLogger("mkdocs.plugins.chronicle")
# What a save, a new file, a rename or a removal sends; not the opening or reading of a file.
CHANGES = [FileCreatedEvent, FileModifiedEvent, FileMovedEvent, FileDeletedEvent, FileClosedEvent,
           DirCreatedEvent, DirModifiedEvent, DirMovedEvent, DirDeletedEvent]
FileState = tuple[int, int, int] | None  # (modified ns, size, inode), None: no such file
QUIET_SECONDS = 0.02  # without events for this long after one, MkDocs rebuilds (its own default: 0.1)


class Server(Protocol):
    """What this module uses of MkDocs' ``LiveReloadServer``: its public ``watch``, ``unwatch``, ``observer`` and ``build_delay``."""

    observer: Any
    build_delay: float

    def watch(self, path: str) -> None: ...

    def unwatch(self, path: str) -> None: ...


class Rebuilding:
    """Whether a rebuild is running (the plugin says when one begins and ends): polling lists no folder meanwhile."""

    def __init__(self) -> None:
        self._idle = threading.Event()
        self._idle.set()

    def begins(self) -> None:
        self._idle.clear()

    def ends(self) -> None:
        self._idle.set()

    def listdir(self, path: str | None) -> Iterator[os.DirEntry]:
        """``os.scandir`` once no rebuild runs (what the polling observer lists folders with)."""
        self._idle.wait()
        return os.scandir(path)


def watch_at_once(server: Server, paths: Iterable[str], rebuilding: Rebuilding) -> None:
    """Put ``Watchers`` in place of the server's observer (before the server starts it): polling at the same interval,
    paused while ``rebuilding``, and file events; move ``paths`` onto both. The server rebuilds after ``QUIET_SECONDS``
    without events.

    ``paths`` are the ones MkDocs may have watched before plugins could act (the
    docs folder, the configuration file, the theme's folders); a path it did not
    watch is left alone, and so is one watched twice (it stays polled).
    """
    moved = []
    for path in paths:
        try:
            server.unwatch(path)
        except KeyError:  # not watched
            continue
        moved.append(path)
    polling = PollingObserverVFS(os.stat, rebuilding.listdir, polling_interval=server.observer.timeout)
    server.observer = Watchers(polling, rebuilding=rebuilding)
    server.build_delay = QUIET_SECONDS
    for path in moved:
        server.watch(path)


class Watchers:
    """Two observers behind the interface MkDocs uses of one (``schedule``, ``unschedule``, ``start``, ``stop``, ``join``)."""

    def __init__(self, polling: BaseObserver, native: BaseObserver | None = None, rebuilding: Rebuilding | None = None) -> None:
        self.polling = polling
        self.native: BaseObserver | None = native if native is not None else Observer()
        self._rebuilding = rebuilding
        self._seen: dict[str, FileState] = {}
        self._lock = threading.Lock()

    def schedule(self, handler: FileSystemEventHandler, path: str, *, recursive: bool = False, **kwargs: Any) -> tuple[ObservedWatch, ...]:
        once = Once(handler, self._seen, self._lock)
        watches = [self.polling.schedule(once, path, recursive=recursive, **kwargs)]
        if self.native is not None:
            watches.append(self.native.schedule(once, path, recursive=recursive, event_filter=CHANGES))
        return tuple(watches)

    def unschedule(self, watches: tuple[ObservedWatch, ...]) -> None:
        for observer, watch in zip((self.polling, self.native), watches):
            if observer is not None:
                observer.unschedule(watch)

    def start(self) -> None:
        self.polling.start()
        if self.native is None:
            return
        try:
            self.native.start()
        except OSError as err:  # no more inotify watches, say: polling alone still sees every change
            log.warning(f"chronicle: file events unavailable ({err}); edits are noticed by polling, within half a second")
            self.native = None

    def stop(self) -> None:
        if self._rebuilding is not None:  # a listing waiting for a rebuild to end would hold up the polling thread's end
            self._rebuilding.ends()
        for observer in self._running():
            observer.stop()

    def join(self, timeout: float | None = None) -> None:
        for observer in self._running():
            observer.join(timeout)

    def _running(self) -> list[BaseObserver]:
        return [o for o in (self.polling, self.native) if o is not None and o.is_alive()]


class Once(FileSystemEventHandler):
    """Passes an event on unless every file it names is as an earlier event left it (both observers report each change)."""

    def __init__(self, handler: FileSystemEventHandler, seen: dict[str, FileState], lock: threading.Lock) -> None:
        self.handler = handler
        self._seen = seen
        self._lock = lock

    def dispatch(self, event: FileSystemEvent) -> None:
        paths = [os.fsdecode(p) for p in (event.src_path, event.dest_path) if p]
        states = {path: file_state(path) for path in paths}
        with self._lock:
            if all(path in self._seen and self._seen[path] == state for path, state in states.items()):
                return
            self._seen.update(states)
        self.handler.dispatch(event)


def file_state(path: str) -> FileState:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ino)
