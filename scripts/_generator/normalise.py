"""Reshape schemas before datamodel-code-generator sees them, so every generated name is ours.

Left alone, the generator invents names for pieces the document leaves inline: an enum inside a
property becomes a class `Type` or `Reason`, a constrained nullable scalar becomes an alias
`MaxUses1`. We hoist inline enums into components named `<Schema><Property>` and fold
`anyOf: [<scalar with constraints>, {type: null}]` into one nullable scalar, so the output only
holds names that say what they are.
"""

from __future__ import annotations

import copy
from typing import Any

from .render import camel

_NULL = {"type": "null"}


def _is_null(node: Any) -> bool:
    return isinstance(node, dict) and node.get("type") == "null" and len(node) <= 2


def _fold_nullable_scalar(node: dict[str, Any]) -> dict[str, Any]:
    members = node.get("anyOf")
    if not isinstance(members, list) or len(members) != 2 or not any(_is_null(m) for m in members):
        return node
    other = next(m for m in members if not _is_null(m))
    if not isinstance(other, dict) or "$ref" in other or "enum" in other:
        return node
    kind = other.get("type")
    if kind not in {"string", "integer", "number", "boolean"}:
        return node
    folded = {k: v for k, v in node.items() if k != "anyOf"}
    folded.update({k: v for k, v in other.items() if k != "type"})
    folded["type"] = [kind, "null"]
    return folded


WIRE_DATETIME = "claude_api_client._core._model_base.WireDateTime"

# Limits the API enforces on what it is sent. A response model never checks them: the SDK must
# not refuse what the API returns (a text block longer than a request's maxLength, say).
REQUEST_CONSTRAINTS = frozenset(
    {
        "maxLength",
        "minLength",
        "pattern",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "minItems",
        "maxItems",
        "uniqueItems",
        "minProperties",
        "maxProperties",
    }
)


def normalise(schemas: dict[str, Any], hoist_enums: bool) -> dict[str, Any]:
    """A copy of `schemas` with nullable scalars folded and, for responses, inline enums hoisted,
    timestamps read as datetimes that keep their text (so `to_dict()` stays lossless) and
    request-side limits (`REQUEST_CONSTRAINTS`) dropped."""
    out = copy.deepcopy(schemas)
    hoisted: dict[str, Any] = {}

    def visit(node: Any, owner: str, prop: str | None, top: bool) -> Any:
        if isinstance(node, list):
            return [visit(item, owner, prop, False) for item in node]
        if not isinstance(node, dict):
            return node
        node = _fold_nullable_scalar(node)
        if hoist_enums and node.get("format") == "date-time":
            node = {k: v for k, v in node.items() if k != "format"}
            node["customTypePath"] = WIRE_DATETIME
        if hoist_enums and not top and prop and "enum" in node and "$ref" not in node:
            name = owner + camel(prop)
            while name in out or (name in hoisted and hoisted[name] != node):
                name += "Value"
            hoisted[name] = {k: v for k, v in node.items() if k not in {"default", "examples"}}
            ref: dict[str, Any] = {"$ref": f"#/components/schemas/{name}"}
            for kept in ("default", "description"):  # the field's own, not the enum's
                if kept in node:
                    ref[kept] = node[kept]
            return ref
        result: dict[str, Any] = {}
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):
                result[key] = {p: visit(v, owner, p, False) for p, v in value.items()}
            elif key in {"anyOf", "oneOf", "allOf", "items"}:
                result[key] = visit(value, owner, prop, False)
            elif hoist_enums and key in REQUEST_CONSTRAINTS:
                continue
            else:
                result[key] = value
        return result

    for name in list(out):
        out[name] = visit(out[name], name, None, True)
    out.update(hoisted)
    return dict(sorted(out.items()))
