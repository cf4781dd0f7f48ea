# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .data_residency import DataResidency
from .inference_data_privacy import InferenceDataPrivacy


class Workspace(APIModel):
    """A workspace: a partition of the organization with its own keys, limits and members."""

    id: str
    """ID of the workspace."""
    archived_at: WireDateTime | None = None
    """When the workspace was archived (RFC 3339); null while active."""
    compartment_id: str
    """ID of the storage compartment that holds the workspace's data."""
    created_at: WireDateTime
    """When the workspace was created (RFC 3339)."""
    data_residency: DataResidency
    """Where the workspace's data lives and its requests run."""
    display_color: str
    """Colour of the workspace in the Console, as a hex code."""
    external_key_id: str | None = None
    """The customer-managed encryption key configuration in use; null when none."""
    name: str
    """The workspace's name."""
    tags: dict[str, str]
    """Your own key-value labels."""
    type: Literal["workspace"]
    """Always `workspace`."""
    user_profile_id: str | None = None
    """The user profile every request through the workspace must name; null when none."""
    inference_data_privacy: InferenceDataPrivacy | None = None
    """Where the workspace's retained inference data and transcripts are kept, and whether Anthropic's human review applies."""
