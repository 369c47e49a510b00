"""The home page's "what is new": the latest news items and the next events."""

from django import template

from news import selectors

register = template.Library()

HOME_ITEMS = 3


@register.simple_tag
def latest_news(count=HOME_ITEMS):
    """{% latest_news as items %}: the newest news items visitors see."""
    return list(selectors.news_list()[:count])


@register.simple_tag
def next_events(count=HOME_ITEMS):
    """{% next_events as events %}: the upcoming events visitors see, soonest first."""
    return list(selectors.event_upcoming_list()[:count])
