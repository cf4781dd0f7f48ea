# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam


class BetaBatchListParams(TypedDict, total=False):
    """The parameters of `client.beta.messages.batches.list(...)`, as one dict (`client.beta.messages.batches.list(**params)`)."""

    before_id: str
    after_id: str
    limit: int
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]
