"""Join the split document under openapi/ into one self-contained OpenAPI document.

Every file under `components/<kind>/` becomes `#/components/<kind>/<file stem>`; path item files are
inlined. References between files are rewritten to internal references, so the result can be read
by tools that do not follow files (datamodel-code-generator, openapi-python-client, the simulator).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

COMPONENT_KINDS = ("schemas", "parameters", "responses", "headers", "requestBodies", "examples")


class BundleError(Exception):
    pass


def _load(path: Path) -> Any:
    with path.open(encoding="utf-8") as f:
        return yaml.safe_load(f)


class _Bundler:
    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.base = self.root.parent
        self.components: dict[str, dict[str, Any]] = {}
        self.owner: dict[tuple[str, str], Path] = {}

    def component_of(self, path: Path) -> tuple[str, str] | None:
        rel = path.relative_to(self.base).parts
        if len(rel) >= 3 and rel[0] == "components" and rel[1] in COMPONENT_KINDS:
            return rel[1], path.stem
        return None

    def ref_target(self, ref: str, here: Path) -> Any:
        if ref.startswith("#"):
            raise BundleError(f"{here}: internal reference {ref!r}; refer to the file instead")
        file_part, _, fragment = ref.partition("#")
        if fragment:
            raise BundleError(f"{here}: reference {ref!r} has a fragment; refer to the whole file")
        target = (here.parent / file_part).resolve()
        if not target.is_file():
            raise BundleError(f"{here}: reference {ref!r} points to a missing file {target}")
        comp = self.component_of(target)
        if comp is None:
            # A path item or another non-component file: inline it.
            return self.walk(_load(target), target)
        kind, name = comp
        seen = self.owner.get(comp)
        if seen is None:
            self.owner[comp] = target
            self.components.setdefault(kind, {})[name] = None  # reserve (handles cycles)
            self.components[kind][name] = self.walk(_load(target), target)
        elif seen != target:
            raise BundleError(f"two {kind} named {name}: {seen} and {target}")
        return {"$ref": f"#/components/{kind}/{name}"}

    def walk(self, node: Any, here: Path) -> Any:
        if isinstance(node, dict):
            if "$ref" in node and isinstance(node["$ref"], str):
                target = self.ref_target(node["$ref"], here)
                siblings = {k: self.walk(v, here) for k, v in node.items() if k != "$ref"}
                if siblings and isinstance(target, dict) and "$ref" in target:
                    return {**target, **siblings}
                return target if not siblings else {**target, **siblings}
            out = {k: self.walk(v, here) for k, v in node.items()}
            disc = out.get("discriminator")
            if isinstance(disc, dict) and isinstance(disc.get("mapping"), dict):
                # Mapping values are references written as plain strings.
                disc["mapping"] = {
                    tag: self.ref_target(ref, here)["$ref"] for tag, ref in disc["mapping"].items()
                }
            return out
        if isinstance(node, list):
            return [self.walk(v, here) for v in node]
        return node


def bundle(root: Path) -> dict[str, Any]:
    """Return the single-file form of the document whose root file is `root`."""
    b = _Bundler(root)
    doc = _load(b.root)
    out = b.walk(doc, b.root)
    comps = out.setdefault("components", {})
    for kind in COMPONENT_KINDS:
        if kind in b.components:
            comps[kind] = {
                **comps.get(kind, {}),
                **dict(sorted(b.components[kind].items())),
            }
    # Every schema file is a component even when nothing refers to it yet.
    for path in sorted((b.base / "components").rglob("*.yaml")):
        comp = b.component_of(path.resolve())
        if comp and comp not in b.owner:
            b.ref_target(str(path.resolve()), b.root)
            kind = comp[0]
            comps[kind] = dict(
                # with what that file reached (itself unreferenced, its targets are too)
                sorted({**comps.get(kind, {}), **b.components[kind]}.items())
            )
    return out


def dumps(doc: dict[str, Any]) -> str:
    """The published text of a bundled document (`generated/.../openapi.json`, the release's)."""
    return json.dumps(doc, indent=1) + "\n"
