# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam
from .model_lifecycle_param import ModelLifecycleParam


class BetaModelListParams(TypedDict, total=False):
    """The parameters of `client.beta.models.list(...)`, as one dict (`client.beta.models.list(**params)`)."""

    before_id: str
    after_id: str
    limit: int
    lifecycle: Sequence[ModelLifecycleParam]
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]
