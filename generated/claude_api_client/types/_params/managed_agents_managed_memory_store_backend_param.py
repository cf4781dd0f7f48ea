# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsManagedMemoryStoreBackendParam(TypedDict):
    """
    Bedrock: a memory store whose memories the service keeps (no S3 bucket, nothing mounted in the sandbox).
    """

    type: Literal["managed"]
    """
    Always `managed`.
    """
