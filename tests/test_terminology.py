"""Every text uses the programme's fixed terms: the list in docs/terminology.md is the source, this test only reads it.

Two tables there are checked: the catalogue entries whose translation is fixed, and the words never to be used in
a language (in the catalogues and in the demo texts). A failure names the text and the word to write instead.
"""

import re
from pathlib import Path

import polib
import pytest
import yaml
from django.conf import settings

BASE = Path(settings.BASE_DIR)
TERMINOLOGY = BASE / "docs" / "terminology.md"
LANGUAGES = ("fi", "sv", "en")
DEMO_FILES = sorted(path for path in BASE.glob("*/**/demo/*.yaml") if "node_modules" not in path.parts)


def table_after(heading):
    """Return the rows of the first Markdown table after `heading`, as dicts keyed by the header's cells."""
    lines = TERMINOLOGY.read_text(encoding="utf-8").splitlines()
    start = lines.index(heading)
    rows = []
    for line in lines[start + 1 :]:
        if line.startswith("|"):
            rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
        elif rows:
            break
    header, _separator, *body = rows
    return [dict(zip(header, row, strict=True)) for row in body]


def variants(cell):
    return [word.strip() for word in cell.split(",") if word.strip()]


FIXED = table_after("### Fixed catalogue entries")
NEVER = [
    {**row, "Language": language, "Word": word}
    for row in table_after("### Words never used")
    for language in variants(row["Language"])
    for word in variants(row["Never"])
]


def catalogue(language):
    return polib.pofile(str(BASE / "locale" / language / "LC_MESSAGES" / "django.po"))


def catalogue_texts(language):
    """Yield (where, text) for each translation of `language`; English is the source messages themselves."""
    for entry in catalogue("fi" if language == "en" else language):
        if language == "en":
            texts = [entry.msgid, entry.msgid_plural]
        else:
            texts = [entry.msgstr, *entry.msgstr_plural.values()]
        for text in filter(None, texts):
            yield f"{language} catalogue: {entry.msgid!r}", text


def demo_texts(language):
    """Yield (where, text) for every string of the demo data files under a `language` key."""

    def walk(node, current, path):
        if isinstance(node, dict):
            for key, value in node.items():
                yield from walk(value, key if key in LANGUAGES else current, f"{path}/{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                yield from walk(value, current, f"{path}[{index}]")
        elif isinstance(node, str) and current == language:
            yield path, node

    for path in DEMO_FILES:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        yield from walk(data, None, str(path.relative_to(BASE)))


def offences(rule, texts):
    word, allowed = rule["Word"], [allowed.casefold() for allowed in variants(rule["Allowed words"])]
    for where, text in texts:
        if rule["Matched"] == "as a whole label":
            if text.strip().casefold() == word.casefold():
                yield where, text
            continue
        for match in re.finditer(re.escape(word), text, re.IGNORECASE):
            # The whole word around the match: "försöksverkstaden" is allowed by "försöksverkstad".
            start = match.start()
            while start > 0 and text[start - 1].isalnum():
                start -= 1
            whole = re.match(r"\w*", text[start:]).group(0).casefold() or word.casefold()
            if not any(whole.startswith(allowed_word) for allowed_word in allowed):
                yield where, text
                break


def test_the_term_list_has_both_tables_filled():
    assert len(FIXED) >= 40
    assert {row["Language"] for row in NEVER} == {"fi", "sv", "en"}
    assert {row["Matched"] for row in NEVER} <= {"in any text", "as a whole label"}


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_fixed_terms_are_translated_as_the_list_says(language):
    column = {"fi": "Finnish", "sv": "Swedish"}[language]
    translations = {(entry.msgctxt or "", entry.msgid): entry.msgstr for entry in catalogue(language)}
    wrong = {
        (row["Context"], row["English message"]): translations.get((row["Context"], row["English message"]))
        for row in FIXED
        if translations.get((row["Context"], row["English message"])) != row[column]
    }
    assert wrong == {}, f"Missing or not as in docs/terminology.md ({column}): {wrong}"


@pytest.mark.parametrize("rule", NEVER, ids=lambda rule: f"{rule['Language']}-{rule['Word']}")
def test_no_text_uses_a_word_the_list_rules_out(rule):
    language = rule["Language"]
    texts = [*catalogue_texts(language), *demo_texts(language)]
    found = list(offences(rule, texts))
    assert found == [], f"Write {rule['Write instead']!r} instead of {rule['Word']!r} in: {found}"


def test_the_demo_texts_are_read():
    """Guard the walk itself: a demo file whose languages the walk missed would make every rule pass."""
    for language in LANGUAGES:
        assert sum(1 for _ in demo_texts(language)) > 300
