"""The keyword arguments of a thread: the `create()` fields it holds, and `thread.params`.

`ThreadCreateFields` are the optional `client.beta.messages.create()` arguments that
`client.beta.messages.thread()` takes as they are (everything but `model`, `max_tokens`,
`workspace_id`, `messages`, `tools`, `output_format`, `thread` and `stream`, which the thread
manages or takes by name); `ThreadSendFields` what one turn (`send()` / `parse()` / `stream()`) or `update()` may
change: the same, `model` and `max_tokens` too, but not `output_config` (a thread's output format
is set once). tests/helpers/test_threads.py checks them against `create()`'s signature.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from typing_extensions import Required, TypedDict

from ..._core._types import NotGiven
from ._state import UnsupportedRequestBehavior

if TYPE_CHECKING:
    from ...types.beta import (
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
    from ...types.beta.message_create_params import Container, FallbackCreditToken
    from ...types.model_param import ModelParam

__all__ = ["ThreadCreateFields", "ThreadParams", "ThreadSendFields"]


class _HeldFields(TypedDict, total=False):
    # The `create()` arguments a thread holds and any turn may change (`workspace_id` too: a
    # named argument of `thread()`, as on every method).
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
    workspace_id: str | NotGiven


class ThreadParams(TypedDict, total=False):
    """The request fields of a thread, its tools as given (runnable ones included), its output
    format, its whole history and `unsupported_request_behavior`. Any other `create()` field the
    thread holds (`system`, `thinking` …) is present under its own name too."""

    max_tokens: Required[int]
    model: Required[str]
    messages: Required[list[Any]]
    unsupported_request_behavior: Required[UnsupportedRequestBehavior]
    tools: list[Any]
    output_format: Any
