"""arcjit's bundled batch-test ("batt") file: several candidate programs interleaved, one
statement per try/except line with a safe default, results collected with o.append / s.append.
Written for this project; runnable by Python with arc-dsl's dsl.py on the path (see
tools/oracle_runs.py), which is how arcjit's answers are checked against the reference."""
from dsl import *
from constants import *


def batt(task_id, S, I, C, log_path):
    o = []
    s = []
    try:
        t1 = vmirror(I)
    except (TypeError, AttributeError, ValueError, IndexError, KeyError):
        t1 = ()
    o.append((1, True, 'mirror_v', t1))
    try:
        t2 = objects(I, T, F, T)
    except (TypeError, AttributeError, ValueError, IndexError, KeyError):
        t2 = frozenset()
    try:
        t3 = argmax(t2, size)
    except (TypeError, AttributeError, ValueError, IndexError, KeyError):
        t3 = frozenset()
    try:
        t4 = subgrid(t3, I)
    except (TypeError, AttributeError, ValueError, IndexError, KeyError):
        t4 = ()
    o.append((2, True, 'largest_crop', t4))
    s.append((2, 'largest_crop', 'objects', t2))
    try:
        t5 = first(S)
    except (TypeError, AttributeError, ValueError, IndexError, KeyError):
        t5 = ()
    try:
        t6 = last(t5)
    except (TypeError, AttributeError, ValueError, IndexError, KeyError):
        t6 = ()
    try:
        t7 = shape(t6)
    except (TypeError, AttributeError, ValueError, IndexError, KeyError):
        t7 = ()
    try:
        t8 = canvas(ZERO, t7)
    except (TypeError, AttributeError, ValueError, IndexError, KeyError):
        t8 = ()
    o.append((3, False, 'blank_like_first_output', t8))
    # a deliberately failing line: where the input has no colour 3 this divides by zero, which the
    # except clause does not list, so that sample's whole batt run ends there, as in Python...
    try:
        t9 = divide(size(t2), colorcount(I, THREE))
    except (TypeError, ValueError):
        t9 = 0
    s.append((4, 'sizes', 'ratio', t9))
    # ...and a line failing with a caught kind: first() of an empty container
    try:
        t10 = first(sizefilter(t2, 1000))
    except (TypeError, AttributeError, ValueError, IndexError, KeyError, StopIteration):
        t10 = frozenset()
    s.append((5, 'tiny', 'none_that_big', t10))
    try:
        t11 = rbind(colorcount, EIGHT)
    except (TypeError, AttributeError, ValueError, IndexError, KeyError):
        t11 = lambda *args: ()
    try:
        t12 = t11(I)
    except (TypeError, AttributeError, ValueError, IndexError, KeyError):
        t12 = 0
    try:
        t13 = matcher(color, EIGHT)
    except (TypeError, AttributeError, ValueError, IndexError, KeyError):
        t13 = lambda *args: ()
    try:
        t14 = extract(t2, t13)
    except (TypeError, AttributeError, ValueError, IndexError, KeyError, StopIteration):
        t14 = frozenset()
    try:
        t15 = cover(I, t14)
    except (TypeError, AttributeError, ValueError, IndexError, KeyError):
        t15 = ()
    o.append((6, True, 'erase_eights', t15))
    s.append((6, 'erase_eights', 'count', t12))
    try:
        t16 = power(rot90, t12)
    except (TypeError, AttributeError, ValueError, IndexError, KeyError, RecursionError):
        t16 = lambda *args: ()
    try:
        t17 = t16(I)
    except (TypeError, AttributeError, ValueError, IndexError, KeyError):
        t17 = ()
    o.append((7, True, 'spin_by_eights', t17))
    try:
        t18 = mostcolor(t17)
    except (TypeError, AttributeError, ValueError, IndexError, KeyError):
        t18 = 0
    s.append((7, 'spin_by_eights', 'bg', t18))
    # a closure whose building raises on some lanes (no colour 7: division by zero), caught by
    # its except clause: there the function is the safe default, and apply gets ()s from it
    try:
        t19 = rbind(shift, toivec(divide(size(t2), colorcount(I, SEVEN))))
    except (TypeError, AttributeError, ValueError, IndexError, KeyError, ZeroDivisionError):
        t19 = lambda *args: ()
    try:
        t20 = apply(t19, t2)
    except (TypeError, AttributeError, ValueError, IndexError, KeyError):
        t20 = frozenset()
    s.append((8, 'shifted_down', 'objects', t20))
    return o, s
