"""Themes, city-strategy goals and partner organisations of the demo, read from vocabularies.yaml."""

from home.demo_support import SOURCE_LANGUAGE, TARGET_LANGUAGES, read_data

_DATA = read_data(__file__, "vocabularies.yaml")

# {key: {language: {"name": ..., "description": ...}}}, the fields of a Theme or StrategyGoal in each language.
THEMES = _DATA["themes"]
GOALS = _DATA["goals"]

# {key: (partner type, Finnish name, Swedish name, English name)}: experiment pages pick a name by the position of
# their language.
PARTNERS = {
    key: (entry["type"], *(entry["name"][code] for code in (SOURCE_LANGUAGE, *TARGET_LANGUAGES)))
    for key, entry in _DATA["partners"].items()
}
