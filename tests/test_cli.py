"""The command line, driven as a user would: a subprocess on real fixtures."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from support import FIXTURES, load_fixture
from test_batch import write_warc

SEED = str(FIXTURES / "bbc-live-2024-05-17.txt")


def run(*args, stdin=None, cwd=None):
    """The CLI in a subprocess importing the same newsclean as the tests (from any cwd)."""
    import newsclean
    src = str(Path(newsclean.__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (src, os.environ.get("PYTHONPATH")) if p)}
    return subprocess.run([sys.executable, "-m", "newsclean.cli", *args], input=stdin, capture_output=True,
                          timeout=300, cwd=cwd, env=env)


@pytest.mark.parametrize("fmt, check", [
    ("json", lambda out: json.loads(out)["posts"][0]["headline"] == "What's been happening?"),
    ("jsonl", lambda out: len(out.splitlines()) == 1 and json.loads(out)["schema"] == "newsclean/1"),
    ("markdown", lambda out: out.startswith("# Putin arrives") and "\n## Putin describes" in out),
    ("text", lambda out: "Putin describes Russia-China partnership" in out and "Copyright:" not in out),
])
def test_parse_each_output_format(fmt, check):
    r = run("parse", SEED, "-f", fmt)
    assert r.returncode == 0, r.stderr
    assert check(r.stdout.decode())


def test_parse_reads_standard_input_and_writes_a_file(tmp_path):
    out = tmp_path / "doc.json"
    r = run("parse", "-", "-o", str(out), stdin=load_fixture("mirror-live-2024-08-05-uk-riots.html.gz"))
    assert r.returncode == 0, r.stderr
    assert len(json.loads(out.read_text())["posts"]) == 30


def test_usage_errors_exit_2(tmp_path):
    assert run("parse").returncode == 2
    assert run("parse", SEED, "-f", "pdf").returncode == 2
    r = run("batch", SEED, "/no/such/folder", "-o", "x.jsonl", cwd=tmp_path)
    assert r.returncode == 2 and "/no/such/folder" in r.stderr.decode()
    assert run("batch", SEED, "-o", "x.jsonl", "--timeout", "0", cwd=tmp_path).returncode == 2
    assert list(tmp_path.iterdir()) == []  # a usage error leaves no (empty) output file behind


def test_batch_folder_with_a_broken_file(tmp_path):
    (tmp_path / "pages").mkdir()
    for name in ("mirror-live-2024-08-05-uk-riots.html.gz", "toi-live-2020-10-02-ipl-csk-srh.html.gz"):
        (tmp_path / "pages" / name.removesuffix(".gz")).write_bytes(load_fixture(name))
    (tmp_path / "pages" / "broken.html").write_bytes(b"\x00\x01\x02" * 100)
    out = tmp_path / "out.jsonl"
    r = run("batch", str(tmp_path / "pages"), "-o", str(out), "-j", "2", "--no-progress")
    assert r.returncode == 1
    assert "broken.html" in r.stderr.decode() and "binary" in r.stderr.decode()
    docs = [json.loads(line) for line in out.read_text().splitlines()]
    assert sorted(len(d["posts"]) for d in docs) == [8, 30]


def test_batch_warc_and_progress_bar(tmp_path):
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, [("https://www.mirror.co.uk/live", load_fixture("mirror-live-2024-08-05-uk-riots.html.gz"))])
    out = tmp_path / "out.jsonl"
    r = run("batch", str(warc), "-o", str(out), "--progress")
    assert r.returncode == 0, r.stderr
    assert "1/1" in r.stderr.decode()  # tqdm's bar, asked for on a non-terminal
    (doc,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert doc["url"] == "https://www.mirror.co.uk/live" and len(doc["posts"]) == 30


def test_sites_lists_profiles_and_rules():
    r = run("sites")
    out = r.stdout.decode()
    assert r.returncode == 0 and "bbc:" in out and "scraper.figure-credit" in out


def test_batch_parquet_in_and_out_is_typed(tmp_path):
    """pages.parquet (html, url) to posts.parquet: one row a post, the schema of to_arrow, and a
    failed page as a row with its error."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    import newsclean
    names = ["mirror-live-2024-08-05-uk-riots.html.gz", "toi-live-2020-10-02-ipl-csk-srh.html.gz"]
    urls = ["https://www.mirror.co.uk/news/live", "https://timesofindia.indiatimes.com/live"]
    pages = pa.table({"page": [load_fixture(n) for n in names] + [b""], "link": urls + ["https://bad.test/"]})
    pq.write_table(pages, tmp_path / "pages.parquet")
    r = run("batch", "pages.parquet", "--html-column", "page", "--url-column", "link", "-o", "posts.parquet",
            "-j", "2", "--timeout", "120", cwd=tmp_path)
    assert r.returncode == 1 and "pages.parquet#2" in r.stderr.decode() and "empty" in r.stderr.decode()
    got = pq.read_table(tmp_path / "posts.parquet")
    want = newsclean.to_arrow([newsclean.parse(load_fixture(n), url=u) for n, u in zip(names, urls)])
    assert got.schema == want.schema
    assert got.schema.field("published_utc").type == pa.timestamp("us", tz="UTC")
    assert got.slice(0, want.num_rows).equals(want)
    (bad,) = got.slice(want.num_rows).to_pylist()
    assert bad["url"] == "https://bad.test/" and "empty" in bad["error"] and bad["post_index"] is None
    r = run("batch", "pages.parquet", "-o", "posts.parquet", cwd=tmp_path)
    assert r.returncode == 2 and "--html-column" in r.stderr.decode()


def test_batch_timings_file(tmp_path):
    r = run("batch", SEED, "-o", "out.jsonl", "--timings", "t.tsv", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    header, row = (tmp_path / "t.tsv").read_text().splitlines()
    assert header.split("\t") == ["page", "cpu_s", "wall_s", "worker_pid", "worker_peak_mib", "status"]
    assert row.split("\t")[0] == SEED and row.endswith("\tok")
