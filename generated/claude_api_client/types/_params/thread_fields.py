# generated from openapi/ by scripts/generate, do not edit
"""The `create()` fields a thread of `client.beta.messages.thread()` holds, as keyword-argument
types: `ThreadCreateFields` (the official `ThreadCreateParams`) are the optional
`client.beta.messages.create()` arguments `thread()` takes as they are (everything but `model`,
`max_tokens`, `messages`, `tools`, `output_format`, `thread` and `stream`, which the thread
manages or takes by name); `ThreadSendFields` (the official `ThreadSendParams`) what one
turn (`send()` / `parse()` / `stream()`) or `update()` may change: the same, `model` and
`max_tokens` too, but not `output_config` (a thread's output format is set once). Written from
templates/client/thread_fields.py.jinja; tests/helpers/test_threads.py checks them against
`create()`'s signature.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from typing_extensions import TypedDict

from claude_api_client._core._types import NotGiven

if TYPE_CHECKING:
    from ..beta import (
        BetaBillingPolicyParam,
        BetaCacheControlEphemeralParam,
        BetaCompactionConfigParam,
        BetaContextManagementConfigParam,
        BetaDiagnosticsParam,
        BetaFallbackConfigParam,
        BetaMetadataParam,
        BetaOutputConfigParam,
        BetaRequestMCPServerURLDefinitionParam,
        BetaTextBlockParam,
        BetaThinkingConfigParam,
        BetaToolChoiceParam,
    )
    from ..beta.message_create_params import Container, FallbackCreditToken
    from ..model_param import ModelParam

__all__ = ["ThreadCreateFields", "ThreadSendFields"]


class _HeldFields(TypedDict, total=False):
    # The `create()` arguments a thread holds and any turn may change.
    workspace_id: str | NotGiven
    user_profile_id: str | NotGiven
    cache_control: BetaCacheControlEphemeralParam | NotGiven | None
    container: Container | str | NotGiven | None
    inference_geo: str | NotGiven | None
    metadata: BetaMetadataParam | NotGiven
    service_tier: Literal["auto", "standard_only"] | NotGiven
    stop_sequences: Sequence[str] | NotGiven
    system: str | Sequence[BetaTextBlockParam] | NotGiven
    temperature: float | NotGiven
    thinking: BetaThinkingConfigParam | NotGiven
    tool_choice: BetaToolChoiceParam | NotGiven
    top_k: int | NotGiven
    top_p: float | NotGiven
    context_management: BetaContextManagementConfigParam | NotGiven | None
    diagnostics: BetaDiagnosticsParam | NotGiven | None
    fallback_credit_token: str | FallbackCreditToken | NotGiven | None
    fallbacks: Sequence[BetaFallbackConfigParam] | Literal["default"] | NotGiven | None
    mcp_servers: Sequence[BetaRequestMCPServerURLDefinitionParam] | NotGiven
    speed: Literal["standard", "fast"] | NotGiven | None
    billing_policy: BetaBillingPolicyParam | NotGiven | None
    compaction: BetaCompactionConfigParam | NotGiven | None
    betas: Sequence[str] | NotGiven


class ThreadCreateFields(_HeldFields, total=False):
    """The `create()` arguments `client.beta.messages.thread()` takes through `**params`."""

    output_config: BetaOutputConfigParam | NotGiven


class ThreadSendFields(_HeldFields, total=False):
    """The `create()` arguments a turn (`send()`, `parse()`, `stream()`) or `update()` takes
    through `**params`: they apply to that turn (or, for `update()`, to every later one)."""

    model: ModelParam | NotGiven
    max_tokens: int | NotGiven
