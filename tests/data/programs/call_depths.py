# One map, apply(size, objects), reached through closures at two call depths: the batched
# executor computes it once for both (a node standing for several depths); under a tight
# call-depth limit the deeper call fails where the shallower does not.


def solve_shallow(I):
    x1 = objects(I, T, F, T)
    x2 = lbind(apply, size)
    O = x2(x1)
    return O


def solve_deep(I):
    x1 = objects(I, T, F, T)
    x2 = lbind(apply, size)
    x3 = chain(x2, identity, identity)
    O = x3(x1)
    return O
