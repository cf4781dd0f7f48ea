# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam


class WorkListParams(TypedDict, total=False):
    """The parameters of `client.beta.environments.work.list(...)`, as one dict (`client.beta.environments.work.list(**params)`)."""

    limit: int
    page: str | None
    workspace_id: str
    authorization: str
    betas: Sequence[AnthropicBetaParam]
