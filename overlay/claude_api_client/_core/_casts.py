"""Casts: turn a successful (and already read) response into what a method returns."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import pydantic

from ._errors import invalid_body
from ._model_base import APIModel, is_model_class

if TYPE_CHECKING:
    import httpx

T = TypeVar("T")


def attach_request_id(obj: object, request_id: str | None) -> None:
    """Record the response's request id on a parsed model that reads one back: an `APIModel`,
    or any pydantic model declaring a `_request_id` private attribute."""
    if request_id is None or not isinstance(obj, pydantic.BaseModel):
        return
    if not isinstance(obj, APIModel) and "_request_id" not in obj.__private_attributes__:
        return
    private = obj.__pydantic_private__
    if private is None:
        # APIModel declares no private attribute (see _model_base): its slot starts empty.
        object.__setattr__(obj, "__pydantic_private__", {"_request_id": request_id})
    else:
        private["_request_id"] = request_id


_ADAPTERS: dict[int, pydantic.TypeAdapter[Any]] = {}


def validator_for(kind: Any) -> Callable[[bytes], Any]:
    """The JSON validator of any type: a model's own, else a TypeAdapter's (built once per type),
    so unions (an open union of events or resources) validate like models."""
    if is_model_class(kind):
        return kind.model_validate_json  # type: ignore[no-any-return]
    adapter = _ADAPTERS.get(id(kind))
    if adapter is None:
        adapter = _ADAPTERS[id(kind)] = pydantic.TypeAdapter(kind)
    return adapter.validate_json


def value_cast(load: Callable[[], type[T]]) -> Callable[[httpx.Response], T]:
    """A cast that validates the JSON body as what `load()` returns (imported lazily, at the
    first response): a model, or a union (through a TypeAdapter of the open union)."""
    return validated_cast(lambda content: validator_for(load())(content))


def validated_cast(validate: Callable[[bytes], T]) -> Callable[[httpx.Response], T]:
    """A cast that validates the JSON body with `validate`, with the request id attached to a
    model; a body that does not validate is an `APIResponseValidationError`."""

    def cast(response: httpx.Response) -> T:
        try:
            obj = validate(response.content)
        except (ValueError, RecursionError) as error:  # invalid JSON is a ValidationError too
            raise invalid_body(response, error) from error
        attach_request_id(obj, response.headers.get("request-id"))
        return obj

    return cast


def optional_cast(load: Callable[[], type[T]]) -> Callable[[httpx.Response], T | None]:
    """A cast for a body that may be JSON `null` (a long poll that found nothing): None then."""
    inner = value_cast(load)
    return lambda response: None if response.content.strip() in (b"", b"null") else inner(response)


def json_cast(response: httpx.Response) -> object:
    """The body as plain decoded JSON; None when empty."""
    if not response.content:
        return None
    try:
        return json.loads(response.content)
    except (ValueError, RecursionError) as error:
        raise invalid_body(response, error) from error


def bytes_cast(response: httpx.Response) -> bytes:
    """The body as bytes (downloads)."""
    return response.content


def none_cast(response: httpx.Response) -> None:
    """Nothing: the method returns None whatever the body."""
    return None


def cast_to(kind: Any) -> Callable[[httpx.Response], Any]:
    """The cast of `APIResponse.parse(to=kind)`: the response itself (`httpx.Response`), its
    text (`str`), bytes (`bytes`), None (`NoneType`), or the JSON body validated as `kind` (a
    model, `dict`, `list`, a union, a number), a model with the request id attached."""
    import httpx

    if kind is httpx.Response:
        return lambda response: response
    if kind is str:
        return lambda response: response.text
    if kind is bytes:
        return bytes_cast
    if kind is None or kind is type(None):
        return none_cast
    if is_model_class(kind):
        return validated_cast(kind.model_validate_json)
    # Not `validator_for`: its cache is keyed by identity, and a caller's `list[X]` is a new
    # object each time (its id reused once collected).
    return validated_cast(pydantic.TypeAdapter(kind).validate_json)
