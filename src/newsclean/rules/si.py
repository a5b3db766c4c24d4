"""Sinhala phrase pack: interface strings of Sinhala-language news pages (data only).

Sinhala is written in its own script, so a page in it is told by its script when it declares no
language (`newsclean.language`). Conjuncts such as "ප්‍ර" hold a zero-width joiner that some sites
leave out: `_joined` lists each phrase both ways."""
from .phrases import PhrasePack


def _joined(*phrases: str) -> tuple[str, ...]:
    """The phrases, and each without its zero-width joiners."""
    return tuple(dict.fromkeys(v for p in phrases for v in (p, p.replace("\u200d", ""))))


PACK = PhrasePack(
    language="si",
    stopwords=("හා", "සහ", "මෙම", "එම", "ඇති", "බව", "වන", "විසින්", "සඳහා", "නිසා", "පසු", "ලෙස", "කළ",
               "කර", "ඔහු", "ඇය", "ඔවුන්", "නමුත්", "දී", "මේ", "ඒ", "වැඩි", "පැවසීය", "පවසයි", "නොවේ", "තවත්",
               "සියලු", "වෙනුවෙන්", "අතර", "අනුව", "යුතු", "ගැන", "වූ", "ද"),
    share=_joined("බෙදාගන්න", "බෙදා ගන්න", "ෂෙයා කරන්න", "සබැඳිය පිටපත් කරන්න", "මුද්\u200dරණය කරන්න"),
    more=("තව කියවන්න", "වැඩිදුර කියවන්න", "තවත් බලන්න", "සියල්ල බලන්න", "තවත් පුවත්"),
    lead_ins=_joined("මෙයද කියවන්න", "මේවාත් කියවන්න", "ආශ්\u200dරිත පුවත්", "අදාළ පුවත්"),
    related=_joined("ආශ්\u200dරිත පුවත්", "අදාළ පුවත්", "නවතම පුවත්", "වැඩියෙන්ම කියවූ", "ජනප්\u200dරිය",
                    "ප්\u200dරධාන පුවත්"),
    navigation=("මුල් පිටුව", "සොයන්න", "මෙනුව", "පිවිසෙන්න", "ඉහළට"),
    newsletter=("දායක වන්න", "පුවත් ලිපියට දායක වන්න"),
    consent=_joined("අපි කුකීස් භාවිතා කරමු", "මෙම වෙබ් අඩවිය කුකීස් භාවිතා කරයි", "සියල්ල පිළිගන්න", "පිළිගන්න",
                    "ප්\u200dරතික්ෂේප කරන්න"),
    embed=("බාහිර අන්තර්ගතය",),
    advert=_joined("දැන්වීම", "වෙළඳ දැන්වීම", "අනුග්\u200dරහය"),
    report=("දෝෂයක් වාර්තා කරන්න",),
    live=("සජීවී", "සජීවීව", "සජීවී විකාශය", "සජීවී යාවත්කාලීන"),
    published=_joined("පළ කළේ:", "ප්\u200dරකාශිත:", "පළ කළ දිනය:"),
    updated=("යාවත්කාලීන කළේ:", "යාවත්කාලීන කරන ලදී:", "යාවත්කාලීන:"),
    new_window=("නව කවුළුවක විවෘත වේ",),
    credit=_joined("ඡායාරූපය", "ඡායාරූප", "මූලාශ්\u200dරය", "පින්තූරය"),
    caption=("ඡායාරූප විස්තරය",),
    labels=("උණුසුම් පුවත්", "විශේෂ", "වැදගත්", "විශ්ලේෂණය", "වීඩියෝ"),
    edited_by=("සංස්කාරක:", "සංස්කරණය:"),
    photo_labels=("ඡායාරූපය", "ඡායාරූප", "පින්තූරය"),
    roles=("වාර්තාකරු", "සංස්කාරක", "මාධ්‍යවේදී", "මාධ්‍යවේදිනී", "ඡායාරූපකරු"),
    byline=("ලේඛක:", "වාර්තාකරු:", "ලියූවේ:"),
    rights=("සියලුම හිමිකම් ඇවිරිණි", "සියලු හිමිකම් ඇවිරිණි", "සියලුම හිමිකම් සුරක්ෂිතයි"),
    click=("මෙතන ක්ලික් කරන්න", "මෙහි ක්ලික් කරන්න"),
    legal=_joined("රහස්\u200dයතා ප්\u200dරතිපත්තිය", "අප අමතන්න", "අප ගැන", "නියම සහ කොන්දේසි"),
    stamp_words=("යාවත්කාලීන",),
    player=("වීඩියෝ",),
    cookie_words=("කුකී",),
)
