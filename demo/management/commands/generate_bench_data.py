"""A large data set for `make bench`: 2,000 companies, 300 pages, 500 projects, 500
vacancies, 500 news items, 100 events and 10 job-count editions, in every language.
Invented benchmark data: never run it on a database that holds real content (it
refuses when one exists)."""

import datetime
import random

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone

from companies.models import Company, Offering, OfferingCategory, Sector, Vacancy
from core import pagecache, translation_status
from jobcount.models import Edition, Figure, WorkForm
from news.models import Event, NewsItem
from pages.models import Page, Project

# What a company does: each company is about two of these, as real descriptions are
# about one or two trades, so that searching for a trade ("fietsen") finds some of
# the companies (about one in eight), not all of them.
TOPICS = [
    "fiets",
    "renovatie",
    "catering",
    "schoonmaak",
    "groen",
    "verpakking",
    "drukwerk",
    "kringloop",
    "hout",
    "metaal",
    "textiel",
    "logistiek",
    "onderhoud",
    "keuken",
    "atelier",
    "tuin",
    "bouw",
    "design",
]
# The words around them, the same kind in every description; "werk" is in nearly
# every text (the worst case for search: `make bench` measures it too).
COMMON = [
    "werk",
    "mensen",
    "begeleiding",
    "ploeg",
    "klanten",
    "kwaliteit",
    "opleiding",
    "stad",
    "buurt",
    "dienst",
    "project",
    "samen",
    "ervaring",
    "traject",
    "opdracht",
    "vakmanschap",
    "duurzaam",
    "lokaal",
    "sociaal",
    "aanbod",
]


def _text(rng, words=12, topics=None):
    """Invented text: mostly common words, one word in four about the topics."""
    topics = topics or rng.sample(TOPICS, 2)
    chosen = [
        rng.choice(topics) if rng.random() < 0.25 else rng.choice(COMMON)
        for _ in range(words)
    ]
    return " ".join(chosen).capitalize() + "."


def _analyze():
    """Planner statistics for the new rows, as autovacuum would gather them on a
    production server shortly after a bulk load (some servers, this machine's
    included, run with autovacuum off): without them PostgreSQL plans for nearly
    empty tables and picks nested loops over thousands of rows."""
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


class Command(BaseCommand):
    help = "Fill an empty database with a large, invented data set for benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("--companies", type=int, default=2000)
        parser.add_argument("--pages", type=int, default=300)
        parser.add_argument("--projects", type=int, default=500)
        parser.add_argument("--editions", type=int, default=10)
        parser.add_argument("--vacancies", type=int, default=500)
        parser.add_argument("--news", type=int, default=500)
        parser.add_argument("--events", type=int, default=100)

    @transaction.atomic
    def handle(
        self, *args, companies, pages, projects, editions, vacancies, news, events, **_
    ):
        if Company.objects.filter(slug__startswith="bench-").exists():
            self.stdout.write("Benchmark data already present.")
            return
        if Company.objects.count() > 100:
            raise CommandError(
                "This database holds many companies: not adding bench data."
            )
        rng = random.Random(2026)
        sectors = [
            Sector.objects.get_or_create(
                slug=f"bench-sector-{i}",
                defaults={
                    "name_nl": f"Sector {i}",
                    "name_en": f"Sector {i}",
                    "name_fr": f"Secteur {i}",
                },
            )[0]
            for i in range(12)
        ]
        category = OfferingCategory.objects.get_or_create(
            slug="bench-category",
            defaults={"name_nl": "Aanbod", "name_en": "Offer", "name_fr": "Offre"},
        )[0]
        offerings = [
            Offering.objects.get_or_create(
                slug=f"bench-offering-{i}",
                defaults={
                    "category": category,
                    "name_nl": f"Aanbod {i}",
                    "name_en": f"Offer {i}",
                    "name_fr": f"Offre {i}",
                },
            )[0]
            for i in range(20)
        ]
        made = Company.objects.bulk_create(
            Company(
                slug=f"bench-{i:05}",
                name=f"Bedrijf {i:05} {topics[0]}",
                short_description_nl=_text(rng, topics=topics),
                short_description_en=_text(rng, topics=topics),
                short_description_fr=_text(rng, topics=topics),
                long_description_nl=f"<p>{_text(rng, 60, topics)}</p>",
                long_description_en=f"<p>{_text(rng, 60, topics)}</p>",
                long_description_fr=f"<p>{_text(rng, 60, topics)}</p>",
                organisation_type=rng.choice(Company.OrganisationType.values),
                postcode="9000",
                municipality="Gent",
            )
            for i in range(companies)
            for topics in [rng.sample(TOPICS, 2)]
        )
        Sector_links = Company.sectors.through
        Offering_links = Company.offerings.through
        Sector_links.objects.bulk_create(
            Sector_links(company_id=c.pk, sector_id=s.pk)
            for c in made
            for s in rng.sample(sectors, 2)
        )
        Offering_links.objects.bulk_create(
            Offering_links(company_id=c.pk, offering_id=o.pk)
            for c in made
            for o in rng.sample(offerings, 3)
        )
        parents = Page.objects.bulk_create(
            Page(
                title_nl=f"Pagina {i}",
                title_en=f"Page {i}",
                title_fr=f"Page {i}",
                slug_nl=f"bench-pagina-{i}",
                slug_en=f"bench-page-{i}",
                slug_fr=f"bench-page-fr-{i}",
                summary_nl=_text(rng),
                body_nl=f"<p>{_text(rng, 80)}</p>",
                body_en=f"<p>{_text(rng, 80)}</p>",
                body_fr=f"<p>{_text(rng, 80)}</p>",
                status="published",
                menu_order=500 + i,
            )
            for i in range(pages // 10)
        )
        Page.objects.bulk_create(
            Page(
                parent=rng.choice(parents),
                title_nl=f"Subpagina {i}",
                title_en=f"Sub-page {i}",
                title_fr=f"Sous-page {i}",
                slug_nl=f"bench-sub-{i}",
                summary_nl=_text(rng),
                body_nl=f"<p>{_text(rng, 80)}</p>",
                status="published",
            )
            for i in range(pages - len(parents))
        )
        Project.objects.bulk_create(
            Project(
                title_nl=f"Project {i}",
                title_en=f"Project {i}",
                title_fr=f"Projet {i}",
                slug_nl=f"bench-project-{i}",
                summary_nl=_text(rng),
                body_nl=f"<p>{_text(rng, 60)}</p>",
                status="published",
                start_date=datetime.date(2010 + i % 15, 1 + i % 12, 1),
            )
            for i in range(projects)
        )
        today = datetime.date.today()
        Vacancy.objects.bulk_create(
            Vacancy(
                company=rng.choice(made),
                title_nl=f"Vacature {i} {rng.choice(TOPICS)}",
                title_en=f"Vacancy {i}",
                title_fr=f"Offre {i}",
                description_nl=_text(rng, 30),
                description_en=_text(rng, 30),
                description_fr=_text(rng, 30),
                work_form=rng.choice(Vacancy.WorkForm.values),
                hours=rng.choice(Vacancy.Hours.values),
                posting_url=f"https://example.org/vacature-{i}",
                posted_on=today - datetime.timedelta(days=i % 60),
                reviewed_at=today - datetime.timedelta(days=i % 60),
                status="published",
            )
            for i in range(vacancies)
        )
        items = NewsItem.objects.bulk_create(
            NewsItem(
                slug=f"bench-news-{i}",
                title_nl=f"Nieuws {i} {rng.choice(TOPICS)}",
                title_en=f"News {i}",
                title_fr=f"Actualité {i}",
                date=today - datetime.timedelta(days=i),
                summary_nl=_text(rng),
                body_nl=f"<p>{_text(rng, 80)}</p>",
                body_en=f"<p>{_text(rng, 80)}</p>",
                status="published",
            )
            for i in range(news)
        )
        starts = timezone.now().replace(microsecond=0)
        made_events = Event.objects.bulk_create(
            Event(
                slug=f"bench-event-{i}",
                title_nl=f"Activiteit {i} {rng.choice(TOPICS)}",
                title_en=f"Event {i}",
                title_fr=f"Activité {i}",
                summary_nl=_text(rng),
                body_nl=f"<p>{_text(rng, 40)}</p>",
                starts_at=starts + datetime.timedelta(days=i - events // 2),
                ends_at=starts + datetime.timedelta(days=i - events // 2, hours=3),
                place_nl="Gent",
                status="published",
            )
            for i in range(events)
        )
        for model, rows in ((NewsItem, items), (Event, made_events)):
            links = model.companies.through
            links.objects.bulk_create(
                links(**{f"{model._meta.model_name}_id": row.pk, "company_id": c.pk})
                for row in rows
                for c in rng.sample(made, 2)
            )
        for year in range(2000, 2000 + editions):
            if Edition.objects.filter(year=year).exists():
                continue
            edition = Edition.objects.create(
                year=year,
                status="published",
                is_example=True,
                note_nl="Benchmarkcijfers",
                note_en="Benchmark figures",
                note_fr="Chiffres de test",
            )
            Figure.objects.bulk_create(
                Figure(
                    edition=edition,
                    organisation=f"Organisatie {i}",
                    work_form=rng.choice(WorkForm.values),
                    people=(people := rng.randint(10, 400)),
                    target_group=rng.randint(0, people),
                )
                for i in range(40)
            )
        # Written in bulk, without save() or signals: the translation status, the
        # search index (SQLite) and the page cache learn of it here.
        for model in (Company, Page, Project, Vacancy, NewsItem, Event):
            translation_status.backfill(model, translation_status.tracked_fields(model))
        call_command("search_reindex")
        pagecache.content_changed()
        transaction.on_commit(_analyze)
        self.stdout.write(
            f"Benchmark data: {companies} companies, {pages} pages, "
            f"{projects} projects, {vacancies} vacancies, {news} news items, "
            f"{events} events, {editions} editions."
        )
