"""Preview of what is in an admin form, unsaved, in every language.

The change (and add) form has one button per language. It posts the form, as it is,
to the model admin's preview address; the data waits in the shared cache (every
worker sees it) under a random token for PREVIEW_SECONDS, and the new tab is sent
to /<language>/preview/<token>/ (form_preview). That view binds the admin's
own form and inline formsets to the data, validates it (errors: a page that lists
them), saves inside a transaction, renders the app's preview of the object in that
language and rolls the transaction back, as django-reversion's revision view does:
nothing reaches the database, the page cache (core.pagecache.unchanged), the search
index, the history or anyone's mailbox (on_commit hooks die with the rollback).
A file chosen in the form (a new image) is not kept: the preview shows the saved one.

Written here because no library previews a plain Django admin form; the model admin
names its app's preview renderer in ``preview_renderer``:
    renderer(request, obj, urls, unsaved) -> response; urls: the preview in every
    language (preview_context).
"""

import secrets

from django.apps import apps
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.utils import flatten_fieldsets, quote, unquote
from django.contrib.admin.views.decorators import staff_member_required
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import DatabaseError, transaction
from django.forms.formsets import all_valid
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect, QueryDict
from django.shortcuts import render
from django.urls import path, reverse
from django.utils import translation
from django.utils.datastructures import MultiValueDict
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from core import pagecache
from core.i18n import alternates_of, hreflang_of

PREVIEW_SECONDS = 30 * 60
# What the form posts that is not the object's data.
_NOT_DATA = {"csrfmiddlewaretoken", "_preview"}


def preview_context(urls, unsaved=False):
    """The context of a staff-only preview: its language links stay in preview
    (urls: the preview in every language), and no hreflang to the public site;
    unsaved: it shows what a form holds, not what is saved."""
    return {
        "preview": True,
        "preview_unsaved": unsaved,
        "alternate_urls": urls,
        "hreflang_urls": {},
    }


def render_detail(request, template, obj, *, preview=None, unsaved=False, **context):
    """An item's public page with its address in every language (the language
    switcher, hreflang), or its staff-only preview (preview: the preview's address
    in every language, preview_urls), which links to itself."""
    if preview is None:
        alternates = alternates_of(obj)
        context.update(
            alternate_urls=alternates,
            hreflang_urls=hreflang_of(obj, alternates),
            preview=False,
        )
    else:
        context.update(preview_context(preview, unsaved))
    return render(request, template, context)


def preview_urls(url_name, **kwargs):
    """A saved object's preview address (url_name) in every language."""
    urls = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            urls[code] = reverse(url_name, kwargs=kwargs)
    return urls


def no_store(response):
    """A preview is never stored by a browser or proxy, never indexed."""
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


class _RollBack(Exception):
    def __init__(self, response):
        self.response = response


def _in_dutch(request, template, context, status=200):
    """A page of the back office (errors, expired), in the admin's language."""
    with translation.override(settings.LANGUAGE_CODE):
        response = render(
            request,
            template,
            {**admin.site.each_context(request), **context},
            status=status,
        )
    return no_store(response)


@never_cache
@staff_member_required
@require_safe
def form_preview(request, token):
    """The preview of a form kept under token (PreviewMixin), in the language of the
    address: /nl/voorbeeld/<token>/, /en/preview/<token>/, /fr/apercu/<token>/."""
    stored = cache.get(f"preview:{token}")
    if stored is None or stored["user"] != request.user.pk:
        return _in_dutch(
            request,
            "admin/preview_expired.html",
            {
                "title": _("This preview is no longer available"),
                "preview_minutes": PREVIEW_SECONDS // 60,
            },
            status=404,
        )
    model_admin = admin.site.get_model_admin(apps.get_model(stored["model"]))
    return model_admin.preview_view(request, token, stored)


class PreviewMixin:
    """Model admin mixin: the preview buttons and views (see the module)."""

    preview_renderer = None

    def _preview_name(self, view):
        return f"{self.opts.app_label}_{self.opts.model_name}_{view}"

    def get_urls(self):
        if self.preview_renderer is None:
            return super().get_urls()
        wrap = self.admin_site.admin_view
        return [
            path(
                "preview/",
                wrap(self.preview_post_view),
                name=self._preview_name("preview_add"),
            ),
            path(
                "<path:object_id>/preview/",
                wrap(self.preview_post_view),
                name=self._preview_name("preview_change"),
            ),
            *super().get_urls(),
        ]

    def render_change_form(
        self, request, context, add=False, change=False, form_url="", obj=None
    ):
        if self.preview_renderer is not None and (
            self.has_change_permission(request, obj)
            if obj is not None
            else self.has_add_permission(request)
        ):
            if obj is not None:
                post_url = reverse(
                    f"admin:{self._preview_name('preview_change')}",
                    args=[quote(obj.pk)],
                )
            else:
                post_url = reverse(f"admin:{self._preview_name('preview_add')}")
            context["preview_post_url"] = post_url
            context["preview_languages"] = [
                (code, translation.get_language_info(code)["name_local"])
                for code, _name in settings.LANGUAGES
            ]
        return super().render_change_form(
            request, context, add=add, change=change, form_url=form_url, obj=obj
        )

    def _preview_allowed(self, request, obj):
        allowed = (
            self.has_change_permission(request, obj)
            if obj is not None
            else self.has_add_permission(request)
        )
        if not allowed:
            raise PermissionDenied

    def _preview_object(self, request, object_id):
        if object_id is None:
            return None
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404(gettext("This item does not exist (any more)."))
        return obj

    def preview_post_view(self, request, object_id=None):
        """The form, posted by a preview button: kept under a token, then shown."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        obj = self._preview_object(request, object_id)
        self._preview_allowed(request, obj)
        language = request.POST.get("_preview", "")
        if language not in dict(settings.LANGUAGES):
            language = settings.LANGUAGE_CODE
        token = secrets.token_urlsafe(24)
        cache.set(
            f"preview:{token}",
            {
                "model": self.opts.label_lower,
                "object_id": object_id,
                "user": request.user.pk,
                "data": [
                    (key, values)
                    for key, values in request.POST.lists()
                    if key not in _NOT_DATA
                ],
                "files": [upload.name for upload in request.FILES.values()],
            },
            PREVIEW_SECONDS,
        )
        with translation.override(language):
            url = reverse("form_preview", args=[token])
        return no_store(HttpResponseRedirect(url, status=303))

    def preview_view(self, request, token, stored):
        """The public page of the object as the form has it, in the active language;
        the form's errors instead when it has some."""
        obj = self._preview_object(request, stored["object_id"])
        self._preview_allowed(request, obj)
        data = QueryDict(mutable=True)
        for key, values in stored["data"]:
            data.setlist(key, values)
        files = MultiValueDict()
        language = translation.get_language()
        with translation.override(settings.LANGUAGE_CODE):  # errors in Dutch
            ModelForm = self.get_form(
                request,
                obj,
                change=obj is not None,
                fields=flatten_fieldsets(self.get_fieldsets(request, obj)),
            )
            form = ModelForm(data, files, instance=obj)
            formsets = self._preview_formsets(request, form.instance, obj, data, files)
            valid = form.is_valid() and all_valid(formsets)
            problems = [] if valid else _form_problems(form, formsets)
        if valid:
            urls = {}
            for code, _name in settings.LANGUAGES:
                with translation.override(code):
                    urls[code] = reverse("form_preview", args=[token])
            try:
                return self._preview_rendered(
                    request, form, formsets, language, urls, stored["files"]
                )
            except DatabaseError as error:  # a rule of the database, a stale version
                problems = [(_("Database"), [str(error)])]
        return _in_dutch(
            request,
            "admin/preview_errors.html",
            {
                "title": _("The preview cannot be shown"),
                "problems": problems,
                "object": obj,
                "opts": self.opts,
            },
        )

    def _preview_formsets(self, request, instance, obj, data, files):
        formsets, prefixes = [], {}
        args = [request] if obj is None else [request, obj]
        for FormSet, inline in self.get_formsets_with_inlines(*args):
            # The prefixes Django's change form gives its inlines.
            prefix = FormSet.get_default_prefix()
            prefixes[prefix] = prefixes.get(prefix, 0) + 1
            if prefixes[prefix] != 1 or not prefix:
                prefix = f"{prefix}-{prefixes[prefix]}"
            formsets.append(
                FormSet(
                    data,
                    files,
                    instance=instance,
                    prefix=prefix,
                    queryset=inline.get_queryset(request),
                )
            )
        return formsets

    def _preview_rendered(self, request, form, formsets, language, urls, files):
        try:
            with transaction.atomic(), pagecache.unchanged():
                obj = form.save()
                for formset in formsets:
                    formset.instance = obj
                    formset.save()
                obj.refresh_from_db()
                if files:  # shown in the page's messages, in the admin's language
                    with translation.override(settings.LANGUAGE_CODE):
                        note = gettext(
                            "The preview shows the file that is saved now, not the "
                            "one you chose (%(names)s): that one appears after saving."
                        ) % {"names": ", ".join(files)}
                    messages.warning(request, note)
                with translation.override(language):
                    response = self.preview_renderer(request, obj, urls, unsaved=True)
                    if hasattr(response, "render"):
                        response.render()
                raise _RollBack(response)
        except _RollBack as rolled_back:
            response = rolled_back.response
        response["Content-Language"] = language
        return no_store(response)


def _form_problems(form, formsets):
    """[(what, [messages])]: every error of the form and its inlines, by label."""
    problems = []
    for name, errors in form.errors.items():
        label = form.fields[name].label if name in form.fields else ""
        problems.append((label or gettext("The whole form"), errors))
    for formset in formsets:
        for number, errors in enumerate(formset.errors, start=1):
            for name, field_errors in errors.items():
                field = formset.forms[number - 1].fields.get(name)
                problems.append(
                    (
                        gettext("%(what)s, row %(number)s: %(field)s")
                        % {
                            "what": formset.model._meta.verbose_name,
                            "number": number,
                            "field": field.label if field else gettext("the row"),
                        },
                        field_errors,
                    )
                )
        for message in formset.non_form_errors():
            problems.append((formset.model._meta.verbose_name_plural, [message]))
    return problems
