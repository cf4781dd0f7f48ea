"""Pages as users read them: auto-paging, has_next_page / next_page_info / get_next_page /
iter_pages, before_id and after_id, the id cursors, on GA and beta models, batches and files."""

import anthropic
from _observe import show
from anthropic.pagination import PageInfo, SyncPage, SyncPageCursor

client = anthropic.Anthropic()


def cursor(page, value):
    """Which field of the page a cursor value is (ids differ from run to run)."""
    names = [n for n in ("first_id", "last_id", "next_page") if getattr(page, n, None) == value]
    return names or value


def describe(page):
    info = page.next_page_info()
    return {
        "is_page": isinstance(page, SyncPage) or isinstance(page, SyncPageCursor),
        "info_class": info is None or isinstance(info, PageInfo),
        "len": len(page.data),
        "has_more": page.has_more,
        "has_next": page.has_next_page(),
        "next_info": None if info is None else {k: cursor(page, v) for k, v in info.params.items()},
        "first_last": [page.first_id == page.data[0].id, page.last_id == page.data[-1].id]
        if page.data
        else [page.first_id, page.last_id],
    }


everything = [m.id for m in client.models.list()]
show("models_all", everything)
page = client.models.list(limit=2)
show("models_page", describe(page))
show("models_loop", [m.id for m in page] == everything)
show("models_pages", [[m.id for m in p.data] for p in page.iter_pages()])
second = page.get_next_page()
show("models_next", describe(second))
show("models_next_ids", [m.id for m in second.data] == everything[2:4])
show("models_before", [m.id for m in client.models.list(before_id=second.first_id, limit=5).data])
show("models_after", [m.id for m in client.models.list(after_id=everything[0], limit=1).data])
last = client.models.list(after_id=everything[-2], limit=5)
show("models_last", describe(last))
try:
    beyond = last.get_next_page()
    show("beyond_last", {"len": len(beyond.data), "has_next": beyond.has_next_page()})
except RuntimeError as exc:
    show("beyond_last", type(exc).__name__)
try:
    client.skills.list().get_next_page()
except RuntimeError as exc:
    show("beyond_last_token_page", type(exc).__name__)
show("beta_models", describe(client.beta.models.list(limit=3)))
show("beta_models_all", [m.id for m in client.beta.models.list(limit=3)] == everything)

for n in range(3):
    client.files.upload(file=(f"page-{n}.txt", b"x", "text/plain"))
files = client.files.list(limit=2)
show("files_page", describe(files))
show("files_all", sorted(f.filename for f in files))
show("files_pages", [len(p.data) for p in files.iter_pages()])
show("beta_files_page", describe(client.beta.files.list(limit=1, betas=["files-api-2025-04-14"])))

for n in range(3):
    client.messages.batches.create(
        requests=[
            {
                "custom_id": f"r{n}",
                "params": {
                    "model": "claude-sonnet-4-5",
                    "max_tokens": 8,
                    "messages": [{"role": "user", "content": "hi"}],
                },
            }
        ]
    )
batches = client.messages.batches.list(limit=2)
show("batches_page", describe(batches))
show("batches_all", len(list(batches)))
show("beta_batches_page", describe(client.beta.messages.batches.list(limit=2)))

empty = client.skills.list(limit=5)
show("skills_empty", {"len": len(empty.data), "has_next": empty.has_next_page()})
