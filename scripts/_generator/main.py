"""scripts/generate: openapi/ → generated/claude_api_client (models, request types, resources)."""

from __future__ import annotations

import argparse
import difflib
import filecmp
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path
from typing import Any

from _openapi.bundle import BundleError, bundle, dumps

from .error_table import render_error_table
from .loader import LoadError, load_operations
from .models import render_models
from .reference import write_reference
from .render import HEADER, Renderer, scan_names
from .request_forms import request_forms
from .request_names import request_type_names, shared_names
from .schema_graph import closure, request_and_response_roots

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "claude_api_client"
REFERENCE = "api.md"  # the API reference, beside the package
TOOLS = ("datamodel-code-generator", "jinja2", "ruff", "openapi-spec-validator", "pydantic")


def validate(doc: dict[str, Any]) -> None:
    from openapi_spec_validator import validate as validate_spec

    try:
        validate_spec(doc)
    except Exception as exc:  # the validator's own message is the useful part
        raise SystemExit(f"openapi/ does not validate:\n{exc}") from None


def tree_hash(*folders: Path) -> str:
    digest = hashlib.sha256()
    for folder in folders:
        # Source files only: bytecode caches differ from machine to machine.
        files = (p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
        for path in sorted(files):
            digest.update(path.relative_to(folder.parent).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def ruff(target: Path) -> None:
    ruff_bin = str(Path(sys.executable).with_name("ruff"))
    config = [
        "--config",
        str(ROOT / "pyproject.toml"),
        "--config",
        "lint.isort.known-first-party=['claude_api_client']",
    ]
    for args in (
        ["check", "--no-cache", "--fix", "--select", "I,F401,F811", "--quiet", "--exit-zero"],
        ["format", "--no-cache", "--quiet"],
    ):
        subprocess.run([ruff_bin, *args, *config, str(target)], check=True)


def import_check(out: Path) -> None:
    """Import every generated module: a template that renders invalid Python fails here."""
    modules = sorted(
        ".".join(p.relative_to(out).with_suffix("").parts).removesuffix(".__init__")
        for p in (out / PACKAGE).rglob("*.py")
    )
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module(m)\n"
        "from claude_api_client import types\n"
        "for name in types.__all__:\n"
        "    getattr(types, name)\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "overlay"), str(out)])}
    # The program goes on stdin: with every module named, it outgrows a command line.
    result = subprocess.run(
        [sys.executable, "-"], input=code, env=env, capture_output=True, text=True
    )
    if result.returncode != 0:
        raise SystemExit(f"the generated package does not import:\n{result.stderr}")


def generate(out: Path, work: Path, source: Path) -> dict[str, Any]:
    try:
        doc = bundle(source)
    except BundleError as exc:
        raise SystemExit(f"openapi/: {exc}") from None
    validate(doc)
    try:
        ops = load_operations(doc)
    except LoadError as exc:
        raise SystemExit(f"openapi/: {exc}") from None

    pkg = out / PACKAGE
    types_dir = pkg / "types"
    request_roots, response_roots = request_and_response_roots(doc)
    forms = request_forms(doc, ops, request_roots)
    render_models(doc, forms.roots, response_roots, types_dir, work, forms.doc)
    param_modules = scan_names(types_dir, "_params")
    model_modules = scan_names(types_dir, "_models")
    request_types = request_type_names(closure(forms.doc["components"]["schemas"], forms.roots))
    renderer = Renderer(doc, ops, request_types, model_modules, param_modules, forms)
    model_modules.update(renderer.render_parsed_message(types_dir / "_models"))
    param_modules.update(renderer.render_query_params(types_dir / "_params"))
    param_modules.update(renderer.render_thread_fields(types_dir / "_params"))
    shared = shared_names(model_modules, param_modules)
    if shared:
        raise SystemExit(f"a response model and a request type share a name: {shared}")
    exports = {**param_modules, **model_modules}
    renderer.render(pkg, exports)
    render_error_table(doc, renderer.env, HEADER, pkg)
    write_reference(renderer, exports, out / REFERENCE)
    for sub in ("_models", "_params"):
        (types_dir / sub / "__init__.py").write_text(f"{HEADER}\n", encoding="utf-8")

    # Type checkers look for the marker beside the modules they read; the package's root marker
    # is in overlay/, so each generated sub-package carries its own (no path in the wheel twice).
    for sub in ("types", "resources"):
        (pkg / sub / "py.typed").write_text("", encoding="utf-8")
    (pkg / "openapi.json").write_text(dumps(doc), encoding="utf-8")
    ruff(pkg)
    for cache in list(pkg.rglob(".ruff_cache")):  # left by datamodel-codegen's formatter
        shutil.rmtree(cache)
    meta = {
        "document_sha256": hashlib.sha256((pkg / "openapi.json").read_bytes()).hexdigest(),
        "templates_sha256": tree_hash(ROOT / "templates"),
        # the generator and the document tools it shares with scripts/_release
        "generator_sha256": tree_hash(
            Path(__file__).parent, Path(__file__).parents[1] / "_openapi"
        ),
        "tools": {t: metadata.version(t) for t in TOOLS},
        "operations": len(ops),
        "models": len(model_modules),
        "request_types": len(param_modules),
    }
    (pkg / "_generated.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    import_check(out)
    return meta


def diff_trees(old: Path, new: Path) -> list[str]:
    problems: list[str] = []
    cmp = filecmp.dircmp(old, new, ignore=["__pycache__"])

    def walk(c: filecmp.dircmp[str], rel: str) -> None:
        problems.extend(f"only in generated/: {rel}{n}" for n in c.left_only)
        problems.extend(f"missing from generated/: {rel}{n}" for n in c.right_only)
        for name in c.diff_files:
            a = (Path(c.left) / name).read_text(encoding="utf-8").splitlines()
            b = (Path(c.right) / name).read_text(encoding="utf-8").splitlines()
            problems.append(f"differs: {rel}{name}")
            problems.extend(
                list(difflib.unified_diff(a, b, "generated", "fresh", lineterm=""))[:40]
            )
        for name, sub in c.subdirs.items():
            walk(sub, f"{rel}{name}/")

    walk(cmp, "")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="scripts/generate",
        description="Regenerate generated/claude_api_client from openapi/ and templates/.",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="regenerate into a temporary folder and fail if generated/ differs",
    )
    parser.add_argument(
        "--openapi",
        type=Path,
        default=ROOT / "openapi" / "openapi.yaml",
        help="root file of the document (default: openapi/openapi.yaml)",
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=ROOT / "generated",
        help="folder that holds the generated package (default: generated/)",
    )
    args = parser.parse_args(argv)

    target = args.output
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        meta = generate(out, Path(tmp) / "work", args.openapi)
        if args.check:
            problems = (
                diff_trees(target / PACKAGE, out / PACKAGE)
                if (target / PACKAGE).exists()
                else ["generated/claude_api_client is missing"]
            )
            reference = target / REFERENCE
            if not reference.exists() or reference.read_bytes() != (out / REFERENCE).read_bytes():
                problems.append(f"differs or missing: generated/{REFERENCE}")
            if problems:
                print("generated/ is out of date; run scripts/generate:", *problems, sep="\n")
                return 1
            print(
                f"generated/ is up to date ({meta['operations']} operations, "
                f"{meta['models']} models, {meta['request_types']} request types)"
            )
            return 0
        shutil.rmtree(target / PACKAGE, ignore_errors=True)
        target.mkdir(exist_ok=True)
        shutil.copytree(
            out / PACKAGE, target / PACKAGE, ignore=shutil.ignore_patterns("__pycache__")
        )
        shutil.copyfile(out / REFERENCE, target / REFERENCE)
    print(
        f"generated {meta['operations']} operations, {meta['models']} models, "
        f"{meta['request_types']} request types"
    )
    return 0
