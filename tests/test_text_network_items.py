"""Share buttons printed as list items in the page's own script ("* LINEで送る"): a short line
opening with a network's name that stands the same under three posts or more."""
from newsclean.text_chrome import mark_page_chrome
from newsclean.text_lines import State, split_lines

POSTS = [("1月2日 10時00分", "空港が再開", "羽田空港の滑走路は点検を終えて再開しました。"),
         ("1月2日 08時30分", "停電続く", "電力会社によりますと、約2万戸で停電が続いています。"),
         ("1月2日 07時15分", "避難所に3000人", "県によりますと、避難所には約3000人が身を寄せています。")]


def _lines(buttons: list[str], once: str = ""):
    text = []
    for k, (stamp, head, body) in enumerate(POSTS):
        text += [stamp, "", head, "", body, ""] + ([once] if once and k == 0 else []) + buttons + [""]
    return split_lines("\n".join(text))


def test_repeated_network_buttons_are_a_share_row():
    lines = _lines(["* Xでポスト", "* LINEで送る", "* Telegram（テレグラム）で共有"])
    st = State()
    mark_page_chrome(lines, st)
    assert {ln.text for ln in lines if ln.rule == "chrome.share"} == {"* Xでポスト", "* LINEで送る", "* Telegram（テレグラム）で共有"}
    assert sum(1 for r in st.removed if r.rule == "chrome.share") == 9


def test_a_network_named_once_or_in_a_word_is_text():
    # near misses: a line naming a network once; a repeated line whose first word only begins
    # with a name ("Xanadu", "Lineup"); the stamps and headlines
    lines = _lines(["* Xanadu", "* Lineupで送る", "* Lineupで送る"], once="* Facebookで発表")
    mark_page_chrome(lines, State())
    assert not [ln.text for ln in lines if ln.rule == "chrome.share"]
