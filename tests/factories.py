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
