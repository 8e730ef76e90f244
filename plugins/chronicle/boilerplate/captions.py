"""A caption an export spliced into the middle of a sentence, and the sentence put back together."""

from __future__ import annotations

from collections.abc import Sequence

from chronicle.boilerplate.patterns import CAPTION_MAX_WORDS, SENTENCE_MIN_WORDS, TERMINAL


def join_split_sentences(blocks: Sequence[tuple[int, str]]) -> tuple[list[tuple[int, str]], set[int]]:
    """Put back together a sentence that a caption cut in two, the caption after it.

    An export may splice an image's caption into a sentence ("On October 21,
    units of the army" / "A mural on a wall." / "began an attack."). Quoting
    either half would quote a fragment, so the halves become one block (at the
    first half's line) and the caption follows it. Blocks are (line, text);
    returns the new blocks and the indexes, among them, of the captions moved.
    Meant for the segmenter, before ``classify``: the captions it returns are
    boilerplate whatever ``classify`` says of them.
    """
    out: list[tuple[int, str]] = []
    captions: set[int] = set()
    i = 0
    while i < len(blocks):
        if i + 2 < len(blocks) and cut_by_caption(blocks[i][1], blocks[i + 1][1], blocks[i + 2][1]):
            out.append((blocks[i][0], f"{blocks[i][1].rstrip()} {blocks[i + 2][1].lstrip()}"))
            captions.add(len(out))
            out.append(blocks[i + 1])
            i += 3
        else:
            out.append(blocks[i])
            i += 1
    return out, captions


def cut_by_caption(before: str, middle: str, after: str) -> bool:
    """The block before stops mid-sentence, the one after goes on in lower case, the one between is short."""
    before, after = before.strip(), after.strip()
    return (bool(before) and bool(after) and not TERMINAL.search(before) and after[0].islower()
            and len(middle.split()) <= CAPTION_MAX_WORDS and len(before.split()) >= SENTENCE_MIN_WORDS)
