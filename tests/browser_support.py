"""Plumbing for the real-browser tests: serve a built site on 127.0.0.1 and watch what a page does.

Kept apart from test_browser.py so the tests read as a reader's actions and checks.
"""

from __future__ import annotations

import functools
import sys
import threading
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import BrowserContext, Page, Route

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-quic",
    "--disable-sync",
]
LOCAL_HOST = "127.0.0.1"
# Generous for a busy 2-core CI runner; every wait is for a condition, never a fixed sleep.
TIMEOUT_MS = 20_000


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's signature
        pass


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        """A browser dropping a connection it no longer needs is normal, not worth a traceback."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class SiteServer:
    """The built site over HTTP in a background thread, as a static host would serve it."""

    def __init__(self, root: Path) -> None:
        handler = functools.partial(_QuietHandler, directory=str(root))
        self._httpd = _QuietServer((LOCAL_HOST, 0), handler)
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://{LOCAL_HOST}:{self._httpd.server_address[1]}/"

    def __enter__(self) -> "SiteServer":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)


@dataclass
class Watch:
    """Everything a browser context did that a test must be able to fail on."""

    console_errors: list[str] = field(default_factory=list)
    foreign_requests: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def attach(self, context: BrowserContext) -> None:
        """Route every request (pages and workers) through a recorder that blocks other hosts."""
        context.route("**/*", self._route)
        context.on("request", lambda request: self._record(request.url))
        context.on("page", self.attach_page)

    def attach_page(self, page: Page) -> None:
        page.on("console", lambda msg: msg.type == "error" and self.console_errors.append(f"{page.url}: {msg.text}"))
        page.on("pageerror", lambda exc: self.console_errors.append(f"{page.url}: uncaught {exc}"))

    def _route(self, route: Route) -> None:
        if self._record(route.request.url):
            route.continue_()
        else:
            route.abort("blockedbyclient")

    def _record(self, url: str) -> bool:
        """Note the URL; True when it stays on 127.0.0.1 (data: and blob: never touch the network)."""
        parts = urlsplit(url)
        if parts.scheme in ("data", "blob", "about"):
            return True
        self.requests.append(url)
        local = parts.hostname == LOCAL_HOST
        if not local and url not in self.foreign_requests:
            self.foreign_requests.append(url)
        return local

    def assert_clean(self) -> None:
        assert not self.console_errors, "console errors:\n" + "\n".join(self.console_errors)
        assert not self.foreign_requests, "requests that left 127.0.0.1:\n" + "\n".join(self.foreign_requests)
