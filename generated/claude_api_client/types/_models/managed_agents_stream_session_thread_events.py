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
    from .managed_agents_agent_mcp_tool_result_event import (
        ManagedAgentsAgentMcpToolResultEvent,
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
    from .managed_agents_agent_tool_result_event import ManagedAgentsAgentToolResultEvent
    from .managed_agents_agent_tool_use_event import ManagedAgentsAgentToolUseEvent
    from .managed_agents_event_delta_event import ManagedAgentsEventDeltaEvent
    from .managed_agents_event_start_event import ManagedAgentsEventStartEvent
    from .managed_agents_session_deleted_event import ManagedAgentsSessionDeletedEvent
    from .managed_agents_session_error_event import ManagedAgentsSessionErrorEvent
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
    from .managed_agents_session_updated_event import ManagedAgentsSessionUpdatedEvent
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
    from .managed_agents_system_message_event import ManagedAgentsSystemMessageEvent
    from .managed_agents_user_custom_tool_result_event import (
        ManagedAgentsUserCustomToolResultEvent,
    )
    from .managed_agents_user_define_outcome_event import (
        ManagedAgentsUserDefineOutcomeEvent,
    )
    from .managed_agents_user_interrupt_event import ManagedAgentsUserInterruptEvent
    from .managed_agents_user_message_event import ManagedAgentsUserMessageEvent
    from .managed_agents_user_tool_confirmation_event import (
        ManagedAgentsUserToolConfirmationEvent,
    )
    from .managed_agents_user_tool_result_event import ManagedAgentsUserToolResultEvent
    from .managed_agents_workflow_run_created_event import (
        ManagedAgentsWorkflowRunCreatedEvent,
    )
    from .managed_agents_workflow_run_error_event import ManagedAgentsWorkflowRunErrorEvent
    from .managed_agents_workflow_run_phase_ended_event import (
        ManagedAgentsWorkflowRunPhaseEndedEvent,
    )
    from .managed_agents_workflow_run_phase_started_event import (
        ManagedAgentsWorkflowRunPhaseStartedEvent,
    )
    from .managed_agents_workflow_run_status_ended_event import (
        ManagedAgentsWorkflowRunStatusEndedEvent,
    )
    from .managed_agents_workflow_run_status_idle_event import (
        ManagedAgentsWorkflowRunStatusIdleEvent,
    )
    from .managed_agents_workflow_run_status_running_event import (
        ManagedAgentsWorkflowRunStatusRunningEvent,
    )
    from .unknown_managed_agents_stream_session_thread_events import (
        UnknownManagedAgentsStreamSessionThreadEvents,
    )


if TYPE_CHECKING:
    ManagedAgentsStreamSessionThreadEvents = TypeAliasType(
        "ManagedAgentsStreamSessionThreadEvents",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsUserMessageEvent,
                        ManagedAgentsUserInterruptEvent,
                        ManagedAgentsUserToolConfirmationEvent,
                        ManagedAgentsUserCustomToolResultEvent,
                        ManagedAgentsAgentCustomToolUseEvent,
                        ManagedAgentsAgentMessageEvent,
                        ManagedAgentsAgentThinkingEvent,
                        ManagedAgentsAgentMcpToolUseEvent,
                        ManagedAgentsAgentMcpToolResultEvent,
                        ManagedAgentsAgentToolUseEvent,
                        ManagedAgentsAgentToolResultEvent,
                        ManagedAgentsAgentThreadMessageReceivedEvent,
                        ManagedAgentsAgentThreadMessageSentEvent,
                        ManagedAgentsAgentThreadContextCompactedEvent,
                        ManagedAgentsSessionErrorEvent,
                        ManagedAgentsSessionStatusRescheduledEvent,
                        ManagedAgentsSessionStatusRunningEvent,
                        ManagedAgentsSessionStatusIdleEvent,
                        ManagedAgentsSessionStatusTerminatedEvent,
                        ManagedAgentsSessionThreadCreatedEvent,
                        ManagedAgentsSpanOutcomeEvaluationStartEvent,
                        ManagedAgentsSpanOutcomeEvaluationEndEvent,
                        ManagedAgentsSpanModelRequestStartEvent,
                        ManagedAgentsSpanModelRequestEndEvent,
                        ManagedAgentsSpanOutcomeEvaluationOngoingEvent,
                        ManagedAgentsUserDefineOutcomeEvent,
                        ManagedAgentsSessionDeletedEvent,
                        ManagedAgentsSessionThreadStatusRunningEvent,
                        ManagedAgentsSessionThreadStatusIdleEvent,
                        ManagedAgentsSessionThreadStatusTerminatedEvent,
                        ManagedAgentsUserToolResultEvent,
                        ManagedAgentsSessionThreadStatusRescheduledEvent,
                        ManagedAgentsSessionUpdatedEvent,
                        ManagedAgentsEventStartEvent,
                        ManagedAgentsEventDeltaEvent,
                        ManagedAgentsSystemMessageEvent,
                        ManagedAgentsSessionUsageEvent,
                        ManagedAgentsWorkflowRunCreatedEvent,
                        ManagedAgentsWorkflowRunStatusRunningEvent,
                        ManagedAgentsWorkflowRunStatusIdleEvent,
                        ManagedAgentsWorkflowRunStatusEndedEvent,
                        ManagedAgentsWorkflowRunErrorEvent,
                        ManagedAgentsWorkflowRunPhaseStartedEvent,
                        ManagedAgentsWorkflowRunPhaseEndedEvent,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsStreamSessionThreadEvents,
                    AfterValidator(
                        unknown_tag(
                            "type",
                            [
                                "agent.custom_tool_use",
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
                                "user.message",
                                "user.tool_confirmation",
                                "user.tool_result",
                                "workflow_run.created",
                                "workflow_run.error",
                                "workflow_run.phase_ended",
                                "workflow_run.phase_started",
                                "workflow_run.status_ended",
                                "workflow_run.status_idle",
                                "workflow_run.status_running",
                            ],
                        )
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsStreamSessionThreadEvents = lazy_union(
        "ManagedAgentsStreamSessionThreadEvents",
        "type",
        {
            "user.message": ".managed_agents_user_message_event:ManagedAgentsUserMessageEvent",
            "user.interrupt": ".managed_agents_user_interrupt_event:ManagedAgentsUserInterruptEvent",
            "user.tool_confirmation": ".managed_agents_user_tool_confirmation_event:ManagedAgentsUserToolConfirmationEvent",
            "user.custom_tool_result": ".managed_agents_user_custom_tool_result_event:ManagedAgentsUserCustomToolResultEvent",
            "agent.custom_tool_use": ".managed_agents_agent_custom_tool_use_event:ManagedAgentsAgentCustomToolUseEvent",
            "agent.message": ".managed_agents_agent_message_event:ManagedAgentsAgentMessageEvent",
            "agent.thinking": ".managed_agents_agent_thinking_event:ManagedAgentsAgentThinkingEvent",
            "agent.mcp_tool_use": ".managed_agents_agent_mcp_tool_use_event:ManagedAgentsAgentMcpToolUseEvent",
            "agent.mcp_tool_result": ".managed_agents_agent_mcp_tool_result_event:ManagedAgentsAgentMcpToolResultEvent",
            "agent.tool_use": ".managed_agents_agent_tool_use_event:ManagedAgentsAgentToolUseEvent",
            "agent.tool_result": ".managed_agents_agent_tool_result_event:ManagedAgentsAgentToolResultEvent",
            "agent.thread_message_received": ".managed_agents_agent_thread_message_received_event:ManagedAgentsAgentThreadMessageReceivedEvent",
            "agent.thread_message_sent": ".managed_agents_agent_thread_message_sent_event:ManagedAgentsAgentThreadMessageSentEvent",
            "agent.thread_context_compacted": ".managed_agents_agent_thread_context_compacted_event:ManagedAgentsAgentThreadContextCompactedEvent",
            "session.error": ".managed_agents_session_error_event:ManagedAgentsSessionErrorEvent",
            "session.status_rescheduled": ".managed_agents_session_status_rescheduled_event:ManagedAgentsSessionStatusRescheduledEvent",
            "session.status_running": ".managed_agents_session_status_running_event:ManagedAgentsSessionStatusRunningEvent",
            "session.status_idle": ".managed_agents_session_status_idle_event:ManagedAgentsSessionStatusIdleEvent",
            "session.status_terminated": ".managed_agents_session_status_terminated_event:ManagedAgentsSessionStatusTerminatedEvent",
            "session.thread_created": ".managed_agents_session_thread_created_event:ManagedAgentsSessionThreadCreatedEvent",
            "span.outcome_evaluation_start": ".managed_agents_span_outcome_evaluation_start_event:ManagedAgentsSpanOutcomeEvaluationStartEvent",
            "span.outcome_evaluation_end": ".managed_agents_span_outcome_evaluation_end_event:ManagedAgentsSpanOutcomeEvaluationEndEvent",
            "span.model_request_start": ".managed_agents_span_model_request_start_event:ManagedAgentsSpanModelRequestStartEvent",
            "span.model_request_end": ".managed_agents_span_model_request_end_event:ManagedAgentsSpanModelRequestEndEvent",
            "span.outcome_evaluation_ongoing": ".managed_agents_span_outcome_evaluation_ongoing_event:ManagedAgentsSpanOutcomeEvaluationOngoingEvent",
            "user.define_outcome": ".managed_agents_user_define_outcome_event:ManagedAgentsUserDefineOutcomeEvent",
            "session.deleted": ".managed_agents_session_deleted_event:ManagedAgentsSessionDeletedEvent",
            "session.thread_status_running": ".managed_agents_session_thread_status_running_event:ManagedAgentsSessionThreadStatusRunningEvent",
            "session.thread_status_idle": ".managed_agents_session_thread_status_idle_event:ManagedAgentsSessionThreadStatusIdleEvent",
            "session.thread_status_terminated": ".managed_agents_session_thread_status_terminated_event:ManagedAgentsSessionThreadStatusTerminatedEvent",
            "user.tool_result": ".managed_agents_user_tool_result_event:ManagedAgentsUserToolResultEvent",
            "session.thread_status_rescheduled": ".managed_agents_session_thread_status_rescheduled_event:ManagedAgentsSessionThreadStatusRescheduledEvent",
            "session.updated": ".managed_agents_session_updated_event:ManagedAgentsSessionUpdatedEvent",
            "event_start": ".managed_agents_event_start_event:ManagedAgentsEventStartEvent",
            "event_delta": ".managed_agents_event_delta_event:ManagedAgentsEventDeltaEvent",
            "system.message": ".managed_agents_system_message_event:ManagedAgentsSystemMessageEvent",
            "session.usage": ".managed_agents_session_usage_event:ManagedAgentsSessionUsageEvent",
            "workflow_run.created": ".managed_agents_workflow_run_created_event:ManagedAgentsWorkflowRunCreatedEvent",
            "workflow_run.status_running": ".managed_agents_workflow_run_status_running_event:ManagedAgentsWorkflowRunStatusRunningEvent",
            "workflow_run.status_idle": ".managed_agents_workflow_run_status_idle_event:ManagedAgentsWorkflowRunStatusIdleEvent",
            "workflow_run.status_ended": ".managed_agents_workflow_run_status_ended_event:ManagedAgentsWorkflowRunStatusEndedEvent",
            "workflow_run.error": ".managed_agents_workflow_run_error_event:ManagedAgentsWorkflowRunErrorEvent",
            "workflow_run.phase_started": ".managed_agents_workflow_run_phase_started_event:ManagedAgentsWorkflowRunPhaseStartedEvent",
            "workflow_run.phase_ended": ".managed_agents_workflow_run_phase_ended_event:ManagedAgentsWorkflowRunPhaseEndedEvent",
        },
        ".unknown_managed_agents_stream_session_thread_events:UnknownManagedAgentsStreamSessionThreadEvents",
        __package__,
    )
