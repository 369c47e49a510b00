"""Demo job count: only the published 2019 result (content-facts §3, high): more than
2,000 people worked in Ghent's social economy, almost 1,800 of them target-group
employees. Source: the City of Ghent's news item "Wie werkt er in de sociale economie
in Gent?"."""

SOURCE_URL = (
    "https://stad.gent/nl/werken-ondernemen/nieuws-evenementen/"
    "wie-werkt-er-de-sociale-economie-gent"
)

EDITION_2019 = {
    "year": 2019,
    "headline_people": 2000,
    "headline_people_qualifier": "more_than",
    "headline_target_group": 1800,
    "headline_target_group_qualifier": "almost",
    "source_url": SOURCE_URL,
    "note": {
        "nl": "Resultaat van de banenmeting 2019 van Stad Gent. De stad maakte het bekend "
        "in het nieuwsbericht 'Wie werkt er in de sociale economie in Gent?'. "
        "Een opsplitsing per organisatie of werkvorm staat niet op deze site.",
        "en": "Result of the City of Ghent's 2019 job count, as the city announced it in "
        "the news item 'Wie werkt er in de sociale economie in Gent?' (in Dutch). A "
        "breakdown by organisation or work form is not on this site.",
        "fr": "Résultat du comptage des emplois 2019 de la Ville de Gand, tel que la ville "
        "l'a annoncé dans l'article 'Wie werkt er in de sociale economie in Gent?' (en "
        "néerlandais). Une ventilation par organisation ou forme de travail ne figure pas "
        "sur ce site.",
    },
}

SECTION = {
    "key": "job_count",
    "parent": None,
    "slug": {"nl": "banenmeting", "en": "job-count", "fr": "comptage-des-emplois"},
    "title": {"nl": "Banenmeting", "en": "Job count", "fr": "Comptage des emplois"},
    "summary": {
        "nl": "Met de banenmeting volgt Stad Gent hoeveel mensen er in de Gentse sociale economie werken.",
        "en": "With the job count, the City of Ghent follows how many people work in Ghent's social economy.",
        "fr": "Avec le comptage des emplois, la Ville de Gand suit le nombre de personnes qui travaillent dans l'économie sociale gantoise.",
    },
    "meta_description": {
        "nl": "De cijfers van de banenmeting: hoeveel mensen werken er in de Gentse sociale economie?",
        "en": "The job-count figures: how many people work in Ghent's social economy?",
        "fr": "Les chiffres du comptage des emplois : combien de personnes travaillent dans l'économie sociale gantoise ?",
    },
    "body": {"nl": "", "en": "", "fr": ""},
    "menu_order": 70,
    "show_in_navigation": False,
}

# Only with `load_demo_content --examples`: invented figures for trying out the charts
# and the import, always marked as example figures (voorbeeldcijfers).
EXAMPLE_EDITIONS = {
    2021: [
        ("Voorbeeldorganisatie A", "maatwerk", 310, 265, "280.5"),
        ("Voorbeeldorganisatie B", "lde", 120, 98, "90.0"),
        ("Voorbeeldorganisatie C", "arbeidszorg", 75, 75, None),
        ("Voorbeeldorganisatie D", "twe", 140, 140, "126.0"),
        ("Voorbeeldorganisatie E", "other", 40, 22, "35.5"),
    ],
    2023: [
        ("Voorbeeldorganisatie A", "maatwerk", 325, 270, "291.0"),
        ("Voorbeeldorganisatie B", "lde", 131, 105, "99.5"),
        ("Voorbeeldorganisatie C", "arbeidszorg", 80, 80, None),
        ("Voorbeeldorganisatie D", "twe", 150, 150, "135.0"),
        ("Voorbeeldorganisatie E", "other", 44, 25, "38.0"),
    ],
}

EXAMPLE_NOTE = {
    "nl": "Voorbeeldcijfers: verzonnen om de site te testen, geen echte telling.",
    "en": "Example figures: made up to test the site, not a real count.",
    "fr": "Chiffres d'exemple : inventés pour tester le site, pas un vrai comptage.",
}
