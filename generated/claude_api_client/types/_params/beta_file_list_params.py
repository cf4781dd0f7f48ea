# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam


class BetaFileListParams(TypedDict, total=False):
    """The parameters of `client.beta.files.list(...)`, as one dict (`client.beta.files.list(**params)`)."""

    before_id: str
    after_id: str
    limit: int
    page: str | None
    ids: Sequence[str]
    scope_id: str
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]
