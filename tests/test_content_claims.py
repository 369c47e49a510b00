"""What the public pages claim, checked against the sources (review, issue 14).

The first test is the general one: every checkable fact on every public page must be
in demo/sources.py, which names its source. Its rules (see `claims_of`):

- Pages: every public page type (tests.public_urls) plus every published page, project
  and company, in Dutch, English and French, rendered from the demo content.
- URLs: every href that starts with http and leads to another site (not the site
  itself) must be a key of sources.URLS, exactly. The same holds for URLs inside the
  JSON-LD. A map link (OpenStreetMap search) must search for one of
  sources.ADDRESSES.
- E-mail addresses: every mailto: link and every address in the text must be in
  sources.EMAILS.
- Phone numbers: every tel: link and every Belgian phone-like text (0 or +32, then
  digits in groups, such as 09 210 10 10) must be in sources.PHONES, compared by
  digits, +32 read as 0.
- Dates: a day with a month name and a year ("1 juli 2019", "13 September 2018",
  "1er juillet 2019") must be in sources.DATES; a month with a year ("juli 2019") must
  be the month of a date there. Shown more precisely than the source is a failure.
- Years: every other bare four-digit number from 1800 to 2099 must be in
  sources.YEARS (or, if it is a figure, in sources.NUMBERS).
- Numbers: every other number of three digits or more (2.000, 2,000 and 2 000 count as
  2000; an enterprise number 0407.215.007 as one number) must be in sources.NUMBERS.
  One- and two-digit numbers are not checked (page numbers, counts, "1 tot 5 jaar").
- What the site makes up itself is left out: the text of <time> elements (the "last
  changed" dates), the pager (page numbers) and the result counts (.result-count).
  Visible text includes the <title>, the meta description and the Open Graph
  description, alt texts and aria-labels; <script> and <style> are not text, but the
  JSON-LD is read.

The other tests check the single findings of the review, each on the rendered pages
or the demo data.
"""

import datetime
import json
import re
from types import SimpleNamespace
from urllib.parse import parse_qs, urlsplit

import pytest
from django.conf import settings as django_settings
from django.urls import reverse
from django.utils import translation

from demo import sources
from tests.helpers import LANGUAGES
from tests.html import soup
from tests.public_urls import all_public_urls, public_urls

# The module's pages are rendered once (fixture `pages`); pytest-django sets up the
# test database only for a session with tests marked as needing it.
pytestmark = pytest.mark.django_db

MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober "
    "november december",
    "en": "January February March April May June July August September October "
    "November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre "
    "novembre décembre",
}
MONTH_NUMBER = {
    name: number
    for names in MONTHS.values()
    for number, name in enumerate(names.split(), start=1)
}
MONTH_NAMES = "|".join(sorted(MONTH_NUMBER, key=len, reverse=True))

URL_IN_TEXT = re.compile(r"https?://\S+")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
KBO = re.compile(r"(?<![\d.])\d{4}\.\d{3}\.\d{3}(?![\d.]\d|\d)")
PHONE = re.compile(r"(?<![\d.,])(?:\+32[\s.]?|0)\d{1,2}(?:[\s./]?\d{2,3}){3}(?![\d])")
DAY_DATE = re.compile(rf"(?<!\d)(\d{{1,2}})(?:er)?\s+({MONTH_NAMES})\s+(\d{{4}})(?!\d)")
MONTH_DATE = re.compile(rf"\b({MONTH_NAMES})\s+(\d{{4}})(?!\d)")
GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?![\d]|[.,]\d)")
BARE = re.compile(r"(?<![\d.,])\d{3,}(?![\d]|[.,]\d)")
YEAR = re.compile(r"^(18|19|20)\d\d$")


def digits(text: str) -> str:
    text = text.strip()
    if text.startswith("+32"):
        text = "0" + text[3:]
    return re.sub(r"\D", "", text)


def claims_in_text(text: str) -> list[tuple[str, str]]:
    """(kind, value) of every checkable fact in a text, each counted once."""
    found = []

    def take(pattern, kind, value=lambda m: m.group(0)):
        nonlocal text
        for match in pattern.finditer(text):
            found.append((kind, value(match)))
        text = pattern.sub(" ", text)

    take(URL_IN_TEXT, "url")
    take(EMAIL, "email")
    take(KBO, "number", lambda m: digits(m.group(0)))
    take(PHONE, "phone", lambda m: digits(m.group(0)))
    take(
        DAY_DATE,
        "date",
        lambda m: f"{m.group(3)}-{MONTH_NUMBER[m.group(2)]:02}-{int(m.group(1)):02}",
    )
    take(MONTH_DATE, "month", lambda m: f"{m.group(2)}-{MONTH_NUMBER[m.group(1)]:02}")
    take(GROUPED, "number", lambda m: digits(m.group(0)))
    for match in BARE.finditer(text):
        value = match.group(0)
        found.append(("year" if YEAR.match(value) else "number", value))
    return found


def unlisted(kind: str, value: str) -> bool:
    if kind == "url":
        parts = urlsplit(value)
        if parts.hostname == "www.openstreetmap.org" and parts.path == "/search":
            return parse_qs(parts.query).get("query", [""])[0] not in sources.ADDRESSES
        return value not in sources.URLS
    if kind == "email":
        return value.lower() not in sources.EMAILS
    if kind == "phone":
        return value not in sources.PHONES
    if kind == "date":
        return value not in sources.DATES
    if kind == "month":
        return not any(date.startswith(value) for date in sources.DATES)
    if kind == "year":
        return int(value) not in sources.YEARS and value not in sources.NUMBERS
    return value not in sources.NUMBERS


def json_strings(data):
    if isinstance(data, dict):
        for key, value in data.items():
            if key in ("@context", "@type"):
                continue
            yield from json_strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from json_strings(value)
    elif isinstance(data, str | int):
        yield str(data)


def external(url: str) -> bool:
    return url.startswith("http") and urlsplit(url).hostname not in (
        "testserver",
        "localhost",
        "127.0.0.1",
    )


def claims_of(html: str) -> list[tuple[str, str]]:
    """Every checkable fact a rendered page shows (rules: the module docstring)."""
    page = soup(SimpleNamespace(content=html.encode()))
    found = []
    for script in page.select('script[type="application/ld+json"]'):
        for value in json_strings(json.loads(script.string)):
            if value.startswith("http"):
                if external(value):
                    found.append(("url", value))
            else:
                found.extend(claims_in_text(value))
    for element in page.find_all(href=True):
        href = element["href"]
        if href.startswith("mailto:"):
            found.append(("email", href[len("mailto:") :].split("?")[0]))
        elif href.startswith("tel:"):
            found.append(("phone", digits(href[len("tel:") :])))
        elif external(href):
            found.append(("url", href))
    texts = []
    for meta in page.select(
        'meta[name="description"], meta[property="og:description"]'
    ):
        texts.append(meta.get("content", ""))
    for element in page.find_all(attrs={"alt": True}):
        texts.append(element["alt"])
    for element in page.find_all(attrs={"aria-label": True}):
        texts.append(element["aria-label"])
    for element in page.select("script, style, template, time, .pager, .result-count"):
        element.decompose()
    texts.append(page.get_text(" "))
    for text in texts:
        found.extend(claims_in_text(text))
    return found


def every_public_page() -> list[str]:
    from companies.models import Company
    from pages.models import Page, Project

    urls = set(all_public_urls(examples=False))
    for language in LANGUAGES:
        with translation.override(language):
            for model in (Page, Project):
                urls.update(o.get_absolute_url() for o in model.objects.published())
            urls.update(c.get_absolute_url() for c in Company.objects.visible())
    return sorted(urls)


class Rendered(dict):
    """{url: html}, and `types`: {language: {page type: url}} (tests.public_urls)."""

    types: dict[str, dict[str, str]]

    def of(self, language: str, page_type: str) -> str:
        return self[self.types[language][page_type]]


@pytest.fixture(scope="module")
def pages(django_db_setup, django_db_blocker):
    """{url: html} of every public page, in every language, from the demo content.

    Rendered once for this module, in a transaction that is rolled back; the caches
    are emptied afterwards, so no page rendered here is served to another test."""
    from django.core.cache import caches
    from django.core.management import call_command
    from django.db import transaction
    from django.test import Client

    rendered = Rendered()
    with django_db_blocker.unblock():
        try:
            with transaction.atomic():
                call_command("load_demo_content", verbosity=0)
                rendered.types = {
                    code: public_urls(code, examples=False) for code in LANGUAGES
                }
                client = Client()
                for url in every_public_page():
                    response = client.get(url)
                    assert response.status_code == 200, url
                    rendered[url] = response.content.decode()
                transaction.set_rollback(True)
        finally:
            for alias in ("pages", "default"):
                caches[alias].clear()
    return rendered


def text_of(html: str) -> str:
    page = soup(SimpleNamespace(content=html.encode()))
    for element in page.select("script, style"):
        element.decompose()
    return " ".join(page.get_text(" ").split())


# -- 10. every fact has a source ------------------------------------------------------


def test_every_fact_on_every_public_page_is_in_the_sources(pages):
    problems = {
        (kind, value, url)
        for url, html in pages.items()
        for kind, value in claims_of(html)
        if unlisted(kind, value)
    }
    assert not problems, "Not in demo/sources.py:\n" + "\n".join(
        f"{kind} {value!r} on {url}" for kind, value, url in sorted(problems)
    )
    assert len(pages) > 100  # every page type, page, project and company, x3


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("In 2020 werkten er 2.500 mensen.", ("number", "2500")),
        ("In 2020 werkten er 2.500 mensen.", ("year", "2020")),
        ("quelque 1 500 personnes", ("number", "1500")),
        ("Sinds 1 januari 2017", ("date", "2017-01-01")),
        ("Since January 2016", ("month", "2016-01")),
        ("le 1er juillet 2018", ("date", "2018-07-01")),
        ("Bel 09 123 45 67", ("phone", "091234567")),
        ("Bel +32 9 123 45 67", ("phone", "091234567")),
        ("Mail info@example.be", ("email", "info@example.be")),
        ("Ondernemingsnummer 0123.456.780", ("number", "0123456780")),
        ("Kerkstraat 112", ("number", "112")),
    ],
)
def test_the_check_catches_an_invented_fact(text, claim):
    found = claims_in_text(text)
    assert claim in found
    assert unlisted(*claim)


def test_the_check_ignores_page_numbers_counts_and_the_sites_own_dates():
    html = (
        "<html><head><title>Bedrijven</title></head><body>"
        '<h2 class="result-count">116 bedrijven</h2>'
        '<nav class="pager"><a href="?page=12">12</a><a href="?page=104">104</a></nav>'
        "<p>Een contract van 1 tot 5 jaar, 16 bedrijven, 3 vestigingen.</p>"
        '<p>Laatst gewijzigd: <time datetime="2031-02-03">3 februari 2031</time></p>'
        "</body></html>"
    )
    assert claims_of(html) == []


def test_the_check_reads_links_and_json_ld():
    html = (
        '<html><head><script type="application/ld+json">'
        '{"@context": "https://schema.org", "url": "https://www.example.org/",'
        ' "address": {"streetAddress": "Kerkstraat 112", "postalCode": "9000"}}'
        "</script></head><body>"
        '<a href="https://jobs.gent.be/">jobs</a><a href="http://testserver/nl/">x</a>'
        '<a href="tel:+3291234567">bel</a></body></html>'
    )
    found = claims_of(html)
    assert ("url", "https://www.example.org/") in found
    assert ("number", "112") in found
    assert ("phone", "091234567") in found
    assert ("url", "https://jobs.gent.be/") in found
    assert not any(value.startswith("http://testserver") for _kind, value in found)
    assert not any("schema.org" in value for _kind, value in found)


def test_the_sources_name_a_source_for_every_fact():
    for table in (
        sources.URLS,
        sources.EMAILS,
        sources.PHONES,
        sources.ADDRESSES,
        sources.DATES,
        sources.YEARS,
        sources.NUMBERS,
    ):
        for key, source in table.items():
            assert source.startswith(("seed", "content-facts", "site:")), key
    for date in sources.DATES:
        datetime.date.fromisoformat(date)
        assert int(date[:4]) in sources.YEARS, date
    for address in sources.ADDRESSES:
        for number in re.findall(r"\d{3,}", address):
            assert number in sources.NUMBERS, address


# -- 1. only recipients that exist ----------------------------------------------------

INVENTED_RECIPIENTS = re.compile(
    r"dienst sociale economie|social[- ]economy desk|service d'économie sociale"
    r"|service de l'économie sociale",
    re.IGNORECASE,
)


def test_no_page_names_an_invented_social_economy_service(pages):
    named = [url for url, html in pages.items() if INVENTED_RECIPIENTS.search(html)]
    assert named == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_translation_names_an_invented_social_economy_service(language):
    po = django_settings.BASE_DIR / "locale" / language / "LC_MESSAGES" / "django.po"
    assert INVENTED_RECIPIENTS.findall(po.read_text()) == []


@pytest.mark.parametrize("desk", ["desk@example.gent", ""])
def test_the_confirmation_page_names_only_real_recipients(
    client, demo_content, settings, desk
):
    from companies import services
    from companies.models import QuoteRequest

    settings.SOCIAL_ECONOMY_DESK_EMAIL = desk
    quote = QuoteRequest.objects.create(
        name="An Peeters",
        organisation="Dienst Feestelijkheden",
        email="an@example.be",
        message="Fietsen voor 20 mensen.",
        consent=True,
    )
    token = services.sent_token(quote)
    with translation.override("en"):
        url = reverse("companies:quote_sent", kwargs={"token": token})
    page = soup(client.get(url))
    article = " ".join(page.select_one("article").get_text(" ").split())
    assert not INVENTED_RECIPIENTS.search(article)
    # The city is named as a recipient only when the code sends it the request.
    assert ("City of Ghent" in article) == bool(desk)


def test_the_buy_social_intro_promises_no_recipient_the_code_may_not_send_to(pages):
    for language in LANGUAGES:
        text = text_of(pages.of(language, "buy_social"))
        assert not INVENTED_RECIPIENTS.search(text)
    nl = text_of(pages.of("nl", "buy_social"))
    assert "Op het formulier ziet u naar wie uw vraag gaat" in nl


# -- 2. the two headline figures are dated and told apart -----------------------------


def test_home_dates_both_figures_and_says_they_come_from_different_counts(pages):
    expected = {
        "nl": (
            "webpagina",
            "geen datum",
            "In 2019 werkten meer dan 2.000 mensen",
            "Van hen waren bijna 1.800 doelgroepmedewerkers",
            "andere telling",
        ),
        "en": (
            "web page",
            "no date",
            "In 2019, more than 2,000 people worked",
            "Of them, almost 1,800 were target-group employees",
            "different count",
        ),
        "fr": (
            "page web",
            "pas de date",
            "En 2019, plus de 2",
            "étaient des travailleurs du groupe cible",
            "autre comptage",
        ),
    }
    for language, (label, undated, people, target, other) in expected.items():
        page = soup(SimpleNamespace(content=pages[f"/{language}/"].encode()))
        key_figure = " ".join(page.select_one(".key-figure").get_text(" ").split())
        assert label in key_figure and undated in key_figure, language
        figure = " ".join(page.select_one(".job-count-figure").get_text(" ").split())
        assert people in figure and target in figure and other in figure, language


def test_the_2019_figures_are_in_the_past_tense_everywhere(pages):
    present = re.compile(
        r"mensen werken in de Gentse|people work in Ghent's social economy"
        r"|personnes travaillent dans l'économie sociale gantoise"
    )
    for url, html in pages.items():
        page = soup(SimpleNamespace(content=html.encode()))
        for block in page.select(".job-count-figure, .jobcount .key-figure"):
            assert not present.search(block.get_text(" ")), url


# -- 3. project dates no more precise than the source ---------------------------------


def project(**fields):
    values = {
        "start_date": datetime.date(2017, 1, 1),
        "end_date": None,
        "start_precision": "day",
        "running": "unknown",
    }
    values.update(fields)
    return SimpleNamespace(**values)


@pytest.mark.parametrize(
    ("fields", "nl"),
    [
        ({"start_date": datetime.date(2019, 7, 1)}, "Start: 1 juli 2019"),
        ({"start_precision": "month"}, "Start: januari 2017"),
        ({"start_precision": "year"}, "Start: 2017"),
        ({"start_precision": "season"}, "Start: begin 2017"),
        (
            {"start_precision": "season", "start_date": datetime.date(2017, 5, 1)},
            "Start: midden 2017",
        ),
        (
            {"start_precision": "season", "start_date": datetime.date(2017, 9, 1)},
            "Start: eind 2017",
        ),
        ({"start_precision": "year", "running": "yes"}, "Start: 2017 · loopt nog"),
        ({"start_precision": "year", "running": "no"}, "Start: 2017 · afgelopen"),
        (
            {"start_precision": "year", "end_date": datetime.date(2018, 6, 30)},
            "Start: 2017 · Einde: 30 juni 2018",
        ),
    ],
)
def test_project_period_shows_only_what_is_known(fields, nl):
    from pages.templatetags.project_tags import project_period

    with translation.override("nl"):
        assert project_period(project(**fields)) == nl


def test_project_period_without_the_new_fields_claims_nothing_more():
    from pages.templatetags.project_tags import project_period

    old = SimpleNamespace(start_date=datetime.date(2019, 7, 1), end_date=None)
    with translation.override("en"):
        assert project_period(old) == "Start: 1 July 2019"


def test_demo_projects_say_how_precise_their_start_is_and_whether_they_run():
    from demo.pages_content import PROJECTS

    by_slug = {item["slug"]["nl"]: item for item in PROJECTS}
    assert {slug: item["start_precision"] for slug, item in by_slug.items()} == {
        "sociaal-gemaakt": "season",  # "begin 2017"
        "maatwerkafdeling-dbse": "day",  # 1 juli 2019
        "foodsavers": "year",  # 2016
        "le-petit-botanique": "year",  # 2014
    }
    assert {item["running"] for item in PROJECTS} == {"unknown"}


def test_project_pages_show_dates_as_precise_as_the_sources(pages):
    from pages.models import Project

    assert hasattr(Project, "start_precision")
    wanted = {
        "nl": ("begin 2017", "Start: 1 juli 2019", "Start: 2016"),
        "en": ("early 2017", "Start: 1 July 2019", "Start: 2016"),
        "fr": ("début 2017", "Démarrage : 1 juillet 2019", "Démarrage : 2016"),
    }
    for language, texts in wanted.items():
        listing = text_of(pages.of(language, "projects"))
        for text in texts:
            assert text in listing, (language, text)
        assert not re.search(r"(januari|January|janvier) 201[67]", listing)
        assert not re.search(r"Sinds|Since|Depuis|loopt nog|still running", listing)


# -- 4. nothing that no source gives --------------------------------------------------

UNSOURCED = re.compile(
    r"vdab\.be|arbeidsbemiddeling|public employment service|service public flamand"
    r"|Bestuursdecreet|Ombudsdienst|Ombudsman|médiateur"
    r"|deel van uitmaken|which the City and the OCMW of Ghent are part of"
    r"|dont font partie|Modellicentie|Gratis Hergebruik|commercie|met-respect-voor",
    re.IGNORECASE,
)


def test_no_page_shows_a_fact_no_source_gives(pages):
    found = {
        url: sorted(set(UNSOURCED.findall(html)))
        for url, html in pages.items()
        if UNSOURCED.search(html)
    }
    assert found == {}


def test_the_open_data_page_claims_no_licence(pages):
    for language, words in {
        "nl": "nog geen licentie",
        "en": "No licence",
        "fr": "Aucune licence",
    }.items():
        text = text_of(pages.of(language, "open_data"))
        assert words in text
        assert "hergebruik" not in text.lower() and "reuse" not in text.lower()
        assert "réutilis" not in text.lower()


# -- 5. the catalogue says it is editorial; Labeur; the jobs page's links -------------


def test_the_catalogue_says_the_editors_compiled_it(pages):
    for language, words in {
        "nl": "De redactie van deze website stelt deze catalogus samen",
        "en": "The editors of this website put this catalogue together",
        "fr": "La rédaction de ce site compose ce catalogue",
    }.items():
        assert words in text_of(pages.of(language, "buy_social"))


def test_labeur_is_not_presented_as_a_design_company(demo_content):
    from companies.models import Company

    labeur = Company.objects.get(slug="labeur")
    assert "design" not in labeur.short_description_nl.lower()
    assert not labeur.sectors.exists() and not labeur.offerings.exists()


def test_the_jobs_page_says_where_each_vacancy_link_leads(pages):
    for language in LANGUAGES:
        page = soup(SimpleNamespace(content=pages.of(language, "jobs").encode()))
        text = " ".join(page.get_text(" ").split())
        assert not re.search(r"eigen website|own website|propre site", text), language
        links = page.select(".vacancies a")
        assert links, language
        for link in links:
            if "jobs.gent.be" in link["href"]:
                assert "jobs.gent.be" in link.get_text(), (language, link)


# -- 6. dated facts are not told as if they were current ------------------------------


def test_the_2019_fietsendepot_address_is_not_given_as_the_companys(pages):
    for language in LANGUAGES:
        with translation.override(language):
            url = reverse("companies:detail", kwargs={"slug": "de-fietsambassade"})
        html = pages[url]
        page = soup(SimpleNamespace(content=html.encode()))
        data = json.loads(page.select_one('script[type="application/ld+json"]').string)
        assert "address" not in data
        assert "openstreetmap" not in html.lower()
        text = " ".join(page.get_text(" ").split())
        assert re.search(r"(In|En) 2019[^.]*Maaltebruggestraat 191", text), language


def test_what_the_city_was_allowed_to_do_is_not_told_as_done(pages):
    told_as_done = re.compile(
        r"heeft (het DBSE |het Dienstenbedrijf Sociale Economie )?(ook )?een "
        r"maatwerkafdeling|has (also )?had a (custom work|maatwerk)"
        r"|a (aussi )?une section de (travail sur mesure|maatwerk)"
        r"|VDAB (beslist|decides|décide)|Wie beslist|Who decides|Qui décide"
    )
    found = {url: told_as_done.findall(text_of(h)) for url, h in pages.items()}
    assert {url: hits for url, hits in found.items() if hits} == {}


# -- 7. the accessibility statement says what is tested -------------------------------


def test_the_accessibility_statement_says_exactly_what_the_tests_cover(pages):
    text = text_of(pages.of("nl", "accessibility"))
    assert "bij elke wijziging aan de code" in text
    assert "bij elke wijziging aan de website" not in text
    assert "Alle pagina's werken" not in text
    for covered in (
        "elk soort pagina",
        "320 pixels",
        "Eén test doorloopt de website zonder JavaScript",
        "Eén test gebruikt alleen het toetsenbord",
    ):
        assert covered in text


# -- 8. the privacy page says which pages set which cookie, and what else is kept -----


def test_the_privacy_page_tells_every_cookie_and_every_record(pages):
    for language in LANGUAGES:
        page = soup(SimpleNamespace(content=pages.of(language, "privacy").encode()))
        description = page.select_one('meta[name="description"]')["content"]
        summary = page.select_one(".summary-text").get_text()
        for text in (description, summary):
            assert not re.search(
                r"geen cookies|no cookies|aucun cookie", text, re.IGNORECASE
            ), language
        assert "csrftoken" in page.get_text()
    text = text_of(pages.of("nl", "privacy"))
    for told in (
        "beveiligingscookie",
        "sessiecookie",
        "12 maanden",
        "code die uit dat adres berekend is, niet het adres zelf",
        "toegangslogboeken",
        "mislukte poging",
        "mailbox",
        "reservekopieën",
    ):
        assert told in text, told


def test_only_the_form_pages_the_privacy_page_names_set_a_cookie(client, demo_content):
    form = client.get(public_urls("nl", examples=False)["quote"])
    assert set(form.cookies) == {django_settings.CSRF_COOKIE_NAME}
    home = client.get("/nl/")
    assert home.cookies == {}


# -- 9. one form of address, one term, short sentences --------------------------------


def test_dutch_pages_address_the_reader_as_u_only(pages):
    informal = re.compile(r"\b(je|jij|jou|jouw|jullie)\b", re.IGNORECASE)
    found = {
        url: sorted(set(informal.findall(text_of(html))))
        for url, html in pages.items()
        if url.startswith("/nl/")
    }
    assert {url: words for url, words in found.items() if words} == {}
    po = django_settings.BASE_DIR / "locale" / "nl" / "LC_MESSAGES" / "django.po"
    msgstrs = re.findall(r'^msgstr(?:\[\d\])? "(.*)"$', po.read_text(), re.MULTILINE)
    assert [s for s in msgstrs if informal.search(s)] == []


def test_french_uses_one_term_for_maatwerk_and_for_groep_gent(pages):
    other_terms = re.compile(r"travail adapté|Groupe Gand", re.IGNORECASE)
    found = [url for url, html in pages.items() if other_terms.search(html)]
    assert found == []
    po = django_settings.BASE_DIR / "locale" / "fr" / "LC_MESSAGES" / "django.po"
    assert not other_terms.search(po.read_text())


def test_the_home_intro_is_written_in_short_sentences(demo_content):
    from pages.models import HomePage

    intro = HomePage.objects.get().intro_nl
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", intro) if s.strip()]
    assert len(sentences) >= 3
    assert max(len(s.split()) for s in sentences) <= 20
