"""Longer stories of a few flagship experiments, read from bodies.yaml: the same blocks in every language."""

from home.demo_support import read_data


def blocks(entries):
    """Return `(block type, value)` pairs, ready for `stream`, from the data file's one-key mappings."""
    pairs = []
    for entry in entries:
        if len(entry) != 1:
            raise ValueError(f"A block names exactly one type, not {sorted(entry)}.")
        pairs.extend(entry.items())
    return pairs


# {experiment key: {language: [(block type, value), ...]}}
BODIES = {
    key: {code: blocks(entries) for code, entries in story.items()}
    for key, story in read_data(__file__, "bodies.yaml").items()
}
