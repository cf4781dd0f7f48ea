# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypedDict


class JSONOutputFormatParam(TypedDict):
    """
    Structured output: the reply must be JSON matching a schema.
    """

    schema: Mapping[str, Any]
    """
    JSON Schema the reply must match.
    """
    type: Literal["json_schema"]
    """
    Always `json_schema`.
    """
