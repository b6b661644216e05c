"""The short passage shown under each search result, with the words searched for marked."""

import re

from django.utils.html import escape, format_html, format_html_join

from .services import WORD, stem_words

EXCERPT_WORDS = 30
# Words shown before the first match, so the reader sees what leads up to it.
WORDS_BEFORE_MATCH = 8
SPACES = re.compile(r"\s+")


def excerpt(text, terms, *, length=EXCERPT_WORDS):
    """Return about `length` words of `text` around its first match of `terms`, matched words in <mark>.

    The text is the page's own, so every piece is escaped; only the <mark> elements are markup. Without a match
    in the text (the title alone matched), the text's first words are shown.
    """
    words = list(WORD.finditer(text))
    if not words:
        return ""
    lowered = [match.group().lower() for match in words]
    stems = stem_words(lowered, terms.language)
    wanted = set(terms.stems) | set(terms.words)
    hits = [i for i, (word, stem) in enumerate(zip(lowered, stems, strict=True)) if stem in wanted or word in wanted]

    first = max(0, hits[0] - WORDS_BEFORE_MATCH) if hits else 0
    last = min(len(words), first + length) - 1
    first = max(0, last + 1 - length)
    # The passage ends with its last word, or with the text when that is the text's last word (its full stop).
    end = len(text.rstrip()) if last == len(words) - 1 else words[last].end()
    hit_set = set(hits)

    pieces = ["… " if first > 0 else ""]
    position = words[first].start()
    for i in range(first, last + 1):
        match = words[i]
        pieces.append(escape(_one_line(text[position : match.start()])))
        if i in hit_set:
            pieces.append(format_html("<mark>{}</mark>", match.group()))
        else:
            pieces.append(escape(match.group()))
        position = match.end()
    pieces.append(escape(_one_line(text[position:end])))
    if last < len(words) - 1:
        pieces.append(" …")
    return format_html_join("", "{}", ((piece,) for piece in pieces))


def _one_line(gap):
    # The index keeps one field per line; a passage reads as running text.
    return SPACES.sub(" ", gap)
