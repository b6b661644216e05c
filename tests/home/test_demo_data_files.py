"""The demo content is data that a communications officer can read and edit, the same in all three languages.

Every demo data file is read as the loader reads it; wherever a text is given per language, Finnish, Swedish and
English all give it, with the same shape. The Python beside the data only loads it.
"""

import ast
from pathlib import Path

import pytest

from home.demo_support import read_data

ROOT = Path(__file__).resolve().parents[2]
APPS = ("home", "experiments", "participation")
LANGUAGES = {"fi", "sv", "en"}
DATA_FILES = sorted(path for app in APPS for path in (ROOT / app).rglob("demo/*.yaml"))
LOADER_MODULES = sorted(path for app in APPS for path in (ROOT / app).rglob("demo/*.py"))


def _shape(value):
    """What must match between languages: mapping keys and list lengths all the way down, and non-empty text."""
    if isinstance(value, dict):
        return {key: _shape(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_shape(item) for item in value]
    if isinstance(value, str):
        return "text" if value.strip() else "EMPTY"
    return type(value).__name__


def _language_differences(value, where="", found=None):
    found = [] if found is None else found
    if isinstance(value, dict):
        if value.keys() & LANGUAGES:
            missing = LANGUAGES - value.keys()
            if missing:
                found.append(f"{where}: no {', '.join(sorted(missing))}")
            shapes = {code: _shape(value[code]) for code in LANGUAGES & value.keys()}
            if "fi" in shapes:
                found.extend(
                    f"{where}.{code}: not shaped like the Finnish text"
                    for code, shape in shapes.items()
                    if shape != shapes["fi"]
                )
            found.extend(f"{where}.{code}: empty text" for code, shape in shapes.items() if "EMPTY" in repr(shape))
        for key, item in value.items():
            _language_differences(item, f"{where}.{key}", found)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _language_differences(item, f"{where}[{index}]", found)
    return found


def test_every_app_keeps_its_demo_content_in_data_files():
    assert {path.relative_to(ROOT).parts[0] for path in DATA_FILES} == set(APPS)


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda path: str(path.relative_to(ROOT)))
def test_each_language_gives_every_text_with_the_same_keys(path):
    data = read_data(path, path.name)
    assert data, f"{path.name} is empty"
    assert _language_differences(data) == []


@pytest.mark.parametrize("path", LOADER_MODULES, ids=lambda path: str(path.relative_to(ROOT)))
def test_the_python_beside_the_data_only_loads_it(path):
    """Prose belongs in the data files: a loader holds no sentence-length string beyond its docstrings."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    prose = [
        node.value[:60]
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and len(node.value) > 80
        and '="' not in node.value  # drawing markup (an SVG element with its attributes) is not prose
    ]
    assert prose == []
