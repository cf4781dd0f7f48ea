# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.thread_unsupported_feature_name`: the official path of these types."""

from __future__ import annotations

from ._models.thread_unsupported_request_error_details_unsupported import (
    ThreadUnsupportedRequestErrorDetailsUnsupported as ThreadUnsupportedFeatureName,
)

__all__ = [
    "ThreadUnsupportedFeatureName",
]
