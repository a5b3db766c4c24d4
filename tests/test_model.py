import jsonschema

import newsclean
from newsclean import Block, Byline, Document, Media, Post, Removal


def sample() -> Document:
    post = Post(headline="Roads closed", label="Breaking", published="2024-05-17T10:02+01:00",
                bylines=(Byline("Ann Lee", "Transport reporter"),),
                media=(Media("image", caption="The coast road", credit="PA"),),
                blocks=(Block("paragraph", "The road is shut."), Block("list", "a\nb", ("a", "b"))))
    return Document(title="Storm live", posts=(post,), removed=(Removal("chrome.share", "Share"),))


def test_round_trip_through_dict():
    doc = sample()
    assert Document.from_dict(doc.to_dict()) == doc


def test_post_text_is_derived_from_blocks():
    assert sample().posts[0].text == "The road is shut.\n\na\nb"
    assert sample().to_dict()["posts"][0]["text"] == "The road is shut.\n\na\nb"


def test_output_validates_against_shipped_schema(schema):
    jsonschema.validate(sample().to_dict(), schema)


def test_renderings_hold_the_content():
    doc = sample()
    md = doc.to_markdown()
    assert "# Storm live" in md and "## Roads closed" in md and "- a" in md and "By Ann Lee, Transport reporter" in md
    assert "The road is shut." in doc.to_text()
    assert '"schema": "newsclean/1"' in doc.to_json()


def test_from_dict_rejects_other_schema_versions():
    d = sample().to_dict()
    d["schema"] = "newsclean/2"
    try:
        Document.from_dict(d)
    except ValueError as e:
        assert "newsclean/2" in str(e)
    else:
        raise AssertionError("expected ValueError")


def test_public_api_is_curated():
    assert set(newsclean.__all__) == {"parse", "parse_many", "to_pandas", "to_arrow", "ParseError", "Document", "Post", "Byline", "Media", "Block",
                                      "Removal", "SCHEMA", "__version__"}
    assert issubclass(newsclean.ParseError, ValueError)


def test_schema_enums_match_the_model(schema):
    from newsclean.model import BLOCK_TYPES, MEDIA_TYPES
    assert tuple(schema["$defs"]["block"]["properties"]["type"]["enum"]) == BLOCK_TYPES
    assert tuple(schema["$defs"]["media"]["properties"]["type"]["enum"]) == MEDIA_TYPES
