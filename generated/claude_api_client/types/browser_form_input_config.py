# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.browser_form_input_config`: the official path of these types."""

from __future__ import annotations

from ._models.browser_form_input_config import BrowserFormInputConfig as BrowserFormInputConfig

__all__ = [
    "BrowserFormInputConfig",
]
