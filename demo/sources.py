"""Where every checkable fact on the public site comes from.

Every URL, e-mail address, phone number, street address, date and figure that the
demo content (demo/*_content.py) or a public template shows is listed here with its
source:

- "seed": ../shared/seed/000_328fc1acaf3c8da2.txt, the text of the city's hub page;
- "content-facts §…": a (high) line of ../shared/content-facts.md, by section;
- "site: …": a fact about this website itself (what its code or its tests do, or a
  date of its own statements), with the file that makes it true.

tests/test_content_claims.py renders every public page in Dutch, English and French and
fails on any URL, e-mail address, phone number, date, year or number of three digits or
more that is not listed here. So when a text gets a new fact, its source goes here
first; a fact without a source does not belong on the site.

A map link (https://www.openstreetmap.org/search?query=…) is accepted when its query
is one of ADDRESSES: the site builds it from the address.

Keys are written as they are compared: URLs exactly as linked; phone numbers with their
digits only, the country code +32 read as 0; dates as ISO dates (year-month-day);
numbers with their digits only (2.000, 2,000 and 2 000 are all "2000").
"""

SEED = "seed (shared/seed/000_328fc1acaf3c8da2.txt)"


def facts(section: str) -> str:
    return f"content-facts {section} (high)"


HUB_URL = (
    "https://stad.gent/nl/werken-ondernemen/werken/werken-regio-gent/"
    "sociale-economie/sociale-economie-gent"
)

URLS = {
    # The hub page itself (the seed's page), the source of the home page's key figure.
    HUB_URL: facts("§0"),
    # Pages of the City of Ghent.
    "https://stad.gent/": facts("§6 (header: the logo links to the stad.gent home)"),
    "https://stad.gent/contact": facts("§6 (footer: Gentinfo contact form)"),
    "https://jobs.gent.be/": SEED + "; " + facts("§5"),
    (
        "https://stad.gent/nl/werken-ondernemen/werken/werken-regio-gent/"
        "sociale-economie/dienstenbedrijf-sociale-economie"
    ): facts("§1.1"),
    (
        "https://stad.gent/nl/werken-ondernemen/nieuws-evenementen/"
        "wie-werkt-er-de-sociale-economie-gent"
    ): facts("§1.2 and §3 (banenmeting 2019)"),
    (
        "https://stad.gent/werken-ondernemen/nieuws-evenementen/"
        "stad-gent-en-ministry-makers-brengen-sociale-economie-en-designwereld-"
        "samen-rond-nieuwe-productontwikkeling"
    ): facts("§1.9 (Sociaal Gemaakt)"),
    (
        "https://persruimte.stad.gent/"
        "181940-stad-gent-begeleidt-kwetsbare-werkzoekenden-naar-job-op-maat"
    ): facts("§1.9 (DBSE maatwerkafdeling) and §1.6 (job fair)"),
    (
        "https://persruimte.stad.gent/"
        "146510-start-gents-dienstenbedrijf-sociale-economie-mooie-cijfers"
    ): facts("§1.10 and §2.15 (DBSE units, Foodsavers)"),
    (
        "https://sogent.be/projecten/"
        "herbestemming-van-een-oude-fabriekssite-tot-bedrijventerrein-voor-sociale-"
        "economie"
    ): facts("§1.5 (UCO site)"),
    "https://www.volmaakt.be/verhaal/": facts("§1.9 (vol+maakt)"),
    # Company websites (the www form where the source's address shows it).
    "https://www.compaan.be/": facts("§2.2 (compaan.be)"),
    "https://www.dekrommeboom.be/": facts("§2.3 (dekrommeboom.be)"),
    "https://fietsambassade.gent.be/": facts("§2.4 (fietsambassade.gent.be)"),
    "https://www.openplaats.be/": facts("§2.10 (openplaats.be)"),
    "https://www.ryhove.be/": facts("§2.11 (ryhove.be)"),
    "https://www.saamo.be/": facts("§2.13 (saamo.be)"),
    # Only in a draft project (Le Petit Botanique), not shown while it is a draft.
    "https://www.rudycoddens.be/2014/03/lepetitbotanique/": (
        "content-facts §1.9 (medium; the project stays a draft)"
    ),
}

EMAILS = {
    "gentinfo@stad.gent": facts("§6 (footer: Gentinfo)"),
}

PHONES = {
    # 09 210 10 10, Gentinfo: footer, accessibility statement, error and form pages.
    "092101010": facts("§6 (footer: Gentinfo)"),
}

ADDRESSES = {
    "Koningsdal 24, 9000 Gent": facts("§2.11 (Ryhove's registered seat)"),
    "Maaltebruggestraat 191, 9000 Gent": facts(
        "§2.4 (the Fietsendepot in 2019; shown only as such, in the text)"
    ),
}

DATES = {
    "2015-10-14": facts("§1.6 (festive opening of the Balenmagazijn)"),
    "2017-07-01": facts("§2.4 (start of De Fietsambassade)"),
    "2018-09-13": facts("§1.9 (vol+maakt presented at Design Museum Gent)"),
    "2019-07-01": facts("§1.9 (DBSE allowed to set up a maatwerkafdeling)"),
    "2019-10-15": facts("§1.6 (job fair in the Balenmagazijn)"),
    "2026-11-28": "site: date of the accessibility statement (project brief)",
}

YEARS = {
    1948: facts("§1.6 (the Balenmagazijn, a warehouse from 1948)"),
    1963: facts("§2.11 (Ryhove: 50 years in 2013, so since 1963)"),
    1995: facts("§2.3 (sociale werkplaats inside De Kromme Boom)"),
    2014: "content-facts §1.9 (medium; Le Petit Botanique, a draft, not shown)",
    2015: facts("§1.6 (opening of the Balenmagazijn)"),
    2016: facts("§1.1 (DBSE since 2016) and §2.15 (units in 2016–17)"),
    2017: facts("§1.9 (Sociaal Gemaakt from early 2017), §2.4, §2.15 (2016–17)"),
    2018: facts("§1.9 and §2.2 (vol+maakt; Compaan's pavilion in Doornzele)"),
    2019: facts("§3 (banenmeting 2019), §1.9, §1.6, §2.4 (Fietsendepot address)"),
    2021: facts("§2.13 (the Torekes ten years old in 2021)"),
    2024: facts("§2.13 (Saamo's Wijkonderneming project, 2024)"),
    2026: "site: year of the accessibility statement (project brief)",
    2027: "site: companies/forms.py, the need form's format example 31/03/2027",
}

NUMBERS = {
    "1400": SEED + " (zo'n 1400 mensen; undated)",
    "2000": facts("§3 (2019: more than 2,000 people)"),
    "1800": facts("§3 (2019: almost 1,800 target-group employees)"),
    "191": facts("§2.4 (Maaltebruggestraat 191, the Fietsendepot in 2019)"),
    "9000": facts("§2.11 and §2.4 (postcode of Gent)"),
    "0407215007": facts("§2.11 (Ryhove's enterprise number, KBO 0407.215.007)"),
    "320": "site: tests/browser/test_accessibility.py (320 pixels wide)",
    "5000": (
        "site: companies/forms.py (a message of at most 5,000 characters) and "
        "companies/models.py (budget choice: €5,000)"
    ),
    "25000": "site: companies/models.py (budget choice: €5,000 to €25,000 …)",
    "100000": "site: companies/models.py (budget choice: €25,000 to €100,000 …)",
    "0123456789": "site: the open-data page's format example for a KBO number",
    "7000": "content-facts §1.9 (medium; Le Petit Botanique, a draft, not shown)",
}
