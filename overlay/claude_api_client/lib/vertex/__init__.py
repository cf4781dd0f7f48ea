"""Claude on Google Vertex AI."""

from ._client import AnthropicVertex, AsyncAnthropicVertex

__all__ = ["AnthropicVertex", "AsyncAnthropicVertex"]
