"""Recognize boilerplate paragraphs: page chrome that came along with the text.

Boilerplate is marked, never dropped: the source page shows it muted and
extraction skips it when filing statements. Each rule returns a short reason
that the source page displays, so an editor can see why a line was muted.
"""

from chronicle.boilerplate.captions import cut_by_caption, join_split_sentences
from chronicle.boilerplate.patterns import INFOBOX, SITE_REASON
from chronicle.boilerplate.rules import classify, dates_nothing, muted_days
from chronicle.boilerplate.site import line_key, site_chrome

__all__ = ["INFOBOX", "SITE_REASON", "classify", "cut_by_caption", "dates_nothing", "join_split_sentences", "line_key", "muted_days", "site_chrome"]
