"""Owners and review dates (issue 17, part B1).

Content that is Reviewed has an owner and a date it was last checked. After the
kind's interval a check is due again: lists filter on it, the admin index counts
it, the owners get a weekly reminder (send_review_reminders), and the change form
offers "Mark as checked" (a date and a history line, no new version).
"""

from django.apps import apps
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.admin.options import IS_POPUP_VAR
from django.contrib.admin.utils import flatten, unquote
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils import formats, translation
from django.utils.text import capfirst
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from post_office import mail

from core import dashboard, pagecache
from core.freshness import add_months, today
from core.models import Reviewed

# In the history, in the language of the admin (Dutch) when it was written.
CHECKED_MESSAGE = _("Marked as checked")


def review_interval(model):
    """Months between checks: the setting REVIEW_INTERVAL_MONTHS per kind
    ("pages.page": 12), else the model's review_interval_months."""
    overrides = getattr(settings, "REVIEW_INTERVAL_MONTHS", {})
    return overrides.get(model._meta.label_lower, model.review_interval_months)


def due_date(obj):
    """When the next check is due; None when never checked (due now)."""
    if obj.reviewed_at is None:
        return None
    return add_months(obj.reviewed_at, review_interval(type(obj)))


def review_due(queryset_or_model, on=None):
    """The items whose check is due on this day: never checked, or checked at
    least the interval ago."""
    queryset = getattr(queryset_or_model, "objects", queryset_or_model)
    queryset = queryset.all()
    return queryset.filter(due_q(queryset.model, on))


def due_q(model, on=None):
    """The condition "a check is due" for a model's rows, as a Q."""
    cutoff = add_months(on or today(), -review_interval(model))
    return Q(reviewed_at__isnull=True) | Q(reviewed_at__lte=cutoff)


def is_reviewed_model(model):
    return issubclass(model, Reviewed)


def reviewed_models():
    """Every concrete Reviewed model."""
    return [model for model in apps.get_models() if is_reviewed_model(model)]


def mark_reviewed(model, objects, user, on=None):
    """Record that these items were checked today: one update (no signals, so no
    new version), a line in each item's history, and a new page-cache generation
    (an update sends no signal)."""
    objects = list(objects)
    if not objects:
        return 0
    on = on or today()
    model._base_manager.filter(pk__in=[obj.pk for obj in objects]).update(
        reviewed_at=on
    )
    for obj in objects:
        obj.reviewed_at = on
    LogEntry.objects.log_actions(
        user.pk,
        objects,
        CHANGE,
        change_message=str(CHECKED_MESSAGE),
        single_object=len(objects) == 1,
    )
    pagecache.content_changed()
    return len(objects)


class ReviewDueFilter(admin.SimpleListFilter):
    title = _("review due")
    parameter_name = "review_due"

    def lookups(self, request, model_admin):
        return [("yes", _("Yes")), ("no", _("No"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(due_q(queryset.model))
        if self.value() == "no":
            return queryset.exclude(due_q(queryset.model))
        return queryset


class OwnerFilter(admin.SimpleListFilter):
    title = _("owner")
    parameter_name = "owner"

    def lookups(self, request, model_admin):
        return [("me", _("Me")), ("nobody", _("Nobody"))]

    def queryset(self, request, queryset):
        if self.value() == "me":
            return queryset.filter(owner=request.user)
        if self.value() == "nobody":
            return queryset.filter(owner__isnull=True)
        return queryset


class ReviewAdminMixin:
    """Owner field, review filters and column, and "Mark as checked" (a button on
    the change form and an action in the list) for Reviewed models; nothing for
    the others."""

    def reviews(self):
        return is_reviewed_model(self.model)

    def get_fieldsets(self, request, obj=None):
        fieldsets = list(super().get_fieldsets(request, obj))
        if not self.reviews():
            return fieldsets
        present = any(
            "owner" in flatten(options.get("fields", ()))
            for _name, options in fieldsets
        )
        if not present:
            fieldsets.append((_("Review"), {"fields": ["owner"]}))
        return fieldsets

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if self.reviews() and db_field.name == "owner":
            kwargs["queryset"] = get_user_model().objects.filter(
                is_active=True, is_staff=True
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_list_filter(self, request):
        filters = list(super().get_list_filter(request))
        if self.reviews():
            for list_filter in (ReviewDueFilter, OwnerFilter):
                if list_filter not in filters:
                    filters.append(list_filter)
        return filters

    def get_list_display(self, request):
        columns = list(super().get_list_display(request))
        if self.reviews() and "review_checked_on" not in columns:
            columns.append("review_checked_on")
        return columns

    @admin.display(description=_("checked on"), ordering="reviewed_at")
    def review_checked_on(self, obj):
        if obj.reviewed_at is None:
            return gettext("never")
        return formats.date_format(obj.reviewed_at, "SHORT_DATE_FORMAT")

    def get_actions(self, request):
        actions = super().get_actions(request)
        popup = self.actions is None or IS_POPUP_VAR in request.GET
        if self.reviews() and not popup and self.has_change_permission(request):
            actions["mark_reviewed"] = (
                ReviewAdminMixin.mark_reviewed_action,
                "mark_reviewed",
                _("Mark as checked"),
            )
        return actions

    def mark_reviewed_action(self, request, queryset):
        allowed = [obj for obj in queryset if self.has_change_permission(request, obj)]
        count = mark_reviewed(self.model, allowed, request.user)
        self.message_user(
            request,
            ngettext(
                "%(count)d item marked as checked.",
                "%(count)d items marked as checked.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )

    def get_urls(self):
        urls = super().get_urls()
        if not self.reviews():
            return urls
        opts = self.model._meta
        return [
            path(
                "<path:object_id>/reviewed/",
                self.admin_site.admin_view(self.reviewed_view),
                name=f"{opts.app_label}_{opts.model_name}_reviewed",
            )
        ] + urls

    def reviewed_view(self, request, object_id):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        obj = get_object_or_404(self.model._base_manager, pk=unquote(object_id))
        if not self.has_change_permission(request, obj):
            raise PermissionDenied
        mark_reviewed(self.model, [obj], request.user)
        self.message_user(request, gettext("Marked as checked."), messages.SUCCESS)
        opts = self.model._meta
        return HttpResponseRedirect(
            reverse(
                f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_change",
                args=[obj.pk],
            )
        )

    def render_change_form(
        self, request, context, add=False, change=False, form_url="", obj=None
    ):
        original = context.get("original")
        if (
            self.reviews()
            and original is not None
            and original.pk is not None
            and self.has_change_permission(request, original)
        ):
            opts = self.model._meta
            context["review_url"] = reverse(
                f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_reviewed",
                args=[original.pk],
            )
            reviewed_at = (
                self.model._base_manager.filter(pk=original.pk)
                .values_list("reviewed_at", flat=True)
                .first()
            )
            context["review_date"] = reviewed_at
        return super().render_change_form(request, context, add, change, form_url, obj)


def changelist_due_url(model, site=admin.site):
    opts = model._meta
    return (
        reverse(f"{site.name}:{opts.app_label}_{opts.model_name}_changelist")
        + f"?{ReviewDueFilter.parameter_name}=yes"
    )


@dashboard.register
def review_lines(request):
    """Per kind the user may change: how many items are due for a check."""
    lines = []
    for model in reviewed_models():
        if not admin.site.is_registered(model):
            continue
        model_admin = admin.site.get_model_admin(model)
        if not model_admin.has_change_permission(request):
            continue
        kind = capfirst(model._meta.verbose_name_plural)
        lines.append(
            dashboard.Attention(
                gettext("%(kind)s: review due") % {"kind": kind},
                review_due(model).count(),
                changelist_due_url(model),
                kind="review-due",
            )
        )
    return lines


# --- Reminders ----------------------------------------------------------------

REMINDER_LANGUAGE = "nl"  # users have no language of their own


def _site_url():
    return getattr(settings, "SITE_URL", "").rstrip("/")


def _change_url(obj):
    opts = obj._meta
    return _site_url() + reverse(
        f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk]
    )


def send_review_reminders(on=None):
    """Queue one mail per active owner with an address, listing their items whose
    check is due. Returns the number of mails queued."""
    per_owner = {}
    for model in reviewed_models():
        if not admin.site.is_registered(model):
            continue  # no change form to link to
        due = (
            review_due(model, on)
            .filter(owner__is_active=True)
            .exclude(owner__email="")
            .select_related("owner")
            .order_by("pk")
        )
        for obj in due:
            per_owner.setdefault(obj.owner.email, []).append(obj)
    for email, objects in sorted(per_owner.items()):
        with translation.override(REMINDER_LANGUAGE):
            context = {
                "count": len(objects),
                "items": [
                    {
                        "kind": capfirst(obj._meta.verbose_name),
                        "title": str(obj),
                        "due_since": due_date(obj),
                        "url": _change_url(obj),
                    }
                    for obj in objects
                ],
                "admin_url": _site_url() + reverse("admin:index"),
            }
            subject = " ".join(
                render_to_string(
                    "core/email/review_reminder_subject.txt", context
                ).split()
            )
            message = render_to_string("core/email/review_reminder.txt", context)
        mail.send([email], subject=subject, message=message, priority="medium")
    return len(per_owner)
