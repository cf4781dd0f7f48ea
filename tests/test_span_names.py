"""Span names: each generated request builder names its call's span as the official package
names the span of the same SDK method (`anthropic.<resource path>.<method>`, no `beta`), and a
request no SDK method made gets no span. The names are compared with the official package's
sources when they are unpacked at /work/official (skipped otherwise)."""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from typing import Any

import pytest
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from _support.scripts import scripts_module
from claude_api_client._core._options import RequestOptions
from claude_api_client.testing import local_api
from claude_api_client.testing._document import load_document

OFFICIAL_RESOURCES = Path("/work/official/src/anthropic/resources")
# Ours only: the official 2.16.0 has no `completions` resource.
NOT_OFFICIAL = {"anthropic.completions.create"}


def _built_options() -> dict[str, RequestOptions]:
    """operationId (with its platform) -> what its generated request builder returns."""
    loader = scripts_module("_generator.loader")
    built: dict[str, RequestOptions] = {}
    for op in loader.load_operations(load_document().raw):
        surfaces = [("", op), *((platform + "_", o) for platform, o in op.platforms.items())]
        for prefix, surface in surfaces:
            module = importlib.import_module(
                f"claude_api_client.resources._ops_{prefix}{'_'.join(surface.namespace)}"
            )
            build = getattr(module, f"_{surface.operation_id}_options")
            dummies = {"array": ["x"], "integer": 1, "boolean": True, "object": {}}
            args = {
                p.py_name: dummies.get(p.schema.get("type"), "x")
                for p in surface.params
                if p.required
            }
            built[prefix + surface.operation_id] = build(**args)
    return built


def _built_span_names() -> dict[str, str]:
    names = {op_id: options.span_name for op_id, options in _built_options().items()}
    assert None not in names.values()
    return {op_id: name for op_id, name in names.items() if name is not None}


def test_every_builder_names_its_span_after_its_sdk_method() -> None:
    names = _built_span_names()
    assert names["messages_create"] == "anthropic.messages.create"
    assert names["messages_batches_results"] == "anthropic.messages.batches.results"
    assert names["user_profiles_action_urls_create"] == "anthropic.user_profiles.action_urls.create"
    assert all(re.fullmatch(r"anthropic(\.[a-z_]+)+", name) for name in names.values()), names
    assert not any(".beta." in name for name in names.values())
    # A platform's method is named as the first-party one.
    platform = {k: v for k, v in names.items() if k.startswith("bedrock_")}
    assert platform and all(names[k.removeprefix("bedrock_")] == v for k, v in platform.items())


@pytest.mark.skipif(not OFFICIAL_RESOURCES.is_dir(), reason="official sources not unpacked")
def test_span_names_are_the_official_ones() -> None:
    official: set[str] = set()
    for source in OFFICIAL_RESOURCES.rglob("*.py"):
        official.update(re.findall(r'span_name="([^"]+)"', source.read_text()))
    ours = set(_built_span_names().values())
    assert official, "no span name found in the official sources"
    assert official - ours == set()
    assert ours - official == NOT_OFFICIAL


@pytest.mark.skipif(not OFFICIAL_RESOURCES.is_dir(), reason="official sources not unpacked")
def test_path_parameter_attributes_are_the_official_ones() -> None:
    """`x-span-attribute`: each span records the ids in its path under the official keys."""
    call = re.compile(
        r'span_name="([^"]+)",\s*(?:span_route="[^"]*",\s*)?span_attributes=\{([^{}]*)\}'
    )
    official: dict[str, set[str]] = {}
    for source in OFFICIAL_RESOURCES.rglob("*.py"):
        for name, listed in call.findall(source.read_text()):
            official.setdefault(name, set()).update(re.findall(r'"([^"]+)":', listed))
    ours: dict[str, set[str]] = {}
    for options in _built_options().values():
        if options.span_name and options.span_attributes:
            ours.setdefault(options.span_name, set()).update(options.span_attributes)
    assert len(official) > 150
    assert ours == official


@pytest.mark.skipif(not OFFICIAL_RESOURCES.is_dir(), reason="official sources not unpacked")
def test_created_ids_are_the_official_ones() -> None:
    """`x-span-created-id`: the attribute (and response field) of a created object's id."""
    official: dict[str, list[str]] = {}
    for source in OFFICIAL_RESOURCES.rglob("*.py"):
        text = source.read_text()
        for found in re.finditer(r"span_created_id=(\([^)]*\)|\"[^\"]+\")", text):
            name = re.findall(r'span_name="([^"]+)"', text[: found.start()])[-1]
            official[name] = [*re.findall(r'"([^"]+)"', found.group(1)), "id"][:2]
    ours = {
        options.span_name: options.span_created_id
        for options in _built_options().values()
        if options.span_name and options.span_created_id
    }
    assert len(official) > 30
    assert ours == official


def test_a_custom_request_has_no_span_a_method_call_has_one() -> None:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    with local_api() as api:
        client = api.client(open_telemetry={"tracer_provider": provider})
        page: Any = client.get("/v1/models", cast_to=object)
        assert page is not None
        assert exporter.get_finished_spans() == ()
        client.models.list()
        client.beta.models.list()
    assert [s.name for s in exporter.get_finished_spans()] == ["anthropic.models.list"] * 2
