"""The module layout of `claude_api_client.types`, mirroring the official package's.

Users import types from many paths (`types.message`, `types.beta.beta_message`,
`types.messages.message_batch`, `types.raw_message_delta_event.Delta` …). Every such path is a
small generated module that re-exports our class. The layout comes from two sources:

- the document: each of our type names `Name` gets `types/<snake(Name)>.py`, and its beta
  spelling `BetaName` gets `types/beta/beta_<snake(Name)>.py` (the official naming convention);
- `templates/client/official_names.yaml`: where the official spells a name or a module
  differently (renames, inner names such as `Delta`, the per-topic packages). See its header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ALIASES = Path(__file__).resolve().parents[2] / "templates" / "client" / "official_names.yaml"

# A date (`20250124`) is a word of its own; a short number sticks to its word (`Base64`, `S3`).
_WORD = re.compile(
    r"\d{8}|[A-Z]+(?=[A-Z][a-z]|\d{8}|$)|[A-Z]?[a-z]+(?:\d{1,2}(?!\d))?|[A-Z]+\d?|\d+"
)


def snake(name: str) -> str:
    """The official module name of a class: `RawMessageDeltaEvent` → `raw_message_delta_event`."""
    return "_".join("_".join(_WORD.findall(part)) for part in name.split("_")).lower()


PACKAGE_DOCS = {
    (): "Each name is one of our classes, under the name the official package gives it.",
    ("beta",): (
        "The document describes each thing once, so a beta type is the same class as its GA one:\n"
        "`BetaMessage is Message`."
    ),
}


@dataclass
class Module:
    """One generated module: exported name → (our module under `types`, our name)."""

    path: tuple[str, ...]  # under `types`; a package when `package` is true
    package: bool = False
    names: dict[str, tuple[str, str]] = field(default_factory=dict)


def load_aliases(path: Path = ALIASES) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {
        "renames": data.get("renames") or {},
        "modules": data.get("modules") or {},
        "topics": data.get("topics") or {},
        "beta_plain": data.get("beta_plain") or [],
    }


def resolver(exports: dict[str, str], params: dict[str, str]) -> Any:
    """`Name` → (module, Name) of our response model; `param:Name` → of our request TypedDict."""

    def resolve(ours: str) -> tuple[str, str]:
        table, name = (params, ours[6:]) if ours.startswith("param:") else (exports, ours)
        if name not in table:
            raise SystemExit(f"official_names.yaml: we have no type {ours}")
        return table[name], name

    return resolve


def renamed(
    exports: dict[str, str], params: dict[str, str], aliases: dict[str, Any]
) -> dict[str, tuple[str, str]]:
    """Official name → (our module, our name) for every entry of `renames`."""
    resolve = resolver(exports, params)
    return {official: resolve(ours) for official, ours in aliases["renames"].items()}


def layout(
    exports: dict[str, str], params: dict[str, str], aliases: dict[str, Any]
) -> list[Module]:
    """Every module to write under `types/` besides `__init__` and the private folders.

    `exports` maps each public type name to its module (the response model where a schema has
    both forms), `params` each request-side TypedDict to its module.
    """
    resolve = resolver(exports, params)
    known = {**{n: (m, n) for n, m in exports.items()}, **renamed(exports, params, aliases)}

    def entry(ours: str) -> tuple[str, str]:
        return known[ours] if ours in known else resolve(ours)

    modules: dict[tuple[str, ...], Module] = {}

    def module(path: tuple[str, ...], package: bool = False) -> Module:
        found = modules.setdefault(path, Module(path, package))
        found.package = found.package or package
        return found

    topics: dict[str, dict[str, str]] = aliases["topics"]
    topic_roots = {tuple(t.split(".")) for t in topics}
    beta = module(("beta",), package=True)
    for name, found in sorted(known.items()):
        if name.startswith("Unknown"):
            continue  # our own fallbacks: importable from `types`, no official path
        if name.startswith("Parsed"):
            continue  # the parse() models: laid out by official_names.yaml (`parsed_message`)
        if (snake(name),) not in topic_roots:
            module((snake(name),)).names[name] = found
        if not name.startswith("Beta"):  # the official keeps a few `Beta…` names in `types`
            module(("beta", "beta_" + snake(name))).names["Beta" + name] = found
            beta.names["Beta" + name] = found
    for name in aliases["beta_plain"]:
        beta.names[name] = entry(name)
    for dotted, names in aliases["modules"].items():
        for official, ours in names.items():
            for path in _twins(tuple(dotted.split("."))):
                # In a beta twin, the module's own types gain `Beta`; inner names (`Delta`) do not.
                twin = path[0] == "beta" and path != tuple(dotted.split("."))
                own = snake(official).replace("_", "") == dotted.split(".")[-1].replace("_", "")
                exported = "Beta" + official if twin and own else official
                module(path).names[exported] = entry(ours)
    for dotted, names in topics.items():
        root = tuple(dotted.split("."))
        package = module(root, package=True)
        for official, ours in names.items():
            package.names[official] = entry(ours)
            module((*root, snake(official))).names[official] = entry(ours)
    return sorted(modules.values(), key=lambda m: m.path)


def _twins(path: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A top-level GA module entry also describes its beta twin (`x` → `beta/beta_x`)."""
    return [path, ("beta", "beta_" + path[0])] if len(path) == 1 else [path]
