"""Demo content: the seed page's facts in our own words, in Dutch, English and French.

Every fact here traces to ../shared/seed/ or a high-confidence line of
../shared/content-facts.md; the comment above each item names where.
"""

HUB_URL = (
    "https://stad.gent/nl/werken-ondernemen/werken/werken-regio-gent/"
    "sociale-economie/sociale-economie-gent"
)

# Seed: intro and headline figure.
HOME = {
    "title": {
        "nl": "Sociale economie in Gent",
        "en": "Social economy in Ghent",
        "fr": "L'économie sociale à Gand",
    },
    "intro": {
        "nl": (
            "Wie niet meteen aan de slag kan in een gewoon bedrijf, bijvoorbeeld door een "
            "beperking, gezondheidsproblemen of omdat hij of zij nieuw is in ons land, "
            "vindt in de sociale economie werk op maat, met begeleiding.\n\n"
            "Wie daar werkt, leert tegelijk bij: nieuwe vaardigheden en competenties "
            "die helpen om verder te groeien."
        ),
        "en": (
            "People who cannot go straight to work in an ordinary company, for example "
            "because of a disability, health problems or because they are new to the "
            "country, find work that suits them in the social economy, with support.\n\n"
            "At the same time they keep learning: new skills and competences that help "
            "them grow further."
        ),
        "fr": (
            "Les personnes qui ne peuvent pas travailler tout de suite dans une "
            "entreprise ordinaire, par exemple en raison d'un handicap, de problèmes de "
            "santé ou parce qu'elles sont nouvelles dans le pays, trouvent dans "
            "l'économie sociale un travail sur mesure, avec un accompagnement.\n\n"
            "Elles y apprennent en même temps : de nouvelles compétences qui les aident "
            "à progresser."
        ),
    },
    "key_figure": {"nl": "zo'n 1400", "en": "some 1,400", "fr": "quelque 1 400"},
    "key_figure_label": {
        "nl": "mensen voor wie een gewone job (nog) niet haalbaar is, werken in de "
        "Gentse sociale economie",
        "en": "people for whom a regular job is not (yet) within reach work in "
        "Ghent's social economy",
        "fr": "personnes pour qui un emploi ordinaire n'est pas (encore) possible "
        "travaillent dans l'économie sociale gantoise",
    },
    "key_figure_source": {
        "nl": "Stad Gent, webpagina Sociale economie in Gent",
        "en": "City of Ghent, web page Sociale economie in Gent",
        "fr": "Ville de Gand, page web Sociale economie in Gent",
    },
    "key_figure_source_url": HUB_URL,
}
