"""Write a synthetic corpus: N documents with inconsistencies injected at a known rate.

Each document is a short article of four paragraphs (a total, three parts of
it, and the first part's share of the total, in percent) and the claims file
a person would write for it: 21 claims with their offsets. In a paragraph
chosen with probability ``--rate`` one figure is wrong: a part larger than
its total, or a share that is not the parts' ratio. ``expected.jsonl`` lists
each document's injected inconsistencies, so a benchmark can check that they
were found (speed must never come from skipping work).

    python bench/corpus.py OUT --documents 10000 --as yaml|jsonl|articles|articles-jsonl

``yaml``: one ``*.claims.yaml`` per document (in folders of 1,000);
``jsonl``: ``claims.jsonl``, one claims document per line; ``articles``: one
``*.txt`` per document; ``articles-jsonl``: ``articles.jsonl``, one
``{"id", "title", "text"}`` per line. Same seed, same corpus.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REGIONS = ("north", "south", "east")
TOPICS = ("burglaries", "road accidents", "hospital admissions", "school enrolments", "permits issued",
          "complaints received", "arrests", "new businesses")


def _paragraph(
    rng: random.Random, topic: str, year: int, wrong: str | None
) -> tuple[str, list[tuple[str, str]]]:
    """One paragraph and its figures as (role, text) in the order they appear."""
    parts = [rng.randint(50, 900) for _ in REGIONS]
    total = sum(parts) + rng.randint(0, 300)
    share = round(100 * parts[0] / total)
    if wrong == "part":
        parts[1] = total + rng.randint(10, 500)
    elif wrong == "share":
        share = min(99, share + rng.choice((15, 25, 35))) if share < 60 else share - 30
    text = (
        f"In {year}, the agency counted {total:,} {topic}. Of these, {parts[0]:,} were in the north, "
        f"{parts[1]:,} in the south and {parts[2]:,} in the east. The north accounted for {share}% "
        f"of all {topic}."
    )
    return text, [("total", f"{total:,}"), *zip(REGIONS, (f"{p:,}" for p in parts), strict=True),
                  ("share", f"{share}%")]


def document(index: int, rate: float, seed: int) -> tuple[str, str, dict[str, Any], list[str]]:
    """(id, article text, claims data, injected inconsistencies) of document ``index``."""
    rng = random.Random(seed * 1_000_003 + index)
    doc_id = f"doc-{index:07d}"
    year = rng.randint(2015, 2025)
    text = f"Annual statistics, {year}.\n\n"
    claims: list[dict[str, Any]] = []
    at = text.index(str(year))
    claims.append({"id": "year", "kind": "year", "measures": "report.year", "value": str(year),
                   "mentions": [{"start": at, "end": at + 4, "quote": str(year)}]})
    injected = []
    for n, topic in enumerate(rng.sample(TOPICS, 4)):
        wrong = rng.choice(("part", "share")) if rng.random() < rate else None
        if wrong:
            injected.append(f"{topic}: {wrong}")
        paragraph, figures = _paragraph(rng, topic, year, wrong)
        start = len(text)
        cursor = 0
        measure = topic.replace(" ", "_")
        for role, figure in figures:
            if role == "total":
                cursor = paragraph.index(str(year)) + 4
            pos = paragraph.index(figure, cursor)
            cursor = pos + len(figure)
            mention = {"start": start + pos, "end": start + cursor, "quote": figure}
            cid = f"g{n}-{role}"
            value = figure.replace(",", "").rstrip("%")
            claim: dict[str, Any] = {"id": cid, "mentions": [mention], "value": value, "period": str(year)}
            if role == "total":
                claim.update(kind="count", measures=measure)
            elif role == "share":
                claim.update(kind="percentage", measures=f"{measure}.share.north", unit="percent",
                             share_of={"whole": f"g{n}-total", "part": f"g{n}-north"})
            else:
                claim.update(kind="count", measures=f"{measure}.{role}", part_of=f"g{n}-total")
            claims.append(claim)
        text += paragraph + "\n\n"
    data = {"schema": "factcheck/claims/v1",
            "document": {"id": doc_id, "title": f"Synthetic statistics {index}"},
            "claims": claims}
    return doc_id, text, data, injected


def documents(count: int, rate: float, seed: int) -> Iterator[tuple[str, str, dict[str, Any], list[str]]]:
    for i in range(count):
        yield document(i, rate, seed)


def _yaml(data: dict[str, Any]) -> str:
    """The claims file as YAML written by hand: values quoted, mentions in flow style, like the examples."""
    d = data["document"]
    out = ["schema: factcheck/claims/v1", "document:", f"  id: {d['id']}", f"  title: \"{d['title']}\"",
           "", "claims:"]
    for c in data["claims"]:
        out.append(f"  - id: {c['id']}")
        for key in ("kind", "measures", "unit", "period", "part_of"):
            if key in c:
                out.append(f"    {key}: \"{c[key]}\"")
        out.append(f"    value: \"{c['value']}\"")
        if "share_of" in c:
            out.append(f"    share_of: {{whole: {c['share_of']['whole']}, part: {c['share_of']['part']}}}")
        out.append("    mentions:")
        for m in c["mentions"]:
            out.append(f"      - {{start: {m['start']}, end: {m['end']}, quote: \"{m['quote']}\"}}")
    return "\n".join(out) + "\n"


def write(out: Path, count: int, rate: float, seed: int, form: str) -> None:
    out.mkdir(parents=True, exist_ok=True)
    lines = None
    if form in ("jsonl", "articles-jsonl"):
        lines = (out / ("claims.jsonl" if form == "jsonl" else "articles.jsonl")).open("w", encoding="utf-8")
    with (out / "expected.jsonl").open("w", encoding="utf-8") as expected:
        for i, (doc_id, text, data, injected) in enumerate(documents(count, rate, seed)):
            expected.write(json.dumps({"document": doc_id, "injected": injected}) + "\n")
            folder = out / f"{i // 1000:04d}"
            if form == "yaml":
                folder.mkdir(exist_ok=True)
                (folder / f"{doc_id}.claims.yaml").write_text(_yaml(data), encoding="utf-8")
            elif form == "articles":
                folder.mkdir(exist_ok=True)
                (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
            elif lines is not None and form == "jsonl":
                lines.write(json.dumps(data) + "\n")
            elif lines is not None:
                article = {"id": doc_id, "title": data["document"]["title"], "text": text}
                lines.write(json.dumps(article) + "\n")
    if lines is not None:
        lines.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--rate", type=float, default=0.05, help="chance that a paragraph has a wrong figure")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--as", dest="form", choices=("yaml", "jsonl", "articles", "articles-jsonl"),
                        default="yaml")
    args = parser.parse_args()
    write(args.out, args.documents, args.rate, args.seed, args.form)


if __name__ == "__main__":
    main()
