"""transform_schema() and the output formats built from Python types."""

from __future__ import annotations

import copy
import dataclasses
from typing import Any, Literal

import pytest
from pydantic import BaseModel, Field
from typing_extensions import TypedDict

from claude_api_client import transform_schema
from claude_api_client.lib._parse import UnsupportedSchemaError, json_output_format


class Address(BaseModel):
    street: str
    zip_code: str = Field(pattern=r"^\d{5}$")


class Person(BaseModel):
    name: str = Field(min_length=2, description="Full name")
    age: int = Field(ge=0, le=150)
    email: str | None = None
    born: str = Field(json_schema_extra={"format": "date"})
    kind: Literal["a", "b"] = "a"
    tags: list[str] = Field(default_factory=list, max_length=3)
    home: Address


def _objects(schema: Any) -> list[dict[str, Any]]:
    found = []
    if isinstance(schema, dict):
        if schema.get("type") == "object":
            found.append(schema)
        for value in schema.values():
            found += _objects(value)
    elif isinstance(schema, list):
        for value in schema:
            found += _objects(value)
    return found


def test_every_object_is_closed_and_keeps_its_required_list() -> None:
    """As the official `transform_schema`: a field with a default stays optional."""
    schema = transform_schema(Person)
    objects = _objects(schema)
    assert len(objects) == 2  # Person and the Address definition
    for obj in objects:
        assert obj["additionalProperties"] is False
    assert schema["required"] == ["name", "age", "born", "home"]
    assert schema["$defs"]["Address"]["required"] == ["street", "zip_code"]
    assert "required" not in transform_schema({"type": "object", "properties": {}})
    assert schema["properties"]["home"] == {"$ref": "#/$defs/Address"}


def test_unsupported_keywords_move_into_the_description() -> None:
    props = transform_schema(Person)["properties"]
    assert props["name"]["description"] == "Full name\n\n{minLength: 2}"
    assert "minLength" not in props["name"]
    assert props["age"]["description"] == "{maximum: 150, minimum: 0}"
    assert props["born"]["format"] == "date"  # a supported format stays
    assert "maxItems: 3" in props["tags"]["description"]
    assert props["kind"]["enum"] == ["a", "b"]
    zip_code = transform_schema(Person)["$defs"]["Address"]["properties"]["zip_code"]
    assert zip_code["description"].startswith("{pattern: ")


def test_unknown_string_formats_and_large_min_items_become_descriptions() -> None:
    schema = {"type": "array", "items": {"type": "string", "format": "ipv9"}, "minItems": 2}
    out = transform_schema(schema)
    assert out == {
        "type": "array",
        "items": {"type": "string", "description": "{format: ipv9}"},
        "description": "{minItems: 2}",
    }
    assert (
        transform_schema({"type": "array", "items": {"type": "integer"}, "minItems": 1})["minItems"]
        == 1
    )


def test_the_input_is_not_modified() -> None:
    schema = Person.model_json_schema()
    before = copy.deepcopy(schema)
    transform_schema(schema)
    assert schema == before


@pytest.mark.parametrize(
    ("schema", "where", "what"),
    [
        ({"type": "object", "additionalProperties": {"type": "integer"}}, "#", "arbitrary keys"),
        (
            {
                "type": "object",
                "properties": {"p": {"type": "array", "prefixItems": [{"type": "string"}]}},
            },
            "#/properties/p",
            "tuple",
        ),
        ({"type": "object", "properties": {"x": {}}}, "#/properties/x", "any type"),
        ({"type": "decimal"}, "#", "unknown type"),
    ],
)
def test_what_cannot_be_expressed_is_refused_naming_where(
    schema: dict[str, Any], where: str, what: str
) -> None:
    with pytest.raises(UnsupportedSchemaError) as info:
        transform_schema(schema)
    assert info.value.path == where
    assert what in str(info.value)
    assert isinstance(info.value, ValueError)


def test_output_formats_from_typed_dicts_dataclasses_and_schemas() -> None:
    class Movie(TypedDict):
        title: str
        year: int

    @dataclasses.dataclass
    class Point:
        x: float
        y: float = 0.0

    movie = json_output_format(Movie)
    assert movie["type"] == "json_schema"
    assert movie["schema"]["required"] == ["title", "year"]
    point = json_output_format(Point)["schema"]
    assert point["required"] == ["x"] and point["additionalProperties"] is False
    raw = json_output_format({"type": "object", "properties": {"a": {"type": "string"}}})
    assert "required" not in raw["schema"]
    wire = json_output_format(
        {"type": "json_schema", "schema": {"type": "object", "properties": {}}}
    )
    assert wire == {
        "type": "json_schema",
        "schema": {
            "type": "object",
            "properties": {},
            "additionalProperties": False,
        },
    }
    with pytest.raises(UnsupportedSchemaError):
        json_output_format(dict[str, int])
    with pytest.raises(TypeError, match="not a string"):
        json_output_format("Person")


def test_a_type_pydantic_cannot_describe_fails_before_sending_naming_output_format() -> None:
    import typing

    class Old(typing.TypedDict):  # pydantic wants typing_extensions' TypedDict before 3.12
        a: int

    class Opaque:
        pass

    import sys

    for bad in [Opaque, *([Old] if sys.version_info < (3, 12) else [])]:
        with pytest.raises(TypeError, match="output_format: cannot build a JSON schema"):
            json_output_format(bad)
