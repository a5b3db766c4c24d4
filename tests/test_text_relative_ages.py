"""Text front: a live page whose posts carry only relative ages ("12분 전", "3時間前", "לפני 5 דקות")
before each title. The ages are CLDR's (Babel's relative-time patterns), read in the languages a
line's script names when the page's language is not passed down; they open posts, and the posts
get no time (an age has no anchor). Near miss: an article whose related links show ages."""
import newsclean
from newsclean import times
from newsclean.calendar_relative import age_languages

_HEADER = """뉴스온
정치 사회 경제 국제 문화
로그인
LIVE

[실시간] 태풍 상륙…남부 지방 피해 잇따라

태풍 상륙 이후 상황을 실시간으로 전합니다.

등록 2024-09-07 22:35
"""

_POSTS = [
    ("태풍, 남해안 상륙", "태풍이 7일 밤 남해안에 상륙해 시간당 50㎜가 넘는 비를 뿌리고 있다.",
     "기상청은 남부 지방에 태풍 경보를 발령하고 외출 자제를 당부했다."),
    ("부산 해안도로 통제", "부산시는 해안도로 세 곳의 차량 통행을 전면 통제한다고 밝혔다.",
     "시는 저지대 주민 200여명에게 대피를 권고했다."),
    ("항공편 무더기 결항", "김해공항과 제주공항에서 항공편 140여편이 결항됐다고 공항공사가 밝혔다.",
     "공사는 운항 재개 시점을 아직 정하지 못했다고 설명했다."),
    ("정부, 비상대응 2단계", "정부는 중앙재난안전대책본부 비상대응을 2단계로 올렸다고 발표했다.",
     "행정안전부는 지방자치단체에 비상근무를 지시했다."),
]


def _live(ages: list[str]) -> str:
    out = [_HEADER]
    for age, (title, a, b) in zip(ages, _POSTS):
        out.append(f"* {age}\n\n{title}\n\n{a}\n\n{b}\n\n공유하기\n")
    out.append("\n관련 기사\n\n* 태풍이란 무엇인가\n\nCopyright ⓒ 뉴스온. All rights reserved.\n")
    return "\n".join(out)


def test_age_languages_follow_the_line_s_script():
    assert age_languages("12분 전") == ("ko",)
    assert "ja" in age_languages("3時間前")
    assert age_languages("לפני 5 דקות") == ("he",)
    assert age_languages("vor 5 Minuten") is None  # Latin: the common languages
    assert age_languages("Année électorale") is None


def test_ages_of_non_latin_scripts_are_read_without_the_page_s_language():
    for line in ("12분 전", "1시간 전", "3時間前", "5分钟前", "לפני 5 דקות", "5 წუთის წინ"):
        mark = times.parse_time_line(line)
        assert mark is not None and mark.relative and mark.hour is None, line
    # near misses: a number with a unit that is no age, a date, a plain phrase
    for line in ("12분 동안", "3時間", "2024년 9월", "공유하기"):
        mark = times.parse_time_line(line)
        assert mark is None or not mark.relative, line


def test_posts_led_by_relative_ages_make_a_live_page():
    doc = newsclean.parse(_live(["12분 전", "53분 전", "1시간 전", "2시간 전"]), format="text")
    assert doc.kind == "liveblog" and len(doc.posts) == 4
    assert doc.title == "[실시간] 태풍 상륙…남부 지방 피해 잇따라"  # not the site's name
    assert [p.headline for p in doc.posts] == [t for t, _, _ in _POSTS]
    assert all(p.published is None for p in doc.posts)  # an age has no anchor: no time is made up
    assert all("공유하기" not in p.text for p in doc.posts)


def test_near_miss_an_article_whose_related_links_show_ages_stays_an_article():
    body = "\n\n".join(f"{a} {b} 당국은 추가 피해 상황을 집계하고 있으며 복구 작업을 서두르고 있다고 전했다."
                       for _, a, b in _POSTS)
    related = "\n".join(f"* {t}\n{age}" for (t, _, _), age in zip(_POSTS, ["2시간 전", "3시간 전", "5시간 전"]))
    text = (f"뉴스온\n정치 사회 경제\n\n태풍 상륙…남부 지방 피해 잇따라\n\n등록 2024-09-07 22:35\n\n"
            f"{body}\n\n김미나 기자\n\n관련 기사\n\n{related}\n\nCopyright ⓒ 뉴스온.\n")
    doc = newsclean.parse(text, format="text")
    assert doc.kind == "article" and len(doc.posts) == 1


_HR_POSTS = [
    ("Potres pogodio Sisak", "Potres magnitude 4,2 po Richteru pogodio je područje Siska u petak ujutro.",
     "Seizmološka služba javila je da je epicentar bio jugozapadno od grada."),
    ("Vatrogasci na terenu", "Vatrogasci provjeravaju oštećenja na nekoliko starijih kuća u središtu grada.",
     "Zasad nema prijava o ozlijeđenima, poručili su iz županijskog stožera."),
    ("Škole rade normalno", "Nastava se u svim školama na području županije odvija prema rasporedu.",
     "Ravnatelji su učenike okupili u dvorištima dok statičari nisu pregledali zgrade."),
    ("Potres osjetili i u Zagrebu", "Građani Zagreba javljaju da su osjetili podrhtavanje tla oko osam sati.",
     "Seizmolozi kažu da su moguća slabija naknadna podrhtavanja idućih dana."),
]


def test_latin_script_ages_of_the_packs_languages_open_posts():
    # "prije 12 minuta" (Croatian): read without the page's language, as CLDR writes it
    blocks = "".join(f"{age}\n\n{t}\n\n{a}\n\n{b}\n\nPodijeli\n\n"
                     for age, (t, a, b) in zip(["prije 12 minuta", "prije 40 minuta", "prije 1 sat", "prije 2 sata"], _HR_POSTS))
    text = f"Portal\n\nVijesti Sport Showbiz\n\nUŽIVO: Potres kod Siska\n\n{blocks}© 2024 Portal d.o.o."
    doc = newsclean.parse(text, format="text")
    assert doc.kind == "liveblog" and len(doc.posts) == 4
    assert [p.headline for p in doc.posts] == [t for t, _, _ in _HR_POSTS]
    assert all(p.published is None for p in doc.posts)
    for line in ("5 perce", "5 phút trước", "fa 5 minuts", "5 menit yang lalu", "pirms 5 minūtēm"):
        mark = times.parse_time_line(line)
        assert mark is not None and mark.relative, line
    # near misses: a duration and a count are no age
    for line in ("5 minuta", "za 5 minuta", "5 perc alatt", "5 menit"):
        mark = times.parse_time_line(line)
        assert mark is None or not mark.relative, line
