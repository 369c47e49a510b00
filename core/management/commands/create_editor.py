import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.db import transaction

from core.permissions import EDITOR_GROUP


class Command(BaseCommand):
    help = (
        "Create an editor: a staff account in the Redacteurs group, with only the "
        "content permissions. Prints a generated password once."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("email")

    @transaction.atomic
    def handle(self, *args, username, email, **options):
        User = get_user_model()
        try:
            validate_email(email)
        except ValidationError:
            raise CommandError(f"'{email}' is not a valid e-mail address.") from None
        if User.objects.filter(username=username).exists():
            raise CommandError(f"A user '{username}' already exists.")
        try:
            group = Group.objects.get(name=EDITOR_GROUP)
        except Group.DoesNotExist:
            raise CommandError("The editors' group is missing: run migrate.") from None
        password = secrets.token_urlsafe(15)
        user = User(username=username, email=email, is_staff=True)
        user.set_password(password)
        user.full_clean()
        user.save()
        user.groups.add(group)
        self.stdout.write(
            self.style.SUCCESS(
                f"Editor '{username}' created. Password (shown only now): {password}"
            )
        )
