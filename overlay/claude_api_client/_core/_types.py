"""Sentinels and type aliases shared by the runtime and the generated resources."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Final, TypeAlias, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self

_V = TypeVar("_V")


class _Sentinel:
    """One instance per class, so `is` holds even after copy or unpickling; falsy, so `if
    value:` treats it like an absent value; printed and pickled as its public name."""

    _instance: _Sentinel | None = None
    _name: str

    def __new__(cls) -> Self:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance  # type: ignore[return-value]

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return self._name

    def __reduce__(self) -> str:
        return self._name


class NotGiven(_Sentinel):
    """The type of NOT_GIVEN: "the caller did not pass this argument".

    Distinct from None, which the caller may pass on purpose (e.g. `timeout=None` means no
    timeout).
    """

    _instance: NotGiven | None = None
    _name = "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()
not_given: Final = NOT_GIVEN
"""The official package's lower-case spelling of NOT_GIVEN (the same object)."""


class Omit(_Sentinel):
    """`omit`: for an optional argument, "not given" (like NOT_GIVEN); in `extra_headers` /
    `default_headers`, removes a header the client would otherwise send."""

    _instance: Omit | None = None
    _name = "omit"


omit: Final = Omit()

Headers: TypeAlias = Mapping[str, str | Omit]
Query: TypeAlias = Mapping[str, object]
Body: TypeAlias = object


def strip_not_given(values: Mapping[str, _V | NotGiven | Omit] | None) -> dict[str, _V]:
    """A copy of `values` without the entries the caller did not give (NOT_GIVEN or `omit`)."""
    if values is None:
        return {}
    return {key: value for key, value in values.items() if not isinstance(value, (NotGiven, Omit))}
