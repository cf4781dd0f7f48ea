# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam
from .billing_policy_param import BillingPolicyParam
from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .compaction_config_param import CompactionConfigParam
from .container_param import ContainerParam
from .context_management_config_param import ContextManagementConfigParam
from .diagnostics_param import DiagnosticsParam
from .fallback_credit_token import FallbackCreditToken
from .fallback_credit_token_param import FallbackCreditTokenParam
from .fallbacks import Fallbacks
from .json_output_format_param import JSONOutputFormatParam
from .mcp_server_url_definition_param import MCPServerURLDefinitionParam
from .message_param import MessageParam
from .message_thread_param import MessageThreadParam
from .metadata_param import MetadataParam
from .model_param import ModelParam
from .output_config_param import OutputConfigParam
from .speed_param import SpeedParam
from .text_block_param import TextBlockParam
from .thinking_config_param import ThinkingConfigParam
from .tool_choice_param import ToolChoiceParam
from .tool_union_param import ToolUnionParam


class BetaMessageCreateParamsBase(TypedDict):
    """
    Body of a request that creates a message.
    """

    model: ModelParam
    """
    Model that will reply.
    """
    messages: Sequence[MessageParam]
    """
    The conversation so far: alternating user and assistant turns.
    """
    cache_control: NotRequired[CacheControlEphemeralParam | None]
    """
    Cache breakpoint applied automatically to the last cacheable block of the request.
    """
    container: NotRequired[ContainerParam | str | None]
    """
    Container to reuse (its id) or to configure for this request.
    """
    inference_geo: NotRequired[str | None]
    """
    Region to run inference in; defaults to the workspace setting.
    """
    max_tokens: int
    """
    Maximum number of tokens to generate; 0 only warms the prompt cache.
    """
    metadata: NotRequired[MetadataParam]
    """
    Information about the request, such as an opaque end-user id.
    """
    output_config: NotRequired[OutputConfigParam]
    """
    Output settings: format, effort and task budget.
    """
    service_tier: NotRequired[Literal["auto", "standard_only"]]
    """
    Use priority capacity when available (`auto`) or standard capacity only.
    """
    stop_sequences: NotRequired[Sequence[str]]
    """
    Custom strings that end generation when the model produces one.
    """
    system: NotRequired[str | Sequence[TextBlockParam]]
    """
    System prompt: a string or a list of text blocks.
    """
    temperature: NotRequired[float]
    """
    Sampling randomness from 0 to 1 (default 1).
    """
    thinking: NotRequired[ThinkingConfigParam]
    """
    Extended-thinking configuration.
    """
    tool_choice: NotRequired[ToolChoiceParam]
    """
    How the model should choose among the tools.
    """
    tools: NotRequired[Sequence[ToolUnionParam]]
    """
    Tools the model may use.
    """
    top_k: NotRequired[int]
    """
    Sample only from the K most likely tokens.
    """
    top_p: NotRequired[float]
    """
    Nucleus sampling: sample from the smallest token set whose probability reaches this value.
    """
    context_management: NotRequired[ContextManagementConfigParam | None]
    """
    Strategies the API applies to keep a long conversation within the context window.
    """
    diagnostics: NotRequired[DiagnosticsParam | None]
    """
    Ask for a prompt-cache diagnosis relative to an earlier message.
    """
    fallback_credit_token: NotRequired[FallbackCreditToken | FallbackCreditTokenParam | None]
    """
    Token from a refused request that discounts the retry on the fallback model.
    """
    fallbacks: NotRequired[Fallbacks | Literal["default"] | None]
    """
    Models to retry on when the requested one declines for policy reasons, or `default`.
    """
    mcp_servers: NotRequired[Sequence[MCPServerURLDefinitionParam]]
    """
    Remote MCP servers whose tools the model may use.
    """
    output_format: NotRequired[JSONOutputFormatParam | None]
    """
    Deprecated: structured output format; use `output_config.format`.
    """
    speed: NotRequired[SpeedParam | None]
    """
    Inference speed mode; `fast` trades price for output speed.
    """
    billing_policy: NotRequired[BillingPolicyParam | None]
    """
    Which organisation is billed for this request.
    """
    compaction: NotRequired[CompactionConfigParam | None]
    """
    Compact the conversation instead of answering it (cannot be combined with `context_management`).
    """
    thread: NotRequired[MessageThreadParam | None]
    """
    Server-held conversation state (a thread) to create or continue.
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
    user_profile_id: NotRequired[str]
    """
    User profile to attribute the request to, when acting for someone other than your organisation (needs a user-profiles beta).
    """
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """
