"""Turn a guide file into HTML that is safe to put into an admin page.

The files are ours, but they are edited by people, not reviewed as code: Markdown's raw HTML is therefore not
passed through but shown as text, and a link or image may only point inside the portal, to an anchor, to an
https address or to an e-mail address.
"""

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import Element

import markdown
from django.conf import settings
from django.utils.formats import number_format
from django.utils.safestring import mark_safe
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from participation import retention

CONTENT = Path(__file__).parent / "content"
SAFE_URL_PREFIXES = ("/", "#", "https://", "mailto:")
FIGURE = re.compile(r"\{\{\s*(\w+)\s*\}\}")


def figures():
    """Return the figures a guide may state, by the name it writes them with: `{{ signup_retention_days }}`.

    They come from the settings the code runs with, so the guide cannot promise one period while the code keeps
    another.
    """
    return {
        "proposal_retention_days": retention.proposal_retention_days(),
        "undecided_proposal_retention_days": retention.undecided_proposal_retention_days(),
        "signup_retention_days": retention.signup_retention_days(),
        "manage_link_days": retention.manage_link_days(),
    }


def fill_in_figures(text, values):
    """Put each figure into the text, in the active language's number format; an unknown name is an error."""
    return FIGURE.sub(lambda match: number_format(values[match[1]], force_grouping=True), text)


@dataclass(frozen=True)
class Guide:
    language: str
    html: str
    contents: list


def guide_path(language):
    return CONTENT / f"{language}.md"


def guide_language(language):
    """Return the language whose guide to show: the asked one, or the site's default when there is none."""
    code = (language or "").split("-")[0]
    return code if guide_path(code).is_file() else settings.LANGUAGE_CODE


def is_safe_url(url):
    return url.startswith(SAFE_URL_PREFIXES) and not url.startswith("//")


class SafeLinks(Treeprocessor):
    """Drop the address of any link or image that leads somewhere a guide has no business sending staff."""

    def run(self, root: Element):
        for element in root.iter():
            for attribute in ("href", "src"):
                url = element.get(attribute)
                if url is not None and not is_safe_url(url.strip()):
                    del element.attrib[attribute]


class SafeMarkdown(Extension):
    def extendMarkdown(self, md):  # noqa: N802 (Markdown's own name)
        # Without these two, raw HTML in a file would reach the page as HTML; now it is escaped as text.
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.treeprocessors.register(SafeLinks(md), "safe_links", 0)


def render_markdown(text):
    """Return the HTML of a guide text and its table of contents (the second-level headings)."""
    converter = markdown.Markdown(
        extensions=[SafeMarkdown(), "toc", "tables", "sane_lists"],
        extension_configs={"toc": {"toc_depth": "2-2"}},
        output_format="html",
    )
    html = converter.convert(text)
    contents = [(item["id"], item["name"]) for top in converter.toc_tokens for item in [top, *top["children"]]]
    return html, [entry for entry in contents if entry[0]]


@functools.lru_cache(maxsize=8)
def _rendered(language, modified, values):
    text = fill_in_figures(guide_path(language).read_text(encoding="utf-8"), dict(values))
    html, contents = render_markdown(text)
    return Guide(language=language, html=mark_safe(html), contents=contents)  # noqa: S308 (raw HTML is escaped)


def render_guide(language):
    """Return the guide in `language` (or the default language), rendered once per version of its file."""
    language = guide_language(language)
    values = tuple(sorted(figures().items()))
    return _rendered(language, guide_path(language).stat().st_mtime_ns, values)
