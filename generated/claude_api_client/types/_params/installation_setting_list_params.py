# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam


class InstallationSettingListParams(TypedDict, total=False):
    """The parameters of `client.beta.organization.plugins.installation_settings.list(...)`, as one dict (`client.beta.organization.plugins.installation_settings.list(**params)`)."""

    limit: int
    organization_id: str
    page: str
    target_type: Literal["organization", "rbac_group"]
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]
