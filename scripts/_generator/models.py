"""Render the models with datamodel-code-generator through our templates.

Two renderings of one document:
- response models (pydantic, in `types/_models/`): every schema a response or streamed event
  reaches; discriminated unions become open unions with an `Unknown…` member;
- request types (TypedDicts, in `types/_params/`): every schema a request reaches, so that callers
  pass plain dicts and mypy checks them; each named `…Param`/`…Params` (request_names.py).
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from .lazy_unions import defer_union_members
from .normalise import normalise
from .official_layout import snake
from .request_names import rename_refs, request_type_names
from .schema_graph import REF_PREFIX, closure, discriminated_union

TEMPLATES = Path(__file__).resolve().parents[2] / "templates" / "models"
MODEL_BASE = "claude_api_client._core._model_base"

COMMON_FLAGS = [
    "--input-file-type",
    "openapi",
    "--openapi-scopes",
    "schemas",
    "--target-python-version",
    "3.10",
    "--use-standard-collections",
    "--use-union-operator",
    "--use-annotated",
    "--field-constraints",
    "--use-type-alias",
    "--module-split-mode",
    "single",
    "--disable-timestamp",
    "--use-schema-description",
    "--use-field-description",
    "--type-mappings",
    "string+byte=string",
    "string+binary=bytes",
    "--formatters",
    "ruff-format",
    "--capitalise-enum-members",
    "--use-exact-imports",
    "--keep-model-order",
    "--custom-file-header",
    "# generated from openapi/ by scripts/generate, do not edit",
]


# What type checkers see as the tag of every Unknown… member (runtime keeps the real string): a
# literal no API tag can be, so `if block.type == "text"` narrows the union to TextBlock alone.
UNKNOWN_TAG = "<unknown>"


def unknown_name(union: str) -> str:
    return f"Unknown{union}"


def values_constant(enum: str) -> str:
    """The tuple of an enum's values (`x-values-tuple`): `BrowserMemberName` →
    `BROWSER_MEMBER_NAME_VALUES`."""
    return snake(enum).upper() + "_VALUES"


def response_document(
    doc: dict[str, Any], names: set[str]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The response-side schemas, with open unions, and the template data that marks them."""
    schemas = normalise({n: doc["components"]["schemas"][n] for n in names}, hoist_enums=True)
    out: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for name in sorted(schemas):
        schema = copy.deepcopy(schemas[name])
        union = discriminated_union(schema)
        if union is not None and schema.pop("x-closed-union", False):
            # Closed: no Unknown… member, so that another tag fails this union and the
            # enclosing left-to-right `anyOf` moves on to its own catch-all member.
            extra[name] = {"closed_union": {"property": union[0]}}
            del schema["discriminator"]
        elif union is not None:
            prop, mapping = union
            unknown = unknown_name(name)
            out[unknown] = {
                "type": "object",
                "description": f"A {name} member this SDK version does not know; every field is kept.",
                "required": [prop],
                "properties": {
                    prop: {"type": "string", "description": "The tag the API sent, kept as is."}
                },
            }
            del schema["discriminator"]
            schema["oneOf"] = [*schema["oneOf"], {"$ref": REF_PREFIX + unknown}]
            tags = {member: tag for tag, member in mapping.items()}
            tags[unknown] = "__unknown__"
            extra[name] = {"open_union": {"property": prop, "tags": tags, "known": sorted(mapping)}}
            extra[unknown] = {"unknown_member": {"property": prop, "sentinel": UNKNOWN_TAG}}
        if _holds_open_union(schema, schemas):
            extra[name] = {"ordered_union": True}
        if schema.pop("x-values-tuple", False):
            if "enum" not in schema:
                raise SystemExit(f"openapi/: x-values-tuple on {name}, which is not an enum")
            extra[name] = {"values_constant": values_constant(name)}
        _drop_structured_defaults(schema)
        _default_nullables(schema)
        out[name] = schema
    return {**doc, "paths": {}, "components": {"schemas": dict(sorted(out.items()))}}, extra


def _holds_open_union(schema: Any, schemas: dict[str, Any]) -> bool:
    """An `anyOf` with an open union among its members: tried left to right, so that the union's
    `Unknown…` member, which takes any tag, is the last resort rather than a match that wins."""
    members = schema.get("anyOf") if isinstance(schema, dict) else None
    return any(
        isinstance(m, dict)
        and m.get("$ref", "").startswith(REF_PREFIX)
        and discriminated_union(schemas.get(m["$ref"][len(REF_PREFIX) :])) is not None
        for m in members or []
    )


def _drop_structured_defaults(node: Any) -> None:
    # A response model reports what the API sent: an absent object field reads as None rather
    # than as a documented default (to_dict() leaves unset fields out either way).
    if isinstance(node, dict):
        if isinstance(node.get("default"), (dict, list)):
            del node["default"]
        for value in node.values():
            _drop_structured_defaults(value)
    elif isinstance(node, list):
        for item in node:
            _drop_structured_defaults(item)


def _is_nullable(prop: Any) -> bool:
    if not isinstance(prop, dict):
        return False
    kind = prop.get("type")
    if kind == "null" or (isinstance(kind, list) and "null" in kind):
        return True
    members = prop.get("anyOf") or prop.get("oneOf")
    return isinstance(members, list) and any(_is_nullable(m) for m in members)


def _default_nullables(schema: dict[str, Any]) -> None:
    # A nullable field defaults to None, so that models built in users' code (test doubles) need
    # only what the official package's do; `to_dict()` still leaves out whatever was not given.
    required = schema.get("required")
    properties = schema.get("properties")
    if not isinstance(required, list) or not isinstance(properties, dict):
        return
    kept = [name for name in required if not _is_nullable(properties.get(name))]
    if len(kept) != len(required):
        if kept:
            schema["required"] = kept
        else:
            del schema["required"]


def request_document(doc: dict[str, Any], names: set[str]) -> dict[str, Any]:
    """The request-side schemas under their request names (`Speed` → `SpeedParam`)."""
    schemas = doc["components"]["schemas"]
    picked = normalise({name: schemas[name] for name in sorted(names)}, hoist_enums=False)
    for schema in picked.values():
        _strip_discriminators(schema)
        _accept_response_models(schema)
    renamed = request_type_names(set(picked))
    picked = {renamed[name]: rename_refs(schema, renamed) for name, schema in picked.items()}
    return {**doc, "paths": {}, "components": {"schemas": dict(sorted(picked.items()))}}


def _strip_discriminators(node: Any) -> None:
    # TypedDict unions are plain unions for the type checker; the tag stays a Literal field.
    if isinstance(node, dict):
        node.pop("discriminator", None)
        for value in node.values():
            _strip_discriminators(value)
    elif isinstance(node, list):
        for item in node:
            _strip_discriminators(item)


MODELS_PACKAGE = "claude_api_client.types._models"


def _accept_response_models(node: Any) -> None:
    # `x-accepts-response: <Schema>` on a request schema node: the request type also takes the
    # response model of that name (a message's content blocks sent back as the assistant turn),
    # which the client serialises as the JSON it was parsed from.
    if isinstance(node, dict):
        for value in node.values():
            _accept_response_models(value)
        name = node.pop("x-accepts-response", None)
        if name is not None:
            module = "".join(f"_{c.lower()}" if c.isupper() else c for c in name).lstrip("_")
            own = dict(node)
            node.clear()
            node["anyOf"] = [own, {"customTypePath": f"{MODELS_PACKAGE}.{module}.{name}"}]
    elif isinstance(node, list):
        for item in node:
            _accept_response_models(item)


def run_codegen(document: dict[str, Any], out_dir: Path, flags: list[str], work: Path) -> None:
    work.mkdir(parents=True, exist_ok=True)
    out_dir.mkdir(parents=True, exist_ok=True)
    src = work / "document.json"
    src.write_text(json.dumps(document, indent=1, sort_keys=False), encoding="utf-8")
    cmd = [
        str(Path(sys.executable).with_name("datamodel-codegen")),
        "--input",
        str(src),
        "--output",
        str(out_dir),
        *COMMON_FLAGS,
        *flags,
    ]
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"datamodel-codegen failed:\n{result.stdout}\n{result.stderr}")


def render_models(
    doc: dict[str, Any],
    request_names: set[str],
    response_names: set[str],
    out_pkg: Path,
    work: Path,
    request_doc: dict[str, Any] | None = None,
) -> None:
    """Write `_models/` and `_params/` under `out_pkg` (the generated `types` package).

    `request_doc`: the document the request types are read from, when it differs (the body
    schemas holding their methods' other keyword arguments, in each of their forms:
    request_forms.py); `request_names` are its roots."""
    resp_doc, extra = response_document(doc, closure(doc["components"]["schemas"], response_names))
    extra_file = work / "extra.json"
    work.mkdir(parents=True, exist_ok=True)
    extra_file.write_text(json.dumps(extra, indent=1, sort_keys=True), encoding="utf-8")
    run_codegen(
        resp_doc,
        out_pkg / "_models",
        [
            "--output-model-type",
            "pydantic_v2.BaseModel",
            "--custom-template-dir",
            str(TEMPLATES),
            "--extra-template-data",
            str(extra_file),
            "--base-class",
            f"{MODEL_BASE}.APIModel",
            "--additional-imports",
            f"{MODEL_BASE}.OpenEnum,{MODEL_BASE}.unknown_tag,{MODEL_BASE}.lazy_union,pydantic.AfterValidator,pydantic.Field,typing.Union,typing.Annotated,typing.TYPE_CHECKING,typing.Literal,typing.TypeAlias",
        ],
        work / "models",
    )
    defer_union_members(out_pkg / "_models")
    source = doc if request_doc is None else request_doc
    req_doc = request_document(source, closure(source["components"]["schemas"], request_names))
    run_codegen(
        req_doc,
        out_pkg / "_params",
        [
            "--output-model-type",
            "typing.TypedDict",
            # Sequence, not list: a request field takes any sequence, and a list of a narrower
            # type (list[ToolResultBlockParam] where blocks are expected) fits.
            "--use-generic-container-types",
            "--enum-field-as-literal",
            "all",
        ],
        work / "params",
    )
