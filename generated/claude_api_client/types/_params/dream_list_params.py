# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam
from .dream_status_param import DreamStatusParam


class DreamListParams(TypedDict, total=False):
    """The parameters of `client.beta.dreams.list(...)`, as one dict (`client.beta.dreams.list(**params)`)."""

    limit: int
    page: str
    include_archived: bool
    statuses: Sequence[DreamStatusParam]
    created_at_gt: str | datetime
    created_at_lt: str | datetime
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]
