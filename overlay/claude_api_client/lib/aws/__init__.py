"""Claude on AWS, operated by Anthropic; also the SigV4 signing the AWS clients share."""

from ._client import AnthropicAWS, AsyncAnthropicAWS

__all__ = ["AnthropicAWS", "AsyncAnthropicAWS"]
