"""Turn server-sent events into models: the event name picks the model, the open union the rest."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    pass

T = TypeVar("T")


def union_decoder(
    load: Callable[[], tuple[dict[str, type[Any]], Any]],
) -> Callable[[str, str], Any]:
    """A decoder for SSE events whose name is the union tag.

    The event name picks the member model directly (one validation, no union dispatch); an event
    whose name is unknown, or whose body does not match its name, goes through the open union,
    which keeps unknown events as its `Unknown…` member.
    """
    # Event name -> the member's compiled `validate_json`, called directly: the Python wrapper
    # `model_validate_json` adds ~0.25 µs to every event of a stream. Each is built at the first
    # event of its name, so a short stream builds only the events it carries.
    validators: dict[str, Callable[[str], Any]] = {}
    members: dict[str, type[Any]] = {}
    union_adapter: Any = None

    def build(event: str) -> Callable[[str], Any]:
        nonlocal union_adapter
        if union_adapter is None:
            import pydantic

            from ._model_base import on_models_rebuilt

            on_models_rebuilt(validators.clear)  # rebuilt models: take their new validators
            loaded, union = load()
            members.update(loaded)
            union_adapter = pydantic.TypeAdapter(union)
        model = members.get(event)
        validate: Callable[[str], Any]
        if model is None:  # an event name this version does not know: the open union keeps it
            validate = union_adapter.validate_json
        else:
            if not model.__pydantic_complete__:
                model.model_rebuild()
            validate = model.__pydantic_validator__.validate_json
        validators[event] = validate
        return validate

    def decode(event: str, data: str) -> Any:
        validate = validators.get(event) or build(event)
        try:
            return validate(data)
        except ValueError:
            return union_adapter.validate_json(data)

    return decode
