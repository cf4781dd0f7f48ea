"""Load a version of the OpenAPI document: a file, a git ref, or the working tree.

A document is named by
- a path to the root `openapi.yaml` of the split form (it is bundled), or to a bundled `.json`
  (or `.yaml`) file;
- `.` or `worktree`: the working tree's `openapi/openapi.yaml`;
- a git ref (`HEAD~3`, `v0.1.0`, a commit): `openapi/` at that ref, exported to a temporary
  folder with `git archive` and bundled;
- `empty`: a document with no operations and no schemas (what "before the first release" diffs
  against).
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from . import gitutil

ROOT = Path(__file__).resolve().parents[2]
OPENAPI_DIR = "openapi"
ROOT_FILE = "openapi.yaml"
EMPTY: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "empty", "version": "0"},
    "paths": {},
    "components": {"schemas": {}},
}


class DocumentError(Exception):
    """The name does not lead to a readable document (a usage or input error)."""


def _bundle(root_file: Path) -> dict[str, Any]:
    from _openapi.bundle import BundleError, bundle  # scripts/ is on sys.path

    try:
        return bundle(root_file)
    except BundleError as exc:
        raise DocumentError(f"{root_file}: {exc}") from None


def _read_file(path: Path) -> dict[str, Any]:
    try:
        if path.suffix == ".json":
            doc = json.loads(path.read_text(encoding="utf-8"))
        else:
            import yaml  # type: ignore[import-untyped, unused-ignore]

            text = path.read_text(encoding="utf-8")
            doc = yaml.safe_load(text)
            if isinstance(doc, dict) and _has_file_refs(doc):
                return _bundle(path)
    except (OSError, ValueError) as exc:
        raise DocumentError(f"cannot read {path}: {exc}") from None
    except Exception as exc:  # yaml.YAMLError and friends
        raise DocumentError(f"cannot parse {path}: {exc}") from None
    if not isinstance(doc, dict) or "openapi" not in doc:
        raise DocumentError(f"{path} is not an OpenAPI document")
    return doc


def _has_file_refs(node: Any) -> bool:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and not ref.startswith("#"):
            return True
        return any(_has_file_refs(v) for v in node.values())
    if isinstance(node, list):
        return any(_has_file_refs(v) for v in node)
    return False


def load(name: str, repo: Path = ROOT) -> tuple[str, dict[str, Any]]:
    """Return (label, bundled document) for a document name; raise DocumentError."""
    if name == "empty":
        return "empty document", json.loads(json.dumps(EMPTY))
    if name in (".", "worktree"):
        return "working tree", _read_file(repo / OPENAPI_DIR / ROOT_FILE)
    path = Path(name)
    if path.is_dir():
        candidate = (
            path / ROOT_FILE if (path / ROOT_FILE).is_file() else path / OPENAPI_DIR / ROOT_FILE
        )
        return str(candidate), _read_file(candidate)
    if path.is_file():
        return str(path), _read_file(path)
    if gitutil.is_repo(repo):
        commit = gitutil.resolve(repo, name)
        if commit:
            return f"{name} ({commit[:12]})", load_ref(repo, commit)
    raise DocumentError(f"{name!r} is neither a document file nor a git ref")


def load_ref(repo: Path, ref: str) -> dict[str, Any]:
    """Bundle `openapi/` as it is at `ref`."""
    listing = gitutil.git(repo, "ls-tree", "--name-only", ref, f"{OPENAPI_DIR}/{ROOT_FILE}")
    if not listing:
        raise DocumentError(f"{ref} has no {OPENAPI_DIR}/{ROOT_FILE}")
    with tempfile.TemporaryDirectory(prefix="diff-api-") as tmp:
        gitutil.export(repo, ref, Path(tmp), OPENAPI_DIR)
        return _bundle(Path(tmp) / OPENAPI_DIR / ROOT_FILE)


def dumps(doc: dict[str, Any]) -> str:
    """The published text of a bundled document (the same bytes scripts/generate writes)."""
    from _openapi.bundle import dumps as published

    return published(doc)
