"""arcjit's bundled example programs: solvers for a few ARC-AGI-1 training tasks, written for
this project in the arc-dsl style (one DSL call per line), plus a few that use the rest of the
program-file language: nested calls, keyword arguments, lambdas and tuples."""
from dsl import *
from constants import *


def solve_67a3c6ac(I):
    O = vmirror(I)
    return O


def solve_68b16354(I):
    return hmirror(I)


def solve_74dd1130(I):
    # a transpose, written through a lambda to show function values built in the file
    flip_diagonal = lambda grid: rot90(hmirror(grid))
    return flip_diagonal(I)


def solve_3c9b0459(I):
    x1 = rot90(I)
    O = rot90(x1)
    return O


def solve_a416b8f3(I):
    return hconcat(I, I)


def solve_c8f0f002(I):
    return replace(grid=I, replacee=SEVEN, replacer=FIVE)


def solve_d511f180(I):
    return switch(I, FIVE, EIGHT)


def solve_b1948b0a(I):
    x1 = ofcolor(I, SIX)
    O = fill(I, TWO, x1)
    return O


def solve_25ff71a9(I):
    x1 = asobject(I)
    x2 = shift(x1, DOWN)
    x3 = canvas(mostcolor(I), shape(I))
    O = paint(x3, x2)
    return O


def solve_f25ffba3(I):
    # the bottom half mirrored onto the top half
    x1 = bottomhalf(I)
    x2 = hmirror(x1)
    O = vconcat(x2, x1)
    return O


def largest_object_recoloured(I):
    # not a solver of any task: run with --pairing all to see it on every input
    x1 = objects(I, T, F, T)
    x2 = argmax(x1, size)
    x3 = apply(lambda obj: (color(obj), size(obj)), x1)
    x4 = recolor(maximum(apply(lambda pair: first(pair), x3)), x2)
    return paint(I, x4)
