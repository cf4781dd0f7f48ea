"""@beta_tool / @beta_async_tool: definitions from signatures and docstrings, validated calls."""

from __future__ import annotations

import asyncio
from typing import Literal

import pytest
from pydantic import BaseModel

from claude_api_client import beta_async_tool, beta_tool
from claude_api_client.lib.tools import BetaAsyncFunctionTool, BetaFunctionTool, ToolError
from claude_api_client.lib.tools._docstring import parse_docstring


@beta_tool
def get_weather(city: str, unit: Literal["c", "f"] = "c", days: int = 1) -> str:
    """Current weather of a city.

    Uses the local station when there is one.

    Args:
        city: The city's name,
            in English.
        unit (str): Temperature unit.
        days: How many days.

    Returns:
        A short report.
    """
    return f"{city}: sunny, {days} day(s) in {unit}"


def test_definition_from_signature_and_docstring() -> None:
    assert isinstance(get_weather, BetaFunctionTool)
    definition = get_weather.to_dict()
    assert definition["name"] == "get_weather"
    assert (
        definition.get("description")
        == "Current weather of a city.\n\nUses the local station when there is one."
    )
    schema = definition["input_schema"]
    assert schema["required"] == ["city"]
    assert schema["properties"]["city"]["description"] == "The city's name, in English."
    assert schema["properties"]["unit"]["enum"] == ["c", "f"]
    assert schema["properties"]["unit"]["description"] == "Temperature unit."
    assert schema["properties"]["days"]["type"] == "integer"


def test_calls_are_validated_against_the_signature() -> None:
    assert get_weather.call({"city": "Paris", "days": "2"}) == "Paris: sunny, 2 day(s) in c"
    with pytest.raises(ValueError, match="invalid input for tool 'get_weather': unit"):
        get_weather.call({"city": "Paris", "unit": "kelvin"})
    with pytest.raises(ValueError, match="city: Missing required argument"):
        get_weather.call({})
    with pytest.raises(TypeError, match="must be an object"):
        get_weather.call(["Paris"])
    assert get_weather("Rome") == "Rome: sunny, 1 day(s) in c"  # the function itself


def test_options_and_overrides() -> None:
    class Query(BaseModel):
        q: str

    @beta_tool(
        name="search",
        description="Find things.",
        input_schema=Query,
        defer_loading=True,
        strict=True,
    )
    def find(q: str) -> list[dict[str, str]]:
        return [{"type": "text", "text": q}]

    definition = find.to_dict()
    assert definition["name"] == "search" and definition.get("description") == "Find things."
    assert definition["input_schema"]["required"] == ["q"]
    assert definition.get("defer_loading") is True and definition.get("strict") is True
    assert find.call({"q": "x"}) == [{"type": "text", "text": "x"}]


def test_the_official_definition_options() -> None:
    examples = ({"city": "Paris"} for _ in range(1))  # any iterable, sent as a list

    @beta_async_tool(
        allowed_callers=["direct", "code_execution_20260120"],
        eager_input_streaming=True,
        input_examples=examples,
    )
    async def weather(city: str) -> str:
        """Weather."""
        return city

    assert weather.to_dict() == {
        "name": "weather",
        "description": "Weather.",
        "input_schema": weather.input_schema,
        "allowed_callers": ["direct", "code_execution_20260120"],
        "eager_input_streaming": True,
        "input_examples": [{"city": "Paris"}],
    }
    assert weather.to_dict() == weather.to_dict()  # the examples were read once
    assert "allowed_callers" not in beta_tool(lambda: "x").to_dict()


class Report(BaseModel):
    ok: bool


def test_results_that_are_not_text_are_sent_as_json() -> None:
    @beta_tool
    def check() -> Report:
        """Check."""
        return Report(ok=True)

    @beta_tool
    def numbers() -> dict[str, int]:
        """Numbers."""
        return {"a": 1}

    assert check.call({}) == '{"ok":true}'
    assert numbers.call({}) == '{"a": 1}'


def test_variadic_parameters_are_refused_at_definition() -> None:
    def loose(*args: str) -> str:
        return ""

    with pytest.raises(TypeError, match=r"\*args"):
        beta_tool(loose)


def test_async_tools() -> None:
    @beta_async_tool
    async def lookup(key: str) -> str:
        """Look a key up.

        Args:
            key: Which key.
        """
        await asyncio.sleep(0)
        return key.upper()

    assert isinstance(lookup, BetaAsyncFunctionTool)
    assert lookup.to_dict()["input_schema"]["properties"]["key"]["description"] == "Which key."
    assert asyncio.run(lookup.call({"key": "k"})) == "K"
    with pytest.raises(TypeError, match="async def"):
        beta_async_tool(get_weather.func)  # type: ignore[type-var]


def test_tool_error_content() -> None:
    error = ToolError([{"type": "text", "text": "no such city"}, {"type": "image", "source": {}}])
    assert str(error) == "no such city [image]"
    assert error.content[0]["text"] == "no such city"  # type: ignore[index]


@pytest.mark.parametrize(
    "doc",
    [
        """Sum two numbers.

        Parameters
        ----------
        a : int
            First one.
        b : int
            Second one.

        Returns
        -------
        int
        """,
        """Sum two numbers.

        :param a: First one.
        :param int b: Second one.
        :returns: the sum
        """,
    ],
)
def test_numpy_and_sphinx_docstrings(doc: str) -> None:
    parsed = parse_docstring(doc)
    assert parsed.description == "Sum two numbers."
    assert parsed.params == {"a": "First one.", "b": "Second one."}
