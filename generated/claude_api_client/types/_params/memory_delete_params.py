# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import Required, TypedDict

from .anthropic_beta_param import AnthropicBetaParam


class MemoryDeleteParams(TypedDict, total=False):
    """The parameters of `client.beta.memory_stores.memories.delete(...)`, as one dict (`client.beta.memory_stores.memories.delete(**params)`)."""

    memory_store_id: Required[str]
    expected_content_sha256: str
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]
