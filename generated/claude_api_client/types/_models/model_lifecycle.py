# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import OpenEnum


class ModelLifecycle(OpenEnum):
    """Where a model is in its life; `retired` models stay listed but no longer answer."""

    ACTIVE = "active"
    DEPRECATED = "deprecated"
    RETIRED = "retired"
