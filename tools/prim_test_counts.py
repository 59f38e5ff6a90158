#!/usr/bin/env python3
"""Counts the test cases of every primitive in tests/: CHECK_CALL lines calling it, oracle cases
in tests/data/*_cases.jsonl, and (a second column) CHECK_CALLs that build it as a closure argument
({"call": "compose", ...}), which is how closures are called in tests. Prints one line per
primitive of kernels/cpu/ops.def, and the primitives with none (exit status 1 then)."""
import collections, glob, json, os, re, sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
ops = [m.group(1).rstrip('_') for m in re.finditer(r'^ARCJIT_OP\((\w+),', open(os.path.join(root, 'kernels/cpu/ops.def')).read(), re.M)]
counts, built = collections.Counter(), collections.Counter()
for path in glob.glob(os.path.join(root, 'tests', '*.cpp')):
    text = open(path).read()
    counts.update(re.findall(r'CHECK_CALL\(\s*"(\w+)"', text))
    for call in re.findall(r"CHECK_CALL\((.*?)\);", text, re.S):
        built.update(set(re.findall(r'"call": "(\w+)"', call)))
for path in glob.glob(os.path.join(root, 'tests', 'data', '*_cases.jsonl')):
    for line in open(path):
        if line.strip():
            counts[json.loads(line)['fn']] += 1
missing = [op for op in ops if counts[op] + built[op] == 0]
print(f'{"primitive":14} {"calls":>6} {"as closure":>10}')
for op in ops:
    print(f'{op:14} {counts[op]:6} {built[op]:10}')
print(f'{len(ops)} primitives in the op table, {len(ops) - len(missing)} with tests; '
      f'{sum(counts[o] for o in ops)} calls, {sum(built[o] for o in ops)} closure builds; '
      f'fewest per primitive (calls + builds): {min(counts[o] + built[o] for o in ops)}')
if missing:
    print('no tests:', ' '.join(missing))
sys.exit(1 if missing else 0)
