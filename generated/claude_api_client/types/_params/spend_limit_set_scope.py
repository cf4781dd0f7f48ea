# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .spend_limit_organization_scope import SpendLimitOrganizationScope
from .spend_limit_user_scope import SpendLimitUserScope
from .spend_limit_workspace_scope import SpendLimitWorkspaceScope

SpendLimitSetScope: TypeAlias = (
    SpendLimitUserScope | SpendLimitOrganizationScope | SpendLimitWorkspaceScope
)
"""
What a new limit applies to: a user (Claude Enterprise), the organization or a workspace (Claude Console).
"""
