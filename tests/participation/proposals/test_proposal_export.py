"""A moderator downloads the queue and opens it in a spreadsheet of their own language, and reads who agreed to what."""

import csv
import io
import re
from datetime import UTC, datetime

import pytest
from django.urls import reverse
from openpyxl import load_workbook
from wagtail.users.models import UserProfile

from participation.models import Proposal, ProposalStatus
from tests.staff import log_in_staff

pytestmark = pytest.mark.django_db

# Helsinki moved its clocks to summer time at 01.00 UTC that night: 01.30 UTC is 04.30 there, not 03.30.
AFTER_THE_CHANGE = datetime(2026, 3, 29, 1, 30, tzinfo=UTC)


def url(view, *args):
    return reverse(Proposal.snippet_viewset.get_url_name(view), args=args)


def in_language(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


@pytest.fixture
def accepted_idea(proposal_factory):
    return proposal_factory(
        title="Kaupunkipyörät Palosaareen",
        status=ProposalStatus.ACCEPTED,
        name="Aino Asukas",
        email="aino@example.fi",
        contact_consent=True,
        name_consent=False,
        submitted_at=AFTER_THE_CHANGE,
    )


def download(client, export_format):
    response = client.get(url("list") + f"?export={export_format}")
    assert response.status_code == 200
    return response


def answer(html, label):
    return re.search(rf"<dt>{label}</dt>\s*<dd>\s*(.*?)\s*</dd>", html, re.S).group(1)


def csv_rows(response, delimiter):
    body = b"".join(response.streaming_content)
    return body, list(csv.DictReader(io.StringIO(body.decode("utf-8-sig")), delimiter=delimiter))


def test_a_finnish_moderator_opens_the_csv_in_columns_with_local_time_labels_and_yes_no(
    client, moderator, accepted_idea
):
    log_in_staff(client, moderator)
    response = download(client, "csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    body, rows = csv_rows(response, ";")

    # Finnish Excel reads the byte-order mark as UTF-8, and the semicolon as its list separator.
    assert body.startswith(b"\xef\xbb\xbf")
    assert body.decode("utf-8-sig").splitlines()[0].count(";") >= 10
    [row] = rows
    assert row["Tila"] == "Hyväksytty"
    assert row["Lähetetty"] == "2026-03-29 04:30:00"
    assert row["Kieli"] == "Suomi"
    assert row["Idean tekijään saa ottaa yhteyttä"] == "kyllä"
    assert row["Nimen saa näyttää idean yhteydessä"] == "ei"
    assert row["Päätetty"] == ""


def test_an_english_moderator_gets_commas_and_english_words(client, moderator, accepted_idea):
    in_language(moderator, "en")
    log_in_staff(client, moderator)
    body, rows = csv_rows(download(client, "csv"), ",")
    assert body.startswith(b"\xef\xbb\xbf")
    [row] = rows
    assert row["State"] == "Accepted"
    assert row["Sent"] == "2026-03-29 04:30:00"
    assert row["May be contacted about the idea"] == "yes"
    assert row["Name may be shown with the idea"] == "no"


def test_a_swedish_moderator_gets_semicolons_and_swedish_words(client, moderator, accepted_idea):
    in_language(moderator, "sv")
    log_in_staff(client, moderator)
    _body, [row] = csv_rows(download(client, "csv"), ";")
    assert row["Status"] == "Godkänd"
    assert set(row.values()) >= {"ja", "nej"}


def test_xlsx_is_the_first_download_and_holds_helsinki_time(client, moderator, accepted_idea):
    log_in_staff(client, moderator)
    listing = client.get(url("list")).content.decode()
    assert listing.index("export=xlsx") < listing.index("export=csv")

    response = download(client, "xlsx")
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    header, row = (list(cells) for cells in sheet.iter_rows(min_row=1, max_row=2, values_only=True))
    record = dict(zip(header, row, strict=True))
    assert record["Tila"] == "Hyväksytty"
    assert record["Lähetetty"] == datetime(2026, 3, 29, 4, 30)
    assert record["Idean tekijään saa ottaa yhteyttä"] == "kyllä"


def test_the_inspect_view_shows_the_consents_the_person_gave(client, moderator, accepted_idea):
    log_in_staff(client, moderator)
    html = client.get(url("inspect", accepted_idea.pk)).content.decode()
    assert answer(html, "Idean tekijään saa ottaa yhteyttä") == "kyllä"
    assert answer(html, "Nimen saa näyttää idean yhteydessä") == "ei"
    assert "True" not in html and "False" not in html
    # The moment it was sent, in Helsinki summer time; the status by its name.
    assert "su 29.3.2026 klo 4.30" in html
    assert "Hyväksytty" in html and ">accepted<" not in html
