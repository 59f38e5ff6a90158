#!/usr/bin/env python3
"""Times the oracle (canon_dsl.py over a local arc-dsl dsl.py) and plain CPython (that dsl.py
unchanged, plain frozensets) on the benchmark's own cases.

Reads JSON lines {"fn": name, "args": [...]} (the oracle's encoding), decodes every argument once,
then times repeated calls per primitive and prints one JSON line per primitive:
{"fn": name, "calls": N, "ns_per_call": X, "plain_ns_per_call": Y}. Run by bench_primitives.
"""
import argparse, importlib.util, json, os, sys, time
from collections import defaultdict


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--dsl', required=True)
    ap.add_argument('--oracle', required=True, help='path to canon_dsl.py')
    ap.add_argument('--cases', required=True)
    ap.add_argument('--min-seconds', type=float, default=0.3)
    a = ap.parse_args()
    spec = importlib.util.spec_from_file_location('canon_dsl', a.oracle)
    canon = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(canon)
    dsl, _ = canon.load_dsl(a.dsl)
    spec = importlib.util.spec_from_file_location('plain_dsl', a.dsl)
    plain = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(plain)
    by_fn = defaultdict(list)
    with open(a.cases) as f:
        for line in f:
            req = json.loads(line)
            by_fn[req['fn']].append([canon.decode(x, dsl) for x in req['args']])
    def unwrap(x):  # plain frozensets and tuples for plain CPython
        if isinstance(x, frozenset):
            return frozenset(unwrap(e) for e in frozenset.__iter__(x))
        if isinstance(x, tuple):
            return tuple(unwrap(e) for e in x)
        return x

    def per_call(f, cases):
        calls, t0 = 0, time.perf_counter()
        while True:
            for args in cases:
                try:
                    f(*args)
                except Exception:
                    pass
            calls += len(cases)
            el = time.perf_counter() - t0
            if el >= a.min_seconds:
                return el * 1e9 / calls, calls

    for fn, cases in by_fn.items():
        ns, calls = per_call(getattr(dsl, fn), cases)
        plain_ns, _ = per_call(getattr(plain, fn), [[unwrap(x) for x in c] for c in cases])
        print(json.dumps({'fn': fn, 'calls': calls, 'ns_per_call': ns, 'plain_ns_per_call': plain_ns}),
              flush=True)


if __name__ == '__main__':
    main()
