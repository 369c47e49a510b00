import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "DEBUG only: create a local admin account and print its password once."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("ensure_local_admin only runs with DJANGO_DEBUG=1.")
        User = get_user_model()
        if User.objects.filter(is_superuser=True).exists():
            self.stdout.write(
                "A local admin account exists; its password was printed when it was "
                "made (reset it with: manage.py changepassword admin)."
            )
            return
        password = secrets.token_urlsafe(15)
        User.objects.create_superuser("admin", "admin@localhost", password)
        admin_path = "/" + settings.ADMIN_URL
        self.stdout.write(
            self.style.SUCCESS(
                f"Local admin account: user 'admin', password '{password}' "
                f"(shown only now) at http://127.0.0.1:8000{admin_path}"
            )
        )
