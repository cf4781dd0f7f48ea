"""Render resources, namespaces and the type index from the operation model with Jinja."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

from .docstrings import (
    OUTPUT_FORMAT,
    PARSE_LEAD,
    RUNNER_ARGS,
    RUNNER_LEAD,
    method_doc,
    returns_text,
    with_helper_args,
)
from .helpers import helper_view
from .loader import Operation
from .official_layout import PACKAGE_DOCS, Module, layout, load_aliases, renamed, snake
from .official_resources import OfficialResources
from .pytypes import accepts_null, request_hint, runtime_kinds
from .request_forms import BETA, RequestForms
from .request_keys import keyword_params, union_body
from .schema_graph import REF_PREFIX, discriminated_union

TEMPLATES = Path(__file__).resolve().parents[2] / "templates" / "client"
HEADER = "# generated from openapi/ by scripts/generate, do not edit"
# `resources/_plain_<module>.py`: the layer-2 half of a namespace whose public module is layer 3.
PLAIN_PREFIX = "_plain_"


def _adaptive_view(op: Operation, args: list[dict[str, Any]]) -> dict[str, Any] | None:
    """`x-adaptive-timeout` for the template: the argument and its amount per hour."""
    if op.adaptive_timeout is None:
        return None
    name = op.adaptive_timeout["param"]
    arg = next(a for a in args if a["name"] == name)
    return {"py_name": arg["py_name"], "per_hour": op.adaptive_timeout["per-hour"]}


def span_name(op: Operation) -> str:
    """The OpenTelemetry span name of the operation's SDK methods, as the official package names
    them: `anthropic.` + its SDK path without `beta` (`client.beta.messages.create` and
    `client.messages.create` are both `anthropic.messages.create`)."""
    return ".".join(("anthropic", *(n for n in op.namespace if n != "beta"), op.method))


def camel(word: str) -> str:
    return "".join(part.capitalize() for part in word.split("_"))


def query_params_name(op: Operation) -> str:
    """`files.list` → `FileListParams`, `messages.batches.list` → `BatchListParams`."""
    resource = op.namespace[-1]
    if resource.endswith("ies"):  # memories → Memory, summaries → Summary
        singular = resource[:-3] + "y"
    elif resource.endswith("ches"):
        singular = resource[:-2]
    else:
        singular = resource.removesuffix("s")
    return camel(singular) + camel(op.method) + "Params"


@dataclass
class Namespace:
    path: tuple[str, ...]
    beta: bool
    ops: list[Any] = field(default_factory=list)
    children: list[Namespace] = field(default_factory=list)
    # A platform's own tree (`x-platforms`): `("bedrock", "agents")` is `client.beta.agents`
    # of that platform's client, classes `Bedrock…` (the official names).
    platform: str | None = None
    # Layer 3 (docs/internals.md): the namespace, or one below it, has `x-sdk-helpers`, so its
    # public module `module` holds the helper classes, derived from the layer-2 classes of
    # `plain_module`.
    composed: bool = False
    # The official path of a top-level namespace is a package (`resources.messages.batches`): its
    # module is written as `<module>/<module>.py` (`resources/messages/messages.py`), the
    # package's `__init__.py` re-exports (official_resources.py).
    package: bool = False

    @property
    def attr(self) -> str:
        return self.path[-1]

    @property
    def module(self) -> str:
        return "_".join(self.path)

    @property
    def public_module(self) -> str:
        """Dotted, relative to `resources`: where the public classes are defined."""
        return f"{self.module}.{self.module}" if self.package else self.module

    @property
    def plain_module(self) -> str:
        """The module of the layer-2 classes (`_plain_messages` when `messages` is composed)."""
        return PLAIN_PREFIX + self.module if self.composed else self.public_module

    @property
    def classes(self) -> dict[str, str]:
        base = camel(self.path[-1])
        if self.platform:
            base = camel(self.platform) + ("" if self.path == (self.platform,) else base)
        elif self.beta and self.path != ("beta",):
            base = "Beta" + base
        return {"sync": base, "async_": "Async" + base}

    @property
    def surface(self) -> str:
        """Whose parameters the methods offer (a parameter's `x-platforms`)."""
        return self.platform or "anthropic"

    @property
    def doc(self) -> str:
        if self.platform:
            dotted = ".".join(("beta", *self.path[1:]))
            return f"`client.{dotted}` of the {self.platform} client: its {dotted} operations."
        dotted = ".".join(self.path)
        return f"`client.{dotted}`: the {dotted} operations of the Claude API."


def mark_composed(namespaces: list[Namespace]) -> None:
    """Set `composed` on each namespace with `x-sdk-helpers` and on every namespace above one:
    their public modules are layer 3, which the namespaces above must return."""
    by_path = {ns.path: ns for ns in namespaces}
    for ns in namespaces:
        if any(op.helpers for op in ns.ops):
            for n in range(1, len(ns.path) + 1):
                by_path[ns.path[:n]].composed = True


def scan_names(types_dir: Path, sub: str) -> dict[str, str]:
    """Public name → module (relative to `types`) for every class or alias in `types/<sub>/`."""
    # (an open enum is an indented `Name: TypeAlias = Literal[...]` for type checkers)
    # (and an open union is an indented `Name = lazy_union(...)` at runtime)
    # (and the values of an enum marked `x-values-tuple` are `NAME_VALUES: tuple[Name, ...]`)
    pattern = re.compile(
        r"^(?:class (\w+)\(|(\w+)(?:: TypeAlias)? = | +(\w+): TypeAlias = | +(\w+) = lazy_union\("
        r"|([A-Z][A-Z0-9_]*_VALUES): tuple\[)",
        re.M,
    )
    found: dict[str, str] = {}
    for path in sorted((types_dir / sub).glob("*.py")):
        if path.name == "__init__.py":
            continue
        for m in pattern.finditer(path.read_text(encoding="utf-8")):
            name = next((g for g in m.groups() if g), None)
            if name and name[0].isupper():
                found[name] = f"{sub}.{path.stem}"
    return found


class Renderer:
    def __init__(
        self,
        doc: dict[str, Any],
        ops: list[Operation],
        param_names: dict[str, str],
        model_modules: dict[str, str],
        param_modules: dict[str, str],
        forms: RequestForms,
    ) -> None:
        self.doc = doc
        self.ops = ops
        self.param_names = param_names
        # what a beta method's arguments are typed with: the beta form where a schema has one
        self.beta_param_names = {
            schema: param_names[forms.beta.get(schema, schema)] for schema in param_names
        }
        # request type → its beta form, for the `types.beta` paths (official_layout.py)
        self.beta_types = forms.beta_types()
        self.model_modules = model_modules
        self.param_modules = param_modules
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(TEMPLATES)),
            keep_trailing_newline=True,
            undefined=jinja2.StrictUndefined,
            autoescape=False,
        )

    # -- namespaces ------------------------------------------------------------------------
    def tree(self) -> list[Namespace]:
        nodes: dict[tuple[str, ...], Namespace] = {}

        def node(path: tuple[str, ...], beta: bool, platform: str | None = None) -> Namespace:
            if path not in nodes:
                nodes[path] = Namespace(path, beta, platform=platform)
                if len(path) > 1:
                    node(path[:-1], beta, platform).children.append(nodes[path])
            return nodes[path]

        for op in self.ops:
            if not op.beta_only:
                node(op.namespace, False).ops.append(op)
            node(("beta", *op.namespace), True).ops.append(op)
            for platform in op.platforms:
                node((platform, *op.namespace), True, platform).ops.append(op.on_platform(platform))
        return sorted(nodes.values(), key=lambda n: n.path)

    # -- one operation in one surface -----------------------------------------------------------
    def op_view(
        self,
        op: Operation,
        beta: bool,
        imports: dict[str, str],
        loaders: dict[str, Any],
        decoders: dict[str, Any],
        surface: str | None = "anthropic",
    ) -> dict[str, Any]:
        """`surface`: whose parameters to offer (None: every one, for the request builders)."""
        params = [
            p
            for p in op.params
            if (beta or not p.beta_only) and (surface is None or p.offered_on(surface))
        ]
        args = []
        for p in params:
            used: set[str] = set()
            names = self.beta_param_names if beta else self.param_names
            hint = request_hint(p.schema, names, used)
            for name in used:
                imports[name] = self.param_modules[name]
            kinds = runtime_kinds(p.schema, self.doc)
            args.append(
                {
                    "name": p.name,
                    "py_name": p.py_name,
                    "hint": hint,
                    "location": p.location,
                    "required": p.required,
                    "not_none": p.required and not accepts_null(p.schema, self.doc),
                    "kinds": ("(" + ", ".join(kinds) + ("," if len(kinds) == 1 else "") + ")")
                    if kinds
                    else "",
                }
            )
        path_args = [a for a in args if a["location"] == "path"]
        positional = path_args[-1:]
        others = [a for a in args if a not in positional and a["name"] != op.stream_param]
        path_expr = "f" + repr(
            re.sub(
                r"\{(\w+)\}",
                lambda m: "{path_segment(" + m.group(1) + ", " + repr(m.group(1)) + ")}",
                op.path,
            )
        )
        if not path_args:
            path_expr = repr(op.path)

        view: dict[str, Any] = {
            "method": op.method,
            "http_method": op.http_method,
            "options_func": f"_{op.operation_id}_options",
            "span_name": span_name(op),
            "span_route": op.path.split("?", 1)[0],
            "span_created_id": op.span_created_id,
            "span_attributes": [
                (p.span_attribute, a["py_name"])
                for p, a in zip(params, args, strict=True)
                if p.span_attribute
            ],
            "args": args,
            "positional": positional,
            "keyword_required": [a for a in others if a["required"]],
            "keyword_optional": [a for a in others if not a["required"]],
            "query": [a for a in args if a["location"] == "query"],
            "header_params": [a for a in args if a["location"] == "header"],
            "body": [a for a in args if a["location"] == "body"],
            "body_kind": op.body_kind,
            "body_whole": op.body_param is not None,
            "upload_fields": tuple(op.upload_fields),
            "path_expr": path_expr,
            "fixed_betas": repr(op.beta if beta else []),
            "max_body_bytes": op.max_body_bytes,
            "stream_param": op.stream_param,
            "adaptive": _adaptive_view(op, args),
            "accept": op.accept,
            "pagination": op.pagination,
            "model_warnings": self.extension(op, "x-model-warnings") is True,
            "beta_defaults": op.beta_defaults,
            "moves": [
                (p.name, p.schema["x-replaced-by"])
                for p in params
                if p.location == "body"
                and isinstance(p.schema, dict)
                and "x-replaced-by" in p.schema
            ],
            "long_poll": None,
        }
        view["result_type"], view["cast"] = self.result(op, imports, loaders)
        view["kind"] = (
            "page" if op.pagination else {"json": "model"}.get(op.response_kind, op.response_kind)
        )
        if op.response_kind == "jsonl" and op.response_schema:
            view["item_type"] = self.model_ref(op.response_schema, imports)
            view["item_loader"] = self.loader(op.response_schema, loaders)
        if op.pagination and op.item_schema and op.response_schema:
            view["item_type"] = self.model_ref(op.item_schema, imports)
            view["page_loader"] = self.loader(op.response_schema, loaders)
            view["page_items"] = op.pagination.get("items", "data")
            view["page_token"] = op.pagination.get("token", "page")
        if op.long_poll:
            name = op.long_poll["param"]
            wait = next(a for a in args if a["name"] == name)
            scale = {"ms": 0.001, "s": 1}[op.long_poll.get("unit", "ms")]
            view["long_poll"] = {"py_name": wait["py_name"], "scale": scale}
        if op.events_only and op.event_schema:
            view["kind"] = "events"
            view["event_type"] = self.model_ref(op.event_schema, imports)
            view["decode"] = self.decoder(op.event_schema, decoders)
        shown = view.get("event_type") if view["kind"] == "events" else view.get("item_type")
        returns = returns_text(view["kind"], shown or view["result_type"])
        if op.stream_param and op.event_schema:
            returns += f" With `{op.stream_param}=True`: a stream of `{op.event_schema}` events."
        view["doc"] = method_doc(self.doc, op, args, beta=beta, returns=returns)
        if op.stream_param and op.event_schema:
            view["event_type"] = self.model_ref(op.event_schema, imports)
            view["decode"] = self.decoder(op.event_schema, decoders)
            view["stream_helper"] = op.stream_helper
            view["stream_terminal"] = repr(op.stream_terminal)
            if op.stream_helper:
                view["helper_event_type"] = self.stream_events_alias(op)
            view["message_loader"] = (
                self.loader(op.response_schema, loaders) if op.response_schema else None
            )
        view["plain_doc"] = view["doc"]  # the layer-2 method's, without the helper's arguments
        view["helpers"] = helper_view(op.helpers, view, beta, op.method)
        self.helper_docs(view)
        return view

    @staticmethod
    def helper_docs(view: dict[str, Any]) -> None:
        """Docstrings of what x-sdk-helpers adds: `output_format=`, `parse()`, `tool_runner()`."""
        helpers = view["helpers"]
        if helpers["output_format"] and not helpers["wire_format"] and not view["stream_param"]:
            view["doc"] = with_helper_args(view["doc"], {"output_format": OUTPUT_FORMAT})
        if helpers["parse"]:
            helpers["parse_doc"] = with_helper_args(
                view["doc"],
                {"output_format": OUTPUT_FORMAT},
                lead=PARSE_LEAD.format(method=view["method"]),
                returns="ParsedMessage[T]: the message, its text blocks parsed as `output_format`.",
            )
        if helpers["tool_runner"]:
            helpers["runner_doc"] = with_helper_args(
                view["doc"],
                RUNNER_ARGS,
                lead=RUNNER_LEAD,
                returns="BetaToolRunner: iterable per reply (a streaming runner with "
                "`stream=True`); `until_done()` gives the last message.",
            )

    def extension(self, op: Operation, key: str) -> Any:
        """An `x-` key of the operation's own object in the document."""
        for item in self.doc["paths"].values():
            for found in item.values():
                if isinstance(found, dict) and found.get("operationId") == op.operation_id:
                    return found.get(key)
        return None

    def render_data(self, out: Path) -> None:
        """`claude_api_client._data`: the model facts calls warn about."""
        known = self.doc["components"]["schemas"]["KnownModel"]
        (out / "_data.py").write_text(
            self.env.get_template("data.py.jinja").render(
                header=HEADER,
                deprecated=sorted(known.get("x-deprecated-models", {}).items()),
                thinking_enabled=known.get("x-thinking-enabled-deprecated", []),
                platform_routes=self.platform_routes(),
                platform_versions=self.platform_versions(),
                toolset_members=self.toolset_members(),
            ),
            encoding="utf-8",
        )

    def toolset_members(self) -> list[tuple[str, dict[str, Any]]]:
        """`x-toolset-members` of `BrowserMemberName`, for `_data.BROWSER_TOOLSET_MEMBERS`: each
        member (in the document's order) with its result kind, confirmation text, default and
        whether it always needs confirming."""
        schema = self.doc["components"]["schemas"]["BrowserMemberName"]
        members: dict[str, dict[str, Any]] = schema.get("x-toolset-members") or {}
        keys = {"result", "confirmation", "enabled_by_default", "confirm_required"}
        for name, facts in members.items():
            if name not in schema["enum"] or set(facts) != keys:
                raise SystemExit(f"x-toolset-members: {name}: not a member, or not keys {keys}")
        missing = sorted(set(schema["enum"]) - set(members))
        if members and missing:
            raise SystemExit(f"x-toolset-members: no facts for {missing}")
        return list(members.items())

    def platform_routes(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """Each `x-platforms` platform's (method, path template) pairs, for `_data.PLATFORM_ROUTES`."""
        routes: dict[str, set[tuple[str, str]]] = {}
        for op in self.ops:
            for platform in op.platforms:
                routes.setdefault(platform, set()).add((op.http_method, op.path))
        return [(name, sorted(pairs)) for name, pairs in sorted(routes.items())]

    def platform_versions(self) -> list[tuple[str, str]]:
        """The `anthropic-version` each platform's own endpoint is sent (`x-platform-versions`
        on the `AnthropicVersion` parameter), for `_data.PLATFORM_API_VERSIONS`."""
        parameter = self.doc["components"]["parameters"]["AnthropicVersion"]
        versions = parameter.get("x-platform-versions") or {}
        served = {platform for op in self.ops for platform in op.platforms}
        for platform, version in versions.items():
            if version not in parameter["schema"]["enum"]:
                raise SystemExit(f"x-platform-versions: {platform}: {version!r} is not in the enum")
            if platform not in served:
                raise SystemExit(f"x-platform-versions: {platform} serves no x-platforms operation")
        return sorted(versions.items())

    def model_ref(self, name: str, imports: dict[str, str]) -> str:
        imports[name] = self.model_modules[name]
        return name

    def is_model(self, name: str) -> bool:
        """A class (validated with its own methods), not a union alias (validated by adapter)."""
        schema = self.doc["components"]["schemas"][name]
        return not any(key in schema for key in ("oneOf", "anyOf", "allOf"))

    def loader(self, name: str, loaders: dict[str, Any]) -> str:
        func = f"_load_{self.model_modules[name].split('.')[-1]}"
        loaders[name] = {
            "func": func,
            "name": name,
            "module": self.model_modules[name],
            "is_model": self.is_model(name),
        }
        return func

    def decoder(self, union: str, decoders: dict[str, Any]) -> str:
        info = discriminated_union(self.doc["components"]["schemas"][union])
        assert info is not None, f"{union} must be a discriminated union"
        members = [(tag, name, self.model_modules[name]) for tag, name in sorted(info[1].items())]
        stem = self.model_modules[union].split(".")[-1]
        decoders[union] = {
            "func": f"_members_of_{stem}",
            "decode": f"_decode_{stem}",
            "name": union,
            "module": self.model_modules[union],
            "members": members,
        }
        return f"_decode_{stem}"

    def result(
        self, op: Operation, imports: dict[str, str], loaders: dict[str, Any]
    ) -> tuple[str, str]:
        if op.response_kind in ("binary", "jsonl"):
            # Parsed calls stream these (request_binary / request_jsonl); raw calls get the bytes.
            return "bytes", "bytes_cast"
        if op.response_kind == "none" or not op.response_schema:
            return "None", "none_cast"
        name = self.model_ref(op.response_schema, imports)
        load = self.loader(op.response_schema, loaders)
        if op.response_nullable:
            return f"{name} | None", f"optional_cast({load})"
        return name, f"value_cast({load})"  # a model, or a union through a TypeAdapter

    # -- the stream helper's events -------------------------------------------------------------
    # Raw events the helper replaces by its own, which carry the finished block / message.
    REPLACED_EVENTS = ("content_block_stop", "message_stop")

    def stream_events_alias(self, op: Operation) -> str:
        return f"{op.response_schema}StreamEvent"

    def render_stream_events(self, target: Path) -> None:
        """The union `messages.stream()` yields, per streamed response type."""
        schemas = self.doc["components"]["schemas"]
        imports: dict[str, str] = {}
        aliases: dict[str, dict[str, Any]] = {}

        def ref(node: Any) -> str | None:
            target = node.get("$ref", "") if isinstance(node, dict) else ""
            return target.removeprefix(REF_PREFIX) if target.startswith(REF_PREFIX) else None

        def use(name: str | None) -> str:
            if name is None or name not in self.model_modules:
                return "object"
            imports[name] = self.model_modules[name]
            return name

        for op in self.ops:
            if not (op.stream_param and op.event_schema and op.response_schema):
                continue
            info = discriminated_union(schemas[op.event_schema])
            assert info is not None, f"{op.event_schema} must be a discriminated union"
            members = info[1]
            raw = [use(n) for t, n in sorted(members.items()) if t not in self.REPLACED_EVENTS]
            unknown = f"Unknown{op.event_schema}"
            if unknown in self.model_modules:
                raw.append(use(unknown))
            content = schemas[op.response_schema].get("properties", {}).get("content", {})
            delta_event = schemas.get(members.get("content_block_delta", ""), {})
            delta_union = schemas.get(ref(delta_event.get("properties", {}).get("delta")) or "", {})
            delta_info = discriminated_union(delta_union) if delta_union else None
            citations = schemas.get(
                (delta_info[1] if delta_info else {}).get("citations_delta", ""), {}
            )
            aliases[self.stream_events_alias(op)] = {
                "name": self.stream_events_alias(op),
                "message": use(op.response_schema),
                "block": use(ref(content.get("items"))),
                "citation": use(ref(citations.get("properties", {}).get("citation"))),
                "raw": raw,
            }
        text = self.env.get_template("stream_events.py.jinja").render(
            header=HEADER, imports=sorted(imports.items()), aliases=list(aliases.values())
        )
        target.write_text(text, encoding="utf-8")

    def render_thread_fields(self, params_dir: Path) -> dict[str, str]:
        """`_params/thread_fields.py`: the `create()` fields a thread of
        `client.beta.messages.thread()` takes (`ThreadCreateFields`, `ThreadSendFields`, the
        official `ThreadCreateParams` / `ThreadSendParams`); name → module."""
        text = self.env.get_template("thread_fields.py.jinja").render(header=HEADER)
        (params_dir / "thread_fields.py").write_text(text, encoding="utf-8")
        return {n: "_params.thread_fields" for n in ("ThreadCreateFields", "ThreadSendFields")}

    def render_parsed_message(self, models_dir: Path) -> dict[str, str]:
        """`_models/parsed_message.py`: `ParsedMessage[T]`, its text block and its content block
        union (the response's union with the text member replaced); name → module."""
        schemas = self.doc["components"]["schemas"]
        message = "Message"
        items = schemas[message]["properties"]["content"]["items"]
        union = items["$ref"].removeprefix(REF_PREFIX)
        info = discriminated_union(schemas[union])
        assert info is not None, f"{union} must be a discriminated union"
        members = [name for tag, name in info[1].items() if tag != "text"]
        if f"Unknown{union}" in self.model_modules:
            members.append(f"Unknown{union}")
        module = "parsed_message"
        text = self.env.get_template("parsed_message.py.jinja").render(
            header=HEADER,
            message=message,
            message_module=self.model_modules[message].removeprefix("_models."),
            text=info[1]["text"],
            text_module=self.model_modules[info[1]["text"]].removeprefix("_models."),
            union=union,
            members=[(n, self.model_modules[n].removeprefix("_models.")) for n in members],
        )
        (models_dir / f"{module}.py").write_text(text, encoding="utf-8")
        return {
            n: f"_models.{module}"
            for n in ("ParsedContentBlock", "ParsedMessage", "ParsedTextBlock")
        }

    def render_query_params(self, params_dir: Path) -> dict[str, str]:
        """`FileListParams`-style TypedDicts of the operations that take only query parameters,
        or whose body is one argument (`x-body-param`: `TargetCreateParams`), or a union of
        objects taken field by field (`ResourceAddParams`): each holds every keyword argument of
        the method (request_keys.py), `Required` where the method needs it.

        The official package names each after its resource and method (`files.list` →
        `FileListParams`, `messages.batches.list` → `BatchListParams`). An operation with a GA
        method besides its beta twin gets both forms (request_forms.py): the GA one under that
        name, the beta one as `Beta<Name>`, which the `types.beta` paths name `<Name>`.
        Returns name → module.
        """
        written: dict[str, str] = {}
        # (operation, surface): each platform's form is named with its prefix, as the official
        # names them (`agents.list` on Bedrock → `BedrockAgentListParams`).
        surfaces = [(op, "anthropic") for op in self.ops] + [
            (op.on_platform(platform), platform) for op in self.ops for platform in op.platforms
        ]
        ops = [
            (op, surface)
            for op, surface in surfaces
            if (not op.body_kind and any(p.location == "query" for p in op.params))
            or (op.body_kind == "json" and op.body_param is not None)
            or union_body(self.doc, op)
        ]

        def base_name(op: Operation, surface: str) -> str:
            prefix = "" if surface == "anthropic" else camel(surface)
            return prefix + query_params_name(op)

        # Two resources of one name (`sessions.events`, `sessions.threads.events`): the last in
        # the tree keeps the official-style name, the others are prefixed with their parents.
        last_with_name = {base_name(op, surface): op for op, surface in ops}
        for op, surface in ops:
            name = base_name(op, surface)
            if last_with_name[name] is not op:
                prefix = "" if surface == "anthropic" else camel(surface)
                name = prefix + "".join(camel(p) for p in op.namespace[:-1]) + query_params_name(op)
            if op.beta_only or surface != "anthropic":
                written[name] = self.write_query_params(params_dir, op, surface, name, ga=False)
                continue
            self.beta_types[name] = BETA + name
            for form, ga in ((name, True), (BETA + name, False)):
                written[form] = self.write_query_params(params_dir, op, surface, form, ga)
        return written

    def write_query_params(
        self, params_dir: Path, op: Operation, surface: str, name: str, ga: bool
    ) -> str:
        """One form of an operation's whole-request TypedDict (`ga`: the GA method's); its module."""
        # every keyword argument of the method: path (but the positional one), query, header;
        # and the body fields of a union body, which has no TypedDict of its own to hold them
        query = keyword_params(op, surface, ga)
        if union_body(self.doc, op):
            body_fields = [
                p
                for p in op.params
                if p.location == "body" and p.offered_on(surface) and not (ga and p.beta_only)
            ]
            query = [*body_fields, *query]
        names = self.param_names if ga else self.beta_param_names
        used: set[str] = set()
        params = [
            {
                "py_name": p.py_name,
                "required": p.required,
                "hint": request_hint(p.schema, names, used),
            }
            for p in query
        ]
        if op.body_param is not None:  # `x-body-param`: the whole body is one argument
            body = {"$ref": REF_PREFIX + str(op.body_schema)}
            hint = request_hint(body, names, used)
            params.insert(0, {"py_name": op.body_param, "required": True, "hint": hint})
        stem = snake(name)
        (params_dir / f"{stem}.py").write_text(
            self.env.get_template("types_query_params.py.jinja").render(
                header=HEADER,
                name=name,
                dotted=".".join((*(() if ga else ("beta",)), *op.namespace, op.method)),
                params=params,
                betas=not ga,
                imports=sorted((n, self.param_modules[n].split(".")[-1]) for n in used),
            ),
            encoding="utf-8",
        )
        return f"_params.{stem}"

    # -- files ------------------------------------------------------------------------------------
    def render_ops(self, target: Path, ops: list[Operation]) -> None:
        """The request builders, loaders and decoders of one namespace (every parameter)."""
        imports: dict[str, str] = {}
        loaders: dict[str, Any] = {}
        decoders: dict[str, Any] = {}
        views = [self.op_view(op, True, imports, loaders, decoders, None) for op in ops]
        text = self.env.get_template("ops.py.jinja").render(
            header=HEADER,
            ns={"ops": views},
            type_imports=sorted((n, m) for n, m in imports.items() if m.startswith("_models.")),
            loaders=sorted(loaders.values(), key=lambda v: v["func"]),
            decoders=sorted(decoders.values(), key=lambda v: v["func"]),
        )
        target.write_text(text, encoding="utf-8")

    def render(self, out: Path, exports: dict[str, str]) -> None:
        resources = out / "resources"
        resources.mkdir(parents=True, exist_ok=True)
        namespaces = self.tree()
        by_path: dict[tuple[str, ...], list[Operation]] = {}
        for op in self.ops:
            by_path.setdefault(op.namespace, []).append(op)
        for ns in namespaces:  # a platform's builders send its own default betas
            if ns.platform and ns.ops:
                by_path[ns.path] = ns.ops
        for path, ops in sorted(by_path.items()):
            self.render_ops(resources / f"_ops_{'_'.join(path)}.py", ops)
        template = self.env.get_template("resource.py.jinja")
        helpers_template = self.env.get_template("resource_helpers.py.jinja")
        mark_composed(namespaces)
        official = OfficialResources(namespaces)
        for ns in namespaces:
            ns.package = len(ns.path) == 1 and ns.module in official.packages
        for ns in namespaces:
            imports: dict[str, str] = {}
            loaders: dict[str, Any] = {}
            decoders: dict[str, Any] = {}
            views = [
                self.op_view(op, ns.beta, imports, loaders, decoders, ns.surface) for op in ns.ops
            ]
            shared = {v["options_func"] for v in views}
            shared |= {item["func"] for item in loaders.values()}
            shared |= {item["decode"] for item in decoders.values()}
            ns_view = {
                "ops": views,
                "children": ns.children,
                "classes": ns.classes,
                "doc": ns.doc,
                "plain_module": ns.plain_module,
                # `output_format=` widens these operations' own signature: layer 3 overrides them
                "overridden": sorted(
                    v["method"]
                    for v in views
                    if v["helpers"]["output_format"] and not v["stream_param"]
                ),
            }
            # layer 3 writes methods of its own (their signatures name the document's types)
            ns_view["signatures"] = bool(ns_view["overridden"]) or any(
                v.get("stream_helper") or v["helpers"]["parse"] or v["helpers"]["tool_runner"]
                for v in views
            )
            ns_view["mixins"] = sorted(
                {
                    v["helpers"]["mixin"][k]: k
                    for v in views
                    if v["helpers"]["mixin"]
                    for k in ("sync", "async_")
                }.items()
            )
            ops_path = (ns.path if ns.platform else ns.ops[0].namespace) if ns.ops else ()
            context = {
                "header": HEADER,
                "ns": ns_view,
                "beta": ns.beta,
                "type_imports": sorted(imports.items()),
                "ops_module": "_ops_" + "_".join(ops_path),
                "op_imports": sorted(shared),
                "up": "..",
                "here": ".",
            }
            if ns.composed:
                (resources / f"{ns.plain_module}.py").write_text(
                    template.render(**context), encoding="utf-8"
                )
            target = resources / f"{ns.module}.py"
            if ns.package:  # one level down: `resources/messages/messages.py`
                target = resources / ns.module / f"{ns.module}.py"
                target.parent.mkdir(exist_ok=True)
                context.update(up="...", here="..")
            public = helpers_template if ns.composed else template
            target.write_text(public.render(**context), encoding="utf-8")
        self.render_stream_events(resources / "_stream_events.py")
        top = [ns for ns in namespaces if len(ns.path) == 1 and ns.platform is None]
        (resources / "_root.py").write_text(
            self.env.get_template("root.py.jinja").render(header=HEADER, children=top),
            encoding="utf-8",
        )
        (resources / "__init__.py").write_text(
            f'{HEADER}\n"""The namespaces of the client, one module each."""\n'
            + official.exports(".", self.env, tail=True),
            encoding="utf-8",
        )
        official.render(resources, self.env, HEADER)
        aliases = load_aliases(document=self.doc)
        renames = renamed(exports, self.param_modules, aliases)
        (out / "types" / "__init__.py").write_text(
            self.env.get_template("types_init.py.jinja").render(
                header=HEADER,
                exports=sorted(exports.items()),
                renamed=sorted((o, n, m) for o, (m, n) in renames.items()),
            ),
            encoding="utf-8",
        )
        self.render_official_layout(
            out / "types", layout(exports, self.param_modules, aliases, self.beta_types)
        )
        self.render_data(out)

    def render_official_layout(self, types_dir: Path, modules: list[Module]) -> None:
        """The per-topic packages and per-type modules users import from (official_layout.py)."""
        for mod in modules:
            folder = types_dir.joinpath(*(mod.path if mod.package else mod.path[:-1]))
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / "__init__.py" if mod.package else folder / f"{mod.path[-1]}.py"
            depth = len(mod.path) if mod.package else len(mod.path) - 1
            view = {
                "header": HEADER,
                "dotted": ".".join(("claude_api_client", "types", *mod.path)),
                "names": sorted(mod.names.items()),
                "up": "." * (depth + 1),
                "doc": PACKAGE_DOCS.get(mod.path, PACKAGE_DOCS[()]),
            }
            template = "types_package.py.jinja" if mod.package else "types_module.py.jinja"
            target.write_text(self.env.get_template(template).render(**view), encoding="utf-8")
