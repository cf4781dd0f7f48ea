# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam


class WebhookListParams(TypedDict, total=False):
    """The parameters of `client.beta.organization.webhooks.list(...)`, as one dict (`client.beta.organization.webhooks.list(**params)`)."""

    after_id: str
    before_id: str
    limit: int
    order: Literal["asc", "desc"]
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]
