"""The helpers end to end, with the types a user's checker sees (`assert_type` is checked by
mypy in scripts/test and does nothing at run time). Runs against the local simulator.
"""

from __future__ import annotations

import asyncio
import tempfile

from pydantic import BaseModel
from typing_extensions import assert_type

from claude_api_client import AsyncAnthropic, beta_async_tool, beta_tool
from claude_api_client.lib._parse import ParsedMessage, ParsedTextBlock
from claude_api_client.lib.threads import BetaMessageThread
from claude_api_client.lib.tools import BetaLocalFilesystemMemoryTool, BetaToolRunner
from claude_api_client.testing import local_api
from claude_api_client.types import Message

MODEL = "claude-sonnet-4-5"


class Weather(BaseModel):
    city: str
    temperature: float


@beta_tool
def get_weather(city: str) -> str:
    """Current weather of a city.

    Args:
        city: The city's name.
    """
    return f"Sunny in {city}"


@beta_async_tool
async def get_time(timezone: str) -> str:
    """Current time in an IANA timezone."""
    return "noon"


async def run_async(client: AsyncAnthropic) -> str:
    runner = client.beta.messages.tool_runner(
        model=MODEL,
        max_tokens=256,
        tools=[get_time, get_weather],
        messages=[{"role": "user", "content": "get_time and get_weather"}],
    )
    last = await runner.until_done()
    block = last.content[0]
    return block.text if isinstance(block, ParsedTextBlock) else ""


def main() -> None:
    with local_api() as server, server.client() as client:
        message = client.messages.parse(
            model=MODEL,
            max_tokens=256,
            output_format=Weather,
            messages=[{"role": "user", "content": "Weather in Paris?"}],
        )
        assert_type(message, ParsedMessage[Weather])
        assert_type(message.parsed_output, Weather | None)
        for block in message.content:
            if isinstance(block, ParsedTextBlock):  # as with Message, narrow blocks with isinstance
                assert_type(block.parsed_output, Weather | None)
        assert message.parsed_output is not None
        print("parsed:", message.parsed_output.temperature)

        runner = client.beta.messages.tool_runner(
            model=MODEL,
            max_tokens=256,
            tools=[get_weather, BetaLocalFilesystemMemoryTool(tempfile.mkdtemp())],
            messages=[{"role": "user", "content": "get_weather and memory"}],
        )
        assert_type(runner, BetaToolRunner[None])
        for reply in runner:
            assert_type(reply, ParsedMessage[None])
            print("turn:", reply.stop_reason)

        thread = client.beta.messages.thread(model=MODEL, max_tokens=256, output_format=Weather)
        assert_type(thread, BetaMessageThread[Weather])
        assert_type(thread.send({"role": "user", "content": "Hi"}), Message)
        parsed = thread.parse({"role": "user", "content": "Weather in Rome?"})
        assert_type(parsed, ParsedMessage[Weather])
        assert parsed.parsed_output is not None
        print("thread:", parsed.parsed_output.city, len(thread.messages))

        async def with_async_client() -> str:
            async with server.async_client() as async_client:
                return await run_async(async_client)

        print("async:", asyncio.run(with_async_client()))


if __name__ == "__main__":
    main()
