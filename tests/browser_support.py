"""Plumbing for the real-browser tests: serve a built site on 127.0.0.1 and watch what a page does.

Kept apart from test_browser.py so the tests read as a reader's actions and checks.
"""

from __future__ import annotations

import functools
import re
import sys
import threading
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from playwright.sync_api import BrowserContext, Page, Request, Route

CHROMIUM = "/usr/bin/chromium"
# Why the browser tests are skipped where Debian's chromium is missing (`make test` installs it when run as root).
CHROMIUM_MISSING = f"{CHROMIUM} not found: install Debian's chromium (apt-get install chromium) to run the browser tests"
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


# Any URL not on 127.0.0.1 (data: and blob: URLs never touch the network). Matching in the
# browser, rather than routing every request through Python, keeps a 200-page sweep fast.
FOREIGN_URL = re.compile(r"^(?!(https?|wss?)://127\.0\.0\.1[:/]|data:|blob:|about:)")


@dataclass
class Watch:
    """Everything a browser context did that a test must be able to fail on."""

    console_errors: list[str] = field(default_factory=list)
    foreign_requests: list[str] = field(default_factory=list)

    def attach(self, context: BrowserContext) -> None:
        """Block and note requests to other hosts, from pages and their workers alike."""
        context.route(FOREIGN_URL, self._block)
        context.on("request", self._note)
        context.on("page", self._attach_page)

    def _attach_page(self, page: Page) -> None:
        page.on("console", lambda msg: msg.type == "error" and self.console_errors.append(f"{page.url}: {msg.text}"))
        page.on("pageerror", lambda exc: self.console_errors.append(f"{page.url}: uncaught {exc}"))

    def _block(self, route: Route) -> None:
        self._note(route.request)
        route.abort("blockedbyclient")

    def _note(self, request: Request) -> None:
        if FOREIGN_URL.match(request.url) and request.url not in self.foreign_requests:
            self.foreign_requests.append(request.url)

    def assert_clean(self) -> None:
        assert not self.console_errors, "console errors:\n" + "\n".join(self.console_errors)
        assert not self.foreign_requests, "requests that left 127.0.0.1:\n" + "\n".join(self.foreign_requests)


DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 812}


def watched_context(browser, watch: Watch, viewport: dict = DESKTOP, **options) -> BrowserContext:
    """A browser context whose console errors and off-host requests ``watch`` records (service workers off, motion reduced)."""
    context = browser.new_context(viewport=viewport, service_workers="block", reduced_motion="reduce", **options)
    context.set_default_timeout(TIMEOUT_MS)
    watch.attach(context)
    return context
