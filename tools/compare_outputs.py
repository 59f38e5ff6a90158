#!/usr/bin/env python3
"""Compares two JSON-lines run outputs (arcjit run --outputs, canon_dsl.py solve, oracle_runs.py)
run by run, and prints every difference.

  compare_outputs.py OURS.jsonl THEIRS.jsonl [--max-print 20]

Runs are matched by (program, task, index); canon_dsl.py's solve output has no program field, so
where one side lacks it runs match by (task, index). Runs where either side hit a limit (arcjit's
ResourceLimit, the oracle harness's timeout) are listed apart, not counted as equal or different;
so are runs the oracle harness found to depend on the order among callables, which SEMANTICS.md
leaves unspecified (oracle_runs.py writes them as {"unspecified": ...}).
Exit status 1 when any run differs or is missing.
"""
import argparse, json, sys


def load(path):
    runs = {}
    with open(path) as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                runs[(r.get('program'), r['task'], r['index'])] = r
    return runs


def answer(r):
    if r.get('timeout'):
        return ('limit', 'timeout')
    if r.get('unspecified'):
        return ('unspecified', r['unspecified'])
    if 'err' in r:
        return ('limit', 'ResourceLimit') if r['err'] == 'ResourceLimit' else ('err', r['err'])
    return ('ok', json.dumps(r['ok'], sort_keys=True))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('ours')
    ap.add_argument('theirs')
    ap.add_argument('--max-print', type=int, default=20)
    a = ap.parse_args()
    ours, theirs = load(a.ours), load(a.theirs)
    if any(k[0] is None for k in theirs) or any(k[0] is None for k in ours):
        ours = {(None, k[1], k[2]): v for k, v in ours.items()}
        theirs = {(None, k[1], k[2]): v for k, v in theirs.items()}
    same = diff = limited = unspecified = 0
    missing = sorted(set(ours) ^ set(theirs), key=str)
    shown = 0
    for key in sorted(set(ours) & set(theirs), key=str):
        x, y = answer(ours[key]), answer(theirs[key])
        if x[0] == 'limit' or y[0] == 'limit':
            limited += 1
            continue
        if x[0] == 'unspecified' or y[0] == 'unspecified':
            unspecified += 1
            continue
        if x == y:
            same += 1
            continue
        diff += 1
        if shown < a.max_print:
            shown += 1
            print(f'DIFF {key}: ours {x[1][:200]}  theirs {y[1][:200]}')
    for key in missing[:a.max_print]:
        print(f'MISSING {key}: only in {"ours" if key in ours else "theirs"}')
    print(f'{same} identical, {diff} different, {len(missing)} missing, {limited} hit a limit, '
          f'{unspecified} depend on the unspecified order among callables (both listed apart)')
    return 1 if diff or missing else 0


if __name__ == '__main__':
    sys.exit(main())
