"""The documentation stays true: every Python example in the README and docs/ runs, and the
worked schema example matches real output."""
import json
import os
import re
from pathlib import Path

import pytest

import newsclean

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"^```python\n(.*?)^```", re.S | re.M)


def examples():
    for page in PAGES:
        for i, m in enumerate(FENCE.finditer(page.read_text(encoding="utf-8"))):
            yield pytest.param(m.group(1), id=f"{page.name}-{i}")


@pytest.mark.parametrize("code", list(examples()))
def test_python_examples_run(code, monkeypatch):
    if "pyspark" in code:
        pytest.importorskip("pyspark")
    monkeypatch.chdir(ROOT)
    exec(compile(code, "<docs>", "exec"), {"__name__": "__docs__"})


def test_every_docs_page_has_a_python_example_or_none_is_needed():
    assert len(list(examples())) >= 8


def test_worked_schema_example_is_real_output():
    text = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    example = json.loads(re.search(r"```json\n(.*?)```", text, re.S).group(1))
    real = newsclean.parse(ROOT / "examples" / "bbc-live.txt").to_dict()
    assert {k: v for k, v in example.items() if k not in ("posts", "removed")} == \
        {k: v for k, v in real.items() if k not in ("posts", "removed")}
    for post in example["posts"]:
        assert post in real["posts"]
    for removal in example["removed"]:
        assert removal in real["removed"]


def test_cli_reference_names_every_option():
    import subprocess
    import sys
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for command in ("parse", "batch", "inspect"):
        out = subprocess.run([sys.executable, "-m", "newsclean.cli", command, "--help"], capture_output=True,
                             text=True, env={**os.environ, "COLUMNS": "200"}).stdout
        for option in re.findall(r"(--[a-z][a-z-]+)", out):
            if option != "--help":
                assert option in text, (command, option)


def test_the_documentation_site_builds_strictly(tmp_path):
    import shutil
    import subprocess
    if shutil.which("mkdocs") is None:
        pytest.skip("mkdocs is not installed (pip install -e '.[docs]')")
    r = subprocess.run(["mkdocs", "build", "--strict", "-d", str(tmp_path / "site")], cwd=ROOT, capture_output=True,
                       text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, timeout=300)
    assert r.returncode == 0, r.stderr
    page = (tmp_path / "site" / "api" / "index.html").read_text(encoding="utf-8")
    assert "newsclean.parse_many" in page and "Parse many pages" in page


def test_the_public_api_type_checks():
    import shutil
    import subprocess
    import sys
    if shutil.which("mypy") is None and subprocess.run([sys.executable, "-m", "mypy", "--version"],
                                                       capture_output=True).returncode != 0:
        pytest.skip("mypy is not installed")
    r = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stdout + r.stderr


BASH_FENCE = re.compile(r"^```bash\n(.*?)^```", re.S | re.M)


def shell_examples():
    for page in PAGES:
        for block in BASH_FENCE.findall(page.read_text(encoding="utf-8")):
            for line in block.splitlines():
                for part in line.split("#")[0].split("&&"):
                    part = part.strip()
                    if part.startswith("newsclean "):
                        yield pytest.param(part, id=f"{page.name}: {part[:50]}")


@pytest.mark.parametrize("command", list(shell_examples()))
def test_shell_examples_run(command, tmp_path):
    import shlex
    import subprocess
    import sys
    args = shlex.split(command)[1:]
    r = subprocess.run([sys.executable, "-m", "newsclean.cli", *args], cwd=ROOT, capture_output=True, timeout=300)
    assert r.returncode == 0, r.stderr.decode()
    assert r.stdout or "written" in r.stderr.decode()
