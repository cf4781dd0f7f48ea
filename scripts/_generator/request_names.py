"""The names of the request-side types: every one ends in `Param` or `Params`.

A schema used both ways becomes two types, a pydantic model in `types/_models/` and a TypedDict
(or alias of TypedDicts) in `types/_params/`. The official package's convention tells them apart:
the request form is `<Name>Param` (`Model` / `ModelParam`, `PlainTextSource` /
`PlainTextSourceParam`). We apply it to every request-side schema, so that no two generated
types share a name and a type checker never shows two different `Speed`s.
"""

from __future__ import annotations

import re
from typing import Any

from .schema_graph import REF_PREFIX

# (a streamed body's forms keep the official suffixes: `MessageCreateParamsNonStreaming`)
_SUFFIXED = re.compile(r"Params?(?:Base|NonStreaming|Streaming)?$")


def request_name(schema: str) -> str:
    """`Speed` → `SpeedParam`; a name that already says so stays (`TextBlockParam`,
    `MessageCreateParams`)."""
    return schema if _SUFFIXED.search(schema) else schema + "Param"


def request_type_names(schemas: set[str]) -> dict[str, str]:
    """Schema name → request type name, refusing two schemas that would share one."""
    names = {schema: request_name(schema) for schema in sorted(schemas)}
    seen: dict[str, str] = {}
    for schema, name in names.items():
        if name in seen:
            raise SystemExit(
                f"openapi/: the request forms of {seen[name]} and {schema} would both be "
                f"named {name}; rename one of the schemas"
            )
        seen[name] = schema
    return names


def rename_refs(node: Any, names: dict[str, str]) -> Any:
    """A copy of `node` whose schema references point at the renamed schemas."""
    if isinstance(node, list):
        return [rename_refs(item, names) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: rename_refs(value, names) for key, value in node.items()}
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith(REF_PREFIX):
        out["$ref"] = REF_PREFIX + names.get(ref[len(REF_PREFIX) :], ref[len(REF_PREFIX) :])
    return out


def shared_names(models: dict[str, str], params: dict[str, str]) -> list[str]:
    """Names given both to a response model and to a request type (none, by construction)."""
    return sorted(set(models) & set(params))
