# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Any, Literal, TypedDict

from typing_extensions import NotRequired


class ToolInputSchemaParam(TypedDict):
    """
    JSON Schema of a custom tool's input; extra JSON Schema keywords are allowed.
    """

    properties: NotRequired[dict[str, Any] | None]
    """
    JSON Schema properties of the input object.
    """
    required: NotRequired[list[str] | None]
    """
    Names of the required properties.
    """
    type: Literal["object"]
    """
    Always `object`.
    """
