from django import template

from core.documents import with_document_details

register = template.Library()


@register.filter(is_safe=True)
def document_links(html):
    """Rich text with each link to a document followed by its type and size,
    "Jaarverslag (PDF, 1,2 MB)"; links to a deleted document become plain text."""
    return with_document_details(html)
