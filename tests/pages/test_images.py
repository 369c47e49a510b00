"""Responsive images: renditions in WebP and the original's format at a few widths,
made on save, never upscaled, never orphaned; <picture> with srcset, sizes, width,
height and loading; the original whenever a rendition is missing or broken."""

import io
import os
import time

import pytest
import reversion
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.template import Context, Template
from django.utils import translation
from PIL import Image, ImageCms
from reversion.models import Version

from companies.models import Company
from core.images import RENDITION_WIDTHS, reencode_image
from pages.models import Page
from tests.factories import (
    image_bytes,
    image_file,
    make_company,
    make_page,
    make_project,
)
from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def stored(root) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def stem(name):
    return name.rsplit("/", 1)[-1].rsplit(".", 1)[0]


def renditions(name, widths, extensions):
    folder = name.rsplit("/", 1)[0]
    return {
        f"{folder}/renditions/{stem(name)}-{w}w.{ext}"
        for w in widths
        for ext in extensions
    }


def page_with_image(**overrides):
    values = {"image": image_file(), "image_alt_nl": "Een groene rechthoek"}
    values.update(overrides)
    return make_page(**values)


# Renditions made on save


def test_renditions_are_made_on_save_in_webp_and_the_original_format(media):
    page = page_with_image()
    page.refresh_from_db()
    assert page.image.name.startswith("pages/")
    assert page.image_renditions == [320, 640, 960, 1280]
    assert (page.image_width, page.image_height) == (1600, 1000)
    expected = renditions(page.image.name, RENDITION_WIDTHS, ("webp", "jpg"))
    assert stored(media) == {page.image.name} | expected
    for name in expected:
        with Image.open(media / name) as image:
            width = int(name.rsplit("-", 1)[1].split("w.")[0])
            assert image.format == ("WEBP" if name.endswith(".webp") else "JPEG")
            assert image.size == (width, round(1000 * width / 1600))


def test_a_small_image_is_never_upscaled(media):
    page = page_with_image(image=image_file("klein.png", size=(500, 300)))
    assert page.image_renditions == [320, 500]
    assert stored(media) == {page.image.name} | renditions(
        page.image.name, (320, 500), ("webp", "png")
    )
    with Image.open(
        media / f"pages/renditions/{stem(page.image.name)}-500w.webp"
    ) as im:
        assert im.size == (500, 300)


def test_a_webp_original_gets_webp_renditions_only(media):
    page = page_with_image(image=image_file("foto.webp", size=(700, 700), alpha=True))
    assert stored(media) == {page.image.name} | renditions(
        page.image.name, (320, 640, 700), ("webp",)
    )
    with Image.open(
        media / f"pages/renditions/{stem(page.image.name)}-320w.webp"
    ) as im:
        assert im.mode == "RGBA"  # transparency kept


def test_an_upload_through_the_admin_gets_renditions(admin_client, media):
    upload = SimpleUploadedFile(
        "vakantie.jpg", image_bytes(size=(1000, 800)), content_type="image/jpeg"
    )
    response = admin_client.post(
        "/beheer/pages/page/add/",
        {
            "title_nl": "Beeld",
            "slug_nl": "beeld",
            "status": "published",
            "menu_order": 100,
            "image": upload,
            "image_alt_nl": "Een groene rechthoek",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    page = Page.objects.get(slug_nl="beeld")
    assert page.image_renditions == [320, 640, 960, 1000]
    assert (page.image_width, page.image_height) == (1000, 800)
    assert len(stored(media)) == 1 + 4 * 2


def test_a_photo_is_turned_upright_by_its_exif_orientation(admin_client, media):
    exif = Image.Exif()
    exif[0x0112] = 6  # rotated 90°: shown upright, the photo is portrait
    upload = SimpleUploadedFile(
        "telefoon.jpg",
        image_bytes(size=(800, 600), exif=exif.tobytes()),
        content_type="image/jpeg",
    )
    admin_client.post(
        "/beheer/pages/page/add/",
        {
            "title_nl": "Beeld",
            "slug_nl": "beeld",
            "status": "published",
            "menu_order": 100,
            "image": upload,
            "image_alt_nl": "Een foto",
        },
    )
    page = Page.objects.get(slug_nl="beeld")
    assert (page.image_width, page.image_height) == (600, 800)
    with Image.open(page.image.path) as image:
        assert image.size == (600, 800)
        assert 0x0112 not in image.getexif()


@pytest.mark.parametrize("profile", ["srgb", "broken"])
def test_a_colour_profile_is_applied_not_carried_along(profile):
    icc = (
        ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
        if profile == "srgb"
        else b"not a colour profile"
    )
    upload = SimpleUploadedFile(
        "p.jpg", image_bytes(size=(40, 30), icc_profile=icc), content_type="image/jpeg"
    )
    with Image.open(reencode_image(upload)) as image:
        assert image.size == (40, 30)
        assert ("icc_profile" in image.info) is False
        pixel = image.getpixel((36, 2))  # teal, as it was
        assert all(abs(a - b) < 16 for a, b in zip(pixel, (0, 128, 128), strict=True))


# No orphans


def test_a_replaced_image_leaves_no_orphan_renditions(
    media, django_capture_on_commit_callbacks
):
    page = page_with_image()
    old = page.image.name
    page = Page.objects.get(pk=page.pk)  # as the admin loads it
    with django_capture_on_commit_callbacks(execute=True):
        page.image = image_file("nieuw.png", size=(900, 600))
        page.save()
    new = page.image.name
    assert new != old
    page.refresh_from_db()
    assert page.image_renditions == [320, 640, 900]
    # The old original stays (the admin history can bring it back), its renditions go.
    assert stored(media) == {old, new} | renditions(
        new, (320, 640, 900), ("webp", "png")
    )


def test_a_cleared_image_takes_its_renditions_along(
    media, django_capture_on_commit_callbacks
):
    page = Page.objects.get(pk=page_with_image().pk)
    name = page.image.name
    with django_capture_on_commit_callbacks(execute=True):
        page.image = None
        page.save()
    page.refresh_from_db()
    assert page.image_renditions == [] and page.image_width is None
    assert stored(media) == {name}


@pytest.mark.parametrize("how", ["instance", "queryset"])
def test_a_deleted_object_takes_its_renditions_along(
    media, django_capture_on_commit_callbacks, how
):
    company = make_company(
        image=image_file("logo.png", size=(400, 200)), image_alt_nl="Logo"
    )
    name = company.image.name
    assert name.startswith("logos/") and len(stored(media)) == 1 + 2 * 2
    with django_capture_on_commit_callbacks(execute=True):
        if how == "instance":
            company.delete()
        else:
            Company.objects.filter(pk=company.pk).delete()
    assert stored(media) == {name}


def test_a_rolled_back_replacement_keeps_the_renditions_in_use(
    media, django_capture_on_commit_callbacks
):
    page = Page.objects.get(pk=page_with_image().pk)
    before = stored(media)
    with django_capture_on_commit_callbacks(execute=False):  # never committed
        page.image = image_file("nieuw.jpg")
        page.save()
    assert before <= stored(media)


def test_a_version_restored_from_the_history_gets_its_renditions_back(
    client, media, django_capture_on_commit_callbacks
):
    with reversion.create_revision():
        page = page_with_image()
    first = page.image.name
    with (
        django_capture_on_commit_callbacks(execute=True),
        reversion.create_revision(),
    ):
        page = Page.objects.get(pk=page.pk)
        page.image = image_file("nieuw.png", size=(900, 600))
        page.save()
    second = page.image.name
    assert not renditions(first, RENDITION_WIDTHS, ("webp",)) & stored(media)

    # Reverting writes the old row as it was (a raw save): the recorded renditions
    # of the first image are gone, so the page shows its original meanwhile.
    oldest = Version.objects.get_for_object(page).order_by("pk").first()
    with django_capture_on_commit_callbacks(execute=True):
        oldest.revision.revert()
    page = Page.objects.get(pk=page.pk)
    assert page.image.name == first and page.image_renditions == []
    assert stored(media) == {first, second}
    response = client.get("/nl/testpagina/")
    assert response.status_code == 200
    assert soup(response).select_one("figure img")["src"] == f"/media/{first}"

    # The next save (the admin's, after a revert) makes them again.
    page.save()
    assert stored(media) == {first, second} | renditions(
        first, RENDITION_WIDTHS, ("webp", "jpg")
    )


# The HTML


def test_the_page_shows_a_picture_with_srcset_sizes_width_height_and_loading(
    client, media
):
    page = page_with_image()
    html = soup(client.get("/nl/testpagina/"))
    picture = html.select_one("figure.page-image picture")
    source, img = picture.select_one("source"), picture.select_one("img")
    base = f"/media/pages/renditions/{stem(page.image.name)}"
    assert source["type"] == "image/webp"
    assert source["srcset"] == ", ".join(
        f"{base}-{w}w.webp {w}w" for w in RENDITION_WIDTHS
    )
    assert img["srcset"] == ", ".join(f"{base}-{w}w.jpg {w}w" for w in RENDITION_WIDTHS)
    assert img["src"] == f"{base}-1280w.jpg"
    assert source["sizes"] == img["sizes"] and "100vw" in img["sizes"]
    assert (img["width"], img["height"]) == ("1280", "800")
    assert img["alt"] == "Een groene rechthoek" and not img.has_attr("lang")
    # The lead image: loaded at once, first.
    assert img["loading"] == "eager" and img["fetchpriority"] == "high"
    assert img["decoding"] == "async"
    for url in [img["src"], source["srcset"].split(", ")[0].split(" ")[0]]:
        response = client.get(url)
        assert response.status_code == 200
        assert response["Content-Type"] in ("image/jpeg", "image/webp")


@pytest.mark.parametrize(
    "make", [make_project, make_company], ids=["project", "company"]
)
def test_projects_and_companies_show_a_picture_too(client, media, make):
    obj = make(image=image_file(), image_alt_nl="Een groene rechthoek")
    with translation.override("nl"):
        url = obj.get_absolute_url()
    response = client.get(url)
    assert response.status_code == 200, url
    img = soup(response).select_one("figure.page-image picture img")
    assert img["srcset"] and img["sizes"] and img["width"] and img["loading"]


def test_showing_a_page_opens_no_image_file(client, media, monkeypatch):
    page_with_image()

    def refuse(*args, **kwargs):
        raise AssertionError("an image file was opened to show the page")

    monkeypatch.setattr(FileSystemStorage, "open", refuse)
    response = client.get("/nl/testpagina/")
    assert response.status_code == 200
    assert soup(response).select_one("figure picture img")["width"] == "1280"


def test_the_alternative_text_is_in_the_language_shown(client, media):
    page = page_with_image(title_en="Test page", slug_en="test-page")
    img = soup(client.get("/en/test-page/")).select_one("figure img")
    assert img["alt"] == "Een groene rechthoek" and img["lang"] == "nl"
    page.image_alt_en = "A green rectangle"
    page.save()
    img = soup(client.get("/en/test-page/")).select_one("figure img")
    assert img["alt"] == "A green rectangle" and not img.has_attr("lang")


def test_an_image_below_the_fold_is_lazy(media):
    page = page_with_image()
    html = Template("{% load images %}{% picture obj %}").render(Context({"obj": page}))
    img = BeautifulSoup(html, "html.parser").select_one("img")
    assert img["loading"] == "lazy" and not img.has_attr("fetchpriority")


def test_a_page_without_image_shows_no_figure(client, media):
    make_page()
    assert soup(client.get("/nl/testpagina/")).select_one("figure") is None


# Never a 500: the original instead


def test_a_missing_rendition_file_falls_back_to_the_original(client, media):
    page = page_with_image()
    (media / f"pages/renditions/{stem(page.image.name)}-640w.webp").unlink()
    response = client.get("/nl/testpagina/")
    assert response.status_code == 200
    figure = soup(response).select_one("figure.page-image")
    img = figure.select_one("img")
    assert figure.select_one("source") is None and not img.has_attr("srcset")
    assert img["src"] == f"/media/{page.image.name}"
    assert (img["width"], img["height"]) == ("1600", "1000")


def test_an_unreadable_image_is_saved_and_shown_as_it_is(client, media):
    page = page_with_image(image=ContentFile(b"not an image at all", name="kapot.jpg"))
    page.refresh_from_db()
    assert page.image_renditions == []
    assert stored(media) == {page.image.name}  # nothing half made
    response = client.get("/nl/testpagina/")
    assert response.status_code == 200
    img = soup(response).select_one("figure img")
    assert img["src"] == f"/media/{page.image.name}" and not img.has_attr("width")


def test_a_missing_original_without_a_recorded_size_gives_no_error(client, media):
    page = page_with_image()
    Page.objects.update(image_renditions=[], image_width=None, image_height=None)
    (media / page.image.name).unlink()
    response = client.get("/nl/testpagina/")
    assert response.status_code == 200
    assert soup(response).select_one("figure img")["src"] == f"/media/{page.image.name}"


@pytest.mark.parametrize("record", ["junk", [320, "640"], [True], {"w": 320}, [-1]])
def test_a_garbled_record_falls_back_to_the_original(client, media, record):
    page = page_with_image()
    Page.objects.update(image_renditions=record)
    response = client.get("/nl/testpagina/")
    assert response.status_code == 200
    assert soup(response).select_one("figure img")["src"] == f"/media/{page.image.name}"


# The make_renditions command


def run_command(*args):
    out = io.StringIO()
    call_command("make_renditions", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def mtimes(root):
    return {name: os.stat(root / name).st_mtime_ns for name in stored(root)}


def test_the_command_makes_what_is_missing_and_is_idempotent(client, media):
    page = page_with_image()
    company = make_company(
        image=image_file("logo.png", size=(400, 200)), image_alt_nl="Logo"
    )
    complete = stored(media)
    # As after an upgrade: images without renditions, nor a recorded size.
    for path in (media / "pages" / "renditions").iterdir():
        path.unlink()
    Page.objects.update(image_renditions=[], image_width=None, image_height=None)
    (media / f"logos/renditions/{stem(company.image.name)}-400w.png").unlink()

    assert "made for 2 images, 0 already complete" in run_command()
    assert stored(media) == complete
    page.refresh_from_db()
    assert page.image_renditions == [320, 640, 960, 1280]
    assert (page.image_width, page.image_height) == (1600, 1000)
    assert soup(client.get("/nl/testpagina/")).select_one("figure source")

    before = mtimes(media)
    time.sleep(0.01)
    assert "made for 0 images, 2 already complete" in run_command()
    assert mtimes(media) == before  # nothing rewritten

    assert "made for 2 images" in run_command("--force")
    assert stored(media) == complete


def test_the_command_reports_an_image_it_cannot_read(media):
    page = page_with_image()
    (media / page.image.name).write_bytes(b"broken")
    Page.objects.update(image_renditions=[])
    out = io.StringIO()
    err = io.StringIO()
    call_command("make_renditions", stdout=out, stderr=err)
    assert "1 failed" in out.getvalue() and page.image.name in err.getvalue()
    page.refresh_from_db()
    assert page.image_renditions == []


def test_the_command_prunes_only_old_unused_renditions(media):
    page = page_with_image()
    in_use = stored(media)
    orphan = media / "pages/renditions/0123abcd-320w.webp"
    fresh = media / "pages/renditions/4567cdef-320w.webp"
    for path in (orphan, fresh):
        path.write_bytes(image_bytes(size=(10, 10), image_format="WEBP"))
    old = time.time() - 2 * 3600
    os.utime(orphan, (old, old))
    (media / "pages/ander-origineel.jpg").write_bytes(image_bytes(size=(10, 10)))
    os.utime(media / page.image.name, (old, old))

    assert "1 unused rendition files deleted" in run_command("--prune")
    assert stored(media) == in_use | {
        "pages/renditions/4567cdef-320w.webp",  # younger than an hour: maybe in use
        "pages/ander-origineel.jpg",  # originals are never pruned
    }


# Backup and restore


@pytest.mark.django_db(transaction=True)
def test_renditions_survive_a_backup_and_restore(client, media, tmp_path):
    page_with_image()
    before = stored(media)
    assert len(before) == 1 + 4 * 2
    call_command("backup", folder=str(tmp_path / "backup"), verbosity=0)
    call_command("flush", interactive=False, verbosity=0)
    for path in media.rglob("*"):
        if path.is_file():
            path.unlink()
    call_command("restore", str(tmp_path / "backup"), yes=True, verbosity=0)
    assert stored(media) == before
    assert "made for 0 images, 1 already complete" in run_command()
    img = soup(client.get("/nl/testpagina/")).select_one("figure img")
    assert img["srcset"] and client.get(img["src"]).status_code == 200
