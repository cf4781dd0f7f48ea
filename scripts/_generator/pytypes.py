"""Python type hints and cheap runtime checks for method arguments, from their schemas."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .schema_graph import REF_PREFIX, resolve_ref

_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}
# What a runtime check accepts for each JSON type (kept loose where users pass models or tuples).
_RUNTIME = {
    "string": ("str",),
    "integer": ("int",),
    "number": ("int", "float"),
    "boolean": ("bool",),
    "null": ("None.__class__",),  # not type(None): an argument may be named `type`
}


def _literal(values: list[Any]) -> str:
    return "Literal[" + ", ".join(repr(v) for v in values) + "]"


def _union(parts: list[str]) -> str:
    unique: list[str] = []
    for p in parts:
        if p not in unique:
            unique.append(p)
    return " | ".join(unique)


def request_hint(schema: Any, names: Mapping[str, str], used: set[str]) -> str:
    """The hint for a value the caller passes (`names`: schema → its request type's name)."""
    if not isinstance(schema, dict):
        return "object"
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith(REF_PREFIX):
        name = ref[len(REF_PREFIX) :]
        if name in names:
            used.add(names[name])
            return names[name]
        return "object"
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return _union([request_hint(s, names, used) for s in schema[key]])
    if "const" in schema:
        return _literal([schema["const"]])
    if "enum" in schema:
        return _literal(schema["enum"])
    kind = schema.get("type")
    if isinstance(kind, list):
        return _union([request_hint({**schema, "type": k}, names, used) for k in kind])
    if kind == "array":
        return f"Sequence[{request_hint(schema.get('items', {}), names, used)}]"
    if kind == "object":
        return "Mapping[str, object]"
    if (kind == "string" and schema.get("format") == "binary") or schema.get("contentMediaType"):
        return "FileTypes"
    if kind == "string" and schema.get("format") == "date-time":
        return "str | datetime"  # sent as ISO 8601 (query strings and JSON bodies alike)
    if kind == "string" and schema.get("format") == "date":
        return "str | date"  # sent as ISO 8601 `YYYY-MM-DD`
    return _SCALARS.get(kind, "object")


def runtime_kinds(schema: Any, doc: dict[str, Any]) -> tuple[str, ...] | None:
    """Builtin type names a value must be an instance of, or None when no cheap check applies."""
    if not isinstance(schema, dict):
        return None
    if "$ref" in schema:
        target = resolve_ref(doc, schema)
        return (
            runtime_kinds(target, doc) if "type" in target and target["type"] != "object" else None
        )
    if "anyOf" in schema or "oneOf" in schema:
        parts = [runtime_kinds(s, doc) for s in schema.get("anyOf", schema.get("oneOf", []))]
        if any(p is None for p in parts):
            return None
        return tuple(sorted({k for p in parts if p for k in p}))
    kind = schema.get("type")
    if kind in _RUNTIME:
        if kind == "string" and (
            schema.get("format") in ("binary", "date-time", "date")
            or schema.get("contentMediaType")
        ):
            return None
        return _RUNTIME[kind]
    if kind == "array":
        return ("list", "tuple")
    return None


def accepts_null(schema: Any, doc: dict[str, Any]) -> bool:
    """Whether `null` is a valid value of `schema` (so a required argument may be None)."""
    if not isinstance(schema, dict):
        return True
    if "$ref" in schema:
        return accepts_null(resolve_ref(doc, schema), doc)
    members = schema.get("anyOf", schema.get("oneOf"))
    if isinstance(members, list):
        return any(accepts_null(m, doc) for m in members)
    kind = schema.get("type")
    if isinstance(kind, list):
        return "null" in kind
    return kind == "null" or (kind is None and not schema.get("enum"))
