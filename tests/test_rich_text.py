"""Rich text that survives real input: tables with header cells, Word's HTML through
the server's cleaning, refused links as a form error, a word on what was left out,
and the editor's configuration (its script, its Dutch labels)."""

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.contrib.messages import WARNING
from django.contrib.staticfiles import finders
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext

from core.html import (
    EDITOR_LABELS,
    removed_content,
    sanitize_html,
    validate_links,
)
from pages.models import Page
from tests.factories import make_page
from tests.html import soup

TABLE = (
    '<table class="MsoTableGrid" border="1" style="width:100%" onclick="x()">'
    '<thead><tr><th width="200" style="color:red">Naam</th><th>Plaats</th></tr>'
    '</thead><tbody><tr><td colspan="2" class="x" data-y="1">Ryhove</td></tr>'
    '<tr><th>Rij</th><td rowspan="1">Gent</td></tr></tbody></table>'
)


def soup_of(html):
    return BeautifulSoup(html, "html.parser")


# What Word puts on the clipboard (shortened): conditional comments, its styles,
# list paragraphs with their bullet as text, o:p, a table without header cells.
WORD_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta name=Generator
content="Microsoft Word 15"><style><!-- p.MsoNormal {margin:0cm; font-size:11pt}
--></style></head><body lang=NL-BE style='tab-interval:35.4pt'><!--StartFragment-->
<h2 style='mso-margin-top-alt:auto'>Werken bij ons<o:p></o:p></h2>
<p class=MsoNormal style='mso-line-height-alt:12pt'>Een <b>job</b> op maat.<o:p></o:p>
</p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>
<![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol'>
<span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;
</span></span></span><![endif]>Begeleiding<o:p></o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border:none'>
<tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'><td width=302 valign=top
style='width:226.5pt;border:solid windowtext 1.0pt'><p class=MsoNormal><b>Sector</b></p>
</td><td width=302 valign=top><p class=MsoNormal><b>Plaatsen</b></p></td></tr>
<tr><td><p class=MsoNormal>Groen</p></td><td><p class=MsoNormal>12</p></td></tr>
</table><!--EndFragment--></body></html>"""


def test_tables_keep_header_cells_and_lose_every_other_attribute():
    cleaned = soup_of(sanitize_html(TABLE))
    table = cleaned.select_one("div.responsive-table > div.table-wrapper > table")
    assert table is not None and table.attrs == {}
    assert [th.get_text() for th in table.select("thead th")] == ["Naam", "Plaats"]
    assert [th["scope"] for th in table.select("thead th")] == ["col", "col"]
    row_header = table.select("tbody th")[0]
    assert row_header.attrs == {"scope": "row"}  # beside a data cell: heads its row
    first, second = table.select("td")
    assert first.attrs == {"colspan": "2"}
    assert second.attrs == {}  # rowspan="1" says nothing


def test_cleaning_twice_changes_nothing():
    once = sanitize_html(TABLE)
    assert sanitize_html(once) == once
    assert once.count('<div class="responsive-table">') == 1


def test_a_given_scope_is_kept_and_a_made_up_one_is_not():
    cleaned = sanitize_html(
        '<table><tr><th scope="row">A</th><th scope="evil">B</th></tr></table>'
    )
    assert '<th scope="row">A</th>' in cleaned
    assert '<th scope="col">B</th>' in cleaned


def test_word_html_is_cleaned_to_plain_structure():
    cleaned = sanitize_html(WORD_HTML)
    page = soup_of(cleaned)
    assert page.select_one("h2").get_text(strip=True) == "Werken bij ons"
    assert [td.get_text(strip=True) for td in page.select("td")] == [
        "Sector",
        "Plaatsen",
        "Groen",
        "12",
    ]
    for leftover in ("mso-", "Mso", "<o:p", "<style", "margin:0cm", "StartFragment"):
        assert leftover not in cleaned
    assert all(not element.attrs for element in page.select("p, h2, table, tr, td"))


def test_word_html_names_nothing_lost_but_images_and_headings_are_named():
    assert removed_content(WORD_HTML) == []
    with translation.override("en"):
        found = removed_content(
            '<h1>Titel</h1><p><img src="a.png"><img src="b.png"></p>'
            '<iframe src="https://video.example"></iframe>'
        )
    assert found == [
        "images (2)",
        "embedded media or forms (1)",
        "headings of level 1, 5 or 6, kept as plain text (1)",
    ]


@pytest.mark.parametrize(
    ("href", "named"),
    [
        ("javascript:alert(1)", "javascript:alert(1)"),
        (" JavaScript:alert(1)", "JavaScript:alert(1)"),
        ("java&#x09;script:alert(1)", "java\tscript:alert(1)"),  # as a browser reads it
        ("&#106;avascript:alert(1)", "javascript:alert(1)"),
        ("data:text/html;base64,PHNjcmlwdD4=", "data:text/html;base64,PHNjcmlwdD4="),
        ("vbscript:msgbox(1)", "vbscript:msgbox(1)"),
        ("ftp://files.example", "ftp://files.example"),
    ],
)
def test_a_refused_link_is_an_error_that_names_it(href, named):
    with translation.override("nl"):
        with pytest.raises(ValidationError) as refused:
            validate_links(f'<p><a href="{href}">klik</a></p>')
        expected = gettext("This link is not allowed: %(link)s") % {"link": named}
    assert refused.value.error_list[0].code == "link_not_allowed"
    assert refused.value.messages == [expected]


@pytest.mark.parametrize(
    "href",
    [
        "https://jobs.gent.be/",
        "http://example.org",
        "mailto:info@gent.be",
        "tel:+3292101010",
        "/nl/over-ons/",
        "#contact",
        "documenten/3/folder.pdf",
    ],
)
def test_allowed_links_pass(href):
    validate_links(f'<p><a href="{href}">klik</a></p>')
    assert f'href="{href}"' in sanitize_html(f'<p><a href="{href}">klik</a></p>')


def test_a_very_long_refused_link_is_named_shortened():
    href = "data:image/png;base64," + "A" * 5000
    with pytest.raises(ValidationError) as refused:
        validate_links(f'<a href="{href}">x</a>')
    assert len(refused.value.messages[0]) < 200


def _page_form(**overrides):
    return {
        "title_nl": "Werken",
        "slug_nl": "werken",
        "status": "draft",
        "menu_order": 100,
        **overrides,
    }


@pytest.mark.django_db
def test_the_admin_refuses_a_javascript_link_on_its_field_and_saves_nothing(
    admin_client,
):
    response = admin_client.post(
        "/beheer/pages/page/add/",
        _page_form(body_nl='<p><a href="javascript:alert(1)">Solliciteer</a></p>'),
    )
    assert response.status_code == 200
    assert not Page.objects.filter(slug_nl="werken").exists()
    errors = response.context["adminform"].form.errors
    with translation.override("nl"):
        expected = gettext("This link is not allowed: %(link)s") % {
            "link": "javascript:alert(1)"
        }
    assert errors["body_nl"] == [expected]
    errorlists = soup(response).select(".field-body_nl ul.errorlist")
    assert any("javascript:alert(1)" in e.get_text() for e in errorlists)


@pytest.mark.django_db
def test_the_admin_saves_but_warns_about_what_it_left_out(admin_client):
    response = admin_client.post(
        "/beheer/pages/page/add/",
        _page_form(body_nl='<p>Tekst</p><p><img src="/foto.png"></p>'),
        follow=True,
    )
    assert "<img" not in Page.objects.get(slug_nl="werken").body_nl
    warnings = [m.message for m in response.context["messages"] if m.level == WARNING]
    with translation.override("nl"):
        images = gettext("images")
    assert any(f"{images} (1)" in message for message in warnings), warnings


@pytest.mark.django_db
def test_the_admin_saves_a_table_with_header_cells(admin_client):
    response = admin_client.post("/beheer/pages/page/add/", _page_form(body_nl=TABLE))
    assert response.status_code == 302
    body = Page.objects.get(slug_nl="werken").body_nl
    assert '<th scope="col">Naam</th>' in body


@pytest.mark.django_db
def test_a_table_is_shown_to_visitors_with_its_headers(client):
    make_page(slug="tabel", body_nl="<p>Plaatsen:</p>" + TABLE)
    page = soup(client.get("/nl/tabel/"))
    table = page.select_one(".rich-text div.responsive-table div.table-wrapper table")
    assert [th["scope"] for th in table.select("th")] == ["col", "col", "row"]


@pytest.mark.django_db
def test_the_editor_loads_its_script_and_speaks_dutch(admin_client):
    response = admin_client.get("/beheer/pages/page/add/")
    textarea = soup(response).select_one("textarea#id_body_nl")
    config = json.loads(textarea["data-django-prose-editor-configurable"])
    assert any(path.endswith("js/rich-text.js") for path in config["js_modules"])
    extensions = config["extensions"]
    assert {"Table", "TableHeader", "WordPaste", "EditorLabels"} <= extensions.keys()
    with translation.override("nl"):
        assert extensions["EditorLabels"]["labels"]["bold"] == gettext("Bold")
        assert extensions["EditorLabels"]["messages"]["linkRefused"] == gettext(
            "This link is not allowed: %(link)s"
        )


def test_every_label_translates_a_text_the_editor_shows():
    """A new release of django-prose-editor that renames a text shows up here."""
    bundle = Path(finders.find("django_prose_editor/editor.js")).read_text("utf-8")
    for text in EDITOR_LABELS:
        if not text.lower().startswith("heading "):  # built from the level
            assert f'"{text}"' in bundle, text
    assert "heading ${" in bundle and "Heading ${" in bundle
