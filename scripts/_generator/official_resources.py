"""The official package's resource module paths (`anthropic.resources.beta.messages.Messages`).

`templates/client/official_resources.txt` (written by scripts/list-official-resources) lists each
official resource module and the classes it exposes. Each module of that list is generated under
`resources/` at the same dotted path, exposing the same names, resolved lazily (a module-level
`__getattr__`) to the classes the client's namespaces are: official `beta.messages.messages.Messages`
is our `resources.beta_messages.BetaMessages`. A top-level namespace whose official path is a
package (`messages`, `beta` …) has its module written as that package's `__init__.py`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

LISTING = Path(__file__).resolve().parents[2] / "templates" / "client" / "official_resources.txt"
SUFFIXES = ("WithRawResponse", "WithStreamingResponse")
# Official resource modules that are helpers of ours, not generated namespaces.
HELPER_MODULES = {"beta.webhooks": "claude_api_client.lib.webhooks"}

EXPORTS = '''
if TYPE_CHECKING:
{%- for name, module, ours in names %}
    from {{ module }} import {{ ours }} as {{ name }}
{%- endfor %}

{{ "__all__ += [" if tail else "__all__ = [" }}
{%- for name, module, ours in names %}
    "{{ name }}",
{%- endfor %}
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
{%- for name, module, ours in names %}
    "{{ name }}": ("{{ module }}", "{{ ours }}"),
{%- endfor %}
}


def __getattr__(name: str) -> object:
    """The class an official name of this path stands for (the one the client's namespace is)."""
    try:
        module, attr = _OFFICIAL[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    import importlib

    value = getattr(importlib.import_module(module), attr)
    globals()[name] = value
    return value
'''


class OfficialResources:
    def __init__(self, namespaces: list[Any]) -> None:
        self.by_path = {ns.path: ns for ns in namespaces}
        self.modules: dict[str, list[str]] = {}
        self.sources: dict[tuple[str, str], str] = {}  # a package's name → the module it is from
        for line in LISTING.read_text(encoding="utf-8").splitlines():
            if line.strip():
                module, name, *source = line.split("\t")
                self.modules.setdefault(module, []).append(name)
                if source:
                    self.sources[module, name] = source[0]
        self.packages = {"."} | {
            m for m in self.modules if any(o.startswith(m + ".") for o in self.modules)
        }

    def children(self, module: str) -> list[str]:
        prefix = "" if module == "." else module + "."
        depth = 0 if module == "." else module.count(".") + 1
        return sorted(
            m for m in self.modules if m != "." and m.startswith(prefix) and m.count(".") == depth
        )

    def namespace(self, module: str) -> Any:
        parts = tuple(module.split("."))
        if len(parts) >= 2 and parts[-1] == parts[-2]:  # `messages/messages.py`: the package's own
            parts = parts[:-1]
        if parts[:2] == ("beta", "bedrock"):  # the platform's tree (`x-platforms`)
            parts = parts[1:]
        return self.by_path.get(parts)

    def resolve(self, module: str, name: str) -> tuple[str, str]:
        """(our module, our class) of the official `name` of `module`."""
        if module not in self.packages:
            is_async = name.startswith("Async")
            core = name.removeprefix("Async")
            suffix = next((s for s in SUFFIXES if core.endswith(s)), "")
            if module in HELPER_MODULES:
                return HELPER_MODULES[module], name
            ns = self.namespace(module)
            if ns is None:
                raise SystemExit(f"official_resources.txt: {module} matches no namespace")
            ours = ns.classes["async_" if is_async else "sync"] + suffix
            return f"claude_api_client.resources.{ns.public_module}", ours
        source = self.sources.get((module, name))
        if source is not None:
            child = source if module == "." else f"{module}.{source}"
            if name in self.modules.get(child, []):
                return self.resolve(child, name)
        raise SystemExit(f"official_resources.txt: {module}.{name} is in none of its modules")

    def exports(self, module: str, env: Any, tail: bool = False) -> str:
        """The lazy names of `module`; `tail`: appended to a module of ours at that path (the
        names it defines itself are left out)."""
        own = "claude_api_client.resources" + ("" if module == "." else f".{module}")
        names = []
        for name in sorted(self.modules.get(module, [])):
            ours_module, ours = self.resolve(module, name)
            if not (ours_module == own and ours == name):
                names.append((name, ours_module, ours))
        if not names:
            return ""
        text = env.from_string(EXPORTS).render(names=names, tail=tail and module != ".")
        if tail:
            return "\nfrom typing import TYPE_CHECKING\n" + text
        return text

    def render(self, resources: Path, env: Any, header: str) -> None:
        """Every official module that is not a module of ours already."""
        for module in sorted(self.modules):
            ns = self.namespace(module)
            if module == "." or (ns is not None and ns.public_module == module):
                continue  # `resources/__init__.py`, `files.py`, `messages/messages.py`: ours
            parts = module.split(".")
            if module in self.packages:
                target = resources.joinpath(*parts, "__init__.py")
            else:
                target = resources.joinpath(*parts[:-1], f"{parts[-1]}.py")
            target.parent.mkdir(parents=True, exist_ok=True)
            doc = (
                f'"""`anthropic.resources.{module}` of the official package: its names, lazily."""'
            )
            body = f"{header}\n{doc}\n\nfrom __future__ import annotations\n\nfrom typing import TYPE_CHECKING\n"
            target.write_text(body + self.exports(module, env), encoding="utf-8")
