"""Drag-and-drop order in an admin list (django-admin-sortable2), as our content
needs it: the order field stays in the form (the way to sort by keyboard or without
JavaScript) and what the editor typed there is kept; after a drag the site's cached
pages follow (sortable2 updates the rows without save signals)."""

from adminsortable2.admin import SortableAdminMixin

from core import pagecache


class SortableMixin(SortableAdminMixin):
    def save_model(self, request, obj, form, change):
        if not change and self.default_order_field in form.changed_data:
            # sortable2 puts a new item last; the editor chose its place instead.
            return super(SortableAdminMixin, self).save_model(
                request, obj, form, change
            )
        return super().save_model(request, obj, form, change)

    def update_order(self, request):
        response = super().update_order(request)
        if response.status_code == 200:
            pagecache.content_changed()
        return response
