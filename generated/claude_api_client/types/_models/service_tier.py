# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import OpenEnum


class ServiceTier(OpenEnum):
    """Capacity tier that served the request."""

    STANDARD = "standard"
    PRIORITY = "priority"
    BATCH = "batch"
