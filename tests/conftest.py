from __future__ import annotations

import json

import pytest


@pytest.fixture(scope="session")
def schema() -> dict:
    import importlib.resources
    return json.loads(importlib.resources.files("newsclean").joinpath("schema/newsclean-1.schema.json").read_text())
