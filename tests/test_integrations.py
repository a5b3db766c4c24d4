"""pandas and Spark: the same rows as local parse()."""
import datetime as dt
import os
import shutil
import sys

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
    assert df.loc[0, "bylines"] == [{"name": "Antony Clements-Thrower", "role": None}]
    assert df["title"].nunique() == 2 and df["error"].isna().all()


def test_to_pandas_has_real_dtypes():
    import datetime as dt

    import pandas as pd
    local = newsclean.Document(title="t", posts=(
        newsclean.Post(headline="h", published="2024-05-17T10:02:00", bylines=(newsclean.Byline("Ann Lee", "Reporter"),),
                       media=(newsclean.Media(caption="A bridge", credit="Reuters"),)),))
    df = newsclean.to_pandas(docs() + [local])
    assert str(df["published_utc"].dtype) == "datetime64[ns, UTC]"
    assert df.loc[0, "published"] == "2024-08-05T21:00:18.921+01:00"
    assert df.loc[0, "published_utc"] == pd.Timestamp(dt.datetime(2024, 8, 5, 20, 0, 18, 921000, tzinfo=dt.timezone.utc))
    last = df.iloc[-1]
    assert pd.isna(last["published_utc"]) and last["published"] == "2024-05-17T10:02:00"  # no offset: none invented
    assert last["bylines"] == [{"name": "Ann Lee", "role": "Reporter"}]
    assert last["media"] == [{"type": "image", "caption": "A bridge", "credit": "Reuters", "alt": None, "src": None}]
    assert str(df["post_index"].dtype) == "Int64" and str(df["n_media"].dtype) == "Int64"
    pages = newsclean.to_pandas(docs(), level="document")
    assert str(pages["updated_utc"].dtype) == "datetime64[ns, UTC]" and pages.loc[0, "authors"][0] == "Lucy Thornton"
    assert pd.isna(pages.loc[0, "published_utc"]) and pages.loc[0, "published"] == "2024-08-04"  # a date, no instant


def test_to_arrow_is_typed_and_matches_to_pandas():
    import pyarrow as pa
    table = newsclean.to_arrow(docs())
    types = dict(zip(table.schema.names, table.schema.types))
    assert types["published_utc"] == pa.timestamp("us", tz="UTC") and types["post_index"] == pa.int32()
    assert types["bylines"] == pa.list_(pa.struct([("name", pa.string()), ("role", pa.string())]))
    assert types["media"].value_type.names == ["type", "caption", "credit", "alt", "src"]
    assert table.num_rows == 38 and table.column("bylines")[0].as_py() == [{"name": "Antony Clements-Thrower", "role": None}]
    df = newsclean.to_pandas(docs())
    assert table.column("published_utc").to_pylist() == [None if pd_na(t) else t.to_pydatetime() for t in df["published_utc"]]
    doc_table = newsclean.to_arrow(docs(), level="document")
    assert doc_table.column("n_posts").to_pylist() == [30, 8]
    assert doc_table.schema.field("authors").type == pa.list_(pa.string())
    with pytest.raises(ValueError):
        newsclean.to_arrow(docs(), level="block")


def pd_na(value):
    import pandas as pd
    return pd.isna(value)


def test_missing_pyarrow_says_how_to_get_it(monkeypatch):
    import builtins
    real = builtins.__import__

    def no_pyarrow(name, *a, **kw):
        if name.startswith("pyarrow"):
            raise ImportError("No module named 'pyarrow'")
        return real(name, *a, **kw)
    monkeypatch.setattr(builtins, "__import__", no_pyarrow)
    with pytest.raises(ImportError, match=r"newsclean\[parquet\]"):
        newsclean.to_arrow(docs()[:1])


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

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers need this Python's packages
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
        # the typed schema of to_arrow, in Spark's terms
        from pyspark.sql import types as T
        fields = {f.name: f.dataType for f in parse_posts(df).schema.fields}
        assert isinstance(fields["published_utc"], T.TimestampType)
        assert fields["bylines"] == T.ArrayType(T.StructType([T.StructField("name", T.StringType()),
                                                              T.StructField("role", T.StringType())]))
        assert [f.name for f in fields["media"].elementType.fields] == ["type", "caption", "credit", "alt", "src"]
        first = [r for r in ok if r.url == "https://example.test/0" and r.post_index == 0][0]
        post = by_url[first.url].posts[0]
        assert first.published_utc.astimezone(dt.timezone.utc) == dt.datetime.fromisoformat(post.published)
        assert [b.asDict() for b in first.bylines] == [b.to_dict() for b in post.bylines]
    finally:
        spark.stop()
    assert pyspark.__version__
