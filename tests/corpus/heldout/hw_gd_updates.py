"""Labels for hw_gd_updates.tex. An assignment with numbers on its right (w <- 1 - 0.1*2) claims
"the new value is the rule evaluated at the current point"; with the rule itself on its right, def."""
import sympy as sp
from truth import Labels, R, rounds, same, substituted

L = Labels("hw_gd_updates.tex")
W = sp.Symbol("w")
f = (W - 3) ** 2; fp = sp.diff(f, W)
eta = R("0.1")
L.define(); L.step(same(fp, 2 * (W - 3))); L.define(2)
w = [sp.Integer(0)]
for _ in range(3):
    w.append(w[-1] - eta * fp.subs(W, w[-1]))
written = ["0", "0.6", "1.08", "1.446"]
for t in (1, 2, 3):
    L.define()
    prev = R(written[t - 1])
    L.step(substituted(w[t], lambda a, b, c: a - b * 2 * (c - 3), written[t - 1], "0.1", written[t - 1]) if t == 1 else
           substituted(w[t], lambda a, b, c: a - b * 2 * (c - 3), written[t - 1], "0.1", written[t - 1]))
    L.step(rounds(written[t], prev - eta * 2 * (prev - 3)))
t_ = sp.Symbol("t", integer=True, nonnegative=True)
WT = sp.Symbol("w_t")
L.step(same((WT - eta * sp.diff((WT - 3) ** 2, WT)) - 3, (1 - 2 * eta) * (WT - 3), positive=False))
L.step(all(w[k] == 3 - 3 * R("0.8") ** k for k in range(4)))
L.step(w[3] == 3 - 3 * R("0.8") ** 3); L.step(rounds("1.464", w[3]))
# 2. linear regression
L.define(7)
x, y, w0, b0, eta2 = R("2"), R("5"), R("0.5"), R("0.1"), R("0.01")
Ws, Bs = sp.symbols("w b")
loss = (Ws * x + Bs - y) ** 2
yh = w0 * x + b0
gw, gb = sp.diff(loss, Ws).subs({Ws: w0, Bs: b0}), sp.diff(loss, Bs).subs({Ws: w0, Bs: b0})
L.step(yh == R("0.5") * 2 + R("0.1")); L.step(rounds("1.1", yh))
Yh, Ys, Xs = sp.symbols("yhat y x")
L.step(same(sp.diff((Ws * Xs + Bs - Ys) ** 2, Ws), (2 * (Yh - Ys) * Xs).subs(Yh, Ws * Xs + Bs), positive=False))
L.step(gw == 2 * (R("1.1") - 5) * 2); L.step(rounds("-15.6", gw))
L.step(same(sp.diff((Ws * Xs + Bs - Ys) ** 2, Bs), (2 * (Yh - Ys)).subs(Yh, Ws * Xs + Bs), positive=False)); L.step(rounds("-7.8", gb))
w1, b1 = w0 - eta2 * gw, b0 - eta2 * gb
L.define(); L.step(w1 == R("0.5") - R("0.01") * R("-15.6")); L.step(rounds("0.656", w1))
L.define(); L.step(b1 == R("0.1") - R("0.01") * R("-7.8")); L.step(rounds("0.022", b1))
L.step(w1 * x + b1 == R("0.656") * 2 + R("0.022"), carried=True, note="b = 0.022 carried")
L.step(rounds("1.334", R("0.656") * 2 + R("0.022"))); L.step(rounds("13.4396", (R("1.334") - 5) ** 2))
# 3. two dimensions
W1, W2 = sp.symbols("w1 w2")
F = W1 ** 2 + 5 * W2 ** 2
L.define(); L.step(sp.diff(F, W1) == 2 * W1 and sp.diff(F, W2) == 10 * W2); L.define()
new = (1 - eta * sp.diff(F, W1).subs(W1, 1), 1 - eta * sp.diff(F, W2).subs(W2, 1))
L.step(new[0] == 1 - R("0.1") * 2); L.step(rounds("0.8", 1 - R("0.1") * 2))
L.step(new[1] == 1 - R("0.1") * 5); L.step(rounds("0.5", 1 - R("0.1") * 5))
L.step(F.subs({W1: new[0], W2: new[1]}) == R("0.64") + R("1.25"),
       carried=F.subs({W1: R("0.8"), W2: R("0.5")}) == R("0.64") + R("1.25"))
L.step(rounds("1.89", R("0.64") + R("1.25"))); L.step(F.subs({W1: 1, W2: 1}) == 6)
L.define(2); L.step(same(W2 - R("0.2") * sp.diff(F, W2), -W2, positive=False))
etas = sp.Symbol("eta", positive=True)
stable = sp.solve(sp.Abs(1 - 10 * etas) < 1, etas)          # w2 <- (1 - 10 eta) w2
L.step(stable == sp.And(etas > 0, etas < sp.Rational(2, 10)) or stable == sp.And(0 < etas, etas < sp.Rational(1, 5)))
L.step(rounds("0.2", sp.Rational(2, 10)))
# 4. momentum
L.define(3)
v1 = R("0.9") * 0 + gw
L.step(v1 == R("0.9") * 0 + R("-15.6")); L.step(rounds("-15.6", v1))
L.step(w0 - eta2 * v1 == R("0.5") - R("0.01") * R("-15.6")); L.step(rounds("0.656", w0 - eta2 * v1))
L.define()
v2 = R("0.9") * v1 + R("-12.0")
L.step(v2 == R("0.9") * R("-15.6") + R("-12.0")); L.step(rounds("-26.04", v2))
L.step(w0 - eta2 * v1 - eta2 * v2 == R("0.656") - R("0.01") * R("-26.04")); L.step(rounds("0.9164", R("0.656") + R("0.2604")))
# 5. Newton
L.define()
g = W ** 4 - 3 * W; g1, g2 = sp.diff(g, W), sp.diff(g, W, 2)
L.step(same(g1, 4 * W ** 3 - 3, positive=False)); L.step(same(g2, 12 * W ** 2, positive=False)); L.define()
L.define()
wn1 = 1 - g1.subs(W, 1) / g2.subs(W, 1)
L.step(wn1 == 1 - sp.Rational(1, 12)); L.step(rounds("0.9167", wn1))
L.step(substituted(g1.subs(W, R("0.9167")), lambda a: 4 * a - 3, "~0.7703"))
L.step(rounds("0.0812", 4 * R("0.7703") - 3))
L.step(rounds("10.0840", g2.subs(W, R("0.9167")), g2.subs(W, wn1)))
wn2 = wn1 - g1.subs(W, wn1) / g2.subs(W, wn1)
L.step(substituted(wn2, lambda a, b, c: a - b / c, "~0.9167", "~0.0812", "~10.0840"))
L.step(rounds("0.9086", R("0.9167") - R("0.0812") / R("10.0840"), wn2))
wstar = sp.solve(g1, W)
real = [s for s in wstar if s.is_real]
L.step(len(real) == 1 and same(real[0], sp.Rational(3, 4) ** sp.Rational(1, 3)))
L.step(rounds("0.9086", real[0]))
L.step(substituted(g2.subs(W, real[0]), lambda a: 12 * a ** 2, "~0.9086"))
L.step(rounds("9.0067", 12 * R("0.9086") ** 2, g2.subs(W, real[0])))
L.step(R("9.0067") > 0)
L.done()
