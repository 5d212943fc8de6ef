"""Detection output identity: dump every proposal for the tuned set and the long corpus.

Speed work on the recognizers, finders and rules must not change what is proposed.
Run ``python benchmarks/detection_identity.py dump OUT.jsonl`` before and after a change
and ``python benchmarks/detection_identity.py diff BEFORE.jsonl AFTER.jsonl``: each line
holds one text's proposals (entity, start, end, exact score, decision, group and the full
reason with its recognizer). ``--profile FILE`` writes a cProfile of the long corpus's
scan; the CPU seconds of the scan (one process, start-up excluded) are printed.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

GOLD = ROOT / "tests" / "data" / "eval" / "gold.jsonl"


def _texts() -> tuple[list[str], list[str]]:
    from long_documents import long_corpus

    tuned = [json.loads(line)["text"] for line in GOLD.read_text().splitlines() if line]
    long = [document.text for document in long_corpus(600_000)]
    return tuned, long


def dump(output: Path, profile: Path | None) -> None:
    from workstation.detection.engine import engine_for
    from workstation.services.policies import load

    tuned, long = _texts()
    engine = engine_for(load(ROOT / "none.db", "source-protection"))
    list(engine.detect_many(tuned[:3]))  # models loaded before the clock starts
    with output.open("w") as out:
        for name, texts in (("long", long), ("tuned", tuned)):
            profiler = cProfile.Profile() if profile and name == "long" else None
            started = time.process_time()
            if profiler:
                profiler.enable()
            results = list(engine.detect_many(texts))
            if profiler:
                profiler.disable()
                profiler.dump_stats(str(profile))
            print(f"{name}: {len(texts)} texts, {time.process_time() - started:.2f} CPU s")
            for index, proposals in enumerate(results):
                rows = [{**p.to_json(), "score": p.score} for p in proposals]
                out.write(json.dumps({"set": name, "index": index, "proposals": rows}) + "\n")


def diff(before: Path, after: Path) -> int:
    old, new = before.read_text().splitlines(), after.read_text().splitlines()
    changed = [i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b]
    if len(old) != len(new):
        print(f"line counts differ: {len(old)} and {len(new)}")
        return 1
    for i in changed[:5]:
        a, b = json.loads(old[i]), json.loads(new[i])
        print(f"{a['set']} text {a['index']}: {len(a['proposals'])} -> {len(b['proposals'])}")
    print(f"{len(old)} texts compared, {len(changed)} differ")
    return 1 if changed else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("output", type=Path)
    d.add_argument("--profile", type=Path)
    c = sub.add_parser("diff")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    arguments = parser.parse_args()
    if arguments.command == "dump":
        dump(arguments.output, arguments.profile)
    else:
        raise SystemExit(diff(arguments.before, arguments.after))


if __name__ == "__main__":
    main()
