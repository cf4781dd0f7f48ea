"""`Model.construct(**values)`: a model built without validation, nested values included.

As the official package's `construct`: each field's value is converted by the field's type
where it fits (a dict becomes the model the type names, a list or dict of them is converted
item by item, a union takes the member the value validates as, else the member its tag
names) and is kept as it is where it does not; nothing is checked and nothing is refused.
"""

from __future__ import annotations

import types
import typing
from typing import Annotated, Any, Literal, TypeVar, Union

import pydantic
from typing_extensions import TypeAliasType

from ._model_base import _LazyTaggedUnion, is_model_class

M = TypeVar("M", bound=pydantic.BaseModel)

_UNIONS = (Union, types.UnionType)
# pydantic's own `model_construct` (models of this package override it with `construct`).
_PYDANTIC_CONSTRUCT: Any = pydantic.BaseModel.model_construct.__func__  # type: ignore[attr-defined]


def construct(model: type[M], fields_set: set[str] | None, values: dict[str, Any]) -> M:
    """`model` built from `values` (keyed by the API's names, or by attribute names)."""
    converted: dict[str, Any] = {}
    for name, field in model.model_fields.items():
        key = field.alias if field.alias is not None and field.alias in values else name
        if key in values:
            converted[key] = loose(values[key], field.annotation, field.metadata)
    extra = {key: value for key, value in values.items() if key not in converted}
    built: M = _PYDANTIC_CONSTRUCT(model, fields_set, **converted, **extra)
    return built


def loose(value: Any, kind: Any, metadata: list[Any] | tuple[Any, ...] = ()) -> Any:
    """`value` converted to `kind` where it fits, else `value` itself."""
    if isinstance(kind, TypeAliasType):
        kind = kind.__value__
    if typing.get_origin(kind) is Annotated:
        kind, *more = typing.get_args(kind)
        metadata = (*metadata, *more)
    lazy = next((m for m in metadata if isinstance(m, _LazyTaggedUnion)), None)
    if lazy is not None:  # a lazily built open union (`_model_base.lazy_union`)
        if isinstance(value, dict) and isinstance(value.get(lazy.field), str):
            lazy.load(value[lazy.field])
            return loose(value, lazy.classes[value[lazy.field]])
        return value
    origin = typing.get_origin(kind)
    if origin in _UNIONS:
        return _member(value, kind)
    if is_model_class(kind):
        if isinstance(value, dict):
            return construct(kind, None, value)
        return value
    if origin is list and isinstance(value, list):
        (item,) = typing.get_args(kind) or (Any,)
        return [loose(entry, item) for entry in value]
    if origin is dict and isinstance(value, dict):
        item = (typing.get_args(kind) or (Any, Any))[1]
        return {key: loose(entry, item) for key, entry in value.items()}
    return value


def _member(value: Any, union: Any) -> Any:
    """A union's value: validated as the union when it is valid, else built as the member model
    whose `type` literal is the value's, else as it is."""
    try:
        return pydantic.TypeAdapter(union).validate_python(value)
    except (pydantic.ValidationError, pydantic.PydanticSchemaGenerationError):
        pass
    if not isinstance(value, dict):
        return value
    for member in typing.get_args(union):
        while typing.get_origin(member) is Annotated:
            member = typing.get_args(member)[0]
        if is_model_class(member):
            tag = member.model_fields.get("type")
            if tag is not None and typing.get_origin(tag.annotation) is Literal:
                if value.get("type") in typing.get_args(tag.annotation):
                    return construct(member, None, value)
    return value
