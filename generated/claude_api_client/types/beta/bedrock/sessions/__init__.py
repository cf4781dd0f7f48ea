# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.bedrock.sessions`: types loaded on first use.

Each name is one of our classes, under the name the official package gives it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...._models.managed_agents_bedrock_agent_mcp_elicitation_event import (
        ManagedAgentsBedrockAgentMCPElicitationEvent as BetaManagedAgentsBedrockAgentMCPElicitationEvent,
    )
    from ...._models.managed_agents_bedrock_agent_mcp_tool_result_event import (
        ManagedAgentsBedrockAgentMCPToolResultEvent as BetaManagedAgentsBedrockAgentMCPToolResultEvent,
    )
    from ...._models.managed_agents_bedrock_agent_tool_result_event import (
        ManagedAgentsBedrockAgentToolResultEvent as BetaManagedAgentsBedrockAgentToolResultEvent,
    )
    from ...._models.managed_agents_bedrock_input_event import (
        ManagedAgentsBedrockInputEvent as BetaManagedAgentsBedrockInputEvent,
    )
    from ...._models.managed_agents_bedrock_mcp_elicitation_accept import (
        ManagedAgentsBedrockMCPElicitationAccept as BetaManagedAgentsBedrockMCPElicitationAccept,
    )
    from ...._models.managed_agents_bedrock_mcp_elicitation_cancel import (
        ManagedAgentsBedrockMCPElicitationCancel as BetaManagedAgentsBedrockMCPElicitationCancel,
    )
    from ...._models.managed_agents_bedrock_mcp_elicitation_decline import (
        ManagedAgentsBedrockMCPElicitationDecline as BetaManagedAgentsBedrockMCPElicitationDecline,
    )
    from ...._models.managed_agents_bedrock_mcp_elicitation_response import (
        ManagedAgentsBedrockMCPElicitationResponse as BetaManagedAgentsBedrockMCPElicitationResponse,
    )
    from ...._models.managed_agents_bedrock_mcp_elicitation_url_request import (
        ManagedAgentsBedrockMCPElicitationURLRequest as BetaManagedAgentsBedrockMCPElicitationURLRequest,
    )
    from ...._models.managed_agents_bedrock_session_error_event import (
        ManagedAgentsBedrockSessionErrorEvent as BetaManagedAgentsBedrockSessionErrorEvent,
    )
    from ...._models.managed_agents_bedrock_session_event import (
        ManagedAgentsBedrockSessionEvent as BetaManagedAgentsBedrockSessionEvent,
    )
    from ...._models.managed_agents_bedrock_session_thread import (
        ManagedAgentsBedrockSessionThread as BetaManagedAgentsBedrockSessionThread,
    )
    from ...._models.managed_agents_bedrock_user_custom_tool_result_event import (
        ManagedAgentsBedrockUserCustomToolResultEvent as BetaManagedAgentsBedrockUserCustomToolResultEvent,
    )
    from ...._models.managed_agents_bedrock_user_define_outcome_event import (
        ManagedAgentsBedrockUserDefineOutcomeEvent as BetaManagedAgentsBedrockUserDefineOutcomeEvent,
    )
    from ...._models.managed_agents_bedrock_user_interrupt_event import (
        ManagedAgentsBedrockUserInterruptEvent as BetaManagedAgentsBedrockUserInterruptEvent,
    )
    from ...._models.managed_agents_bedrock_user_mcp_elicitation_response_event import (
        ManagedAgentsBedrockUserMCPElicitationResponseEvent as BetaManagedAgentsBedrockUserMCPElicitationResponseEvent,
    )
    from ...._models.managed_agents_bedrock_user_message_event import (
        ManagedAgentsBedrockUserMessageEvent as BetaManagedAgentsBedrockUserMessageEvent,
    )
    from ...._models.managed_agents_bedrock_user_tool_confirmation_event import (
        ManagedAgentsBedrockUserToolConfirmationEvent as BetaManagedAgentsBedrockUserToolConfirmationEvent,
    )
    from ...._models.managed_agents_mount_path_conflict_error_object import (
        ManagedAgentsMountPathConflictErrorObject as BetaManagedAgentsMountPathConflictErrorObject,
    )
    from ...._models.managed_agents_s3_access_denied_error_object import (
        ManagedAgentsS3AccessDeniedErrorObject as BetaManagedAgentsS3AccessDeniedErrorObject,
    )
    from ...._models.managed_agents_s3_copy_error_object import (
        ManagedAgentsS3CopyErrorObject as BetaManagedAgentsS3CopyErrorObject,
    )
    from ...._models.managed_agents_s3_mount_error_object import (
        ManagedAgentsS3MountErrorObject as BetaManagedAgentsS3MountErrorObject,
    )
    from ...._models.managed_agents_s3_not_found_error_object import (
        ManagedAgentsS3NotFoundErrorObject as BetaManagedAgentsS3NotFoundErrorObject,
    )
    from ...._models.managed_agents_send_bedrock_session_events import (
        ManagedAgentsSendBedrockSessionEvents as BetaManagedAgentsSendBedrockSessionEvents,
    )
    from ...._models.managed_agents_stream_bedrock_session_events import (
        ManagedAgentsStreamBedrockSessionEvents as BetaManagedAgentsStreamBedrockSessionEvents,
    )
    from ...._models.managed_agents_stream_bedrock_session_thread_events import (
        ManagedAgentsStreamBedrockSessionThreadEvents as BetaManagedAgentsStreamBedrockSessionThreadEvents,
    )
    from ...._models.managed_agents_working_directory_error_object import (
        ManagedAgentsWorkingDirectoryErrorObject as BetaManagedAgentsWorkingDirectoryErrorObject,
    )
    from ...._params.bedrock_event_stream_params import (
        BedrockEventStreamParams as BedrockEventStreamParams,
    )
    from ...._params.bedrock_sessions_event_list_params import (
        BedrockSessionsEventListParams as BedrockEventListParams,
    )
    from ...._params.bedrock_thread_list_params import (
        BedrockThreadListParams as BedrockThreadListParams,
    )
    from ...._params.managed_agents_bedrock_document_block_param import (
        ManagedAgentsBedrockDocumentBlockParam as BetaManagedAgentsBedrockDocumentBlockParam,
    )
    from ...._params.managed_agents_bedrock_document_source_param import (
        ManagedAgentsBedrockDocumentSourceParam as BetaManagedAgentsBedrockDocumentSourceParam,
    )
    from ...._params.managed_agents_bedrock_event_params import (
        ManagedAgentsBedrockEventParams as BetaManagedAgentsBedrockEventParams,
    )
    from ...._params.managed_agents_bedrock_image_block_param import (
        ManagedAgentsBedrockImageBlockParam as BetaManagedAgentsBedrockImageBlockParam,
    )
    from ...._params.managed_agents_bedrock_mcp_elicitation_accept_param import (
        ManagedAgentsBedrockMCPElicitationAcceptParam as BetaManagedAgentsBedrockMCPElicitationAcceptParam,
    )
    from ...._params.managed_agents_bedrock_mcp_elicitation_cancel_param import (
        ManagedAgentsBedrockMCPElicitationCancelParam as BetaManagedAgentsBedrockMCPElicitationCancelParam,
    )
    from ...._params.managed_agents_bedrock_mcp_elicitation_decline_param import (
        ManagedAgentsBedrockMCPElicitationDeclineParam as BetaManagedAgentsBedrockMCPElicitationDeclineParam,
    )
    from ...._params.managed_agents_bedrock_mcp_elicitation_response_param import (
        ManagedAgentsBedrockMCPElicitationResponseParam as BetaManagedAgentsBedrockMCPElicitationResponseParam,
    )
    from ...._params.managed_agents_bedrock_send_session_events_params import (
        ManagedAgentsBedrockSendSessionEventsParams as BedrockEventSendParams,
    )
    from ...._params.managed_agents_bedrock_session_event_type_param import (
        ManagedAgentsBedrockSessionEventTypeParam as BetaManagedAgentsBedrockSessionEventType,
    )
    from ...._params.managed_agents_bedrock_user_content_block_param import (
        ManagedAgentsBedrockUserContentBlockParam as BetaManagedAgentsBedrockUserContentBlockParam,
    )
    from ...._params.managed_agents_bedrock_user_mcp_elicitation_response_event_params import (
        ManagedAgentsBedrockUserMCPElicitationResponseEventParams as BetaManagedAgentsBedrockUserMCPElicitationResponseEventParams,
    )
    from ...._params.managed_agents_bedrock_user_message_event_params import (
        ManagedAgentsBedrockUserMessageEventParams as BetaManagedAgentsBedrockUserMessageEventParams,
    )

# Public name → (module relative to `claude_api_client.types`, our name for it).
_NAMES: dict[str, tuple[str, str]] = {
    "BedrockEventListParams": (
        "_params.bedrock_sessions_event_list_params",
        "BedrockSessionsEventListParams",
    ),
    "BedrockEventSendParams": (
        "_params.managed_agents_bedrock_send_session_events_params",
        "ManagedAgentsBedrockSendSessionEventsParams",
    ),
    "BedrockEventStreamParams": ("_params.bedrock_event_stream_params", "BedrockEventStreamParams"),
    "BedrockThreadListParams": ("_params.bedrock_thread_list_params", "BedrockThreadListParams"),
    "BetaManagedAgentsBedrockAgentMCPElicitationEvent": (
        "_models.managed_agents_bedrock_agent_mcp_elicitation_event",
        "ManagedAgentsBedrockAgentMCPElicitationEvent",
    ),
    "BetaManagedAgentsBedrockAgentMCPToolResultEvent": (
        "_models.managed_agents_bedrock_agent_mcp_tool_result_event",
        "ManagedAgentsBedrockAgentMCPToolResultEvent",
    ),
    "BetaManagedAgentsBedrockAgentToolResultEvent": (
        "_models.managed_agents_bedrock_agent_tool_result_event",
        "ManagedAgentsBedrockAgentToolResultEvent",
    ),
    "BetaManagedAgentsBedrockDocumentBlockParam": (
        "_params.managed_agents_bedrock_document_block_param",
        "ManagedAgentsBedrockDocumentBlockParam",
    ),
    "BetaManagedAgentsBedrockDocumentSourceParam": (
        "_params.managed_agents_bedrock_document_source_param",
        "ManagedAgentsBedrockDocumentSourceParam",
    ),
    "BetaManagedAgentsBedrockEventParams": (
        "_params.managed_agents_bedrock_event_params",
        "ManagedAgentsBedrockEventParams",
    ),
    "BetaManagedAgentsBedrockImageBlockParam": (
        "_params.managed_agents_bedrock_image_block_param",
        "ManagedAgentsBedrockImageBlockParam",
    ),
    "BetaManagedAgentsBedrockInputEvent": (
        "_models.managed_agents_bedrock_input_event",
        "ManagedAgentsBedrockInputEvent",
    ),
    "BetaManagedAgentsBedrockMCPElicitationAccept": (
        "_models.managed_agents_bedrock_mcp_elicitation_accept",
        "ManagedAgentsBedrockMCPElicitationAccept",
    ),
    "BetaManagedAgentsBedrockMCPElicitationAcceptParam": (
        "_params.managed_agents_bedrock_mcp_elicitation_accept_param",
        "ManagedAgentsBedrockMCPElicitationAcceptParam",
    ),
    "BetaManagedAgentsBedrockMCPElicitationCancel": (
        "_models.managed_agents_bedrock_mcp_elicitation_cancel",
        "ManagedAgentsBedrockMCPElicitationCancel",
    ),
    "BetaManagedAgentsBedrockMCPElicitationCancelParam": (
        "_params.managed_agents_bedrock_mcp_elicitation_cancel_param",
        "ManagedAgentsBedrockMCPElicitationCancelParam",
    ),
    "BetaManagedAgentsBedrockMCPElicitationDecline": (
        "_models.managed_agents_bedrock_mcp_elicitation_decline",
        "ManagedAgentsBedrockMCPElicitationDecline",
    ),
    "BetaManagedAgentsBedrockMCPElicitationDeclineParam": (
        "_params.managed_agents_bedrock_mcp_elicitation_decline_param",
        "ManagedAgentsBedrockMCPElicitationDeclineParam",
    ),
    "BetaManagedAgentsBedrockMCPElicitationResponse": (
        "_models.managed_agents_bedrock_mcp_elicitation_response",
        "ManagedAgentsBedrockMCPElicitationResponse",
    ),
    "BetaManagedAgentsBedrockMCPElicitationResponseParam": (
        "_params.managed_agents_bedrock_mcp_elicitation_response_param",
        "ManagedAgentsBedrockMCPElicitationResponseParam",
    ),
    "BetaManagedAgentsBedrockMCPElicitationURLRequest": (
        "_models.managed_agents_bedrock_mcp_elicitation_url_request",
        "ManagedAgentsBedrockMCPElicitationURLRequest",
    ),
    "BetaManagedAgentsBedrockSessionErrorEvent": (
        "_models.managed_agents_bedrock_session_error_event",
        "ManagedAgentsBedrockSessionErrorEvent",
    ),
    "BetaManagedAgentsBedrockSessionEvent": (
        "_models.managed_agents_bedrock_session_event",
        "ManagedAgentsBedrockSessionEvent",
    ),
    "BetaManagedAgentsBedrockSessionEventType": (
        "_params.managed_agents_bedrock_session_event_type_param",
        "ManagedAgentsBedrockSessionEventTypeParam",
    ),
    "BetaManagedAgentsBedrockSessionThread": (
        "_models.managed_agents_bedrock_session_thread",
        "ManagedAgentsBedrockSessionThread",
    ),
    "BetaManagedAgentsBedrockUserContentBlockParam": (
        "_params.managed_agents_bedrock_user_content_block_param",
        "ManagedAgentsBedrockUserContentBlockParam",
    ),
    "BetaManagedAgentsBedrockUserCustomToolResultEvent": (
        "_models.managed_agents_bedrock_user_custom_tool_result_event",
        "ManagedAgentsBedrockUserCustomToolResultEvent",
    ),
    "BetaManagedAgentsBedrockUserDefineOutcomeEvent": (
        "_models.managed_agents_bedrock_user_define_outcome_event",
        "ManagedAgentsBedrockUserDefineOutcomeEvent",
    ),
    "BetaManagedAgentsBedrockUserInterruptEvent": (
        "_models.managed_agents_bedrock_user_interrupt_event",
        "ManagedAgentsBedrockUserInterruptEvent",
    ),
    "BetaManagedAgentsBedrockUserMCPElicitationResponseEvent": (
        "_models.managed_agents_bedrock_user_mcp_elicitation_response_event",
        "ManagedAgentsBedrockUserMCPElicitationResponseEvent",
    ),
    "BetaManagedAgentsBedrockUserMCPElicitationResponseEventParams": (
        "_params.managed_agents_bedrock_user_mcp_elicitation_response_event_params",
        "ManagedAgentsBedrockUserMCPElicitationResponseEventParams",
    ),
    "BetaManagedAgentsBedrockUserMessageEvent": (
        "_models.managed_agents_bedrock_user_message_event",
        "ManagedAgentsBedrockUserMessageEvent",
    ),
    "BetaManagedAgentsBedrockUserMessageEventParams": (
        "_params.managed_agents_bedrock_user_message_event_params",
        "ManagedAgentsBedrockUserMessageEventParams",
    ),
    "BetaManagedAgentsBedrockUserToolConfirmationEvent": (
        "_models.managed_agents_bedrock_user_tool_confirmation_event",
        "ManagedAgentsBedrockUserToolConfirmationEvent",
    ),
    "BetaManagedAgentsMountPathConflictErrorObject": (
        "_models.managed_agents_mount_path_conflict_error_object",
        "ManagedAgentsMountPathConflictErrorObject",
    ),
    "BetaManagedAgentsS3AccessDeniedErrorObject": (
        "_models.managed_agents_s3_access_denied_error_object",
        "ManagedAgentsS3AccessDeniedErrorObject",
    ),
    "BetaManagedAgentsS3CopyErrorObject": (
        "_models.managed_agents_s3_copy_error_object",
        "ManagedAgentsS3CopyErrorObject",
    ),
    "BetaManagedAgentsS3MountErrorObject": (
        "_models.managed_agents_s3_mount_error_object",
        "ManagedAgentsS3MountErrorObject",
    ),
    "BetaManagedAgentsS3NotFoundErrorObject": (
        "_models.managed_agents_s3_not_found_error_object",
        "ManagedAgentsS3NotFoundErrorObject",
    ),
    "BetaManagedAgentsSendBedrockSessionEvents": (
        "_models.managed_agents_send_bedrock_session_events",
        "ManagedAgentsSendBedrockSessionEvents",
    ),
    "BetaManagedAgentsStreamBedrockSessionEvents": (
        "_models.managed_agents_stream_bedrock_session_events",
        "ManagedAgentsStreamBedrockSessionEvents",
    ),
    "BetaManagedAgentsStreamBedrockSessionThreadEvents": (
        "_models.managed_agents_stream_bedrock_session_thread_events",
        "ManagedAgentsStreamBedrockSessionThreadEvents",
    ),
    "BetaManagedAgentsWorkingDirectoryErrorObject": (
        "_models.managed_agents_working_directory_error_object",
        "ManagedAgentsWorkingDirectoryErrorObject",
    ),
}

__all__ = [
    "BedrockEventListParams",
    "BedrockEventSendParams",
    "BedrockEventStreamParams",
    "BedrockThreadListParams",
    "BetaManagedAgentsBedrockAgentMCPElicitationEvent",
    "BetaManagedAgentsBedrockAgentMCPToolResultEvent",
    "BetaManagedAgentsBedrockAgentToolResultEvent",
    "BetaManagedAgentsBedrockDocumentBlockParam",
    "BetaManagedAgentsBedrockDocumentSourceParam",
    "BetaManagedAgentsBedrockEventParams",
    "BetaManagedAgentsBedrockImageBlockParam",
    "BetaManagedAgentsBedrockInputEvent",
    "BetaManagedAgentsBedrockMCPElicitationAccept",
    "BetaManagedAgentsBedrockMCPElicitationAcceptParam",
    "BetaManagedAgentsBedrockMCPElicitationCancel",
    "BetaManagedAgentsBedrockMCPElicitationCancelParam",
    "BetaManagedAgentsBedrockMCPElicitationDecline",
    "BetaManagedAgentsBedrockMCPElicitationDeclineParam",
    "BetaManagedAgentsBedrockMCPElicitationResponse",
    "BetaManagedAgentsBedrockMCPElicitationResponseParam",
    "BetaManagedAgentsBedrockMCPElicitationURLRequest",
    "BetaManagedAgentsBedrockSessionErrorEvent",
    "BetaManagedAgentsBedrockSessionEvent",
    "BetaManagedAgentsBedrockSessionEventType",
    "BetaManagedAgentsBedrockSessionThread",
    "BetaManagedAgentsBedrockUserContentBlockParam",
    "BetaManagedAgentsBedrockUserCustomToolResultEvent",
    "BetaManagedAgentsBedrockUserDefineOutcomeEvent",
    "BetaManagedAgentsBedrockUserInterruptEvent",
    "BetaManagedAgentsBedrockUserMCPElicitationResponseEvent",
    "BetaManagedAgentsBedrockUserMCPElicitationResponseEventParams",
    "BetaManagedAgentsBedrockUserMessageEvent",
    "BetaManagedAgentsBedrockUserMessageEventParams",
    "BetaManagedAgentsBedrockUserToolConfirmationEvent",
    "BetaManagedAgentsMountPathConflictErrorObject",
    "BetaManagedAgentsS3AccessDeniedErrorObject",
    "BetaManagedAgentsS3CopyErrorObject",
    "BetaManagedAgentsS3MountErrorObject",
    "BetaManagedAgentsS3NotFoundErrorObject",
    "BetaManagedAgentsSendBedrockSessionEvents",
    "BetaManagedAgentsStreamBedrockSessionEvents",
    "BetaManagedAgentsStreamBedrockSessionThreadEvents",
    "BetaManagedAgentsWorkingDirectoryErrorObject",
]


def __getattr__(name: str) -> Any:
    target = _NAMES.get(name)
    if target is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{target[0]}", "claude_api_client.types"), target[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
