# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class SpendLimitWorkspaceScopeParam(TypedDict):
    """
    A limit for one workspace.
    """

    workspace_id: str
    """
    ID of the workspace.
    """
    type: Literal["workspace"]
    """
    Always `workspace`.
    """
