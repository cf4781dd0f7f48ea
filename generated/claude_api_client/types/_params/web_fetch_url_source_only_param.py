# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from .web_fetch_url_source_tool_reference_param import (
    WebFetchURLSourceToolReferenceParam,
)


class WebFetchURLSourceOnlyParam(TypedDict):
    """
    Only the results of these tools contribute URLs.
    """

    tools: Sequence[WebFetchURLSourceToolReferenceParam]
    """
    The tools, each declared in the same `tools` list.
    """
    type: Literal["only"]
    """
    Always `only`.
    """
