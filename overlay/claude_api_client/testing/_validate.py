"""A small JSON Schema validator for the subset our OpenAPI document uses.

It answers the first problem found as ``(path, message)``, worded like the API's own validation
errors (``messages.0.role: Input should be 'user' or 'assistant'``), or ``None`` when the value is
valid. Keywords: ``$ref`` (local), ``type`` (one or a list), ``const``, ``enum``, ``anyOf``,
``oneOf`` (with or without ``discriminator``), ``allOf``, ``properties``, ``required``,
``additionalProperties``, ``items``, ``minItems``, ``maxItems``, ``minLength``, ``maxLength``,
``pattern``, ``minimum``, ``maximum``, ``exclusiveMinimum``, ``exclusiveMaximum``. Annotations
(``description``, ``format``, ``x-…``) are ignored. A plain ``oneOf`` is checked like ``anyOf``:
the document uses it for unions whose members may overlap (a custom tool's ``type`` is optional).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["Problem", "SchemaValidator"]

Problem = tuple[str, str]
"""A validation failure: the dotted path of the bad value (empty for the root) and a message."""

_TYPE_NAMES = {
    "string": "a valid string",
    "integer": "a valid integer",
    "number": "a valid number",
    "boolean": "a valid boolean",
    "array": "a valid list",
    "object": "a valid dictionary",
    "null": "None",
}


def _is_type(value: object, kind: str) -> bool:
    if kind == "string":
        return isinstance(value, str)
    if kind == "integer":
        return (isinstance(value, int) and not isinstance(value, bool)) or (
            isinstance(value, float) and value.is_integer()
        )
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "array":
        return isinstance(value, list)
    if kind == "object":
        return isinstance(value, dict)
    if kind == "null":
        return value is None
    return True


def _literal(value: object) -> str:
    return "None" if value is None else repr(value) if isinstance(value, str) else json.dumps(value)


def _join(path: str, key: str | int) -> str:
    return f"{path}.{key}" if path else str(key)


def _size(size: int, schema: Mapping[str, Any], bound: str, what: str, unit: str) -> str | None:
    """The message for a length outside `min<bound>` / `max<bound>` (`minLength`, `maxItems`)."""
    low, high = schema.get("min" + bound), schema.get("max" + bound)
    if low is not None and size < low:
        return f"{what} should have at least {low} {unit}{'s' * (low != 1)}"
    if high is not None and size > high:
        return f"{what} should have at most {high} {unit}{'s' * (high != 1)}"
    return None


def _one_of_words(options: Sequence[str]) -> str:
    if len(options) == 1:
        return options[0]
    return ", ".join(options[:-1]) + " or " + options[-1]


class SchemaValidator:
    """Validates values against schemas of one OpenAPI document (which resolves its `$ref`s)."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self._document = document
        self._patterns: dict[str, re.Pattern[str]] = {}

    def resolve(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        """Follow `$ref` chains to the schema they name."""
        seen = 0
        while "$ref" in schema:
            ref = schema["$ref"]
            if not isinstance(ref, str) or not ref.startswith("#/"):
                raise ValueError(f"only local references are supported, not {ref!r}")
            node: Any = self._document
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            schema = node
            seen += 1
            if seen > 64:
                raise ValueError(f"reference cycle at {ref}")
        return schema

    def validate(self, value: object, schema: Mapping[str, Any], path: str = "") -> Problem | None:
        """The first problem with `value` under `schema`, or None."""
        schema = self.resolve(schema)
        for sub in schema.get("allOf", ()):
            problem = self.validate(value, sub, path)
            if problem:
                return problem
        if "const" in schema and value != schema["const"]:
            return path, f"Input should be {_literal(schema['const'])}"
        if "enum" in schema and value not in schema["enum"]:
            words = _one_of_words([_literal(v) for v in schema["enum"]])
            return path, f"Input should be {words}"
        if "oneOf" in schema and "discriminator" in schema:
            return self._tagged(value, schema, path)
        union = schema.get("anyOf") or schema.get("oneOf")
        if union:
            problem = self._union(value, union, path)
            if problem:
                return problem
        kinds = schema.get("type")
        if kinds is not None:
            names = [kinds] if isinstance(kinds, str) else list(kinds)
            if not any(_is_type(value, k) for k in names):
                return path, "Input should be " + _one_of_words(
                    [_TYPE_NAMES.get(k, k) for k in names]
                )
        if isinstance(value, str):
            return self._string(value, schema, path)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return self._number(value, schema, path)
        if isinstance(value, list):
            return self._array(value, schema, path)
        if isinstance(value, dict):
            return self._object(value, schema, path)
        return None

    # --- unions ----------------------------------------------------------------------------------

    def _tagged(self, value: object, schema: Mapping[str, Any], path: str) -> Problem | None:
        field = schema["discriminator"]["propertyName"]
        mapping: Mapping[str, str] = schema["discriminator"].get("mapping") or {}
        if not isinstance(value, dict):
            return path, "Input should be a valid dictionary"
        tag = value.get(field)
        if tag is None:
            return _join(path, field), "Field required"
        if tag not in mapping:
            expected = ", ".join(repr(t) for t in mapping)
            return (
                _join(path, field),
                f"Input tag {_literal(tag)} found using {field!r} does not match any of the "
                f"expected tags: {expected}",
            )
        return self.validate(value, {"$ref": mapping[tag]}, path)

    def _union(self, value: object, members: Sequence[Any], path: str) -> Problem | None:
        problems: list[Problem] = []
        for member in members:
            problem = self.validate(value, member, path)
            if problem is None:
                return None
            problems.append(problem)
        # The member the value came closest to explains the failure best: a problem deeper
        # inside the value means the outer shape matched.
        deepest = max(problems, key=lambda p: len(p[0]))
        if len(deepest[0]) > len(path):
            return deepest
        kinds: list[str] = []
        for member in members:
            kind = self.resolve(member).get("type")
            if isinstance(kind, str) and _TYPE_NAMES.get(kind, kind) not in kinds:
                kinds.append(_TYPE_NAMES.get(kind, kind))
        if len(kinds) == len(members):
            return path, "Input should be " + _one_of_words(kinds)
        return problems[0]

    # --- scalars and containers ------------------------------------------------------------------

    def _string(self, value: str, schema: Mapping[str, Any], path: str) -> Problem | None:
        too = _size(len(value), schema, "Length", "String", "character")
        if too:
            return path, too
        pattern = schema.get("pattern")
        if pattern is not None:
            compiled = self._patterns.get(pattern)
            if compiled is None:
                compiled = self._patterns[pattern] = re.compile(pattern)
            if not compiled.search(value):
                return path, f"String should match pattern '{pattern}'"
        return None

    def _number(self, value: float, schema: Mapping[str, Any], path: str) -> Problem | None:
        if "minimum" in schema and value < schema["minimum"]:
            return path, f"Input should be greater than or equal to {schema['minimum']}"
        if "maximum" in schema and value > schema["maximum"]:
            return path, f"Input should be less than or equal to {schema['maximum']}"
        low = schema.get("exclusiveMinimum")
        if isinstance(low, (int, float)) and not isinstance(low, bool) and value <= low:
            return path, f"Input should be greater than {low}"
        high = schema.get("exclusiveMaximum")
        if isinstance(high, (int, float)) and not isinstance(high, bool) and value >= high:
            return path, f"Input should be less than {high}"
        return None

    def _array(self, value: list[Any], schema: Mapping[str, Any], path: str) -> Problem | None:
        too = _size(len(value), schema, "Items", "List", "item")
        if too:
            return path, too
        items = schema.get("items")
        if isinstance(items, Mapping):
            for index, item in enumerate(value):
                problem = self.validate(item, items, _join(path, index))
                if problem:
                    return problem
        return None

    def _object(
        self, value: dict[str, Any], schema: Mapping[str, Any], path: str
    ) -> Problem | None:
        properties: Mapping[str, Any] = schema.get("properties") or {}
        for name in schema.get("required", ()):
            if name not in value:
                return _join(path, name), "Field required"
        extra = schema.get("additionalProperties", True)
        for name, item in value.items():
            sub = properties.get(name)
            if sub is not None:
                problem = self.validate(item, sub, _join(path, name))
            elif extra is False:
                problem = (_join(path, name), "Extra inputs are not permitted")
            elif isinstance(extra, Mapping):
                problem = self.validate(item, extra, _join(path, name))
            else:
                problem = None
            if problem:
                return problem
        return None
