"""The three layers of docs/internals.md import one way: core ← generated ← helpers.

Where generated code belongs to layer 3:
- `resources/_plain_<name>.py` holds the layer-2 classes of a namespace with `x-sdk-helpers` (or of
  one above it); its public module (`resources/<name>.py`, or `resources/<name>/<name>.py` where
  the official path is a package) derives the public, layer-3 classes from them (the helper
  methods, openapi/extensions.md);
- `resources/_root.py`, the namespaces the client class mixes in;
- the official paths' re-export modules (`resources/__init__.py`, `resources/beta/messages/…`:
  each defines `_OFFICIAL`, the table of its lazy names, and no class).
Every other generated module is layer 2, and imports nothing of layer 3, with no exception.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORE = ROOT / "overlay" / "claude_api_client" / "_core"
GENERATED = ROOT / "generated" / "claude_api_client"
LAYER2 = ("claude_api_client.types", "claude_api_client.resources")
RESOURCES = GENERATED / "resources"
PLAIN = "_plain_"
OVERLAY_LAYER3 = (
    "claude_api_client._client",
    "claude_api_client._beta",
    "claude_api_client.lib",
    "claude_api_client.testing",
)


def module_of(path: Path, top: Path) -> str:
    return ".".join(path.relative_to(top).with_suffix("").parts).removesuffix(".__init__")


def public_file(name: str) -> Path:
    """The public module of the namespace module `name` (flat, or inside its official package)."""
    flat = RESOURCES / f"{name}.py"
    return flat if flat.exists() else RESOURCES / name / f"{name}.py"


def is_reexport(path: Path) -> bool:
    return "\n_OFFICIAL = {" in path.read_text(encoding="utf-8")


PUBLIC_HALVES = {
    path.stem.removeprefix(PLAIN): public_file(path.stem.removeprefix(PLAIN))
    for path in RESOURCES.glob(f"{PLAIN}*.py")
}
REEXPORTS = [path for path in sorted(RESOURCES.rglob("*.py")) if is_reexport(path)]
GENERATED_LAYER3 = {
    *(module_of(path, GENERATED.parent) for path in PUBLIC_HALVES.values()),
    "claude_api_client.resources._root",
    *(module_of(path, GENERATED.parent) for path in REEXPORTS),
}


def is_layer3(module: str) -> bool:
    """`module` is of layer 3: under a layer-3 overlay package, or one of the generated layer-3
    modules by its exact name (`resources.messages_batches` is not `resources.messages`)."""
    return module.startswith(OVERLAY_LAYER3) or module in GENERATED_LAYER3


def imported_modules(path: Path, package: str) -> set[str]:
    """Absolute names of every module `path` imports, relative imports resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parts = package.split(".")
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = parts[: len(parts) - node.level + 1] if node.level else []
            module = ".".join([*base, node.module] if node.module else base)
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


def package_of(path: Path, top: Path) -> str:
    # For both `pkg/__init__.py` and `pkg/mod.py`, relative imports start from `pkg`.
    return ".".join(path.relative_to(top).with_suffix("").parts[:-1])


def offenders(
    folder: Path,
    top: Path,
    forbidden: tuple[str, ...] | Callable[[str], bool],
    skip: tuple[str, ...] = (),
) -> list[str]:
    """`forbidden`: module prefixes, or a test of a module's name."""
    test = forbidden if callable(forbidden) else (lambda m: m.startswith(forbidden))
    bad = []
    for path in sorted(folder.rglob("*.py")):
        if module_of(path, top) in skip:
            continue
        for module in imported_modules(path, package_of(path, top)):
            if test(module):
                bad.append(f"{path.relative_to(ROOT)} imports {module}")
    return bad


def test_core_imports_no_generated_code_and_no_helpers() -> None:
    assert offenders(CORE, ROOT / "overlay", lambda m: m.startswith(LAYER2) or is_layer3(m)) == []


def test_generated_layer2_imports_nothing_of_layer3() -> None:
    skip = tuple(GENERATED_LAYER3)
    assert offenders(GENERATED, ROOT / "generated", is_layer3, skip=skip) == []


def test_the_layer3_modules_are_the_helper_namespaces() -> None:
    # Each `_plain_` module has its public half, which derives from it; the namespaces the
    # document gives helpers are among them (and `files`, with none, is not).
    assert {"messages", "beta_messages", "beta", "beta_sessions_events"} <= set(PUBLIC_HALVES)
    assert "files" not in PUBLIC_HALVES
    for name, path in PUBLIC_HALVES.items():
        found = imported_modules(path, package_of(path, GENERATED.parent))
        assert f"claude_api_client.resources.{PLAIN}{name}" in found, name
    assert is_layer3("claude_api_client.resources.messages.messages")
    assert not is_layer3("claude_api_client.resources.messages_batches")


def test_reexport_modules_hold_no_code() -> None:
    # The official paths only name classes defined elsewhere: no class, one `__getattr__`.
    assert len(REEXPORTS) > 150
    for path in REEXPORTS:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        defined = [n for n in tree.body if isinstance(n, (ast.ClassDef, ast.FunctionDef))]
        assert [n.name for n in defined] == ["__getattr__"], path


def test_helper_mixins_load_only_the_core() -> None:
    # Module-level imports only (helpers are imported inside the methods that use them).
    path = ROOT / "overlay" / "claude_api_client" / "lib" / "_mixins.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    loaded: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.level:
            loaded.append(f"{'.' * node.level}{node.module}")
    assert loaded and all(m.startswith(".._core.") for m in loaded), loaded


def test_the_check_sees_relative_imports() -> None:
    # Guard against a check that can never fail: resources import the core relatively.
    found = imported_modules(
        GENERATED / "resources" / "_ops_messages.py", "claude_api_client.resources"
    )
    assert "claude_api_client._core._options" in found


# Generated modules below layer 1, so the core may read them: facts of the document, each allowed
# to import only what is named here. `_status_errors` holds the class of each HTTP error status
# (`x-error-class` on the error types, `x-status-classes`), subclasses of the core's
# `APIStatusError`, so it imports the core's exception module and nothing else; `_error_classes`
# holds one thin subclass of a status class per error code, so it imports those two. The core maps
# failures with them (`_core/_errors.py`); docs/internals.md, "The error table".
DATA_MODULES = {
    "claude_api_client._status_errors": ("claude_api_client._core._exceptions",),
    "claude_api_client._error_classes": (
        "claude_api_client._core._exceptions",
        "claude_api_client._status_errors",
    ),
}


def test_core_reads_only_plain_data_from_generated() -> None:
    generated = set()
    for path in sorted(CORE.rglob("*.py")):
        for module in imported_modules(path, package_of(path, ROOT / "overlay")):
            parts = module.split(".")
            if any(
                (GENERATED.parent.joinpath(*parts[:n]).with_suffix(".py")).exists()
                for n in range(2, len(parts) + 1)
            ):
                generated.add(module)
    assert {m for m in generated if not m.startswith(tuple(DATA_MODULES))} == set()
    # the check sees them
    assert {m.rsplit(".", 1)[0] for m in generated} | generated >= set(DATA_MODULES)
    for name, allowed in DATA_MODULES.items():
        path = GENERATED.parent.joinpath(*name.split(".")).with_suffix(".py")
        imports = imported_modules(path, "claude_api_client")
        extra = {m for m in imports if not m.startswith(("__future__", *allowed))}
        assert extra == set(), (name, extra)


def test_generator_and_release_tools_do_not_import_each_other() -> None:
    """Both build on scripts/_openapi (bundling, naming rules); neither on the other."""
    scripts = ROOT / "scripts"
    for package, other in (("_generator", "_release"), ("_release", "_generator")):
        bad = offenders(scripts / package, scripts, (other,))
        assert bad == [], bad
    assert offenders(scripts / "_openapi", scripts, ("_generator", "_release")) == []
