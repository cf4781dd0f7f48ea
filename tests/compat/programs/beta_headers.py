"""The `anthropic-beta` header each beta resource sends by itself and with `betas=[...]`, as a
middleware sees the call (GA methods send none), and what the simulator answers."""

from typing import Any

import anthropic
from _observe import show

MODEL = "claude-sonnet-4-5"
HI: Any = [{"role": "user", "content": "hi"}]
SKILL_MD = b"---\nname: beta-skill\ndescription: headers\n---\nDo things.\n"
betas_seen: list[Any] = []


def record(request, call_next):
    headers = {k.lower(): v for k, v in request.headers.items()}
    betas_seen.append(headers.get("anthropic-beta"))
    return call_next(request)


client = anthropic.Anthropic(middleware=[record])
beta = client.beta


def sent(name, call):
    betas_seen.clear()
    try:
        result = call()
        # (not the class name: a beta type is its GA class in ours, `BetaMessage is Message`)
        outcome = len(result) if isinstance(result, list) else "ok"
    except anthropic.APIStatusError as exc:
        outcome = [type(exc).__name__, exc.status_code]
    show(name, {"betas": list(betas_seen), "outcome": outcome})


uploaded = client.files.upload(file=("b.txt", b"beta", "text/plain"))
skill = client.skills.create(files=[("beta-skill/SKILL.md", SKILL_MD, "text/markdown")])

calls = {
    "messages.create": lambda: beta.messages.create(model=MODEL, max_tokens=8, messages=HI),
    "messages.create+betas": lambda: beta.messages.create(
        model=MODEL, max_tokens=8, messages=HI, betas=["interleaved-thinking-2025-05-14"]
    ),
    "messages.count_tokens": lambda: beta.messages.count_tokens(model=MODEL, messages=HI),
    "models.list": lambda: list(beta.models.list()),
    "models.retrieve": lambda: beta.models.retrieve(MODEL),
    "batches.list": lambda: list(beta.messages.batches.list()),
    "files.list": lambda: list(beta.files.list()),
    "files.list+betas": lambda: list(beta.files.list(betas=["other-2025-01-01"])),
    "files.retrieve_metadata": lambda: beta.files.retrieve_metadata(uploaded.id),
    "files.download": lambda: beta.files.download(uploaded.id),
    "files.upload": lambda: beta.files.upload(file=("c.txt", b"c", "text/plain")),
    "skills.list": lambda: list(beta.skills.list()),
    "skills.retrieve": lambda: beta.skills.retrieve(skill.id),
    "skills.versions.list": lambda: list(beta.skills.versions.list(skill.id)),
    "ga.files.list": lambda: list(client.files.list()),
    "ga.skills.list": lambda: list(client.skills.list()),
    "ga.messages.count_tokens": lambda: client.messages.count_tokens(model=MODEL, messages=HI),
}
for name, call in calls.items():
    sent(name, call)
