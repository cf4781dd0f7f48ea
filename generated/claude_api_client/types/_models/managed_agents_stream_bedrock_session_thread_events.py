# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_agent_custom_tool_use_event import (
        ManagedAgentsAgentCustomToolUseEvent,
    )
    from .managed_agents_agent_mcp_tool_use_event import ManagedAgentsAgentMcpToolUseEvent
    from .managed_agents_agent_message_event import ManagedAgentsAgentMessageEvent
    from .managed_agents_agent_thinking_event import ManagedAgentsAgentThinkingEvent
    from .managed_agents_agent_thread_context_compacted_event import (
        ManagedAgentsAgentThreadContextCompactedEvent,
    )
    from .managed_agents_agent_thread_message_received_event import (
        ManagedAgentsAgentThreadMessageReceivedEvent,
    )
    from .managed_agents_agent_thread_message_sent_event import (
        ManagedAgentsAgentThreadMessageSentEvent,
    )
    from .managed_agents_agent_tool_use_event import ManagedAgentsAgentToolUseEvent
    from .managed_agents_bedrock_agent_mcp_elicitation_event import (
        ManagedAgentsBedrockAgentMCPElicitationEvent,
    )
    from .managed_agents_bedrock_agent_mcp_tool_result_event import (
        ManagedAgentsBedrockAgentMCPToolResultEvent,
    )
    from .managed_agents_bedrock_agent_tool_result_event import (
        ManagedAgentsBedrockAgentToolResultEvent,
    )
    from .managed_agents_bedrock_session_error_event import (
        ManagedAgentsBedrockSessionErrorEvent,
    )
    from .managed_agents_bedrock_session_updated_event import (
        ManagedAgentsBedrockSessionUpdatedEvent,
    )
    from .managed_agents_bedrock_system_message_event import (
        ManagedAgentsBedrockSystemMessageEvent,
    )
    from .managed_agents_bedrock_user_custom_tool_result_event import (
        ManagedAgentsBedrockUserCustomToolResultEvent,
    )
    from .managed_agents_bedrock_user_define_outcome_event import (
        ManagedAgentsBedrockUserDefineOutcomeEvent,
    )
    from .managed_agents_bedrock_user_interrupt_event import (
        ManagedAgentsBedrockUserInterruptEvent,
    )
    from .managed_agents_bedrock_user_mcp_elicitation_response_event import (
        ManagedAgentsBedrockUserMCPElicitationResponseEvent,
    )
    from .managed_agents_bedrock_user_message_event import (
        ManagedAgentsBedrockUserMessageEvent,
    )
    from .managed_agents_bedrock_user_tool_confirmation_event import (
        ManagedAgentsBedrockUserToolConfirmationEvent,
    )
    from .managed_agents_event_delta_event import ManagedAgentsEventDeltaEvent
    from .managed_agents_event_start_event import ManagedAgentsEventStartEvent
    from .managed_agents_session_deleted_event import ManagedAgentsSessionDeletedEvent
    from .managed_agents_session_status_idle_event import (
        ManagedAgentsSessionStatusIdleEvent,
    )
    from .managed_agents_session_status_rescheduled_event import (
        ManagedAgentsSessionStatusRescheduledEvent,
    )
    from .managed_agents_session_status_running_event import (
        ManagedAgentsSessionStatusRunningEvent,
    )
    from .managed_agents_session_status_terminated_event import (
        ManagedAgentsSessionStatusTerminatedEvent,
    )
    from .managed_agents_session_thread_created_event import (
        ManagedAgentsSessionThreadCreatedEvent,
    )
    from .managed_agents_session_thread_status_idle_event import (
        ManagedAgentsSessionThreadStatusIdleEvent,
    )
    from .managed_agents_session_thread_status_rescheduled_event import (
        ManagedAgentsSessionThreadStatusRescheduledEvent,
    )
    from .managed_agents_session_thread_status_running_event import (
        ManagedAgentsSessionThreadStatusRunningEvent,
    )
    from .managed_agents_session_thread_status_terminated_event import (
        ManagedAgentsSessionThreadStatusTerminatedEvent,
    )
    from .managed_agents_session_usage_event import ManagedAgentsSessionUsageEvent
    from .managed_agents_span_model_request_end_event import (
        ManagedAgentsSpanModelRequestEndEvent,
    )
    from .managed_agents_span_model_request_start_event import (
        ManagedAgentsSpanModelRequestStartEvent,
    )
    from .managed_agents_span_outcome_evaluation_end_event import (
        ManagedAgentsSpanOutcomeEvaluationEndEvent,
    )
    from .managed_agents_span_outcome_evaluation_ongoing_event import (
        ManagedAgentsSpanOutcomeEvaluationOngoingEvent,
    )
    from .managed_agents_span_outcome_evaluation_start_event import (
        ManagedAgentsSpanOutcomeEvaluationStartEvent,
    )
    from .managed_agents_user_tool_result_event import ManagedAgentsUserToolResultEvent
    from .unknown_managed_agents_stream_bedrock_session_thread_events import (
        UnknownManagedAgentsStreamBedrockSessionThreadEvents,
    )


if TYPE_CHECKING:
    ManagedAgentsStreamBedrockSessionThreadEvents = TypeAliasType(
        "ManagedAgentsStreamBedrockSessionThreadEvents",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsBedrockUserMessageEvent,
                        ManagedAgentsBedrockUserInterruptEvent,
                        ManagedAgentsBedrockUserToolConfirmationEvent,
                        ManagedAgentsBedrockUserCustomToolResultEvent,
                        ManagedAgentsBedrockUserDefineOutcomeEvent,
                        ManagedAgentsUserToolResultEvent,
                        ManagedAgentsBedrockSystemMessageEvent,
                        ManagedAgentsAgentCustomToolUseEvent,
                        ManagedAgentsAgentMessageEvent,
                        ManagedAgentsAgentThinkingEvent,
                        ManagedAgentsAgentMcpToolUseEvent,
                        ManagedAgentsBedrockAgentMCPToolResultEvent,
                        ManagedAgentsAgentToolUseEvent,
                        ManagedAgentsBedrockAgentToolResultEvent,
                        ManagedAgentsAgentThreadMessageReceivedEvent,
                        ManagedAgentsAgentThreadMessageSentEvent,
                        ManagedAgentsAgentThreadContextCompactedEvent,
                        ManagedAgentsBedrockSessionErrorEvent,
                        ManagedAgentsSessionStatusRescheduledEvent,
                        ManagedAgentsSessionStatusRunningEvent,
                        ManagedAgentsSessionStatusIdleEvent,
                        ManagedAgentsSessionStatusTerminatedEvent,
                        ManagedAgentsSessionThreadCreatedEvent,
                        ManagedAgentsSessionThreadStatusRunningEvent,
                        ManagedAgentsSessionThreadStatusIdleEvent,
                        ManagedAgentsSessionThreadStatusTerminatedEvent,
                        ManagedAgentsSessionThreadStatusRescheduledEvent,
                        ManagedAgentsBedrockSessionUpdatedEvent,
                        ManagedAgentsSessionDeletedEvent,
                        ManagedAgentsSessionUsageEvent,
                        ManagedAgentsBedrockAgentMCPElicitationEvent,
                        ManagedAgentsBedrockUserMCPElicitationResponseEvent,
                        ManagedAgentsSpanModelRequestStartEvent,
                        ManagedAgentsSpanModelRequestEndEvent,
                        ManagedAgentsSpanOutcomeEvaluationStartEvent,
                        ManagedAgentsSpanOutcomeEvaluationOngoingEvent,
                        ManagedAgentsSpanOutcomeEvaluationEndEvent,
                        ManagedAgentsEventStartEvent,
                        ManagedAgentsEventDeltaEvent,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsStreamBedrockSessionThreadEvents,
                    AfterValidator(
                        unknown_tag(
                            "type",
                            [
                                "agent.custom_tool_use",
                                "agent.mcp_elicitation",
                                "agent.mcp_tool_result",
                                "agent.mcp_tool_use",
                                "agent.message",
                                "agent.thinking",
                                "agent.thread_context_compacted",
                                "agent.thread_message_received",
                                "agent.thread_message_sent",
                                "agent.tool_result",
                                "agent.tool_use",
                                "event_delta",
                                "event_start",
                                "session.deleted",
                                "session.error",
                                "session.status_idle",
                                "session.status_rescheduled",
                                "session.status_running",
                                "session.status_terminated",
                                "session.thread_created",
                                "session.thread_status_idle",
                                "session.thread_status_rescheduled",
                                "session.thread_status_running",
                                "session.thread_status_terminated",
                                "session.updated",
                                "session.usage",
                                "span.model_request_end",
                                "span.model_request_start",
                                "span.outcome_evaluation_end",
                                "span.outcome_evaluation_ongoing",
                                "span.outcome_evaluation_start",
                                "system.message",
                                "user.custom_tool_result",
                                "user.define_outcome",
                                "user.interrupt",
                                "user.mcp_elicitation_response",
                                "user.message",
                                "user.tool_confirmation",
                                "user.tool_result",
                            ],
                        )
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsStreamBedrockSessionThreadEvents = lazy_union(
        "ManagedAgentsStreamBedrockSessionThreadEvents",
        "type",
        {
            "user.message": ".managed_agents_bedrock_user_message_event:ManagedAgentsBedrockUserMessageEvent",
            "user.interrupt": ".managed_agents_bedrock_user_interrupt_event:ManagedAgentsBedrockUserInterruptEvent",
            "user.tool_confirmation": ".managed_agents_bedrock_user_tool_confirmation_event:ManagedAgentsBedrockUserToolConfirmationEvent",
            "user.custom_tool_result": ".managed_agents_bedrock_user_custom_tool_result_event:ManagedAgentsBedrockUserCustomToolResultEvent",
            "user.define_outcome": ".managed_agents_bedrock_user_define_outcome_event:ManagedAgentsBedrockUserDefineOutcomeEvent",
            "user.tool_result": ".managed_agents_user_tool_result_event:ManagedAgentsUserToolResultEvent",
            "system.message": ".managed_agents_bedrock_system_message_event:ManagedAgentsBedrockSystemMessageEvent",
            "agent.custom_tool_use": ".managed_agents_agent_custom_tool_use_event:ManagedAgentsAgentCustomToolUseEvent",
            "agent.message": ".managed_agents_agent_message_event:ManagedAgentsAgentMessageEvent",
            "agent.thinking": ".managed_agents_agent_thinking_event:ManagedAgentsAgentThinkingEvent",
            "agent.mcp_tool_use": ".managed_agents_agent_mcp_tool_use_event:ManagedAgentsAgentMcpToolUseEvent",
            "agent.mcp_tool_result": ".managed_agents_bedrock_agent_mcp_tool_result_event:ManagedAgentsBedrockAgentMCPToolResultEvent",
            "agent.tool_use": ".managed_agents_agent_tool_use_event:ManagedAgentsAgentToolUseEvent",
            "agent.tool_result": ".managed_agents_bedrock_agent_tool_result_event:ManagedAgentsBedrockAgentToolResultEvent",
            "agent.thread_message_received": ".managed_agents_agent_thread_message_received_event:ManagedAgentsAgentThreadMessageReceivedEvent",
            "agent.thread_message_sent": ".managed_agents_agent_thread_message_sent_event:ManagedAgentsAgentThreadMessageSentEvent",
            "agent.thread_context_compacted": ".managed_agents_agent_thread_context_compacted_event:ManagedAgentsAgentThreadContextCompactedEvent",
            "session.error": ".managed_agents_bedrock_session_error_event:ManagedAgentsBedrockSessionErrorEvent",
            "session.status_rescheduled": ".managed_agents_session_status_rescheduled_event:ManagedAgentsSessionStatusRescheduledEvent",
            "session.status_running": ".managed_agents_session_status_running_event:ManagedAgentsSessionStatusRunningEvent",
            "session.status_idle": ".managed_agents_session_status_idle_event:ManagedAgentsSessionStatusIdleEvent",
            "session.status_terminated": ".managed_agents_session_status_terminated_event:ManagedAgentsSessionStatusTerminatedEvent",
            "session.thread_created": ".managed_agents_session_thread_created_event:ManagedAgentsSessionThreadCreatedEvent",
            "session.thread_status_running": ".managed_agents_session_thread_status_running_event:ManagedAgentsSessionThreadStatusRunningEvent",
            "session.thread_status_idle": ".managed_agents_session_thread_status_idle_event:ManagedAgentsSessionThreadStatusIdleEvent",
            "session.thread_status_terminated": ".managed_agents_session_thread_status_terminated_event:ManagedAgentsSessionThreadStatusTerminatedEvent",
            "session.thread_status_rescheduled": ".managed_agents_session_thread_status_rescheduled_event:ManagedAgentsSessionThreadStatusRescheduledEvent",
            "session.updated": ".managed_agents_bedrock_session_updated_event:ManagedAgentsBedrockSessionUpdatedEvent",
            "session.deleted": ".managed_agents_session_deleted_event:ManagedAgentsSessionDeletedEvent",
            "session.usage": ".managed_agents_session_usage_event:ManagedAgentsSessionUsageEvent",
            "agent.mcp_elicitation": ".managed_agents_bedrock_agent_mcp_elicitation_event:ManagedAgentsBedrockAgentMCPElicitationEvent",
            "user.mcp_elicitation_response": ".managed_agents_bedrock_user_mcp_elicitation_response_event:ManagedAgentsBedrockUserMCPElicitationResponseEvent",
            "span.model_request_start": ".managed_agents_span_model_request_start_event:ManagedAgentsSpanModelRequestStartEvent",
            "span.model_request_end": ".managed_agents_span_model_request_end_event:ManagedAgentsSpanModelRequestEndEvent",
            "span.outcome_evaluation_start": ".managed_agents_span_outcome_evaluation_start_event:ManagedAgentsSpanOutcomeEvaluationStartEvent",
            "span.outcome_evaluation_ongoing": ".managed_agents_span_outcome_evaluation_ongoing_event:ManagedAgentsSpanOutcomeEvaluationOngoingEvent",
            "span.outcome_evaluation_end": ".managed_agents_span_outcome_evaluation_end_event:ManagedAgentsSpanOutcomeEvaluationEndEvent",
            "event_start": ".managed_agents_event_start_event:ManagedAgentsEventStartEvent",
            "event_delta": ".managed_agents_event_delta_event:ManagedAgentsEventDeltaEvent",
        },
        ".unknown_managed_agents_stream_bedrock_session_thread_events:UnknownManagedAgentsStreamBedrockSessionThreadEvents",
        __package__,
    )
