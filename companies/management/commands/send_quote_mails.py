from django.core.management.base import BaseCommand

from companies import services


class Command(BaseCommand):
    help = (
        "Send the mails about quote requests that are due: new ones, failed ones whose "
        "pause is over (tried again with a growing pause), and the buyers' follow-ups."
    )

    def handle(self, *args, **options):
        follow_ups = services.follow_ups_create()
        sent, failed = services.send_waiting()
        self.stdout.write(
            f"{follow_ups} follow-up(s) made; {sent} mail(s) sent, {failed} failed "
            "(tried again later)."
        )
