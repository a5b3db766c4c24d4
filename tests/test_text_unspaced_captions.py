"""A caption in a script written without spaces, closed by a labelled credit in brackets
("บรรยากาศที่ทำการพรรค (ภาพ: ไทยรัฐออนไลน์)"), is a picture's caption and credit: the caption's
words are counted as that script writes them (`text_credits._caption_shaped`)."""
from __future__ import annotations

from newsclean.text_credits import split_shaped


def test_a_thai_caption_and_its_labelled_credit():
    assert split_shaped("บรรยากาศที่ทำการพรรคก้าวไกล (ภาพ: ไทยรัฐออนไลน์)") == ("บรรยากาศที่ทำการพรรคก้าวไกล", "ไทยรัฐออนไลน์")


def test_a_short_word_in_brackets_is_no_credit():
    # near misses: a bracket without a credit label; a caption of one short word
    assert split_shaped("บรรยากาศที่ทำการพรรคก้าวไกล (เมื่อวานนี้)") is None
    assert split_shaped("พรรค (ภาพ: ไทยรัฐออนไลน์)") is None
