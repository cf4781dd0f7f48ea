"""Parses `error.details` of an API error into its model, for `APIStatusError.details`.

The core's exceptions know no model, so this module (imported by the client) installs the parser
there. The model and pydantic load on the first `details` read, not before.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._core._exceptions import set_details_parser

if TYPE_CHECKING:
    from pydantic import TypeAdapter

__all__: list[str] = []


@functools.lru_cache(maxsize=1)
def _adapter() -> TypeAdapter[Any]:
    from pydantic import TypeAdapter

    from .types._models.error_details import ErrorDetails

    return TypeAdapter(ErrorDetails)


def _parse(raw: Mapping[str, Any]) -> Any:
    try:
        return _adapter().validate_python(raw)
    except ValueError:  # a malformed details object: keep it as it came rather than fail
        return raw


set_details_parser(_parse)
