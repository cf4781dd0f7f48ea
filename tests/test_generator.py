"""scripts/generate refuses a document that does not validate, and says why."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from _support.scripts import scripts_module

ROOT = Path(__file__).resolve().parents[1]


def run_generate(openapi_root: Path, output: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "generate"),
            "--openapi",
            str(openapi_root),
            "--output",
            str(output),
        ],
        capture_output=True,
        text=True,
    )


def test_an_invalid_document_is_refused_with_the_validators_message(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "openapi", tmp_path / "openapi")
    usage = tmp_path / "openapi" / "components" / "schemas" / "messages" / "Usage.yaml"
    usage.write_text(usage.read_text().replace("type: object", "type: objekt", 1))
    result = run_generate(tmp_path / "openapi" / "openapi.yaml", tmp_path / "out")
    assert result.returncode != 0
    assert "does not validate" in result.stderr
    assert "objekt" in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_dangling_reference_is_refused_naming_the_file(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "openapi", tmp_path / "openapi")
    (tmp_path / "openapi" / "components" / "schemas" / "messages" / "TextBlock.yaml").unlink()
    result = run_generate(tmp_path / "openapi" / "openapi.yaml", tmp_path / "out")
    assert result.returncode != 0
    assert "TextBlock.yaml" in result.stderr


def _loader() -> Any:
    return scripts_module("_generator.loader")


def test_sdk_namespace_from_the_operation_id_or_x_sdk_namespace() -> None:
    loader = _loader()
    assert loader.sdk_namespace({"operationId": "sessions_events_stream"}) == (
        ("sessions", "events"),
        "stream",
    )
    op = {"operationId": "deployment_runs_list", "x-sdk-namespace": "deployment_runs"}
    assert loader.sdk_namespace(op) == (("deployment_runs",), "list")
    wrong = {"operationId": "deployment_runs_list", "x-sdk-namespace": "deployments"}
    with pytest.raises(loader.LoadError, match="does not spell"):
        loader.sdk_namespace(wrong)


def test_argument_names_from_wire_names() -> None:
    names = scripts_module("_openapi.names")

    assert names.py_name("created_at[gte]") == "created_at_gte"
    assert names.py_name("statuses[]") == "statuses"
    assert names.py_name("Anthropic-Worker-ID") == "anthropic_worker_id"


def test_a_union_body_offers_every_members_fields() -> None:
    loader = _loader()
    doc = {
        "components": {
            "schemas": {
                "A": {
                    "type": "object",
                    "required": ["type", "file_id"],
                    "properties": {"type": {"const": "file"}, "file_id": {"type": "string"}},
                },
                "B": {
                    "type": "object",
                    "required": ["type", "url"],
                    "properties": {"type": {"const": "repo"}, "url": {"type": "string"}},
                },
            }
        }
    }
    union = {"oneOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}]}
    required, fields = loader._body_fields(doc, union)
    assert required == {"type"}
    assert sorted(fields) == ["file_id", "type", "url"]
    assert fields["type"] == {"anyOf": [{"const": "file"}, {"const": "repo"}]}


def test_x_stream_terminal_and_helper_options() -> None:
    from claude_api_client.testing._document import load_document

    loader = _loader()
    doc = load_document().raw
    ops = {op.operation_id: op for op in loader.load_operations(doc)}
    messages, legacy = ops["messages_create"], ops["completions_create"]
    assert (messages.stream_terminal, messages.stream_helper) == ("message_stop", "stream")
    # The legacy stream just ends (no closing event) and has no accumulating helper.
    assert (legacy.stream_terminal, legacy.stream_helper) == (None, None)
    generated = (ROOT / "generated/claude_api_client/resources/completions.py").read_text()
    assert "def stream(" not in generated
    assert (
        "terminal_event=None"
        in (ROOT / "generated/claude_api_client/resources/_ops_completions.py").read_text()
    )


def test_no_two_generated_types_share_a_name() -> None:
    """A response model and a request type never share a name (`Speed` and `SpeedParam`), and
    every schema a request reaches has its `…Param`/`…Params` type in `_params/`."""
    pytest.importorskip("jinja2")  # the generator's renderer (a dev tool) holds the scanner
    scan_names = scripts_module("_generator.render").scan_names
    graph = scripts_module("_generator.schema_graph")
    naming = scripts_module("_generator.request_names")
    types_dir = ROOT / "generated" / "claude_api_client" / "types"
    models, params = scan_names(types_dir, "_models"), scan_names(types_dir, "_params")
    assert len(models) > 500 and len(params) > 300
    assert naming.shared_names(models, params) == []
    doc = json.loads((ROOT / "generated" / "claude_api_client" / "openapi.json").read_text())
    requests = graph.closure(doc["components"]["schemas"], graph.request_and_response_roots(doc)[0])
    unsuffixed = sorted(n for n in requests if naming.request_name(n) != n and n in params)
    assert unsuffixed == []
    # (the model generator drops an underscore: `ToolSearchToolBm25_20251119Param`)
    squashed = {name.replace("_", "") for name in params}
    missing = sorted(n for n in requests if naming.request_name(n).replace("_", "") not in squashed)
    assert missing == []


def test_request_names_take_the_param_suffix_and_refuse_a_clash() -> None:
    naming = scripts_module("_generator.request_names")
    assert naming.request_type_names({"Speed", "TextBlockParam", "MessageCreateParams"}) == {
        "MessageCreateParams": "MessageCreateParams",
        "Speed": "SpeedParam",
        "TextBlockParam": "TextBlockParam",
    }
    with pytest.raises(SystemExit, match="Foo and FooParam would both be named FooParam"):
        naming.request_type_names({"Foo", "FooParam"})
    ref = {"anyOf": [{"$ref": "#/components/schemas/Speed"}, {"items": {"$ref": "#/x/Speed"}}]}
    assert naming.rename_refs(ref, {"Speed": "SpeedParam"}) == {
        "anyOf": [{"$ref": "#/components/schemas/SpeedParam"}, {"items": {"$ref": "#/x/Speed"}}]
    }
    assert naming.shared_names({"Speed": "_models.speed"}, {"Speed": "_params.speed"}) == ["Speed"]


def _tagged(tag: str) -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["name"],
        "properties": {"name": {"type": "string", "const": tag}},
    }


@pytest.mark.parametrize("closed", [False, True])
def test_x_closed_union_leaves_out_the_unknown_member(closed: bool) -> None:
    models = scripts_module("_generator.models")
    prefix = "#/components/schemas/"
    union: dict[str, Any] = {
        "oneOf": [{"$ref": prefix + "A"}, {"$ref": prefix + "B"}],
        "discriminator": {
            "propertyName": "name",
            "mapping": {"a": prefix + "A", "b": prefix + "B"},
        },
    }
    if closed:
        union["x-closed-union"] = True
    outer = {"anyOf": [{"$ref": prefix + "U"}, {"$ref": prefix + "A"}]}
    schemas = {"A": _tagged("a"), "B": _tagged("b"), "U": union, "Outer": outer}
    doc = {"openapi": "3.1.0", "paths": {}, "components": {"schemas": schemas}}
    out, extra = models.response_document(doc, set(schemas))
    generated = out["components"]["schemas"]
    assert ("UnknownU" in generated) is not closed
    assert "x-closed-union" not in generated["U"]
    if closed:
        assert extra["U"] == {"closed_union": {"property": "name"}}
        assert len(generated["U"]["oneOf"]) == 2
    else:
        assert "open_union" in extra["U"]
    # either way the enclosing anyOf is tried left to right
    assert extra["Outer"] == {"ordered_union": True}


def test_an_enum_marked_x_values_tuple_gets_its_values_constant(tmp_path: Path) -> None:
    """`x-values-tuple`: the constant's name, its place (the enum's module, `BETA_…` in the beta
    twin), and a refusal on a schema that is no enum."""
    pytest.importorskip("jinja2")
    models = scripts_module("_generator.models")
    assert models.values_constant("BrowserMemberName") == "BROWSER_MEMBER_NAME_VALUES"
    assert models.values_constant("MCPToolName") == "MCP_TOOL_NAME_VALUES"
    scan_names = scripts_module("_generator.render").scan_names
    (tmp_path / "_models").mkdir()
    (tmp_path / "_models" / "color.py").write_text(
        "class Color(OpenEnum):\n    RED = 'red'\n\nCOLOR_VALUES: tuple[Color, ...] = ('red',)\n"
    )
    assert scan_names(tmp_path, "_models") == {
        "Color": "_models.color",
        "COLOR_VALUES": "_models.color",
    }
    layout = scripts_module("_generator.official_layout")
    aliases: dict[str, Any] = {
        "renames": {},
        "former": [],
        "modules": {},
        "topics": {},
        "beta_plain": [],
        "not_ours": set(),
        "same": {},
        "undescribed": [],
        "error_classes": [],
        "enums": set(),
    }
    placed = {
        m.path: m.names
        for m in layout.layout(scan_names(tmp_path, "_models"), {}, aliases)
        if m.path in {("color",), ("beta", "beta_color")}
    }
    assert placed[("color",)]["COLOR_VALUES"] == ("_models.color", "COLOR_VALUES")
    assert placed[("beta", "beta_color")]["BETA_COLOR_VALUES"] == ("_models.color", "COLOR_VALUES")
    with pytest.raises(SystemExit, match="not an enum"):
        models.response_document(
            {"components": {"schemas": {"Thing": {"type": "object", "x-values-tuple": True}}}},
            {"Thing"},
        )


def test_whole_request_keys_are_the_methods_keyword_arguments() -> None:
    # A whole-request TypedDict holds every keyword argument of its method: non-positional path
    # parameters, query and header parameters, and `betas` where only beta methods take it.
    from claude_api_client.testing._document import load_document

    keys = scripts_module("_generator.request_keys")
    doc = load_document().raw
    ops = {op.operation_id: op for op in _loader().load_operations(doc)}
    retrieve = ops["memory_stores_memories_retrieve"]
    names = [p.py_name for p in keys.keyword_params(retrieve)]
    assert "memory_store_id" in names and "workspace_id" in names
    assert "memory_id" not in names  # the positional one
    extra = keys.extra_properties(list(ops.values()))
    props, required = extra["ManagedAgentsUpdateSessionResourceParams"]
    assert {"session_id", "workspace_id", "betas"} <= set(props)
    assert required == ["session_id"]
    # a body of a GA method and its beta twin: `betas` for the beta form, none for the GA one
    props, _ = extra["MessageCreateParams"]
    assert {"betas", "workspace_id"} <= set(props)
    props, _ = keys.extra_properties(list(ops.values()), ga=True)["MessageCreateParams"]
    assert "betas" not in props and "workspace_id" in props
    assert "scope_id" not in [p.py_name for p in keys.keyword_params(ops["files_list"], ga=True)]
    # a union body has no TypedDict to hold them: its whole-request form is rendered apart
    assert keys.union_body(doc, ops["sessions_resources_add"])
    assert not keys.union_body(doc, ops["agents_create"])
    added = keys.add_request_keys(doc, list(ops.values()))["components"]["schemas"]
    assert "workspace_id" in added["MessageCreateParams"]["properties"]
    assert "workspace_id" not in doc["components"]["schemas"]["MessageCreateParams"]["properties"]


def test_a_ga_method_and_its_beta_twin_have_a_request_form_each() -> None:
    # request_forms.py: the GA form holds what the GA method takes, `Beta<Name>` every key; a
    # schema holding a body gets a beta form too; a streamed body splits into the official forms.
    from claude_api_client.testing._document import load_document

    doc = load_document().raw
    ops = _loader().load_operations(doc)
    roots, _ = scripts_module("_generator.schema_graph").request_and_response_roots(doc)
    forms = scripts_module("_generator.request_forms").request_forms(doc, ops, roots)
    schemas = forms.doc["components"]["schemas"]

    def keys(name: str) -> set[str]:
        return set(schemas[name]["properties"])

    assert "context_management" not in keys("MessageCreateParamsBase")
    assert {"context_management", "betas"} <= keys("BetaMessageCreateParamsBase")
    assert "betas" not in keys("WorkspaceCreateParams") | keys("MessageCreateParamsBase")
    assert "stream" not in keys("MessageCreateParamsBase")
    streaming = schemas["MessageCreateParamsStreaming"]["allOf"][1]
    assert streaming["required"] == ["stream"] and streaming["properties"]["stream"]["enum"] == [
        True
    ]
    assert schemas["MessageCreateParams"]["anyOf"][0]["$ref"].endswith("NonStreaming")
    # a batch request holds the non-streaming form, the beta one in the beta batch request
    assert schemas["BatchRequestParam"]["properties"]["params"]["$ref"].endswith(
        "/MessageCreateParamsNonStreaming"
    )
    assert schemas["BetaBatchRequestParam"]["properties"]["params"]["$ref"].endswith(
        "/BetaMessageCreateParamsNonStreaming"
    )
    types = forms.beta_types()
    assert types["MessageCreateParamsStreaming"] == "BetaMessageCreateParamsStreaming"
    assert types["BatchRequestParam"] == "BetaBatchRequestParam"
    assert "AgentCreateParams" not in types  # a beta-only operation: one form
    assert {"BetaBatchCreateParams", "BetaBatchRequestParam"} <= forms.roots
