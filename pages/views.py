import re

from django.contrib.admin.views.decorators import staff_member_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from core.preview import no_store, preview_urls, render_detail
from core.sections import section_page
from pages import selectors
from pages.models import HomePage, Page, Project


@require_safe
def home(request):
    return render(request, "pages/home.html", {"home": HomePage.load()})


def _render_page(request, page, *, preview=None, unsaved=False):
    return render_detail(
        request,
        "pages/page_detail.html",
        page,
        preview=preview,
        unsaved=unsaved,
        page=page,
        children=selectors.page_children(page),
        breadcrumbs=selectors.page_breadcrumbs(page),
    )


SLUG_PATH = re.compile(r"[-a-zA-Z0-9_]+(/[-a-zA-Z0-9_]+)*")


@require_safe
def page_detail(request, path):
    if not SLUG_PATH.fullmatch(path) or len(path) > 300:
        raise Http404
    page = selectors.page_by_path(path)
    if page is None:
        # A Dutch address under another language: send the visitor to the page's
        # own address in that language.
        page = selectors.page_by_path(path, dutch_slugs=True)
    if page is None or page.key in Page.APP_SECTIONS:
        raise Http404
    canonical = page.get_absolute_url()
    if request.path != canonical:
        return redirect(canonical, permanent=True)
    return _render_page(request, page)


@require_safe
def project_list(request):
    years = selectors.project_years()
    year = None
    year_error = ""
    raw_year = request.GET.get("year", "")
    if raw_year:
        if re.fullmatch(r"[0-9]{4}", raw_year) and int(raw_year) in years:
            year = int(raw_year)
        else:
            year_error = _(
                "There are no projects for that year. Choose a year from the list."
            )
    context = {
        "intro": section_page("projects"),
        "projects": selectors.project_list(year),
        "years": years,
        "year": year,
        "year_error": year_error,
        "breadcrumbs": [{"title": _("Projects"), "url": request.path}],
    }
    return render(request, "pages/project_list.html", context)


def _render_project(request, project, *, preview=None, unsaved=False):
    return render_detail(
        request,
        "pages/project_detail.html",
        project,
        preview=preview,
        unsaved=unsaved,
        project=project,
        breadcrumbs=[
            {"title": _("Projects"), "url": reverse("pages:project_list")},
            {"title": project.title, "url": request.path},
        ],
    )


@require_safe
def project_detail(request, slug):
    project = selectors.project_by_slug(slug)
    if project is None:
        raise Http404
    canonical = project.get_absolute_url()
    if request.path != canonical:
        return redirect(canonical, permanent=True)
    return _render_project(request, project)


def render_page_preview(request, page, urls, unsaved=False):
    """The staff-only preview of a page; urls: the preview in every language (also
    core.preview's preview of an unsaved form)."""
    return no_store(_render_page(request, page, preview=urls, unsaved=unsaved))


def render_project_preview(request, project, urls, unsaved=False):
    return no_store(_render_project(request, project, preview=urls, unsaved=unsaved))


@never_cache
@staff_member_required
@require_safe
def page_preview(request, pk):
    page = get_object_or_404(Page.objects.select_related("parent__parent"), pk=pk)
    urls = preview_urls("pages:page_preview", pk=page.pk)
    return render_page_preview(request, page, urls)


@never_cache
@staff_member_required
@require_safe
def project_preview(request, pk):
    project = get_object_or_404(Project, pk=pk)
    urls = preview_urls("pages:project_preview", pk=project.pk)
    return render_project_preview(request, project, urls)
