# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ClaudeTagSlackWorkspaceBundleTargetCreateParam(TypedDict):
    """
    Attach the bundle to a whole Slack workspace.
    """

    slack_workspace_id: str
    """
    ID of the Slack workspace record.
    """
    type: Literal["slack_workspace"]
    """
    Always `slack_workspace`.
    """
