"""The package's modules import one way: no module-level import cycle, and the stages split out
of the media reader and the phrase packs never import a front door or the post walk (they are
imported by them). Read from the source with ``ast``: nothing is imported to check."""
import ast
import functools
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"
PACKAGE = SRC / "newsclean"
FRONT_DOORS = {"newsclean.html_front", "newsclean.text_front", "newsclean.markdown_front", "newsclean.api",
               "newsclean.article", "newsclean.post_walk", "newsclean.feed", "newsclean.render", "newsclean.audit"}
MEDIA_STAGES = ["newsclean.html_media", "newsclean.media_parts", "newsclean.media_text", "newsclean.media_labels",
                "newsclean.media_page", "newsclean.media_unmarked", "newsclean.html_drops"]
PHRASE_STAGES = ["newsclean.rules.phrases", "newsclean.rules.phrase_index", "newsclean.rules.phrase_tails",
                 "newsclean.rules.phrase_text"]


def _modules() -> dict[str, tuple[Path, str]]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(SRC).with_suffix("").parts
        name = ".".join(parts[:-1]) if parts[-1] == "__init__" else ".".join(parts)
        package = name if parts[-1] == "__init__" else name.rsplit(".", 1)[0]
        out[name] = (path, package)
    return out


def module_imports(modules: dict[str, tuple[Path, str]]) -> dict[str, set[str]]:
    """Each module's package-relative imports at module level (imports inside functions are lazy
    by intent and left out)."""
    graph = {}
    for name, (path, package) in modules.items():
        deps = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ImportFrom) and node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
                # ("from . import shapes": the module shapes, not the package's __init__)
                for cand in ([target] if node.module else []) + [f"{target}.{a.name}" for a in node.names]:
                    if cand in modules and cand != name:
                        deps.add(cand)
        graph[name] = deps
    return graph


@functools.lru_cache(maxsize=1)
def _package_graph() -> dict[str, set[str]]:
    return module_imports(_modules())


def _reach(graph: dict[str, set[str]], start: str) -> set[str]:
    seen, todo = set(), [start]
    while todo:
        for dep in graph[todo.pop()]:
            if dep not in seen:
                seen.add(dep)
                todo.append(dep)
    return seen


def test_the_import_reader_sees_a_cycle_when_there_is_one(tmp_path):
    pkg = tmp_path / "newsclean"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from .b import x\n")
    (pkg / "b.py").write_text("from . import a\n\ndef f():\n    from .c import y\n")
    (pkg / "c.py").write_text("")
    mods = {n: (p, "newsclean") for n, p in (("newsclean.a", pkg / "a.py"), ("newsclean.b", pkg / "b.py"),
                                               ("newsclean.c", pkg / "c.py"))}
    graph = module_imports(mods)
    assert graph == {"newsclean.a": {"newsclean.b"}, "newsclean.b": {"newsclean.a"}, "newsclean.c": set()}
    assert "newsclean.a" in _reach(graph, "newsclean.a")  # a cycle; the lazy import of c is not counted


def test_no_module_level_import_cycle():
    graph = _package_graph()
    assert [m for m in graph if m in _reach(graph, m)] == []


@pytest.mark.parametrize("name", MEDIA_STAGES + PHRASE_STAGES)
def test_split_stages_import_no_front_door(name):
    graph = _package_graph()
    assert not (_reach(graph, name) & FRONT_DOORS), name


@pytest.mark.parametrize("name", PHRASE_STAGES)
def test_phrase_stages_stay_inside_rules(name):
    graph = _package_graph()
    assert all(dep.startswith("newsclean.rules.") for dep in graph[name]), graph[name]


def _all_package_imports(path: Path) -> list[str]:
    """Every package-relative import in a file, lazy ones inside functions included."""
    return [node.module or "." for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.ImportFrom) and node.level]


def test_the_model_imports_nothing_of_the_package_not_even_lazily():
    # renderers, the audit view and the front doors import the model, never the reverse: the
    # model's view methods call renderers the package registers (model.register_view)
    assert _all_package_imports(PACKAGE / "model.py") == []
    assert _all_package_imports(PACKAGE / "render.py") == ["model"]  # near miss: the reader sees imports


def test_document_views_work_through_the_registered_renderers():
    import newsclean

    doc = newsclean.Document(title="Storm live", posts=(newsclean.Post(headline="Roads closed", blocks=(
        newsclean.Block("paragraph", "The road is shut."),)),))
    assert doc.to_markdown().startswith("# Storm live")
    assert "The road is shut." in doc.to_text()
    assert "Roads closed" in doc.posts[0]._repr_markdown_()
    assert "Roads closed" in doc._repr_html_()
