"""Demo content for the company directory, in Dutch, English and French.

Every fact here traces to ../shared/seed/ or a high-confidence line of
../shared/content-facts.md; the comment above each item names where. Anything known
only with medium or low confidence is left out, and unknown fields stay empty.
The descriptions are written in our own words.
"""

# ---------------------------------------------------------------------------------------
# Sectors: the domains companies work in. First the three the seed names ("horeca en
# voeding, bouw en renovatie, diensten aan bedrijven en overheden"), then the ones that
# (high) facts in content-facts §2 show for at least one company below.
# ---------------------------------------------------------------------------------------

SECTORS = [
    # Seed: "De bedrijven". Content-facts §2.15 (high): DBSE unit IKook (catering).
    {
        "slug": "horeca-en-voeding",
        "order": 10,
        "name": {
            "nl": "Horeca en voeding",
            "en": "Hospitality and food",
            "fr": "Horeca et alimentation",
        },
    },
    # Seed: "De bedrijven". Content-facts §2.2 (high): Compaan; §2.15 (high): DBSE Bouw.
    {
        "slug": "bouw-en-renovatie",
        "order": 20,
        "name": {
            "nl": "Bouw en renovatie",
            "en": "Construction and renovation",
            "fr": "Construction et rénovation",
        },
    },
    # Seed: "De bedrijven". Content-facts §2.11 (high): Ryhove's teams on client sites;
    # §1.1 (high): DBSE works for Groep Gent.
    {
        "slug": "diensten-aan-bedrijven-en-overheden",
        "order": 30,
        "name": {
            "nl": "Diensten aan bedrijven en overheden",
            "en": "Services to companies and governments",
            "fr": "Services aux entreprises et aux pouvoirs publics",
        },
    },
    # Content-facts §2.10 (high): Open Plaats runs two Kringwinkels and a repair warehouse.
    {
        "slug": "kringloop-en-tweedehands",
        "order": 40,
        "name": {
            "nl": "Kringloop en tweedehands",
            "en": "Reuse and second-hand",
            "fr": "Réemploi et seconde main",
        },
    },
    # Content-facts §2.11 (high): Ryhove's own green-maintenance service.
    {
        "slug": "groenonderhoud",
        "order": 50,
        "name": {
            "nl": "Groenonderhoud",
            "en": "Green space maintenance",
            "fr": "Entretien des espaces verts",
        },
    },
    # Content-facts §2.15 (high): DBSE units Schoonmaak and Onderhoud Openbaar Domein
    # (street and park cleaning), public toilet cleaning.
    {
        "slug": "schoonmaak",
        "order": 60,
        "name": {"nl": "Schoonmaak", "en": "Cleaning", "fr": "Nettoyage"},
    },
    # Content-facts §2.4 (high): De Fietsambassade; §2.15 (high): DBSE Fietsatelier.
    {
        "slug": "fietsen",
        "order": 70,
        "name": {"nl": "Fietsen", "en": "Bicycles", "fr": "Vélos"},
    },
    # Content-facts §2.11 (high): Ryhove packs and repacks, does electro-assembly.
    {
        "slug": "verpakking-en-assemblage",
        "order": 80,
        "name": {
            "nl": "Verpakking en assemblage",
            "en": "Packaging and assembly",
            "fr": "Emballage et assemblage",
        },
    },
    # Content-facts §2.11 (high, vai.be): Ryhove's printing and packaging material.
    {
        "slug": "drukwerk",
        "order": 90,
        "name": {"nl": "Drukwerk", "en": "Printing", "fr": "Impression"},
    },
    # Content-facts §2.2 (high, volmaakt.be): Compaan makes design objects (vol+maakt).
    {
        "slug": "designproducten",
        "order": 100,
        "name": {
            "nl": "Designproducten",
            "en": "Design products",
            "fr": "Objets de design",
        },
    },
    # Content-facts §2.10 (high): Open Plaats's social service (reception, food aid,
    # advice); §2.13 (high): Saamo, community development; §2.3 (high): De Kromme Boom's
    # care farm.
    {
        "slug": "welzijn",
        "order": 110,
        "name": {"nl": "Welzijn", "en": "Social welfare", "fr": "Action sociale"},
    },
]


# ---------------------------------------------------------------------------------------
# "Koop sociaal!": what buyers can purchase. The seed has only the heading; the page
# itself was not found (content-facts §4). The categories are therefore editorial,
# derived from the (high) facts about the companies; each offering is bought from at
# least one company below.
# ---------------------------------------------------------------------------------------

CATEGORIES = [
    # Editorial. Content-facts §2.2 (high): Compaan's renovation and construction work.
    {
        "slug": "bouw-en-renovatie",
        "order": 10,
        "name": {
            "nl": "Bouw en renovatie",
            "en": "Construction and renovation",
            "fr": "Construction et rénovation",
        },
    },
    # Editorial. Content-facts §2.11 (high): Ryhove's green-maintenance service.
    {
        "slug": "groen",
        "order": 20,
        "name": {"nl": "Groen", "en": "Green spaces", "fr": "Espaces verts"},
    },
    # Editorial. Content-facts §2.11 (high): Ryhove's packing, repacking,
    # electro-assembly, printing and packaging material.
    {
        "slug": "productie-voor-bedrijven",
        "order": 30,
        "name": {
            "nl": "Productie voor bedrijven",
            "en": "Production for companies",
            "fr": "Production pour les entreprises",
        },
    },
    # Editorial. Content-facts §2.11 (high): Ryhove's teams working on client sites.
    {
        "slug": "diensten-ter-plaatse",
        "order": 40,
        "name": {
            "nl": "Diensten bij u ter plaatse",
            "en": "On-site services",
            "fr": "Services sur place",
        },
    },
    # Editorial. Content-facts §2.4 (high): De Fietsambassade rents out and repairs bikes.
    {
        "slug": "fietsen",
        "order": 50,
        "name": {"nl": "Fietsen", "en": "Bicycles", "fr": "Vélos"},
    },
    # Editorial. Content-facts §2.10 (high): Open Plaats's two Kringwinkels.
    {
        "slug": "tweedehands",
        "order": 60,
        "name": {"nl": "Tweedehands", "en": "Second-hand", "fr": "Seconde main"},
    },
    # Editorial. Content-facts §2.2, §2.7 and §1.9 (high): the vol+maakt design objects
    # of Compaan, sold through design shops in Ghent.
    {
        "slug": "design",
        "order": 70,
        "name": {"nl": "Design", "en": "Design", "fr": "Design"},
    },
]

OFFERINGS = [
    # Content-facts §2.2 (high): Compaan does renovation and construction work.
    {
        "slug": "renovatiewerken",
        "category": "bouw-en-renovatie",
        "name": {
            "nl": "Renovatie- en bouwwerken",
            "en": "Renovation and construction work",
            "fr": "Travaux de rénovation et de construction",
        },
    },
    # Content-facts §2.11 (high): Ryhove's own green-maintenance service.
    {
        "slug": "groenonderhoud",
        "category": "groen",
        "name": {
            "nl": "Groenonderhoud",
            "en": "Green space maintenance",
            "fr": "Entretien des espaces verts",
        },
    },
    # Content-facts §2.11 (high): Ryhove packs and repacks, e.g. food and cosmetics.
    {
        "slug": "verpakken-en-herverpakken",
        "category": "productie-voor-bedrijven",
        "name": {
            "nl": "Verpakken en herverpakken",
            "en": "Packing and repacking",
            "fr": "Emballage et reconditionnement",
        },
    },
    # Content-facts §2.11 (high): Ryhove does electro-assembly.
    {
        "slug": "elektro-assemblage",
        "category": "productie-voor-bedrijven",
        "name": {
            "nl": "Elektro-assemblage",
            "en": "Electrical assembly",
            "fr": "Assemblage électrique",
        },
    },
    # Content-facts §2.11 (high, vai.be): Ryhove's printing and packaging material.
    {
        "slug": "drukwerk-en-verpakkingsmateriaal",
        "category": "productie-voor-bedrijven",
        "name": {
            "nl": "Drukwerk en verpakkingsmateriaal",
            "en": "Printing and packaging material",
            "fr": "Impression et matériel d'emballage",
        },
    },
    # Content-facts §2.11 (high): Ryhove's teams working on client sites.
    {
        "slug": "ploegen-ter-plaatse",
        "category": "diensten-ter-plaatse",
        "name": {
            "nl": "Ploegen die bij u ter plaatse werken",
            "en": "Teams that work at your site",
            "fr": "Équipes qui travaillent chez vous",
        },
    },
    # Content-facts §2.4 (high): De Fietsambassade rents out bikes, incl. student bikes.
    {
        "slug": "fietsverhuur",
        "category": "fietsen",
        "name": {"nl": "Fietsverhuur", "en": "Bike rental", "fr": "Location de vélos"},
    },
    # Content-facts §2.4 (high): De Fietsambassade repairs bikes.
    {
        "slug": "fietsherstelling",
        "category": "fietsen",
        "name": {
            "nl": "Fietsherstelling",
            "en": "Bike repair",
            "fr": "Réparation de vélos",
        },
    },
    # Content-facts §2.10 (high): Open Plaats's Kringwinkels in Gent and Destelbergen.
    {
        "slug": "tweedehandsspullen",
        "category": "tweedehands",
        "name": {
            "nl": "Tweedehandsspullen",
            "en": "Second-hand goods",
            "fr": "Articles de seconde main",
        },
    },
    # Content-facts §2.2, §2.7 and §1.9 (high): the vol+maakt design objects.
    {
        "slug": "designobjecten",
        "category": "design",
        "name": {
            "nl": "Designobjecten",
            "en": "Design objects",
            "fr": "Objets de design",
        },
    },
]


# ---------------------------------------------------------------------------------------
# Companies, in the seed's order. Long descriptions use only <p>, <ul>, <li>, <strong>
# and <em>. Phone numbers and e-mail addresses: none are known, so all stay empty.
# ---------------------------------------------------------------------------------------

_EMPTY_DETAILS = {
    "street": "",
    "postcode": "",
    "municipality": "",
    "phone": "",
    "email": "",
    "website": "",
    "vacancies_url": "",
    "kbo_number": "",
    "headcount": None,
    "headcount_year": None,
}

COMPANIES = [
    # Seed: named in "De bedrijven". Content-facts §1.5 (high, vlaanderen.be): Ateljee
    # settled on the renovated UCO site; sogent (high): the site is a business park for
    # the social economy in the Bloemekenswijk. §2.1 (high): partner in Sociaal Gemaakt;
    # §1.9 (high): what Sociaal Gemaakt is. Kringwinkels, sorting centres, bike workshop,
    # restaurant, staff figures and type are only medium or low: left out.
    {
        "slug": "ateljee",
        "name": "Ateljee",
        "short_description": {
            "nl": (
                "Ateljee is een bedrijf uit de Gentse sociale economie op de vroegere "
                "UCO-site in de Bloemekenswijk."
            ),
            "en": (
                "Ateljee is a company in Ghent's social economy, based on the former UCO "
                "site in the Bloemekenswijk district."
            ),
            "fr": (
                "Ateljee est une entreprise de l'économie sociale gantoise, installée sur "
                "l'ancien site UCO dans le quartier Bloemekenswijk."
            ),
        },
        "long_description": {
            "nl": (
                "<p>Ateljee zit op de vroegere UCO-site in de Bloemekenswijk. Dat oude "
                "fabrieksterrein is nu een bedrijventerrein voor de sociale economie.</p>"
                "<p>Ateljee deed mee aan <strong>Sociaal Gemaakt</strong>. In dat "
                "project van Stad Gent en Ministry of Makers werken bedrijven uit de "
                "sociale economie samen met ontwerpers. Samen bedenken ze nieuwe "
                "producten die de medewerkers zelf kunnen maken.</p>"
            ),
            "en": (
                "<p>Ateljee is based on the former UCO site in the Bloemekenswijk "
                "district. The old factory site is now a business park for the social "
                "economy.</p>"
                "<p>Ateljee took part in <strong>Sociaal Gemaakt</strong> (Socially "
                "Made). In this project of the City of Ghent and Ministry of Makers, "
                "social-economy companies work together with designers. Together they "
                "come up with new products that the workers can make themselves.</p>"
            ),
            "fr": (
                "<p>Ateljee est installée sur l'ancien site UCO dans le quartier "
                "Bloemekenswijk. Cette ancienne usine est devenue un parc d'activités "
                "pour l'économie sociale.</p>"
                "<p>Ateljee a participé à <strong>Sociaal Gemaakt</strong> (« fait "
                "socialement »). Dans ce projet de la Ville de Gand et de Ministry of "
                "Makers, des entreprises de l'économie sociale travaillent avec des "
                "designers. Ensemble, ils imaginent de nouveaux produits que les "
                "travailleurs peuvent fabriquer eux-mêmes.</p>"
            ),
        },
        "sectors": [],
        "offerings": [],
        "organisation_type": "",
        **_EMPTY_DETAILS,
    },
    # Seed: named in "De bedrijven". Content-facts §2.2 (high, compaan.be): renovation and
    # construction work incl. youth bridge projects, e.g. a garden pavilion in Doornzele
    # (2018); (high, volmaakt.be): a "Gentse maatwerkbedrijf" making vol+maakt design
    # objects; website domain compaan.be (high; source shows www). §1.9 (high): vol+maakt
    # came out of Sociaal Gemaakt with Labeur, presented in 2018. §2 type vocabulary
    # (high): maatwerkbedrijf = successor of the beschutte and sociale werkplaatsen.
    # Director and target groups (medium) and other domains (low) left out.
    {
        "slug": "compaan",
        "name": "Compaan",
        "short_description": {
            "nl": (
                "Compaan is een Gents maatwerkbedrijf dat renovatie- en bouwwerken doet "
                "en designobjecten maakt."
            ),
            "en": (
                "Compaan is a Ghent custom work company (maatwerkbedrijf) that does "
                "renovation and construction work and makes design objects."
            ),
            "fr": (
                "Compaan est une entreprise de travail sur mesure (maatwerkbedrijf) "
                "gantoise qui fait des travaux de rénovation et de construction et "
                "fabrique des objets de design."
            ),
        },
        "long_description": {
            "nl": (
                "<p>Compaan is een maatwerkbedrijf in Gent. Maatwerkbedrijven zijn de "
                "nieuwe vorm van wat vroeger beschutte en sociale werkplaatsen "
                "waren.</p>"
                "<p>Compaan doet renovatie- en bouwwerken. Daarbij horen ook projecten "
                "met jongeren. Zo kreeg in 2018 een tuinpaviljoen in Doornzele een "
                "nieuw leven.</p>"
                "<p>Compaan maakt ook designobjecten. Samen met Labeur en ontwerpers "
                "maakte Compaan de designcollectie <em>vol+maakt</em>. Die collectie "
                "kwam er via het project Sociaal Gemaakt en werd in 2018 "
                "voorgesteld.</p>"
            ),
            "en": (
                "<p>Compaan is a custom work company (maatwerkbedrijf) in Ghent. Custom "
                "work companies are the new form of what used to be sheltered and "
                "social workshops.</p>"
                "<p>Compaan does renovation and construction work. This includes "
                "projects with young people. In 2018, for example, a garden pavilion in "
                "Doornzele was given a new life.</p>"
                "<p>Compaan also makes design objects. Together with Labeur and "
                "designers, Compaan made the <em>vol+maakt</em> design collection. The "
                "collection came out of the Sociaal Gemaakt project and was presented "
                "in 2018.</p>"
            ),
            "fr": (
                "<p>Compaan est une entreprise de travail sur mesure (maatwerkbedrijf) à "
                "Gand. Ces entreprises sont la nouvelle forme des anciens ateliers "
                "protégés et ateliers sociaux.</p>"
                "<p>Compaan fait des travaux de rénovation et de construction. Cela "
                "comprend des projets avec des jeunes. En 2018, par exemple, un pavillon "
                "de jardin à Doornzele a ainsi retrouvé une nouvelle vie.</p>"
                "<p>Compaan fabrique aussi des objets de design. Avec Labeur et des "
                "designers, Compaan a réalisé la collection de design <em>vol+maakt</em>. "
                "Cette collection est née du projet Sociaal Gemaakt et a été présentée "
                "en 2018.</p>"
            ),
        },
        "sectors": ["bouw-en-renovatie", "designproducten"],
        "offerings": ["renovatiewerken", "designobjecten"],
        # Content-facts §2.2 (high, volmaakt.be): maatwerkbedrijf.
        "organisation_type": "custom_work",
        **_EMPTY_DETAILS,
        # Content-facts §2.2 (high): compaan.be; the source address shows www.
        "website": "https://www.compaan.be/",
    },
    # Seed: named in "De bedrijven". Content-facts §2.3 (high, dekrommeboom.be
    # geschiedenis): a sociale werkplaats vzw was set up inside De Kromme Boom in 1995;
    # care farm on the domain Slotendries; website dekrommeboom.be (high; source shows
    # www). Founding date, live-in community, workshops, mushroom farm, address and the
    # maatwerkbedrijf label are only medium: left out.
    {
        "slug": "de-kromme-boom",
        "name": "De Kromme Boom",
        "short_description": {
            "nl": (
                "De Kromme Boom is een organisatie uit de Gentse sociale economie, met "
                "een zorgboerderij op het domein Slotendries."
            ),
            "en": (
                "De Kromme Boom is an organisation in Ghent's social economy, with a "
                "care farm on the Slotendries estate."
            ),
            "fr": (
                "De Kromme Boom est une organisation de l'économie sociale gantoise, "
                "avec une ferme de soins sur le domaine Slotendries."
            ),
        },
        "long_description": {
            "nl": (
                "<p>In 1995 werd binnen De Kromme Boom een sociale werkplaats opgericht. "
                "Zo heette vroeger een plek waar mensen met minder kansen op werk aan de "
                "slag gaan, met begeleiding.</p>"
                "<p>De Kromme Boom heeft ook een zorgboerderij op het domein Slotendries. "
                "Op een zorgboerderij gaan werk op de boerderij en zorg samen.</p>"
            ),
            "en": (
                "<p>In 1995 a social workshop (sociale werkplaats) was set up within De "
                "Kromme Boom. That was the former name for a place where people with "
                "fewer chances of finding work can work, with support.</p>"
                "<p>De Kromme Boom also has a care farm on the Slotendries estate. On a "
                "care farm, farm work and care go together.</p>"
            ),
            "fr": (
                "<p>En 1995, un atelier social (sociale werkplaats) a été créé au sein "
                "de De Kromme Boom. C'était l'ancien nom d'un lieu où des personnes qui "
                "ont moins de chances de trouver un emploi travaillent, avec un "
                "accompagnement.</p>"
                "<p>De Kromme Boom a aussi une ferme de soins sur le domaine Slotendries. "
                "Dans une ferme de soins, le travail à la ferme et les soins vont "
                "ensemble.</p>"
            ),
        },
        "sectors": ["welzijn"],
        "offerings": [],
        "organisation_type": "",
        **_EMPTY_DETAILS,
        # Content-facts §2.3 (high): dekrommeboom.be; the source address shows www.
        "website": "https://www.dekrommeboom.be/",
    },
    # Seed: named in "De bedrijven". Content-facts §2.4 (high, fietsambassade.gent.be):
    # city agency (EVA) since 1 July 2017; one contact point for cycling; inclusive, with
    # attention to the social economy; services: rental (incl. student bikes), repair,
    # removal of badly parked or abandoned bikes, Fietsendepot keeping bikes 3 months;
    # Fietspunten Kattenberg and Gent-Sint-Pieters. (high, VRT 2022): employs people who
    # find regular jobs hard to get. Website fietsambassade.gent.be (high; no www).
    # The only address found is that of the Fietsendepot in 2019 (persruimte.stad.gent,
    # high): not the agency's own address, nor known to be current. So the address
    # fields stay empty (no JSON-LD address, no map link) and the description gives it
    # as the Fietsendepot's address in 2019. The 2023 wreck pilot is left out as a
    # one-off pilot; its job status (LDE/maatwerk) is unknown.
    {
        "slug": "de-fietsambassade",
        "name": "De Fietsambassade",
        "short_description": {
            "nl": (
                "De Fietsambassade is een agentschap van Stad Gent voor alles over de "
                "fiets, zoals fietsen huren en laten herstellen."
            ),
            "en": (
                "De Fietsambassade is an agency of the City of Ghent and the place to go "
                "for everything about bikes, such as renting or repairing a bike."
            ),
            "fr": (
                "De Fietsambassade est une agence de la Ville de Gand, où l'on peut "
                "s'adresser pour tout ce qui concerne le vélo, comme louer ou faire "
                "réparer un vélo."
            ),
        },
        "long_description": {
            "nl": (
                "<p>De Fietsambassade is een agentschap van Stad Gent. Het bestaat sinds "
                "1 juli 2017. Wie een vraag heeft over de fiets, kan hier terecht. De "
                "Fietsambassade wil er zijn voor iedereen en heeft aandacht voor de "
                "sociale economie. Er werken ook mensen die moeilijk een gewone job "
                "vinden.</p>"
                "<p>Wat doet de Fietsambassade?</p>"
                "<ul>"
                "<li>fietsen verhuren, ook aan studenten</li>"
                "<li>fietsen herstellen</li>"
                "<li>fietsen weghalen die fout geparkeerd staan of achtergelaten "
                "zijn</li>"
                "<li>het Fietsendepot: daar blijven weggehaalde en verloren fietsen drie "
                "maanden bewaard</li>"
                "</ul>"
                "<p>In 2019 lag het Fietsendepot in de Maaltebruggestraat 191 in Gent. "
                "Er zijn ook fietspunten aan de Kattenberg en aan het station "
                "Gent-Sint-Pieters.</p>"
            ),
            "en": (
                "<p>De Fietsambassade (the Bike Embassy) is an agency of the City of "
                "Ghent. It has existed since 1 July 2017. Anyone with a question about "
                "bikes can go there. De Fietsambassade wants to be there for everyone "
                "and pays attention to the social economy. It also employs people who "
                "find it hard to get a regular job.</p>"
                "<p>What does De Fietsambassade do?</p>"
                "<ul>"
                "<li>rents out bikes, also to students</li>"
                "<li>repairs bikes</li>"
                "<li>removes bikes that are parked in the wrong place or left "
                "behind</li>"
                "<li>runs the Fietsendepot (bike depot), where removed and lost bikes "
                "are kept for three months</li>"
                "</ul>"
                "<p>In 2019, the Fietsendepot was at Maaltebruggestraat 191 in Ghent. "
                "There are also bike points at Kattenberg and at Gent-Sint-Pieters "
                "station.</p>"
            ),
            "fr": (
                "<p>De Fietsambassade (l'ambassade du vélo) est une agence de la Ville de "
                "Gand. Elle existe depuis le 1er juillet 2017. Toute personne "
                "qui a une question sur le vélo peut s'y adresser. De Fietsambassade "
                "veut être là pour tout le monde et est attentive à l'économie sociale. "
                "Elle emploie aussi des personnes qui ont du mal à trouver un emploi "
                "ordinaire.</p>"
                "<p>Que fait De Fietsambassade ?</p>"
                "<ul>"
                "<li>elle loue des vélos, aussi aux étudiants</li>"
                "<li>elle répare des vélos</li>"
                "<li>elle enlève les vélos mal garés ou abandonnés</li>"
                "<li>elle gère le Fietsendepot (dépôt de vélos), où les vélos enlevés "
                "et perdus sont gardés trois mois</li>"
                "</ul>"
                "<p>En 2019, le Fietsendepot se trouvait Maaltebruggestraat 191 à Gand. "
                "Il y a aussi des points vélo à Kattenberg et à la gare de "
                "Gent-Sint-Pieters.</p>"
            ),
        },
        "sectors": ["fietsen"],
        "offerings": ["fietsverhuur", "fietsherstelling"],
        # Content-facts §2.4 (high): an agency of the city (EVA) — the closest type.
        "organisation_type": "city",
        **_EMPTY_DETAILS,
        # Content-facts §2.4 (high): fietsambassade.gent.be; the source shows no www.
        "website": "https://fietsambassade.gent.be/",
    },
    # Seed: named in "De bedrijven". Content-facts §2.5: "beschutte werkplaats" in 2011
    # (medium); activities, website and address unknown. Only the seed is used.
    {
        "slug": "gandae",
        "name": "Gandae",
        "short_description": {
            "nl": (
                "Gandae is een van de bedrijven die Stad Gent noemt als deel van de "
                "Gentse sociale economie."
            ),
            "en": (
                "Gandae is one of the companies the City of Ghent names as part of "
                "Ghent's social economy."
            ),
            "fr": (
                "Gandae est l'une des entreprises que la Ville de Gand cite comme faisant "
                "partie de l'économie sociale gantoise."
            ),
        },
        "long_description": {"nl": "", "en": "", "fr": ""},
        "sectors": [],
        "offerings": [],
        "organisation_type": "",
        **_EMPTY_DETAILS,
    },
    # Seed: named in "De bedrijven" as "Groep INTRO (Grinta Koeriers)". Content-facts
    # §2.6 (high, esf-vlaanderen.be): Groep INTRO vzw is a Flemish non-profit offering
    # coaching, training, advice and employment to vulnerable groups in work, school,
    # justice, neighbourhood, leisure and maatwerk. Nothing was found on Grinta Koeriers
    # itself: its activities (a courier service is only implied by the name, low),
    # website and Gent address are unknown. The number of sites is left out.
    {
        "slug": "groep-intro-grinta-koeriers",
        "name": "Groep INTRO (Grinta Koeriers)",
        "short_description": {
            "nl": (
                "Stad Gent noemt Grinta Koeriers van Groep INTRO als een van de "
                "bedrijven van de Gentse sociale economie."
            ),
            "en": (
                "The City of Ghent names Grinta Koeriers of Groep INTRO as one of the "
                "companies of Ghent's social economy."
            ),
            "fr": (
                "La Ville de Gand cite Grinta Koeriers, de Groep INTRO, comme l'une des "
                "entreprises de l'économie sociale gantoise."
            ),
        },
        "long_description": {
            "nl": (
                "<p>Groep INTRO is een Vlaamse vzw. Ze helpt mensen in een kwetsbare "
                "positie met begeleiding, opleiding, advies en werk. Dat doet ze op "
                "veel terreinen: werk, school, justitie, de buurt, vrije tijd en "
                "maatwerk.</p>"
            ),
            "en": (
                "<p>Groep INTRO is a Flemish non-profit organisation. It helps people in "
                "a vulnerable position with coaching, training, advice and jobs. It "
                "does so in many areas: work, school, justice, the neighbourhood, "
                "leisure and custom work (maatwerk).</p>"
            ),
            "fr": (
                "<p>Groep INTRO est une association flamande sans but lucratif. Elle "
                "aide des personnes en situation de vulnérabilité par de "
                "l'accompagnement, de la formation, des conseils et de l'emploi. Elle "
                "le fait dans de nombreux domaines : le travail, l'école, la justice, "
                "le quartier, les loisirs et le travail sur mesure (maatwerk).</p>"
            ),
        },
        "sectors": [],
        "offerings": [],
        "organisation_type": "",
        **_EMPTY_DETAILS,
    },
    # Seed: named in "De bedrijven". Content-facts §2.7: what Labeur mainly does (roof
    # insulation, Recup Design furniture, urban farming; construction and renovation)
    # is only medium or low, so it is not told; the description says only where Labeur
    # is and what it took part in, and does not present design as its work: no sector,
    # no offering in the catalogue. High: located on the UCO site (vlaanderen.be, also
    # §1.5); made vol+maakt design objects with Compaan (volmaakt.be; §1.9: presented in
    # 2018, sold through design shops in Ghent, out of Sociaal Gemaakt). The
    # maatwerkbedrijf label and the website labeur.be are only medium or low: left out.
    {
        "slug": "labeur",
        "name": "Labeur",
        "short_description": {
            "nl": (
                "Labeur is een bedrijf uit de Gentse sociale economie op de vroegere "
                "UCO-site in de Bloemekenswijk."
            ),
            "en": (
                "Labeur is a company in Ghent's social economy, based on the former UCO "
                "site in the Bloemekenswijk district."
            ),
            "fr": (
                "Labeur est une entreprise de l'économie sociale gantoise, installée sur "
                "l'ancien site UCO dans le quartier Bloemekenswijk."
            ),
        },
        "long_description": {
            "nl": (
                "<p>Labeur zit op de vroegere UCO-site in de Bloemekenswijk. Dat oude "
                "fabrieksterrein is nu een bedrijventerrein voor de sociale economie.</p>"
                "<p>Labeur deed mee aan het project Sociaal Gemaakt. Samen met Compaan "
                "en ontwerpers maakte Labeur de designcollectie <em>vol+maakt</em>. Die "
                "collectie werd in 2018 voorgesteld en in designwinkels in Gent "
                "verkocht.</p>"
                "<p>Wat Labeur verder doet, staat nog niet op deze website.</p>"
            ),
            "en": (
                "<p>Labeur is based on the former UCO site in the Bloemekenswijk "
                "district. The old factory site is now a business park for the social "
                "economy.</p>"
                "<p>Labeur took part in the Sociaal Gemaakt project. Together with "
                "Compaan and designers, Labeur made the <em>vol+maakt</em> design "
                "collection. The collection was presented in 2018 and sold in design "
                "shops in Ghent.</p>"
                "<p>What else Labeur does is not yet on this website.</p>"
            ),
            "fr": (
                "<p>Labeur est installée sur l'ancien site UCO dans le quartier "
                "Bloemekenswijk. Cette ancienne usine est devenue un parc d'activités "
                "pour l'économie sociale.</p>"
                "<p>Labeur a participé au projet Sociaal Gemaakt. Avec Compaan et des "
                "designers, Labeur a réalisé la collection de design <em>vol+maakt</em>. "
                "Cette collection a été présentée en 2018 et vendue dans des boutiques "
                "de design à Gand.</p>"
                "<p>Ce que Labeur fait d'autre ne figure pas encore sur ce site.</p>"
            ),
        },
        "sectors": [],
        "offerings": [],
        "organisation_type": "",
        **_EMPTY_DETAILS,
    },
    # Seed: named in "De bedrijven". Content-facts §2.8: everything found is medium and
    # about Antwerp and Brussels; the Gent branch, address and website are unknown. Only
    # the seed is used.
    {
        "slug": "manus",
        "name": "Manus",
        "short_description": {
            "nl": (
                "Manus is een van de bedrijven die Stad Gent noemt als deel van de "
                "Gentse sociale economie."
            ),
            "en": (
                "Manus is one of the companies the City of Ghent names as part of "
                "Ghent's social economy."
            ),
            "fr": (
                "Manus est l'une des entreprises que la Ville de Gand cite comme faisant "
                "partie de l'économie sociale gantoise."
            ),
        },
        "long_description": {"nl": "", "en": "", "fr": ""},
        "sectors": [],
        "offerings": [],
        "organisation_type": "",
        **_EMPTY_DETAILS,
    },
    # Seed: named in "De bedrijven". Content-facts §2.9: nothing found. Only the seed.
    {
        "slug": "mirto",
        "name": "Mirto",
        "short_description": {
            "nl": (
                "Mirto is een van de bedrijven die Stad Gent noemt als deel van de "
                "Gentse sociale economie."
            ),
            "en": (
                "Mirto is one of the companies the City of Ghent names as part of "
                "Ghent's social economy."
            ),
            "fr": (
                "Mirto est l'une des entreprises que la Ville de Gand cite comme faisant "
                "partie de l'économie sociale gantoise."
            ),
        },
        "long_description": {"nl": "", "en": "", "fr": ""},
        "sectors": [],
        "offerings": [],
        "organisation_type": "",
        **_EMPTY_DETAILS,
    },
    # Seed: named in "De bedrijven". Content-facts §2.10 (high, openplaats.be): Gent vzw
    # in the Brugse Poort; social service (reception, food aid, advice); two Kringwinkels
    # (Gent and Destelbergen) and a repair warehouse; goods saved from waste; training
    # and work experience via art. 60 / tijdelijke werkervaring with MAACT (OCMW Gent)
    # and arbeidszorg via GTB (VDAB) and the OCMW; community-service placements; website
    # openplaats.be (high; source shows www). §2 type vocabulary (high): arbeidszorg.
    # Type "work experience / arbeidszorg + kringloop" (high): the single type chosen is
    # tijdelijke werkervaring, which Open Plaats names as its structural partnership;
    # the description also names arbeidszorg. The 2022 figures are left out of the text.
    {
        "slug": "open-plaats",
        "name": "Open Plaats",
        "short_description": {
            "nl": (
                "Open Plaats is een Gentse vzw uit de Brugse Poort met kringwinkels en "
                "een sociale dienst, waar mensen werkervaring opdoen."
            ),
            "en": (
                "Open Plaats is a Ghent non-profit in the Brugse Poort district with "
                "second-hand shops and a social service, where people gain work "
                "experience."
            ),
            "fr": (
                "Open Plaats est une association gantoise du quartier Brugse Poort, avec "
                "des magasins de seconde main et un service social, où l'on acquiert une "
                "expérience de travail."
            ),
        },
        "long_description": {
            "nl": (
                "<p>Open Plaats is een vzw uit de Brugse Poort in Gent. Ze heeft een "
                "sociale dienst. Daar kunnen mensen terecht voor onthaal, voedselhulp en "
                "advies.</p>"
                "<p>Open Plaats heeft ook twee kringwinkels, in Gent en in Destelbergen. "
                "In een apart magazijn worden spullen hersteld. Zo belanden minder "
                "spullen bij het afval.</p>"
                "<p>Bij Open Plaats doen mensen werkervaring op. Dat kan als "
                "<strong>tijdelijke werkervaring</strong> (artikel 60), samen met MAACT "
                "van het OCMW Gent. Het kan ook via <strong>arbeidszorg</strong>: werk "
                "met zorg en begeleiding voor wie (nog) geen betaalde job aankan. Ook "
                "mensen met een werkstraf kunnen er werken.</p>"
            ),
            "en": (
                "<p>Open Plaats is a non-profit organisation in the Brugse Poort "
                "district of Ghent. It has a social service, where people can go for a "
                "welcome, food aid and advice.</p>"
                "<p>Open Plaats also has two second-hand shops (Kringwinkels), in Ghent "
                "and in Destelbergen. Goods are repaired in a separate warehouse. This "
                "way, fewer things end up as waste.</p>"
                "<p>At Open Plaats, people gain work experience. This can be "
                "<strong>temporary work experience</strong> (article 60), together with "
                "MAACT of Ghent's OCMW (public centre for social welfare). It can also "
                "be <strong>arbeidszorg</strong>: work with care and support for people "
                "who cannot (yet) hold a paid job. People doing community service can "
                "also work there.</p>"
            ),
            "fr": (
                "<p>Open Plaats est une association sans but lucratif du quartier Brugse "
                "Poort à Gand. Elle a un service social, où l'on peut trouver un "
                "accueil, une aide alimentaire et des conseils.</p>"
                "<p>Open Plaats a aussi deux magasins de seconde main (Kringwinkels), à "
                "Gand et à Destelbergen. Des objets sont réparés dans un entrepôt à "
                "part. Ainsi, moins d'objets finissent à la poubelle.</p>"
                "<p>Chez Open Plaats, des personnes acquièrent une expérience de "
                "travail. Cela peut se faire en <strong>expérience de travail "
                "temporaire</strong> (article 60), avec MAACT du CPAS de Gand. Cela peut "
                "aussi passer par l'<strong>arbeidszorg</strong> : un travail avec soins "
                "et accompagnement pour les personnes qui ne peuvent pas (encore) "
                "occuper un emploi rémunéré. Des personnes condamnées à une peine de "
                "travail peuvent aussi y travailler.</p>"
            ),
        },
        "sectors": ["kringloop-en-tweedehands", "welzijn"],
        "offerings": ["tweedehandsspullen"],
        "organisation_type": "temporary_work_experience",
        **_EMPTY_DETAILS,
        # Content-facts §2.10 (high): openplaats.be; the source address shows www.
        "website": "https://www.openplaats.be/",
    },
    # Seed: named in "De bedrijven". Content-facts §2.11 (high, stad.gent interview):
    # oldest and one of the largest maatwerkbedrijven of Oost-Vlaanderen; packing and
    # repacking (food and cosmetics), electro-assembly, own green-maintenance service,
    # teams on client sites; 3 locations, head office in Gent. (high, vai.be): printing
    # and packaging material. (high, ryhove.be): Ryhove vzw, KBO 0407.215.007, seat
    # Koningsdal 24, 9000 Gent; 50 years in 2013 (so founded in 1963). Website ryhove.be
    # (high; source shows www). Headcount: the only figure (~393 staff) is from 2007 and
    # approximate, so it is left out. The Huyghe enclave (medium) is left out.
    {
        "slug": "ryhove",
        "name": "Ryhove",
        "short_description": {
            "nl": (
                "Ryhove is een Gents maatwerkbedrijf voor verpakking, assemblage, "
                "drukwerk en groenonderhoud, ook bij klanten ter plaatse."
            ),
            "en": (
                "Ryhove is a Ghent custom work company (maatwerkbedrijf) for packaging, "
                "assembly, printing and green maintenance, also at the client's site."
            ),
            "fr": (
                "Ryhove est une entreprise gantoise de travail sur mesure "
                "(maatwerkbedrijf) : emballage, assemblage, impression et espaces verts, "
                "aussi chez le client."
            ),
        },
        "long_description": {
            "nl": (
                "<p>Ryhove is het oudste maatwerkbedrijf van Oost-Vlaanderen en een van "
                "de grootste. Het bestaat sinds 1963. Ryhove heeft drie vestigingen. De "
                "hoofdzetel is in Gent.</p>"
                "<p>Ryhove doet onder meer dit werk:</p>"
                "<ul>"
                "<li>verpakken en herverpakken, bijvoorbeeld van voeding en "
                "cosmetica</li>"
                "<li>elektro-assemblage: elektrische onderdelen in elkaar zetten</li>"
                "<li>drukwerk en verpakkingsmateriaal van hoge kwaliteit</li>"
                "<li>groenonderhoud, met een eigen dienst</li>"
                "<li>ploegen die bij klanten ter plaatse werken</li>"
                "</ul>"
            ),
            "en": (
                "<p>Ryhove is the oldest custom work company (maatwerkbedrijf) in the "
                "province of East Flanders and one of the largest. It has existed since "
                "1963. Ryhove has three sites. Its head office is in Ghent.</p>"
                "<p>Ryhove's work includes:</p>"
                "<ul>"
                "<li>packing and repacking, for example food and cosmetics</li>"
                "<li>electrical assembly: putting electrical parts together</li>"
                "<li>high-quality printing and packaging material</li>"
                "<li>green space maintenance, with its own team</li>"
                "<li>teams that work at the client's site</li>"
                "</ul>"
            ),
            "fr": (
                "<p>Ryhove est la plus ancienne entreprise de travail sur mesure "
                "(maatwerkbedrijf) de Flandre-Orientale et l'une des plus grandes. Elle "
                "existe depuis 1963. Ryhove a trois sites. Son siège est à Gand.</p>"
                "<p>Ryhove fait notamment ce travail :</p>"
                "<ul>"
                "<li>emballage et reconditionnement, par exemple d'aliments et de "
                "cosmétiques</li>"
                "<li>assemblage électrique : assembler des pièces électriques</li>"
                "<li>impression et matériel d'emballage de haute qualité</li>"
                "<li>entretien des espaces verts, avec son propre service</li>"
                "<li>équipes qui travaillent sur le site du client</li>"
                "</ul>"
            ),
        },
        "sectors": [
            "diensten-aan-bedrijven-en-overheden",
            "verpakking-en-assemblage",
            "drukwerk",
            "groenonderhoud",
        ],
        "offerings": [
            "verpakken-en-herverpakken",
            "elektro-assemblage",
            "drukwerk-en-verpakkingsmateriaal",
            "groenonderhoud",
            "ploegen-ter-plaatse",
        ],
        # Content-facts §2.11 (high): maatwerkbedrijf.
        "organisation_type": "custom_work",
        **_EMPTY_DETAILS,
        # Content-facts §2.11 (high, ryhove.be verkoopsvoorwaarden): registered seat.
        "street": "Koningsdal 24",
        "postcode": "9000",
        "municipality": "Gent",
        "kbo_number": "0407.215.007",
        # Content-facts §2.11 (high): ryhove.be; the source address shows www.
        "website": "https://www.ryhove.be/",
    },
    # Seed: named in "De bedrijven". Content-facts §2.12 (high, desleutel.be): linked to
    # the drug-care organisation De Sleutel; moved from the Mahatma Gandhistraat to the
    # UCO site; §1.5 (high, vlaanderen.be): settled on the UCO site. §1.9 (high): partner
    # in Sociaal Gemaakt. Current services (renovation is only low), website and type
    # are unknown. The 2018 director and staff mix are left out as dated details.
    {
        "slug": "weerwerk",
        "name": "Weerwerk",
        "short_description": {
            "nl": (
                "Weerwerk is een Gents bedrijf uit de sociale economie, verbonden met De "
                "Sleutel, een organisatie die helpt bij drugproblemen."
            ),
            "en": (
                "Weerwerk is a Ghent social-economy company linked to De Sleutel, an "
                "organisation that helps people with drug problems."
            ),
            "fr": (
                "Weerwerk est une entreprise gantoise de l'économie sociale liée à De "
                "Sleutel, une organisation d'aide aux personnes ayant des problèmes de "
                "drogue."
            ),
        },
        "long_description": {
            "nl": (
                "<p>Weerwerk is verbonden met De Sleutel. De Sleutel helpt mensen met "
                "drugproblemen.</p>"
                "<p>Vroeger zat Weerwerk in de Mahatma Gandhistraat. Daarna verhuisde "
                "het naar de vroegere UCO-site in de Bloemekenswijk. Dat is nu een "
                "bedrijventerrein voor de sociale economie.</p>"
                "<p>Weerwerk deed ook mee aan Sociaal Gemaakt. In dat project bedenken "
                "bedrijven uit de sociale economie samen met ontwerpers nieuwe "
                "producten.</p>"
            ),
            "en": (
                "<p>Weerwerk is linked to De Sleutel. De Sleutel helps people with drug "
                "problems.</p>"
                "<p>Weerwerk used to be in the Mahatma Gandhistraat. It then moved to "
                "the former UCO site in the Bloemekenswijk district, which is now a "
                "business park for the social economy.</p>"
                "<p>Weerwerk also took part in Sociaal Gemaakt. In this project, "
                "social-economy companies and designers come up with new products "
                "together.</p>"
            ),
            "fr": (
                "<p>Weerwerk est liée à De Sleutel. De Sleutel aide les personnes ayant "
                "des problèmes de drogue.</p>"
                "<p>Weerwerk se trouvait auparavant dans la Mahatma Gandhistraat. Elle a "
                "ensuite déménagé sur l'ancien site UCO dans le quartier Bloemekenswijk, "
                "devenu un parc d'activités pour l'économie sociale.</p>"
                "<p>Weerwerk a aussi participé à Sociaal Gemaakt. Dans ce projet, des "
                "entreprises de l'économie sociale et des designers imaginent ensemble "
                "de nouveaux produits.</p>"
            ),
        },
        "sectors": [],
        "offerings": [],
        "organisation_type": "",
        **_EMPTY_DETAILS,
    },
    # Seed: named in "De bedrijven" as "Saamo Gent". Content-facts §2.13 (high,
    # saamo.be): SAAMO is the new name of Samenlevingsopbouw; works with people in
    # vulnerable positions on structural solutions; in Gent it runs the Rabot currency
    # Torekes (earned by volunteering; spent in local shops, on allotments, bike repair,
    # tickets; 10 years in 2021: told as "in 2021, for ten years") and the
    # Wijkonderneming project in Rabot (2024, told in the past tense)
    # (from the LaboRabot work labs towards a neighbourhood enterprise with paid jobs
    # for unmet local needs). Type opbouwwerk (high). Website saamo.be (high; www). The
    # food initiatives (medium) are left out.
    {
        "slug": "saamo-gent",
        "name": "Saamo Gent",
        "short_description": {
            "nl": (
                "Saamo Gent werkt samen met mensen in een kwetsbare positie aan "
                "oplossingen, onder meer in de Rabotwijk."
            ),
            "en": (
                "Saamo Gent works with people in a vulnerable position on solutions, "
                "among other places in the Rabot district."
            ),
            "fr": (
                "Saamo Gent travaille avec des personnes en situation de vulnérabilité "
                "à des solutions, notamment dans le quartier Rabot."
            ),
        },
        "long_description": {
            "nl": (
                "<p>Saamo is de nieuwe naam van Samenlevingsopbouw. Saamo doet "
                "<strong>opbouwwerk</strong>: samen met mensen in een kwetsbare positie "
                "zoekt het naar structurele oplossingen.</p>"
                "<p>In 2021 zorgde Saamo al tien jaar voor de <strong>Torekes</strong>, "
                "de munt van de Rabotwijk. Wie vrijwilligerswerk deed, kreeg Torekes. "
                "Daarmee kon men betalen in winkels in de buurt, voor een moestuin, een "
                "fietsherstelling of tickets.</p>"
                "<p>In 2024 werkte Saamo in de Rabotwijk aan het project "
                "<strong>Wijkonderneming</strong>: een onderneming van de buurt. Die "
                "moest betaalde jobs geven en iets doen aan noden in de wijk waar nog "
                "geen antwoord op was. Het project bouwde verder op de werklabo's van "
                "LaboRabot.</p>"
            ),
            "en": (
                "<p>Saamo is the new name of Samenlevingsopbouw. Saamo does "
                "<strong>community development</strong> (opbouwwerk): together with "
                "people in a vulnerable position, it looks for structural "
                "solutions.</p>"
                "<p>In 2021, Saamo had been running the <strong>Torekes</strong>, the "
                "Rabot district's own currency, for ten years. People earned Torekes "
                "by doing volunteer work. They could spend them in local shops, on a "
                "vegetable garden plot, a bike repair or tickets.</p>"
                "<p>In 2024, Saamo was working on the <strong>Wijkonderneming</strong> "
                "(neighbourhood enterprise) project in the Rabot district. It was meant "
                "to create paid jobs and to meet needs in the district that nobody met "
                "yet. The project built on the LaboRabot work labs.</p>"
            ),
            "fr": (
                "<p>Saamo est le nouveau nom de Samenlevingsopbouw. Saamo fait du "
                "<strong>travail de développement communautaire</strong> (opbouwwerk) : "
                "avec des personnes en situation de vulnérabilité, elle cherche des "
                "solutions structurelles.</p>"
                "<p>En 2021, Saamo gérait depuis dix ans les <strong>Torekes</strong>, "
                "la monnaie du quartier Rabot. On gagnait des Torekes en faisant du "
                "bénévolat. On pouvait les dépenser dans les commerces du quartier, "
                "pour un potager, une réparation de vélo ou des billets.</p>"
                "<p>En 2024, Saamo travaillait dans le Rabot au projet "
                "<strong>Wijkonderneming</strong> (entreprise de quartier). Elle devait "
                "créer des emplois rémunérés et répondre à des besoins du quartier "
                "restés sans réponse. Le projet s'appuyait sur les laboratoires de "
                "travail de LaboRabot.</p>"
            ),
        },
        "sectors": ["welzijn"],
        "offerings": [],
        # Content-facts §2.13 (high): opbouwwerk.
        "organisation_type": "community_development",
        **_EMPTY_DETAILS,
        # Content-facts §2.13 (high): saamo.be; the source address shows www.
        "website": "https://www.saamo.be/",
    },
    # Seed: named in "De bedrijven". Content-facts §2.14: no organisation of this name
    # found; the link with the Torekes currency is unconfirmed (low). Only the seed.
    {
        "slug": "toreke",
        "name": "Toreke",
        "short_description": {
            "nl": (
                "Toreke is een van de bedrijven die Stad Gent noemt als deel van de "
                "Gentse sociale economie."
            ),
            "en": (
                "Toreke is one of the companies the City of Ghent names as part of "
                "Ghent's social economy."
            ),
            "fr": (
                "Toreke est l'une des entreprises que la Ville de Gand cite comme faisant "
                "partie de l'économie sociale gantoise."
            ),
        },
        "long_description": {"nl": "", "en": "", "fr": ""},
        "sectors": [],
        "offerings": [],
        "organisation_type": "",
        **_EMPTY_DETAILS,
    },
    # Seed: "Stad en OCMW Gent: Dienstenbedrijf Sociale Economie (DBSE)"; the city's own
    # jobs in the social economy are published on jobs.gent.be. Content-facts §1.1
    # (high, stad.gent DBSE page): joint Stad + OCMW unit since 2016; contracts of 1 to 5
    # years with intensive coaching; aim = regular labour market; assignments for Groep
    # Gent; also works for low-income residents, seniors and youth associations. §2.15
    # (high, persruimte 146510): units in 2016–17 (street and park cleaning, service
    # bikes, catering, logistics, cleaning, construction). §1.9 (high): allowed to set
    # up a maatwerk unit from 1 July 2019 (told as such, not as "has a unit"). Website: the DBSE page on stad.gent (§1.1, high). Vacancies:
    # jobs.gent.be (seed). Offerings: none, because DBSE works mainly for Groep Gent
    # itself and is not a shop for outside buyers (§2.15, high). Address: only "UCO
    # site, Getouwstraat side" is known, without a number: left empty. Staff figures are
    # medium: left out.
    {
        "slug": "dienstenbedrijf-sociale-economie",
        "name": "Dienstenbedrijf Sociale Economie",
        "short_description": {
            "nl": (
                "Het DBSE is een dienst van Stad en OCMW Gent: mensen werken er 1 tot 5 "
                "jaar, met veel begeleiding."
            ),
            "en": (
                "The Dienstenbedrijf Sociale Economie (DBSE) is a service of the City "
                "and the OCMW of Ghent, where people work for 1 to 5 years with a lot "
                "of coaching."
            ),
            "fr": (
                "Le Dienstenbedrijf Sociale Economie (DBSE) est un service de la Ville et "
                "du CPAS de Gand, où l'on travaille de 1 à 5 ans avec beaucoup "
                "d'accompagnement."
            ),
        },
        "long_description": {
            "nl": (
                "<p>Sinds 2016 brengen Stad en OCMW Gent hun eigen jobs in de sociale "
                "economie samen in het DBSE. De medewerkers krijgen een contract van 1 "
                "tot 5 jaar en veel begeleiding. Het doel is dat ze daarna een job "
                "vinden in de gewone arbeidsmarkt. Vanaf 1 juli 2019 mocht het DBSE "
                "ook een maatwerkafdeling oprichten.</p>"
                "<p>Het DBSE doet vooral opdrachten voor Groep Gent. Het werkt ook voor "
                "Gentenaars met een laag inkomen, voor senioren en voor "
                "jeugdverenigingen. In de eerste jaren ging het onder meer om straten "
                "en parken proper houden, schoonmaak, catering, kleine bouwklussen en "
                "werk aan dienstfietsen.</p>"
                "<p>De jobs van Stad en OCMW Gent in de sociale economie staan op "
                "jobs.gent.be.</p>"
            ),
            "en": (
                "<p>Since 2016, the City and the OCMW of Ghent have brought their own "
                "social-economy jobs together in the DBSE (Social Economy Service "
                "Company). The workers get a contract of 1 to 5 years and a lot of "
                "coaching. The aim is that they then find a job in the regular labour "
                "market. From 1 July 2019, the DBSE was also allowed to set up a custom "
                "work (maatwerk) unit.</p>"
                "<p>The DBSE mainly does assignments for Groep Gent. It also works for "
                "Ghent residents on a low income, for seniors and for youth "
                "associations. In its first years, its work included keeping streets "
                "and parks clean, cleaning, catering, small building jobs and work on "
                "the city's service bikes.</p>"
                "<p>The social-economy jobs of the City and the OCMW of Ghent are "
                "published on jobs.gent.be.</p>"
            ),
            "fr": (
                "<p>Depuis 2016, la Ville et le CPAS de Gand regroupent leurs propres "
                "emplois d'économie sociale dans le DBSE (entreprise de services "
                "d'économie sociale). Les travailleurs reçoivent un contrat de 1 à 5 ans "
                "et beaucoup d'accompagnement. Le but est qu'ils trouvent ensuite un "
                "emploi sur le marché du travail ordinaire. À partir du 1er "
                "juillet 2019, le DBSE a aussi pu créer une section de travail sur "
                "mesure (maatwerk).</p>"
                "<p>Le DBSE travaille surtout pour le Groep Gent. Il "
                "travaille aussi pour des Gantois à faible revenu, des seniors et des "
                "associations de jeunesse. Dans ses premières années, il s'agissait "
                "notamment de garder les rues et les parcs propres, du nettoyage, de la "
                "restauration collective, de petits travaux de construction et de "
                "l'entretien des vélos de service.</p>"
                "<p>Les emplois d'économie sociale de la Ville et du CPAS de Gand sont "
                "publiés sur jobs.gent.be.</p>"
            ),
        },
        "sectors": [
            "horeca-en-voeding",
            "bouw-en-renovatie",
            "diensten-aan-bedrijven-en-overheden",
            "schoonmaak",
            "fietsen",
        ],
        "offerings": [],
        # Seed and content-facts §1.1 (high): a service of Stad and OCMW Gent.
        "organisation_type": "city",
        **_EMPTY_DETAILS,
        # Content-facts §1.1 (high): the DBSE page on stad.gent.
        "website": (
            "https://stad.gent/nl/werken-ondernemen/werken/werken-regio-gent/"
            "sociale-economie/dienstenbedrijf-sociale-economie"
        ),
        # Seed: the city's own social-economy jobs are published on jobs.gent.be.
        "vacancies_url": "https://jobs.gent.be/",
    },
    # Seed: "Stad en OCMW Gent: ... Dienst Werk en Activering"; the city offers jobs of
    # its own through DBSE and this service, among others in the city's woonzorgcentra
    # (the seed does not say which of the two); those jobs are published on
    # jobs.gent.be. Content-facts §1.7: no page of this service found; whether it is
    # MAACT or the city's Dienst Werk is unknown (low), so nothing else is used.
    {
        "slug": "dienst-werk-en-activering",
        "name": "Dienst Werk en Activering",
        "short_description": {
            "nl": (
                "Via de Dienst Werk en Activering biedt Stad Gent zelf jobs aan in de "
                "sociale economie."
            ),
            "en": (
                "Through the Dienst Werk en Activering (Work and Activation Service), "
                "the City of Ghent itself offers jobs in the social economy."
            ),
            "fr": (
                "Par la Dienst Werk en Activering (service Travail et Activation), la "
                "Ville de Gand propose elle-même des emplois dans l'économie sociale."
            ),
        },
        "long_description": {
            "nl": (
                "<p>De Dienst Werk en Activering hoort bij Stad en OCMW Gent. Samen met "
                "het Dienstenbedrijf Sociale Economie zorgt deze dienst voor eigen jobs "
                "van de stad in de sociale economie. Via die twee diensten werken er "
                "bijvoorbeeld mensen in de woonzorgcentra van de stad.</p>"
                "<p>De jobs van Stad en OCMW Gent in de sociale economie staan op "
                "jobs.gent.be.</p>"
            ),
            "en": (
                "<p>The Dienst Werk en Activering (Work and Activation Service) is part "
                "of the City and the OCMW of Ghent. Together with the Social Economy "
                "Service Company, it provides the city's own jobs in the social "
                "economy. Through these two services, people work for example in the "
                "city's residential care homes.</p>"
                "<p>The social-economy jobs of the City and the OCMW of Ghent are "
                "published on jobs.gent.be.</p>"
            ),
            "fr": (
                "<p>La Dienst Werk en Activering (service Travail et Activation) fait "
                "partie de la Ville et du CPAS de Gand. Avec l'entreprise de services "
                "d'économie sociale, ce service offre les emplois propres de la ville "
                "dans l'économie sociale. Grâce à ces deux services, des personnes "
                "travaillent par exemple dans les maisons de repos et de soins de la "
                "ville.</p>"
                "<p>Les emplois d'économie sociale de la Ville et du CPAS de Gand sont "
                "publiés sur jobs.gent.be.</p>"
            ),
        },
        "sectors": [],
        "offerings": [],
        # Seed: a service of Stad en OCMW Gent.
        "organisation_type": "city",
        **_EMPTY_DETAILS,
        # Seed: the city's own social-economy jobs are published on jobs.gent.be.
        "vacancies_url": "https://jobs.gent.be/",
    },
]
