"""History that an editor can read: the compare view of two versions (per language,
only what changed, rich text as a word diff of its text) and the restore of one field
or one language of an older version."""

import pytest
import reversion
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Permission, User
from django.test import Client
from django.utils import timezone
from reversion.models import Version

from companies.models import Company
from core.history import html_blocks, rich_text_diff
from core.models import WorkingCopy
from jobcount.models import Edition, Figure
from tests.factories import (
    make_company,
    make_offering,
    make_page,
    make_project,
    make_sector,
)
from tests.html import soup

pytestmark = pytest.mark.django_db

LONG = [
    f"Alinea {n}: de sociale economie in Gent geeft mensen werk." for n in range(40)
]


def long_body(word):
    paragraphs = list(LONG)
    paragraphs[25] = f"Hier staat het woord {word} midden in een lange tekst."
    return "".join(f"<p>{text}</p>" for text in paragraphs)


def save_version(obj, **changes):
    for name, value in changes.items():
        setattr(obj, name, value)
    with reversion.create_revision():
        obj.save()
    return Version.objects.get_for_object(obj).first()


def compare_url(obj, older, newer):
    opts = obj._meta
    return (
        f"/beheer/{opts.app_label}/{opts.model_name}/{obj.pk}/history/compare/"
        f"?version_id1={older.pk}&version_id2={newer.pk}"
    )


def restore_url(obj):
    opts = obj._meta
    return f"/beheer/{opts.app_label}/{opts.model_name}/{obj.pk}/history/restore/"


def main(response):
    assert response.status_code == 200, response.content.decode()[:2000]
    return soup(response).find(id="content-main")


def headings(content, level):
    return [h.get_text(strip=True) for h in content.find_all(level)]


@pytest.fixture
def page():
    return make_page(
        slug="geschiedenis",
        title_fr="Ancien titre",
        body_nl=long_body("rood"),
        body_fr="<p>Texte français.</p>",
    )


def test_one_changed_word_in_a_long_dutch_text_is_shown_as_that_word(
    editor_client, page
):
    older = save_version(page)
    newer = save_version(page, body_nl=long_body("blauw"))
    content = main(editor_client.get(compare_url(page, older, newer)))

    deleted = [d.get_text(" ", strip=True) for d in content.select(".history-diff del")]
    inserted = [
        i.get_text(" ", strip=True) for i in content.select(".history-diff ins")
    ]
    assert len(deleted) == len(inserted) == 1
    assert deleted[0].endswith("rood") and inserted[0].endswith("blauw")
    # Each change carries a cue for screen readers, not only a colour.
    assert content.select(".history-diff del .visually-hidden")
    # Rendered text, not HTML: no tag shows up as text.
    text = content.get_text()
    assert "<p>" not in text and "&lt;" not in str(content.select_one(".history-diff"))
    # The paragraph with the change is shown near its neighbours, not 40 at once.
    assert len(content.select(".history-diff p")) < 10
    assert "Alinea 24" in text and "Alinea 10" not in text
    # Only the field that changed, under its Dutch label and its language.
    assert headings(content, "h2") == ["Nederlands"]
    assert headings(content, "h3") == ["Tekst"]


def test_only_the_fields_that_changed_are_listed_per_language(editor_client, page):
    older = save_version(page)
    newer = save_version(
        page, title_fr="Nouveau titre", summary_en="A summary", menu_order=5
    )
    content = main(editor_client.get(compare_url(page, older, newer)))
    groups = {
        section.find("h2").get_text(strip=True): headings(section, "h3")
        for section in content.select("section.history-group")
    }
    assert list(groups)[:2] == ["Engels", "Frans"]
    assert groups["Engels"] == ["Samenvatting"]
    assert groups["Frans"] == ["Titel"]
    assert "Nederlands" not in groups
    shared = groups[list(groups)[2]]
    assert len(groups) == 3 and len(shared) == 1
    # A plain field: old → new, each side marked.
    french = content.find(id="history-group-fr").find_parent("section")
    assert french.find("del").get_text(" ", strip=True).endswith("Ancien titre")
    assert french.find("ins").get_text(" ", strip=True).endswith("Nouveau titre")


def test_choices_and_many_to_many_are_shown_by_their_names(editor_client):
    company = make_company(slug="ryhove")
    older = save_version(company)
    company.sectors.add(make_sector(slug="groen", name_nl="Groen en natuur"))
    company.organisation_type = Company.OrganisationType.choices[-1][0]
    newer = save_version(company)
    content = main(editor_client.get(compare_url(company, older, newer)))
    text = content.get_text(" ", strip=True)
    assert "Groen en natuur" in text
    assert str(Company.OrganisationType.choices[-1][1]) in text
    assert "Sectoren" in headings(content, "h3")


def test_the_figures_of_an_edition_are_listed_plainly(editor_client):
    edition = Edition.objects.create(year=2024, status="draft")
    figure = Figure.objects.create(
        edition=edition,
        organisation="Ryhove",
        work_form="maatwerk",
        people=10,
        target_group=8,
    )
    with reversion.create_revision():
        edition.save()
        figure.save()
    older = Version.objects.get_for_object(edition).first()
    figure.people = 12
    with reversion.create_revision():
        figure.save()
        Figure.objects.create(
            edition=edition,
            organisation="Open Plaats",
            work_form="maatwerk",
            people=3,
            target_group=3,
        )
        edition.save()
    newer = Version.objects.get_for_object(edition).first()
    content = main(editor_client.get(compare_url(edition, older, newer)))
    assert "Cijfers" in headings(content, "h2")
    rows = [li.get_text(" ", strip=True) for li in content.select(".history-rows li")]
    assert any("Open Plaats" in row for row in rows)
    assert any("Ryhove" in row and "10" in row and "12" in row for row in rows)
    assert len(rows) == 2  # only the people changed in Ryhove's row
    assert all("ersie" not in row for row in rows)


def test_restore_the_french_title_only(publisher_client, page):
    older = save_version(page)
    newer = save_version(page, title_fr="Nouveau titre", body_nl=long_body("blauw"))
    compare = main(publisher_client.get(compare_url(page, older, newer)))
    form = compare.find("input", {"name": "field", "value": "title_fr"}).find_parent(
        "form"
    )
    assert form["method"] == "post" and form.find(
        "input", {"name": "csrfmiddlewaretoken"}
    )
    data = {i["name"]: i["value"] for i in form.find_all("input")}

    response = publisher_client.post(form["action"], data)
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.title_fr == "Ancien titre"
    assert page.body_nl == long_body("blauw")
    # A history entry that says what was restored, as a new version.
    versions = Version.objects.get_for_object(page)
    assert versions.count() == 3
    assert "titel" in versions.first().revision.comment.lower()
    assert versions.first().revision.user.username == "eindredacteur"
    entry = LogEntry.objects.filter(object_id=str(page.pk)).latest("action_time")
    assert "titel" in entry.get_change_message().lower()


def test_an_editors_restore_of_a_live_page_waits_in_its_working_copy(
    editor_client, client, page
):
    older = save_version(page)
    save_version(page, title_fr="Nouveau titre", body_nl=long_body("blauw"))
    response = editor_client.post(
        restore_url(page), {"version_id": older.pk, "field": "title_fr"}
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.title_fr == "Nouveau titre"  # visitors still see this
    copy = WorkingCopy.objects.get(object_id=page.pk)
    assert copy.form_data["title_fr"] == ["Ancien titre"]
    assert copy.form_data["body_nl"] == [long_body("blauw")]
    assert copy.form_data["title_nl"] == [page.title_nl]
    # The form shows the copy: the restored title, the rest as it was.
    form = soup(editor_client.get(f"/beheer/pages/page/{page.pk}/change/"))
    assert form.find("input", {"name": "title_fr"})["value"] == "Ancien titre"


def test_restore_one_language_leaves_the_others(publisher_client, page):
    older = save_version(page)
    save_version(
        page,
        title_fr="Nouveau titre",
        body_fr="<p>Nouveau texte.</p>",
        title_nl="Nieuwe titel",
    )
    response = publisher_client.post(
        restore_url(page), {"version_id": older.pk, "language": "fr"}
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.title_fr == "Ancien titre"
    assert page.body_fr == "<p>Texte français.</p>"
    assert page.title_nl == "Nieuwe titel"


def test_a_restore_needs_the_change_permission_and_a_csrf_token(editor, page):
    older = save_version(page)
    newer = save_version(page, title_fr="Nouveau titre")
    viewer = User.objects.create_user("lezer", password="x", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_page"))
    client = Client()
    client.force_login(viewer)
    assert client.get(compare_url(page, older, newer)).status_code == 200
    response = client.post(
        restore_url(page), {"version_id": older.pk, "field": "title_fr"}
    )
    assert response.status_code == 403

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(editor)
    response = strict.post(
        restore_url(page), {"version_id": older.pk, "field": "title_fr"}
    )
    assert response.status_code == 403
    page.refresh_from_db()
    assert page.title_fr == "Nouveau titre"


def test_a_restore_that_breaks_a_rule_saves_nothing_and_says_why(publisher_client):
    page = make_page(slug="rol", key="privacy")
    older = save_version(page)
    save_version(page, key="")
    make_page(slug="andere", key="privacy")
    response = publisher_client.post(
        restore_url(page), {"version_id": older.pk, "field": "key"}, follow=True
    )
    assert response.status_code == 200
    page.refresh_from_db()
    assert page.key == ""
    assert [m.level_tag for m in response.context["messages"]] == ["error"]
    assert Version.objects.get_for_object(page).count() == 2


@pytest.mark.parametrize(
    "query",
    [
        "",
        "?version_id1=abc&version_id2=1",
        "?version_id1=0&version_id2=1",
        "?version_id1=99999999999999999999&version_id2=1",
        "?version_id1=999999&version_id2=999998",
    ],
)
def test_bad_version_ids_give_404(editor_client, page, query):
    save_version(page)
    save_version(page, title_fr="Nouveau titre")
    url = f"/beheer/pages/page/{page.pk}/history/compare/{query}"
    assert editor_client.get(url, follow=True).status_code == 404


def test_versions_of_another_item_or_no_item_give_404(editor_client, page):
    older = save_version(page)
    newer = save_version(page, title_fr="Nouveau titre")
    other = make_page(slug="ander")
    for url in (
        compare_url(other, older, newer),
        f"/beheer/pages/page/abc/history/compare/?version_id1={older.pk}"
        f"&version_id2={newer.pk}",
    ):
        assert editor_client.get(url, follow=True).status_code == 404
    for obj, data in (
        (page, {"version_id": "abc", "field": "title_fr"}),
        (page, {"version_id": older.pk, "field": "no_such_field"}),
        (page, {"version_id": older.pk, "field": "image"}),
        (page, {"version_id": older.pk}),
        (other, {"version_id": older.pk, "field": "title_fr"}),
    ):
        response = editor_client.post(restore_url(obj), data, follow=True)
        assert response.status_code == 404
    assert editor_client.get(restore_url(page)).status_code == 405
    page.refresh_from_db()
    assert page.title_fr == "Nouveau titre"


def test_the_history_list_labels_every_choice(editor_client, page):
    save_version(page)
    save_version(page, title_fr="Nouveau titre")
    content = main(editor_client.get(f"/beheer/pages/page/{page.pk}/history/"))
    radios = content.select("input[type=radio]")
    assert len(radios) == 4
    for radio in radios:
        assert content.find("label", attrs={"for": radio["id"]}).get_text(strip=True)
    assert [r["name"] for r in content.select("input[checked]")] == [
        "version_id2",
        "version_id1",
    ]


def test_the_compare_view_and_the_history_speak_dutch(publisher_client, page):
    older = save_version(page)
    newer = save_version(page, title_fr="Nouveau titre", body_nl=long_body("blauw"))
    text = main(publisher_client.get(compare_url(page, older, newer))).get_text(" ")
    for dutch in (
        "Oudere versie",
        "Nieuwere versie",
        "verwijderd:",
        "toegevoegd:",
        "Herstel ‘Titel’ in het Frans uit deze versie",
        "Herstel de tekst in het Frans uit deze versie",
    ):
        assert dutch in text
    history = main(publisher_client.get(f"/beheer/pages/page/{page.pk}/history/"))
    assert "Vergelijk de gekozen versies" in history.get_text(" ")
    for english in ("Restore", "Compare", "deleted:", "added:", "version"):
        assert english not in text + history.get_text(" ")


def test_restores_replay_the_whole_form_for_every_kind_of_field(publisher_client):
    """A date and time, a link to another page, a many-to-many and an edition with
    its figures: the restored field comes back, everything else stays."""
    parent = make_page(slug="ouder")
    page = make_page(slug="kind", parent=parent, publish_from=timezone.now())
    older = save_version(page)
    save_version(page, parent=None, publish_from=None, summary_nl="Nieuw")
    for name in ("parent", "publish_from"):
        response = publisher_client.post(
            restore_url(page), {"version_id": older.pk, "field": name}
        )
        assert response.status_code == 302
    page.refresh_from_db()
    assert page.parent == parent and page.publish_from is not None
    assert page.summary_nl == "Nieuw"

    green = make_sector(slug="groen")
    company = make_company(slug="ryhove", sectors=[green])
    older = save_version(company)
    company.sectors.clear()
    save_version(company, short_description_nl="Nieuwe beschrijving")
    response = publisher_client.post(
        restore_url(company), {"version_id": older.pk, "field": "sectors"}
    )
    assert response.status_code == 302
    company.refresh_from_db()
    assert list(company.sectors.all()) == [green]
    assert company.short_description_nl == "Nieuwe beschrijving"

    edition = Edition.objects.create(year=2023, status="draft", note_nl="Oude noot")
    for organisation in ("Ryhove", "Open Plaats"):
        Figure.objects.create(
            edition=edition,
            organisation=organisation,
            work_form="maatwerk",
            people=10,
            target_group=8,
        )
    older = save_version(edition)
    save_version(edition, note_nl="Nieuwe noot")
    response = publisher_client.post(
        restore_url(edition), {"version_id": older.pk, "field": "note_nl"}
    )
    assert response.status_code == 302
    edition.refresh_from_db()
    assert edition.note_nl == "Oude noot"
    assert sorted(edition.figures.values_list("organisation", "people")) == [
        ("Open Plaats", 10),
        ("Ryhove", 10),
    ]


@pytest.mark.parametrize(
    "make, field",
    [
        (make_project, "title_fr"),
        (make_sector, "name_fr"),
        (make_offering, "name_fr"),
    ],
)
def test_projects_sectors_and_offerings_compare_and_restore(
    publisher_client, make, field
):
    item = make()
    older = save_version(item, **{field: "Ancien"})
    newer = save_version(item, **{field: "Nouveau"})
    content = main(publisher_client.get(compare_url(item, older, newer)))
    assert headings(content, "h2") == ["Frans"]
    response = publisher_client.post(
        restore_url(item), {"version_id": older.pk, "field": field}
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert getattr(item, field) == "Ancien"


def test_rich_text_is_compared_as_the_text_a_reader_sees():
    blocks = html_blocks(
        "<h2>Werk &amp; begeleiding</h2><p>Een <strong>alinea</strong>.<br>Regel</p>"
        '<ul><li>een</li><li>twee</li></ul><ol start="3"><li>drie</li></ol>'
    )
    assert blocks == [
        "Werk & begeleiding",
        "Een alinea.",
        "Regel",
        "• een",
        "• twee",
        "3. drie",
    ]
    diff = str(
        rich_text_diff("<p>Een &lt;b&gt; oude zin.</p>", "<p>Een nieuwe zin.</p>")
    )
    assert "&lt;b&gt;" in diff and "<b>" not in diff  # text stays text


def test_a_publisher_cannot_restore_over_a_waiting_working_copy(
    editor_client, publisher_client, page
):
    older = save_version(page)
    save_version(page, title_fr="Nouveau titre", title_en="New title")
    editor_client.post(restore_url(page), {"version_id": older.pk, "field": "title_fr"})
    assert WorkingCopy.objects.filter(object_id=page.pk).exists()
    response = publisher_client.post(
        restore_url(page), {"version_id": older.pk, "field": "title_en"}, follow=True
    )
    assert [m.level_tag for m in response.context["messages"]] == ["error"]
    page.refresh_from_db()
    assert (page.title_fr, page.title_en) == ("Nouveau titre", "New title")


def test_an_editor_restores_a_draft_page_directly(editor_client):
    page = make_page(slug="concept", status="draft", summary_nl="Oude samenvatting")
    older = save_version(page)
    save_version(page, summary_nl="Nieuwe samenvatting")
    response = editor_client.post(
        restore_url(page), {"version_id": older.pk, "field": "summary_nl"}
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.summary_nl == "Oude samenvatting"
    assert not WorkingCopy.objects.filter(object_id=page.pk).exists()
    comment = Version.objects.get_for_object(page).first().revision.comment
    assert "samenvatting" in comment.lower()
