"""Scripts with a colon or full stop of their own: Armenian "՝" and "։", Khmer "៖" and "។",
Ethiopic "፡" "፦" and "።", Myanmar "။". A lead-in or a stamp label set off by one is matched as it
is after an ASCII colon (`rules.phrase_text.lower` reads them as ":" and "."); a full stop after
a lead-in is no separator (near miss), nor is a lead-in running on into a sentence."""
from newsclean.rules.packs import language_rules
from newsclean.rules.phrase_text import lower


def rule(lang: str, text: str) -> str | None:
    r = language_rules(lang).line_rule_for(text)
    return r.name if r is not None else None


def test_lower_keeps_length_and_reads_script_punctuation_as_ascii():
    assert lower("Կարդացեք նաև՝ Ա") == "կարդացեք նաև: ա"
    assert lower("ዜና። ሌላ") == "ዜና. ሌላ"
    assert len(lower("អានផងដែរ៖ x")) == len("អានផងដែរ៖ x")
    assert lower("Ünïcode, no script mark") == "ünïcode, no script mark"


def test_armenian_lead_in_after_its_comma_sign_before_a_teaser():
    text = "Կարդացեք նաև՝ Երևանում բացվեց նոր այգի"
    assert rule("hy", text) == "chrome.more-links"
    assert language_rules("hy").lead_in(text) == ("Կարդացեք նաև՝", "Երևանում բացվեց նոր այգի")
    assert rule("hy", "Կարդացեք նաև՝") == "chrome.more-links"  # alone
    assert rule("hy", "Կարդացեք նաև։") == "chrome.more-links"  # alone, closed by the full stop


def test_khmer_ethiopic_and_myanmar_marks_set_a_lead_in_off():
    assert rule("km", "អានផងដែរ៖ រដ្ឋាភិបាលប្រកាសថវិកាថ្មី") == "chrome.more-links"
    assert rule("am", "ይህንንም ያንብቡ፡ አዲስ መንገድ ተከፈተ") == "chrome.more-links"
    assert rule("am", "ይህንንም ያንብቡ፦ አዲስ መንገድ ተከፈተ") == "chrome.more-links"
    assert rule("my", "ဆက်စပ်သတင်း။") == "chrome.more-links"


def test_a_stamp_label_with_a_script_colon():
    assert rule("hy", "Թարմացվել է՝ 12.03.2024, 14:30") == "chrome.updated-stamp"
    assert rule("km", "ចុះផ្សាយ៖ 12/03/2024 14:30") == "chrome.published-stamp"
    assert rule("am", "የታተመ፡ 12/03/2024") == "chrome.published-stamp"


def test_near_miss_a_full_stop_or_a_running_sentence_is_no_separator():
    assert rule("hy", "Կարդացեք նաև։ Երևանում բացվեց նոր այգի") is None
    assert rule("km", "អានផងដែរ។ រដ្ឋាភិបាលប្រកាសថវិកាថ្មី") is None
    assert rule("hy", "Կարդացեք նաև այս հոդվածը, որը գրել է մեր թղթակիցը") is None
    assert rule("hy", "Թարմացվել է՝ շատ վաղուց") is None  # no date after the stamp label
