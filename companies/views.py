import json

from django.http import Http404
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.http import require_http_methods, require_safe

from companies import selectors, services
from companies.forms import QuoteRequestForm
from gentse_se import memo
from gentse_se.memo import shared
from pages.models import Page
from pages.selectors import section_page
from pages.views import alternates_of, hreflang_of

PAGE_SIZE = 12


def _remove_links(request, filters, options):
    """One link per active filter that removes just that filter."""
    if not filters.active:
        return []
    labels = {
        "sector": {s.slug: s.name for s in options["sectors"]},
        "offering": {o.slug: o.name for o in options["offerings"]},
        "type": dict(options["types"]),
    }
    links = []
    params = request.GET.copy()
    params.pop("page", None)
    for name, values in (
        ("sector", filters.sectors),
        ("offering", filters.offerings),
        ("type", filters.types),
    ):
        for value in values:
            remaining = params.copy()
            remaining.setlist(name, [v for v in params.getlist(name) if v != value])
            links.append(
                {"label": labels[name][value], "url": "?" + remaining.urlencode()}
            )
    if filters.q:
        remaining = params.copy()
        remaining.pop("q", None)
        links.append({"label": f"“{filters.q}”", "url": "?" + remaining.urlencode()})
    return links


def _filter_context(request, action):
    options = selectors.filter_options()
    filters = selectors.filters_from(request.GET, options)
    return filters, {
        "filters": filters,
        "filter_form": _filter_form(
            action,
            filters.q,
            tuple(filters.sectors),
            tuple(filters.offerings),
            tuple(filters.types),
        ),
        "remove_links": _remove_links(request, filters, options),
    }


@shared
def _filter_form(action, q, sectors, offerings, types):
    """The filter form (some fifty choices), rendered once per choice and language
    while the content stays the same (gentse_se.memo)."""
    filters = selectors.DirectoryFilters(
        q=q, sectors=list(sectors), offerings=list(offerings), types=list(types)
    )
    return render_to_string(
        "components/company_filter_form.html",
        {"action": action, "filters": filters, "options": selectors.filter_options()},
    )


@require_safe
def company_list(request):
    filters, context = _filter_context(request, reverse("companies:list"))
    page = selectors.company_page(filters, request.GET.get("page"), PAGE_SIZE)
    context.update(
        intro=section_page("companies"),
        page_obj=page,
        cards=company_cards(page.object_list),
        breadcrumbs=[{"title": _("Companies"), "url": request.path}],
    )
    return render(request, "companies/company_list.html", context)


def company_cards(ids):
    """The card of each company, in order. A card is rendered once per company and
    language while the content stays the same (gentse_se.memo), so a page of the
    directory reads only the companies whose cards are not made yet."""
    cards = {pk: memo.recall(("company_card", pk)) for pk in ids}
    missing = [pk for pk, card in cards.items() if card is memo.MISSING]
    if missing:
        for company in selectors.companies_for_cards(missing):
            card = render_to_string(
                "components/company_card.html", {"company": company}
            )
            memo.store(("company_card", company.pk), card)
            cards[company.pk] = card
    return [mark_safe(cards[pk]) for pk in ids if cards[pk] is not memo.MISSING]


@require_safe
def buy_social(request):
    filters, context = _filter_context(request, reverse("companies:buy_social"))
    context.update(
        intro=section_page("buy_social"),
        catalogue_html=(
            _catalogue_html(filters) if filters.active else _whole_catalogue_html()
        ),
        breadcrumbs=[{"title": _("Buy social!"), "url": request.path}],
    )
    return render(request, "companies/buy_social.html", context)


def _catalogue_html(filters):
    return render_to_string(
        "components/catalogue.html", {"catalogue": selectors.catalogue(filters)}
    )


@shared
def _whole_catalogue_html():
    """The whole catalogue (a few hundred links), rendered once per language while
    the content stays the same (gentse_se.memo)."""
    return _catalogue_html(selectors.DirectoryFilters())


def _json_ld(request, company):
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": company.name,
        "url": company.website
        or request.build_absolute_uri(company.get_absolute_url()),
        "description": company.short_description,
    }
    if company.website:
        data["sameAs"] = [request.build_absolute_uri(company.get_absolute_url())]
    if company.has_address:
        data["address"] = {
            "@type": "PostalAddress",
            "streetAddress": company.street,
            "postalCode": company.postcode,
            "addressLocality": company.municipality,
            "addressCountry": "BE",
        }
    if company.kbo_number:
        data["identifier"] = {
            "@type": "PropertyValue",
            "propertyID": "KBO",
            "value": company.kbo_number,
        }
    if company.phone:
        data["telephone"] = company.phone
    if company.email:
        data["email"] = company.email
    return json.dumps(data, ensure_ascii=False)


@require_safe
def company_detail(request, slug):
    company = selectors.company_detail(slug)
    if company is None:
        raise Http404
    alternates = alternates_of(company)
    links = selectors.company_links(company)
    context = {
        "company": company,
        "sectors": links.sectors,
        "offerings": links.offerings,
        "projects": links.projects,
        "json_ld": _json_ld(request, company),
        "alternate_urls": alternates,
        "hreflang_urls": hreflang_of(company, alternates),
        "breadcrumbs": [
            {"title": _("Companies"), "url": reverse("companies:list")},
            {"title": company.name, "url": request.path},
        ],
    }
    return render(request, "companies/company_detail.html", context)


def _client_address(request):
    from axes.helpers import get_client_ip_address

    return get_client_ip_address(request) or "unknown"


@never_cache
@csrf_protect
@require_http_methods(["GET", "HEAD", "POST"])
def quote_request(request, slug):
    """The only public form, and the only public page that sets a cookie (CSRF)."""
    company = selectors.company_detail(slug)
    if company is None:
        raise Http404
    form = QuoteRequestForm(request.POST or None)
    rate_limited = False
    if request.method == "POST" and form.is_valid():
        if form.is_spam():
            return redirect("companies:quote_sent", slug=company.slug)
        if services.quote_rate_limited(_client_address(request)):
            rate_limited = True
        else:
            services.quote_request_create(
                form=form, company=company, language=translation.get_language()
            )
            return redirect("companies:quote_sent", slug=company.slug)
    privacy = Page.objects.published().filter(key="privacy").first()
    context = {
        "company": company,
        "form": form,
        "rate_limited": rate_limited,
        "privacy_url": privacy.get_absolute_url() if privacy else "",
        "breadcrumbs": [
            {"title": _("Companies"), "url": reverse("companies:list")},
            {"title": company.name, "url": company.get_absolute_url()},
            {"title": _("Ask for a quote"), "url": request.path},
        ],
    }
    status = 429 if rate_limited else 200
    return render(request, "companies/quote_request.html", context, status=status)


@require_safe
def quote_sent(request, slug):
    company = selectors.company_detail(slug)
    if company is None:
        raise Http404
    context = {
        "company": company,
        "breadcrumbs": [
            {"title": _("Companies"), "url": reverse("companies:list")},
            {"title": company.name, "url": company.get_absolute_url()},
            {"title": _("Request sent"), "url": request.path},
        ],
    }
    return render(request, "companies/quote_sent.html", context)
