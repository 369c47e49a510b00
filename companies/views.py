import json

from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.http import require_http_methods, require_safe

from companies import selectors, services
from companies.forms import (
    CompanyFilterForm,
    QuoteNeedForm,
    QuoteRequestForm,
    VacancyFilterForm,
)
from companies.models import Company, QuoteDelivery, QuoteRequest, Vacancy
from core.i18n import alternates_of, hreflang_of
from core.net import client_address
from core.preview import no_store, preview_context, preview_urls, render_detail
from core.sections import section_page

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
    if filters.reserved:
        remaining = params.copy()
        remaining.pop("reserved", None)
        links.append(
            {
                "label": _("May take part in reserved contracts"),
                "url": "?" + remaining.urlencode(),
            }
        )
    if filters.q:
        remaining = params.copy()
        remaining.pop("q", None)
        links.append({"label": f"“{filters.q}”", "url": "?" + remaining.urlencode()})
    return links


def _filter_context(request):
    options = selectors.filter_options()
    filters = CompanyFilterForm(request.GET, options).filters
    return filters, {
        "filters": filters,
        "options": options,
        "remove_links": _remove_links(request, filters, options),
    }


@require_safe
def company_list(request):
    filters, context = _filter_context(request)
    paginator = Paginator(selectors.company_list(filters), PAGE_SIZE)
    context.update(
        intro=section_page("companies"),
        page_obj=paginator.get_page(request.GET.get("page")),
        breadcrumbs=[{"title": _("Companies"), "url": request.path}],
    )
    return render(request, "companies/company_list.html", context)


@require_safe
def buy_social(request):
    filters, context = _filter_context(request)
    context.update(
        intro=section_page("buy_social"),
        catalogue=selectors.catalogue(filters),
        breadcrumbs=[{"title": _("Buy social!"), "url": request.path}],
    )
    return render(request, "companies/buy_social.html", context)


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
    company = get_object_or_404(Company.objects.visible(), slug=slug)
    alternates = alternates_of(company)
    return _render_company(
        request,
        company,
        alternate_urls=alternates,
        hreflang_urls=hreflang_of(company, alternates),
    )


def render_company_preview(request, company, urls, unsaved=False):
    """The staff-only preview of a company; urls: the preview in every language
    (also core.preview's preview of an unsaved form)."""
    context = preview_context(urls, unsaved)
    return no_store(_render_company(request, company, **context))


@never_cache
@staff_member_required
@require_safe
def company_preview(request, pk):
    company = get_object_or_404(Company, pk=pk)
    urls = preview_urls("companies:preview", pk=company.pk)
    return render_company_preview(request, company, urls)


def _render_company(request, company, **context):
    context = {
        **context,
        "company": company,
        "sectors": company.sectors.all(),
        # Not confirmed within CONFIRMATION_MONTHS: hidden until the owner confirms.
        "offerings": company.offerings.all() if company.offerings_visible() else [],
        "vacancies_visible": company.vacancies_visible(),
        "vacancies": company.vacancies.visible().order_by("-posted_on", "title", "pk"),
        "projects": company.projects.visible().order_by("-start_date", "pk"),
        "json_ld": _json_ld(request, company),
        "desk": bool(settings.SOCIAL_ECONOMY_DESK_EMAIL),
        "breadcrumbs": [
            {"title": _("Companies"), "url": reverse("companies:list")},
            {"title": company.name, "url": request.path},
        ],
    }
    return render(request, "companies/company_detail.html", context)


def _quote_form_page(request, form, context, *, company=None):
    """Store and send a valid request (or refuse it over the rate limit), else show
    the form with its errors. The only public forms, and the only public pages that
    set a cookie (CSRF)."""
    rate_limited = False
    if request.method == "POST" and form.is_valid():
        if form.is_spam():
            return redirect("companies:quote_sent", token=services.sent_token(None))
        if services.quote_rate_limited(client_address(request)):
            rate_limited = True
        else:
            quote = services.quote_request_create(
                form=form, company=company, language=translation.get_language()
            )
            return redirect("companies:quote_sent", token=services.sent_token(quote))
    privacy = section_page("privacy")
    context.update(
        form=form,
        rate_limited=rate_limited,
        desk=bool(settings.SOCIAL_ECONOMY_DESK_EMAIL),
        privacy_url=privacy.get_absolute_url() if privacy else "",
    )
    status = 429 if rate_limited else 200
    return render(request, "companies/quote_request.html", context, status=status)


@never_cache
@csrf_protect
@require_http_methods(["GET", "HEAD", "POST"])
def quote_request(request, slug):
    """A request to one company: only to one that offers something and has an
    address for quote requests, and whose offerings are confirmed."""
    company = get_object_or_404(
        Company.objects.visible()
        .offerings_confirmed()
        .exclude(quote_email="")
        .filter(offerings__isnull=False)
        .distinct(),
        slug=slug,
    )
    context = {
        "company": company,
        "breadcrumbs": [
            {"title": _("Companies"), "url": reverse("companies:list")},
            {"title": company.name, "url": company.get_absolute_url()},
            {"title": _("Ask for a quote"), "url": request.path},
        ],
    }
    form = QuoteRequestForm(request.POST or None)
    return _quote_form_page(request, form, context, company=company)


@never_cache
@csrf_protect
@require_http_methods(["GET", "HEAD", "POST"])
def quote_need(request):
    """One need for every company that offers what the buyer ticked (the catalogue
    and each offering link here with ?offering=…)."""
    form = QuoteNeedForm(request.POST or None)
    if request.method != "POST":
        # Preselect the offerings named in the address; an unknown one is left out.
        wanted = request.GET.getlist("offering")[:50]
        form.initial["offerings"] = list(
            form.fields["offerings"]
            .queryset.filter(slug__in=wanted)
            .values_list("pk", flat=True)
        )
    context = {
        "breadcrumbs": [
            {"title": _("Buy social!"), "url": reverse("companies:buy_social")},
            {"title": _("Describe what you need"), "url": request.path},
        ],
    }
    return _quote_form_page(request, form, context)


@never_cache
@require_safe
def quote_sent(request, token):
    """The confirmation: which companies the request went to (a signed link that
    works for a day; after that, or for a spam robot, a plain thank-you)."""
    quote = services.quote_from_sent_token(token)
    suppliers = []
    if quote is not None:
        suppliers = [
            delivery.company
            for delivery in quote.deliveries.filter(
                kind=QuoteDelivery.Kind.COMPANY
            ).select_related("company")
            if delivery.company
        ]
    context = {
        "quote": quote,
        "suppliers": suppliers,
        "desk": bool(settings.SOCIAL_ECONOMY_DESK_EMAIL),
        "keep_months": 12,
        "breadcrumbs": [
            {"title": _("Buy social!"), "url": reverse("companies:buy_social")},
            {"title": _("Request sent"), "url": request.path},
        ],
    }
    response = render(request, "companies/quote_sent.html", context)
    response["X-Robots-Tag"] = "noindex"
    return response


@never_cache
@csrf_protect
@require_http_methods(["GET", "HEAD", "POST"])
def quote_answer(request, token):
    """A company's answer ("we answered", "not for us") or the buyer's follow-up
    ("bought", "not bought", "still running"), from a signed link in a mail. The
    link shows one button (mail scanners open links; only a click records), and an
    answer is recorded once: a link used again, altered or expired changes nothing."""
    try:
        delivery, answer = services.answer_from_token(token)
    except services.LinkError as error:
        context = {"problem": error.reason}
        return render(request, "companies/quote_answer.html", context, status=400)
    recorded = None
    if request.method == "POST":
        recorded = services.answer_record(delivery, answer)
        delivery.refresh_from_db()
        delivery.request.refresh_from_db()
    if delivery.kind == QuoteDelivery.Kind.COMPANY:
        before = delivery.get_answer_display() if delivery.answer else ""
        label = QuoteDelivery.Answer(answer).label
    else:
        quote = delivery.request
        before = quote.get_outcome_display() if quote.outcome else ""
        label = QuoteRequest.Outcome(answer).label
    context = {
        "delivery": delivery,
        "answer_label": label,
        "before": before,
        "recorded": recorded,
    }
    return render(request, "companies/quote_answer.html", context)


# -- Vacancies ---------------------------------------------------------------------

VACANCY_PAGE_SIZE = 20
CITY_JOBS_URL = "https://jobs.gent.be/"


def _vacancy_remove_links(request, filters, options):
    labels = {
        "sector": {s.slug: s.name for s in options["sectors"]},
        "form": dict(options["forms"]),
        "company": {c.slug: c.name for c in options["companies"]},
    }
    links = []
    for name in ("sector", "form", "company"):
        if filters[name]:
            remaining = request.GET.copy()
            remaining.pop("page", None)
            remaining.pop(name, None)
            links.append(
                {
                    "label": str(labels[name][filters[name]]),
                    "url": "?" + remaining.urlencode(),
                }
            )
    return links


@require_safe
def vacancy_list(request):
    options = selectors.vacancy_filter_options()
    form = VacancyFilterForm(request.GET, options)
    filters = form.filters
    paginator = Paginator(selectors.vacancy_list(filters), VACANCY_PAGE_SIZE)
    sector = next((s for s in options["sectors"] if s.slug == filters["sector"]), None)
    context = {
        "filters": filters,
        "filters_active": any(filters.values()),
        "filters_ignored": form.ignored,
        "options": options,
        "remove_links": _vacancy_remove_links(request, filters, options),
        "page_obj": paginator.get_page(request.GET.get("page")),
        "sector": sector,
        "city_jobs_url": CITY_JOBS_URL,
        "companies_with_vacancies": selectors.companies_with_vacancies(),
        "breadcrumbs": [{"title": _("Vacancies"), "url": request.path}],
    }
    return render(request, "companies/vacancy_list.html", context)


def _vacancy_json_ld(request, vacancy):
    """schema.org JobPosting, only when every field it requires is real: the
    place of work is the company's full address."""
    company = vacancy.company
    if not (
        vacancy.title
        and vacancy.description
        and vacancy.posted_on
        and company.street
        and company.postcode
        and company.municipality
    ):
        return ""
    organisation = {"@type": "Organization", "name": company.name}
    if company.website:
        organisation["sameAs"] = company.website
    data = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": vacancy.title,
        "description": vacancy.description,
        "datePosted": vacancy.posted_on.isoformat(),
        "hiringOrganization": organisation,
        "jobLocation": {
            "@type": "Place",
            "address": {
                "@type": "PostalAddress",
                "streetAddress": company.street,
                "postalCode": company.postcode,
                "addressLocality": company.municipality,
                "addressCountry": "BE",
            },
        },
        "url": request.build_absolute_uri(vacancy.get_absolute_url()),
    }
    employment = {
        Vacancy.Hours.FULL_TIME: ["FULL_TIME"],
        Vacancy.Hours.PART_TIME: ["PART_TIME"],
        Vacancy.Hours.EITHER: ["FULL_TIME", "PART_TIME"],
    }.get(vacancy.hours)
    if employment:
        data["employmentType"] = employment
    return json.dumps(data, ensure_ascii=False)


def _render_vacancy(request, vacancy, *, preview=None, unsaved=False):
    return render_detail(
        request,
        "companies/vacancy_detail.html",
        vacancy,
        preview=preview,
        unsaved=unsaved,
        vacancy=vacancy,
        company=vacancy.company,
        json_ld=_vacancy_json_ld(request, vacancy),
        breadcrumbs=[
            {"title": _("Vacancies"), "url": reverse("companies:vacancies")},
            {"title": vacancy.title, "url": request.path},
        ],
    )


@require_safe
def vacancy_detail(request, pk):
    vacancy = get_object_or_404(
        Vacancy.objects.visible().select_related("company"), pk=pk
    )
    return _render_vacancy(request, vacancy)


def render_vacancy_preview(request, vacancy, urls, unsaved=False):
    return no_store(_render_vacancy(request, vacancy, preview=urls, unsaved=unsaved))


@never_cache
@staff_member_required
@require_safe
def vacancy_preview(request, pk):
    vacancy = get_object_or_404(Vacancy.objects.select_related("company"), pk=pk)
    urls = preview_urls("companies:vacancy_preview", pk=vacancy.pk)
    return render_vacancy_preview(request, vacancy, urls)
