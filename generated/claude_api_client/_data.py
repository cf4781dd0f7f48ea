# generated from openapi/ by scripts/generate, do not edit
"""Facts about models that calls warn about (from `x-deprecated-models` and
`x-thinking-enabled-deprecated` on `KnownModel` in the document)."""

from __future__ import annotations

import warnings

__all__ = ["DEPRECATED_MODELS", "MODELS_TO_WARN_WITH_THINKING_ENABLED", "warn_model_use"]

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
