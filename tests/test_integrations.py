"""pandas and Spark: the same rows as local parse()."""
import os
import shutil

import pytest

import newsclean
from support import load_fixture

PAGES = ["mirror-live-2024-08-05-uk-riots.html.gz", "toi-live-2020-10-02-ipl-csk-srh.html.gz"]


def docs():
    return [newsclean.parse(load_fixture(n)) for n in PAGES]


def test_to_pandas_one_row_a_post_with_document_columns():
    df = newsclean.to_pandas(docs())
    assert len(df) == 38
    assert list(df.columns[:4]) == ["url", "site", "kind", "title"]
    assert df.loc[0, "headline"] == "Loud bang heard at Plymouth scene"
    assert df.loc[0, "bylines"] == ["Antony Clements-Thrower"]
    assert df["title"].nunique() == 2 and df["error"].isna().all()


def test_to_pandas_document_level_and_bad_level():
    df = newsclean.to_pandas(docs(), level="document")
    assert list(df["n_posts"]) == [30, 8]
    with pytest.raises(ValueError):
        newsclean.to_pandas(docs(), level="block")


def test_notebook_view_is_markdown():
    doc = docs()[0]
    assert doc._repr_markdown_().startswith("# UK riots LIVE")
    assert "posts=30" in repr(doc)


@pytest.mark.skipif(shutil.which("java") is None and not os.environ.get("JAVA_HOME"),
                    reason="Spark needs a Java runtime; none found on this machine")
def test_spark_parse_posts_equals_local_parse():
    pyspark = pytest.importorskip("pyspark")
    from pyspark.sql import SparkSession

    from newsclean.integrations.spark import parse_posts

    spark = (SparkSession.builder.master("local[2]").appName("newsclean-test")
             .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate())
    try:
        rows = [(load_fixture(n), f"https://example.test/{i}") for i, n in enumerate(PAGES)] + [(b"", "https://bad.test")]
        df = spark.createDataFrame(rows, "html binary, url string")
        got = parse_posts(df).orderBy("url", "post_index").collect()
        want = [newsclean.parse(load_fixture(n), url=f"https://example.test/{i}") for i, n in enumerate(PAGES)]
        ok = [r for r in got if r.error is None]
        assert len(ok) == sum(len(d.posts) for d in want)
        by_url = {d.url: d for d in want}
        for r in ok:
            post = by_url[r.url].posts[r.post_index]
            assert (r.headline, r.published, r.text) == (post.headline, post.published, post.text)
        (bad,) = [r for r in got if r.error is not None]
        assert bad.url == "https://bad.test" and "empty" in bad.error
    finally:
        spark.stop()
    assert pyspark.__version__
