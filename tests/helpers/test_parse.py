"""messages.parse(), output_format= on stream() and count_tokens(), against the simulator."""

from __future__ import annotations

import asyncio
import dataclasses
from typing import Any

import pytest
from pydantic import BaseModel, Field

from claude_api_client import Anthropic, AnthropicError
from claude_api_client.lib._parse import ParsedMessage, ParsedOutputError, ParsedTextBlock
from claude_api_client.testing import LocalAPIServer
from claude_api_client.types import ContentBlock, TextBlock

from .conftest import MODEL

USER = [{"role": "user", "content": "the weather please"}]


class Weather(BaseModel):
    city: str
    temperature: float
    conditions: list[str]


class StrictCity(BaseModel):
    # minLength is not expressible: it goes into the description, the echo model answers
    # "echo" (4 characters), and the client-side validation refuses it.
    city: str = Field(min_length=10)


def test_parse_sends_the_schema_and_parses_the_reply(
    server: LocalAPIServer, client: Anthropic
) -> None:
    message = client.messages.parse(
        model=MODEL, max_tokens=100, messages=USER, output_format=Weather
    )
    assert isinstance(message, ParsedMessage)
    assert message.parsed_output == Weather(city="echo", temperature=1.0, conditions=[])
    block = message.content[0]
    assert isinstance(block, ParsedTextBlock) and block.parsed_output == message.parsed_output
    # to_dict() is still exactly the JSON received: no parsed_output in it.
    assert message.content[0].to_dict() == {"type": "text", "text": block.text}
    body = server.requests[-1].json()
    assert body["output_config"]["format"]["type"] == "json_schema"
    assert body["output_config"]["format"]["schema"]["required"] == [
        "city",
        "temperature",
        "conditions",
    ]
    assert "output_format" not in body and "stream" not in body


def test_a_reply_that_does_not_validate_raises_with_the_raw_text(client: Anthropic) -> None:
    with pytest.raises(ParsedOutputError) as info:
        client.messages.parse(model=MODEL, max_tokens=100, messages=USER, output_format=StrictCity)
    error = info.value
    assert error.raw_text == '{"city": "echo"}'
    assert error.errors[0]["loc"] == ("city",) and error.errors[0]["type"] == "string_too_short"
    assert error.request_id  # the response's, for a support request
    assert "city" in str(error) and '{"city": "echo"}' in str(error)
    assert isinstance(error, AnthropicError)


def test_a_reply_cut_by_max_tokens_names_the_stop_reason(client: Anthropic) -> None:
    with pytest.raises(ParsedOutputError) as info:
        client.beta.messages.parse(model=MODEL, max_tokens=3, messages=USER, output_format=Weather)
    assert info.value.stop_reason == "max_tokens"
    assert "max_tokens" in str(info.value)
    assert info.value.raw_text == '{"city": "echo", "temperature":'


def test_streamed_parse_keeps_text_events_and_parses_the_final_message(
    server: LocalAPIServer, client: Anthropic
) -> None:
    with client.messages.stream(
        model=MODEL, max_tokens=100, messages=USER, output_format=Weather
    ) as stream:
        pieces = list(stream.text_stream)
        final = stream.get_final_message()
    assert "".join(pieces) == '{"city": "echo", "temperature": 1.0, "conditions": []}'
    assert len(pieces) > 1  # it really streamed
    assert isinstance(final, ParsedMessage)
    assert final.parsed_output == Weather(city="echo", temperature=1.0, conditions=[])
    assert server.requests[-1].json()["stream"] is True
    assert server.requests[-1].json()["output_config"]["format"]["schema"]["title"] == "Weather"


def test_streamed_parse_raises_on_the_final_message_only(client: Anthropic) -> None:
    with client.messages.stream(
        model=MODEL, max_tokens=100, messages=USER, output_format=StrictCity
    ) as stream:
        for _ in stream:
            snapshot = stream.current_message_snapshot  # partial JSON never raises
        assert snapshot.content
        with pytest.raises(ParsedOutputError):
            stream.get_final_message()


def test_stream_without_output_format_accumulates_a_parsed_message(client: Anthropic) -> None:
    """As the official streams: the plain stream's snapshot, stop events and final message are
    `ParsedMessage`s with `ParsedTextBlock`s, `parsed_output` None; the stream stays the plain
    `MessageStream`, and the dumps hold only what was received."""
    from claude_api_client.lib.streaming import MessageStream
    from claude_api_client.types.parsed_message import ParsedTextBlock

    with client.messages.stream(model=MODEL, max_tokens=100, messages=USER) as stream:
        assert type(stream) is MessageStream
        stops = [e for e in stream if e.type in ("content_block_stop", "message_stop")]
        final = stream.get_final_message()
        assert isinstance(stream.current_message_snapshot, ParsedMessage)
    assert isinstance(final, ParsedMessage) and isinstance(final.content[0], ParsedTextBlock)
    assert final.content[0].parsed_output is None
    assert "parsed_output" not in final.content[0].to_dict()
    assert final.to_dict() == client.messages.create(
        model=MODEL, max_tokens=100, messages=USER
    ).to_dict() | {"id": final.id}
    assert isinstance(stops[0].content_block, ParsedTextBlock)  # type: ignore[union-attr]
    assert stops[-1].message is final  # type: ignore[union-attr]


def test_count_tokens_takes_output_format(server: LocalAPIServer, client: Anthropic) -> None:
    client.messages.count_tokens(model=MODEL, messages=USER, output_format=Weather)
    body = server.requests[-1].json()
    assert body["output_config"]["format"]["schema"]["additionalProperties"] is False
    client.beta.messages.count_tokens(model=MODEL, messages=USER, output_format=Weather)
    assert "output_format" not in server.requests[-1].json()


def test_dataclass_and_json_schema_output_formats(client: Anthropic) -> None:
    @dataclasses.dataclass
    class Point:
        x: int
        y: int

    assert client.messages.parse(
        model=MODEL, max_tokens=50, messages=USER, output_format=Point
    ).parsed_output == Point(1, 1)
    schema: dict[str, Any] = {"type": "object", "properties": {"ok": {"type": "boolean"}}}
    parsed = client.messages.parse(model=MODEL, max_tokens=50, messages=USER, output_format=schema)
    assert parsed.parsed_output == {"ok": True}


def test_beta_wire_output_format_is_sent_as_output_config_format(
    server: LocalAPIServer, client: Anthropic
) -> None:
    wire = {
        "type": "json_schema",
        "schema": {
            "type": "object",
            "properties": {"a": {"type": "string"}},
            "required": ["a"],
            "additionalProperties": False,
        },
    }
    with pytest.warns(DeprecationWarning):  # the wire form moves to output_config.format
        message = client.beta.messages.parse(
            model=MODEL, max_tokens=50, messages=USER, output_format=wire
        )
    sent = server.requests[-1].json()
    assert "output_format" not in sent and sent["output_config"]["format"] == wire
    assert message.parsed_output == {"a": "echo"}


def test_output_format_and_output_config_format_together_fail_before_sending(
    server: LocalAPIServer, client: Anthropic
) -> None:
    sent = len(server.requests)
    with pytest.raises(AnthropicError, match="both given"):
        client.messages.parse(
            model=MODEL,
            max_tokens=50,
            messages=USER,
            output_format=Weather,
            output_config={"format": {"type": "json_schema", "schema": {"type": "object"}}},
        )
    assert len(server.requests) == sent


def test_output_config_is_merged_not_replaced(server: LocalAPIServer, client: Anthropic) -> None:
    client.messages.parse(
        model=MODEL,
        max_tokens=50,
        messages=USER,
        output_format=Weather,
        output_config={"effort": "low"},
    )
    config = server.requests[-1].json()["output_config"]
    assert config["effort"] == "low" and config["format"]["type"] == "json_schema"


def test_parse_without_output_format_gives_unparsed_text(client: Anthropic) -> None:
    message = client.messages.parse(model=MODEL, max_tokens=50, messages=USER)
    assert message.parsed_output is None
    assert isinstance(message.content[0], ParsedTextBlock)
    assert message.content[0].text == "echo: the weather please"


def test_async_parse_and_stream(server: LocalAPIServer) -> None:
    async def main() -> None:
        async with server.async_client(max_retries=0) as client:
            message = await client.beta.messages.parse(
                model=MODEL, max_tokens=100, messages=USER, output_format=Weather
            )
            assert message.parsed_output is not None and message.parsed_output.city == "echo"
            async with client.messages.stream(
                model=MODEL, max_tokens=100, messages=USER, output_format=Weather
            ) as stream:
                text = "".join([t async for t in stream.text_stream])
                final = await stream.get_final_message()
            assert isinstance(final, ParsedMessage) and final.parsed_output is not None
            assert text.startswith('{"city"')
            with pytest.raises(ParsedOutputError):
                await client.messages.parse(
                    model=MODEL, max_tokens=50, messages=USER, output_format=StrictCity
                )

    asyncio.run(main())


def test_parsed_content_block_members_follow_the_content_block_union() -> None:
    import typing

    from claude_api_client.lib._parse import _types

    def names(alias: Any) -> set[str]:
        found: set[str] = set()
        for arg in typing.get_args(alias):
            if typing.get_origin(arg) is typing.Annotated or typing.get_args(arg):
                found |= names(arg)
            elif isinstance(arg, type):
                found.add(arg.__name__)
            elif isinstance(arg, typing.ForwardRef):
                found.add(arg.__forward_arg__)
        return found

    from claude_api_client._core._model_base import eager_union

    union = eager_union(ContentBlock)
    expected = names(union) - {TextBlock.__name__}
    parsed = {n for n in names(_types.ParsedContentBlock) if not n.startswith("ParsedTextBlock")}
    assert parsed == expected


def test_async_count_tokens_and_beta_stream_take_output_format(server: LocalAPIServer) -> None:
    async def main() -> None:
        async with server.async_client(max_retries=0) as client:
            await client.beta.messages.count_tokens(
                model=MODEL, messages=USER, output_format=Weather
            )
            assert server.requests[-1].json()["output_config"]["format"]["type"] == "json_schema"
            async with client.beta.messages.stream(
                model=MODEL, max_tokens=100, messages=USER, output_format=Weather
            ) as stream:
                final = await stream.get_final_message()
            assert isinstance(final, ParsedMessage)
            assert final.parsed_output == Weather(city="echo", temperature=1.0, conditions=[])

    asyncio.run(main())


def test_raw_response_views_keep_output_format(server: LocalAPIServer, client: Anthropic) -> None:
    raw = client.messages.with_raw_response.count_tokens(
        model=MODEL, messages=USER, output_format=Weather
    )
    assert raw.parse().input_tokens >= 1
    assert "format" in server.requests[-1].json()["output_config"]
