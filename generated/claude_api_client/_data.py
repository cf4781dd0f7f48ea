# generated from openapi/ by scripts/generate, do not edit
"""Facts about models that calls warn about (from `x-deprecated-models` and
`x-thinking-enabled-deprecated` on `KnownModel` in the document), and the operations each
platform serves on its own endpoint (`x-platforms`)."""

from __future__ import annotations

import warnings

__all__ = [
    "DEPRECATED_MODELS",
    "MODELS_TO_WARN_WITH_THINKING_ENABLED",
    "PLATFORM_API_VERSIONS",
    "PLATFORM_ROUTES",
    "warn_model_use",
]

# model id → the date it reaches end of life
DEPRECATED_MODELS: dict[str, str] = {
    "claude-mythos-preview": "June 30th, 2026",
    "claude-opus-4-5": "January 22nd, 2027",
    "claude-opus-4-5-20251101": "January 22nd, 2027",
}

# models on which `thinking: {"type": "enabled"}` is deprecated in favour of "adaptive"
MODELS_TO_WARN_WITH_THINKING_ENABLED: list[str] = [
    "claude-opus-4-6",
    "claude-mythos-preview",
]


# platform → the (method, path template) of each operation it serves on its own endpoint
# (`x-platforms`: Bedrock's control plane)
PLATFORM_ROUTES: dict[str, tuple[tuple[str, str], ...]] = {
    "bedrock": (
        ("delete", "/v1/memory_stores/{memory_store_id}"),
        ("delete", "/v1/memory_stores/{memory_store_id}/memories/{memory_id}"),
        ("delete", "/v1/sessions/{session_id}"),
        ("get", "/v1/agents"),
        ("get", "/v1/agents/{agent_id}"),
        ("get", "/v1/agents/{agent_id}/versions"),
        ("get", "/v1/memory_stores"),
        ("get", "/v1/memory_stores/{memory_store_id}"),
        ("get", "/v1/memory_stores/{memory_store_id}/memories"),
        ("get", "/v1/memory_stores/{memory_store_id}/memories/{memory_id}"),
        ("get", "/v1/memory_stores/{memory_store_id}/memory_versions"),
        ("get", "/v1/memory_stores/{memory_store_id}/memory_versions/{memory_version_id}"),
        ("get", "/v1/sessions"),
        ("get", "/v1/sessions/{session_id}"),
        ("get", "/v1/sessions/{session_id}/events"),
        ("get", "/v1/sessions/{session_id}/events/stream"),
        ("get", "/v1/sessions/{session_id}/threads"),
        ("get", "/v1/sessions/{session_id}/threads/{thread_id}"),
        ("get", "/v1/sessions/{session_id}/threads/{thread_id}/events"),
        ("get", "/v1/sessions/{session_id}/threads/{thread_id}/stream"),
        ("post", "/v1/agents"),
        ("post", "/v1/agents/{agent_id}"),
        ("post", "/v1/agents/{agent_id}/archive"),
        ("post", "/v1/memory_stores"),
        ("post", "/v1/memory_stores/{memory_store_id}"),
        ("post", "/v1/memory_stores/{memory_store_id}/archive"),
        ("post", "/v1/memory_stores/{memory_store_id}/memories"),
        ("post", "/v1/memory_stores/{memory_store_id}/memories/{memory_id}"),
        ("post", "/v1/memory_stores/{memory_store_id}/memory_versions/{memory_version_id}/redact"),
        ("post", "/v1/sessions"),
        ("post", "/v1/sessions/{session_id}"),
        ("post", "/v1/sessions/{session_id}/archive"),
        ("post", "/v1/sessions/{session_id}/events"),
        ("post", "/v1/sessions/{session_id}/threads/{thread_id}/archive"),
    ),
}

# platform → the `anthropic-version` its own endpoint is sent (`x-platform-versions`)
PLATFORM_API_VERSIONS: dict[str, str] = {
    "bedrock": "2026-10-21",
}


def warn_model_use(model: object, thinking: object) -> None:
    """Warn, pointing at the caller's line, when a call uses a deprecated model or setting.

    Called by the request builder, itself called by the resource method the user called.
    """
    if not isinstance(model, str):
        return
    if model in DEPRECATED_MODELS:
        warnings.warn(
            f"Model {model!r} is deprecated and reaches end of life on "
            f"{DEPRECATED_MODELS[model]}; move to a newer model "
            "(https://docs.anthropic.com/en/docs/resources/model-deprecations).",
            DeprecationWarning,
            stacklevel=4,
        )
    if (
        model in MODELS_TO_WARN_WITH_THINKING_ENABLED
        and isinstance(thinking, dict)
        and thinking.get("type") == "enabled"
    ):
        warnings.warn(
            f"Thinking type 'enabled' is deprecated on {model!r}: use type 'adaptive' instead.",
            UserWarning,
            stacklevel=4,
        )
