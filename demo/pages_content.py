"""Demo content: the seed page's facts in our own words, in Dutch, English and French.

Every fact here traces to ../shared/seed/ or a high-confidence line of
../shared/content-facts.md; the comment above each item names where. The accessibility
statement and the privacy page tell what this website itself does; their comments name
the code and tests that make it true. Every URL, address, phone number, e-mail address,
date and figure shown is also listed in demo/sources.py, with its source
(tests/test_content_claims.py checks the rendered pages against it). The Dutch texts
address the reader as "u", like the rest of the site.
"""

HUB_URL = (
    "https://stad.gent/nl/werken-ondernemen/werken/werken-regio-gent/"
    "sociale-economie/sociale-economie-gent"
)

# Seed: intro and headline figure. The seed page gives no date for the figure, so the
# label says where it comes from and the source says the page is undated; the home page
# shows the 2019 job count below it, with a note that the two are different counts
# (content-facts §3: not necessarily comparable).
HOME = {
    "title": {
        "nl": "Sociale economie in Gent",
        "en": "Social economy in Ghent",
        "fr": "L'économie sociale à Gand",
    },
    "intro": {
        "nl": (
            "Sommige mensen kunnen niet meteen werken in een gewoon bedrijf. Ze hebben "
            "bijvoorbeeld een beperking of gezondheidsproblemen. Of ze zijn nieuw in "
            "ons land. In de sociale economie vinden zij werk op maat, met "
            "begeleiding.\n\n"
            "Op het werk leren ze ook bij. Zo krijgen ze nieuwe vaardigheden en kunnen "
            "ze verder groeien."
        ),
        "en": (
            "Some people cannot start working in an ordinary company straight away. "
            "For example, they have a disability or health problems. Or they are new "
            "to the country. In the social economy they find work that suits them, "
            "with support.\n\n"
            "They also keep learning at work. That way they gain new skills and can "
            "grow further."
        ),
        "fr": (
            "Certaines personnes ne peuvent pas travailler tout de suite dans une "
            "entreprise ordinaire. Par exemple, elles ont un handicap ou des problèmes "
            "de santé. Ou elles sont nouvelles dans le pays. Dans l'économie sociale, "
            "elles trouvent un travail sur mesure, avec un accompagnement.\n\n"
            "Au travail, elles continuent aussi à apprendre. Elles acquièrent ainsi de "
            "nouvelles compétences et peuvent progresser."
        ),
    },
    "key_figure": {"nl": "zo'n 1400", "en": "some 1,400", "fr": "quelque 1 400"},
    "key_figure_label": {
        "nl": "mensen werken in de Gentse sociale economie, zegt de webpagina van de "
        "stad. Voor hen is een gewone job niet of nog niet haalbaar.",
        "en": "people work in Ghent's social economy, the city's web page says. For "
        "them, a regular job is not (yet) within reach.",
        "fr": "personnes travaillent dans l'économie sociale gantoise, selon la page "
        "web de la ville. Pour elles, un emploi ordinaire n'est pas (encore) possible.",
    },
    "key_figure_source": {
        "nl": "Stad Gent, webpagina Sociale economie in Gent (de pagina vermeldt geen "
        "datum)",
        "en": "City of Ghent, web page Sociale economie in Gent (the page gives no "
        "date)",
        "fr": "Ville de Gand, page web Sociale economie in Gent (la page ne donne pas "
        "de date)",
    },
    "key_figure_source_url": HUB_URL,
}


# ---------------------------------------------------------------------------------------
# Pages. Body text is HTML (p, h2, h3, ul, ol, li, a, strong, em); headings start at h2.
# The facts below come only from the seed and from (high) lines of content-facts.md.
# ---------------------------------------------------------------------------------------

DBSE_URL = (
    "https://stad.gent/nl/werken-ondernemen/werken/werken-regio-gent/"
    "sociale-economie/dienstenbedrijf-sociale-economie"
)
SOGENT_UCO_URL = (
    "https://sogent.be/projecten/"
    "herbestemming-van-een-oude-fabriekssite-tot-bedrijventerrein-voor-sociale-economie"
)
JOBS_URL = "https://jobs.gent.be/"
# Content-facts §6 (high): the Ghent logo links to the stad.gent home page.
STAD_URL = "https://stad.gent/"

PAGES = [
    # Seed: "De mensen" (VDAB estimates, after an interview and a screening, whether
    # someone can work in the social economy: "schat in", not "decides"; the two jargon
    # terms; coaching on the shop floor and by management) and the intro (disability,
    # health problems, newcomers; learning new skills). Content-facts §0 (high) says the
    # same. No link to VDAB's website: no source gives its address.
    {
        "key": "people",
        "parent": None,
        "slug": {"nl": "mensen", "en": "people", "fr": "personnes"},
        "title": {"nl": "De mensen", "en": "The people", "fr": "Les personnes"},
        "summary": {
            "nl": (
                "In de sociale economie werken mensen die niet meteen terechtkunnen in "
                "een gewoon bedrijf. VDAB schat in wie er kan werken. Op het werk "
                "krijgen ze begeleiding."
            ),
            "en": (
                "The social economy employs people who cannot go straight to work in an "
                "ordinary company. VDAB assesses who can work there. At work, they get "
                "support and coaching."
            ),
            "fr": (
                "L'économie sociale emploie des personnes qui ne peuvent pas travailler "
                "tout de suite dans une entreprise ordinaire. Le VDAB évalue qui peut y "
                "travailler. Au travail, elles sont accompagnées."
            ),
        },
        "meta_description": {
            "nl": "Wie werkt er in de Gentse sociale economie? Hoe VDAB inschat wie er terechtkan en welke begeleiding u krijgt op het werk.",
            "en": "Who works in Ghent's social economy? How VDAB assesses who can work there, and the support people get at work.",
            "fr": "Qui travaille dans l'économie sociale à Gand ? Comment le VDAB évalue qui peut y travailler, et l'accompagnement au travail.",
        },
        "body": {
            "nl": (
                "<h2>Voor wie is de sociale economie?</h2>"
                "<p>Sommige mensen kunnen niet meteen aan de slag in een gewoon bedrijf. "
                "Ze hebben bijvoorbeeld een beperking of gezondheidsproblemen. Of ze zijn "
                "nieuw in ons land. In de sociale economie vinden zij een job die bij hen "
                "past.</p>"
                "<p>Op het werk leren ze ook bij. Zo krijgen ze nieuwe vaardigheden en "
                "kunnen ze verder groeien.</p>"
                "<h2>Twee moeilijke woorden</h2>"
                "<p>Over deze medewerkers hoort u vaak twee woorden: "
                "<strong>doelgroepmedewerkers</strong> en <strong>mensen met een afstand "
                "tot de arbeidsmarkt</strong>. Daarmee bedoelt men mensen die minder "
                "kansen hebben om werk te vinden. Voor hen is een job in een gewoon "
                "bedrijf niet of nog niet haalbaar.</p>"
                "<h2>Kunt u er werken?</h2>"
                "<p>Dat schat VDAB in. VDAB heeft eerst een gesprek met u en doet een "
                "screening. Daarna schat VDAB in of u in de sociale economie "
                "terechtkunt.</p>"
                "<h2>Begeleiding op het werk</h2>"
                "<p>In de bedrijven staan de medewerkers er niet alleen voor. "
                "Begeleiders helpen hen op de werkvloer, dus op de plaats waar ze "
                "werken. Die begeleiders doen hun werk met hart en ziel. Ook de leiding "
                "van het bedrijf ondersteunt de medewerkers.</p>"
            ),
            "en": (
                "<h2>Who is the social economy for?</h2>"
                "<p>Some people cannot start working in an ordinary company straight "
                "away. For example, they have a disability or health problems. Or they "
                "are new to the country. In the social economy they find a job that "
                "suits them.</p>"
                "<p>They also keep learning at work. That way they gain new skills and "
                "can grow further.</p>"
                "<h2>Two difficult terms</h2>"
                "<p>You often hear two Dutch terms for these workers: "
                "<strong>doelgroepmedewerkers</strong> (target-group employees) and "
                "<strong>mensen met een afstand tot de arbeidsmarkt</strong> (people at "
                "a distance from the labour market). Both mean people who have fewer "
                "chances of finding work. For them, a job in an ordinary company is not "
                "possible, or not yet.</p>"
                "<h2>Can you work there?</h2>"
                "<p>VDAB assesses that. VDAB first has an interview with you and "
                "carries out a screening. After that, VDAB assesses whether the social "
                "economy is an option for you.</p>"
                "<h2>Support at work</h2>"
                "<p>In the companies, workers are not left on their own. Coaches help "
                "them on the shop floor, that is, at the place where they work. These "
                "coaches put their heart and soul into their work. The company's "
                "management supports the workers too.</p>"
            ),
            "fr": (
                "<h2>Pour qui est l'économie sociale ?</h2>"
                "<p>Certaines personnes ne peuvent pas commencer tout de suite à "
                "travailler dans une entreprise ordinaire. Par exemple, elles ont un "
                "handicap ou des problèmes de santé. Ou elles sont nouvelles dans le "
                "pays. Dans l'économie sociale, elles trouvent un emploi qui leur "
                "convient.</p>"
                "<p>Au travail, elles continuent aussi à apprendre. Elles acquièrent "
                "ainsi de nouvelles compétences et peuvent progresser.</p>"
                "<h2>Deux termes difficiles</h2>"
                "<p>On entend souvent deux termes néerlandais pour désigner ces "
                "travailleurs : <strong>doelgroepmedewerkers</strong> (travailleurs du "
                "groupe cible) et <strong>mensen met een afstand tot de "
                "arbeidsmarkt</strong> (personnes éloignées du marché du travail). Les "
                "deux désignent des personnes qui ont moins de chances de trouver du "
                "travail. Pour elles, un emploi dans une entreprise ordinaire n'est pas "
                "possible, ou pas encore.</p>"
                "<h2>Pouvez-vous y travailler ?</h2>"
                "<p>C'est le VDAB qui l'évalue. Le VDAB a d'abord un entretien avec "
                "vous et fait un screening. Ensuite, le VDAB évalue si l'économie "
                "sociale est une option pour vous.</p>"
                "<h2>Un accompagnement au travail</h2>"
                "<p>Dans les entreprises, les travailleurs ne sont pas seuls. Des "
                "accompagnateurs les aident sur le lieu de travail. Ces accompagnateurs "
                "font leur travail avec passion. La direction de l'entreprise soutient "
                "aussi les travailleurs.</p>"
            ),
        },
        "menu_order": 10,
        "show_in_navigation": True,
    },
    # Seed: "De jobs" (VDAB screening; Stad and OCMW Gent publish their own social-economy
    # jobs on jobs.gent.be; banenmeting), activity domains from "De bedrijven", own jobs
    # via DBSE and Dienst Werk en Activering from "De rol van de Stad Gent?".
    # Content-facts §3 (high): the banenmeting is the city's count of social-economy
    # jobs, used to follow how employment changes. No frequency (§3 conflict), no figures.
    # Content-facts §5 (high): jobs.gent.be is the job site of Stad and OCMW Gent.
    {
        "key": "jobs",
        "parent": None,
        "slug": {"nl": "jobs", "en": "jobs", "fr": "emplois"},
        "title": {"nl": "De jobs", "en": "The jobs", "fr": "Les emplois"},
        "summary": {
            "nl": (
                "VDAB schat in of u in de sociale economie kunt werken. Stad en OCMW "
                "Gent zetten hun eigen jobs in de sociale economie op jobs.gent.be."
            ),
            "en": (
                "VDAB assesses whether you can work in the social economy. The City and "
                "the OCMW of Ghent post their own social-economy jobs on jobs.gent.be."
            ),
            "fr": (
                "Le VDAB évalue si vous pouvez travailler dans l'économie sociale. La "
                "Ville et le CPAS de Gand publient leurs propres emplois d'économie "
                "sociale sur jobs.gent.be."
            ),
        },
        "meta_description": {
            "nl": "Werk zoeken in de Gentse sociale economie: de rol van VDAB, de jobs van Stad en OCMW Gent op jobs.gent.be, en de banenmeting.",
            "en": "Finding work in Ghent's social economy: the role of VDAB, City and OCMW jobs on jobs.gent.be, and the city's job count.",
            "fr": "Trouver un emploi dans l'économie sociale à Gand : le rôle du VDAB, les offres de la Ville et du CPAS, et le comptage des emplois.",
        },
        "body": {
            "nl": (
                "<h2>Via VDAB</h2>"
                "<p>Wilt u werken in de sociale economie? Dan schat VDAB in of dat voor "
                "u mogelijk is. Dat gebeurt met een gesprek en een screening. Meer "
                "uitleg vindt u op de pagina De mensen.</p>"
                "<h2>Jobs bij Stad en OCMW Gent</h2>"
                "<p>Stad en OCMW Gent bieden zelf ook jobs aan in de sociale economie. "
                "Dat doen ze via het Dienstenbedrijf Sociale Economie en de Dienst Werk "
                "en Activering. Er werken bijvoorbeeld mensen in de woonzorgcentra van de "
                "stad.</p>"
                "<p>Die jobs vindt u op "
                f'<a href="{JOBS_URL}">jobs.gent.be, de vacaturesite van Stad en OCMW '
                "Gent</a>.</p>"
                "<h2>In welke sectoren?</h2>"
                "<p>De bedrijven in de Gentse sociale economie doen heel verschillend "
                "werk. Bijvoorbeeld:</p>"
                "<ul>"
                "<li>horeca (cafés, restaurants en hotels) en voeding</li>"
                "<li>bouwen en renoveren</li>"
                "<li>diensten voor bedrijven en overheden</li>"
                "</ul>"
                "<p>En er is nog veel meer.</p>"
                "<h2>De banenmeting</h2>"
                "<p>Stad Gent telt hoeveel banen er zijn in de Gentse sociale economie. "
                "Die telling heet de <strong>banenmeting</strong>. Zo kan de stad "
                "volgen hoe het werk in de sector verandert.</p>"
            ),
            "en": (
                "<h2>Through VDAB</h2>"
                "<p>Would you like to work in the social economy? Then VDAB assesses "
                "whether that is possible for you. This is done through an interview "
                "and a screening. There is more about this on the page The people.</p>"
                "<h2>Jobs at the City and the OCMW of Ghent</h2>"
                "<p>The City and the OCMW of Ghent also offer social-economy jobs "
                "themselves, through the Dienstenbedrijf Sociale Economie (Social "
                "Economy Service Company) and the Dienst Werk en Activering (Work and "
                "Activation Service). For example, people work in the city's "
                "residential care homes.</p>"
                "<p>You can find these jobs on "
                f'<a href="{JOBS_URL}">jobs.gent.be, the job site of the City and the '
                "OCMW of Ghent</a>.</p>"
                "<h2>Which sectors?</h2>"
                "<p>The companies in Ghent's social economy do very different kinds of "
                "work. For example:</p>"
                "<ul>"
                "<li>hospitality (cafés, restaurants and hotels) and food</li>"
                "<li>construction and renovation</li>"
                "<li>services for companies and public authorities</li>"
                "</ul>"
                "<p>And much more.</p>"
                "<h2>The job count</h2>"
                "<p>The City of Ghent counts how many jobs there are in Ghent's social "
                "economy. This count is called the <strong>banenmeting</strong>. It "
                "lets the city follow how work in the sector changes.</p>"
            ),
            "fr": (
                "<h2>Par le VDAB</h2>"
                "<p>Vous voulez travailler dans l'économie sociale ? Le VDAB évalue si "
                "c'est possible pour vous. Cela se fait par un entretien et un "
                "screening. Vous trouverez plus d'explications sur la page Les "
                "personnes.</p>"
                "<h2>Des emplois à la Ville et au CPAS de Gand</h2>"
                "<p>La Ville et le CPAS de Gand (OCMW) proposent eux-mêmes des emplois "
                "dans l'économie sociale, par le Dienstenbedrijf Sociale Economie "
                "(entreprise de services d'économie sociale) et la Dienst Werk en "
                "Activering (service Travail et Activation). Des personnes travaillent "
                "par exemple dans les maisons de repos et de soins de la ville.</p>"
                "<p>Vous trouverez ces emplois sur "
                f'<a href="{JOBS_URL}">jobs.gent.be, le site d\'emploi de la Ville et '
                "du CPAS de Gand</a>.</p>"
                "<h2>Dans quels secteurs ?</h2>"
                "<p>Les entreprises de l'économie sociale gantoise font des métiers très "
                "différents. Par exemple :</p>"
                "<ul>"
                "<li>l'horeca (cafés, restaurants et hôtels) et l'alimentation</li>"
                "<li>la construction et la rénovation</li>"
                "<li>les services aux entreprises et aux pouvoirs publics</li>"
                "</ul>"
                "<p>Et bien d'autres encore.</p>"
                "<h2>Le comptage des emplois</h2>"
                "<p>La Ville de Gand compte le nombre d'emplois dans l'économie sociale "
                "gantoise. Ce comptage s'appelle la <strong>banenmeting</strong>. Il "
                "permet à la ville de suivre l'évolution du travail dans le "
                "secteur.</p>"
            ),
        },
        "menu_order": 20,
        "show_in_navigation": True,
    },
    # Issue 18: a job seeker's path in short steps, from the seed only: who it is for
    # (intro: a regular job not (yet) within reach; disability, health problems,
    # newcomers), "De mensen" (VDAB estimates, after an interview and a screening,
    # whether someone can work in the social economy: "schat in", never "decides";
    # coaching on the shop floor and by management; learning new skills), "De bedrijven"
    # (the activity domains) and "De jobs" (Stad and OCMW Gent publish their own
    # social-economy jobs on jobs.gent.be; content-facts §5, high). Contact: Gentinfo
    # from content-facts §6 (high: 09 210 10 10, gentinfo@stad.gent, the contact form
    # stad.gent/contact, Monday–Saturday 8–19h); its chat is left out, as no source
    # gives its address. Left out for lack of a source: how to contact VDAB or ask for
    # the interview (no address, phone or website), what the screening involves, how
    # long it takes, contracts and wages. Not in the main menu, which already holds the
    # seed page's sections: the home, people and jobs pages link to it
    # (templates/pages/home.html, page_detail.html).
    {
        "key": "work",
        "parent": None,
        "slug": {
            "nl": "werken-in-de-sociale-economie",
            "en": "working-in-the-social-economy",
            "fr": "travailler-dans-l-economie-sociale",
        },
        "title": {
            "nl": "Werken in de sociale economie",
            "en": "Working in the social economy",
            "fr": "Travailler dans l'économie sociale",
        },
        "summary": {
            "nl": (
                "Zoekt u werk? En kunt u niet meteen aan de slag in een gewoon bedrijf? "
                "Dan is de sociale economie misschien iets voor u. Hier leest u stap "
                "voor stap hoe het gaat."
            ),
            "en": (
                "Are you looking for work? And can you not start in an ordinary "
                "company straight away? Then the social economy may be for you. Here "
                "you can read, step by step, how it works."
            ),
            "fr": (
                "Vous cherchez du travail ? Et vous ne pouvez pas commencer tout de "
                "suite dans une entreprise ordinaire ? L'économie sociale est peut-être "
                "faite pour vous. Lisez ici, étape par étape, comment cela se passe."
            ),
        },
        "meta_description": {
            "nl": "Werken in de Gentse sociale economie, stap voor stap: voor wie het is, het gesprek bij VDAB, waar u jobs vindt en wie uw vragen beantwoordt.",
            "en": "Working in Ghent's social economy, step by step: who it is for, the interview at VDAB, where to find jobs and who answers your questions.",
            "fr": "Travailler dans l'économie sociale à Gand, étape par étape : pour qui, l'entretien au VDAB, où trouver un emploi et qui répond à vos questions.",
        },
        "body": {
            "nl": (
                "<h2>1. Is de sociale economie iets voor u?</h2>"
                "<p>De sociale economie is er voor mensen die niet meteen aan de slag "
                "kunnen in een gewoon bedrijf. Bijvoorbeeld omdat ze:</p>"
                "<ul>"
                "<li>een beperking hebben</li>"
                "<li>gezondheidsproblemen hebben</li>"
                "<li>nieuw zijn in ons land</li>"
                "</ul>"
                "<p>In de sociale economie krijgt u werk op maat. U krijgt ook hulp op "
                "het werk.</p>"
                "<h2>2. Een gesprek en een screening bij VDAB</h2>"
                "<p>VDAB schat in of u in de sociale economie kunt werken. Daarvoor "
                "heeft VDAB een gesprek met u. VDAB doet ook een screening.</p>"
                "<h2>3. Wat gebeurt er daarna?</h2>"
                "<p>Kunt u in de sociale economie terecht? Dan kunt u werken in een "
                "bedrijf van de sociale economie. U krijgt er een job op uw maat.</p>"
                "<ul>"
                "<li>Begeleiders helpen u op de werkvloer. Dat is de plaats waar u "
                "werkt.</li>"
                "<li>Ook de leiding van het bedrijf steunt u.</li>"
                "<li>U leert nieuwe dingen. Zo kunt u verder groeien.</li>"
                "</ul>"
                "<p>De bedrijven doen heel verschillend werk. Bijvoorbeeld in horeca en "
                "voeding, in bouw en renovatie, of diensten voor bedrijven en "
                "overheden.</p>"
                "<h2>4. Waar vindt u jobs?</h2>"
                "<ul>"
                "<li>Op deze website staat een lijst met vacatures van bedrijven in de "
                "sociale economie.</li>"
                "<li>Stad en OCMW Gent hebben ook zelf jobs in de sociale economie. Die "
                "vindt u op "
                f'<a href="{JOBS_URL}">jobs.gent.be, de vacaturesite van Stad en OCMW '
                "Gent</a>.</li>"
                "</ul>"
                "<h2>5. Hebt u een vraag?</h2>"
                "<p>Met vragen over de stad kunt u terecht bij Gentinfo.</p>"
                "<ul>"
                '<li>telefoon: <a href="tel:+3292101010">09 210 10 10</a></li>'
                '<li>e-mail: <a href="mailto:gentinfo@stad.gent">gentinfo@stad.gent</a>'
                "</li>"
                '<li>of via het <a href="https://stad.gent/contact">contactformulier '
                "van Gentinfo</a></li>"
                "</ul>"
                "<p>Gentinfo is bereikbaar van maandag tot zaterdag, van 8 tot 19 "
                "uur.</p>"
            ),
            "en": (
                "<h2>1. Is the social economy for you?</h2>"
                "<p>The social economy is for people who cannot start working in an "
                "ordinary company straight away. For example, because they:</p>"
                "<ul>"
                "<li>have a disability</li>"
                "<li>have health problems</li>"
                "<li>are new to the country</li>"
                "</ul>"
                "<p>In the social economy you get work that suits you. You also get "
                "help at work.</p>"
                "<h2>2. An interview and a screening at VDAB</h2>"
                "<p>VDAB assesses whether you can work in the social economy. To do "
                "so, VDAB has an interview with you. VDAB also carries out a "
                "screening.</p>"
                "<h2>3. What happens next?</h2>"
                "<p>Is the social economy an option for you? Then you can work in a "
                "social-economy company. There you get a job that suits you.</p>"
                "<ul>"
                "<li>Coaches help you on the shop floor. That is the place where you "
                "work.</li>"
                "<li>The company's management supports you too.</li>"
                "<li>You learn new things. That way you can keep growing.</li>"
                "</ul>"
                "<p>The companies do very different kinds of work. For example in "
                "hospitality and food, in construction and renovation, or services "
                "for companies and public authorities.</p>"
                "<h2>4. Where can you find jobs?</h2>"
                "<ul>"
                "<li>This website has a list of vacancies at social-economy "
                "companies.</li>"
                "<li>The City and the OCMW of Ghent also have social-economy jobs "
                "themselves. You can find them on "
                f'<a href="{JOBS_URL}">jobs.gent.be, the job site of the City and the '
                "OCMW of Ghent</a>.</li>"
                "</ul>"
                "<h2>5. Do you have a question?</h2>"
                "<p>With questions about the city, you can turn to Gentinfo.</p>"
                "<ul>"
                '<li>phone: <a href="tel:+3292101010">09 210 10 10</a></li>'
                '<li>e-mail: <a href="mailto:gentinfo@stad.gent">gentinfo@stad.gent</a>'
                "</li>"
                '<li>or use the <a href="https://stad.gent/contact">contact form of '
                "Gentinfo</a></li>"
                "</ul>"
                "<p>Gentinfo can be reached from Monday to Saturday, from 8 a.m. to "
                "7 p.m.</p>"
            ),
            "fr": (
                "<h2>1. L'économie sociale est-elle faite pour vous ?</h2>"
                "<p>L'économie sociale est là pour les personnes qui ne peuvent pas "
                "travailler tout de suite dans une entreprise ordinaire. Par exemple "
                "parce qu'elles :</p>"
                "<ul>"
                "<li>ont un handicap</li>"
                "<li>ont des problèmes de santé</li>"
                "<li>sont nouvelles dans le pays</li>"
                "</ul>"
                "<p>Dans l'économie sociale, vous recevez un travail sur mesure. Vous "
                "recevez aussi de l'aide au travail.</p>"
                "<h2>2. Un entretien et un screening au VDAB</h2>"
                "<p>Le VDAB évalue si vous pouvez travailler dans l'économie sociale. "
                "Pour cela, le VDAB a un entretien avec vous. Le VDAB fait aussi un "
                "screening.</p>"
                "<h2>3. Et ensuite ?</h2>"
                "<p>L'économie sociale est une option pour vous ? Alors vous pouvez "
                "travailler dans une entreprise d'économie sociale. Vous y recevez un "
                "emploi sur mesure.</p>"
                "<ul>"
                "<li>Des accompagnateurs vous aident sur le lieu de travail.</li>"
                "<li>La direction de l'entreprise vous soutient aussi.</li>"
                "<li>Vous apprenez de nouvelles choses. Vous pouvez ainsi "
                "progresser.</li>"
                "</ul>"
                "<p>Les entreprises font des métiers très différents. Par exemple dans "
                "l'horeca et l'alimentation, dans la construction et la rénovation, ou "
                "dans les services aux entreprises et aux pouvoirs publics.</p>"
                "<h2>4. Où trouver un emploi ?</h2>"
                "<ul>"
                "<li>Ce site web a une liste d'offres d'emploi des entreprises de "
                "l'économie sociale.</li>"
                "<li>La Ville et le CPAS de Gand ont aussi eux-mêmes des emplois dans "
                "l'économie sociale. Vous les trouverez sur "
                f'<a href="{JOBS_URL}">jobs.gent.be, le site d\'emploi de la Ville et '
                "du CPAS de Gand</a>.</li>"
                "</ul>"
                "<h2>5. Vous avez une question ?</h2>"
                "<p>Pour vos questions sur la ville, vous pouvez vous adresser à "
                "Gentinfo.</p>"
                "<ul>"
                '<li>téléphone : <a href="tel:+3292101010">09 210 10 10</a></li>'
                "<li>e-mail : "
                '<a href="mailto:gentinfo@stad.gent">gentinfo@stad.gent</a></li>'
                '<li>ou le <a href="https://stad.gent/contact">formulaire de contact '
                "de Gentinfo</a></li>"
                "</ul>"
                "<p>Gentinfo est joignable du lundi au samedi, de 8 h à 19 h.</p>"
            ),
        },
        "menu_order": 25,
        "show_in_navigation": False,
    },
    # Seed: "De rol van de Stad Gent?" (consultation, advice, joint projects; structural
    # funding for jobs in the lokale diensteneconomie; own jobs via DBSE and Dienst Werk
    # en Activering incl. the city's woonzorgcentra; trekker of the Loopbaancentrum
    # Sociale Economie; training offer and doorstroom coaching; U-Connect in the
    # Bloemekenswijk with the Balenmagazijn). Content-facts §0 (high) says the same.
    {
        "key": "city_role",
        "parent": None,
        "slug": {
            "nl": "rol-van-de-stad",
            "en": "role-of-the-city",
            "fr": "role-de-la-ville",
        },
        "title": {
            "nl": "De rol van de Stad Gent",
            "en": "The role of the City of Ghent",
            "fr": "Le rôle de la Ville de Gand",
        },
        "summary": {
            "nl": (
                "Stad Gent steunt de sociale economie met overleg, advies, projecten en "
                "geld. De stad biedt ook zelf jobs aan en bouwde een bedrijventerrein "
                "voor de sector."
            ),
            "en": (
                "The City of Ghent supports the social economy with consultation, "
                "advice, projects and funding. The city also offers jobs itself and "
                "created a business park for the sector."
            ),
            "fr": (
                "La Ville de Gand soutient l'économie sociale par la concertation, des "
                "conseils, des projets et des moyens financiers. Elle offre aussi des "
                "emplois et a créé un parc d'activités pour le secteur."
            ),
        },
        "meta_description": {
            "nl": "Hoe Stad Gent de sociale economie steunt: overleg, advies, projecten, geld voor de lokale diensteneconomie, eigen jobs en U-Connect.",
            "en": "How the City of Ghent supports the social economy: consultation, advice, projects, funding, its own jobs and U-Connect.",
            "fr": "Comment la Ville de Gand soutient l'économie sociale : concertation, conseils, projets, financement, emplois propres et U-Connect.",
        },
        "body": {
            "nl": (
                "<h2>Overleg, advies en projecten</h2>"
                "<p>Stad Gent steunt de Gentse sociale economie. Dat doet de stad door "
                "overleg, door advies te geven en door samen projecten op te zetten.</p>"
                "<h2>Geld voor jobs in de lokale diensteneconomie</h2>"
                "<p>De stad geeft ook blijvende financiële steun voor banen in de "
                "<strong>lokale diensteneconomie</strong>. Daarin komen er extra "
                "diensten bij die passen bij wat Gentenaars nodig hebben. Tegelijk geven "
                "die diensten werk aan doelgroepmedewerkers: mensen die minder kansen "
                "hebben om werk te vinden.</p>"
                "<h2>Eigen jobs bij de stad</h2>"
                "<p>Stad Gent biedt ook zelf jobs aan in de sociale economie. Dat gebeurt "
                "via het Dienstenbedrijf Sociale Economie en de Dienst Werk en "
                "Activering. Er werken bijvoorbeeld mensen in de woonzorgcentra van de "
                "stad. Een woonzorgcentrum is een huis waar oudere mensen wonen en zorg "
                "krijgen.</p>"
                "<h2>Loopbaancentrum, opleiding en doorstroom</h2>"
                "<p>Stad Gent is trekker van het Loopbaancentrum Sociale Economie. Dat "
                "wil zeggen: de stad neemt de leiding.</p>"
                "<p>De stad helpt ook om een aanbod van opleidingen uit te bouwen. En ze "
                "werkt mee aan begeleiding bij de doorstroom. Doorstroom betekent dat "
                "iemand de stap zet naar een volgende job, bijvoorbeeld in een gewoon "
                "bedrijf.</p>"
                "<h2>U-Connect</h2>"
                "<p>Met U-Connect maakte Stad Gent een bedrijventerrein voor de sociale "
                "economie, in de Bloemekenswijk. Het Balenmagazijn is er het "
                "uithangbord: het gebouw waarmee het terrein zich toont.</p>"
                "<h2>Meer lezen</h2>"
                "<p>Drie onderwerpen hebben een eigen pagina: het Dienstenbedrijf "
                "Sociale Economie, het Loopbaancentrum Sociale Economie, en U-Connect "
                "met het Balenmagazijn.</p>"
            ),
            "en": (
                "<h2>Consultation, advice and projects</h2>"
                "<p>The City of Ghent supports Ghent's social economy. It does so through "
                "consultation, by giving advice and by setting up joint projects.</p>"
                "<h2>Funding for jobs in the local services economy</h2>"
                "<p>The city also gives lasting financial support for jobs in the "
                "<strong>lokale diensteneconomie</strong> (local services economy). In "
                "it, extra services are added that match what the people of Ghent "
                "need. At the same time, these services give work to target-group "
                "employees: people who have fewer chances of finding work.</p>"
                "<h2>The city's own jobs</h2>"
                "<p>The City of Ghent also offers social-economy jobs itself. It does "
                "this through the Dienstenbedrijf Sociale Economie (Social Economy "
                "Service Company) and the Dienst Werk en Activering (Work and Activation "
                "Service). For example, people work in the city's residential care "
                "homes. A residential care home is a home where older people live and "
                "receive care.</p>"
                "<h2>Career centre, training and moving on</h2>"
                "<p>The City of Ghent is the lead partner of the Loopbaancentrum Sociale "
                "Economie (Social Economy Career Centre). This means the city takes the "
                "lead.</p>"
                "<p>The city also helps to build up a range of training courses. And it "
                "helps to set up coaching for moving on: the step to a next job, for "
                "example in an ordinary company.</p>"
                "<h2>U-Connect</h2>"
                "<p>With U-Connect, the City of Ghent created a business park for the "
                "social economy in the Bloemekenswijk district. The Balenmagazijn is its "
                "flagship: the building that shows what the site stands for.</p>"
                "<h2>Read more</h2>"
                "<p>Three topics have a page of their own: the Social Economy Service "
                "Company, the Social Economy Career Centre, and U-Connect with the "
                "Balenmagazijn.</p>"
            ),
            "fr": (
                "<h2>Concertation, conseils et projets</h2>"
                "<p>La Ville de Gand soutient l'économie sociale gantoise. Elle le fait par "
                "la concertation, en donnant des conseils et en montant des projets "
                "communs.</p>"
                "<h2>Un financement pour les emplois de l'économie locale de "
                "services</h2>"
                "<p>La ville apporte aussi un soutien financier durable aux emplois de "
                "la <strong>lokale diensteneconomie</strong> (économie locale de "
                "services). Celle-ci ajoute des services qui répondent aux besoins des "
                "Gantois. En même temps, ces services donnent du travail à des "
                "travailleurs du groupe cible : des personnes qui ont moins de chances "
                "de trouver du travail.</p>"
                "<h2>Les emplois propres de la ville</h2>"
                "<p>La Ville de Gand offre aussi elle-même des emplois dans l'économie "
                "sociale. Elle le fait par le Dienstenbedrijf Sociale Economie "
                "(entreprise de services d'économie sociale) et la Dienst Werk en "
                "Activering (service Travail et Activation). Des personnes travaillent "
                "par exemple dans les maisons de repos et de soins de la ville. Une "
                "maison de repos et de soins est un lieu où des personnes âgées vivent "
                "et reçoivent des soins.</p>"
                "<h2>Centre de carrière, formation et transition</h2>"
                "<p>La Ville de Gand est le partenaire pilote du Loopbaancentrum "
                "Sociale Economie (centre de carrière de l'économie sociale). Cela veut "
                "dire que la ville en prend la direction.</p>"
                "<p>La ville aide aussi à développer une offre de formations. Et elle "
                "contribue à l'accompagnement de la transition : le passage vers un "
                "emploi suivant, par exemple dans une entreprise ordinaire.</p>"
                "<h2>U-Connect</h2>"
                "<p>Avec U-Connect, la Ville de Gand a créé un parc d'activités pour "
                "l'économie sociale dans le quartier Bloemekenswijk. Le Balenmagazijn en "
                "est la vitrine : le bâtiment qui montre ce que le site représente.</p>"
                "<h2>En savoir plus</h2>"
                "<p>Trois sujets ont leur propre page : l'entreprise de services "
                "d'économie sociale, le centre de carrière de l'économie sociale, et "
                "U-Connect avec le Balenmagazijn.</p>"
            ),
        },
        "menu_order": 50,
        "show_in_navigation": True,
    },
    # Sub-page of "De rol van de Stad Gent". Content-facts §1.1 (high: joint Stad + OCMW
    # unit since 2016; less fragmentation, better work-experience chances; merger of OCMW
    # units such as the Leerwerkplekken and city services; assignments for Groep Gent;
    # contracts of 1 to 5 years with intensive coaching by technical staff; basic work
    # skills; aim = regular labour market; also works for low-income residents, seniors
    # and youth associations), §2.15 (high: units in 2016–17 from persruimte 146510;
    # location on the UCO site, Getouwstraat side towards the Balenmagazijn, one building
    # with MAACT), §1.7 (high: MAACT = OCMW's Maatgericht Activeringscentrum), §1.9 (high:
    # the city was allowed, from 1 July 2019, to set up a maatwerk unit; told as such,
    # not as "has a unit"), §2 type vocabulary (high: maatwerkbedrijf =
    # successor of the beschutte and sociale werkplaatsen). The 2016–17 unit figures
    # (meals, sites, jobs) are left out on purpose: they are old and need context.
    # Groep Gent is named as the source names it; what it comprises is in no source.
    {
        "key": "",
        "parent": "rol-van-de-stad",
        "slug": {
            "nl": "dienstenbedrijf-sociale-economie",
            "en": "social-economy-service-company",
            "fr": "entreprise-de-services-economie-sociale",
        },
        "title": {
            "nl": "Dienstenbedrijf Sociale Economie",
            "en": "Social Economy Service Company",
            "fr": "Entreprise de services d'économie sociale",
        },
        "summary": {
            "nl": (
                "Het Dienstenbedrijf Sociale Economie (DBSE) is een dienst van Stad en "
                "OCMW Gent. Mensen werken er 1 tot 5 jaar, met veel begeleiding. Het "
                "doel is dat ze daarna een gewone job vinden."
            ),
            "en": (
                "The Dienstenbedrijf Sociale Economie (DBSE) is run by the City and the "
                "OCMW of Ghent. People work there on a 1- to 5-year contract, with a lot "
                "of coaching, so they can then move on to a regular job."
            ),
            "fr": (
                "Le Dienstenbedrijf Sociale Economie (DBSE) est un service de la Ville et "
                "du CPAS de Gand. On y travaille avec un contrat de 1 à 5 ans et un "
                "accompagnement intensif, pour passer ensuite à un emploi ordinaire."
            ),
        },
        "meta_description": {
            "nl": "Het Dienstenbedrijf Sociale Economie van Stad en OCMW Gent: wat het doet, voor wie het werkt, de afdelingen en waar het zit.",
            "en": "The Social Economy Service Company of the City and OCMW of Ghent: what it does, who it works for, its units and where it is.",
            "fr": "L'entreprise de services d'économie sociale de la Ville et du CPAS de Gand : ses missions, ses clients, ses sections, son site.",
        },
        "body": {
            "nl": (
                "<h2>Wat is het DBSE?</h2>"
                "<p>Het Dienstenbedrijf Sociale Economie (kort: DBSE) is een dienst van "
                "Stad Gent en OCMW Gent samen. Het bestaat sinds 2016. In het DBSE "
                "brengt de stad haar eigen jobs in de sociale economie samen.</p>"
                "<p>Vroeger zaten die jobs verspreid over verschillende diensten van de "
                "stad en het OCMW, zoals de Leerwerkplekken van het OCMW. Door alles "
                "samen te brengen, is het werk minder versnipperd. En de medewerkers "
                "krijgen betere kansen om werkervaring op te doen.</p>"
                "<h2>Werken bij het DBSE</h2>"
                "<p>De medewerkers krijgen een contract voor een beperkte tijd: van 1 "
                "tot 5 jaar. Technische begeleiders volgen hen van dichtbij. Ze leren "
                "ook wat nodig is om te werken, zoals:</p>"
                "<ul>"
                "<li>Nederlands</li>"
                "<li>op tijd komen</li>"
                "<li>samenwerken in een team</li>"
                "<li>goed omgaan met klanten</li>"
                "</ul>"
                "<p>Het doel is dat ze daarna de stap zetten naar een job in de gewone "
                "arbeidsmarkt.</p>"
                "<h2>Voor wie werkt het DBSE?</h2>"
                "<p>De medewerkers doen vooral opdrachten voor Groep Gent. Het DBSE "
                "werkt ook voor Gentenaars met een laag inkomen, voor senioren en voor "
                "jeugdverenigingen.</p>"
                "<h2>Afdelingen</h2>"
                "<p>In de eerste werkjaren (2016–2017) had het DBSE onder meer deze "
                "afdelingen:</p>"
                "<ul>"
                "<li>Onderhoud Openbaar Domein: straten en parken proper houden</li>"
                "<li>Fietsatelier: werken aan de dienstfietsen</li>"
                "<li>IKook: maaltijden maken (catering)</li>"
                "<li>Logistiek: Foodsavers</li>"
                "<li>Schoonmaak: poetsen in gebouwen van Stad en OCMW Gent</li>"
                "<li>Bouw: kleine bouwklussen</li>"
                "</ul>"
                "<p>Het DBSE poetste ook openbare toiletten. En het deed herstellingen "
                "en verhuizen voor gezinnen met een laag inkomen.</p>"
                "<h2>Maatwerkafdeling</h2>"
                "<p>Vanaf 1 juli 2019 mocht het DBSE een maatwerkafdeling oprichten. "
                "Maatwerk is de nieuwe vorm van wat vroeger een beschutte of sociale "
                "werkplaats was. Meer daarover leest u bij de projecten.</p>"
                "<h2>Waar zit het DBSE?</h2>"
                "<p>Het DBSE zit op de vroegere UCO-site in de Bloemekenswijk, aan de "
                "kant van de Getouwstraat, richting het Balenmagazijn. In hetzelfde "
                "gebouw zit ook MAACT, het Maatgericht Activeringscentrum van het "
                "OCMW.</p>"
                f'<p><a href="{DBSE_URL}">Meer over het Dienstenbedrijf Sociale Economie '
                "op stad.gent</a></p>"
            ),
            "en": (
                "<h2>What is the DBSE?</h2>"
                "<p>The Dienstenbedrijf Sociale Economie (Social Economy Service "
                "Company, DBSE for short) is a joint service of the City of Ghent and "
                "Ghent's OCMW (public centre for social welfare). It has existed since "
                "2016. In the DBSE, the city brings together its own social-economy "
                "jobs.</p>"
                "<p>These jobs used to be spread over different services of the city "
                "and the OCMW, such as the OCMW's Leerwerkplekken (learning "
                "workplaces). Bringing everything together makes the work less "
                "fragmented. And the workers get better chances to gain work "
                "experience.</p>"
                "<h2>Working at the DBSE</h2>"
                "<p>The workers get a contract for a limited time: from 1 to 5 years. "
                "Technical coaches follow them closely. They also learn what you need "
                "in order to work, such as:</p>"
                "<ul>"
                "<li>Dutch</li>"
                "<li>being on time</li>"
                "<li>working in a team</li>"
                "<li>dealing well with customers</li>"
                "</ul>"
                "<p>The aim is that they then take the step to a job in the regular "
                "labour market.</p>"
                "<h2>Who does the DBSE work for?</h2>"
                "<p>The workers mainly carry out assignments for Groep Gent. The DBSE "
                "also works for people "
                "in Ghent with a low income, for senior citizens and for youth "
                "associations.</p>"
                "<h2>Units</h2>"
                "<p>In its first years of operation (2016–2017), the DBSE had these "
                "units, among others:</p>"
                "<ul>"
                "<li>Onderhoud Openbaar Domein (public space maintenance): keeping "
                "streets and parks clean</li>"
                "<li>Fietsatelier (bike workshop): working on the service bikes</li>"
                "<li>IKook: preparing meals (catering)</li>"
                "<li>Logistiek (logistics): Foodsavers</li>"
                "<li>Schoonmaak (cleaning): cleaning in buildings of the City and the "
                "OCMW</li>"
                "<li>Bouw (construction): small building jobs</li>"
                "</ul>"
                "<p>The DBSE also cleaned public toilets. And it did repairs and "
                "removals for families with a low income.</p>"
                "<h2>Custom work unit</h2>"
                "<p>From 1 July 2019, the DBSE was allowed to set up a custom work "
                "(maatwerk) unit. Maatwerk is the new form of what used to be a sheltered or "
                "social workshop. You can read more about it under the projects.</p>"
                "<h2>Where is the DBSE?</h2>"
                "<p>The DBSE is located on the former UCO site in the Bloemekenswijk "
                "district, on the Getouwstraat side, towards the Balenmagazijn. The same "
                "building also houses MAACT, the OCMW's Maatgericht Activeringscentrum "
                "(tailored activation centre).</p>"
                f'<p><a href="{DBSE_URL}">More about the Dienstenbedrijf Sociale '
                "Economie on stad.gent (in Dutch)</a></p>"
            ),
            "fr": (
                "<h2>Qu'est-ce que le DBSE ?</h2>"
                "<p>Le Dienstenbedrijf Sociale Economie (entreprise de services "
                "d'économie sociale, en abrégé DBSE) est un service commun de la Ville "
                "de Gand et du CPAS de Gand (OCMW). Il existe depuis 2016. Dans le DBSE, "
                "la ville regroupe ses propres emplois d'économie sociale.</p>"
                "<p>Avant, ces emplois étaient répartis entre différents services de la "
                "ville et du CPAS, comme les Leerwerkplekken (postes "
                "d'apprentissage) du CPAS. En regroupant tout, le travail est moins "
                "morcelé. Et les travailleurs ont de meilleures chances d'acquérir une "
                "expérience professionnelle.</p>"
                "<h2>Travailler au DBSE</h2>"
                "<p>Les travailleurs reçoivent un contrat à durée limitée : de 1 à "
                "5 ans. Des accompagnateurs techniques les suivent de près. Ils "
                "apprennent aussi ce qu'il faut pour travailler, comme :</p>"
                "<ul>"
                "<li>le néerlandais</li>"
                "<li>être à l'heure</li>"
                "<li>travailler en équipe</li>"
                "<li>bien accueillir les clients</li>"
                "</ul>"
                "<p>Le but est qu'ils passent ensuite à un emploi sur le marché du "
                "travail ordinaire.</p>"
                "<h2>Pour qui travaille le DBSE ?</h2>"
                "<p>Les travailleurs effectuent surtout des missions pour le Groep Gent. "
                "Le DBSE travaille aussi "
                "pour des Gantois à faibles revenus, pour des seniors et pour des "
                "associations de jeunesse.</p>"
                "<h2>Sections</h2>"
                "<p>Pendant ses premières années (2016–2017), le DBSE comptait entre "
                "autres ces sections :</p>"
                "<ul>"
                "<li>Onderhoud Openbaar Domein (entretien de l'espace public) : garder "
                "les rues et les parcs propres</li>"
                "<li>Fietsatelier (atelier vélo) : s'occuper des vélos de service</li>"
                "<li>IKook : préparer des repas (catering)</li>"
                "<li>Logistiek (logistique) : Foodsavers</li>"
                "<li>Schoonmaak (nettoyage) : nettoyer des bâtiments de la Ville et du "
                "CPAS</li>"
                "<li>Bouw (construction) : petits travaux de construction</li>"
                "</ul>"
                "<p>Le DBSE nettoyait aussi des toilettes publiques. Et il faisait des "
                "réparations et des déménagements pour des familles à faibles "
                "revenus.</p>"
                "<h2>Section de travail sur mesure</h2>"
                "<p>À partir du 1er juillet 2019, le DBSE a pu créer une section de "
                "maatwerk (travail sur mesure). Le maatwerk est la nouvelle forme de ce "
                "qu'on appelait avant un atelier protégé ou un atelier social. Vous en "
                "lirez plus dans les projets.</p>"
                "<h2>Où se trouve le DBSE ?</h2>"
                "<p>Le DBSE se trouve sur l'ancien site UCO dans le quartier "
                "Bloemekenswijk, du côté de la Getouwstraat, en direction du "
                "Balenmagazijn. Le même bâtiment abrite aussi MAACT, le Maatgericht "
                "Activeringscentrum (centre d'activation sur mesure) du CPAS.</p>"
                f'<p><a href="{DBSE_URL}">En savoir plus sur le Dienstenbedrijf Sociale '
                "Economie sur stad.gent (en néerlandais)</a></p>"
            ),
        },
        "menu_order": 10,
        "show_in_navigation": False,
    },
    # Sub-page of "De rol van de Stad Gent". Seed (Stad Gent is trekker of the
    # Loopbaancentrum Sociale Economie) and content-facts §1.6 (high: at the opening of the
    # Balenmagazijn in 2015, the Loopbaancentrum was one of its shared facilities). What
    # the Loopbaancentrum does (§1.4) is only (medium), so it is left out.
    {
        "key": "",
        "parent": "rol-van-de-stad",
        "slug": {
            "nl": "loopbaancentrum",
            "en": "career-centre",
            "fr": "centre-de-carriere",
        },
        "title": {
            "nl": "Loopbaancentrum Sociale Economie",
            "en": "Social Economy Career Centre",
            "fr": "Centre de carrière de l'économie sociale",
        },
        "summary": {
            "nl": (
                "Stad Gent is trekker van het Loopbaancentrum Sociale Economie. Het "
                "centrum kreeg een plaats in het Balenmagazijn."
            ),
            "en": (
                "The City of Ghent is the lead partner of the Social Economy Career "
                "Centre. The centre was given a place in the Balenmagazijn."
            ),
            "fr": (
                "La Ville de Gand est le partenaire pilote du centre de carrière de "
                "l'économie sociale. Le centre a reçu une place dans le Balenmagazijn."
            ),
        },
        "meta_description": {
            "nl": "Het Loopbaancentrum Sociale Economie in Gent: Stad Gent is trekker, en het centrum kreeg een plaats in het Balenmagazijn.",
            "en": "The Social Economy Career Centre in Ghent: the City of Ghent leads it, and it was given a place in the Balenmagazijn.",
            "fr": "Le centre de carrière de l'économie sociale à Gand : la Ville de Gand le pilote, et il a trouvé place au Balenmagazijn.",
        },
        "body": {
            "nl": (
                "<p>Stad Gent is trekker van het Loopbaancentrum Sociale Economie. Dat "
                "wil zeggen: de stad neemt de leiding.</p>"
                "<p>Het Balenmagazijn op de vroegere UCO-site opende in 2015. Het "
                "gebouw kreeg toen voorzieningen die de bedrijven samen konden gebruiken. "
                "Het Loopbaancentrum was daar een van. Meer over het gebouw leest u op "
                "de pagina over U-Connect en het Balenmagazijn.</p>"
                "<p>Meer informatie over de werking van het Loopbaancentrum staat nog "
                "niet op deze website.</p>"
            ),
            "en": (
                "<p>The City of Ghent is the lead partner of the Loopbaancentrum "
                "Sociale Economie (Social Economy Career Centre). This means the city "
                "takes the lead.</p>"
                "<p>The Balenmagazijn on the former UCO site opened in 2015. At that "
                "time the building got facilities for the companies to share. The "
                "Career Centre was one of them. You can read more about the building on "
                "the page about U-Connect and the Balenmagazijn.</p>"
                "<p>More information about how the Career Centre works is not yet on "
                "this website.</p>"
            ),
            "fr": (
                "<p>La Ville de Gand est le partenaire pilote du Loopbaancentrum "
                "Sociale Economie (centre de carrière de l'économie sociale). Cela veut "
                "dire que la ville en prend la direction.</p>"
                "<p>Le Balenmagazijn, sur l'ancien site UCO, a ouvert en 2015. Le "
                "bâtiment a alors reçu des équipements à partager entre les entreprises. "
                "Le centre de carrière en faisait partie. Vous en lirez plus sur le "
                "bâtiment sur la page consacrée à U-Connect et au Balenmagazijn.</p>"
                "<p>Ce site web ne donne pas encore plus d'informations sur le "
                "fonctionnement du centre de carrière.</p>"
            ),
        },
        "menu_order": 20,
        "show_in_navigation": False,
    },
    # Sub-page of "De rol van de Stad Gent". Seed (U-Connect: business park for the
    # social economy in the Bloemekenswijk, with the Balenmagazijn as flagship).
    # Content-facts §1.5 (high, sogent: former UCO textile factory site, about 11 ha,
    # Maïsstraat, north of the centre, between the Bloemekenswijk and Nieuwevaart–
    # Wiedauwkaai, redeveloped by city developer sogent; high, vlaanderen.be: Ateljee,
    # Labeur and Weerwerk settled there after the renovation), §1.6 (high: 1948
    # cotton-bale warehouse, renovated to a design by TRANS architectuur, festive opening
    # 14 Oct 2015, meant to grow into the "Huis van de Sociale Economie"; shared
    # facilities; rooms lent to neighbourhood groups outside working hours; meeting
    # rooms, multipurpose rooms, production kitchen (buildings-forum, high); job fair for
    # maatwerk companies on 15 Oct 2019), §2.15 (high: DBSE on the Getouwstraat side).
    # Left out on purpose: the street address (brief), and every (medium) fact of §1.5
    # (purchase 2010, the 2011 cluster, SEC vzw, Bloemekenspark, ~700 jobs).
    {
        "key": "",
        "parent": "rol-van-de-stad",
        "slug": {"nl": "u-connect", "en": "u-connect", "fr": "u-connect"},
        "title": {
            "nl": "U-Connect en het Balenmagazijn",
            "en": "U-Connect and the Balenmagazijn",
            "fr": "U-Connect et le Balenmagazijn",
        },
        "summary": {
            "nl": (
                "U-Connect is een bedrijventerrein voor de sociale economie op de "
                "vroegere UCO-site in de Bloemekenswijk. Het Balenmagazijn, een oud "
                "magazijn voor katoen, is er het uithangbord."
            ),
            "en": (
                "U-Connect is a business park for the social economy on the former UCO "
                "site in the Bloemekenswijk district. Its flagship is the Balenmagazijn, "
                "an old cotton warehouse."
            ),
            "fr": (
                "U-Connect est un parc d'activités pour l'économie sociale sur l'ancien "
                "site UCO, dans le quartier Bloemekenswijk. Sa vitrine est le "
                "Balenmagazijn, un ancien entrepôt de coton."
            ),
        },
        "meta_description": {
            "nl": "U-Connect: het bedrijventerrein voor de sociale economie op de vroegere UCO-site in Gent, met het Balenmagazijn als uithangbord.",
            "en": "U-Connect: the business park for the social economy on Ghent's former UCO site, with the Balenmagazijn as its flagship.",
            "fr": "U-Connect : le parc d'activités de l'économie sociale sur l'ancien site UCO à Gand, avec le Balenmagazijn pour vitrine.",
        },
        "body": {
            "nl": (
                "<h2>Een bedrijventerrein voor de sociale economie</h2>"
                "<p>Met U-Connect maakte Stad Gent een bedrijventerrein voor de sociale "
                "economie in de Bloemekenswijk. Een bedrijventerrein is een gebied waar "
                "vooral bedrijven gevestigd zijn.</p>"
                "<h2>De vroegere UCO-site</h2>"
                "<p>Het terrein ligt op de plaats van de vroegere textielfabriek UCO "
                "(Union Cotonnière). Het ligt aan de Maïsstraat, ten noorden van het "
                "centrum, tussen de Bloemekenswijk en de Nieuwevaart en de Wiedauwkaai. "
                "De site is ongeveer 11 hectare groot.</p>"
                "<p>sogent, het stadsontwikkelingsbedrijf van Gent, gaf de oude "
                "fabriekssite een nieuwe bestemming. Na de renovatie vestigden onder "
                "meer Ateljee, Labeur en Weerwerk zich op de site. Ook het "
                "Dienstenbedrijf Sociale Economie zit er, aan de kant van de "
                "Getouwstraat.</p>"
                f'<p><a href="{SOGENT_UCO_URL}">Het project op de website van '
                "sogent</a></p>"
                "<h2>Het Balenmagazijn</h2>"
                "<p>Het Balenmagazijn is het uithangbord van U-Connect: het gebouw "
                "waarmee het terrein zich toont. Het is een magazijn uit 1948, waar "
                "vroeger balen katoen lagen. Het werd gerenoveerd naar een ontwerp van "
                "TRANS architectuur. Op 14 oktober 2015 ging het feestelijk open.</p>"
                "<p>Het plan was dat het gebouw zou uitgroeien tot het Huis van de "
                "Sociale Economie.</p>"
                "<h3>Wat is er in het gebouw?</h3>"
                "<p>Bij de opening in 2015 kreeg het gebouw voorzieningen die de "
                "bedrijven samen konden gebruiken. Het ging onder meer om:</p>"
                "<ul>"
                "<li>een restaurant voor de bedrijven en de buurt</li>"
                "<li>het Loopbaancentrum Sociale Economie</li>"
                "<li>lokalen voor opleidingen</li>"
                "<li>vergaderzalen</li>"
                "</ul>"
                "<p>Er zijn ook zalen voor verschillende doelen en een "
                "productiekeuken: een grote keuken waar veel maaltijden gemaakt worden. "
                "Bij de opening konden groepen uit de buurt er ook zalen lenen, buiten "
                "de werkuren.</p>"
                "<h3>Jobbeurs</h3>"
                "<p>Op 15 oktober 2019 was er in het Balenmagazijn een jobbeurs van "
                "maatwerkbedrijven. Maatwerkbedrijven zijn de nieuwe vorm van de "
                "vroegere beschutte en sociale werkplaatsen.</p>"
            ),
            "en": (
                "<h2>A business park for the social economy</h2>"
                "<p>With U-Connect, the City of Ghent created a business park for the "
                "social economy in the Bloemekenswijk district. A business park is an "
                "area where mainly companies are based.</p>"
                "<h2>The former UCO site</h2>"
                "<p>The park lies on the site of the former UCO textile factory (Union "
                "Cotonnière). It is on the Maïsstraat, north of the city centre, "
                "between the Bloemekenswijk and the Nieuwevaart and Wiedauwkaai. The "
                "site covers about 11 hectares.</p>"
                "<p>sogent, Ghent's city development company, gave the old factory site "
                "a new purpose. After the renovation, Ateljee, Labeur and Weerwerk, "
                "among others, settled on the site. The Social Economy Service Company "
                "is also there, on the Getouwstraat side.</p>"
                f'<p><a href="{SOGENT_UCO_URL}">The project on the sogent website (in '
                "Dutch)</a></p>"
                "<h2>The Balenmagazijn</h2>"
                "<p>The Balenmagazijn is the flagship of U-Connect: the building that "
                "shows what the site stands for. It is a warehouse from 1948 where "
                "bales of cotton used to be stored. It was renovated to a design by "
                "TRANS architectuur. It had its festive opening on 14 October 2015.</p>"
                "<p>The plan was for the building to grow into the Huis van de Sociale "
                "Economie (House of the Social Economy).</p>"
                "<h3>What is in the building?</h3>"
                "<p>At the opening in 2015, the building got facilities for the "
                "companies to share. They included:</p>"
                "<ul>"
                "<li>a restaurant for the companies and the neighbourhood</li>"
                "<li>the Social Economy Career Centre</li>"
                "<li>training rooms</li>"
                "<li>meeting rooms</li>"
                "</ul>"
                "<p>There are also multipurpose rooms and a production kitchen: a large "
                "kitchen where many meals are made. At the opening, neighbourhood "
                "groups could also borrow rooms there, outside working hours.</p>"
                "<h3>Job fair</h3>"
                "<p>On 15 October 2019, the Balenmagazijn hosted a job fair of custom work "
                "companies (maatwerkbedrijven). Custom work companies are the new form of the "
                "former sheltered and social workshops.</p>"
            ),
            "fr": (
                "<h2>Un parc d'activités pour l'économie sociale</h2>"
                "<p>Avec U-Connect, la Ville de Gand a créé un parc d'activités pour "
                "l'économie sociale dans le quartier Bloemekenswijk. Un parc d'activités "
                "est une zone où se trouvent surtout des entreprises.</p>"
                "<h2>L'ancien site UCO</h2>"
                "<p>Le parc se trouve sur le site de l'ancienne usine textile UCO "
                "(Union Cotonnière). Il est situé dans la Maïsstraat, au nord du centre, "
                "entre le Bloemekenswijk et la Nieuwevaart et le Wiedauwkaai. Le site "
                "couvre environ 11 hectares.</p>"
                "<p>sogent, la société de développement urbain de Gand, a donné une "
                "nouvelle vie à l'ancien site d'usine. Après la rénovation, Ateljee, "
                "Labeur et Weerwerk, entre autres, s'y sont installés. L'entreprise de "
                "services d'économie sociale s'y trouve aussi, du côté de la "
                "Getouwstraat.</p>"
                f'<p><a href="{SOGENT_UCO_URL}">Le projet sur le site web de sogent (en '
                "néerlandais)</a></p>"
                "<h2>Le Balenmagazijn</h2>"
                "<p>Le Balenmagazijn est la vitrine de U-Connect : le bâtiment qui "
                "montre ce que le site représente. C'est un entrepôt de 1948 où l'on "
                "stockait autrefois des balles de coton. Il a été rénové d'après un "
                "projet de TRANS architectuur. Il a été inauguré en fête le 14 octobre "
                "2015.</p>"
                "<p>Le projet était que le bâtiment devienne la Huis van de Sociale "
                "Economie (maison de l'économie sociale).</p>"
                "<h3>Que trouve-t-on dans le bâtiment ?</h3>"
                "<p>À l'ouverture en 2015, le bâtiment a reçu des équipements à "
                "partager entre les entreprises. Il s'agissait entre autres :</p>"
                "<ul>"
                "<li>d'un restaurant pour les entreprises et le quartier</li>"
                "<li>du centre de carrière de l'économie sociale</li>"
                "<li>de salles de formation</li>"
                "<li>de salles de réunion</li>"
                "</ul>"
                "<p>Il y a aussi des salles polyvalentes et une cuisine de production : "
                "une grande cuisine où l'on prépare beaucoup de repas. À l'ouverture, "
                "des groupes du quartier pouvaient aussi y emprunter des salles, en "
                "dehors des heures de travail.</p>"
                "<h3>Salon de l'emploi</h3>"
                "<p>Le 15 octobre 2019, le Balenmagazijn a accueilli un salon de "
                "l'emploi d'entreprises de travail sur mesure (maatwerkbedrijven). Ces "
                "entreprises sont la nouvelle forme des anciens ateliers "
                "protégés et ateliers sociaux.</p>"
            ),
        },
        "menu_order": 30,
        "show_in_navigation": False,
    },
    # Accessibility statement after the EU model (Implementing Decision (EU) 2018/1523).
    # Facts about this website itself (the project brief): the target (WCAG 2.1 level
    # AA), the status "partially compliant" (no full manual expert audit yet), the known
    # gaps, the date 28 November 2026 and its results. How it was assessed is what the
    # tests do (tests/browser/test_accessibility.py, test_journeys.py,
    # tests/test_html_validity.py): they run on changes to the code, not on what the
    # editors change later; every page type is checked with axe-core and the Nu HTML
    # Checker in the three languages, and at 320 px wide in Dutch; one journey runs
    # without JavaScript and one by keyboard alone. Contact: Gentinfo from content-facts
    # §6 (high: 09 210 10 10, gentinfo@stad.gent, Monday–Saturday 8–19h). Left out, as no
    # source names them: the law the statement follows and the body that handles
    # complaints (with its contact details) — the editors must add both.
    {
        "key": "accessibility",
        "parent": None,
        "slug": {
            "nl": "toegankelijkheid",
            "en": "accessibility",
            "fr": "accessibilite",
        },
        "title": {
            "nl": "Toegankelijkheidsverklaring",
            "en": "Accessibility statement",
            "fr": "Déclaration d'accessibilité",
        },
        "summary": {
            "nl": (
                "Stad Gent wil dat iedereen deze website kan gebruiken. Hier leest u hoe "
                "toegankelijk de website is, wat nog niet in orde is en hoe u een "
                "probleem meldt."
            ),
            "en": (
                "The City of Ghent wants everyone to be able to use this website. Here "
                "you can read how accessible it is, what is not yet in order and how to "
                "report a problem."
            ),
            "fr": (
                "La Ville de Gand veut que chacun puisse utiliser ce site web. Vous "
                "lirez ici à quel point il est accessible, ce qui n'est pas encore en "
                "ordre et comment signaler un problème."
            ),
        },
        "meta_description": {
            "nl": "Toegankelijkheidsverklaring van de website over de sociale economie in Gent: stand van zaken, bekende tekorten en contact.",
            "en": "Accessibility statement of the website on Ghent's social economy: compliance status, known gaps and how to contact us.",
            "fr": "Déclaration d'accessibilité du site sur l'économie sociale à Gand : état de conformité, lacunes connues et contact.",
        },
        "body": {
            "nl": (
                "<p>Stad Gent wil dat iedereen deze website kan gebruiken, ook mensen "
                "met een beperking. Dat noemen we toegankelijk. Deze verklaring geldt "
                "voor deze website over de sociale economie in Gent.</p>"
                "<h2>Nalevingsstatus: hoe toegankelijk is de website?</h2>"
                "<p>Deze website is <strong>gedeeltelijk in overeenstemming</strong> "
                "met de Web Content Accessibility Guidelines (WCAG) 2.1, niveau AA. WCAG "
                "zijn internationale richtlijnen voor toegankelijke websites.</p>"
                "<p>Waarom gedeeltelijk? Een deskundige heeft de website nog niet "
                "volledig met de hand gecontroleerd. Daarom kunnen we nog niet zeggen "
                "dat alles in orde is.</p>"
                "<h2>Niet-toegankelijke inhoud: wat weten we al?</h2>"
                "<ul>"
                "<li>Een volledige controle met de hand door een deskundige is nog niet "
                "gebeurd. Er kunnen dus nog problemen zijn die we niet kennen.</li>"
                "<li>Nog niet alle teksten zijn nagekeken op eenvoudige en duidelijke "
                "taal.</li>"
                "<li>De Engelse en Franse vertaling is op sommige plaatsen misschien "
                "niet volledig. Dan toont de website de Nederlandse tekst.</li>"
                "</ul>"
                "<h2>Opstelling van deze verklaring</h2>"
                "<p>Deze verklaring is opgesteld op 28 november 2026.</p>"
                "<p>We hebben de website zelf beoordeeld, met automatische tests. Die "
                "tests lopen bij elke wijziging aan de code. Wat de redacteurs later "
                "aan de teksten veranderen, controleren ze niet.</p>"
                "<ul>"
                "<li>Het programma axe-core controleert elk soort pagina in een echte "
                "browser, in het Nederlands, het Engels en het Frans.</li>"
                "<li>De Nu HTML Checker controleert de HTML van elk soort pagina, in de "
                "drie talen.</li>"
                "<li>Een test kijkt of elk soort pagina in het Nederlands past op een "
                "scherm van 320 pixels breed.</li>"
                "<li>Eén test doorloopt de website zonder JavaScript: het menu, een "
                "andere taal kiezen, filteren, zoeken en een offerte aanvragen.</li>"
                "<li>Eén test gebruikt alleen het toetsenbord: de link naar de inhoud, "
                "het menu op een smal scherm, de filters en een formulier.</li>"
                "</ul>"
                "<p>Resultaat op 28 november 2026: axe-core vond geen enkele fout tegen "
                "WCAG 2.1 niveau A en AA. De Nu HTML Checker vond geen fouten. Ook de "
                "andere tests slaagden.</p>"
                "<h2>Feedback en contactgegevens</h2>"
                "<p>Kunt u iets op deze website niet goed gebruiken? Of hebt u een "
                "vraag over de toegankelijkheid? Laat het ons weten via Gentinfo:</p>"
                "<ul>"
                "<li>telefoon: 09 210 10 10</li>"
                '<li>e-mail: <a href="mailto:gentinfo@stad.gent">gentinfo@stad.gent</a>'
                "</li>"
                "</ul>"
                "<p>Gentinfo is bereikbaar van maandag tot zaterdag, van 8 tot 19 "
                "uur.</p>"
            ),
            "en": (
                "<p>The City of Ghent wants everyone to be able to use this website, "
                "including people with a disability. That is what we call accessible. "
                "This statement applies to this website on the social economy in "
                "Ghent.</p>"
                "<h2>Compliance status: how accessible is the website?</h2>"
                "<p>This website is <strong>partially compliant</strong> with the Web "
                "Content Accessibility Guidelines (WCAG) 2.1, level AA. WCAG are "
                "international guidelines for accessible websites.</p>"
                "<p>Why partially? An expert has not yet checked the whole website by "
                "hand. So we cannot yet say that everything is in order.</p>"
                "<h2>Non-accessible content: what do we know already?</h2>"
                "<ul>"
                "<li>A full manual check by an expert has not been done yet. So there "
                "may still be problems we do not know about.</li>"
                "<li>Not all texts have been checked yet for plain, clear "
                "language.</li>"
                "<li>The English and French translations may be incomplete in places. "
                "The website then shows the Dutch text.</li>"
                "</ul>"
                "<h2>Preparation of this statement</h2>"
                "<p>This statement was drawn up on 28 November 2026.</p>"
                "<p>We assessed the website ourselves, with automated tests. These "
                "tests run on every change to the code. They do not check what the "
                "editors change in the texts later.</p>"
                "<ul>"
                "<li>The axe-core program checks every type of page in a real browser, "
                "in Dutch, English and French.</li>"
                "<li>The Nu HTML Checker checks the HTML of every type of page, in the "
                "three languages.</li>"
                "<li>A test checks that every type of page in Dutch fits on a screen "
                "320 pixels wide.</li>"
                "<li>One test goes through the website without JavaScript: the menu, "
                "choosing another language, filtering, searching and asking for a "
                "quote.</li>"
                "<li>One test uses the keyboard alone: the link to the content, the "
                "menu on a narrow screen, the filters and a form.</li>"
                "</ul>"
                "<p>Result on 28 November 2026: axe-core found no error against WCAG "
                "2.1 level A and AA. The Nu HTML Checker found no errors. The other "
                "tests passed too.</p>"
                "<h2>Feedback and contact information</h2>"
                "<p>Is there something on this website you cannot use properly? Or do "
                "you have a question about accessibility? Let us know through "
                "Gentinfo:</p>"
                "<ul>"
                "<li>phone: 09 210 10 10</li>"
                '<li>e-mail: <a href="mailto:gentinfo@stad.gent">gentinfo@stad.gent</a>'
                "</li>"
                "</ul>"
                "<p>Gentinfo can be reached from Monday to Saturday, from 8 a.m. to "
                "7 p.m.</p>"
            ),
            "fr": (
                "<p>La Ville de Gand veut que chacun puisse utiliser ce site web, y "
                "compris les personnes en situation de handicap. C'est ce que nous "
                "appelons accessible. Cette déclaration s'applique à ce site web sur "
                "l'économie sociale à Gand.</p>"
                "<h2>État de conformité : ce site est-il accessible ?</h2>"
                "<p>Ce site web est <strong>partiellement conforme</strong> aux Web "
                "Content Accessibility Guidelines (WCAG) 2.1, niveau AA. Les WCAG sont "
                "des règles internationales pour des sites web accessibles.</p>"
                "<p>Pourquoi partiellement ? Un expert n'a pas encore vérifié tout le "
                "site à la main. Nous ne pouvons donc pas encore dire que tout est en "
                "ordre.</p>"
                "<h2>Contenu non accessible : que savons-nous déjà ?</h2>"
                "<ul>"
                "<li>Un contrôle manuel complet par un expert n'a pas encore été fait. "
                "Il peut donc rester des problèmes que nous ne connaissons pas.</li>"
                "<li>Tous les textes n'ont pas encore été relus pour un langage simple "
                "et clair.</li>"
                "<li>Les traductions anglaise et française sont peut-être incomplètes "
                "par endroits. Le site affiche alors le texte néerlandais.</li>"
                "</ul>"
                "<h2>Établissement de cette déclaration</h2>"
                "<p>Cette déclaration a été établie le 28 novembre 2026.</p>"
                "<p>Nous avons évalué le site nous-mêmes, par des tests automatiques. "
                "Ces tests tournent à chaque modification du code. Ils ne vérifient "
                "pas ce que les rédacteurs changent ensuite dans les textes.</p>"
                "<ul>"
                "<li>Le programme axe-core vérifie chaque type de page dans un vrai "
                "navigateur, en néerlandais, en anglais et en français.</li>"
                "<li>Le Nu HTML Checker vérifie le HTML de chaque type de page, dans "
                "les trois langues.</li>"
                "<li>Un test vérifie que chaque type de page en néerlandais tient sur "
                "un écran de 320 pixels de large.</li>"
                "<li>Un test parcourt le site sans JavaScript : le menu, le choix d'une "
                "autre langue, les filtres, la recherche et une demande de devis.</li>"
                "<li>Un test n'utilise que le clavier : le lien vers le contenu, le "
                "menu sur un écran étroit, les filtres et un formulaire.</li>"
                "</ul>"
                "<p>Résultat au 28 novembre 2026 : axe-core n'a trouvé aucune erreur au "
                "regard des WCAG 2.1 niveaux A et AA. Le Nu HTML Checker n'a trouvé "
                "aucune erreur. Les autres tests ont aussi réussi.</p>"
                "<h2>Retour d'information et coordonnées</h2>"
                "<p>Vous ne parvenez pas à utiliser quelque chose sur ce site ? Ou vous "
                "avez une question sur l'accessibilité ? Faites-le-nous savoir via "
                "Gentinfo :</p>"
                "<ul>"
                "<li>téléphone : 09 210 10 10</li>"
                '<li>e-mail : <a href="mailto:gentinfo@stad.gent">gentinfo@stad.gent</a>'
                "</li>"
                "</ul>"
                "<p>Gentinfo est joignable du lundi au samedi, de 8 h à 19 h.</p>"
            ),
        },
        "menu_order": 900,
        "show_in_navigation": False,
    },
    # Privacy: what this website's code does (nothing here is a fact about the social
    # economy). Cookies: only the pages with a form (the quote request forms and the page
    # where a company answers) set Django's CSRF cookie; editors who log in also get the
    # session cookie (gentse_se/settings.py; tests/test_site.py checks that the other
    # public pages set none). No analytics, trackers or content from other websites
    # (tests/test_site.py). A quote request is stored and mailed to the company (if the
    # editors filled in its quote e-mail address), to the address of
    # DJANGO_SOCIAL_ECONOMY_DESK_EMAIL (if set) and to the buyer, who later gets one
    # follow-up mail (companies/services.py); it is deleted once it is 12 months old by
    # purge_quote_requests, run daily (docs/deploy.md). The rate limit keeps a keyed hash
    # of the address per hour, deleted by the same daily job (core/ratelimit.py).
    # django-axes records editors' logins; purge_login_records deletes failed attempts
    # after the lock-out and the rest after 30 days. The web server's access logs and
    # the backups (make backup) exist, but this site sets no retention for them: no
    # duration is given. The City's general privacy policy is named (content-facts §6),
    # but no source gives its address, so the link goes to stad.gent (§6, high).
    {
        "key": "privacy",
        "parent": None,
        "slug": {"nl": "privacy", "en": "privacy", "fr": "vie-privee"},
        "title": {"nl": "Privacy", "en": "Privacy", "fr": "Vie privée"},
        "summary": {
            "nl": (
                "Deze website telt uw bezoeken niet en volgt u niet. Alleen de pagina's "
                "met een formulier en het beheergedeelte zetten een cookie. Hier leest u "
                "welke gegevens de website bewaart, en hoe lang."
            ),
            "en": (
                "This website does not count your visits and does not track you. Only "
                "the pages with a form and the back office set a cookie. Here you can "
                "read what data the website keeps, and for how long."
            ),
            "fr": (
                "Ce site web ne compte pas vos visites et ne vous suit pas. Seules les "
                "pages avec un formulaire et l'espace de gestion placent un cookie. Vous "
                "lirez ici quelles données le site conserve, et pendant combien de "
                "temps."
            ),
        },
        "meta_description": {
            "nl": "Privacy op de website over de sociale economie in Gent: welke cookies, welke gegevens bij een offerteaanvraag, en hoe lang we ze bewaren.",
            "en": "Privacy on the website on Ghent's social economy: which cookies, what data a quote request keeps, and for how long.",
            "fr": "Vie privée sur le site de l'économie sociale à Gand : quels cookies, quelles données pour une demande de devis, et combien de temps.",
        },
        "body": {
            "nl": (
                "<h2>Geen statistieken, geen trackers</h2>"
                "<p>We gebruiken geen programma's die bezoeken tellen of bezoekers "
                "volgen, zoals statistieken of trackers. We tonen geen inhoud van andere "
                "websites. Ook de lettertypes en de icoontjes komen van deze website "
                "zelf.</p>"
                "<h2>Cookies</h2>"
                "<p>Een cookie is een klein bestand dat een website op uw computer of "
                "telefoon bewaart. Deze website zet alleen deze cookies:</p>"
                "<ul>"
                "<li>Op de pagina's met een formulier zet de website een "
                "beveiligingscookie met de naam <strong>csrftoken</strong>. Die dient "
                "alleen om het formulier te beschermen tegen misbruik. Het gaat om de "
                "formulieren om een offerte aan te vragen. En om de pagina waar een "
                "bedrijf op een aanvraag antwoordt.</li>"
                "<li>Redacteurs zijn de mensen die de teksten op deze website beheren. "
                "Als zij zich aanmelden, krijgen ze ook een sessiecookie. Die onthoudt "
                "dat ze aangemeld zijn.</li>"
                "</ul>"
                "<p>Andere cookies zet de website niet. Op alle andere pagina's zet ze "
                "geen enkele cookie.</p>"
                "<h2>Een offerte aanvragen</h2>"
                "<p>Vraagt u via deze website een offerte aan? Dan bewaart de website "
                "wat u in het formulier invult. Dat is onder meer uw naam, uw "
                "organisatie, uw e-mailadres, uw telefoonnummer (als u het invult) en "
                "uw vraag.</p>"
                "<p>De website stuurt uw aanvraag per e-mail naar de bedrijven waarvoor "
                "ze bedoeld is. Dat gebeurt alleen als die bedrijven op deze website een "
                "e-mailadres voor aanvragen hebben. Als de website een "
                "e-mailadres van de stad Gent heeft, krijgt ook de stad uw aanvraag. "
                "Op het formulier staat naar wie uw aanvraag gaat. U krijgt zelf ook "
                "een e-mail. Later vraagt de website u hoogstens één keer per e-mail of u "
                "iets gekocht hebt.</p>"
                "<p>Na 12 maanden wist de website uw aanvraag. Dat gebeurt bij de "
                "opruiming die elke dag vanzelf loopt.</p>"
                "<p>Let op: de e-mails met uw aanvraag staan ook in de mailbox van wie "
                "ze kreeg. Wat daar met uw gegevens gebeurt, valt buiten deze "
                "website.</p>"
                "<h2>Te veel aanvragen na elkaar</h2>"
                "<p>Om misbruik te stoppen, telt de website hoeveel aanvragen er per uur "
                "van hetzelfde internetadres komen. Daarvoor bewaart ze een code die uit "
                "dat adres berekend is, niet het adres zelf. Na dat uur gebruikt de "
                "website de code niet meer. Ze wist de code bij de opruiming die elke "
                "dag loopt.</p>"
                "<h2>Aanmelden voor redacteurs</h2>"
                "<p>Als een redacteur zich aanmeldt, bewaart de website de "
                "gebruikersnaam, het internetadres en de browser. Na te veel mislukte "
                "pogingen blokkeert de website het aanmelden even. Een mislukte poging "
                "wist de website na die blokkering. De andere gegevens over het "
                "aanmelden wist ze na 30 dagen.</p>"
                "<h2>Logboeken en reservekopieën</h2>"
                "<p>De webserver houdt toegangslogboeken bij, zoals bijna elke website. "
                "Daarin staat onder meer welke pagina wanneer werd opgevraagd, en van "
                "welk internetadres.</p>"
                "<p>Van de gegevens van de website, ook van de aanvragen, kunnen "
                "reservekopieën gemaakt worden. Een gewiste aanvraag kan dan nog in een "
                "oudere reservekopie staan.</p>"
                "<p>Hoe lang de logboeken en de reservekopieën bewaard worden, legt "
                "deze website zelf niet vast.</p>"
                "<h2>Privacybeleid van Stad Gent</h2>"
                "<p>Hoe gaat Stad Gent in het algemeen om met uw persoonsgegevens? Dat "
                "leest u in het privacybeleid van de stad: Met respect voor uw privacy. U "
                f'vindt het op <a href="{STAD_URL}">stad.gent</a>.</p>'
            ),
            "en": (
                "<h2>No analytics, no trackers</h2>"
                "<p>We use no programs that count visits or track visitors, such as "
                "analytics or trackers. We show no content from other websites. Even "
                "the fonts and icons come from this website itself.</p>"
                "<h2>Cookies</h2>"
                "<p>A cookie is a small file that a website stores on your computer or "
                "phone. This website sets only these cookies:</p>"
                "<ul>"
                "<li>On the pages with a form, the website sets a security cookie named "
                "<strong>csrftoken</strong>. It only serves to protect the form against "
                "abuse. These are the forms for asking for a quote, and the page where "
                "a company answers a request.</li>"
                "<li>Editors are the people who manage the texts on this website. When "
                "they log in, they also get a session cookie. It remembers that they "
                "are logged in.</li>"
                "</ul>"
                "<p>The website sets no other cookies. On all other pages it sets no "
                "cookie at all.</p>"
                "<h2>Asking for a quote</h2>"
                "<p>When you ask for a quote through this website, the website keeps "
                "what you fill in on the form. That includes your name, your "
                "organisation, your e-mail address, your phone number (if you give it) "
                "and your question.</p>"
                "<p>The website e-mails your request to the companies it is meant for, "
                "if they have an e-mail address for requests on this website. If the "
                "website has an "
                "e-mail address of the City of Ghent, the city gets your request too. "
                "The form says who your request goes to. You get an e-mail as well. "
                "Later, the website asks you at most once by e-mail whether you bought "
                "something.</p>"
                "<p>The website deletes your request after 12 months. This happens in "
                "the clean-up that runs by itself every day.</p>"
                "<p>Please note: the e-mails with your request are also in the mailbox "
                "of whoever received them. What happens to your data there is outside "
                "this website.</p>"
                "<h2>Too many requests in a row</h2>"
                "<p>To stop abuse, the website counts how many requests come from the "
                "same internet address per hour. For this it keeps a code calculated "
                "from that address, not the address itself. After that hour the "
                "website no longer uses the code. It deletes the code in the clean-up "
                "that runs every day.</p>"
                "<h2>Logging in for editors</h2>"
                "<p>When an editor logs in, the website keeps the user name, the "
                "internet address and the browser. After too many failed attempts, the "
                "website blocks logging in for a while. The website deletes a failed "
                "attempt after that block. It deletes the other login data after 30 "
                "days.</p>"
                "<h2>Logs and backups</h2>"
                "<p>The web server keeps access logs, like almost every website. They "
                "show, among other things, which page was requested when, and from "
                "which internet address.</p>"
                "<p>Backups can be made of the website's data, the requests included. "
                "A deleted request may then still be in an older backup.</p>"
                "<p>This website does not set how long the logs and the backups are "
                "kept.</p>"
                "<h2>The City of Ghent's privacy policy</h2>"
                "<p>How the City of Ghent handles your personal data in general is "
                "explained in the city's privacy policy, Met respect voor uw privacy "
                f'(in Dutch). You can find it on <a href="{STAD_URL}">stad.gent</a>.</p>'
            ),
            "fr": (
                "<h2>Ni statistiques, ni traceurs</h2>"
                "<p>Nous n'utilisons pas de programmes qui comptent les visites ou "
                "suivent les visiteurs, comme des statistiques ou des traceurs. Nous "
                "n'affichons aucun contenu d'autres sites web. Même les polices de "
                "caractères et les icônes viennent de ce site web.</p>"
                "<h2>Cookies</h2>"
                "<p>Un cookie est un petit fichier qu'un site web enregistre sur votre "
                "ordinateur ou votre téléphone. Ce site web place seulement ces "
                "cookies :</p>"
                "<ul>"
                "<li>Sur les pages avec un formulaire, le site place un cookie de "
                "sécurité nommé <strong>csrftoken</strong>. Il sert uniquement à "
                "protéger le formulaire contre les abus. Il s'agit des formulaires de "
                "demande de devis, et de la page où une entreprise répond à une "
                "demande.</li>"
                "<li>Les rédacteurs sont les personnes qui gèrent les textes de ce site "
                "web. Quand ils se connectent, ils reçoivent aussi un cookie de "
                "session. Il retient qu'ils sont connectés.</li>"
                "</ul>"
                "<p>Le site ne place aucun autre cookie. Sur toutes les autres pages, il "
                "ne place aucun cookie.</p>"
                "<h2>Demander un devis</h2>"
                "<p>Si vous demandez un devis via ce site, le site conserve ce que vous "
                "remplissez dans le formulaire. Cela comprend votre nom, votre "
                "organisation, votre adresse e-mail, votre numéro de téléphone (si vous "
                "l'indiquez) et votre question.</p>"
                "<p>Le site envoie votre demande par e-mail aux entreprises auxquelles "
                "elle s'adresse, si elles ont une adresse e-mail pour les demandes sur "
                "ce site. Si le site a une adresse "
                "e-mail de la Ville de Gand, la ville reçoit aussi votre demande. Le "
                "formulaire indique à qui va votre demande. Vous recevez aussi un "
                "e-mail. Plus tard, le site vous demande au plus une fois par e-mail si vous "
                "avez acheté quelque chose.</p>"
                "<p>Le site efface votre demande après 12 mois. Cela se fait lors du "
                "nettoyage qui tourne tout seul chaque jour.</p>"
                "<p>Attention : les e-mails avec votre demande se trouvent aussi dans la "
                "boîte mail de ceux qui les ont reçus. Ce qu'il advient de vos données "
                "là-bas ne dépend pas de ce site.</p>"
                "<h2>Trop de demandes à la suite</h2>"
                "<p>Pour empêcher les abus, le site compte combien de demandes arrivent "
                "de la même adresse internet par heure. Pour cela, il conserve un code "
                "calculé à partir de cette adresse, pas l'adresse elle-même. Après "
                "cette heure, le site n'utilise plus le code. Il l'efface lors du "
                "nettoyage qui tourne chaque jour.</p>"
                "<h2>Connexion des rédacteurs</h2>"
                "<p>Quand un rédacteur se connecte, le site conserve le nom "
                "d'utilisateur, l'adresse internet et le navigateur. Après trop "
                "d'essais manqués, le site bloque la connexion un moment. Le site "
                "efface un essai manqué après ce blocage. Il efface les autres données "
                "de connexion après 30 jours.</p>"
                "<h2>Journaux et copies de sauvegarde</h2>"
                "<p>Le serveur web tient des journaux d'accès, comme presque tous les "
                "sites web. On y trouve entre autres quelle page a été demandée, quand, "
                "et depuis quelle adresse internet.</p>"
                "<p>Des copies de sauvegarde des données du site peuvent être faites, "
                "demandes comprises. Une demande effacée peut alors se trouver encore "
                "dans une copie plus ancienne.</p>"
                "<p>Ce site ne fixe pas combien de temps les journaux et les copies de "
                "sauvegarde sont conservés.</p>"
                "<h2>La politique de vie privée de la Ville de Gand</h2>"
                "<p>La façon dont la Ville de Gand traite vos données personnelles en "
                "général est expliquée dans sa politique de vie privée, Met respect "
                "voor uw privacy (en néerlandais). Vous la trouverez sur "
                f'<a href="{STAD_URL}">stad.gent</a>.</p>'
            ),
        },
        "menu_order": 910,
        "show_in_navigation": False,
    },
]


# ---------------------------------------------------------------------------------------
# Projects with and for workers or companies of the social economy (content-facts §1.9
# and §2.15). Whether these are the items listed on the hub page is not known (§1.9).
# ---------------------------------------------------------------------------------------

PROJECTS = [
    # Content-facts §1.9 (high): Sociaal Gemaakt (stad.gent news: city + Ministry of
    # Makers pair social-economy companies with designers; coached by Pars Pro Toto;
    # pilot from early 2017), partners from socialeeconomie.be (high), vol+maakt from
    # volmaakt.be/verhaal (high: Compaan & Labeur with Valerie Bervoet, Cas Moor and Sep
    # Verboom; launched 13 Sep 2018 at Design Museum Gent; sold via Gent design shops).
    # Start: "early 2017" → precision "season" (January stands for early in the year).
    # Whether it still runs is in no source: "unknown". Told in the past tense.
    {
        "slug": {
            "nl": "sociaal-gemaakt",
            "en": "sociaal-gemaakt",
            "fr": "sociaal-gemaakt",
        },
        "title": {
            "nl": "Sociaal Gemaakt",
            "en": "Sociaal Gemaakt",
            "fr": "Sociaal Gemaakt",
        },
        "summary": {
            "nl": (
                "Bedrijven uit de sociale economie en ontwerpers bedachten samen nieuwe "
                "producten, die de medewerkers zelf konden maken. Een resultaat is de "
                "designcollectie vol+maakt."
            ),
            "en": (
                "Social-economy companies and designers came up with new products "
                "together, which the workers could make themselves. One result is the "
                "vol+maakt design collection."
            ),
            "fr": (
                "Des entreprises de l'économie sociale et des designers ont imaginé "
                "ensemble de nouveaux produits, que les travailleurs pouvaient fabriquer "
                "eux-mêmes. L'un des résultats est la collection de design vol+maakt."
            ),
        },
        "body": {
            "nl": (
                "<p>In Sociaal Gemaakt werkten bedrijven uit de sociale economie samen "
                "met ontwerpers. Samen bedachten ze nieuwe producten die de medewerkers "
                "van die bedrijven zelf konden maken.</p>"
                "<p>Stad Gent en het designplatform Ministry of Makers brachten de "
                "bedrijven en de ontwerpers samen. Het ontwerpbureau Pars Pro Toto "
                "begeleidde hen. Het project begon begin 2017 als proefproject.</p>"
                "<h2>Wie deed mee?</h2>"
                "<ul>"
                "<li>Bedrijven: Ateljee, Compaan, Labeur, Dienstenbedrijf Gent, "
                "Weerwerk en Nevelland</li>"
                "<li>Ontwerpers: Aber, Cas Moor, Marie Mees, Jente Hendrickx en Sep "
                "Verboom</li>"
                "</ul>"
                "<h2>Resultaat: de collectie vol+maakt</h2>"
                "<p>Compaan en Labeur maakten samen met de ontwerpers Valerie Bervoet, "
                "Cas Moor en Sep Verboom de designcollectie vol+maakt. Die werd op "
                "13 september 2018 voorgesteld in het Design Museum Gent. De producten "
                "werden verkocht in designwinkels in Gent.</p>"
                '<p><a href="https://www.volmaakt.be/verhaal/">Het verhaal van vol+maakt '
                "op volmaakt.be</a></p>"
            ),
            "en": (
                "<p>In Sociaal Gemaakt (Socially Made), social-economy companies worked "
                "together with designers. Together they came up with new products that "
                "the companies' workers could make themselves.</p>"
                "<p>The City of Ghent and the design platform Ministry of Makers "
                "brought the companies and the designers together. The design studio "
                "Pars Pro Toto coached them. The project started as a pilot in early "
                "2017.</p>"
                "<h2>Who took part?</h2>"
                "<ul>"
                "<li>Companies: Ateljee, Compaan, Labeur, Dienstenbedrijf Gent, "
                "Weerwerk and Nevelland</li>"
                "<li>Designers: Aber, Cas Moor, Marie Mees, Jente Hendrickx and Sep "
                "Verboom</li>"
                "</ul>"
                "<h2>Result: the vol+maakt collection</h2>"
                "<p>Compaan and Labeur made the vol+maakt design collection together "
                "with the designers Valerie Bervoet, Cas Moor and Sep Verboom. It was "
                "presented at Design Museum Gent on 13 September 2018. The products "
                "were sold in design shops in Ghent.</p>"
                '<p><a href="https://www.volmaakt.be/verhaal/">The story of vol+maakt '
                "on volmaakt.be (in Dutch)</a></p>"
            ),
            "fr": (
                "<p>Dans Sociaal Gemaakt (« fait socialement »), des entreprises de "
                "l'économie sociale ont travaillé avec des designers. Ensemble, ils ont "
                "imaginé de nouveaux produits que les travailleurs de ces entreprises "
                "pouvaient fabriquer eux-mêmes.</p>"
                "<p>La Ville de Gand et la plateforme de design Ministry of Makers ont "
                "mis en contact les entreprises et les designers. Le bureau de design "
                "Pars Pro Toto les a accompagnés. Le projet a commencé comme projet "
                "pilote début 2017.</p>"
                "<h2>Qui a participé ?</h2>"
                "<ul>"
                "<li>Entreprises : Ateljee, Compaan, Labeur, Dienstenbedrijf Gent, "
                "Weerwerk et Nevelland</li>"
                "<li>Designers : Aber, Cas Moor, Marie Mees, Jente Hendrickx et Sep "
                "Verboom</li>"
                "</ul>"
                "<h2>Résultat : la collection vol+maakt</h2>"
                "<p>Compaan et Labeur ont réalisé la collection de design vol+maakt avec "
                "les designers Valerie Bervoet, Cas Moor et Sep Verboom. Elle a été "
                "présentée au Design Museum Gent le 13 septembre 2018. Les produits "
                "étaient vendus dans des boutiques de design à Gand.</p>"
                '<p><a href="https://www.volmaakt.be/verhaal/">L\'histoire de vol+maakt '
                "sur volmaakt.be (en néerlandais)</a></p>"
            ),
        },
        "start_date": "2017-01-01",
        "start_precision": "season",
        "running": "unknown",
        "end_date": None,
        "partners": (
            "Ministry of Makers, Pars Pro Toto, Ateljee, Compaan, Labeur, "
            "Dienstenbedrijf Gent, Weerwerk, Nevelland, Aber, Cas Moor, Marie Mees, "
            "Jente Hendrickx, Sep Verboom, Valerie Bervoet"
        ),
        "external_url": (
            "https://stad.gent/werken-ondernemen/nieuws-evenementen/"
            "stad-gent-en-ministry-makers-brengen-sociale-economie-en-designwereld-"
            "samen-rond-nieuwe-productontwikkeling"
        ),
        "status": "published",
    },
    # Content-facts §1.9 (high, persruimte 181940): from 1 July 2019 the city was allowed
    # to set up a maatwerk unit within DBSE ("mocht … oprichten": told as such, not as
    # "has a unit"); 5 extra workers (2 kitchen, 2 construction, 1 laundry and ironing
    # distribution) on 5-year contracts. §2 type vocabulary (high): maatwerkbedrijf =
    # successor of the beschutte and sociale werkplaatsen. The job fair of 15 Oct 2019
    # (same source) is told on the U-Connect page; whether it recruited for this unit is
    # only (low), so it is not linked to the project here. Start: the day is known
    # ("day"); whether the unit still exists is in no source ("unknown").
    {
        "slug": {
            "nl": "maatwerkafdeling-dbse",
            "en": "dbse-custom-work-unit",
            "fr": "dbse-section-travail-sur-mesure",
        },
        "title": {
            "nl": "Maatwerkafdeling van het Dienstenbedrijf Sociale Economie",
            "en": "Custom work unit of the Social Economy Service Company",
            "fr": "Section de travail sur mesure de l'entreprise de services d'économie sociale",
        },
        "summary": {
            "nl": (
                "Vanaf 1 juli 2019 mocht het Dienstenbedrijf Sociale Economie een "
                "maatwerkafdeling oprichten. Het ging om vijf extra jobs, met een "
                "contract van vijf jaar."
            ),
            "en": (
                "From 1 July 2019, the Social Economy Service Company was allowed to "
                "set up a custom work unit. It meant five extra jobs, on five-year "
                "contracts."
            ),
            "fr": (
                "À partir du 1er juillet 2019, l'entreprise de services d'économie "
                "sociale a pu créer une section de travail sur mesure. Il s'agissait de "
                "cinq emplois de plus, avec un contrat de cinq ans."
            ),
        },
        "body": {
            "nl": (
                "<p>Vanaf 1 juli 2019 mocht het Dienstenbedrijf Sociale Economie (DBSE) "
                "van Stad en OCMW Gent een maatwerkafdeling oprichten. Maatwerk is de "
                "nieuwe vorm van wat vroeger een beschutte of sociale werkplaats "
                "was.</p>"
                "<h2>Vijf extra jobs</h2>"
                "<p>De nieuwe afdeling was goed voor vijf extra medewerkers, elk met "
                "een contract van vijf jaar:</p>"
                "<ul>"
                "<li>twee in de keuken</li>"
                "<li>twee in de bouw</li>"
                "<li>één bij de verdeling van de was en de strijk</li>"
                "</ul>"
            ),
            "en": (
                "<p>From 1 July 2019, the Dienstenbedrijf Sociale Economie (Social "
                "Economy Service Company, DBSE) of the City and the OCMW of Ghent was "
                "allowed to set up a custom work (maatwerk) unit. Maatwerk is the new "
                "form of what used to be a sheltered or social workshop.</p>"
                "<h2>Five extra jobs</h2>"
                "<p>The new unit was to have five extra workers, each with a five-year "
                "contract:</p>"
                "<ul>"
                "<li>two in the kitchen</li>"
                "<li>two in construction</li>"
                "<li>one in distributing laundry and ironing</li>"
                "</ul>"
            ),
            "fr": (
                "<p>À partir du 1er juillet 2019, le Dienstenbedrijf Sociale Economie "
                "(entreprise de services d'économie sociale, DBSE) de la Ville et du "
                "CPAS de Gand a pu créer une section de travail sur mesure (maatwerk). "
                "Le maatwerk est la nouvelle forme de ce qu'on appelait avant un "
                "atelier protégé ou un atelier social.</p>"
                "<h2>Cinq emplois de plus</h2>"
                "<p>La nouvelle section prévoyait cinq travailleurs de plus, chacun "
                "avec un contrat de cinq ans :</p>"
                "<ul>"
                "<li>deux en cuisine</li>"
                "<li>deux dans la construction</li>"
                "<li>un pour la distribution du linge et du repassage</li>"
                "</ul>"
            ),
        },
        "start_date": "2019-07-01",
        "start_precision": "day",
        "running": "unknown",
        "end_date": None,
        "partners": "Dienstenbedrijf Sociale Economie (Stad en OCMW Gent)",
        "external_url": (
            "https://persruimte.stad.gent/"
            "181940-stad-gent-begeleidt-kwetsbare-werkzoekenden-naar-job-op-maat"
        ),
        "status": "published",
    },
    # Content-facts §2.15 (high, persruimte 146510): "Logistiek (Foodsavers)" is one of
    # the DBSE units listed in the press release on DBSE's start and first-year figures
    # (2016–17). §1.1 (high): DBSE has been in place since 2016.
    # Decision: published, because everything shown is high confidence and the text only
    # says Foodsavers was a DBSE unit in its first years (past tense: the source is from
    # 2016–17). The start is DBSE's start year, not a documented start of Foodsavers
    # itself: precision "year" (only 2016 is shown); running "unknown". What Foodsavers
    # does (a platform that collects and redistributes food surpluses) and the "2016, by
    # DBSE" line are only (medium, §1.9) and are left out — the editors may want to
    # verify and add them.
    {
        "slug": {"nl": "foodsavers", "en": "foodsavers", "fr": "foodsavers"},
        "title": {"nl": "Foodsavers", "en": "Foodsavers", "fr": "Foodsavers"},
        "summary": {
            "nl": (
                "In de eerste jaren van het Dienstenbedrijf Sociale Economie van Stad en "
                "OCMW Gent was Foodsavers de afdeling Logistiek."
            ),
            "en": (
                "In the first years of the Social Economy Service Company of the City "
                "and the OCMW of Ghent, Foodsavers was its logistics unit."
            ),
            "fr": (
                "Pendant les premières années de l'entreprise de services d'économie "
                "sociale de la Ville et du CPAS de Gand, Foodsavers était sa section "
                "logistique."
            ),
        },
        "body": {
            "nl": (
                "<p>In het Dienstenbedrijf Sociale Economie (DBSE) brengen Stad en OCMW "
                "Gent hun eigen jobs in de sociale economie samen. Het DBSE bestaat "
                "sinds 2016.</p>"
                "<p>In de eerste werkjaren (2016–2017) was Foodsavers de afdeling "
                "Logistiek van het DBSE. Meer over het DBSE leest u op de pagina "
                "Dienstenbedrijf Sociale Economie, bij De rol van de Stad Gent.</p>"
            ),
            "en": (
                "<p>In the Dienstenbedrijf Sociale Economie (Social Economy Service "
                "Company, DBSE), the City and the OCMW of Ghent bring together their "
                "own social-economy jobs. The DBSE has existed since 2016.</p>"
                "<p>In its first years of operation (2016–2017), Foodsavers was the "
                "DBSE's logistics unit. You can read more about the DBSE on the page "
                "Social Economy Service Company, under The role of the City of "
                "Ghent.</p>"
            ),
            "fr": (
                "<p>Dans le Dienstenbedrijf Sociale Economie (entreprise de services "
                "d'économie sociale, DBSE), la Ville et le CPAS de Gand regroupent leurs "
                "propres emplois d'économie sociale. Le DBSE existe depuis 2016.</p>"
                "<p>Pendant ses premières années (2016–2017), Foodsavers était la "
                "section logistique du DBSE. Vous en lirez plus sur le DBSE sur la page "
                "Entreprise de services d'économie sociale, sous Le rôle de la Ville de "
                "Gand.</p>"
            ),
        },
        "start_date": "2016-01-01",
        "start_precision": "year",
        "running": "unknown",
        "end_date": None,
        "partners": "Dienstenbedrijf Sociale Economie (Stad en OCMW Gent)",
        "external_url": (
            "https://persruimte.stad.gent/"
            "146510-start-gents-dienstenbedrijf-sociale-economie-mooie-cijfers"
        ),
        "status": "published",
    },
    # Te verifiëren door de redactie: every fact here is only (medium), from one
    # politician's blog post (content-facts §1.9: rudycoddens.be, 2014): started 2014;
    # Labeur + Con Brio + OCMW; urban-farming garden of 7,000 m² at woonzorgcentrum Het
    # Heiveld, Sint-Amandsberg. Therefore status "draft". Not used, also (medium): the
    # produce was served in a pop-up restaurant at DOK (§1.9); §2.7 calls Le Petit
    # Botanique herb and flower boxes of Labeur, which does not quite match the garden.
    # Start: only the year 2014 is known (precision "year"); running "unknown".
    {
        "slug": {
            "nl": "le-petit-botanique",
            "en": "le-petit-botanique",
            "fr": "le-petit-botanique",
        },
        "title": {
            "nl": "Le Petit Botanique",
            "en": "Le Petit Botanique",
            "fr": "Le Petit Botanique",
        },
        "summary": {
            "nl": (
                "Labeur, Con Brio en het OCMW begonnen in 2014 een tuin voor "
                "stadslandbouw van 7.000 m² bij woonzorgcentrum Het Heiveld in "
                "Sint-Amandsberg."
            ),
            "en": (
                "In 2014, Labeur, Con Brio and the OCMW started a 7,000 m² urban "
                "farming garden at the Het Heiveld residential care home in "
                "Sint-Amandsberg."
            ),
            "fr": (
                "En 2014, Labeur, Con Brio et le CPAS ont lancé un jardin d'agriculture "
                "urbaine de 7 000 m² près de la maison de repos et de soins Het Heiveld, "
                "à Sint-Amandsberg."
            ),
        },
        "body": {
            "nl": (
                "<p>Le Petit Botanique is een tuin voor stadslandbouw: voedsel kweken "
                "in de stad. De tuin is 7.000 m² groot en ligt bij woonzorgcentrum Het "
                "Heiveld in Sint-Amandsberg.</p>"
                "<p>Labeur, Con Brio en het OCMW begonnen het project samen in "
                "2014.</p>"
            ),
            "en": (
                "<p>Le Petit Botanique is an urban farming garden: a place for growing "
                "food in the city. The garden covers 7,000 m² and lies at the Het "
                "Heiveld residential care home in Sint-Amandsberg.</p>"
                "<p>Labeur, Con Brio and the OCMW started the project together in "
                "2014.</p>"
            ),
            "fr": (
                "<p>Le Petit Botanique est un jardin d'agriculture urbaine : on y "
                "cultive de la nourriture en ville. Le jardin fait 7 000 m² et se "
                "trouve près de la maison de repos et de soins Het Heiveld, à "
                "Sint-Amandsberg.</p>"
                "<p>Labeur, Con Brio et le CPAS ont lancé le projet ensemble en "
                "2014.</p>"
            ),
        },
        "start_date": "2014-01-01",
        "start_precision": "year",
        "running": "unknown",
        "end_date": None,
        "partners": "Labeur, Con Brio, OCMW",
        "external_url": "https://www.rudycoddens.be/2014/03/lepetitbotanique/",
        "status": "draft",
    },
]


# The projects section's intro (seed: the heading above the projects).
PROJECTS_SECTION = {
    "key": "projects",
    "parent": None,
    "slug": {"nl": "projecten", "en": "projects", "fr": "projets"},
    "title": {"nl": "Projecten", "en": "Projects", "fr": "Projets"},
    "summary": {
        "nl": "Projecten met en voor medewerkers of bedrijven uit de sociale economie.",
        "en": "Projects with and for workers or companies of the social economy.",
        "fr": "Des projets avec et pour les travailleurs ou les entreprises de "
        "l'économie sociale.",
    },
    "meta_description": {
        "nl": "Projecten met en voor medewerkers en bedrijven van de Gentse sociale "
        "economie.",
        "en": "Projects with and for workers and companies of Ghent's social economy.",
        "fr": "Projets avec et pour les travailleurs et entreprises de l'économie "
        "sociale gantoise.",
    },
    "body": {"nl": "", "en": "", "fr": ""},
    "menu_order": 60,
    "show_in_navigation": True,
}


# The directory's intro (seed: "De bedrijven") and the catalogue's (seed: the
# "Koop sociaal!" heading; content-facts §4: no source page, so the catalogue is the
# editors' choice and says so; who gets a request is told by the form itself, which
# names only the recipients the code sends to).
COMPANIES_SECTION = {
    "key": "companies",
    "parent": None,
    "slug": {"nl": "bedrijven", "en": "companies", "fr": "entreprises"},
    "title": {"nl": "De bedrijven", "en": "The companies", "fr": "Les entreprises"},
    "summary": {
        "nl": "De bedrijven van de Gentse sociale economie werken in veel domeinen: "
        "horeca en voeding, bouw en renovatie, diensten aan bedrijven en overheden, en "
        "nog veel meer.",
        "en": "The companies of Ghent's social economy work in many fields: "
        "hospitality and food, construction and renovation, services to companies and "
        "public authorities, and much more.",
        "fr": "Les entreprises de l'économie sociale gantoise sont actives dans de "
        "nombreux domaines : horeca et alimentation, construction et rénovation, "
        "services aux entreprises et aux pouvoirs publics, et bien plus encore.",
    },
    "meta_description": {
        "nl": "Alle bedrijven van de Gentse sociale economie: wat ze doen en, als we "
        "het weten, hoe u ze bereikt.",
        "en": "All companies of Ghent's social economy: what they do and, where known, "
        "how to reach them.",
        "fr": "Toutes les entreprises de l'économie sociale gantoise : ce qu'elles font "
        "et, si on le sait, comment les joindre.",
    },
    "body": {"nl": "", "en": "", "fr": ""},
    "menu_order": 30,
    "show_in_navigation": True,
}
BUY_SOCIAL_SECTION = {
    "key": "buy_social",
    "parent": None,
    "slug": {"nl": "koop-sociaal", "en": "buy-social", "fr": "achat-social"},
    "title": {"nl": "Koop sociaal!", "en": "Buy social!", "fr": "Achetez social !"},
    "summary": {
        "nl": "Hier ziet u wat u kunt kopen bij de bedrijven van de Gentse sociale "
        "economie, en welk bedrijf het levert.",
        "en": "See what you can buy from the companies of Ghent's social economy, and "
        "which company delivers it.",
        "fr": "Découvrez ce que vous pouvez acheter auprès des entreprises de "
        "l'économie sociale gantoise, et quelle entreprise le fournit.",
    },
    "meta_description": {
        "nl": "Koop bij de Gentse sociale economie: producten en diensten, en wie ze "
        "levert.",
        "en": "Buy from Ghent's social economy: products and services, and who delivers "
        "them.",
        "fr": "Achetez à l'économie sociale gantoise : produits et services, et qui les "
        "fournit.",
    },
    "body": {
        "nl": "<p>Nog niet elk bedrijf staat in de catalogus. Vink aan wat u nodig hebt "
        "en vraag een offerte aan. Op het formulier ziet u naar wie uw vraag gaat.</p>",
        "en": "<p>Not every company is in the catalogue yet. Tick what you need and ask "
        "for a quote. The form tells you who your request goes to.</p>",
        "fr": "<p>Toutes les entreprises ne figurent pas encore dans le catalogue. Cochez "
        "ce dont vous avez besoin et demandez un devis. Le formulaire indique à qui va "
        "votre demande.</p>",
    },
    "menu_order": 40,
    "show_in_navigation": True,
}

SECTIONS = [COMPANIES_SECTION, BUY_SOCIAL_SECTION, PROJECTS_SECTION]
