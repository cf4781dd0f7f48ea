# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.browser_form_input_input`: the official path of these types."""

from __future__ import annotations

from ._models.browser_form_input_input import BrowserFormInputInput as BrowserFormInputInput

__all__ = [
    "BrowserFormInputInput",
]
