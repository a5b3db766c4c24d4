"""parse_many and input discovery (folders, globs, WARC)."""
import io
from pathlib import Path

import pytest

import newsclean
from newsclean.batch import Page, discover, is_failure, warc_pages
from support import FIXTURES, load_fixture

PAGES = ["mirror-live-2024-08-05-uk-riots.html.gz", "toi-live-2020-10-02-ipl-csk-srh.html.gz",
         "bbc-live-2024-05-17.txt", "guardian-article-2024-02-24-valencia-fire.html.gz"]


@pytest.fixture(scope="module")
def sources():
    return [load_fixture(n) for n in PAGES]


@pytest.mark.parametrize("workers", [1, 2])
def test_parse_many_equals_sequential_parse_in_input_order(sources, workers):
    expected = [newsclean.parse(s) for s in sources]
    got = list(newsclean.parse_many(sources * 3, workers=workers))
    assert got == expected * 3


def test_on_error_modes(sources):
    items = [sources[1], b"", sources[2]]
    with pytest.raises(newsclean.ParseError, match="empty"):
        list(newsclean.parse_many(items, workers=1, on_error="raise"))
    assert len(list(newsclean.parse_many(items, workers=2, on_error="skip"))) == 2
    recorded = list(newsclean.parse_many(items, workers=2, on_error="record"))
    assert [is_failure(d) for d in recorded] == [False, True, False]
    assert "#1" in recorded[1].warnings[0] and "empty" in recorded[1].warnings[0]
    with pytest.raises(ValueError):
        list(newsclean.parse_many(items, on_error="ignore"))


def test_sources_may_be_paths_pairs_and_file_objects(tmp_path, sources):
    path = tmp_path / "page.html"
    path.write_bytes(sources[0])
    docs = list(newsclean.parse_many([path, (sources[0], "https://www.mirror.co.uk/x"), io.BytesIO(sources[0])],
                                     workers=2))
    assert docs[0].posts == docs[1].posts == docs[2].posts
    assert docs[1].url == "https://www.mirror.co.uk/x"


def test_parse_many_consumes_its_input_lazily(sources):
    seen = []

    def stream():
        for i in range(100):
            seen.append(i)
            yield sources[2]

    it = newsclean.parse_many(stream(), workers=2)
    next(it)
    assert len(seen) <= 2 * 4 + 1  # a bounded window, not the whole stream


def write_warc(path: Path, pages: list[tuple[str, bytes]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=str(path).endswith(".gz"))
        for url, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))
        headers = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://x.test/a.png", "response",
                                                      payload=io.BytesIO(b"\x89PNG"), http_headers=headers))


def test_warc_gives_one_page_per_html_response_with_its_url(tmp_path, sources):
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, [("https://www.mirror.co.uk/live", sources[0]), ("https://toi.test/live", sources[1])])
    pages = list(warc_pages(warc))
    assert [p.url for p in pages] == ["https://www.mirror.co.uk/live", "https://toi.test/live"]
    assert pages[0].source == sources[0]
    doc = next(newsclean.parse_many(pages[:1], workers=1))
    assert doc.url == "https://www.mirror.co.uk/live" and len(doc.posts) == 30


def test_discover_folders_globs_and_missing_inputs(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.html").write_text("<p>x</p>")
    (tmp_path / "a" / "notes.md").write_text("skip me")
    (tmp_path / "two.txt").write_text("y")
    assert [Path(p.name).name for p in discover([str(tmp_path)])] == ["one.html", "two.txt"]
    assert [Path(p.name).name for p in discover([str(tmp_path / "*.txt")])] == ["two.txt"]
    with pytest.raises(FileNotFoundError):
        list(discover([str(tmp_path / "nothing-*.html")]))
    assert isinstance(next(discover([str(FIXTURES / "bbc-live-2024-05-17.txt")])), Page)


# -- time budget --------------------------------------------------------------------------------

def _hanging_parse(real):
    """parse, except that b"HANG" loops in Python for ever and b"STUCK" sleeps with the alarm
    signal blocked (as a C call that never returns would: no alarm can reach it)."""
    def parse(source, **kw):
        if source == b"HANG":
            while True:
                pass
        if source == b"STUCK":
            import signal
            import time
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            time.sleep(3600)
        return real(source, **kw)
    return parse


@pytest.fixture
def hanging(monkeypatch):
    """Workers are forked, so they see the patched parse too."""
    import newsclean.batch
    monkeypatch.setattr(newsclean.batch, "parse", _hanging_parse(newsclean.batch.parse))


def _check_timed_out(docs, expected, index):
    assert is_failure(docs[index]) and f"#{index}" in docs[index].warnings[0]
    assert "timed out" in docs[index].warnings[0]
    assert [d for i, d in enumerate(docs) if i != index] == expected


# budgets are generous (a loaded machine stretches wall time); the expected documents are parsed
# first, which also loads every lazily imported module before the workers fork
BUDGET = 4


@pytest.mark.parametrize("workers", [1, 2])
def test_a_page_over_its_budget_becomes_an_error_record_and_the_work_goes_on(hanging, sources, workers):
    expected = [newsclean.parse(s) for s in (sources[2], sources[1], sources[3])]
    items = [sources[2], b"HANG", sources[1], sources[3]]
    docs = list(newsclean.parse_many(items, workers=workers, on_error="record", timeout=BUDGET))
    _check_timed_out(docs, expected, 1)
    if workers == 1:
        with pytest.raises(newsclean.ParseError, match="#1: timed out"):
            list(newsclean.parse_many(items, workers=workers, timeout=BUDGET))


def test_a_worker_stuck_beyond_the_alarm_is_replaced(hanging, sources):
    expected = [newsclean.parse(s) for s in (sources[2], sources[1], sources[2], sources[3])]
    items = [sources[2], b"STUCK", sources[1], sources[2], sources[3]]
    docs = list(newsclean.parse_many(items, workers=2, on_error="record", timeout=BUDGET))
    _check_timed_out(docs, expected, 1)
    assert "worker replaced" in docs[1].warnings[0]


def test_off_the_main_thread_one_worker_still_keeps_the_budget(hanging, sources):
    import threading
    expected = [newsclean.parse(sources[2])]
    out = []
    t = threading.Thread(target=lambda: out.extend(
        newsclean.parse_many([b"HANG", sources[2]], workers=1, on_error="record", timeout=BUDGET)))
    t.start()
    t.join()
    _check_timed_out(out, expected, 0)


def test_timeout_must_be_positive():
    with pytest.raises(ValueError):
        list(newsclean.parse_many(["x"], timeout=0))


def test_timings_name_each_page(sources):
    from newsclean.batch import parse_many_timed
    got = list(parse_many_timed(sources[:2], workers=2))
    assert [t.name for _, t in got] == ["#0", "#1"]
    assert all(t.cpu >= 0 and t.wall >= 0 and t.peak_mib > 0 for _, t in got)


def test_discover_benchmark_layouts_takes_pages_and_passes_over_the_rest(tmp_path):
    """Benchmark folders mix pages with truth files, READMEs and other tools' outputs."""
    import gzip
    files = {"aeb/html/3f2a.html.gz": gzip.compress(b"<p>x</p>"), "aeb/ground-truth.json": b"{}",
             "aeb/output/trafilatura.json.gz": gzip.compress(b"{}"), "aeb/README.md": b"#",
             "dev/bbc-live.html": b"<p>x</p>", "dev/bbc-live.nojsonld.html": b"<p>x</p>",
             "dev/bbc-live.html.expected.json": b"{}", "dev/bbc-live.txt": b"x", "dev/old.HTM": b"<p>x</p>",
             "fundus/de/Spiegel_2024.html.gz": gzip.compress(b"<p>x</p>"), "fundus/de/Spiegel_2024.expected.json": b"{}"}
    for name, data in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(data)
    found = sorted(str(Path(p.name).relative_to(tmp_path)) for p in discover([str(tmp_path)]))
    assert found == ["aeb/html/3f2a.html.gz", "dev/bbc-live.html", "dev/bbc-live.nojsonld.html", "dev/bbc-live.txt",
                     "dev/old.HTM", "fundus/de/Spiegel_2024.html.gz"]


def test_discover_parquet_rows(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq
    pq.write_table(pa.table({"body": ["<p>one</p>", None], "url": ["https://a.test/1", None]}), tmp_path / "p.parquet")
    pages = list(discover([str(tmp_path / "p.parquet")], html_column="body"))
    assert [(p.source, p.url) for p in pages] == [("<p>one</p>", "https://a.test/1"), (b"", None)]
    assert pages[0].name.endswith("p.parquet#0 https://a.test/1")
    with pytest.raises(ValueError, match="no column 'html'"):
        list(discover([str(tmp_path / "p.parquet")]))
