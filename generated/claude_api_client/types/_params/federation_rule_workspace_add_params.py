# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict


class FederationRuleWorkspaceAddParams(TypedDict):
    """
    Body that lets a rule reach one more workspace.
    """

    workspace_id: str
    """
    ID of the workspace.
    """
