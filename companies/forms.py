from django import forms
from django.utils.translation import gettext_lazy as _

from companies.models import QuoteRequest


class QuoteRequestForm(forms.ModelForm):
    """The "Vraag een offerte aan" form. `website` is a honeypot: people leave it
    empty (it is hidden), spam robots fill it in."""

    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the City of Ghent and the company use these details to "
            "answer my request. They are deleted after at most 12 months."
        ),
        error_messages={
            "required": _("We can only send your request with your consent.")
        },
    )

    class Meta:
        model = QuoteRequest
        fields = ["name", "organisation", "email", "phone", "message", "consent"]
        labels = {
            "name": _("Your name"),
            "organisation": _("Your organisation"),
            "email": _("Your e-mail address"),
            "phone": _("Your phone number"),
            "message": _("What would you like a quote for?"),
        }
        help_texts = {
            "email": _("We send the answer to this address."),
            "phone": _("Optional."),
            "message": _(
                "Say what you need, how much, and by when. At most 5,000 characters."
            ),
        }
        error_messages = {
            "name": {"required": _("Fill in your name.")},
            "organisation": {"required": _("Fill in your organisation.")},
            "email": {
                "required": _("Fill in your e-mail address."),
                "invalid": _("Fill in a valid e-mail address, like name@example.be."),
            },
            "message": {"required": _("Say what you would like a quote for.")},
        }
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
            "message": forms.Textarea(attrs={"rows": 6}),
        }

    def is_spam(self):
        return bool(self.cleaned_data.get("website"))
