# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam


class BetaVersionListParams(TypedDict, total=False):
    """The parameters of `client.beta.skills.versions.list(...)`, as one dict (`client.beta.skills.versions.list(**params)`)."""

    page: str | None
    limit: int | None
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]
