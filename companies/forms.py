from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from companies.models import QuoteRequest
from companies.selectors import DirectoryFilters
from core.text import clean_query


class QuoteRequestForm(forms.ModelForm):
    """The "Vraag een offerte aan" form. `website` is a honeypot: people leave it
    empty (it is hidden), spam robots fill it in."""

    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    consent = forms.BooleanField(
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

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Name the city only when the desk receives requests (a setting).
        self.fields["consent"].label = (
            _(
                "I agree that my details go to the companies that can answer my "
                "request and to the City of Ghent. The website deletes them after "
                "12 months."
            )
            if settings.SOCIAL_ECONOMY_DESK_EMAIL
            else _(
                "I agree that my details go to the companies that can answer my "
                "request. The website deletes them after 12 months."
            )
        )

    def _one_line(self, name):
        value = self.cleaned_data.get(name, "")
        if any(not ch.isprintable() for ch in value):
            raise forms.ValidationError(
                _("Write this on one line, without special characters."),
                code="control_characters",
            )
        return value

    def clean_name(self):
        return self._one_line("name")

    def clean_organisation(self):
        return self._one_line("organisation")

    def clean_phone(self):
        return self._one_line("phone")

    def is_spam(self):
        return bool(self.cleaned_data.get("website"))


class QuoteNeedForm(QuoteRequestForm):
    """One need for many suppliers ("Koop sociaal!"): the offerings it concerns, what
    and how much, by when, where and the budget (optional), and the contact."""

    class Meta(QuoteRequestForm.Meta):
        fields = [
            "offerings",
            "message",
            "needed_by",
            "location",
            "budget",
            "name",
            "organisation",
            "email",
            "phone",
            "consent",
        ]
        labels = {
            **QuoteRequestForm.Meta.labels,
            "offerings": _("What are you looking for?"),
            "message": _("What do you need, and how much?"),
            "needed_by": _("By when?"),
            "location": _("Where in Ghent?"),
            "budget": _("Budget"),
        }
        help_texts = {
            **QuoteRequestForm.Meta.help_texts,
            "offerings": _("Tick one or more."),
            "message": _("At most 5,000 characters."),
            "needed_by": _("Optional. Day, month and year."),
            "location": _("Optional: a street, a district or a building."),
            "budget": _("Optional."),
        }
        error_messages = {
            **QuoteRequestForm.Meta.error_messages,
            "offerings": {
                "required": _("Tick at least one thing you are looking for.")
            },
            "message": {"required": _("Say what you need.")},
            "needed_by": {"invalid": _("Fill in a date as day/month/year.")},
        }
        widgets = {
            **QuoteRequestForm.Meta.widgets,
            "offerings": forms.CheckboxSelectMultiple,
            "needed_by": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "location": forms.TextInput(attrs={"autocomplete": "address-line1"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        offerings = self.fields["offerings"]
        offerings.required = True
        offerings.queryset = offerings.queryset.select_related("category")
        self.fields["needed_by"].input_formats = ["%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y"]

    def clean_location(self):
        return self._one_line("location")

    def clean_needed_by(self):
        value = self.cleaned_data.get("needed_by")
        if value and value < timezone.localdate():
            raise forms.ValidationError(
                _("This date has passed. Fill in a date from today on."),
                code="past",
            )
        return value


class _Values(forms.Field):
    """Every value of a repeated GET parameter (?sector=a&sector=b), as text."""

    widget = forms.MultipleHiddenInput

    def to_python(self, value):
        return [str(item) for item in (value or [])][:50]


class CompanyFilterForm(forms.Form):
    """The filters of the directory and the catalogue, from the GET parameters.
    Unknown values are dropped (and reported to the visitor), never an error."""

    q = forms.CharField(required=False, strip=True)
    sector = _Values(required=False)
    offering = _Values(required=False)
    type = _Values(required=False)
    reserved = forms.BooleanField(required=False)

    def __init__(self, data, options):
        super().__init__(data)
        self.options = options
        self.ignored = []

    def clean_q(self):
        return clean_query(self.cleaned_data["q"])

    def _known(self, name, known):
        values = []
        for value in self.cleaned_data[name]:
            if value in known:
                if value not in values:
                    values.append(value)
            elif value:
                self.ignored.append(value[:40])
        return values

    def clean_sector(self):
        return self._known("sector", {s.slug for s in self.options["sectors"]})

    def clean_offering(self):
        return self._known("offering", {o.slug for o in self.options["offerings"]})

    def clean_type(self):
        return self._known("type", {value for value, _label in self.options["types"]})

    @property
    def filters(self) -> DirectoryFilters:
        data = self.cleaned_data if self.is_valid() else {}
        return DirectoryFilters(
            q=data.get("q", ""),
            sectors=data.get("sector", []),
            offerings=data.get("offering", []),
            types=data.get("type", []),
            reserved=data.get("reserved", False),
            ignored=self.ignored,
        )


class VacancyFilterForm(forms.Form):
    """The filters of the vacancy list (one sector, work form and company each),
    from the GET parameters. An unknown value is dropped and reported, never an
    error."""

    sector = forms.CharField(required=False, max_length=200)
    form = forms.CharField(required=False, max_length=200)
    company = forms.CharField(required=False, max_length=200)

    def __init__(self, data, options):
        super().__init__(data)
        self.options = options
        self.ignored = False

    def _known(self, name, known):
        value = self.cleaned_data.get(name, "")
        if value and value not in known:
            self.ignored = True
            return ""
        return value

    def clean_sector(self):
        return self._known("sector", {s.slug for s in self.options["sectors"]})

    def clean_form(self):
        return self._known("form", {value for value, _l in self.options["forms"]})

    def clean_company(self):
        return self._known("company", {c.slug for c in self.options["companies"]})

    @property
    def filters(self) -> dict:
        if not self.is_valid():
            # Too long: nothing of it is a known value.
            self.ignored = True
            return {"sector": "", "form": "", "company": ""}
        return {name: self.cleaned_data[name] for name in ("sector", "form", "company")}
