"""A newcomer can find their way: imports point one way between the apps, and a loop stays inside one folder.

The apps sit on top of each other: portal → participation → experiments → home. A module may import from its own
app and from the apps below it, never from above. Inside an app, modules that import each other (even in a
function body) stay in one feature folder, so a feature can be read, moved or removed on its own.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LAYERS = ["home", "experiments", "participation", "portal"]


def _module_name(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules():
    modules = {}
    for app in LAYERS:
        for path in (ROOT / app).rglob("*.py"):
            if "migrations" not in path.parts:
                modules[_module_name(path)] = path
    return modules


MODULES = _modules()


def _imports(name, path):
    """Every project module `name` imports, at the top or inside a function."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            targets = [f"{base}.{alias.name}" for alias in node.names] + [base]
        else:
            continue
        for target in targets:
            while target and target not in MODULES:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def _loops():
    """Return the strongly connected groups of more than one module (Tarjan's algorithm)."""
    index, low, stack, on_stack, loops = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in GRAPH[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == node:
                    break
            if len(group) > 1:
                loops.append(group)

    for node in GRAPH:
        if node not in index:
            visit(node)
    return loops


def _folder(module):
    path = MODULES[module]
    return path.parent if path.name != "__init__.py" else path.parent


def test_the_walker_sees_the_project():
    assert "participation.workshops.services" in GRAPH["participation.workshops.views"]
    assert "participation.proposals.views" in GRAPH["participation.proposals.pages"]  # a route's deferred import


@pytest.mark.parametrize("app", LAYERS)
def test_an_app_imports_only_from_itself_and_the_apps_below_it(app):
    above = set(LAYERS[LAYERS.index(app) + 1 :])
    upward = sorted(
        f"{name} → {target}"
        for name, targets in GRAPH.items()
        if name.split(".")[0] == app
        for target in targets
        if target.split(".")[0] in above
    )
    assert upward == []


def test_modules_that_import_each_other_sit_in_one_folder():
    spread = [sorted(group) for group in _loops() if len({_folder(module) for module in group}) > 1]
    assert spread == []
