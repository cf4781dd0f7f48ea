# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_workspace_member_page`: the official path of these types."""

from __future__ import annotations

from .._models.workspace_member_page import WorkspaceMemberPage as BetaWorkspaceMemberPage

__all__ = [
    "BetaWorkspaceMemberPage",
]
