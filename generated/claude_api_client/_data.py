# generated from openapi/ by scripts/generate, do not edit
"""Facts about models that calls warn about (from `x-deprecated-models` and
`x-thinking-enabled-deprecated` on `KnownModel` in the document), the operations each
platform serves on its own endpoint (`x-platforms`), and what each browser toolset member
returns (`x-toolset-members` on `BrowserMemberName`)."""

from __future__ import annotations

import warnings
from typing import TypedDict

__all__ = [
    "BROWSER_TOOLSET_MEMBERS",
    "BrowserToolsetMembers",
    "DEPRECATED_MODELS",
    "MODELS_TO_WARN_WITH_THINKING_ENABLED",
    "PLATFORM_API_VERSIONS",
    "PLATFORM_ROUTES",
    "warn_model_use",
]


class BrowserToolsetMembers(TypedDict):
    """What the SDK knows of one browser toolset member (`BROWSER_TOOLSET_MEMBERS[name]`)."""

    result: str
    """The kind of result the member returns: `none` (the tool result is `confirmation`),
    `text`, `screenshot`, `navigate`, `tab` or `tabs`."""
    confirmation: str | None
    """For a `none` result, the text to return, `{field}` filled from the call's input."""
    enabled_by_default: bool
    """On when the toolset's configuration does not say."""
    confirm_required: bool
    """A call always waits for confirmation."""


# browser toolset member name → its facts
BROWSER_TOOLSET_MEMBERS: dict[str, BrowserToolsetMembers] = {
    "navigate": {
        "result": "navigate",
        "confirmation": None,
        "enabled_by_default": True,
        "confirm_required": False,
    },
    "screenshot": {
        "result": "screenshot",
        "confirmation": None,
        "enabled_by_default": True,
        "confirm_required": False,
    },
    "zoom": {
        "result": "screenshot",
        "confirmation": None,
        "enabled_by_default": True,
        "confirm_required": False,
    },
    "left_click": {
        "result": "none",
        "confirmation": "Clicked.",
        "enabled_by_default": True,
        "confirm_required": False,
    },
    "right_click": {
        "result": "none",
        "confirmation": "Right-clicked.",
        "enabled_by_default": True,
        "confirm_required": False,
    },
    "middle_click": {
        "result": "none",
        "confirmation": "Middle-clicked.",
        "enabled_by_default": True,
        "confirm_required": False,
    },
    "double_click": {
        "result": "none",
        "confirmation": "Double-clicked.",
        "enabled_by_default": True,
        "confirm_required": False,
    },
    "triple_click": {
        "result": "none",
        "confirmation": "Triple-clicked.",
        "enabled_by_default": True,
        "confirm_required": False,
    },
    "hover": {
        "result": "none",
        "confirmation": "Hovered.",
        "enabled_by_default": True,
        "confirm_required": False,
    },
    "left_click_drag": {
        "result": "none",
        "confirmation": "Dragged.",
        "enabled_by_default": True,
        "confirm_required": False,
    },
    "left_mouse_down": {
        "result": "none",
        "confirmation": "Mouse button pressed.",
        "enabled_by_default": True,
        "confirm_required": False,
    },
    "left_mouse_up": {
        "result": "none",
        "confirmation": "Mouse button released.",
        "enabled_by_default": True,
        "confirm_required": False,
    },
    "mouse_move": {
        "result": "none",
        "confirmation": "Moved the mouse.",
        "enabled_by_default": True,
        "confirm_required": False,
    },
    "scroll": {
        "result": "none",
        "confirmation": "Scrolled {scroll_direction}.",
        "enabled_by_default": True,
        "confirm_required": False,
    },
    "scroll_to": {
        "result": "none",
        "confirmation": "Scrolled to {ref}.",
        "enabled_by_default": True,
        "confirm_required": False,
    },
    "type": {
        "result": "none",
        "confirmation": "Typed.",
        "enabled_by_default": True,
        "confirm_required": False,
    },
    "key": {
        "result": "none",
        "confirmation": "Pressed {text}.",
        "enabled_by_default": True,
        "confirm_required": False,
    },
    "hold_key": {
        "result": "none",
        "confirmation": "Held {text} for {duration}s.",
        "enabled_by_default": True,
        "confirm_required": False,
    },
    "form_input": {
        "result": "none",
        "confirmation": "Set the value of {ref}.",
        "enabled_by_default": True,
        "confirm_required": False,
    },
    "read_page": {
        "result": "text",
        "confirmation": None,
        "enabled_by_default": True,
        "confirm_required": False,
    },
    "find": {
        "result": "text",
        "confirmation": None,
        "enabled_by_default": True,
        "confirm_required": False,
    },
    "get_page_text": {
        "result": "text",
        "confirmation": None,
        "enabled_by_default": True,
        "confirm_required": False,
    },
    "wait": {
        "result": "none",
        "confirmation": "Waited {duration}s.",
        "enabled_by_default": True,
        "confirm_required": False,
    },
    "file_upload": {
        "result": "none",
        "confirmation": "Uploaded.",
        "enabled_by_default": False,
        "confirm_required": True,
    },
    "read_console": {
        "result": "text",
        "confirmation": None,
        "enabled_by_default": False,
        "confirm_required": False,
    },
    "read_network": {
        "result": "text",
        "confirmation": None,
        "enabled_by_default": False,
        "confirm_required": False,
    },
    "javascript_exec": {
        "result": "text",
        "confirmation": None,
        "enabled_by_default": False,
        "confirm_required": True,
    },
    "new_tab": {
        "result": "tab",
        "confirmation": None,
        "enabled_by_default": True,
        "confirm_required": False,
    },
    "list_tabs": {
        "result": "tabs",
        "confirmation": None,
        "enabled_by_default": True,
        "confirm_required": False,
    },
    "switch_tab": {
        "result": "tab",
        "confirmation": None,
        "enabled_by_default": True,
        "confirm_required": False,
    },
    "close_tab": {
        "result": "none",
        "confirmation": None,
        "enabled_by_default": True,
        "confirm_required": False,
    },
}

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
