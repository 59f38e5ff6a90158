#!/usr/bin/env python3
"""Runs arc-dsl programs under the oracle (canon_dsl.py: arc-dsl with canonical set order) on the
runs listed in an arcjit outputs file, and writes the oracle's answers in the same JSON-lines
format, for tools/compare_outputs.py.

  oracle_runs.py --dsl ARC_DSL/dsl.py --programs ARC_DSL/solvers.py --tasks DIR \
      --runs ours.jsonl --out oracle.jsonl [--oracle ../shared/oracle/canon_dsl.py] [--cap 5]

Each run is {"program", "task", "index"} (the program on that task's example `index`, train
examples first). A run that takes longer than --cap seconds is written as {"timeout": true}.
Batt programs (def batt(task_id, S, I, C, log_path)) are run with S = the task's train pairs and
C = None; their value is {"o": [...], "s": [...]}, as arcjit writes it.
"""
import argparse, importlib.util, json, os, signal, sys


class Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise Timeout()


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
    with open(a.runs) as f, open(a.out, 'w') as out:
        for line in f:
            run = json.loads(line)
            name, tid, idx = run['program'], run['task'], run['index']
            if tid not in tasks:
                with open(os.path.join(a.tasks, tid + '.json')) as tf:
                    tasks[tid] = json.load(tf)
            task = tasks[tid]
            examples = task['train'] + task['test']
            fn = getattr(programs, name)
            res = {'program': name, 'task': tid, 'index': idx}
            signal.setitimer(signal.ITIMER_REAL, a.cap)
            try:
                if name == 'batt':
                    S = tuple((grid(e['input']), grid(e['output'])) for e in task['train'])
                    o, s = fn(tid, S, grid(examples[idx]['input']), None, None)
                    enc = lambda lst: [[x if isinstance(x, str) else canon.encode(x) for x in item] for item in lst]
                    res['ok'] = {'o': enc(o), 's': enc(s)}
                else:
                    res['ok'] = canon.encode(fn(grid(examples[idx]['input'])))
            except Timeout:
                res.pop('ok', None)
                res['timeout'] = True
            except Exception as e:
                res.pop('ok', None)
                res['err'] = type(e).__name__
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            out.write(json.dumps(res) + '\n')


if __name__ == '__main__':
    main()
