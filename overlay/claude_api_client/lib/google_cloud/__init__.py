"""Claude on Google Cloud, operated by Anthropic."""

from ._client import AnthropicGoogleCloud, AsyncAnthropicGoogleCloud

__all__ = ["AnthropicGoogleCloud", "AsyncAnthropicGoogleCloud"]
