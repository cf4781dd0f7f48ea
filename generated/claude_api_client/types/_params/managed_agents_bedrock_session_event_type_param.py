# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

ManagedAgentsBedrockSessionEventTypeParam: TypeAlias = Literal[
    "user.message",
    "user.interrupt",
    "user.tool_confirmation",
    "user.custom_tool_result",
    "user.define_outcome",
    "user.tool_result",
    "system.message",
    "agent.custom_tool_use",
    "agent.message",
    "agent.thinking",
    "agent.mcp_tool_use",
    "agent.mcp_tool_result",
    "agent.tool_use",
    "agent.tool_result",
    "agent.thread_message_received",
    "agent.thread_message_sent",
    "agent.thread_context_compacted",
    "session.error",
    "session.status_rescheduled",
    "session.status_running",
    "session.status_idle",
    "session.status_terminated",
    "session.thread_created",
    "session.thread_status_running",
    "session.thread_status_idle",
    "session.thread_status_terminated",
    "session.thread_status_rescheduled",
    "session.updated",
    "session.usage",
    "agent.mcp_elicitation",
    "user.mcp_elicitation_response",
    "span.model_request_start",
    "span.model_request_end",
    "span.outcome_evaluation_start",
    "span.outcome_evaluation_ongoing",
    "span.outcome_evaluation_end",
]
"""
Bedrock: the type of a session event, as the events list filters by it.
"""
