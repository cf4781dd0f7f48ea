# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class WebFetchURLSourceToolReferenceParam(TypedDict):
    """
    Names one tool declared in the same `tools` list (a request's, or a managed agent's).
    """

    name: str
    """
    Name of the tool.
    """
    type: Literal["tool_reference"]
    """
    Always `tool_reference`.
    """
