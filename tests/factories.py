"""Plain functions that make valid objects; override what a test cares about."""

import datetime
import io

from django.core.files.base import ContentFile
from PIL import Image, ImageColor

from pages.models import Page, Project


def image_bytes(
    size=(1600, 1000), image_format="JPEG", color="teal", alpha=False, **save
) -> bytes:
    """A real image made with Pillow (the demo content has none): a colour with a
    diagonal of dots, so that it does not compress to nothing."""
    if alpha:  # half transparent
        image = Image.new("RGBA", size, (*ImageColor.getrgb(color)[:3], 128))
    else:
        image = Image.new("RGB", size, color)
    width, height = size
    for x in range(0, width, max(1, width // 50)):
        y = x * height // width
        image.paste("orange", (x, y, x + 4, y + 4))
    buffer = io.BytesIO()
    image.save(buffer, format=image_format, **save)
    return buffer.getvalue()


def image_file(name="foto.jpg", **kwargs) -> ContentFile:
    """An image to assign to an image field (saved under upload_to with the model)."""
    image_format = {"png": "PNG", "webp": "WEBP"}.get(name.rsplit(".", 1)[-1], "JPEG")
    return ContentFile(image_bytes(image_format=image_format, **kwargs), name=name)


def make_page(**overrides) -> Page:
    slug = overrides.pop("slug", "testpagina")
    values = {
        "title_nl": "Testpagina",
        "slug_nl": slug,
        "summary_nl": "Een korte samenvatting.",
        "body_nl": "<p>Tekst van de pagina.</p>",
        "status": Page.Status.PUBLISHED,
    }
    values.update(overrides)
    page = Page(**values)
    page.full_clean()
    page.save()
    return page


def make_project(**overrides) -> Project:
    values = {
        "title_nl": "Testproject",
        "slug_nl": "testproject",
        "summary_nl": "Een project.",
        "body_nl": "<p>Over het project.</p>",
        "start_date": datetime.date(2018, 9, 1),
        "status": Project.Status.PUBLISHED,
    }
    values.update(overrides)
    project = Project(**values)
    project.full_clean()
    project.save()
    return project


def make_sector(slug="bouw-en-renovatie", **overrides):
    from companies.models import Sector

    values = {"slug": slug, "name_nl": slug.replace("-", " ").capitalize()}
    values.update(overrides)
    return Sector.objects.create(**values)


def make_offering(slug="renovatie", category_slug="bouw", **overrides):
    from companies.models import Offering, OfferingCategory

    category, _ = OfferingCategory.objects.get_or_create(
        slug=category_slug, defaults={"name_nl": category_slug.capitalize()}
    )
    values = {"slug": slug, "name_nl": slug.capitalize(), "category": category}
    values.update(overrides)
    return Offering.objects.create(**values)


def make_company(slug="testbedrijf", sectors=(), offerings=(), **overrides):
    from companies.models import Company

    values = {
        "slug": slug,
        "name": slug.replace("-", " ").title(),
        "short_description_nl": "Een bedrijf uit de sociale economie.",
        "published": True,
    }
    values.update(overrides)
    company = Company(**values)
    company.full_clean()
    company.save()
    company.sectors.set(sectors)
    company.offerings.set(offerings)
    return company


def make_vacancy(company, **overrides):
    from companies.models import Vacancy

    values = {
        "company": company,
        "title_nl": "Medewerker fietsherstelling",
        "description_nl": "U herstelt fietsen in ons atelier. U leert het vak bij ons.",
        "posting_url": "https://www.example.org/vacature/fietsherstelling",
        "status": Vacancy.Status.PUBLISHED,
    }
    values.update(overrides)
    vacancy = Vacancy(**values)
    vacancy.full_clean()
    vacancy.save()
    return vacancy


def make_news_item(**overrides):
    from news.models import NewsItem

    values = {
        "title_nl": "Nieuw atelier geopend",
        "slug": "nieuw-atelier-geopend",
        "date": datetime.date(2026, 3, 2),
        "summary_nl": "Een nieuw atelier opent zijn deuren.",
        "body_nl": "<p>Over het nieuwe atelier.</p>",
        "status": NewsItem.Status.PUBLISHED,
    }
    values.update(overrides)
    item = NewsItem(**values)
    item.full_clean()
    item.save()
    return item


def make_event(**overrides):
    """Published, a week from now and three hours long unless told otherwise."""
    from django.utils import timezone

    from news.models import Event

    starts_at = overrides.get("starts_at") or (
        timezone.now().replace(microsecond=0) + datetime.timedelta(days=7)
    )
    values = {
        "title_nl": "Opendeurdag",
        "slug": "opendeurdag",
        "summary_nl": "Kom kijken hoe wij werken.",
        "body_nl": "<p>Iedereen welkom.</p>",
        "starts_at": starts_at,
        "ends_at": starts_at + datetime.timedelta(hours=3),
        "place_nl": "Voorbeeldstraat 1, 9000 Gent",
        "status": Event.Status.PUBLISHED,
    }
    values.update(overrides)
    event = Event(**values)
    event.full_clean()
    event.save()
    return event
