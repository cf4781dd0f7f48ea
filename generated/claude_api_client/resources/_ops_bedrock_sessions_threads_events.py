# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._core._decoders import UnionDecoder
from .._core._options import RequestOptions
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from .._core._validation import check_type, operation_headers, path_segment

if TYPE_CHECKING:
    import httpx

    from ..types._models.managed_agents_bedrock_session_event_page import (
        ManagedAgentsBedrockSessionEventPage,
    )


def _load_managed_agents_bedrock_session_event_page() -> type[ManagedAgentsBedrockSessionEventPage]:
    from ..types._models.managed_agents_bedrock_session_event_page import (
        ManagedAgentsBedrockSessionEventPage,
    )

    return ManagedAgentsBedrockSessionEventPage


def _members_of_managed_agents_stream_bedrock_session_thread_events() -> tuple[
    dict[str, type[Any]], Any
]:
    from ..types._models.managed_agents_agent_custom_tool_use_event import (
        ManagedAgentsAgentCustomToolUseEvent,
    )
    from ..types._models.managed_agents_agent_mcp_tool_use_event import (
        ManagedAgentsAgentMcpToolUseEvent,
    )
    from ..types._models.managed_agents_agent_message_event import ManagedAgentsAgentMessageEvent
    from ..types._models.managed_agents_agent_thinking_event import ManagedAgentsAgentThinkingEvent
    from ..types._models.managed_agents_agent_thread_context_compacted_event import (
        ManagedAgentsAgentThreadContextCompactedEvent,
    )
    from ..types._models.managed_agents_agent_thread_message_received_event import (
        ManagedAgentsAgentThreadMessageReceivedEvent,
    )
    from ..types._models.managed_agents_agent_thread_message_sent_event import (
        ManagedAgentsAgentThreadMessageSentEvent,
    )
    from ..types._models.managed_agents_agent_tool_use_event import ManagedAgentsAgentToolUseEvent
    from ..types._models.managed_agents_bedrock_agent_mcp_elicitation_event import (
        ManagedAgentsBedrockAgentMCPElicitationEvent,
    )
    from ..types._models.managed_agents_bedrock_agent_mcp_tool_result_event import (
        ManagedAgentsBedrockAgentMCPToolResultEvent,
    )
    from ..types._models.managed_agents_bedrock_agent_tool_result_event import (
        ManagedAgentsBedrockAgentToolResultEvent,
    )
    from ..types._models.managed_agents_bedrock_session_error_event import (
        ManagedAgentsBedrockSessionErrorEvent,
    )
    from ..types._models.managed_agents_bedrock_session_updated_event import (
        ManagedAgentsBedrockSessionUpdatedEvent,
    )
    from ..types._models.managed_agents_bedrock_system_message_event import (
        ManagedAgentsBedrockSystemMessageEvent,
    )
    from ..types._models.managed_agents_bedrock_user_custom_tool_result_event import (
        ManagedAgentsBedrockUserCustomToolResultEvent,
    )
    from ..types._models.managed_agents_bedrock_user_define_outcome_event import (
        ManagedAgentsBedrockUserDefineOutcomeEvent,
    )
    from ..types._models.managed_agents_bedrock_user_interrupt_event import (
        ManagedAgentsBedrockUserInterruptEvent,
    )
    from ..types._models.managed_agents_bedrock_user_mcp_elicitation_response_event import (
        ManagedAgentsBedrockUserMCPElicitationResponseEvent,
    )
    from ..types._models.managed_agents_bedrock_user_message_event import (
        ManagedAgentsBedrockUserMessageEvent,
    )
    from ..types._models.managed_agents_bedrock_user_tool_confirmation_event import (
        ManagedAgentsBedrockUserToolConfirmationEvent,
    )
    from ..types._models.managed_agents_event_delta_event import ManagedAgentsEventDeltaEvent
    from ..types._models.managed_agents_event_start_event import ManagedAgentsEventStartEvent
    from ..types._models.managed_agents_session_deleted_event import (
        ManagedAgentsSessionDeletedEvent,
    )
    from ..types._models.managed_agents_session_status_idle_event import (
        ManagedAgentsSessionStatusIdleEvent,
    )
    from ..types._models.managed_agents_session_status_rescheduled_event import (
        ManagedAgentsSessionStatusRescheduledEvent,
    )
    from ..types._models.managed_agents_session_status_running_event import (
        ManagedAgentsSessionStatusRunningEvent,
    )
    from ..types._models.managed_agents_session_status_terminated_event import (
        ManagedAgentsSessionStatusTerminatedEvent,
    )
    from ..types._models.managed_agents_session_thread_created_event import (
        ManagedAgentsSessionThreadCreatedEvent,
    )
    from ..types._models.managed_agents_session_thread_status_idle_event import (
        ManagedAgentsSessionThreadStatusIdleEvent,
    )
    from ..types._models.managed_agents_session_thread_status_rescheduled_event import (
        ManagedAgentsSessionThreadStatusRescheduledEvent,
    )
    from ..types._models.managed_agents_session_thread_status_running_event import (
        ManagedAgentsSessionThreadStatusRunningEvent,
    )
    from ..types._models.managed_agents_session_thread_status_terminated_event import (
        ManagedAgentsSessionThreadStatusTerminatedEvent,
    )
    from ..types._models.managed_agents_session_usage_event import ManagedAgentsSessionUsageEvent
    from ..types._models.managed_agents_span_model_request_end_event import (
        ManagedAgentsSpanModelRequestEndEvent,
    )
    from ..types._models.managed_agents_span_model_request_start_event import (
        ManagedAgentsSpanModelRequestStartEvent,
    )
    from ..types._models.managed_agents_span_outcome_evaluation_end_event import (
        ManagedAgentsSpanOutcomeEvaluationEndEvent,
    )
    from ..types._models.managed_agents_span_outcome_evaluation_ongoing_event import (
        ManagedAgentsSpanOutcomeEvaluationOngoingEvent,
    )
    from ..types._models.managed_agents_span_outcome_evaluation_start_event import (
        ManagedAgentsSpanOutcomeEvaluationStartEvent,
    )
    from ..types._models.managed_agents_stream_bedrock_session_thread_events import (
        ManagedAgentsStreamBedrockSessionThreadEvents,
    )
    from ..types._models.managed_agents_user_tool_result_event import (
        ManagedAgentsUserToolResultEvent,
    )

    return {
        "agent.custom_tool_use": ManagedAgentsAgentCustomToolUseEvent,
        "agent.mcp_elicitation": ManagedAgentsBedrockAgentMCPElicitationEvent,
        "agent.mcp_tool_result": ManagedAgentsBedrockAgentMCPToolResultEvent,
        "agent.mcp_tool_use": ManagedAgentsAgentMcpToolUseEvent,
        "agent.message": ManagedAgentsAgentMessageEvent,
        "agent.thinking": ManagedAgentsAgentThinkingEvent,
        "agent.thread_context_compacted": ManagedAgentsAgentThreadContextCompactedEvent,
        "agent.thread_message_received": ManagedAgentsAgentThreadMessageReceivedEvent,
        "agent.thread_message_sent": ManagedAgentsAgentThreadMessageSentEvent,
        "agent.tool_result": ManagedAgentsBedrockAgentToolResultEvent,
        "agent.tool_use": ManagedAgentsAgentToolUseEvent,
        "event_delta": ManagedAgentsEventDeltaEvent,
        "event_start": ManagedAgentsEventStartEvent,
        "session.deleted": ManagedAgentsSessionDeletedEvent,
        "session.error": ManagedAgentsBedrockSessionErrorEvent,
        "session.status_idle": ManagedAgentsSessionStatusIdleEvent,
        "session.status_rescheduled": ManagedAgentsSessionStatusRescheduledEvent,
        "session.status_running": ManagedAgentsSessionStatusRunningEvent,
        "session.status_terminated": ManagedAgentsSessionStatusTerminatedEvent,
        "session.thread_created": ManagedAgentsSessionThreadCreatedEvent,
        "session.thread_status_idle": ManagedAgentsSessionThreadStatusIdleEvent,
        "session.thread_status_rescheduled": ManagedAgentsSessionThreadStatusRescheduledEvent,
        "session.thread_status_running": ManagedAgentsSessionThreadStatusRunningEvent,
        "session.thread_status_terminated": ManagedAgentsSessionThreadStatusTerminatedEvent,
        "session.updated": ManagedAgentsBedrockSessionUpdatedEvent,
        "session.usage": ManagedAgentsSessionUsageEvent,
        "span.model_request_end": ManagedAgentsSpanModelRequestEndEvent,
        "span.model_request_start": ManagedAgentsSpanModelRequestStartEvent,
        "span.outcome_evaluation_end": ManagedAgentsSpanOutcomeEvaluationEndEvent,
        "span.outcome_evaluation_ongoing": ManagedAgentsSpanOutcomeEvaluationOngoingEvent,
        "span.outcome_evaluation_start": ManagedAgentsSpanOutcomeEvaluationStartEvent,
        "system.message": ManagedAgentsBedrockSystemMessageEvent,
        "user.custom_tool_result": ManagedAgentsBedrockUserCustomToolResultEvent,
        "user.define_outcome": ManagedAgentsBedrockUserDefineOutcomeEvent,
        "user.interrupt": ManagedAgentsBedrockUserInterruptEvent,
        "user.mcp_elicitation_response": ManagedAgentsBedrockUserMCPElicitationResponseEvent,
        "user.message": ManagedAgentsBedrockUserMessageEvent,
        "user.tool_confirmation": ManagedAgentsBedrockUserToolConfirmationEvent,
        "user.tool_result": ManagedAgentsUserToolResultEvent,
    }, ManagedAgentsStreamBedrockSessionThreadEvents


_decode_managed_agents_stream_bedrock_session_thread_events = UnionDecoder(
    _members_of_managed_agents_stream_bedrock_session_thread_events
)


def _sessions_threads_events_list_options(
    *,
    session_id: object,
    thread_id: object,
    limit: object = NOT_GIVEN,
    page: object = NOT_GIVEN,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("session_id", session_id, (str,))
    check_type("thread_id", thread_id, (str,))
    check_type("limit", limit, (int,))
    check_type("page", page, (str,))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.sessions.threads.events.list",
        span_route="/v1/sessions/{session_id}/threads/{thread_id}/events",
        span_attributes={
            "anthropic.session.id": session_id,
            "anthropic.session.thread.id": thread_id,
        },
        path=f"/v1/sessions/{path_segment(session_id, 'session_id')}/threads/{path_segment(thread_id, 'thread_id')}/events",
        params=strip_not_given(
            {
                "limit": limit,
                "page": page,
            }
        ),
        headers=operation_headers(
            ["managed-agents-2026-04-01"],
            betas,
            {
                "anthropic-workspace-id": workspace_id,
            },
        ),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
    )


def _sessions_threads_events_stream_options(
    *,
    session_id: object,
    thread_id: object,
    event_deltas: object = NOT_GIVEN,
    workspace_id: object = NOT_GIVEN,
    betas: object = NOT_GIVEN,
    beta: bool = False,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    check_type("session_id", session_id, (str,))
    check_type("thread_id", thread_id, (str,))
    check_type("event_deltas", event_deltas, (list, tuple))
    check_type("workspace_id", workspace_id, (str,))
    return RequestOptions(
        method="get",
        span_name="anthropic.sessions.threads.events.stream",
        span_route="/v1/sessions/{session_id}/threads/{thread_id}/stream",
        span_attributes={
            "anthropic.session.id": session_id,
            "anthropic.session.thread.id": thread_id,
        },
        path=f"/v1/sessions/{path_segment(session_id, 'session_id')}/threads/{path_segment(thread_id, 'thread_id')}/stream",
        params=strip_not_given(
            {
                "event_deltas[]": event_deltas,
            }
        ),
        headers=operation_headers(
            ["managed-agents-2026-04-01"],
            betas,
            {
                "anthropic-workspace-id": workspace_id,
            },
        ),
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        qualifiers={"beta": "true"} if beta else None,
        stream=True,
        open_stream=True,
    )
