# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, TypedDict

from typing_extensions import NotRequired


class ToolInputSchemaParam(TypedDict):
    """
    JSON Schema of a custom tool's input; extra JSON Schema keywords are allowed.
    """

    properties: NotRequired[Mapping[str, Any] | None]
    """
    JSON Schema properties of the input object.
    """
    required: NotRequired[Sequence[str] | None]
    """
    Names of the required properties.
    """
    type: Literal["object"]
    """
    Always `object`.
    """
