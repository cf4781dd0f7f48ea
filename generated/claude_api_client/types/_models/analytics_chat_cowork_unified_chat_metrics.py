# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class AnalyticsChatCoworkUnifiedChatMetrics(APIModel):
    """Activity in chat, counted with Cowork."""

    connectors_used_count: int
    """Number of connectors used."""
    distinct_artifacts_created_count: int
    """Number of distinct artifacts created."""
    distinct_connectors_used_count: int | None = None
    """Number of distinct connectors used."""
    distinct_conversation_count: int | None = None
    """Number of distinct conversations."""
    distinct_files_uploaded_count: int | None = None
    """Number of distinct files uploaded."""
    distinct_projects_created_count: int
    """Number of distinct projects created."""
    distinct_projects_used_count: int | None = None
    """Number of distinct projects used."""
    distinct_shared_artifacts_viewed_count: int | None = None
    """Number of distinct shared artifacts viewed."""
    distinct_skills_used_count: int | None = None
    """Number of distinct skills used."""
    message_count: int
    """Number of messages."""
    shared_conversations_viewed_count: int
    """Number of shared conversations viewed."""
    thinking_message_count: int
    """Number of thinking messages."""
