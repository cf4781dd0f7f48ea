# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam


class ExternalStorageListParams(TypedDict, total=False):
    """The parameters of `client.beta.organization.external_storage.list(...)`, as one dict (`client.beta.organization.external_storage.list(**params)`)."""

    limit: int
    page: str
    user_profile_ids: Sequence[str]
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]
