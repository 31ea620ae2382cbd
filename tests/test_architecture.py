"""The layers of docs/architecture.md, read from the code itself.

An app may import only apps earlier in LAYERS, never a later one, and no two
apps import each other; the foundation (core, language, jobs) imports no
domain app. Every module under murojaat/ is parsed, migrations and management
commands included, and every import counts: at the top of a module, inside a
function (no dodging the rule by importing late), `import x`, `from x import
y`, relative imports and `importlib.import_module("...")` with a literal name.
Project wiring, the modules directly in murojaat/ (settings.py, urls.py,
cli.py, wsgi.py, api_v1.py, which mounts every app's API router), may import
anything; no app may import them.

Where a lower app must reach a higher one, the higher app registers itself
with the lower one (e.g. search adds its section to an official's view of an
appeal in SearchConfig.ready()).
"""

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

import murojaat

PACKAGE = Path(murojaat.__file__).parent
REPOSITORY = PACKAGE.parent

FOUNDATION = ["core", "language", "jobs"]
LAYERS = [
    *FOUNDATION,
    "territories", "organisations", "categories", "deadlines", "audit", "accounts", "notifications",
    "appeals",
    "attachments", "search", "routing", "trends", "statistics",
    "filing", "tracking", "cabinet", "office", "ui",
    "demo",
]
RANK = {app: position for position, app in enumerate(LAYERS)}

@dataclass(frozen=True)
class Import:
    file: str  # relative to the repository, e.g. murojaat/appeals/api.py
    line: int
    name: str  # the dotted name imported, e.g. murojaat.search.index
    importer: str  # the app of the file, or "" for project wiring
    imported: str  # the app (or the wiring module) it names

    def __str__(self) -> str:
        return f"{self.file}:{self.line} imports {self.name}"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(REPOSITORY).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _names(node: ast.AST, path: Path) -> list[str]:
    """The dotted names of murojaat's modules that this node imports."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if isinstance(node, ast.ImportFrom):
        if node.level:
            package = _module_name(path).split(".")
            if path.name != "__init__.py":
                package.pop()
            base = ".".join(package[: len(package) - node.level + 1])
            module = f"{base}.{node.module}" if node.module else base
        else:
            module = node.module or ""
        # `from murojaat import search` names the app in the alias.
        return [f"{module}.{alias.name}" for alias in node.names] if module == "murojaat" else [module]
    if isinstance(node, ast.Call):
        function = node.func
        called = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
        if called in ("import_module", "__import__") and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                return [first.value]
            if isinstance(first, ast.JoinedStr) and first.values and isinstance(first.values[0], ast.Constant):
                # f"murojaat.search.{name}": the app is in the literal part.
                literal = str(first.values[0].value)
                return [literal.rsplit(".", 1)[0]] if literal.count(".") >= 2 else []
    return []


def _app_of(dotted: str) -> str | None:
    parts = dotted.split(".")
    if parts[0] != "murojaat" or len(parts) < 2:
        return None
    return parts[1]


def _all_imports() -> list[Import]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(REPOSITORY)
        importer = relative.parts[1] if len(relative.parts) > 2 else ""
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(relative))
        for node in ast.walk(tree):
            for name in _names(node, path):
                imported = _app_of(name)
                if imported and imported != importer:
                    found.append(Import(relative.as_posix(), node.lineno, name, importer, imported))
    return found


IMPORTS = _all_imports()
APPS = sorted(init.parent.name for init in PACKAGE.glob("*/__init__.py"))


def _counted(imports=IMPORTS) -> list[Import]:
    """Imports by apps (project wiring may import anything)."""
    return [i for i in imports if i.importer]


def _report(title: str, offending: list[Import]) -> str:
    return title + ":\n" + "\n".join(f"  {i}" for i in offending)


def test_every_app_has_its_place_in_the_layers():
    unplaced = [app for app in APPS if app not in RANK]
    assert not unplaced, f"apps missing from LAYERS (and from docs/architecture.md): {unplaced}"


def test_no_app_imports_the_project_wiring():
    offending = [i for i in IMPORTS if i.importer and not (PACKAGE / i.imported).is_dir()]
    assert not offending, _report("apps importing the project wiring (settings via django.conf)", offending)


def test_no_two_apps_import_each_other():
    imports = _counted()
    edges = {(i.importer, i.imported) for i in imports}
    mutual = sorted({tuple(sorted(edge)) for edge in edges if edge[::-1] in edges})
    messages = []
    for a, b in mutual:
        both_ways = [i for i in imports if {i.importer, i.imported} == {a, b}]
        messages.append(_report(f"{a} and {b} import each other", both_ways))
    assert not mutual, "\n".join(messages)


def test_each_app_imports_only_apps_below_it():
    offending = [
        i for i in _counted()
        if i.importer in RANK and i.imported in RANK and RANK[i.imported] > RANK[i.importer]
    ]
    assert not offending, _report(
        "imports of a later app (the later one should register itself with the earlier one)", offending
    )


@pytest.mark.parametrize("foundation", FOUNDATION)
def test_the_foundation_imports_no_domain_app(foundation):
    offending = [i for i in _counted() if i.importer == foundation and i.imported not in FOUNDATION]
    assert not offending, _report(f"{foundation}/ imports domain apps", offending)

