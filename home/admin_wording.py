"""Wagtail's and wagtail-localize's admin strings that read wrongly in Finnish or Swedish, worded again here.

Django reads the project's catalogue (locale/) before the packages' own, so an entry with the same msgid in ours wins.
The strings are listed here, never used, so that `make messages` keeps their entries: a catalogue entry that no
source file names is dropped as obsolete. The reasons, e.g. "Maa-asetustot" (country settings) for the languages
list, are in docs/decisions.md; tests/home/test_admin_wording.py reads a few back.
"""

from django.utils.translation import gettext_noop

OVERRIDDEN = (
    # The languages list and its menu item.
    gettext_noop("Locales"),
    gettext_noop("{} locales"),
    # How a string of a translation was translated, beside each string in the translation editor.
    gettext_noop("Manual"),
    gettext_noop("Machine"),
    gettext_noop("Translated manually on {date}"),
    gettext_noop("Machine translated on {date}"),
    gettext_noop("Translated with {tool_name} on {date}"),
    # The translation editor and its actions.
    gettext_noop("Editing %(object_type)s %(title)s"),
    gettext_noop("Translate '%(title)s'"),
    gettext_noop("All child pages will be created."),
    gettext_noop("Convert page to alias"),
    gettext_noop("Page '{}' has been converted into an alias."),
    gettext_noop("Translation has been stopped."),
    gettext_noop("Translation has been restarted."),
    gettext_noop("Synchronise content from another locale"),
    gettext_noop("This locale cannot be synced into itself."),
    # Uploading a translation file.
    gettext_noop("Please upload a valid PO file."),
    gettext_noop("Successfully imported translations from PO File."),
    gettext_noop("No translations found."),
)
