"""Atom feeds of the content (django.contrib.syndication), one base for all.

A feed is in the language of its address, lists what visitors see now (the
models' `.visible()`), newest first, and links to the items' own pages. Its
entries carry the item's address as their id (Atom needs an id that does not
change: the address of an item does not) and its last change as `updated`. The
page cache keeps and renews feeds like the pages, as plain GET responses.
"""

import copy

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

FEED_SIZE = 50


class ContentFeed(Feed):
    feed_type = Atom1Feed
    # Subclasses: title (and optionally subtitle), link (the list page) and items.

    language = None  # Django then writes the active language (the address's)

    def __call__(self, request, *args, **kwargs):
        # One feed object serves every thread: the request goes on a copy. Links
        # are absolute with the request's host (Django would take the one row of
        # django.contrib.sites, which is there for the redirects only).
        feed = copy.copy(self)
        feed.request = request
        response = Feed.__call__(feed, request, *args, **kwargs)
        response["Content-Type"] = "application/atom+xml; charset=utf-8"
        return response

    def absolute(self, url):
        return self.request.build_absolute_uri(url)

    def feed_url(self, obj=None):
        return self.absolute(self.request.path)

    def item_link(self, item):
        return self.absolute(item.get_absolute_url())

    def item_title(self, item):
        return str(item)

    def item_description(self, item):
        return getattr(item, "summary", "") or ""

    def item_guid(self, item):
        return self.item_link(item)

    item_guid_is_permalink = True

    def item_updateddate(self, item):
        moment = getattr(item, "updated_at", None)
        return moment or timezone.now()

    def item_pubdate(self, item):
        return getattr(item, "created_at", None)
