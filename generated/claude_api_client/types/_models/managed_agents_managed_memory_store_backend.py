# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsManagedMemoryStoreBackend(APIModel):
    """Bedrock: a memory store whose memories the service keeps (no S3 bucket, nothing mounted in the sandbox)."""

    type: Literal["managed"]
    """Always `managed`."""
