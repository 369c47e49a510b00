"""Loads the demo content; see the load_demo_content command.

Idempotent: an item is created only when it is missing, so running it twice changes
nothing and an editor's later change is never overwritten.
"""

import datetime

import reversion
from django.db import transaction

from companies.models import Company
from demo import pages_content as demo_content
from pages.models import HomePage, Page, Project

# The companies each project names as partners (content-facts §1.9), by slug.
PROJECT_COMPANIES = {
    "sociaal-gemaakt": [
        "ateljee",
        "compaan",
        "labeur",
        "dienstenbedrijf-sociale-economie",
        "weerwerk",
    ],
    "maatwerkafdeling-dbse": ["dienstenbedrijf-sociale-economie"],
    "foodsavers": ["dienstenbedrijf-sociale-economie"],
    "le-petit-botanique": ["labeur"],
}


# How precise a project's start is and whether it still runs: passed only to a model
# that has these fields (the demo content has them for every project).
PROJECT_FIELDS_NOT_IN_MODEL = tuple(
    field for field in ("start_precision", "running") if not hasattr(Project, field)
)


def translated(field: str, values: dict[str, str]) -> dict[str, str]:
    """{"title": {"nl": ...}} → {"title_nl": ..., "title_en": ..., ...}"""
    return {f"{field}_{code}": text for code, text in values.items()}


def fields_of(item: dict, skip=()) -> dict:
    """Plain values as they are; {language: text} dicts as translated fields."""
    out = {}
    for field, value in item.items():
        if field in skip:
            continue
        if isinstance(value, dict):
            out.update(translated(field, value))
        else:
            out[field] = value
    return out


def home_load() -> int:
    if HomePage.objects.exists():
        return 0
    home = HomePage(**fields_of(demo_content.HOME))
    home.full_clean()
    home.save()
    return 1


def pages_load() -> int:
    created = 0
    from demo.jobcount_content import SECTION as JOB_COUNT_SECTION

    items = [*demo_content.PAGES, *demo_content.SECTIONS, JOB_COUNT_SECTION]
    for item in items:
        parent = None
        if item["parent"]:
            parent = Page.objects.filter(slug_nl=item["parent"], parent=None).first()
            if parent is None:
                continue  # the editors removed the parent: leave its children out
        if item["key"]:
            exists = Page.objects.filter(key=item["key"]).exists()
        else:
            exists = Page.objects.filter(
                parent=parent, slug_nl=item["slug"]["nl"]
            ).exists()
        if exists:
            continue
        page = Page(
            **fields_of(item, skip=("parent",)),
            parent=parent,
            status=Page.Status.PUBLISHED,
        )
        page.full_clean()
        page.save()
        created += 1
    return created


def projects_load() -> int:
    created = 0
    for item in demo_content.PROJECTS:
        if Project.objects.filter(slug_nl=item["slug"]["nl"]).exists():
            continue
        values = fields_of(
            item, skip=("start_date", "end_date", *PROJECT_FIELDS_NOT_IN_MODEL)
        )
        project = Project(
            **values,
            start_date=datetime.date.fromisoformat(item["start_date"]),
            end_date=(
                datetime.date.fromisoformat(item["end_date"])
                if item["end_date"]
                else None
            ),
        )
        project.full_clean()
        project.save()
        slugs = PROJECT_COMPANIES.get(item["slug"]["nl"], [])
        project.companies.set(Company.objects.filter(slug__in=slugs))
        created += 1
    return created


@transaction.atomic
def load_all(examples: bool = False) -> int:
    # One revision, so that editors can always go back to the demo text.
    with reversion.create_revision():
        reversion.set_comment("Demo content")
        from demo.companies import companies_load
        from demo.jobcount import jobcount_load

        created = home_load() + pages_load() + companies_load()
        return created + projects_load() + jobcount_load(examples)
