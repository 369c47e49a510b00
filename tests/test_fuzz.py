"""Bad input never breaks a page: property-based tests (hypothesis, fixed seed) over
every public URL's path segments and query parameters, and over every form."""

from urllib.parse import quote, urlencode

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

FUZZ = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

LANGUAGES = st.sampled_from(["nl", "en", "fr", "de", "xx", "NL", ""])
ROUTES = st.sampled_from(
    [
        "{lang}/{seg}/",
        "{lang}/{seg}/{seg2}/",
        "{lang}/{seg}/{seg2}/{seg3}/{seg}/",
        "{lang}/bedrijven/{seg}/",
        "{lang}/companies/{seg}/quote/",
        "{lang}/koop-sociaal/aanvraag/verzonden/{seg}/",
        "{lang}/koop-sociaal/antwoord/{seg}/",
        "{lang}/projecten/{seg}/",
        "{lang}/voorbeeld/pagina/{seg}/",
        "{lang}/rol-van-de-stad/{seg}/",
        "{seg}",
        "open-data/{seg}",
        "media/{seg}",
    ]
)
NASTY = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "",
            "\x00",
            "..",
            "%00",
            "%ff",
            "%c0%af",
            "../../etc/passwd",
            "a" * 5000,
            "<script>alert(1)</script>",
            "' OR 1=1 --",
            "ziggo\u202e",
            "😀",
            "0",
            "-1",
            "99999999999999999999999",
            "NaN",
            "1e309",
            " ",
            "\t\n",
        ]
    ),
)
PARAMS = st.sampled_from(
    ["q", "page", "sector", "offering", "type", "year", "next", "x"]
)
QUERY = st.lists(st.tuples(PARAMS, NASTY), max_size=8)
LIST_PAGES = st.sampled_from(
    [
        "/nl/bedrijven/",
        "/en/companies/",
        "/fr/achat-social/",
        "/nl/zoeken/",
        "/en/search/",
        "/nl/projecten/",
        "/fr/projets/",
        "/nl/banenmeting/",
        "/nl/open-data/",
        "/nl/",
    ]
)


@pytest.fixture
def site(demo_content):
    return True


@FUZZ
@seed(20261128)
@given(route=ROUTES, lang=LANGUAGES, seg=NASTY, seg2=NASTY, seg3=NASTY, query=QUERY)
def test_no_path_or_query_gives_a_server_error(
    client, site, route, lang, seg, seg2, seg3, query
):
    path = "/" + route.format(
        lang=lang,
        seg=quote(seg, safe=""),
        seg2=quote(seg2, safe=""),
        seg3=quote(seg3, safe=""),
    )
    response = client.get(path, QUERY_STRING=urlencode(query))
    assert response.status_code < 500, path


@FUZZ
@seed(20261128)
@given(page=LIST_PAGES, query=QUERY, raw=st.binary(max_size=60))
def test_no_query_string_gives_a_server_error(client, site, page, query, raw):
    response = client.get(page, QUERY_STRING=urlencode(query))
    assert response.status_code < 500
    # Undecodable bytes and percent escapes that are not UTF-8.
    escaped = "".join(f"%{byte:02x}" for byte in raw)
    response = client.get(
        page, QUERY_STRING=f"q={escaped}&page={escaped}&sector={escaped}"
    )
    assert response.status_code < 500


@pytest.mark.parametrize("page_number", ["-1", "0", "10" * 30, "1.5", "last", "1e9"])
def test_page_numbers_never_break_the_directory(client, site, page_number):
    assert client.get("/nl/bedrijven/", {"page": page_number}).status_code == 200


def test_repeated_parameters_are_handled(client, site):
    query = "&".join(["sector=fietsen"] * 200 + ["q=a"] * 50 + ["page=2"] * 20)
    assert client.get("/nl/bedrijven/", QUERY_STRING=query).status_code == 200


@FUZZ
@seed(20261128)
@given(
    data=st.dictionaries(
        st.sampled_from(
            [
                "name",
                "organisation",
                "email",
                "phone",
                "message",
                "consent",
                "website",
                "csrfmiddlewaretoken",
                "other",
            ]
        ),
        NASTY,
        max_size=9,
    )
)
def test_the_quote_form_never_gives_a_server_error(client, site, data):
    response = client.post("/nl/koop-sociaal/aanvraag/", data)
    assert response.status_code < 500


@FUZZ
@seed(20261128)
@given(
    content=st.one_of(st.binary(max_size=400), st.text(max_size=400).map(str.encode)),
    header=st.sampled_from(
        [
            "",
            "slug,name,short_description_nl\n",
            "organisation,work_form,people,target_group\n",
        ]
    ),
)
def test_admin_csv_imports_never_give_a_server_error(
    admin_client, site, content, header
):
    from jobcount.models import Edition

    edition = Edition.objects.first()
    data = header.encode() + content
    for url, extra in (
        ("/beheer/companies/company/import/", {}),
        ("/beheer/jobcount/figure/import/", {"edition": edition.pk}),
    ):
        response = admin_client.post(
            url,
            {
                "import_file": SimpleUploadedFile("x.csv", data, "text/csv"),
                "format": "0",
                **extra,
            },
        )
        assert response.status_code < 500
        assert response.status_code != 404, url


def test_oversized_bodies_and_too_many_fields_are_refused_cleanly(client, site):
    too_many = "&".join(f"f{i}=x" for i in range(1500))
    response = client.post(
        "/nl/koop-sociaal/aanvraag/",
        too_many,
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 400
    huge = "message=" + "x" * (7 * 1024 * 1024)
    response = client.post(
        "/nl/koop-sociaal/aanvraag/",
        huge,
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 400
