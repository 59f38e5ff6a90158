"""Sample solvers for arcjit's frontend tests, written for this project in arc-dsl's style."""
from dsl import *
from constants import *


def solve_mirror(I):
    O = hmirror(I)
    return O


def solve_recolor_singletons(I):
    x1 = objects(I, T, F, T)
    x2 = sizefilter(x1, ONE)
    x3 = merge(x2)
    O = fill(I, NEG_ONE, x3)
    return O


def solve_closures(I):
    # closures, keyword arguments, a lambda and a call of a call
    x1 = rbind(shift, UNITY)
    x2 = compose(x1, toindices)
    x3 = fork(combine, identity, x2)
    x4 = lbind(greater, THREE)
    x5 = objects(grid=I, univalued=T, diagonal=F, without_bg=T)
    x6 = sfilter(x5, lambda obj: x4(size(obj)))
    x7 = mapply(x3, x6)
    x8 = power(rot90, 2)(I)
    O = paint(x8, recolor(-2, x7))
    return O

def solve_literals(I):
    x1 = (1, 2)
    x2 = (x1,)
    x3 = ()
    x4 = astuple(0, -9223372036854775808)
    x5 = branch(True, None, 0x1F)
    O = x1, x2
    return O
