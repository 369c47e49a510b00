"""Working copies of published items and a four-eyes publish.

Someone without core.publish_content (the Redacteurs) who saves an item that is live
stores the admin form as the item's WorkingCopy: every check of the form and its
inline formsets runs, nothing of the item changes, no history (django-reversion) is
recorded and the page cache stays. "Submit for review" makes the copy, with the status
"published", wait for the Eindredacteurs (core.permissions), also for an item that is
not yet published. Whoever opens the item sees the copy in the form (the admin's form
and formsets bound to its data); someone who may publish publishes it by an ordinary
save (recorded in the history; the copy is deleted, its author mailed) or sends it
back with a comment. The mail waits in django-post-office's queue (retried by
`send_queued_mail`).

Scheduled publication stays decided at request time by the item's own fields: a
published copy with a future "publish from" on a live item takes the whole item off
the site until that moment (the admin says so); there is no "new text from then on,
old text until then".

Written here: django-reversion keeps what was saved, not what waits; Wagtail's
drafts and workflows need Wagtail's page models; django-moderation is unmaintained and
replaces the admin's own forms.
"""

from functools import partial

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import transaction
from django.db.models import BooleanField, OuterRef, Subquery
from django.db.models.fields.files import FieldFile, FileField
from django.http import HttpResponseRedirect, QueryDict
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.datastructures import MultiValueDict
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from post_office import mail

from core.models import Publishable, WorkingCopy
from core.permissions import PUBLISH_PERMISSION, PUBLISHER_GROUP

SUBMIT = "_submit_for_review"
SEND_BACK = "_send_back"
DISCARD = "_discard_working_copy"
TOKEN = "_working_copy"  # which copy the form showed: only that one is published
COMMENT = "_review_comment"


def publish_field(model):
    """The field that puts an item on the site: a Publishable's status, or a
    "published" switch (companies); None for what has no working copies."""
    if issubclass(model, Publishable):
        return "status"
    field = next((f for f in model._meta.fields if f.name == "published"), None)
    return "published" if isinstance(field, BooleanField) else None


def published_value(model):
    """The form's value of publish_field for "published"."""
    return Publishable.Status.PUBLISHED if issubclass(model, Publishable) else "on"


def is_live(obj):
    """Whether the item is published in the database (whatever the form holds)."""
    field = publish_field(type(obj))
    stored = (
        type(obj)._base_manager.filter(pk=obj.pk).values_list(field, flat=True).first()
    )
    return stored in (True, Publishable.Status.PUBLISHED)


def working_copy_get(obj):
    if obj is None or obj.pk is None or publish_field(type(obj)) is None:
        return None
    return (
        WorkingCopy.objects.select_related("author", "reviewer")
        .filter(content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk)
        .first()
    )


def working_copy_token(copy):
    return f"{copy.pk}:{copy.updated_at.timestamp()}"


def working_copy_data(copy):
    data = QueryDict(mutable=True)
    for key, values in copy.form_data.items():
        data.setlist(key, values)
    return data


def working_copy_files(copy, obj, uploaded=None, data=None):
    """The files the copy holds, as stored files, under what was uploaded now; none
    for a field whose "clear" box is ticked."""
    files = MultiValueDict()
    for name, stored in copy.files.items():
        if data is not None and data.get(f"{name}-clear"):
            continue
        field = obj._meta.get_field(name)
        files[name] = FieldFile(obj, field, stored)
    if uploaded:
        for name in uploaded:
            files.setlist(name, uploaded.getlist(name))
    return files


def working_copy_save(obj, user, data, uploads, previous=None, submit=False):
    """Store the form's data as the item's working copy (a draft, or submitted).

    uploads: {field: new file} from the form; they are stored now under the
    field's storage, since the item itself keeps its own files."""
    copy = previous or WorkingCopy(
        content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk
    )
    files = dict(copy.files)
    for name, upload in uploads.items():
        field = obj._meta.get_field(name)
        if upload is False:  # cleared in the form
            files.pop(name, None)
        elif upload:
            if name in files:  # replaced: the former upload of this copy goes
                transaction.on_commit(partial(field.storage.delete, files[name]))
            files[name] = field.storage.save(
                field.generate_filename(obj, upload.name), upload
            )
    form_data = {
        key: data.getlist(key)
        for key in data
        if key != "csrfmiddlewaretoken" and not key.startswith("_")
    }
    # Not in the form for this user (core.drafts.WorkingCopyMixin.get_form).
    field = publish_field(type(obj))
    value = published_value(type(obj)) if submit else getattr(obj, field)
    form_data.pop(field, None)
    if value:
        form_data[field] = ["on" if value is True else value]
    copy.form_data, copy.files, copy.author = form_data, files, user
    copy.state = WorkingCopy.State.SUBMITTED if submit else WorkingCopy.State.DRAFT
    copy.submitted_at = timezone.now() if submit else None
    copy.reviewer, copy.comment = None, ""
    copy.save()
    return copy


def _user_name(user):
    if user is None:
        return gettext("someone")
    return user.get_full_name() or user.get_username()


def _send(recipients, subject, message):
    recipients = sorted({address for address in recipients if address})
    if recipients:
        mail.send(recipients, subject=subject, message=message, priority="medium")


def working_copy_submitted_mail(copy, obj, link):
    from django.contrib.auth import get_user_model

    publishers = get_user_model().objects.filter(
        groups__name=PUBLISHER_GROUP, is_active=True
    )
    _send(
        publishers.exclude(pk=copy.author_id).values_list("email", flat=True),
        gettext("To review: %(item)s") % {"item": obj},
        gettext(
            "%(author)s submitted changes to “%(item)s” for review. Visitors see "
            "them once you publish them.\n\nOpen them in the back office: %(link)s\n"
        )
        % {"author": _user_name(copy.author), "item": obj, "link": link},
    )


def working_copy_send_back(copy, obj, reviewer, comment, link):
    copy.state, copy.reviewer, copy.comment = (
        WorkingCopy.State.SENT_BACK,
        reviewer,
        comment,
    )
    copy.save(update_fields=["state", "reviewer", "comment", "updated_at"])
    if copy.author and copy.author != reviewer:
        _send(
            [copy.author.email],
            gettext("Sent back: %(item)s") % {"item": obj},
            gettext(
                "%(reviewer)s sent your changes to “%(item)s” back, with this "
                "comment:\n\n%(comment)s\n\nOpen them in the back office: %(link)s\n"
            )
            % {
                "reviewer": _user_name(reviewer),
                "item": obj,
                "comment": comment,
                "link": link,
            },
        )


def working_copy_delete(copy, obj):
    """Delete the copy, and after the commit the files that only it used."""
    for name, stored in copy.files.items():
        current = getattr(obj, name, None)
        if not current or current.name != stored:
            storage = obj._meta.get_field(name).storage
            transaction.on_commit(partial(storage.delete, stored))
    copy.delete()


def working_copy_published(copy, obj, publisher, link):
    author = copy.author
    working_copy_delete(copy, obj)
    if author and author != publisher:
        _send(
            [author.email],
            gettext("Published: %(item)s") % {"item": obj},
            gettext(
                "%(publisher)s published your changes to “%(item)s”: visitors see "
                "them now.\n\nIn the back office: %(link)s\n"
            )
            % {"publisher": _user_name(publisher), "item": obj, "link": link},
        )


def working_copies_for(user):
    """The dashboard's lines: copies waiting for this user's review, and the user's
    own copies. Each: item, its admin address, the copy."""

    def lines(copies):
        found = []
        for copy in copies.select_related("content_type", "author", "reviewer"):
            model = copy.content_type.model_class()
            item = model and model._base_manager.filter(pk=copy.object_id).first()
            if item is not None:
                url = reverse(
                    f"admin:{model._meta.app_label}_{model._meta.model_name}_change",
                    args=[copy.object_id],
                )
                kind = capfirst(model._meta.verbose_name)
                found.append({"item": item, "kind": kind, "url": url, "copy": copy})
        return found

    review = []
    if user.has_perm(PUBLISH_PERMISSION):
        review = lines(
            WorkingCopy.objects.filter(state=WorkingCopy.State.SUBMITTED).order_by(
                "submitted_at"
            )
        )
    return {"review": review, "own": lines(WorkingCopy.objects.filter(author=user))}


class UnpublishedChangesFilter(admin.SimpleListFilter):
    title = _("unpublished changes")
    parameter_name = "working_copy"

    def lookups(self, request, model_admin):
        return [("any", _("with a working copy")), *WorkingCopy.State.choices]

    def queryset(self, request, queryset):
        if self.value() == "any":
            return queryset.filter(working_copy_state__isnull=False)
        if self.value() in WorkingCopy.State.values:
            return queryset.filter(working_copy_state=self.value())
        return queryset


class WorkingCopyMixin:
    """Working copies in a content admin (core.admin.ContentAdmin); does nothing for
    a model without publish_field."""

    def _drafts(self):
        return publish_field(self.model) is not None

    def can_publish(self, request):
        return request.user.has_perm(PUBLISH_PERMISSION)

    def _copy(self, request, obj):
        """The item's working copy, read once per request."""
        if obj is None or obj.pk is None:
            return None
        cache = request.__dict__.setdefault("working_copies", {})
        key = (self.model._meta.label_lower, obj.pk)
        if key not in cache:
            cache[key] = working_copy_get(obj)
        return cache[key]

    def _change_url(self, request, obj):
        opts = self.model._meta
        return request.build_absolute_uri(
            reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
        )

    # The list: a column and a filter.

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if not self._drafts():
            return queryset
        copies = WorkingCopy.objects.filter(
            content_type=ContentType.objects.get_for_model(self.model),
            object_id=OuterRef("pk"),
        )
        return queryset.annotate(working_copy_state=Subquery(copies.values("state")))

    def get_list_display(self, request):
        columns = list(super().get_list_display(request))
        if not self._drafts():
            return columns
        field = publish_field(self.model)
        at = columns.index(field) + 1 if field in columns else len(columns)
        return [*columns[:at], "unpublished_changes", *columns[at:]]

    def get_list_filter(self, request):
        filters = list(super().get_list_filter(request))
        return [*filters, UnpublishedChangesFilter] if self._drafts() else filters

    @admin.display(description=_("unpublished changes"), ordering="working_copy_state")
    def unpublished_changes(self, obj):
        state = getattr(obj, "working_copy_state", None)
        return WorkingCopy.State(state).label if state else None

    # The form.

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        request.working_copy_mode = None
        if self._drafts() and object_id and request.method == "POST":
            obj = self.get_object(request, unquote(object_id))
            if obj is not None and self.has_change_permission(request, obj):
                response = self._copy_action(request, obj)
                if response is not None:
                    return response
                if "_saveasnew" not in request.POST and not self.can_publish(request):
                    if SUBMIT in request.POST:
                        request.working_copy_mode = "submit"
                    elif is_live(obj) or self._copy(request, obj):
                        request.working_copy_mode = "save"
        return super().changeform_view(request, object_id, form_url, extra_context)

    def revision_view(self, request, object_id, version_id, extra_context=None):
        """django-reversion's "revert to this version" writes the old version into
        the item before its form is saved: for someone who may not publish a live
        item, the posted form (the old version) becomes the working copy instead."""
        if (
            request.method == "POST"
            and self._drafts()
            and not self.can_publish(request)
        ):
            obj = self.get_object(request, unquote(object_id))
            if obj is not None and (is_live(obj) or self._copy(request, obj)):
                return self.changeform_view(
                    request, object_id, request.path, extra_context
                )
        return super().revision_view(request, object_id, version_id, extra_context)

    def _copy_action(self, request, obj):
        """Discard or send back: a response, or None for an ordinary save."""
        copy = self._copy(request, obj)
        if copy is None or not (DISCARD in request.POST or SEND_BACK in request.POST):
            return None
        back = HttpResponseRedirect(request.get_full_path())
        if DISCARD in request.POST and (
            self.can_publish(request) or copy.author == request.user
        ):
            working_copy_delete(copy, obj)
            messages.success(
                request,
                gettext(
                    "The working copy was discarded: the form shows the item as "
                    "visitors see it."
                ),
            )
        elif SEND_BACK in request.POST and self.can_publish(request):
            comment = request.POST.get(COMMENT, "").strip()
            if not comment:
                messages.error(
                    request,
                    gettext("Write a comment for the author: it says what to change."),
                )
                return back
            working_copy_send_back(
                copy, obj, request.user, comment, self._change_url(request, obj)
            )
            messages.success(
                request,
                gettext("The changes were sent back to %(author)s with your comment.")
                % {"author": _user_name(copy.author)},
            )
        else:
            messages.error(request, gettext("You may not do this."))
        return back

    def get_form(self, request, obj=None, change=False, **kwargs):
        form_class = super().get_form(request, obj, change, **kwargs)
        if not self._drafts():
            return form_class
        locked = None if self.can_publish(request) else publish_field(self.model)
        copy = self._copy(request, obj)
        token = working_copy_token(copy) if copy else ""
        mode = getattr(request, "working_copy_mode", None)

        class WorkingCopyForm(form_class):
            def __init__(self, data=None, files=None, *args, **kwargs):
                if copy is not None and data is None:
                    data = working_copy_data(copy)
                    files = working_copy_files(copy, obj)
                elif copy is not None:
                    files = working_copy_files(copy, obj, files, data)
                super().__init__(data, files, *args, **kwargs)
                for name, stored in (files or {}).items():  # "Currently: …"
                    if name in self.fields and isinstance(stored, FieldFile):
                        self.initial[name] = stored

            def clean(self):
                cleaned_data = super().clean()
                # Another editor's working copy, saved since this form was opened.
                if mode and self.data.get(TOKEN, token) != token:
                    raise ValidationError(
                        gettext(
                            "Someone else saved a working copy of this item after "
                            "you opened it, so your changes were not saved: they "
                            "would undo theirs. Open the item again to see that "
                            "working copy, and make your changes there."
                        )
                    )
                return cleaned_data

        if locked in WorkingCopyForm.base_fields:  # only a publisher publishes
            WorkingCopyForm.base_fields[locked].disabled = True
            WorkingCopyForm.base_fields[locked].help_text = _(
                "A final editor (Eindredacteur) publishes: use 'Submit for review'."
            )
        return WorkingCopyForm

    def get_formset_kwargs(self, request, obj, inline, prefix):
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        copy = self._drafts() and self._copy(request, obj)
        if copy and request.method != "POST":
            kwargs.update(data=working_copy_data(copy), files=MultiValueDict())
        return kwargs

    def render_change_form(
        self, request, context, add=False, change=False, form_url="", obj=None
    ):
        if self._drafts():
            copy = self._copy(request, obj)
            context["drafts"] = {
                "copy": copy,
                "token": copy and working_copy_token(copy),
                "can_publish": self.can_publish(request),
                "can_submit": change and not self.can_publish(request),
                "can_discard": copy is not None
                and (self.can_publish(request) or copy.author == request.user),
            }
            if copy is not None and request.method != "POST":
                messages.info(request, self._notice(copy))
                if context.get("errors"):
                    # Say, the item was saved after the copy was made (core.locking).
                    messages.warning(
                        request,
                        gettext(
                            "This working copy can no longer be saved as it is (see "
                            "the errors below). Note what it changes, discard it to "
                            "see the published version, and make the changes again."
                        ),
                    )
        return super().render_change_form(request, context, add, change, form_url, obj)

    def _notice(self, copy):
        values = {
            "author": _user_name(copy.author),
            "when": formats.date_format(
                timezone.localtime(copy.updated_at), "DATETIME_FORMAT"
            ),
            "state": copy.get_state_display(),
        }
        notice = (
            gettext(
                "This form shows the working copy of %(author)s (%(when)s; "
                "%(state)s). Visitors see the published version until it is "
                "published."
            )
            % values
        )
        if copy.state == WorkingCopy.State.SENT_BACK and copy.comment:
            notice += " " + gettext("Comment of %(reviewer)s: %(comment)s") % {
                "reviewer": _user_name(copy.reviewer),
                "comment": copy.comment,
            }
        return notice

    # Saving.

    def save_model(self, request, obj, form, change):
        mode = getattr(request, "working_copy_mode", None)
        if mode:
            uploads = {
                name: form.cleaned_data.get(name)
                for name in form.changed_data
                if isinstance(_model_field(obj, name), FileField)
                and (name in request.FILES or form.cleaned_data.get(name) is False)
            }
            copy = working_copy_save(
                obj,
                request.user,
                request.POST,
                uploads,
                previous=self._copy(request, obj),
                submit=mode == "submit",
            )
            if mode == "submit":
                working_copy_submitted_mail(copy, obj, self._change_url(request, obj))
            return
        copy = self._copy(request, obj) if change else None
        super().save_model(request, obj, form, change)
        if copy is not None and request.POST.get(TOKEN) == working_copy_token(copy):
            working_copy_published(
                copy, obj, request.user, self._change_url(request, obj)
            )
            request.working_copies.clear()
            messages.success(request, gettext("The working copy is published."))
            start = getattr(obj, "publish_from", None)
            if obj.__dict__.get("status") == Publishable.Status.PUBLISHED and (
                start and start > timezone.now()
            ):
                messages.warning(
                    request,
                    gettext(
                        "This item is off the site until %(moment)s (its 'publish "
                        "from'); then it appears with these changes. Until then "
                        "visitors see nothing of it, not its former text either."
                    )
                    % {
                        "moment": formats.date_format(
                            timezone.localtime(start), "DATETIME_FORMAT"
                        )
                    },
                )

    def save_related(self, request, form, formsets, change):
        if not getattr(request, "working_copy_mode", None):
            super().save_related(request, form, formsets, change)

    def construct_change_message(self, request, form, formsets, add=False):
        if getattr(request, "working_copy_mode", None):
            return []  # nothing changed (the formsets were not saved)
        return super().construct_change_message(request, form, formsets, add)

    def log_change(self, request, obj, message):
        if not getattr(request, "working_copy_mode", None):
            return super().log_change(request, obj, message)
        return None

    def response_change(self, request, obj):
        mode = getattr(request, "working_copy_mode", None)
        if not mode:
            return super().response_change(request, obj)
        if mode == "submit":
            messages.success(
                request,
                gettext(
                    "Your changes were submitted for review. The final editors get "
                    "an e-mail; visitors see the changes once they are published."
                ),
            )
        else:
            messages.success(
                request,
                gettext(
                    "Your changes were saved as a working copy: visitors see them "
                    "only after publication."
                ),
            )
        opts = self.model._meta
        if "_continue" in request.POST:
            return HttpResponseRedirect(request.get_full_path())
        return HttpResponseRedirect(
            reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
        )

    def delete_model(self, request, obj):
        copy = self._drafts() and self._copy(request, obj)
        super().delete_model(request, obj)
        if copy:
            working_copy_delete(copy, obj)

    def delete_queryset(self, request, queryset):
        if self._drafts():
            WorkingCopy.objects.filter(
                content_type=ContentType.objects.get_for_model(self.model),
                object_id__in=list(queryset.values_list("pk", flat=True)),
            ).delete()
        super().delete_queryset(request, queryset)


def _model_field(obj, name):
    try:
        return obj._meta.get_field(name)
    except FieldDoesNotExist:
        return None
