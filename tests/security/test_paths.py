"""Path parameters stay inside their path segment: `.`, `..` and empty values are refused."""

from __future__ import annotations

import httpx
import pytest

from claude_api_client import Anthropic

SENT: list[httpx.Request] = []


def _client() -> Anthropic:
    def handler(request: httpx.Request) -> httpx.Response:
        SENT.append(request)
        return httpx.Response(200, json={"id": "x", "type": "file_deleted"})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    return Anthropic(api_key="k", http_client=http, max_retries=0)


@pytest.mark.parametrize("value", [".", ".."])
def test_dot_segments_are_refused_naming_the_parameter(value: str) -> None:
    SENT.clear()
    client = _client()
    with pytest.raises(ValueError, match="`file_id`"):
        client.files.delete(value)
    with pytest.raises(ValueError, match="`message_batch_id`"):
        client.messages.batches.cancel(value)
    with pytest.raises(ValueError, match="`version`"):
        client.skills.versions.delete(skill_id="s", version=value)
    with pytest.raises(ValueError, match="`skill_id`"):
        client.beta.skills.versions.delete(skill_id=value, version="1")
    assert SENT == []


def test_an_empty_value_is_refused_as_the_official_client_words_it() -> None:
    SENT.clear()
    with pytest.raises(ValueError, match="Expected a non-empty value for `file_id`"):
        _client().files.retrieve_metadata("")
    assert SENT == []


def test_other_values_are_percent_encoded_into_one_segment() -> None:
    SENT.clear()
    _client().files.delete("../a/b?c#d")
    assert SENT[0].url.raw_path == b"/v1/files/..%2Fa%2Fb%3Fc%23d"
    _client().files.delete("...")
    assert SENT[1].url.raw_path == b"/v1/files/..."
