"""{% picture obj %}: an Illustrated object's image as a responsive <picture>."""

import logging

from django import template

from core.images import responsive_image
from core.templatetags.site_tags import lang_attr

logger = logging.getLogger(__name__)
register = template.Library()

# How wide the image is shown in the style guide's .detail-layout: 7 of 12 columns of
# at most 1280 px from 960 px up, the whole width less the page's margins below.
DETAIL_SIZES = (
    "(min-width: 1334px) 737px, (min-width: 960px) calc(58vw - 38px), "
    "calc(100vw - 48px)"
)


def _dimensions_from_file(image):
    """The size read from the file, for an image saved before its size was kept.
    Never raises: a missing or broken file gives no size rather than an error."""
    try:
        return image.width, image.height
    except Exception:
        logger.debug("Could not read the size of %s", image.name, exc_info=True)
        return None, None


@register.inclusion_tag("components/picture.html")
def picture(obj, sizes=DETAIL_SIZES, eager=False):
    """WebP and fallback srcsets with ``sizes``, width and height, the alternative text
    in the language shown (with ``lang`` when it is the Dutch fallback).

    ``eager`` for the first thing above the fold (a page's lead image): loaded at once
    with high priority. Otherwise the browser loads it lazily, when it comes near.
    Never opens a file when the renditions and size are recorded."""
    image = obj.image
    if not image:
        return {"image": False}
    data = responsive_image(
        image, obj.image_renditions, obj.image_width, obj.image_height
    )
    if not (data["width"] and data["height"]):
        data["width"], data["height"] = _dimensions_from_file(image)
    return {
        **data,
        "image": True,
        "sizes": sizes,
        "alt": obj.image_alt or "",
        "lang": lang_attr(obj, "image_alt"),
        "eager": eager,
    }
