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
    members: dict[str, type[Any]] = {}
    union_adapter: Any = None

    def decode(event: str, data: str) -> Any:
        nonlocal union_adapter
        if not members:
            loaded, union = load()
            members.update(loaded)
            import pydantic

            union_adapter = pydantic.TypeAdapter(union)
        model = members.get(event)
        if model is not None:
            try:
                return model.model_validate_json(data)
            except ValueError:
                pass
        return union_adapter.validate_json(data)

    return decode
