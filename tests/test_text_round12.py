"""Text front classes of round 12 (scraped text): a name and its job title signing posts off
("Name journalist", no comma), a player's controls over the video's title and its credit line
("Video: DR"), a headline closed by a number's unit abbreviation ("… 2,9 proc."), and a credit
label abbreviated with a dot straight after the caption ("… Fot. Name / PAP"). Each with a near
miss. (Fixtures written for these tests, shaped like Nordic and Central European templates.)"""
import newsclean
from newsclean.text_credits import split_labelled
from newsclean.text_signoff import signoff_shape

DA_POSTS = [
    ("kl. 15.10", "Regeringen fremlægger hjælpepakke",
     "Statsministeren siger, at regeringen vil fremlægge en hjælpepakke til de ramte kommuner i næste uge.",
     "Mette Jensen journalist"),
    ("kl. 14.40", None,
     "Politiet oplyser, at evakueringen af området er afsluttet. Omkring 200 personer er flyttet til hallen.",
     "Lars Holm redaktør"),
    ("kl. 14.05", "Beredskabet får hjælp fra Forsvaret",
     "Beredskabet har fået hjælp fra to helikoptere fra Forsvaret, og branden breder sig stadig mod øst.",
     "Mette Jensen journalist"),
    ("kl. 13.20", "Varsel om brandfare",
     "DMI har udsendt et varsel om stor brandfare i hele regionen, og det er forbudt at tænde bål.",
     None),
    ("kl. 12.45", "Stor brand i plantage",
     "En stor brand raser i en plantage i Midtjylland. Politiet beder folk holde sig væk fra området.",
     None),
]


def _da_page(posts, video=None) -> str:
    lines = ["DR", "", "Nyheder Sport Kultur", "", "Live", "", "Stor brand i Midtjylland", "",
             "Publiceret 21. august 2026, opdateret kl. 15.10", ""]
    for k, (stamp, head, body, last) in enumerate(posts):
        lines += [stamp, ""]
        if head:
            lines += [head, ""]
        lines += [body, ""]
        if k == 1 and video:
            lines += [*video, ""]
        if last:
            lines += [last, ""]
    lines += ["Vis flere opdateringer", "", "Privatlivspolitik Kontakt DR"]
    return "\n".join(lines)


def test_name_and_job_title_lines_sign_posts_off():
    doc = newsclean.parse(_da_page(DA_POSTS), format="text")
    assert doc.kind == "liveblog"
    got = [[(b.name, b.role) for b in p.bylines] for p in doc.posts]
    assert got[:3] == [[("Mette Jensen", "journalist")], [("Lars Holm", "redaktør")], [("Mette Jensen", "journalist")]]
    assert not any("journalist" in p.text or "redaktør" in p.text for p in doc.posts)


def test_signoff_shape_reads_a_name_and_a_job_title_without_comma():
    assert signoff_shape("Mette Jensen journalist")[1][0].role == "journalist"
    # near miss: a name and a verb is a clause, not a signature
    assert signoff_shape("Mette Jensen fortæller") is None


def test_a_name_and_a_verb_closing_posts_stays_text():
    closers = ["Mette Jensen fortæller", "Lars Holm svarer", "Mette Jensen fortæller", None, None]
    doc = newsclean.parse(_da_page([(*p[:3], c) for p, c in zip(DA_POSTS, closers)]), format="text")
    assert all(not p.bylines for p in doc.posts)
    assert doc.posts[1].text.endswith("Lars Holm svarer")


def test_player_controls_title_and_video_credit_make_one_video():
    video = ["Afspil video", "", "Se billeder fra brandområdet i plantagen", "", "Video: DR"]
    doc = newsclean.parse(_da_page(DA_POSTS, video), format="text")
    post = doc.posts[1]
    assert [(m.type, m.caption, m.credit) for m in post.media] == [("video", "Se billeder fra brandområdet i plantagen", "DR")]
    assert "Afspil video" not in post.text and "Video:" not in post.text
    assert "Afspil video" in [r.text for r in doc.removed]


def test_player_controls_over_a_paragraph_leave_the_paragraph_text():
    # near miss: no credit line under the next paragraph, a sentence: it is the post's text
    video = ["Afspil video", "", "Brandvæsenet arbejder stadig på stedet, og vinden gør arbejdet svært i dag."]
    doc = newsclean.parse(_da_page(DA_POSTS, video), format="text")
    post = doc.posts[1]
    assert not any(m.caption for m in post.media)
    assert "Brandvæsenet arbejder stadig på stedet" in post.text


CS_POSTS = [
    ("09:55", "ČSÚ: inflace v srpnu zpomalila na 2,9 proc.",
     "Meziroční inflace v srpnu zpomalila na 2,9 procenta, oznámil Český statistický úřad. Analytici čekali mírně vyšší číslo."),
    ("09:40", "Koruna posílila",
     "Koruna během dopoledne posílila vůči euru i dolaru, obchodníci to připisují datům o inflaci."),
    ("09:15", "Ministr financí: rozpočet se nemění",
     "Ministr financí uvedl, že vláda na návrhu rozpočtu nic měnit nebude, a to ani po nových datech."),
]


def _cs_page(posts) -> str:
    lines = ["Zprávy", "", "Ekonomika online: inflace a rozpočet", "", "30. září 2026 10:00", ""]
    for stamp, head, body in posts:
        lines += [stamp, "", head, "", body, "", "Sdílet", ""]
    lines += ["Načíst starší", "", "© 2026 Vydavatel"]
    return "\n".join(lines)


def test_a_headline_closed_by_a_unit_abbreviation_is_the_headline():
    doc = newsclean.parse(_cs_page(CS_POSTS), format="text")
    assert [p.headline for p in doc.posts] == [p[1] for p in CS_POSTS]


def test_a_sentence_closed_by_a_unit_after_another_sentence_stays_text():
    # near miss: two sentences on the line, the second ending "… 2 proc.": a paragraph
    first = ("09:55", "Inflace zpomalila. Ceny rostou o 2 proc.", CS_POSTS[0][2])
    doc = newsclean.parse(_cs_page([first, *CS_POSTS[1:]]), format="text")
    assert doc.posts[0].headline is None
    assert doc.posts[0].text.startswith("Inflace zpomalila.")


def test_a_short_sentence_closed_by_a_unit_symbol_stays_text():
    # near miss: "6,12 m." -- a unit's symbol takes no dot: the sentence ends there
    first = ("09:55", "Hladina řeky stoupla na 6,12 m.", CS_POSTS[0][2])
    doc = newsclean.parse(_cs_page([first, *CS_POSTS[1:]]), format="text")
    assert doc.posts[0].headline is None
    assert doc.posts[0].text.startswith("Hladina řeky stoupla na 6,12 m.")


def test_an_abbreviated_label_after_the_caption_goes_to_the_removals():
    assert split_labelled("Zawodnicy na boisku w Poznaniu Fot. Jan Nowak / PAP") == \
        ("Zawodnicy na boisku w Poznaniu", "Fot.", "Jan Nowak / PAP")
    assert split_labelled("Turisté na Karlově mostě Ph. Anna Horáková") == \
        ("Turisté na Karlově mostě", "Ph.", "Anna Horáková")
    # near misses: no names after the dot; a word that is no credit label of the packs
    assert split_labelled("Spotkanie z premierem Fot. jest ważne dla nas") is None
    assert split_labelled("Rozmowa z lekarzem Dr. Anna Horáková") is None


ZH_LIVE = "\n".join([
    "新闻网", "", "首页 时政 国际 财经 体育", "", "2026年5月3日 10:20", "",
    "【直播】台风登陆广东 多地学校停课", "", "分享 收藏", "",
    "10:15", "", "气象台发布台风红色预警", "",
    "省气象台今天上午发布台风红色预警，提醒沿海地区居民做好防范准备，尽量减少外出。", "",
    "09:40", "", "多地学校宣布停课", "",
    "广州、深圳等地教育部门宣布，全市中小学和幼儿园今天停课一天，具体复课时间另行通知。", "",
    "09:05", "", "航班大面积取消", "",
    "受台风影响，广州白云机场今天上午已取消进出港航班两百多架次，旅客请留意航空公司通知。", "",
    "08:30", "", "台风中心逼近珠江口", "",
    "台风中心目前位于珠江口东南方向约一百公里的海面上，预计中午前后在沿海地区登陆。", "",
    "© 2026 新闻网",
])


def test_a_row_of_section_names_in_an_unspaced_script_is_no_title():
    doc = newsclean.parse(ZH_LIVE, format="text")
    assert doc.title == "【直播】台风登陆广东 多地学校停课"


def test_unspaced_menu_needs_four_short_items():
    from newsclean.text_header import _unspaced_menu
    assert _unspaced_menu("首页 时政 国际 财经 体育")
    assert _unspaced_menu("社会 政治 経済 国際 天気・災害")
    # near misses: a headline's two clauses; three items; Latin words
    assert not _unspaced_menu("台风登陆广东 多地学校停课")
    assert not _unspaced_menu("首页 时政 国际")
    assert not _unspaced_menu("Home News Sport World")
    # a Thai headline spaces its phrases: Thai is left out
    assert not _unspaced_menu("นายกฯ ลงพื้นที่ น้ำท่วม เชียงใหม่")


def _ar_article(name: str) -> str:
    return "\n".join([
        "الموقع", "", "أخبار اقتصاد رياضة ثقافة", "",
        "وزارة الصحة: حملة تطعيم جديدة في جميع المدارس الابتدائية", "",
        "الوزارة توسع حملة التطعيم بسبب ارتفاع الإصابات التنفسية بين الأطفال", "",
        name, "",
        "22.11.2026 | 12:14", "",
        "أعلنت وزارة الصحة اليوم أن حملة التطعيم ضد الإنفلونزا ستشمل جميع المدارس الابتدائية في البلاد اعتبارا من الأسبوع المقبل.", "",
        "وقالت الوزارة إن عدد المراجعين لأقسام الطوارئ ارتفع بنسبة ثلاثين في المئة خلال الأسابيع الأخيرة بسبب الأمراض التنفسية.", "",
        "وأضافت أن المراكز الصحية زادت عدد المواعيد المتاحة لتلقي اللقاح قبل ذروة الموسم.", "",
        "جميع الحقوق محفوظة",
    ])


def test_a_caseless_name_over_the_date_row_is_the_article_byline():
    doc = newsclean.parse(_ar_article("سارة خليل"), format="text")
    assert doc.kind == "article"
    assert doc.title == "وزارة الصحة: حملة تطعيم جديدة في جميع المدارس الابتدائية"
    post = doc.posts[0]
    assert [b.name for b in post.bylines] == ["سارة خليل"]
    assert "سارة خليل" not in post.text
    assert "الوزارة توسع حملة التطعيم" not in post.text  # the deck is the summary


def test_a_longer_line_over_the_date_row_is_no_byline():
    # near miss: a sentence of five words over the date row names no one
    doc = newsclean.parse(_ar_article("اللقاح متوفر في جميع العيادات"), format="text")
    assert not doc.posts[0].bylines


IT_POSTS = [
    ("18:40", "Marco Rinaldi Bologna", "Il sindaco chiude le scuole",
     "Il sindaco ha firmato l'ordinanza che chiude tutte le scuole della città per la giornata di domani a causa dell'allerta."),
    ("18:05", "Giulia Ferri Bologna", "Esondato il torrente",
     "Il torrente è esondato nella notte in diversi punti della provincia, allagando cantine e garage a Bologna."),
    ("17:30", None, "Treni sospesi sulla linea adriatica",
     "La circolazione dei treni è sospesa tra Bologna e Rimini per l'acqua sui binari, informa la società ferroviaria."),
    ("16:55", "Luca Bianchi Bologna", "Aperti i centri di accoglienza",
     "La protezione civile ha aperto tre centri di accoglienza per le famiglie evacuate dalle zone più colpite."),
]


def _it_page(posts) -> str:
    lines = ["Il Giornale", "", "Maltempo in Emilia, la diretta", "", "Aggiornato il 27 ottobre 2026 alle 18:40", ""]
    for stamp, name, head, body in posts:
        lines += [stamp, ""]
        if name:
            lines += [name, ""]
        lines += [head, "", body, "", "Condividi", ""]
    lines += ["Carica altri aggiornamenti", "", "© 2026 Il Giornale"]
    return "\n".join(lines)


def test_a_place_closing_every_author_name_is_dropped():
    doc = newsclean.parse(_it_page(IT_POSTS), format="text")
    got = [[b.name for b in p.bylines] for p in doc.posts]
    assert got == [["Marco Rinaldi"], ["Giulia Ferri"], [], ["Luca Bianchi"]]
    assert any(r.rule == "post.byline-place" and r.text == "Bologna" for r in doc.removed)


def test_one_surname_shared_by_two_names_is_no_place():
    from newsclean.model import Byline, Post
    from newsclean.text_byline_page import drop_shared_place
    posts = [Post(bylines=(Byline("Ana Lima"),)), Post(bylines=(Byline("Pedro Lima"),))]
    assert drop_shared_place(posts, lambda *a: None) == posts
    # near miss: three-word names whose shared last word the text never prints as a place
    posts = [Post(bylines=(Byline("Ana María Ortega"),)), Post(bylines=(Byline("José Luis Ortega"),))]
    assert drop_shared_place(posts, lambda *a: None) == posts


PT_POSTS = [
    ("21h10", "Prefeito reeleito faz discurso", None,
     "O prefeito reeleito discursou para apoiadores em um hotel na zona oeste e agradeceu aos eleitores da periferia."),
    ("20h45", None, "Eleitores comemoram na avenida Paulista - Ana Souza/Jornal Diário",
     "Na avenida Paulista, eleitores se reuniram para acompanhar a apuração em telões instalados pela campanha."),
    ("20h20", "Apuração chega a 90%", None,
     "Com mais de 90% das urnas apuradas, o candidato da situação mantém vantagem de seis pontos percentuais."),
    ("19h55", "Abstenção é a maior desde 2000", None,
     "A abstenção no primeiro turno chegou a 22%, a maior registrada na cidade desde o ano 2000, segundo o tribunal."),
]


def _pt_page(posts) -> str:
    lines = ["Jornal Diário", "", "Eleições 2026 ao vivo: apuração em São Paulo", "", "4.out.2026 às 21h10", ""]
    for stamp, head, caption, body in posts:
        lines += [stamp, ""]
        if head:
            lines += [head, ""]
        if caption:
            lines += [caption, ""]
        lines += [body, ""]
    lines += ["Carregar mais", "", "Copyright Jornal Diário"]
    return "\n".join(lines)


def test_a_caption_closed_by_a_dash_and_a_photographer_slash_outlet_is_a_picture():
    doc = newsclean.parse(_pt_page(PT_POSTS), format="text")
    post = doc.posts[1]
    assert post.headline is None
    assert [(m.caption, m.credit) for m in post.media] == [("Eleitores comemoram na avenida Paulista", "Ana Souza/Jornal Diário")]


def test_a_title_closed_by_a_dash_and_an_outlet_alone_stays_a_headline():
    # near miss: "… - Datafolha/Globo" names no photographer: a headline's source
    posts = [PT_POSTS[0], ("20h45", None, "Candidato lidera em todas as regiões - Datafolha/Globo", PT_POSTS[1][3]),
             *PT_POSTS[2:]]
    doc = newsclean.parse(_pt_page(posts), format="text")
    assert not doc.posts[1].media
    assert doc.posts[1].headline == "Candidato lidera em todas as regiões - Datafolha/Globo"


def test_name_and_outlet_after_a_comma():
    from newsclean.text_bylines import name_and_outlet
    assert name_and_outlet("Annika Berg , Svt")[0].name == "Annika Berg"
    assert name_and_outlet("Jan Kopřiva, ČTK", capitals=True)[0].name == "Jan Kopřiva"
    # near misses: a role word is a role (name_comma_role's), a place and its state, no capitals
    assert name_and_outlet("Annika Berg, Reporter") is None
    assert name_and_outlet("Los Angeles, California") is None
    assert name_and_outlet("Annika Berg, Svt", capitals=True) is None


def test_a_name_and_its_outlet_under_the_headline_or_closing_the_post_is_its_byline():
    posts = [
        ("15:40", "Regeringen presenterar krispaket", "Annika Berg , Svt",
         "Regeringen presenterar i dag ett krispaket för de drabbade kommunerna, uppger statsministern på en presskonferens.", None),
        ("15:25", "”Vi ska hjälpa alla drabbade”", "Magdalena Lind , Statsminister",
         "Statsministern lovade under besöket att regeringen ska hjälpa alla drabbade kommuner med extra pengar.", None),
        ("15:10", "Vattennivån sjunker", None,
         "Vattennivån i älven har sjunkit något under eftermiddagen enligt den senaste mätningen från myndigheten.", "Lars Ek, TT"),
        ("14:30", "Tågtrafiken återupptas", None,
         "Tågtrafiken mellan städerna har återupptagits men förseningar väntas under resten av dagen, meddelar bolaget.", None),
        ("13:50", "Statsministern besöker området", None,
         "– Vi kommer att stötta alla som drabbats, säger statsministern under besöket.\n\n”Vi står bakom er”", "Magdalena Lind, SAP"),
        ("13:05", "Larm om höga flöden", None,
         "SMHI har utfärdat en varning för höga flöden i flera vattendrag i länet under de kommande dygnen.", None),
    ]
    lines = ["SVT Nyheter", "", "Översvämningar i Norrland – direkt", "", "Publicerad 18 juni 2026 15:40", ""]
    for stamp, head, over, body, close in posts:
        lines += [stamp, "", head, ""]
        if over:
            lines += [over, ""]
        lines += [body, ""]
        if close:
            lines += [close, ""]
    lines += ["Visa fler", "", "© SVT"]
    doc = newsclean.parse("\n".join(lines), format="text")
    got = [[b.name for b in p.bylines] for p in doc.posts]
    assert got[0] == ["Annika Berg"]
    # near miss: a name and a word that names no outlet of the page under a quote: the speaker
    assert got[1] == [] and "Magdalena Lind , Statsminister" in doc.posts[1].text
    assert got[2:4] == [["Lars Ek"], []]
    # near miss: under a quote, "Name, PARTY" says who spoke: it stays text
    assert got[4] == []
    assert doc.posts[4].text.endswith("Magdalena Lind, SAP")


def _sk_article(lead_then_picture: bool) -> str:
    lead = "Parlament schválil novelu zákona o daniach. Zmeny začnú platiť od januára."
    picture = "Minister financií predstavuje novelu zákona. Foto: Peter Kováč, TASR"
    first = ("Poslanci na utorkovom hlasovaní schválili novelu zákona o daniach z príjmov, ktorá mení "
             "sadzby pre malé firmy aj živnostníkov.")
    parts = [lead, picture] if lead_then_picture else [picture, lead]
    return "\n".join([
        "Správy", "", "Domov Svet Ekonomika Šport", "",
        "Parlament schválil novelu daňového zákona pre malé firmy", "",
        "Martin Horváth", "", "15. októbra 2026 10:20", "",
        parts[0], "", parts[1], "", first, "",
        "Opozícia návrh kritizuje a tvrdí, že zmeny zvýšia administratívnu záťaž pre podnikateľov v celej krajine.", "",
        "Prezident má na podpis zákona pätnásť dní, potom bude novela zverejnená v zbierke zákonov.", "",
        "Zdieľať na Facebooku", "", "© 2026 Správy",
    ])


def test_a_lead_between_the_date_row_and_the_top_picture_is_the_summary():
    doc = newsclean.parse(_sk_article(True), format="text")
    assert doc.kind == "article"
    post = doc.posts[0]
    assert not post.text.startswith("Parlament schválil novelu zákona o daniach.")
    assert post.text.startswith("Poslanci na utorkovom hlasovaní")
    assert "Parlament schválil novelu zákona o daniach. Zmeny začnú platiť od januára." in doc.summary


def test_a_paragraph_under_the_top_picture_stays_text():
    # near miss: the picture first, then the short paragraph: it opens the text
    doc = newsclean.parse(_sk_article(False), format="text")
    assert doc.posts[0].text.startswith("Parlament schválil novelu zákona o daniach.")


def test_a_label_in_capitals_opening_a_headline_is_the_posts_label():
    from newsclean.text_post import _capital_label_head
    assert _capital_label_head("EILMELDUNG Bundestag stimmt über Haushalt ab") == ("EILMELDUNG", "Bundestag stimmt über Haushalt ab")
    assert _capital_label_head("SON DAKİKA Meclis bütçeyi kabul etti") == ("SON DAKİKA", "Meclis bütçeyi kabul etti")
    # near misses: a colon keeps the label in the headline; a title wholly in capitals; no pack label
    assert _capital_label_head("WATCH: What voters think of the budget") is None
    assert _capital_label_head("EILMELDUNG BUNDESTAG STIMMT AB") is None
    assert _capital_label_head("NATO Gipfel beginnt in Den Haag") is None


def test_an_agency_closing_a_caption_under_the_headline_makes_a_picture():
    posts = [("16:15", "Honderden vluchten geschrapt op Zaventem", "Reizigers wachten in de vertrekhal van Zaventem BELGA"),
             ("15:40", "Treinverkeer rijdt weer", None),
             ("15:05", "Scholen blijven dicht in Limburg", None),
             ("14:30", "Code oranje voor heel Vlaanderen", None)]
    lines = ["Nieuws", "", "Liveblog: sneeuw en ijzel in België", "", "4 februari 2026 16:15", ""]
    for stamp, head, caption in posts:
        lines += [stamp, "", head, ""]
        if caption:
            lines += [caption, ""]
        lines += ["Door de gladheid zijn vandaag veel reizigers gestrand, en ook morgen kan er nog hinder zijn op de wegen.", ""]
    lines += ["Meer laden", "", "© 2026 Nieuws"]
    doc = newsclean.parse("\n".join(lines), format="text")
    assert [(m.caption, m.credit) for m in doc.posts[0].media] == [("Reizigers wachten in de vertrekhal van Zaventem", "BELGA")]
    assert doc.posts[0].headline == "Honderden vluchten geschrapt op Zaventem"


def test_an_upper_case_word_closing_a_line_under_a_name_is_no_credit():
    # near miss: under the author's name (not a headline) a title may end on a stage's name
    posts = [("16:15", "Anna Peeters", "Vlaamse band valt last minute in op het podium KLUB"),
             ("15:40", "Jan Claes", "Treinverkeer rijdt weer tussen de steden"),
             ("15:05", "Anna Peeters", "Scholen blijven dicht in Limburg vandaag")]
    lines = ["Nieuws", "", "Liveblog: festival", "", "4 juli 2026 16:15", ""]
    for stamp, name, head in posts:
        lines += [stamp, name, "", head, "",
                  "De organisatie meldt dat alles volgens plan verloopt, en dat de bezoekers massaal zijn toegestroomd.", ""]
    lines += ["Meer laden", "", "© 2026 Nieuws"]
    doc = newsclean.parse("\n".join(lines), format="text")
    assert not doc.posts[0].media


def test_a_bracketed_agency_and_label_after_a_caption_sentence():
    from newsclean.text_credits import split_shaped
    assert split_shaped("의원들이 본회의장에서 표결하고 있다. [뉴시스 자료사진]") == ("의원들이 본회의장에서 표결하고 있다.", "뉴시스 자료사진")
    # near miss: a bracketed remark with no credit label
    assert split_shaped("의원들이 본회의장에서 표결하고 있다. [오늘 오후]") is None


def test_turkish_capital_labels_are_labels():
    from newsclean import shapes
    assert shapes.is_label("SON DAKİKA")
    assert not shapes.is_label("MECLİS")


def test_player_controls_of_more_languages():
    from newsclean.text_media import _player_controls
    for text in ("Přehrát video", "Spustiť video", "Videó lejátszása", "Смотреть видео", "Αναπαραγωγή βίντεο",
                 "Paleisti vaizdo įrašą", "Toista video", "Guarda il video", "Videoyu izle", "Odtwórz wideo"):
        assert _player_controls(text), text
    # near misses: one word alone (a label chip may read so), a word of no player
    assert not _player_controls("Přehrát")
    assert not _player_controls("Video Praha")
