"""Hungarian phrase pack: interface strings of Hungarian-language news pages (data only)."""
from .phrases import PhrasePack

PACK = PhrasePack(
    language="hu",
    # (no neighbour is related; left out are the frequent words other packs' languages also use:
    # "a", "de", "is", "van", "el", "be")
    stopwords=("az", "és", "hogy", "nem", "egy", "meg", "volt", "már", "csak", "mint", "még", "azt", "ez",
               "amely", "után", "szerint", "miatt", "vagy", "pedig", "kell", "lesz", "sem", "így", "amit",
               "aki", "mert", "ha", "amikor", "akkor", "között", "ezt", "majd", "több", "mintegy"),
    share=("megosztás", "megosztom", "link másolása", "link másolás", "link kimásolva", "a link a vágólapra került",
           "nyomtatás", "küldés e-mailben"),
    more=("tovább", "bővebben", "még több", "tovább olvasom", "további cikkek", "összes cikk", "korábbi bejegyzések",
          "további bejegyzések", "újabb bejegyzések", "mutass többet"),
    lead_ins=("kapcsolódó", "kapcsolódó cikk", "kapcsolódó cikkek", "ezt is ajánljuk", "olvasd el ezt is",
              "ez is érdekelheti", "ez is érdekelhet"),
    related=("legfrissebb", "legfrissebb hírek", "legolvasottabb", "legolvasottabb cikkek", "legnépszerűbb",
             "friss hírek", "további híreink"),
    navigation=("ugrás a tartalomra", "tovább a tartalomra", "főoldal", "címlap", "bejelentkezés", "kijelentkezés",
                "regisztráció", "keresés", "menü", "vissza a tetejére", "előfizetés", "fiókom"),
    newsletter=("iratkozz fel hírlevelünkre", "iratkozzon fel hírlevelünkre", "feliratkozás hírlevélre",
                "hírlevél feliratkozás", "iratkozz fel a hírlevelünkre"),
    consent=("sütiket használunk", "ez a weboldal sütiket használ", "cookie-kat használunk", "összes elfogadása",
             "mindet elfogadom", "elfogadom", "süti beállítások"),
    embed=("külső tartalom",),
    advert=("hirdetés", "szponzorált", "szponzorált tartalom", "támogatott tartalom"),
    report=("hibát találtál?", "hibát talált?", "hiba bejelentése", "hibát jelzek"),
    # ("élő" alone also means "living": "a ma is élő, 90 éves ...")
    live=("élőben", "percről percre", "élő közvetítés", "élő blog"),
    published=("publikálva:", "közzétéve:", "megjelent:", "létrehozva:"),
    updated=("frissítve", "frissítve:", "utolsó frissítés", "módosítva:"),
    new_window=("új ablakban nyílik meg", "új ablakban nyílik", "új lapon nyílik meg"),
    credit=("fotó", "fotók", "kép", "forrás"),
    caption=("képaláírás",),
    labels=("Friss", "Fontos", "Elemzés", "Videó", "Kiemelt", "Rögzítve", "Vélemény"),
    edited_by=("szerkesztette:", "szerkesztő:"),
    photo_labels=("fotó", "fotók", "kép"),
    roles=("újságíró", "riporter", "tudósító", "szerkesztő", "főszerkesztő", "fotóriporter", "munkatárs"),
    byline=("szerző:", "írta:"),
    rights=("minden jog fenntartva",),
    click=("kattints ide", "kattintson ide"),
    legal=("adatvédelem", "adatvédelmi nyilatkozat", "adatkezelési tájékoztató", "impresszum",
           "felhasználási feltételek", "kapcsolat", "süti beállítások", "médiaajánlat", "rólunk"),
)
