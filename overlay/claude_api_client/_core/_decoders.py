"""Turn server-sent events into models: the event name picks the model, the open union the rest."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class UnionDecoder:
    """A decoder for SSE events whose name is the union tag: ``decode(event_name, data)``.

    The event name picks the member model directly (one validation, no union dispatch); an event
    whose name is unknown, or whose body does not match its name, goes through the open union,
    which keeps unknown events as its `Unknown…` member. `load` gives the members by event name
    and the union, on the first event.

    `validators` (event name -> the member's compiled `validate_json`) is public to the stream,
    which calls them directly: even the Python wrapper `model_validate_json` adds ~0.25 µs to
    every event of a stream. Each is built at the first event of its name, so a short stream
    builds only the events it carries.
    """

    __slots__ = ("_load", "_members", "_union", "validators")

    def __init__(self, load: Callable[[], tuple[dict[str, type[Any]], Any]]) -> None:
        self._load = load
        self._members: dict[str, type[Any]] = {}
        self._union: Any = None
        self.validators: dict[str, Callable[[str], Any]] = {}

    def _build(self, event: str) -> Callable[[str], Any]:
        if self._union is None:
            import pydantic

            from ._model_base import on_models_rebuilt

            on_models_rebuilt(self.validators.clear)  # rebuilt models: take their new validators
            loaded, union = self._load()
            self._members.update(loaded)
            self._union = pydantic.TypeAdapter(union)
        model = self._members.get(event)
        validate: Callable[[str], Any]
        if model is None:  # an event name this version does not know: the open union keeps it
            validate = self._union.validate_json
        else:
            if not model.__pydantic_complete__:
                model.model_rebuild()
            validate = model.__pydantic_validator__.validate_json
        self.validators[event] = validate
        return validate

    def fallback(self, data: str) -> Any:
        """`data` through the open union: what a member refused (built with the first validator)."""
        return self._union.validate_json(data)

    def __call__(self, event: str, data: str) -> Any:
        validate = self.validators.get(event) or self._build(event)
        try:
            return validate(data)
        except ValueError:
            return self.fallback(data)
