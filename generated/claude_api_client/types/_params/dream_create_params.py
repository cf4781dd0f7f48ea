# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam
from .dream_input_param import DreamInputParam
from .dream_model_params import DreamModelParams
from .output_behavior_param import OutputBehaviorParam


class DreamCreateParams(TypedDict):
    """
    Body that starts a dream.
    """

    inputs: Sequence[DreamInputParam]
    """
    What the dream reads: one memory store and, optionally, sessions.
    """
    model: DreamModelParams
    """
    The model to run on: an ID or an object with options.
    """
    instructions: NotRequired[str | None]
    """
    Extra guidance for the consolidation.
    """
    output_behavior: NotRequired[OutputBehaviorParam]
    """
    Where to write the result; a new store by default.
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """
