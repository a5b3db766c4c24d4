"""An author chip with the reporter's head shot in it (an image whose class names the author,
"authorChip__img"): the image names no one, so the chip holds one name and its role. Near miss:
a chip with two names keeps two authors and gives neither the role."""
import newsclean


def _page(chip: str) -> str:
    posts = "".join(
        f"<div class='card'><div class='card__time'>{h}:15</div>{chip}<h3>Update number {h} from the count</h3>"
        "<p>The electoral commission published new figures from the districts counted so far today.</p></div>"
        for h in (11, 10, 9, 8))
    return f"<html lang='en'><head><title>Election results LIVE</title></head><body><div class='list'>{posts}</div></body></html>"


_IMG = "<img class='authorChip__img' src='https://example.org/a.jpg' alt=''>"


def test_a_head_shot_in_the_chip_does_not_count_as_a_name():
    doc = newsclean.parse(_page(f"<div class='authorChip'>{_IMG}<span class='authorChip__name'>Prasad Joshi</span>"
                                "<span class='authorChip__role'>Special Correspondent</span></div>"), format="html")
    assert [(b.name, b.role) for b in doc.posts[0].bylines] == [("Prasad Joshi", "Special Correspondent")]


def test_near_miss_two_names_in_a_chip_stay_two_authors_without_the_role():
    doc = newsclean.parse(_page(f"<div class='authorChip'>{_IMG}<span class='authorChip__name'>Prasad Joshi</span>"
                                "<span class='authorChip__name'>Mansi Kulkarni</span>"
                                "<span class='authorChip__role'>Correspondents</span></div>"), format="html")
    assert [(b.name, b.role) for b in doc.posts[0].bylines] == [("Prasad Joshi", None), ("Mansi Kulkarni", None)]
