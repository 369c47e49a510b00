"""Working copies of published items and the four-eyes publish (core.drafts)."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib import messages
from django.contrib.auth.models import Group, User
from django.core import mail
from django.test import Client
from django.utils import timezone
from post_office import mail as post_office_mail
from post_office.models import STATUS, Email
from reversion.models import Version

from core.models import WorkingCopy
from core.permissions import EDITOR_GROUP, PUBLISHER_GROUP
from jobcount.models import Edition
from pages.models import Page
from tests.factories import image_file, make_company, make_page
from tests.html import form_data

pytestmark = pytest.mark.django_db

OLD = "Oude tekst die bezoekers kennen."
NEW = "Nieuwe tekst van de redacteur."


@pytest.fixture
def live_page(db):
    return make_page(summary_nl=OLD)


def change_url(obj):
    opts = obj._meta
    return f"/beheer/{opts.app_label}/{opts.model_name}/{obj.pk}/change/"


def visitor_sees(page, text):
    return text in Client().get(page.get_absolute_url()).content.decode()


def history(obj):
    return Version.objects.get_for_object(obj).count()


def edit(client, obj, button="_save", **changes):
    url = change_url(obj)
    data = form_data(client, url)
    data.update({key: [value] for key, value in changes.items()})
    data[button] = ["1"]
    return client.post(url, data)


def send_queued_mail():
    """What `manage.py send_queued_mail` does, in this process and connection."""
    post_office_mail.send_queued(processes=1)


def test_the_groups_and_the_permission():
    editors = Group.objects.get(name=EDITOR_GROUP)
    publishers = Group.objects.get(name=PUBLISHER_GROUP)
    codenames = set(publishers.permissions.values_list("codename", flat=True))
    assert "publish_content" in codenames
    assert "publish_content" not in editors.permissions.values_list(
        "codename", flat=True
    )
    assert set(editors.permissions.values_list("codename", flat=True)) <= codenames


def test_an_editors_save_of_a_live_page_keeps_visitors_on_the_old_text(
    editor_client, live_page
):
    before = history(live_page)
    response = edit(editor_client, live_page, summary_nl=NEW)
    assert response.status_code == 302, response.content.decode()[:3000]

    live_page.refresh_from_db()
    assert live_page.summary_nl == OLD
    assert visitor_sees(live_page, OLD) and not visitor_sees(live_page, NEW)
    assert history(live_page) == before  # no revision for a working copy
    copy = WorkingCopy.objects.get()
    assert copy.state == WorkingCopy.State.DRAFT
    assert copy.form_data["summary_nl"] == [NEW]
    assert "csrfmiddlewaretoken" not in copy.form_data
    assert "_save" not in copy.form_data

    # The editor sees the working copy in the form, and a notice.
    response = editor_client.get(change_url(live_page))
    assert NEW in response.content.decode()
    notices = [str(m) for m in response.context["messages"]]
    assert any("redacteur" in notice for notice in notices)


def test_invalid_input_saves_no_working_copy(editor_client, live_page):
    response = edit(editor_client, live_page, title_nl="", summary_nl=NEW)
    assert response.status_code == 200
    assert response.context["errors"]
    assert not WorkingCopy.objects.exists()


def test_an_editor_cannot_publish_directly(editor_client, client):
    draft = make_page(status=Page.Status.DRAFT, slug="concept")
    response = edit(editor_client, draft, status="published", summary_nl=NEW)
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == Page.Status.DRAFT  # the status field is not theirs
    assert draft.summary_nl == NEW  # a draft is saved as usual
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_submit_then_the_publisher_publishes(
    editor_client, publisher_client, editor, publisher, live_page
):
    response = edit(editor_client, live_page, "_submit_for_review", summary_nl=NEW)
    assert response.status_code == 302
    copy = WorkingCopy.objects.get()
    assert copy.state == WorkingCopy.State.SUBMITTED
    assert copy.author == editor and copy.submitted_at is not None
    assert copy.form_data["status"] == ["published"]
    assert not visitor_sees(live_page, NEW)

    # The final editors are mailed, through the queue (retried until sent).
    assert Email.objects.filter(to=[publisher.email]).exists()
    send_queued_mail()
    assert [m.to for m in mail.outbox] == [[publisher.email]]
    assert change_url(live_page) in mail.outbox[0].body

    before = history(live_page)
    response = edit(publisher_client, live_page)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert visitor_sees(live_page, NEW)
    assert not WorkingCopy.objects.exists()
    assert history(live_page) == before + 1  # the publication is in the history
    send_queued_mail()
    assert mail.outbox[-1].to == [editor.email]


def test_a_submitted_draft_item_is_published_by_the_publisher(
    editor_client, publisher_client, client
):
    draft = make_page(status=Page.Status.DRAFT, slug="nieuw")
    edit(editor_client, draft, "_submit_for_review", summary_nl=NEW)
    draft.refresh_from_db()
    assert draft.status == Page.Status.DRAFT
    assert client.get(draft.get_absolute_url()).status_code == 404
    edit(publisher_client, draft)
    draft.refresh_from_db()
    assert draft.status == Page.Status.PUBLISHED and draft.summary_nl == NEW


def test_send_back_with_a_comment_mails_the_author(
    editor_client, publisher_client, editor, live_page
):
    edit(editor_client, live_page, "_submit_for_review", summary_nl=NEW)
    response = edit(
        publisher_client,
        live_page,
        "_send_back",
        _review_comment="Graag korter.",
    )
    assert response.status_code == 302
    copy = WorkingCopy.objects.get()
    assert copy.state == WorkingCopy.State.SENT_BACK
    assert copy.comment == "Graag korter."
    assert not visitor_sees(live_page, NEW)
    send_queued_mail()
    sent_back = [m for m in mail.outbox if m.to == [editor.email]]
    assert len(sent_back) == 1 and "Graag korter." in sent_back[0].body
    assert change_url(live_page) in sent_back[0].body

    # The author finds the comment on the form and on the dashboard.
    response = editor_client.get(change_url(live_page))
    assert any("Graag korter." in str(m) for m in response.context["messages"])
    assert "Graag korter." in editor_client.get("/beheer/").content.decode()


def test_send_back_needs_a_comment(editor_client, publisher_client, live_page):
    edit(editor_client, live_page, "_submit_for_review", summary_nl=NEW)
    edit(publisher_client, live_page, "_send_back", _review_comment="  ")
    assert WorkingCopy.objects.get().state == WorkingCopy.State.SUBMITTED


def test_an_editor_cannot_send_back(editor_client, live_page):
    edit(editor_client, live_page, "_submit_for_review", summary_nl=NEW)
    edit(editor_client, live_page, "_send_back", _review_comment="Zelf")
    assert WorkingCopy.objects.get().state == WorkingCopy.State.SUBMITTED


def test_discard_the_working_copy(editor_client, live_page):
    edit(editor_client, live_page, summary_nl=NEW)
    edit(editor_client, live_page, "_discard_working_copy")
    assert not WorkingCopy.objects.exists()
    assert NEW not in editor_client.get(change_url(live_page)).content.decode()


def test_a_publishers_save_without_the_copy_in_the_form_keeps_the_copy(
    editor_client, publisher_client, live_page
):
    url = change_url(live_page)
    stale = form_data(publisher_client, url)  # opened before the copy existed
    edit(editor_client, live_page, "_submit_for_review", summary_nl=NEW)
    publisher_client.post(url, {**stale, "meta_description_nl": ["Iets anders"]})
    assert WorkingCopy.objects.exists()


def test_a_superuser_publishes_at_once(admin_client, live_page):
    response = edit(admin_client, live_page, summary_nl=NEW)
    assert response.status_code == 302
    assert visitor_sees(live_page, NEW)
    assert not WorkingCopy.objects.exists()


def test_lists_show_and_filter_unpublished_changes(editor_client, live_page):
    other = make_page(slug="andere", title_nl="Andere pagina")
    edit(editor_client, live_page, summary_nl=NEW)
    response = editor_client.get("/beheer/pages/page/?working_copy=any")
    shown = list(response.context["cl"].result_list)
    assert shown == [live_page]
    assert "working_copy=submitted" in response.content.decode()
    everything = editor_client.get("/beheer/pages/page/")
    assert {p.pk for p in everything.context["cl"].result_list} >= {
        live_page.pk,
        other.pk,
    }


def test_the_dashboard_panels(editor_client, publisher_client, live_page):
    assert "working_copy_list" not in editor_client.get("/beheer/").content.decode()
    edit(editor_client, live_page, "_submit_for_review", summary_nl=NEW)
    own = BeautifulSoup(editor_client.get("/beheer/").content, "html.parser")
    links = [a["href"] for a in own.select(".working-copy-list a")]
    assert links == [change_url(live_page)]
    review = BeautifulSoup(publisher_client.get("/beheer/").content, "html.parser")
    sections = review.select(".working-copies section")
    assert sections[0].find("a")["href"] == change_url(live_page)
    # First on the page: before the list of apps.
    assert str(review).index("working-copies") < str(review).index("content-main")


def test_a_future_publish_from_takes_the_item_off_until_then(
    editor_client, publisher_client, live_page
):
    start = timezone.localtime() + datetime.timedelta(days=3)
    edit(
        editor_client,
        live_page,
        "_submit_for_review",
        summary_nl=NEW,
        publish_from_0=start.strftime("%d-%m-%Y"),
        publish_from_1=start.strftime("%H:%M:%S"),
    )
    assert visitor_sees(live_page, OLD)  # until published
    response = edit(publisher_client, live_page)
    assert response.status_code == 302, response.content.decode()[:3000]
    live_page.refresh_from_db()
    assert live_page.publish_from is not None
    shown = publisher_client.get("/beheer/").context["messages"]
    assert [m.level for m in shown if m.level == messages.WARNING]
    assert Client().get(live_page.get_absolute_url()).status_code == 404
    later = live_page.publish_from + datetime.timedelta(minutes=1)
    assert Page.objects.visible(later).filter(pk=live_page.pk).exists()
    assert live_page.summary_nl == NEW


def test_an_editions_figures_wait_in_the_working_copy(editor_client, publisher_client):
    edition = Edition.objects.create(year=2025, status="published")
    url = change_url(edition)
    data = form_data(editor_client, url)
    data.update(
        {
            "figures-TOTAL_FORMS": ["1"],
            "figures-0-organisation": ["Werkplaats Gent"],
            "figures-0-work_form": ["maatwerk"],
            "figures-0-people": ["12"],
            "figures-0-target_group": ["10"],
            "figures-0-fte": ["9.5"],
            "_save": ["1"],
        }
    )
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert edition.figures.count() == 0
    assert WorkingCopy.objects.get().form_data["figures-0-people"] == ["12"]

    # The inline shows the copy's figure; publishing saves it.
    assert "Werkplaats Gent" in publisher_client.get(url).content.decode()
    response = edit(publisher_client, edition)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert list(edition.figures.values_list("people", flat=True)) == [12]


def test_a_company_gets_a_working_copy(editor_client):
    company = make_company(short_description_nl=OLD)
    response = edit(editor_client, company, short_description_nl=NEW)
    assert response.status_code == 302, response.content.decode()[:3000]
    company.refresh_from_db()
    assert company.short_description_nl == OLD and company.published
    copy = WorkingCopy.objects.get()
    assert copy.form_data["published"] == ["on"]


def test_an_editors_revert_to_an_old_version_becomes_a_working_copy(
    admin_client, editor_client, live_page
):
    edit(admin_client, live_page, summary_nl="Eerste versie.")
    edit(admin_client, live_page, summary_nl="Tweede versie.")
    oldest = Version.objects.get_for_object(live_page).order_by("pk").first()
    url = f"{change_url(live_page).removesuffix('change/')}history/{oldest.pk}/"
    data = form_data(editor_client, url)
    response = editor_client.post(url, {**data, "_save": ["1"]})
    assert response.status_code == 302, response.content.decode()[:3000]
    live_page.refresh_from_db()
    assert live_page.summary_nl == "Tweede versie."
    assert WorkingCopy.objects.get().form_data["summary_nl"] == ["Eerste versie."]


def test_an_image_uploaded_into_a_working_copy(
    editor_client,
    publisher_client,
    live_page,
    settings,
    tmp_path,
    django_capture_on_commit_callbacks,
):
    settings.MEDIA_ROOT = tmp_path
    url = change_url(live_page)
    data = form_data(editor_client, url)
    data.update(image_alt_nl=["Een foto"], _save=["1"])
    response = editor_client.post(url, {**data, "image": image_file()})
    assert response.status_code == 302, response.content.decode()[:3000]
    live_page.refresh_from_db()
    assert not live_page.image
    stored = WorkingCopy.objects.get().files["image"]
    assert (tmp_path / stored).exists()

    # Shown in the form, published with the copy; the copy's file goes after.
    assert stored in publisher_client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = edit(publisher_client, live_page)
    assert response.status_code == 302, response.content.decode()[:3000]
    live_page.refresh_from_db()
    assert live_page.image and (tmp_path / live_page.image.name).exists()
    assert live_page.image.name != stored and not (tmp_path / stored).exists()


def test_a_working_copy_of_an_item_changed_since_is_refused(
    editor_client, publisher_client, admin_client, live_page
):
    edit(editor_client, live_page, "_submit_for_review", summary_nl=NEW)
    # Someone saves the live item meanwhile (the copy's version is now old).
    live_page.refresh_from_db()
    live_page.meta_description_nl = "Intussen gewijzigd."
    live_page.save()
    response = publisher_client.get(change_url(live_page))
    assert [m for m in response.context["messages"] if m.level == messages.WARNING]
    response = edit(publisher_client, live_page)
    assert response.status_code == 200 and response.context["errors"]
    live_page.refresh_from_db()
    assert live_page.summary_nl == OLD
    assert live_page.meta_description_nl == "Intussen gewijzigd."
    assert WorkingCopy.objects.exists()


def test_a_mail_that_fails_is_tried_again(
    editor_client, publisher, live_page, settings
):
    settings.EMAIL_BACKEND = "tests.helpers.FailingEmailBackend"
    edit(editor_client, live_page, "_submit_for_review", summary_nl=NEW)
    send_queued_mail()
    queued = Email.objects.get(to=[publisher.email])
    assert queued.status == STATUS.requeued
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    Email.objects.update(scheduled_time=None)  # its pause is over
    send_queued_mail()
    assert [m.to for m in mail.outbox] == [[publisher.email]]


def test_a_second_editor_cannot_overwrite_a_working_copy_unseen(
    editor_client, live_page
):
    other = User.objects.create_user("tweede", "t@example.org", is_staff=True)
    other.groups.add(Group.objects.get(name=EDITOR_GROUP))
    other_client = Client()
    other_client.force_login(other, backend="django.contrib.auth.backends.ModelBackend")
    url = change_url(live_page)
    opened = form_data(other_client, url)  # before the first editor's copy
    edit(editor_client, live_page, summary_nl=NEW)
    response = other_client.post(
        url, {**opened, "summary_nl": ["Iets anders."], "_save": ["1"]}
    )
    assert response.status_code == 200 and response.context["errors"]
    assert WorkingCopy.objects.get().form_data["summary_nl"] == [NEW]
    # Opened again, the form shows the copy, and a save goes through.
    response = edit(other_client, live_page, summary_nl="Iets anders.")
    assert response.status_code == 302
    assert WorkingCopy.objects.get().form_data["summary_nl"] == ["Iets anders."]
