"""A developer downloads the catalog as CSV or JSON, filtered as on the page, and follows it as a feed."""

import csv
import datetime
import io
import json
import re
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from django.conf import settings

from experiments.choices import Status
from experiments.opendata import COLUMNS, JSON_ONLY_COLUMNS, spreadsheet_safe
from tests.factories import ExperimentIndexPageFactory, ExperimentPageFactory, ThemeFactory

pytestmark = pytest.mark.django_db


def parse_xml(content):
    return ET.fromstring(content)  # noqa: S314 (the portal's own feed, not untrusted input)


CATALOG = "/fi/kokeilut/"
CARD_TITLE = re.compile(r'<h3 class="experiment-card__title"><a href="[^"]+">([^<]+)</a></h3>')


@pytest.fixture
def catalog(site):
    catalog = ExperimentIndexPageFactory(parent=site.root_page)
    mobility = ThemeFactory(name="Liikkuminen")
    ExperimentPageFactory(parent=catalog, title="Kaupunkipyörät", status=Status.RUNNING, themes=[mobility])
    ExperimentPageFactory(
        parent=catalog,
        title='=HYPERLINK("http://example.com","Klikkaa")',
        summary="+358 40 123 4567 on puhelinnumero, ei kaava.",
        place="@Keskusta",
        status=Status.COMPLETED,
        ends_on=datetime.date(2019, 12, 31),
        budget_eur=2500,
    )
    ExperimentPageFactory(
        parent=catalog, title="Tyhjien tilojen kartta", status=Status.IDEA, starts_on=None, themes=[mobility]
    )
    return catalog


def page_titles(client, params):
    return CARD_TITLE.findall(client.get(CATALOG, params).content.decode())


def csv_rows(client, params):
    response = client.get(f"{CATALOG}csv/", params)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="experiments-fi.csv"' in response["Content-Disposition"]
    text = response.content.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def json_document(client, params):
    response = client.get(f"{CATALOG}json/", params)
    assert response["Content-Type"] == "application/json; charset=utf-8"
    return json.loads(response.content)


@pytest.mark.parametrize(
    "params",
    [{}, {"status": "running"}, {"status": ["running", "idea"]}, {"sort": "start"}, {"status": "discontinued"}],
)
def test_downloads_hold_what_the_filtered_catalog_shows_in_the_same_order(client, catalog, params):
    shown = page_titles(client, params)
    rows = csv_rows(client, params)
    document = json_document(client, params)
    assert [row["title"].removeprefix("'") for row in rows] == [title.replace("&quot;", '"') for title in shown]
    assert [item["title"] for item in document["experiments"]] == [row["title"].removeprefix("'") for row in rows]
    assert document["meta"]["count"] == len(rows)


def test_theme_filter_applies_to_downloads(client, catalog):
    theme = catalog.get_children().specific().first().themes()[0].theme
    document = json_document(client, {"theme": theme.pk})
    assert {item["title"] for item in document["experiments"]} == {"Kaupunkipyörät", "Tyhjien tilojen kartta"}
    assert all(item["themes"] == ["Liikkuminen"] for item in document["experiments"])


def test_csv_cells_cannot_run_as_spreadsheet_formulas(client, catalog):
    row = next(row for row in csv_rows(client, {"status": "completed"}))
    assert row["title"] == '\'=HYPERLINK("http://example.com","Klikkaa")'
    assert row["summary"].startswith("'+358")
    assert row["place"] == "'@Keskusta"
    assert row["budget_eur"] == "2500"


@pytest.mark.parametrize("prefix", ["=", "+", "-", "@", "\t", "\r"])
def test_every_formula_prefix_is_neutralised(prefix):
    assert spreadsheet_safe(f"{prefix}1+1") == f"'{prefix}1+1"
    assert spreadsheet_safe(["=A1", "B"]) == "'=A1; B"
    assert spreadsheet_safe(-5) == -5


def test_json_keeps_the_text_as_it_is_and_lists_as_lists(client, catalog):
    item = json_document(client, {"status": "completed"})["experiments"][0]
    assert item["title"].startswith("=HYPERLINK")
    assert item["themes"] == []
    assert item["url"] == f"http://testserver{CATALOG}hyperlinkhttpexamplecomklikkaa/"
    assert list(item) == COLUMNS + JSON_ONLY_COLUMNS


def test_catalog_links_to_the_downloads_with_its_filters(client, catalog):
    html = client.get(CATALOG, {"status": "running", "page": "1"}).content.decode()
    assert f'href="{CATALOG}csv/?status=running"' in html
    assert f'href="{CATALOG}json/?status=running"' in html
    assert f'href="{CATALOG}feed/?status=running"' in html


def test_every_column_is_documented():
    documentation = (Path(settings.BASE_DIR) / "docs" / "open-data.md").read_text()
    for column in COLUMNS + JSON_ONLY_COLUMNS:
        assert f"| `{column}` |" in documentation, column


def test_feed_is_valid_rss_in_the_catalogs_language(client, catalog):
    response = client.get(f"{CATALOG}feed/")
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = parse_xml(response.content).find("channel")
    assert channel.findtext("language") == "fi"
    assert channel.findtext("link") == f"http://testserver{CATALOG}"
    links = [item.findtext("link") for item in channel.findall("item")]
    assert len(links) == 3
    assert all(link.startswith(f"http://testserver{CATALOG}") for link in links)


def test_feed_follows_the_filters_too(client, catalog):
    channel = parse_xml(client.get(f"{CATALOG}feed/", {"status": "idea"}).content).find("channel")
    assert [item.findtext("title") for item in channel.findall("item")] == ["Tyhjien tilojen kartta"]
    assert [category.text for category in channel.find("item").findall("category")] == ["Liikkuminen"]
