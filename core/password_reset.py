"""Password reset by e-mail for the back office: Django's own views and token (it
expires after PASSWORD_RESET_TIMEOUT and stops working once the password changed),
with Dutch mail text and two rate limits (core.ratelimit): per client address, a
page that says so (it tells nothing about any account); per e-mail address, the
usual answer without another mail. The answer never says whether an address exists.
A reset neither logs in nor lifts django-axes' lock-out: that ends by itself."""

from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import PasswordResetForm
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse

from core import ratelimit
from core.net import client_address

# Per client address and per e-mail address, in one hour.
ADDRESS_LIMIT = 10
EMAIL_LIMIT = 3
WINDOW_SECONDS = 60 * 60


class HostPasswordResetForm(PasswordResetForm):
    """The link in the mail names the host the request came to (checked against
    ALLOWED_HOSTS), not the sites framework's row, which is there for redirects."""

    def save(self, *, request, **kwargs):
        kwargs["domain_override"] = request.get_host()
        return super().save(request=request, **kwargs)


class PasswordResetView(auth_views.PasswordResetView):
    form_class = HostPasswordResetForm
    email_template_name = "registration/password_reset_email.txt"
    subject_template_name = "registration/password_reset_subject.txt"

    @property
    def extra_email_context(self):
        return {
            "site_title": admin.site.site_title,
            "valid_minutes": settings.PASSWORD_RESET_TIMEOUT // 60,
            "lockout_minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
        }

    def post(self, request, *args, **kwargs):
        if ratelimit.hit(
            "password-reset",
            client_address(request),
            limit=ADDRESS_LIMIT,
            seconds=WINDOW_SECONDS,
        ):
            return TemplateResponse(
                request,
                "registration/password_reset_limited.html",
                self.get_context_data(),
                status=429,
            )
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        email = form.cleaned_data["email"].casefold()
        if ratelimit.hit(
            "password-reset-email", email, limit=EMAIL_LIMIT, seconds=WINDOW_SECONDS
        ):
            return HttpResponseRedirect(self.get_success_url())
        return super().form_valid(form)
