# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    WorkspaceRole: TypeAlias = Literal[
        "workspace_admin",
        "workspace_billing",
        "workspace_developer",
        "workspace_restricted_developer",
        "workspace_user",
    ]
else:

    class WorkspaceRole(OpenEnum):
        """A member's role in a workspace."""

        WORKSPACE_ADMIN = "workspace_admin"
        WORKSPACE_BILLING = "workspace_billing"
        WORKSPACE_DEVELOPER = "workspace_developer"
        WORKSPACE_RESTRICTED_DEVELOPER = "workspace_restricted_developer"
        WORKSPACE_USER = "workspace_user"
