"""Plain functions that make valid objects; override what a test cares about."""

import datetime

from pages.models import Page, Project


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
