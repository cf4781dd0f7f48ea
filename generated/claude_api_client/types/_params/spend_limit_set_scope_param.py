# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .spend_limit_organization_scope_param import SpendLimitOrganizationScopeParam
from .spend_limit_user_scope_param import SpendLimitUserScopeParam
from .spend_limit_workspace_scope_param import SpendLimitWorkspaceScopeParam

SpendLimitSetScopeParam: TypeAlias = (
    SpendLimitUserScopeParam | SpendLimitOrganizationScopeParam | SpendLimitWorkspaceScopeParam
)
"""
What a new limit applies to: a user (Claude Enterprise), the organization or a workspace (Claude Console).
"""
