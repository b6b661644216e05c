"""Turn the texts of a demo data file into the field values a page takes, for every language.

The data files spell rich text and StreamField content the way a person writes it: a rich text field is a list of
plain paragraphs, a stream is a list of blocks, each `block type: value`. A paragraph block is either a list of plain
paragraphs or, where it needs lists or other markup, one string of HTML used as it is.
"""

from home.demo_support import paragraphs, stream

LANGUAGES = ("fi", "sv", "en")


def rich_text(value):
    """Return rich text from a list of plain paragraphs; a string is HTML already and is returned unchanged."""
    return paragraphs(*value) if isinstance(value, list) else value


def stream_blocks(key, blocks):
    """Return raw StreamField data from `[{block type: value}, ...]`; ids depend only on `key` and position."""
    pairs = []
    for block in blocks:
        ((block_type, value),) = block.items()
        pairs.append((block_type, rich_text(value) if block_type == "paragraph" else value))
    return stream(key, pairs)


def page_texts(data, *, rich_text_fields=(), streams=None):
    """Return {language: field values} from a data file's `{fi: ..., sv: ..., en: ...}` mapping of one page.

    `rich_text_fields` name the fields given as lists of paragraphs; `streams` maps each StreamField to the key its
    block ids come from, so that a block has the same id in every language.
    """
    streams = streams or {}
    content = {}
    for code in LANGUAGES:
        fields = dict(data[code])
        for name in rich_text_fields:
            if name in fields:
                fields[name] = rich_text(fields[name])
        for name, key in streams.items():
            if name in fields:
                fields[name] = stream_blocks(key, fields[name])
        content[code] = fields
    return content
