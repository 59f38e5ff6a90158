#!/usr/bin/env python3
"""W1 in plain CPython: arc-dsl's own solvers.py over its own dsl.py (no oracle wrapper), each
solver on every train+test example of its task. Prints the total and the slowest programs.

  cpython_solvers.py --arc-dsl PATH_TO_CLONE --tasks DIR [--top 5]
"""
import argparse, json, os, sys, time


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--arc-dsl', required=True)
    ap.add_argument('--tasks', required=True)
    ap.add_argument('--top', type=int, default=5)
    a = ap.parse_args()
    sys.path.insert(0, a.arc_dsl)
    import solvers  # arc-dsl's own module, importing its own dsl.py
    grid = lambda g: tuple(tuple(r) for r in g)
    per, solved, runs = {}, 0, 0
    t_all = time.perf_counter()
    for fn in sorted(os.listdir(a.tasks)):
        tid = fn[:-5]
        solver = getattr(solvers, 'solve_' + tid, None)
        if solver is None:
            continue
        with open(os.path.join(a.tasks, fn)) as f:
            task = json.load(f)
        t0 = time.perf_counter()
        ok = True
        for ex in task['train'] + task['test']:
            runs += 1
            try:
                ok = solver(grid(ex['input'])) == grid(ex['output']) and ok
            except Exception:
                ok = False
        per['solve_' + tid] = time.perf_counter() - t0
        solved += ok
    total = time.perf_counter() - t_all
    print(json.dumps({'runs': runs, 'tasks_solved': solved, 'seconds': total,
                      'slowest_programs': [{'program': p, 'seconds': s} for p, s in
                                           sorted(per.items(), key=lambda kv: -kv[1])[:a.top]]}, indent=2))


if __name__ == '__main__':
    main()
