"""Base classes and helpers that every generated model builds on.

Forward compatibility lives here: responses never fail on something the API added after this SDK
was generated. Unknown fields are kept (``extra="allow"``), unknown enum values stay usable strings
(:class:`OpenEnum`), and unknown union members become the union's ``Unknown…`` model instead of
failing or being read as another member (:func:`unknown_tag`).
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

import pydantic


class APIModel(pydantic.BaseModel):
    """A parsed API object: keeps every field it came with and gives it back unchanged."""

    model_config = pydantic.ConfigDict(
        extra="allow",
        populate_by_name=True,
        protected_namespaces=(),
        defer_build=True,
    )

    # The `request-id` of the response an object came from is kept in pydantic's private-state
    # slot, but deliberately not declared as a `PrivateAttr`: a model with private attributes
    # runs a Python-level initialiser for every instance it validates, which more than doubled
    # the cost of a small model (a stream event: 3.6 µs -> 1.6 µs without it). The slot stays
    # None until `attach_request_id` (in _casts) fills it.
    if TYPE_CHECKING:
        # Properties, not annotations: type checkers would take an annotation for a field that
        # every constructor call must pass (`Message(...)` in users' test doubles).
        @property
        def request_id(self) -> str | None:
            """The `request-id` of the response this object came from, when it came from one."""

        @property
        def _request_id(self) -> str | None: ...
    else:
        # Looked up only when no field of that name exists (an error body has its own
        # `request_id` field, with the same meaning), so no field is ever shadowed.
        def __getattr__(self, name: str) -> Any:
            if name == "request_id" or name == "_request_id":
                private = self.__pydantic_private__
                return private.get("_request_id") if private else None
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


def unknown_tag(field: str, known: Iterable[str]) -> Callable[[Any], Any]:
    """The check on an open union's Unknown… member: it takes only tags no known member has.

    The known members are tried first; a value with a known tag that reaches the Unknown…
    member failed its own model, and must stay an error rather than become Unknown….
    """
    tags = frozenset(known)

    def check(value: Any) -> Any:
        if getattr(value, field, None) in tags:
            raise ValueError(
                f"{field}={getattr(value, field)!r} is known, and this value is not valid for it"
            )
        return value

    return check


class WireDateTime(datetime.datetime):
    """A `datetime` that remembers the exact text it was parsed from.

    Response timestamps are datetimes to the caller, and `to_dict()` gives back the API's own text
    (`2025-01-29T14:31:02.000000Z` stays that, not `2025-01-29T14:31:02Z`).
    """

    _wire: str | None = None

    @classmethod
    def _parse(cls, value: Any) -> WireDateTime:
        if isinstance(value, WireDateTime):
            return value
        if isinstance(value, datetime.datetime):
            parsed, text = value, None
        elif isinstance(value, str):
            parsed, text = _parse_timestamp(value), value
        else:
            raise ValueError(f"expected an ISO 8601 timestamp, got {type(value).__name__}")
        result = cls(
            parsed.year,
            parsed.month,
            parsed.day,
            parsed.hour,
            parsed.minute,
            parsed.second,
            parsed.microsecond,
            tzinfo=parsed.tzinfo,
            fold=parsed.fold,
        )
        result._wire = text
        return result

    def _serialise(self) -> str:
        return self._wire if self._wire is not None else self.isoformat().replace("+00:00", "Z")

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        return core_schema.no_info_plain_validator_function(
            cls._parse,
            serialization=core_schema.plain_serializer_function_ser_schema(
                cls._serialise, when_used="json-unless-none"
            ),
            json_schema_input_schema=core_schema.str_schema(),
        )


def _parse_timestamp(text: str) -> datetime.datetime:
    try:
        # Python 3.10's fromisoformat knows neither "Z" nor 1-5 fractional digits.
        return datetime.datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith("Z") else text)
    except ValueError:
        import pydantic

        return pydantic.TypeAdapter(datetime.datetime).validate_python(text)
