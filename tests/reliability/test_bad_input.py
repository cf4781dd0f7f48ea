"""Bad input fails before the network, naming the argument; oversize bodies are never uploaded."""

from __future__ import annotations

import pathlib
from typing import Any

import pytest

from claude_api_client import Anthropic, BadRequestError, RequestBodyTooLargeError
from claude_api_client.testing import LocalAPIServer

from ._support import MODEL, user


@pytest.mark.parametrize(
    ("arguments", "name"),
    [
        ({"messages": "hello"}, "messages"),
        ({"max_tokens": "1024"}, "max_tokens"),
        ({"max_tokens": True}, "max_tokens"),
        ({"temperature": "hot"}, "temperature"),
        ({"stop_sequences": "END"}, "stop_sequences"),
        ({"tools": {"name": "x"}}, "tools"),
        ({"stream": "yes"}, "stream"),
        ({"top_k": 1.5}, "top_k"),
    ],
)
def test_wrong_argument_types_fail_before_the_network(
    claude_api: LocalAPIServer, claude_client: Anthropic, arguments: dict[str, Any], name: str
) -> None:
    call: dict[str, Any] = {"model": MODEL, "max_tokens": 10, "messages": user("x"), **arguments}
    with pytest.raises(TypeError, match=repr(name)):
        claude_client.messages.create(**call)
    assert claude_api.requests == []


@pytest.mark.parametrize("missing", ["model", "messages", "max_tokens"])
def test_missing_required_arguments_fail_before_the_network(
    claude_api: LocalAPIServer, claude_client: Anthropic, missing: str
) -> None:
    call: dict[str, Any] = {"model": MODEL, "max_tokens": 10, "messages": user("x")}
    del call[missing]
    with pytest.raises(TypeError, match=missing):
        claude_client.messages.create(**call)
    assert claude_api.requests == []


def test_other_operations_check_their_arguments(
    claude_api: LocalAPIServer, claude_client: Anthropic
) -> None:
    with pytest.raises(TypeError, match="'limit'"):
        claude_client.models.list(limit="ten")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="model_id"):
        claude_client.models.retrieve()  # type: ignore[call-arg]
    with pytest.raises(ValueError, match="non-empty value for `message_batch_id`"):
        claude_client.messages.batches.retrieve("")
    with pytest.raises(TypeError, match="'betas'"):
        claude_client.beta.models.list(betas="files-api-2025-04-14")  # type: ignore[arg-type]
    assert claude_api.requests == []


def test_a_message_over_the_size_limit_is_not_sent(
    claude_api: LocalAPIServer, claude_client: Anthropic
) -> None:
    big = "x" * (32 * 1024 * 1024)
    with pytest.raises(RequestBodyTooLargeError) as caught:
        claude_client.messages.create(model=MODEL, max_tokens=5, messages=user(big))
    assert caught.value.limit == 32 * 1024 * 1024
    assert caught.value.size > caught.value.limit
    assert isinstance(caught.value, ValueError)
    assert claude_api.requests == []


def test_count_tokens_has_the_same_limit(
    claude_api: LocalAPIServer, claude_client: Anthropic
) -> None:
    big = "y" * (32 * 1024 * 1024)
    with pytest.raises(RequestBodyTooLargeError):
        claude_client.messages.count_tokens(model=MODEL, messages=user(big))
    assert claude_api.requests == []


def test_an_upload_over_the_size_limit_is_not_sent(
    claude_api: LocalAPIServer, claude_client: Anthropic, tmp_path: pathlib.Path
) -> None:
    huge = tmp_path / "huge.bin"
    with huge.open("wb") as handle:  # sparse: 500 MiB + 1 byte without writing them
        handle.truncate(500 * 1024 * 1024 + 1)
    with huge.open("rb") as handle, pytest.raises(RequestBodyTooLargeError) as caught:
        claude_client.files.upload(file=("huge.bin", handle, "application/octet-stream"))
    assert caught.value.limit == 500 * 1024 * 1024
    assert claude_api.requests == []


def test_the_simulator_refuses_what_gets_past_the_client(
    claude_api: LocalAPIServer, claude_client: Anthropic
) -> None:
    # Types the client cannot check cheaply (nested blocks) are the server's job: a 400 that
    # names the field.
    with pytest.raises(BadRequestError, match=r"messages\.0\.role: Input should be") as caught:
        claude_client.messages.create(
            model=MODEL,
            max_tokens=5,
            messages=[{"role": "robot", "content": "x"}],  # type: ignore[list-item, typeddict-item]
        )
    assert caught.value.type == "invalid_request_error"
    assert len(claude_api.requests) == 1
