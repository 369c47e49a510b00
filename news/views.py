from django.contrib.admin.views.decorators import staff_member_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from core.preview import no_store, preview_urls, render_detail
from news import ics, selectors

PAGE_SIZE = 20


# --- news --------------------------------------------------------------------------
@require_safe
def news_list(request):
    paginator = Paginator(selectors.news_list(), PAGE_SIZE)
    context = {
        "page_obj": paginator.get_page(request.GET.get("page")),
        "breadcrumbs": [{"title": _("News"), "url": request.path}],
    }
    return render(request, "news/news_list.html", context)


def _render_news(request, item, *, preview=None, unsaved=False):
    return render_detail(
        request,
        "news/news_detail.html",
        item,
        preview=preview,
        unsaved=unsaved,
        item=item,
        companies=getattr(item, "visible_companies", []),
        projects=getattr(item, "visible_projects", []),
        breadcrumbs=[
            {"title": _("News"), "url": reverse("news:news_list")},
            {"title": item.title, "url": request.path},
        ],
    )


@require_safe
def news_detail(request, slug):
    item = selectors.news_by_slug(slug)
    if item is None:
        raise Http404
    return _render_news(request, item)


def render_news_preview(request, item, urls, unsaved=False):
    """The staff-only preview of a news item (also core.preview's preview of an
    unsaved form, where the links are not saved yet)."""
    return no_store(_render_news(request, item, preview=urls, unsaved=unsaved))


@never_cache
@staff_member_required
@require_safe
def news_preview(request, pk):
    item = selectors.news_by_pk(pk)
    if item is None:
        raise Http404
    urls = preview_urls("news:news_preview", pk=item.pk)
    return render_news_preview(request, item, urls)


# --- events ------------------------------------------------------------------------
def _event_list(request, events, *, archive):
    paginator = Paginator(events, PAGE_SIZE)
    title = _("Past events") if archive else _("Events")
    breadcrumbs = [{"title": _("Events"), "url": reverse("news:event_list")}]
    if archive:
        breadcrumbs.append({"title": title, "url": request.path})
    context = {
        "page_obj": paginator.get_page(request.GET.get("page")),
        "archive": archive,
        "list_title": title,
        "breadcrumbs": breadcrumbs,
    }
    return render(request, "news/event_list.html", context)


@require_safe
def event_list(request):
    return _event_list(request, selectors.event_upcoming_list(), archive=False)


@require_safe
def event_archive(request):
    return _event_list(request, selectors.event_past_list(), archive=True)


def _render_event(request, event, *, preview=None, unsaved=False):
    past = event.is_past()
    return render_detail(
        request,
        "news/event_detail.html",
        event,
        preview=preview,
        unsaved=unsaved,
        event=event,
        is_past=past,
        companies=getattr(event, "visible_companies", []),
        projects=getattr(event, "visible_projects", []),
        breadcrumbs=[
            {"title": _("Events"), "url": reverse("news:event_list")},
            *(
                [{"title": _("Past events"), "url": reverse("news:event_archive")}]
                if past
                else []
            ),
            {"title": event.title, "url": request.path},
        ],
    )


@require_safe
def event_detail(request, slug):
    event = selectors.event_by_slug(slug)
    if event is None:
        raise Http404
    return _render_event(request, event)


def render_event_preview(request, event, urls, unsaved=False):
    return no_store(_render_event(request, event, preview=urls, unsaved=unsaved))


@never_cache
@staff_member_required
@require_safe
def event_preview(request, pk):
    event = selectors.event_by_pk(pk)
    if event is None:
        raise Http404
    urls = preview_urls("news:event_preview", pk=event.pk)
    return render_event_preview(request, event, urls)


@require_safe
def event_ics(request, slug):
    event = selectors.visible_event(slug)
    if event is None:
        raise Http404
    content = ics.calendar_of([event], request, event.title)
    return ics.ics_response(content, f"{event.slug}.ics")


@require_safe
def event_calendar(request):
    events = selectors.event_upcoming_list(timezone.now())
    content = ics.calendar_of(events, request, _("Events of Ghent's social economy"))
    return ics.ics_response(content, "calendar.ics")
