#!/usr/bin/env python3
"""Runs arc-dsl programs under the oracle (canon_dsl.py: arc-dsl with canonical set order) on the
runs listed in an arcjit outputs file, and writes the oracle's answers in the same JSON-lines
format, for tools/compare_outputs.py.

  oracle_runs.py --dsl ARC_DSL/dsl.py --programs ARC_DSL/solvers.py --tasks DIR \
      --runs ours.jsonl --out oracle.jsonl [--oracle ../shared/oracle/canon_dsl.py] [--cap 5]

Each run is {"program", "task", "index"} (the program on that task's example `index`, train
examples first). A run that takes longer than --cap seconds is written as {"timeout": true}. SEMANTICS.md leaves the
order among callables unspecified (the oracle orders them by id()); a run whose evaluation sorted
callables is run again under a few other orders among callables, and when an answer differs it is
written as
{"unspecified": "callable order"}: no engine can match it, so compare_outputs.py lists it apart.
Batt programs (def batt(task_id, S, I, C, log_path)) are run with S = the task's train pairs and
C = None; their value is {"o": [...], "s": [...]}, as arcjit writes it.
"""
import argparse, importlib.util, json, os, signal, sys


class Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise Timeout()


class CallableOrder:
    """Replaces the oracle's canon_key (looked up by name on every sort and recursive call) with one
    that records whether a callable was ordered, and with a salt other than 0 orders callables by a
    salted hash of their id instead."""

    def __init__(self, canon):
        self.salt = 0
        self.sorted_callables = False
        original = canon.canon_key

        def key(x):
            if callable(x) and not isinstance(x, (int, tuple, frozenset, set)):
                self.sorted_callables = True
                return (3, hash((self.salt, id(x))) if self.salt else id(x))
            if isinstance(x, tuple):
                return (1, tuple(key(e) for e in x))
            if isinstance(x, (frozenset, set)):
                return (2, tuple(sorted(key(e) for e in x)))
            return original(x)

        canon.canon_key = key

    def reset(self):
        self.sorted_callables = False
        self.salt = 0


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--dsl', required=True)
    ap.add_argument('--programs', required=True)
    ap.add_argument('--tasks', required=True)
    ap.add_argument('--runs', required=True)
    ap.add_argument('--out', required=True)
    ap.add_argument('--oracle', default=os.path.join(here, '..', '..', 'shared', 'oracle', 'canon_dsl.py'))
    ap.add_argument('--cap', type=float, default=5.0)
    a = ap.parse_args()
    sys.setrecursionlimit(10000)
    spec = importlib.util.spec_from_file_location('canon_dsl', a.oracle)
    canon = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(canon)
    dsl, _ = canon.load_dsl(a.dsl)
    spec = importlib.util.spec_from_file_location('programs', a.programs)
    programs = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(programs)  # `from dsl import *` binds the oracle's primitives
    grid = lambda g: tuple(tuple(r) for r in g)
    tasks = {}
    signal.signal(signal.SIGALRM, _alarm)
    order = CallableOrder(canon)

    def answer(name, tid, idx):
        if tid not in tasks:
            with open(os.path.join(a.tasks, tid + '.json')) as tf:
                tasks[tid] = json.load(tf)
        task = tasks[tid]
        examples = task['train'] + task['test']
        fn = getattr(programs, name)
        signal.setitimer(signal.ITIMER_REAL, a.cap)
        try:
            if name == 'batt':
                S = tuple((grid(e['input']), grid(e['output'])) for e in task['train'])
                o, s = fn(tid, S, grid(examples[idx]['input']), None, None)
                enc = lambda lst: [[x if isinstance(x, str) else canon.encode(x) for x in item] for item in lst]
                return {'ok': {'o': enc(o), 's': enc(s)}}
            return {'ok': canon.encode(fn(grid(examples[idx]['input'])))}
        except Timeout:
            return {'timeout': True}
        except Exception as e:
            return {'err': type(e).__name__}
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)

    with open(a.runs) as f, open(a.out, 'w') as out:
        for line in f:
            run = json.loads(line)
            name, tid, idx = run['program'], run['task'], run['index']
            res = {'program': name, 'task': tid, 'index': idx}
            order.reset()
            first = answer(name, tid, idx)
            if order.sorted_callables and 'timeout' not in first:
                # Fresh closures get fresh addresses, so the oracle's own answer varies from call to
                # call; a few salted orders among callables expose a dependence on it.
                for salt in range(1, 5):
                    order.salt = salt
                    again = answer(name, tid, idx)
                    if again != first and 'timeout' not in again:
                        first = {'unspecified': 'callable order'}
                        break
                order.salt = 0
            res.update(first)
            out.write(json.dumps(res) + '\n')

if __name__ == '__main__':
    main()
