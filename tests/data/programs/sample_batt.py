# A batch-test file in the seed project's shape, written for arcjit's frontend tests.

from dsl import *
from constants import *


def batt(task_id, S, I, C, log_path):
    o = []
    s = []
    try:
        t1 = objects(I, T, F, T)
    except (TypeError, AttributeError, ValueError, IndexError, KeyError):
        t1 = frozenset()
    try:
        t2 = rbind(colorfilter, ONE)
    except (TypeError, AttributeError, ValueError, IndexError, KeyError):
        t2 = lambda *args: ()
    try:
        t3 = t2(t1)
    except (TypeError, AttributeError, ValueError, IndexError, KeyError):
        t3 = frozenset()
    try:
        t4 = size(t3)
    except (TypeError, AttributeError, ValueError, IndexError, KeyError):
        t4 = 0
    try:
        t5 = equality(t4, ZERO)
    except (TypeError, AttributeError, ValueError, IndexError, KeyError):
        t5 = False
    try:
        t6 = vmirror(I)
    except (TypeError, AttributeError, ValueError, IndexError, KeyError):
        t6 = ()
    try:
        t7 = lbind(apply, first)
    except (TypeError, AttributeError, ValueError, IndexError, KeyError) as e:
        t7 = lambda x: ()
    o.append((1, True, 'solve_sample_a', t6))
    s.append((1, 'solve_sample_a', "t6", t6))
    o.append((2, t5, 'solve_sample_b', t7(S)))
    return o, s
