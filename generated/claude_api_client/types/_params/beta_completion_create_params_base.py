# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam
from .metadata_param import MetadataParam
from .model_param import ModelParam


class BetaCompletionCreateParamsBase(TypedDict):
    """
    Body of a legacy text completion request.
    """

    model: ModelParam
    """
    The model to complete the prompt.
    """
    prompt: str
    """
    The prompt, written as alternating `\\n\\nHuman:` and `\\n\\nAssistant:` turns.
    """
    max_tokens_to_sample: int
    """
    Most tokens to generate before stopping.
    """
    stop_sequences: NotRequired[Sequence[str]]
    """
    Extra strings that end generation when produced.
    """
    temperature: NotRequired[float]
    """
    Randomness of the output, 0 to 1.
    """
    top_p: NotRequired[float]
    """
    Nucleus sampling: keep the smallest token set whose probability reaches this mass.
    """
    top_k: NotRequired[int]
    """
    Sample only from the k most likely tokens.
    """
    metadata: NotRequired[MetadataParam]
    """
    Facts about the request, such as an opaque user ID.
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """
