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



def nearest_object_colours(I):
    # Every background cell takes the colour of the object whose centre is nearest (by
    # manhattan distance; ties go to the first object in canonical order). Not a solver: it
    # exercises map regions whose body is hoisted (the distance from a cell to each object's
    # centre does not depend on the object being painted).
    x1 = objects(I, T, F, T)
    x2 = delta(merge(x1))
    x3 = compose(center, last)
    x4 = fork(subtract, first, x3)
    x5 = lbind(apply, fork(multiply, sign, identity))
    x6 = chain(fork(add, first, last), x5, x4)
    x7 = lbind(lbind, astuple)
    x8 = lbind(compose, x6)
    x9 = compose(x8, x7)
    x10 = lbind(argmin, x1)
    x11 = compose(x10, x9)
    x12 = fork(recolor, compose(color, x11), initset)
    x13 = mapply(x12, x2)
    return paint(I, x13)


def farther_than_the_others(I):
    # The cells of each object that are farther from its own centre than from any other
    # object's centre: a map over remove(obj, objects), a subset of the objects.
    x1 = objects(I, T, F, T)
    x2 = lambda obj: sfilter(toindices(obj), lambda cell: greater(
        manhattan(initset(cell), initset(center(obj))),
        valmin(remove(obj, x1), lambda other: manhattan(initset(cell), initset(center(other))))))
    x3 = mapply(x2, x1)
    x4 = add(UNITY, ORIGIN)
    x5 = shift(x3, x4)
    return fill(I, EIGHT, x5)


def colour_of_the_nearest_other(I):
    # Each object takes the colour of the nearest other object (argmin over remove(obj,
    # objects), keyed by obj too) and marks the corner of the largest other one (argmax keyed
    # by size alone, so one ordering of the objects serves every obj; sizes tie often, and the
    # first in order must win): folds over the objects minus one.
    x1 = objects(I, T, F, T)
    x2 = lambda obj: argmin(remove(obj, x1), lambda other: manhattan(obj, other))
    x3 = lambda obj: argmax(remove(obj, x1), size)
    x4 = mapply(lambda obj: recolor(color(x2(obj)), obj), x1)
    x5 = apply(lambda obj: ulcorner(x3(obj)), x1)
    x6 = apply(lambda obj: valmax(remove(obj, x1), size), x1)
    x7 = paint(I, x4)
    return fill(x7, valmin(x6, identity), x5)


def lines_between_same_colours(I):
    # Every pair of cells of one colour (not the background) joined by a line when they share
    # a row or a column: a map over the pairs of a product, unpacked with first and last.
    x1 = fgpartition(I)
    x2 = merge(x1)
    x3 = product(x2, x2)
    x4 = fork(equality, compose(first, first), compose(first, last))
    x5 = sfilter(x3, x4)
    x6 = fork(connect, compose(last, first), compose(last, last))
    x7 = apply(x6, x5)
    x8 = fork(either, vline, hline)
    x9 = mfilter(x7, x8)
    return underfill(I, ONE, x9)


def pairs_of_tuples(I):
    # Maps over products: of two tuples (sizes repeat, so the product has fewer pairs than its
    # factors would enumerate, in its own order) and of a set by a tuple, where a lane maps over
    # the product as built; of two sets, mapped over its factors (the key tells (a, b) from
    # (b, a)).
    x1 = objects(I, T, F, T)
    x2 = order(x1, size)
    x3 = apply(size, x2)
    x4 = apply(ulcorner, x2)
    x5 = product(x3, x4)
    x6 = sfilter(x5, compose(even, first))
    x7 = apply(last, x6)
    x8 = product(palette(I), x3)
    x9 = argmax(x8, compose(invert, last))
    x10 = product(palette(I), apply(size, x1))
    x11 = sfilter(x10, fork(greater, last, first))
    x12 = argmin(x10, fork(subtract, first, last))
    x13 = fill(I, FIVE, x7)
    x14 = fill(x13, first(x9), initset(ORIGIN))
    x15 = fill(x14, first(x12), initset(UNITY))
    return fill(x15, size(x11), initset(TWO_BY_TWO))


def pairs_of_points_and_cells(I):
    # A filter over the pairs of a product of two sets of different kinds (points by cells),
    # the kept pairs the answer, and a product that only its statement reads: where both are
    # sets of points or cells the products are not built, and the kept pairs are made from
    # the factors, in the product's order.
    x1 = ofcolor(I, leastcolor(I))
    x2 = asobject(crop(I, ORIGIN, THREE_BY_THREE))
    x3 = product(x1, x2)
    x4 = fork(greater, compose(first, first), compose(first, last))
    x5 = sfilter(x3, x4)
    x6 = product(x2, x1)
    x7 = apply(fork(add, compose(last, first), compose(first, last)), x6)
    x8 = product(x1, x1)
    return astuple(x5, x7)


def pairs_and_powers(I):
    # zip, product and repeated application: papply, mpapply, prapply, power, matcher, order,
    # valmax and extract over the objects of the grid, and a function chosen by data (branch).
    x1 = objects(I, T, F, T)
    x2 = order(x1, size)
    x3 = apply(ulcorner, x2)
    x4 = apply(lrcorner, x2)
    x5 = papply(connect, x3, x4)
    x6 = mpapply(lambda a, b: initset(add(a, b)), x3, x4)
    x7 = prapply(lambda a, b: manhattan(initset(a), initset(b)), x3, x4)
    x8 = power(rbind(shift, RIGHT), THREE)
    x9 = x8(merge(x1))
    x10 = matcher(size, valmax(x1, size))
    x11 = extract(x1, x10)
    x12 = branch(greater(size(x7), 2), hmirror, vmirror)
    x13 = x12(I)
    x14 = fill(x13, FIVE, combine(x6, toindices(x9)))
    return paint(fill(x14, TWO, merge(x5)), x11)


def outlined_shadows(I):
    # Each object copied one step down-right, and the objects' outboxes: map-region bodies that
    # build a set per element (shift, outbox), which the fold evaluates element by element (the
    # plan's fusions). Where the grid has three objects or fewer the offset is an int, and
    # shift's unpacking fails: a TypeError raised inside a fused body.
    x1 = objects(I, T, F, T)
    x2 = branch(greater(size(x1), THREE), UNITY, TWO)
    x3 = mapply(rbind(shift, x2), x1)
    x4 = mapply(outbox, x1)
    x5 = fill(I, EIGHT, x4)
    return paint(x5, recolor(FIVE, x3))


def cross_lines(I):
    # Each foreground colour's cells joined pairwise by lines (prapply of connect over the
    # colour's indices): per colour a frozenset of lines, merged, recoloured, and every colour's
    # lines merged again: the folds' frozenset of packed sets and their packed union.
    x1 = fgpartition(I)
    x2 = lbind(prapply, connect)
    x3 = fork(x2, toindices, toindices)
    x4 = compose(merge, x3)
    x5 = fork(recolor, color, x4)
    x6 = mapply(x5, x1)
    return paint(I, x6)


def stamps_of_the_smallest(I):
    # The smallest object stamped, upper left corner first, on every cell of the least common
    # colour, and its outline at every cell of the last object's colour taken as a tuple: a
    # mapply of a fused shift over many offsets (the union takes each stamp at its offset
    # unbuilt), over a set and over a tuple, of cells and of indices.
    x1 = objects(I, T, F, T)
    x2 = argmin(x1, size)
    x3 = normalize(x2)
    x4 = ofcolor(I, leastcolor(I))
    x5 = lbind(shift, x3)
    x6 = mapply(x5, x4)
    x7 = totuple(ofcolor(I, color(last(totuple(x1)))))
    x8 = lbind(shift, toindices(x3))
    x9 = mapply(x8, x7)
    x10 = paint(I, x6)
    return fill(x10, size(x9), x9)


def halved_centres(I):
    # apply over each object's centre, a point: both coordinates halved (the fold's point of
    # ints), then the row less the column, which tells the two apart, as the object's colour.
    x1 = objects(I, T, F, T)
    x2 = lbind(apply, halve)
    x3 = compose(x2, center)
    x4 = fork(subtract, compose(first, x3), compose(last, x3))
    x5 = fork(recolor, x4, identity)
    x6 = mapply(x5, x1)
    return paint(I, x6)
