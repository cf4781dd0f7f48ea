"""The module layout of `claude_api_client.types`, mirroring the official package's.

Users import types from many paths (`types.message`, `types.beta.beta_message`,
`types.messages.message_batch`, `types.raw_message_delta_event.Delta` …). Every such path is a
small generated module that re-exports our class. The layout comes from two sources:

- the document: each of our type names `Name` gets `types/<snake(Name)>.py`, and its beta
  spelling `BetaName` gets `types/beta/beta_<snake(Name)>.py` (the official naming convention);
- `templates/client/official_names.yaml`: where the official spells a name or a module
  differently (renames, inner names such as `Delta`, the per-topic packages). See its header;
- `tests/official_names.txt` (the official public names, a checked-in fact list): each official
  name under `types` that the two sources above leave out is placed at its official path when the
  naming convention finds it among ours (`by_convention`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .request_names import request_name

ALIASES = Path(__file__).resolve().parents[2] / "templates" / "client" / "official_names.yaml"
OFFICIAL_NAMES = Path(__file__).resolve().parents[2] / "tests" / "official_names.txt"

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
        "`BetaMessage is Message`. The whole-request TypedDicts are the exception: here each is\n"
        "its beta form, holding the beta-only keys and `betas` (`MessageCreateParams`)."
    ),
}


@dataclass
class Module:
    """One generated module: exported name → (our module under `types`, our name)."""

    path: tuple[str, ...]  # under `types`; a package when `package` is true
    package: bool = False
    names: dict[str, tuple[str, str]] = field(default_factory=dict)


# The tuple of an enum's values (`x-values-tuple`), `BROWSER_MEMBER_NAME_VALUES`: the official
# spells its beta twin `BETA_…`.
VALUES = re.compile(r"^[A-Z][A-Z0-9_]*_VALUES$")

# Where the exceptions named by `x-error-class` live, relative to `types` (one dot up).
ERROR_CLASSES = "._error_classes"


class _UniqueKeys(yaml.SafeLoader):
    """A mapping that names a key twice is a mistake (YAML would keep the last one silently)."""

    def construct_mapping(self, node: Any, deep: bool = False) -> Any:
        keys = [self.construct_object(k, deep=deep) for k, _ in node.value]
        twice = sorted({k for k in keys if keys.count(k) > 1})
        if twice:
            raise SystemExit(f"official_names.yaml: {twice} named twice ({node.start_mark})")
        return super().construct_mapping(node, deep=deep)


def load_aliases(path: Path = ALIASES, document: dict[str, Any] | None = None) -> dict[str, Any]:
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeys) or {}
    schemas = (document or {}).get("components", {}).get("schemas", {})
    return {
        # the exception raised for each error code (`x-error-class` on an `error_code` detail):
        # the official `types` re-exports these classes too (`types.shared.CMEKKeyDisabledError`);
        # an error type's class (`AuthenticationError`) is not: there the name is the body model
        "error_classes": sorted(
            s["x-error-class"]["name"]
            for s in schemas.values()
            if "x-error-class" in s and "error_code" in (s.get("properties") or {})
        ),
        # the official spells an enum only requests use without `Param` (`AnalyticsOrder`)
        "enums": {name for name, s in schemas.items() if "enum" in s},
        "renames": data.get("renames") or {},
        "former": data.get("former") or [],
        "modules": data.get("modules") or {},
        "topics": data.get("topics") or {},
        "beta_plain": data.get("beta_plain") or [],
        "not_ours": set(data.get("not_ours") or []),
        "same": data.get("same") or {},
        "undescribed": [tuple(p.split(".")) for p in data.get("undescribed") or []],
    }


def resolver(exports: dict[str, str]) -> Any:
    """Our type name → (its module, the name)."""

    def resolve(ours: str) -> tuple[str, str]:
        if ours.startswith("param:"):  # the old spelling of a request type
            raise SystemExit(
                f"official_names.yaml: {ours}: request types have names of their own now, "
                f"write {request_name(ours[6:])}"
            )
        if ours not in exports:
            hint = f" (its request form is {request_name(ours)})" * (request_name(ours) in exports)
            raise SystemExit(f"official_names.yaml: we have no type {ours}{hint}")
        return exports[ours], ours

    return resolve


def renamed(
    exports: dict[str, str], params: dict[str, str], aliases: dict[str, Any]
) -> dict[str, tuple[str, str]]:
    """Official name → (our module, our name) of `types` beyond our own names: every entry of
    `renames`, and each official name of `types` the naming convention finds among ours."""
    found = _alias_renames(exports, aliases)
    convention = by_convention(exports, params, aliases)
    for _, name in official_rows(top=True):
        if name not in exports and name not in found and name not in aliases["not_ours"]:
            match = convention(name)
            if match:
                found[name] = match
    return found


def _alias_renames(exports: dict[str, str], aliases: dict[str, Any]) -> dict[str, tuple[str, str]]:
    resolve = resolver(exports)
    own = sorted(n for n in aliases["renames"] if n in exports)
    if own:
        raise SystemExit(f"official_names.yaml: renames: our own names already: {own}")
    found = {official: resolve(ours) for official, ours in aliases["renames"].items()}
    for former in aliases["former"]:
        if former in exports or request_name(former) == former:
            raise SystemExit(f"official_names.yaml: former: {former} is not a former name")
        found.setdefault(former, resolve(request_name(former)))
    return found


def layout(
    exports: dict[str, str],
    params: dict[str, str],
    aliases: dict[str, Any],
    beta_forms: dict[str, str] | None = None,
) -> list[Module]:
    """Every module to write under `types/` besides `__init__` and the private folders.

    `exports` maps each public type name to its module, `params` the request types among them
    (`_params/`, named apart from the response models), `beta_forms` each request type that has
    a beta form to that form (request_forms.py): under `types.beta` a name is its beta form.
    """
    beta_forms = beta_forms or {}
    resolve = resolver(exports)
    known = {**{n: (m, n) for n, m in exports.items()}, **_alias_renames(exports, aliases)}

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
        if VALUES.match(name):  # an enum's values (`x-values-tuple`): in the enum's module
            enum_module = found[0].rpartition(".")[2]
            module((enum_module,)).names[name] = found
            module(("beta", "beta_" + enum_module)).names["BETA_" + name] = found
            beta.names["BETA_" + name] = found
            continue
        if name.startswith("Parsed") or name in beta_forms.values():
            # the parse() models: laid out by official_names.yaml (`parsed_message`); a beta
            # form: at the `types.beta` paths of its GA form
            continue
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
    convention = by_convention(exports, params, aliases)
    rows = official_rows()
    packages = {path[:i] for path, _ in rows for i in range(1, len(path))}
    for path, name in rows:
        # an explicit entry wins over a `Beta` twin of the same spelling
        explicit = name in aliases["same"] or name.removeprefix("Beta") in aliases["same"]
        if path in modules and name in modules[path].names and not explicit:
            continue
        if ".".join((*path, name)) in aliases["not_ours"]:
            continue
        if any(path[: len(p)] == p for p in aliases["undescribed"]):
            continue
        if path not in packages and _squash(name) != _squash(path[-1]):
            continue  # an inner name of a per-type module: only the alias table knows it
        found = convention(name)
        if found:
            module(path, package=path in packages).names[name] = found
    # A package re-exports the own type of each of its modules (`beta.AgentCreateParams`).
    placed = {
        (p[:-1], n): f for p, m in modules.items() if not m.package for n, f in m.names.items()
    }
    # The own type of a module the alias table lays out (`beta.thread_create_params`) is what its
    # package exports under that name, over what the convention found for the package.
    laid_out = {
        (tuple(dotted.split("."))[:-1], official)
        for dotted, names in aliases["modules"].items()
        for official in names
        if snake(official).replace("_", "") == dotted.split(".")[-1].replace("_", "")
    }
    for path, name in rows:
        if ".".join((*path, name)) in aliases["not_ours"]:
            continue
        if path in packages and (path, name) in placed:
            if (path, name) in laid_out:
                module(path, package=True).names[name] = placed[path, name]
            else:
                module(path, package=True).names.setdefault(name, placed[path, name])
    for path in sorted(packages):  # every folder on the way to a placed module is a package
        if any(m[: len(path)] == path for m in modules):
            module(path, package=True)
    for mod in modules.values():
        if mod.path[0] == "beta":
            mod.names = {n: _beta_form(found, beta_forms, params) for n, found in mod.names.items()}
    return sorted(modules.values(), key=lambda m: m.path)


def _beta_form(
    found: tuple[str, str], beta_forms: dict[str, str], params: dict[str, str]
) -> tuple[str, str]:
    """(module, name) of the beta form of our type `found`, where it has one."""
    twin = beta_forms.get(found[1])
    return (params[twin], twin) if twin else found


def official_rows(
    top: bool = False, path: Path = OFFICIAL_NAMES
) -> list[tuple[tuple[str, ...], str]]:
    """(module path under `types`, name) of the official public names below `types` (`top`:
    of `types` itself, the lazy index written apart)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        dotted, name = line.split("\t")[:2]
        if dotted.split(".")[0] == "types":
            rows.append((tuple(dotted.split(".")[1:]), name))
    return [(p, n) for p, n in rows if bool(p) != top]


def _squash(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def by_convention(exports: dict[str, str], params: dict[str, str], aliases: dict[str, Any]) -> Any:
    """Official name → (our module, our name) by the alias table's `same` and `renames`, else by
    the naming convention, or None.

    The official spells a beta type `Beta<Name>`, the request form of a schema `…Param` (`…Params`
    for a body or a query), the error object `…ErrorObject` beside `…Error`, and capitalises
    acronyms (`MCP`, `API`, `OAuth`) that our schema names write as words (`Mcp`, `Api`, `Oauth`):
    a response-side name finds our model, enum or union, a request-side one our request type
    (named `…Param`/`…Params` too), a plain name of an enum only requests use its request type;
    the name of an error code's exception finds that exception.
    """

    def folded(names: dict[str, str]) -> dict[str, str]:
        seen: dict[str, list[str]] = {}
        for n in names:
            if not n.startswith("Unknown"):
                seen.setdefault(n.lower(), []).append(n)
        return {k: v[0] for k, v in seen.items() if len(v) == 1}

    responses = folded({n: m for n, m in exports.items() if m.startswith("_models.")})
    requests = folded(params)
    exceptions = set(aliases["error_classes"])
    resolve = resolver(exports)
    same = {official: resolve(ours) for official, ours in aliases["same"].items()}
    same.update(_alias_renames(exports, aliases))

    def match(official: str) -> tuple[str, str] | None:
        for spelling in (official, official.removeprefix("Beta")):
            if spelling in same:
                return same[spelling]
        if official in exceptions:
            return ERROR_CLASSES, official
        if official.removeprefix("Beta") in exceptions:  # a beta-only code's `Beta…Error`
            return ERROR_CLASSES, official.removeprefix("Beta")
        stem = official.removeprefix("Beta")
        if re.search(r"Params?$", stem):
            base = re.sub(r"Params?$", "", stem)
            for candidate in (stem, base, base + "Param", base + "Params"):
                ours = requests.get(candidate.lower())
                if ours:
                    return params[ours], ours
            return None
        for candidate in (stem, re.sub(r"ErrorObject$", "Error", stem)):
            ours = responses.get(candidate.lower())
            if ours:
                return exports[ours], ours
        ours = requests.get(request_name(stem).lower())
        if ours and ours.removesuffix("Param") in aliases["enums"]:
            return params[ours], ours  # an enum only requests use: one name both ways there
        return None

    return match


def _twins(path: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A top-level GA module entry also describes its beta twin (`x` → `beta/beta_x`)."""
    return [path, ("beta", "beta_" + path[0])] if len(path) == 1 else [path]
