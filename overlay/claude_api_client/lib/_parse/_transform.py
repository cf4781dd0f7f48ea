"""`transform_schema()`: a JSON schema (or a pydantic model) narrowed to what structured outputs accept.

The API takes a subset of JSON Schema: every object closed (`additionalProperties: false`), a
short list of string formats, `minItems` of 0 or 1 only. Which properties are required is the
schema's own say (a field with a default stays optional), as in the official package. Keywords
outside the subset (`minimum`, `maxLength`, `pattern`, …) are not dropped silently: they are
written into the description, where the model can still follow them, and the pydantic validation
of the reply still enforces them. What cannot be expressed at all (a mapping with arbitrary keys,
a tuple, a value of any type) is refused here, before a request is sent, naming where it is.
"""

from __future__ import annotations

import inspect
from collections.abc import Mapping
from functools import lru_cache
from typing import Any, TypeGuard, cast

import pydantic

from ..._core._exceptions import AnthropicError

__all__ = [
    "SUPPORTED_STRING_FORMATS",
    "UnsupportedSchemaError",
    "json_output_format",
    "transform_schema",
]

SUPPORTED_STRING_FORMATS = frozenset(
    {"date-time", "time", "date", "duration", "email", "hostname", "uri", "ipv4", "ipv6", "uuid"}
)
_TYPES = frozenset({"object", "array", "string", "integer", "number", "boolean", "null"})
# Keywords that have no equivalent in the accepted subset and no description fallback.
_INEXPRESSIBLE = {
    "patternProperties": "an object whose keys follow a pattern",
    "prefixItems": "a tuple (positional array items)",
    "unevaluatedProperties": "`unevaluatedProperties`",
    "propertyNames": "constraints on property names",
}


class UnsupportedSchemaError(AnthropicError, ValueError):
    """An output format (or tool input) whose schema structured outputs cannot express.

    Raised before any request is sent; `path` locates the offending part (`#/properties/tags`).
    """

    def __init__(self, message: str, *, path: str) -> None:
        super().__init__(f"{message} (at {path})")
        self.path = path


def _is_primitive(value: object) -> bool:
    return value is None or isinstance(value, (str, int, float, bool))


def _strict(schema: Mapping[str, Any], path: str) -> dict[str, Any]:
    if not isinstance(schema, Mapping):
        raise UnsupportedSchemaError(
            f"expected a schema object, got {type(schema).__name__}", path=path
        )
    rest = dict(schema)
    out: dict[str, Any] = {}
    defs = rest.pop("$defs", None)
    if isinstance(defs, Mapping):
        out["$defs"] = {k: _strict(v, f"{path}/$defs/{k}") for k, v in defs.items()}
    ref = rest.pop("$ref", None)
    if ref is not None:
        out["$ref"] = ref
        if "description" in rest:
            out["description"] = rest["description"]
        return out
    for key, what in _INEXPRESSIBLE.items():
        if key in rest:
            raise UnsupportedSchemaError(f"structured outputs cannot express {what}", path=path)

    kind = rest.pop("type", None)
    if isinstance(kind, list):
        # ["string", "null"] is the same as anyOf of each type.
        variants = [{**rest, "type": k} for k in kind]
        return {**out, "anyOf": [_strict(v, f"{path}/type/{i}") for i, v in enumerate(variants)]}
    if kind is not None and kind not in _TYPES:
        raise UnsupportedSchemaError(f"unknown type {kind!r}", path=path)

    literal = False
    enum = rest.get("enum")
    if isinstance(enum, list) and enum and all(_is_primitive(v) for v in enum):
        out["enum"] = list(rest.pop("enum"))
        literal = True
    if "const" in rest and _is_primitive(rest["const"]):
        out["const"] = rest.pop("const")
        literal = True

    combined = False
    for key, target in (("anyOf", "anyOf"), ("oneOf", "anyOf"), ("allOf", "allOf")):
        variants = rest.pop(key, None)
        if isinstance(variants, list) and not combined:
            out[target] = [_strict(v, f"{path}/{key}/{i}") for i, v in enumerate(variants)]
            combined = True
    if literal:
        kind = None
    elif not combined:
        if kind is None:
            raise UnsupportedSchemaError(
                "structured outputs cannot express a value of any type: give it a type "
                "(or an enum / const of strings, numbers, booleans or null)",
                path=path,
            )
        out["type"] = kind

    for key in ("description", "title"):
        if key in rest:
            out[key] = rest.pop(key)

    if kind == "object":
        properties = rest.pop("properties", None) or {}
        extra = rest.pop("additionalProperties", None)
        if isinstance(extra, Mapping) or (extra is True and not properties):
            raise UnsupportedSchemaError(
                "structured outputs cannot express a mapping with arbitrary keys "
                "(dict[str, ...]); use a model with named fields",
                path=path,
            )
        out["properties"] = {
            name: _strict(prop, f"{path}/properties/{name}") for name, prop in properties.items()
        }
        out["additionalProperties"] = False
        required = rest.pop("required", None)
        if required is not None:
            out["required"] = list(required)
    elif kind == "string":
        fmt = rest.pop("format", None)
        if fmt in SUPPORTED_STRING_FORMATS:
            out["format"] = fmt
        elif fmt is not None:
            rest["format"] = fmt
    elif kind == "array":
        items = rest.pop("items", None)
        if items is not None:
            out["items"] = _strict(items, f"{path}/items")
        min_items = rest.pop("minItems", None)
        if min_items in (0, 1):
            out["minItems"] = min_items
        elif min_items is not None:
            rest["minItems"] = min_items

    if rest:
        # Not expressible as a constraint: keep it as guidance for the model.
        note = "{" + ", ".join(f"{k}: {v}" for k, v in rest.items()) + "}"
        description = out.get("description")
        out["description"] = f"{description}\n\n{note}" if description else note
    return out


def transform_schema(json_schema: type[Any] | Mapping[str, Any]) -> dict[str, Any]:
    """The structured-outputs form of `json_schema` (a JSON schema dict or a pydantic model class).

    Objects are closed (their `required` kept as given); unsupported keywords move into the
    description; a schema that cannot be expressed raises `UnsupportedSchemaError`. The input is
    never modified.

    >>> transform_schema({"type": "integer", "minimum": 1, "description": "A count"})
    {'type': 'integer', 'description': 'A count\\n\\n{minimum: 1}'}
    """
    if inspect.isclass(json_schema):
        if issubclass(json_schema, pydantic.BaseModel):
            return _strict(_model_schema(json_schema), "#")
        raise TypeError(
            "transform_schema() takes a JSON schema dict or a pydantic model class; "
            "for other types use json_output_format()"
        )
    return _strict(cast("Mapping[str, Any]", json_schema), "#")


@lru_cache(maxsize=256)
def _model_schema(model: type[Any]) -> dict[str, Any]:
    schema: dict[str, Any] = model.model_json_schema()
    return schema


@lru_cache(maxsize=256)
def _type_schema(output_type: Any) -> dict[str, Any]:
    try:
        schema: dict[str, Any] = pydantic.TypeAdapter(output_type).json_schema()
    except pydantic.PydanticUserError as exc:  # includes PydanticSchemaGenerationError
        raise TypeError(
            f"output_format: cannot build a JSON schema for {output_type!r} ({exc.message}); use a "
            "pydantic model, a TypedDict, a dataclass or a JSON schema dict"
        ) from exc
    return schema


def _is_model_class(value: object) -> TypeGuard[type[pydantic.BaseModel]]:
    try:
        return inspect.isclass(value) and issubclass(value, pydantic.BaseModel)
    except TypeError:  # on Python 3.10 a generic alias (dict[str, int]) passes isclass()
        return False


def json_output_format(output_format: object) -> dict[str, Any]:
    """The `output_config.format` value asking for replies shaped like `output_format`.

    `output_format` is a pydantic model, a `TypedDict`, a dataclass (any type pydantic can
    describe), a JSON schema dict, or an already built `{"type": "json_schema", "schema": ...}`.
    """
    if isinstance(output_format, Mapping):
        if output_format.get("type") == "json_schema" and isinstance(
            output_format.get("schema"), Mapping
        ):
            return {**output_format, "schema": transform_schema(output_format["schema"])}
        return {"type": "json_schema", "schema": transform_schema(output_format)}
    if isinstance(output_format, str):
        raise TypeError("output_format must be a type or a JSON schema dict, not a string")
    if _is_model_class(output_format):
        schema = _model_schema(output_format)
    else:
        try:
            schema = _type_schema(output_format)
        except TypeError as exc:  # unhashable generic aliases are still describable
            if "unhashable" not in str(exc):
                raise
            schema = _type_schema.__wrapped__(output_format)
    return {"type": "json_schema", "schema": _strict(schema, "#")}
