# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam


class OrganizationClaudeCodeManagedSettingsRbacGroupListParams(TypedDict, total=False):
    """The parameters of `client.beta.organization.claude_code.managed_settings.rbac_groups.list(...)`, as one dict (`client.beta.organization.claude_code.managed_settings.rbac_groups.list(**params)`)."""

    limit: int
    page: str
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]
