"""Plain-text and Markdown sources: decoding and paragraphs with their lines."""

from __future__ import annotations

import re

from chronicle.model import Diagnostic

# Lines no longer than this, with several lines per block, mean a hard-wrapped text.
HARD_WRAP_WIDTH = 100
# Line ends as an editor counts them; str.splitlines() also splits on form
# feeds, U+2028 and other characters, which would shift every later line number.
_LINE_END = re.compile(r"\r\n|\r|\n")
# A line that ends its own sentence, a table row, or a list item: the next line starts anew, it does not wrap.
_LINE_DONE = re.compile(r"[.!?:;\"”’)\]…]\s*$|\|")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•–—]\s|\d{1,4}\s*[-–—]\s|\d{1,3}[.)]\s)")
# A monitoring transcript's speaker or editor label opening a line: "[Presenter]", "[Correspondent over video]".
_SPEAKER_LABEL = re.compile(r"^\s*\[[A-Z]")
# A wrapped line shorter than this share of the text's widest line ends its paragraph (a last line, a header line).
_SHORT_LINE_SHARE = 0.5


def decode(data: bytes, rel: str) -> tuple[str, Diagnostic | None]:
    """UTF-8 (a BOM is allowed); anything else is reported at its line, not guessed."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        return "", Diagnostic(rel, line, f"not valid UTF-8 (byte {data[err.start]:#04x} at offset {err.start}); skipped", fatal=True)
    nul = nul_problem(text, rel)
    return ("", nul) if nul else (text, None)


def nul_problem(text: str, rel: str) -> Diagnostic | None:
    """A NUL byte means a binary or corrupted file: refused rather than published."""
    at = text.find("\0")
    if at < 0:
        return None
    return Diagnostic(rel, text.count("\n", 0, at) + 1, "NUL byte in the text (a binary or corrupted file?); skipped", fatal=True)


def split_lines(text: str) -> list[str]:
    return _LINE_END.split(text)


def text_blocks(text: str, *, markdown: bool = False) -> list[tuple[int, str]]:
    """Paragraphs of a plain text with the line each starts on.

    One paragraph per line, as most exported texts are; blank-line-separated
    blocks when the text is hard-wrapped or Markdown.
    """
    lines = split_lines(text)
    if not markdown and not _hard_wrapped(lines):
        return [(n, line) for n, line in enumerate(lines, 1) if line.strip()]
    ends = _wrapped_paragraph_ends(lines) if not markdown else frozenset()
    blocks: list[tuple[int, str]] = []
    start, current = 0, []
    for n, line in enumerate(lines + [""], 1):
        if line.strip():
            start = start or n
            current.append(line.strip())
        if current and (not line.strip() or n in ends):
            blocks.append((start, " ".join(current)))
            start, current = 0, []
    return blocks


def _wrapped_paragraph_ends(lines: list[str]) -> frozenset[int]:
    """Lines (numbered from 1) that end a paragraph although no blank line follows them.

    Wire and monitoring copy is often wrapped without blank lines between its
    paragraphs: a paragraph's last line, a source line ("ANS TV, Baku") and a
    date line ("20 May 04") stop well short of the wrap width (a header line,
    unpunctuated, also stands apart from the line before it), and a speaker label ("[Presenter]") opens a new turn after a finished
    sentence. Without these breaks a whole transcript is one paragraph, its
    header glued to its first sentence.
    """
    width = max((len(line.rstrip()) for line in lines), default=0)

    def short(line: str) -> bool:
        return len(line.rstrip()) < width * _SHORT_LINE_SHARE

    ends = set()
    for n, (line, after) in enumerate(zip(lines, lines[1:]), 1):
        if not line.strip() or not after.strip():
            continue
        header_next = short(after) and not _LINE_DONE.search(after)  # a header line stands alone
        if short(line) or header_next or (_SPEAKER_LABEL.match(after) and _LINE_DONE.search(line)):
            ends.add(n)
    return frozenset(ends)


def _hard_wrapped(lines: list[str]) -> bool:
    """Short lines in blocks, most of them breaking off mid-sentence: prose wrapped at a width.

    Lines that each end their sentence, table rows ("Town | Date") and list
    items ("1993 – ...", "- Agdam") are a list's lines, one paragraph each.
    """
    lengths = [len(line) for line in lines if line.strip()]
    pairs = [(a, b) for a, b in zip(lines, lines[1:]) if a.strip() and b.strip()]
    wrapping = sum(1 for a, b in pairs if not _LINE_DONE.search(a) and not _LIST_ITEM.match(b))
    return bool(lengths) and max(lengths) <= HARD_WRAP_WIDTH and len(lengths) >= 5 and wrapping * 2 > len(pairs)
