"""Month names news pages print that CLDR does not give their language, kept by hand as data.

CLDR names the Gregorian months of Sinhala by the traditional months ("බිනර" for September),
while Sinhala news pages print the English-derived names ("සැප්තැම්බර්"). Keys are folded as
``calendar_names.fold`` folds; ``dates`` reads them after CLDR's names and the regional
variants (``calendar_regional``)."""
from __future__ import annotations

from .calendar_names import fold

_PRINTED: dict[str, tuple[str, ...]] = {
    "si": ("ජනවාරි", "පෙබරවාරි", "මාර්තු", "අප්\u200dරේල්", "මැයි", "ජූනි", "ජූලි", "අගෝස්තු",
           "සැප්තැම්බර්", "ඔක්තෝබර්", "නොවැම්බර්", "දෙසැම්බර්"),
}

MONTHS: dict[str, dict[str, int]] = {
    lang: {fold(name): number for number, name in enumerate(names, start=1)} for lang, names in _PRINTED.items()
}
