# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

NoBillingWorkspaceRoleParam: TypeAlias = Literal[
    "workspace_admin",
    "workspace_developer",
    "workspace_restricted_developer",
    "workspace_user",
]
"""
A workspace role that can be given directly (`workspace_billing` comes only from the organization role).
"""
