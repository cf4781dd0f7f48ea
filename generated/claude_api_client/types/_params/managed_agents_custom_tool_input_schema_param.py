# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, TypedDict

from typing_extensions import NotRequired


class ManagedAgentsCustomToolInputSchemaParam(TypedDict):
    """
    Custom tool input schema.
    """

    properties: NotRequired[Mapping[str, Any] | None]
    """
    JSON Schema properties of the input.
    """
    required: NotRequired[Sequence[str] | None]
    """
    Names of the required input properties.
    """
    type: Literal["object"]
    """
    Always `object`.
    """
