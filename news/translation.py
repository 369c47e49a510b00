from modeltranslation.translator import TranslationOptions, register

from news.models import Event, NewsItem


@register(NewsItem)
class NewsItemTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "body", "image_alt")
    required_languages = {"nl": ("title",), "default": ()}


@register(Event)
class EventTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "body", "place", "image_alt")
    required_languages = {"nl": ("title",), "default": ()}
