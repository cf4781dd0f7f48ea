# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, TypedDict


class JWKSInlineParam(TypedDict):
    """
    Signing keys given in place.
    """

    keys: Sequence[Mapping[str, Any]]
    """
    The JSON Web Keys.
    """
    type: Literal["inline"]
    """
    Always `inline`.
    """
