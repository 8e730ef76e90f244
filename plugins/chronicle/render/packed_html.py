"""Generated pages' HTML held compressed between rendering and MkDocs' writing."""

from __future__ import annotations

import zlib


class PackedHTML:
    """A page's HTML kept compressed until MkDocs writes it (``packed``).

    ``mkdocs build`` renders every page before MkDocs writes the first: at
    10,000 sources that is gigabytes of HTML as Python strings. Compressed, a
    page holds about a tenth of it; ``str()`` gives the HTML back.
    """

    __slots__ = ("data",)
    # The page last unpacked: MkDocs and the theme read a page's HTML several times while they write it, one page
    # after another, so one page's HTML is all that is worth holding (each read unpacked it: 4 times a page before).
    _last: tuple[bytes, str] = (b"", "")

    def __init__(self, html: str) -> None:
        self.data = zlib.compress(html.encode("utf-8"), 1)

    def __str__(self) -> str:
        data, html = PackedHTML._last
        if data is not self.data:
            html = zlib.decompress(self.data).decode("utf-8")
            PackedHTML._last = (self.data, html)
        return html

    def __html__(self) -> str:
        return str(self)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PackedHTML) and other.data == self.data

    def __hash__(self) -> int:
        return hash(self.data)
