# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam


class MemoryStoreListParams(TypedDict, total=False):
    """The parameters of `client.beta.memory_stores.list(...)`, as one dict (`client.beta.memory_stores.list(**params)`)."""

    limit: int
    page: str
    include_archived: bool
    created_at_gte: str | datetime
    created_at_lte: str | datetime
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]
