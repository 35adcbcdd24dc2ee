"""Corpus runs: every engine and number of jobs write the same files; a bad document stays in its line."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from factcheck import evaluate_document, load_claims, load_rules
from factcheck._bundled import bundled_rules
from factcheck._errors import UsageError
from factcheck._loading import parse_data_file
from factcheck._runner import verify_corpus
from tests.conftest import EXAMPLE, run_cli

OUTPUTS = ("results.jsonl", "documents.jsonl", "aggregate.json", "aggregate.md")


def _copy(source: Path, target: Path, document_id: str, *, scale: str | None = None) -> None:
    text = source.read_text(encoding="utf-8").replace(
        "  id: cambodia-cross-border-crime", f"  id: {document_id}", 1)
    # the article stays where it is: a claims file may name a text in its own folder only
    text = "".join(line for line in text.splitlines(keepends=True) if not line.startswith("  text: "))
    if scale is not None:  # one figure changed: the document's sums no longer hold
        text = text.replace('value: "', f'value: "{scale}', 1)
    target.write_text(text, encoding="utf-8")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Five copies of the example (one figure changed in one) in two folders, a broken file, JSON Lines."""
    root = tmp_path / "corpus"
    (root / "b").mkdir(parents=True)
    for n in range(4):
        _copy(EXAMPLE, root / ("b" if n % 2 else ".") / f"doc{n}.claims.yaml", f"doc-{n}")
    _copy(EXAMPLE, root / "doc9.claims.yaml", "doc-9", scale="9")
    (root / "b" / "broken.claims.yaml").write_text("document: [unclosed\n", encoding="utf-8")
    data = parse_data_file(EXAMPLE).data
    data["document"]["id"] = "from-jsonl"
    data["document"].pop("text", None)
    lines = [
        json.dumps(data),
        "{not json",
        json.dumps({"id": "article-1", "text": "Sales rose from 100 to 150 in 2023, an increase of 80 %."}),
    ]
    (root / "more.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def _outputs(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in OUTPUTS}


@pytest.fixture
def corpus(folder: Path) -> list[Path]:
    """The folder (claims files only, searched recursively) and the JSON Lines file in it."""
    return [folder, folder / "more.jsonl"]


def test_two_jobs_write_what_one_job_writes(corpus: list[Path], tmp_path: Path) -> None:
    one = verify_corpus(corpus, output=tmp_path / "one", jobs=1)
    two = verify_corpus(corpus, output=tmp_path / "two", jobs=2)
    assert _outputs(tmp_path / "one") == _outputs(tmp_path / "two")
    assert (one.documents, one.unreadable) == (two.documents, two.unreadable) == (9, 2)


def test_results_are_the_per_document_reports_in_sorted_order(folder: Path, tmp_path: Path) -> None:
    verify_corpus([folder / "doc0.claims.yaml", folder / "b"], output=tmp_path, jobs=1)
    rules = [r for r in load_rules([bundled_rules()]) if r.rule.scope == "document"]
    expected = []
    given_order = ("doc0.claims.yaml", "b/doc1.claims.yaml", "b/doc3.claims.yaml")
    for path in (folder / name for name in given_order):
        expected += [r.model_dump_json() for r in evaluate_document(load_claims(path), rules).results]
    lines = (tmp_path / "results.jsonl").read_text(encoding="utf-8").splitlines()
    broken = [line for line in lines if '"readable": false' in line]
    assert len(broken) == 1
    assert "broken.claims.yaml:2:1: YAML syntax" in broken[0]
    assert [line for line in lines if line not in broken] == expected


def test_a_bad_document_is_counted_and_reported_in_its_line(corpus: list[Path], tmp_path: Path) -> None:
    verify_corpus(corpus, output=tmp_path, jobs=1)
    documents = [json.loads(line) for line in (tmp_path / "documents.jsonl").read_text().splitlines()]
    unreadable = [d for d in documents if not d["readable"]]
    assert [d["source"].rsplit("/", 1)[-1] for d in unreadable] == ["broken.claims.yaml", "more.jsonl:2"]
    assert all(d["problems"] for d in unreadable)
    ids = [d["document"] for d in documents if d["readable"]]
    assert ids == ["doc-1", "doc-3", "doc-0", "doc-2", "doc-9", "from-jsonl", "article-1"]


def test_the_aggregate_puts_the_worst_documents_first(corpus: list[Path], tmp_path: Path) -> None:
    verify_corpus(corpus, output=tmp_path, jobs=1)
    aggregate = json.loads((tmp_path / "aggregate.json").read_text())
    worst = aggregate["worst_documents"]
    keys = [(d["failed"], d["errors"], d["inconclusive"]) for d in worst]
    assert keys == sorted(keys, reverse=True)
    assert worst[0]["document"] in ("doc-9", "article-1")
    assert "doc-9" in [d["document"] for d in worst if d["failed"]]
    assert worst[0]["failed"] > 0
    assert sum(aggregate["failures_by_rule"].values()) == aggregate["summary"]["failed"] + \
        aggregate["summary"]["errors"]
    assert aggregate["unreadable"] == 2
    assert aggregate["documents"] == 9


def test_globs_pick_files(folder: Path, tmp_path: Path) -> None:
    outcome = verify_corpus([str(folder / "**" / "doc*.claims.yaml")], output=tmp_path, jobs=1)
    assert (outcome.documents, outcome.unreadable) == (5, 0)


def test_the_command_streams_and_exits_2_when_a_document_cannot_be_read(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_cli(["verify", *map(str, corpus), "-j", "1", "-o", str(tmp_path)], monkeypatch, capsys)
    assert code == 2
    assert "9 documents, 2 could not be read" in err
    assert "documents/s" in err
    assert (tmp_path / "results.jsonl").is_file()
    one_good = corpus[0] / "b" / "doc1.claims.yaml"
    code, _, _ = run_cli(["verify", str(one_good), "-j", "1", "-o", str(tmp_path)], monkeypatch, capsys)
    assert code == 0


def test_dask_engine_without_dask_says_what_to_install(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(UsageError, match=r"pip install 'factcheck-numbers\[dask\]'"):
        verify_corpus(corpus, output=tmp_path, engine="dask")


def test_a_scheduler_needs_the_dask_engine(corpus: list[Path], tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="--engine dask"):
        verify_corpus(corpus, output=tmp_path, scheduler="tcp://127.0.0.1:8786")


def test_a_dask_cluster_writes_what_the_local_engine_writes(corpus: list[Path], tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    verify_corpus(corpus, output=tmp_path / "local", jobs=1)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, protocol="tcp",
                                  host="127.0.0.1", dashboard_address=None) as cluster:
        verify_corpus(corpus, output=tmp_path / "dask", engine="dask", scheduler=cluster.scheduler_address)
    assert _outputs(tmp_path / "local") == _outputs(tmp_path / "dask")


def test_the_dask_engine_starts_a_cluster_of_its_own_without_an_address(folder: Path, tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    verify_corpus([folder / "b"], output=tmp_path / "local", jobs=1)
    verify_corpus([folder / "b"], output=tmp_path / "dask", jobs=1, engine="dask")
    assert _outputs(tmp_path / "local") == _outputs(tmp_path / "dask")


def test_a_folder_holds_claims_files_only(folder: Path, tmp_path: Path) -> None:
    outcome = verify_corpus([folder], output=tmp_path, jobs=1)
    assert (outcome.documents, outcome.unreadable) == (6, 1)


def test_workers_on_other_machines_get_the_same_rules(folder: Path) -> None:
    """What a Dask worker in another process receives: the settings, pickled, give the same lines."""
    import pickle

    from factcheck._runner import Settings, _tasks, verify_batch

    rules = [r for r in load_rules([bundled_rules()]) if r.rule.scope == "document"]
    batch = list(_tasks([folder / "doc9.claims.yaml", folder / "more.jsonl"]))
    here = verify_batch(batch, Settings(rules))
    there = verify_batch(batch, pickle.loads(pickle.dumps(Settings(rules))))
    assert [(o.line, o.results) for o in here] == [(o.line, o.results) for o in there]
    assert here[0].failures
