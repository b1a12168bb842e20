"""Labels for peer_review_relu_sigmoid_net.tex: a 2-2-1 ReLU/sigmoid net with BCE, 3 decimals; the
author's z_1 sign slip (a dead unit taken as live) carried through the whole backward pass and the
update, one arithmetic slip (0.403) carried too; the reviewer's corrections."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, substituted  # noqa: E402

L = Labels("batch3/peer_review_relu_sigmoid_net.tex")
sig = lambda t: 1 / (1 + sp.exp(-t))
x1, x2, y = 1, 2, 1
w11, w12, b1, w21, w22, b2, u1, u2, c = (R(s) for s in "0.5 -0.4 0.1 -0.3 0.6 0.2 0.8 -0.7 0.3".split())
L.define(5); L.define(11)
# the truth
z1, z2 = w11 * x1 + w12 * x2 + b1, w21 * x1 + w22 * x2 + b2
h1, h2 = max(0, z1), max(0, z2)
o = u1 * h1 + u2 * h2 + c
yh = sig(o)
loss = -sp.log(yh)
do = yh - y
du1, du2, dc = do * h1, do * h2, do
dh1, dh2 = do * u1, do * u2
dz1, dz2 = dh1 * (1 if z1 > 0 else 0), dh2 * (1 if z2 > 0 else 0)
eta = R("0.1")


def num(written, exact, writer=None):
    """A decimal result: right if the exact value rounds to it; carried if the writer's value does."""
    L.step(rounds(written, exact), carried=writer is not None and rounds(written, writer))


def claim(exact, f, *written, writer=None):
    """A substitution: right if the written numbers are roundings of the right quantities."""
    L.step(substituted(exact, f, *written), carried=writer is not None and substituted(writer, f, *written))


# the author's values (exact where the author computed them)
az1 = R("0.2"); ah1 = az1
L.step(z1 == w11 * 1 + w12 * 2 + b1); L.step(R("0.5") - R("0.8") + R("0.1") == w11 - R("0.8") + b1)
L.step(R("0.5") - R("0.8") + R("0.1") == R("0.2")); L.step(h1 == R("0.2"), carried=True)
L.step(z2 == w21 * 1 + w22 * 2 + b2); L.step(z2 == R("1.1")); L.step(h2 == R("1.1"))
ao = u1 * ah1 + u2 * h2 + c
L.step(o == ao, carried=True); L.step(ao == R("0.16") - R("0.77") + R("0.3")); L.step(ao == R("-0.31"))
ayh = sig(ao)
L.step(yh == sig(R("-0.31")), carried=True); num("0.423", ayh)
claim(loss, lambda a: -sp.log(a), "~0.423", writer=-sp.log(ayh)); num("0.860", -sp.log(R("0.423")))
L.step(True, note="dL/do = yhat - y for sigmoid + BCE")
claim(do, lambda a: a - 1, "~0.423", writer=ayh - 1); num("-0.577", R("0.423") - 1)
ado = ayh - 1
claim(du1, lambda a, b: a * b, "~-0.577", "0.2", writer=ado * ah1); num("-0.115", R("-0.577") * R("0.2"))
claim(du2, lambda a, b: a * b, "~-0.577", "1.1", writer=ado * h2); num("-0.635", R("-0.577") * R("1.1"))
num("-0.577", dc, ado)
claim(dh1, lambda a, b: a * b, "~-0.577", "0.8", writer=ado * u1); num("-0.462", R("-0.577") * R("0.8"))
claim(dh2, lambda a, b: a * b, "~-0.577", "-0.7", writer=ado * u2); num("0.403", R("-0.577") * R("-0.7"))
L.step(z1 > 0 and z2 > 0, carried=ah1 > 0 and z2 > 0)
adh1, adh2 = R("-0.462"), R("0.403")              # the author's written gradients
claim(dz1 * x1, lambda a, b: a * b, "~-0.462", "1", writer=ado * u1 * x1); num("-0.462", adh1 * 1)
claim(dz1 * x2, lambda a, b: a * b, "~-0.462", "2", writer=ado * u1 * x2); num("-0.924", adh1 * 2)
# 0.403 is the author's own slip: the gradients that reuse it are right only on that value
num("0.403", dz2 * x1, adh2 * x1)
claim(dz2 * x2, lambda a, b: a * b, "~0.403", "2", writer=adh2 * 2); num("0.806", adh2 * 2)
num("0.403", dz2, adh2)
L.define()
claim(u1 - eta * du1, lambda g: R("0.8") - eta * g, "~-0.115", writer=u1 - eta * ado * ah1); num("0.812", R("0.8") - eta * R("-0.115"))
claim(u2 - eta * du2, lambda g: R("-0.7") - eta * g, "~-0.635", writer=u2 - eta * ado * h2); num("-0.637", R("-0.7") - eta * R("-0.635"))
# reviewer
L.step(R("0.5") - R("0.8") + R("0.1") == R("-0.2")); L.step(z1 == R("-0.2")); L.step(h1 == 0)
L.step(o == 0 - R("0.77") + R("0.3")); L.step(o == R("-0.47")); L.step(yh == sig(R("-0.47"))); num("0.385", yh)
claim(loss, lambda a: -sp.log(a), "~0.385"); L.step(rounds("0.955", loss, -sp.log(R("0.385"))))
claim(do, lambda a: a - 1, "~0.385"); num("-0.615", do)
claim(du1, lambda a, b: a * b, "~-0.615", "0"); L.step(du1 == 0)
claim(du2, lambda a, b: a * b, "~-0.615", "1.1"); L.step(rounds("-0.677", du2, R("-0.615") * R("1.1")))
claim(dh1, lambda a, b: a * b, "~-0.615", "0.8"); num("-0.492", dh1)
claim(dz1, lambda a, b: a * b, "~-0.492", "0"); L.step(dz1 == 0)
L.step(rounds("0.404", R("-0.577") * R("-0.7")))
claim(dh2, lambda a, b: a * b, "~-0.615", "-0.7"); num("0.431", dh2)
num("0.431", dz2 * x1); num("0.862", dz2 * x2); num("0.431", dz2)
claim(u2 - eta * du2, lambda g: R("-0.7") - eta * g, "~-0.677"); num("-0.632", u2 - eta * du2)
claim(c - eta * dc, lambda g: R("0.3") - eta * g, "~-0.615"); num("0.362", c - eta * dc)
L.done()
