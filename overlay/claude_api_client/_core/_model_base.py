"""Base classes and helpers that every generated model builds on.

Forward compatibility lives here: responses never fail on something the API added after this SDK
was generated. Unknown fields are kept (``extra="allow"``), unknown enum values stay usable strings
(:class:`OpenEnum`), and unknown union members become the union's ``Unknown…`` model instead of
failing or being read as another member (:func:`open_discriminator`).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

import pydantic

UNKNOWN_TAG = "__unknown__"


class APIModel(pydantic.BaseModel):
    """A parsed API object: keeps every field it came with and gives it back unchanged."""

    model_config = pydantic.ConfigDict(
        extra="allow",
        populate_by_name=True,
        protected_namespaces=(),
        defer_build=True,
    )

    _request_id: str | None = pydantic.PrivateAttr(default=None)

    if TYPE_CHECKING:
        # The `request-id` of the response this object came from, when it came from one.
        request_id: str | None
    else:
        # Looked up only when no field of that name exists (an error body has its own
        # `request_id` field, with the same meaning), so no field is ever shadowed.
        def __getattr__(self, name: str) -> Any:
            if name == "request_id":
                return self._request_id
            return super().__getattr__(name)

    def to_dict(self, *, mode: str = "json", exclude_unset: bool = True) -> dict[str, Any]:
        """The object as plain data: by default exactly the JSON that was received."""
        return self.model_dump(mode=mode, by_alias=True, exclude_unset=exclude_unset)

    def to_json(self, *, indent: int | None = 2, exclude_unset: bool = True) -> str:
        """The object as a JSON string: by default exactly the fields that were received."""
        return self.model_dump_json(indent=indent, by_alias=True, exclude_unset=exclude_unset)

    def __str__(self) -> str:
        return self.__repr__()


class OpenEnum(str, enum.Enum):
    """A string enum that accepts values it does not know.

    An unknown value becomes a pseudo-member that compares equal to the plain string, so a new
    `stop_reason` from the API is readable instead of failing the whole response.
    """

    @classmethod
    def _missing_(cls, value: object) -> OpenEnum | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        return repr(self.value)

    def __format__(self, spec: str) -> str:
        return format(str(self.value), spec)


def open_discriminator(field: str, known: Iterable[str]) -> Callable[[Any], str]:
    """The discriminator of an open union: the tag for known members, UNKNOWN_TAG otherwise."""
    tags = frozenset(known)

    def tag_of(value: Any) -> str:
        tag = value.get(field) if isinstance(value, dict) else getattr(value, field, None)
        if isinstance(tag, enum.Enum):
            tag = tag.value
        return tag if tag in tags else UNKNOWN_TAG

    return tag_of
