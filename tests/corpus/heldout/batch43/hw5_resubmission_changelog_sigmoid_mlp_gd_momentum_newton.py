"""Labels for hw5_resubmission_changelog_sigmoid_mlp_gd_momentum_newton.tex: a homework resubmission that opens
with a changelog quoting the v1 lines it fixes (the quoted v1 lines are labelled by their truth), then the
corrected solutions marked v2: a 2-2-1 sigmoid network with squared loss (forward pass, sigma', delta_o, the
output- and hidden-layer gradients, dL/dW1 and dL/db1, the input gradient W1^T delta_h, one SGD step on every
parameter, a second forward pass and the first-order prediction of the decrease); GD on a 2-D quadratic
(gradient, Hessian, eigenvalues, minimiser, two steps with values, the stability bound, the best step, kappa,
the per-direction factors), heavy-ball momentum for three steps, the effective step by the geometric series;
Newton on w^4/4 - w with four iterates."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch43/hw5_resubmission_changelog_sigmoid_mlp_gd_momentum_newton.tex")
sig = lambda t: 1 / (1 + sp.exp(-t))

# the network, exactly
x = sp.Matrix([1, R("0.5")]); y = 1
W1 = sp.Matrix([[R("0.4"), R("-0.2")], [R("0.3"), R("0.6")]]); b1 = sp.Matrix([R("0.1"), R("-0.1")])
w2 = sp.Matrix([R("0.8"), R("-0.5")]); b2 = R("0.2")


def forward(W1, b1, w2, b2):
    z = W1 * x + b1
    h = z.applyfunc(sig)
    zo = (w2.T * h)[0] + b2
    yh = sig(zo)
    return z, h, zo, yh, (yh - y) ** 2 / 2


z, h, zo, yh, Lv = forward(W1, b1, w2, b2)
do = (yh - y) * yh * (1 - yh)
sp1 = [h[j] * (1 - h[j]) for j in range(2)]
gw2 = [do * h[j] for j in range(2)]
dh = [do * w2[j] * sp1[j] for j in range(2)]
gW1 = sp.Matrix(2, 2, lambda j, i: dh[j] * x[i])
gx = W1.T * sp.Matrix(dh)
eta = R("0.5")

# changelog
L.step(abs(sp.N(Lv - (yh - y) ** 2, 30)) < 1e-20, note="the 1/2"); L.step(rounds("0.1674", (R("0.5909") - 1) ** 2))
L.step(rounds("0.9571", sp1[0]), note="h(1 + h)"); L.step(R("0.5987") * (1 + R("0.5987")) - R("0.9571") < R("0.00005") and rounds("0.9571", R("0.5987") * (1 + R("0.5987"))))
L.step(True, note="sigma' = h(1 - h)"); L.step(rounds("0.2403", sp1[0]))
L.step(abs(sp.N(do - (yh - y), 30)) < 1e-25, note="delta_o for squared error has y hat (1 - y hat)"); L.step(R("0.5909") - 1 == R("-0.4091"))
L.step(True, note="delta_o formula")
L.step(True, note="input gradient W1^T delta_h")
A = sp.Matrix([[4, 1], [1, 2]]); bq = sp.Matrix([4, 0])
w_1, w_2 = sp.symbols("w1 w2", real=True)
f = lambda p: 2 * p[0] ** 2 + p[0] * p[1] + p[1] ** 2 - 4 * p[0]
gradf = lambda p: A * sp.Matrix(p) - bq
gd1 = sp.Matrix([0, 0]) - R("0.2") * gradf([0, 0])
L.step(gd1 == sp.Matrix([R("-0.8"), 0]), note="uphill step")
L.step(f([R("-0.8"), 0]) == R("4.48") and f(gd1) == R("4.48"), carried=f([R("-0.8"), 0]) == R("4.48"))
L.step(f([0, 0]) == 0)
wq = sp.symbols("w", positive=True)
hN = wq ** 4 / 4 - wq
h1, h2 = sp.diff(hN, wq), sp.diff(hN, wq, 2)
newt1 = 2 - (h1 / h2).subs(wq, 2)
L.step(newt1 == 2 - (h2 / h1).subs(wq, 2)); L.step(2 - (h2 / h1).subs(wq, 2) == 2 - sp.Rational(12, 7)); L.step(rounds("0.2857", 2 - sp.Rational(12, 7)))
L.step(True, note="Newton step"); L.step(newt1 == 2 - sp.Rational(7, 12)); L.step(rounds("1.4167", newt1))

# Problem 1
L.define(2, "x, y"); L.define(4, "W1, b1, w2, b2"); L.define(note="L")
L.step(z[0] == R("0.4") * 1 - R("0.2") * R("0.5") + R("0.1")); L.step(z[0] == R("0.4"))
L.step(z[1] == R("0.3") * 1 + R("0.6") * R("0.5") - R("0.1")); L.step(z[1] == R("0.5"))
L.step(h[0] == sig(R("0.4"))); L.step(rounds("0.5987", h[0])); L.step(h[1] == sig(R("0.5"))); L.step(rounds("0.6225", h[1]))
L.step(substituted(zo, lambda u, v: R("0.8") * u - R("0.5") * v + R("0.2"), "~0.5987", "~0.6225"))
L.step(rounds("0.4790", R("0.8") * R("0.5987")) and rounds("0.3113", R("0.5") * R("0.6225")))
L.step(R("0.4790") - R("0.3113") + R("0.2") == R("0.3677"))
L.step(substituted(yh, sig, "~0.3677")); L.step(rounds("0.5909", sig(R("0.3677")), yh))
L.step(substituted(Lv, lambda u: (u - 1) ** 2 / 2, "~0.5909")); L.step(rounds("0.1674", (R("0.5909") - 1) ** 2)); L.step(R("0.1674") / 2 == R("0.0837"))
zz = sp.symbols("z", real=True)
L.define(note="sigma")
L.step(same(sp.diff(sig(zz), zz), sp.exp(-zz) / (1 + sp.exp(-zz)) ** 2, [zz], positive=False))
L.step(same(sp.exp(-zz) / (1 + sp.exp(-zz)) ** 2, 1 / (1 + sp.exp(-zz)) * sp.exp(-zz) / (1 + sp.exp(-zz)), [zz], positive=False))
L.step(same(1 / (1 + sp.exp(-zz)) * sp.exp(-zz) / (1 + sp.exp(-zz)), sig(zz) * (1 - sig(zz)), [zz], positive=False))
L.step(True, note="sigma'(z1) = h1(1 - h1)")
L.step(substituted(sp1[0], lambda u, v: u * v, "~0.5987", "~0.4013")); L.step(rounds("0.2403", R("0.5987") * R("0.4013")))
L.step(substituted(sp1[1], lambda u, v: u * v, "~0.6225", "~0.3775")); L.step(rounds("0.2350", R("0.6225") * R("0.3775")))
L.define(note="delta_o := dL/dz_o"); L.step(True, note="chain rule")
L.step(substituted(do, lambda u, v, w: u * v * w, "~-0.4091", "~0.5909", "~0.4091"))
L.step(rounds("-0.0989", R("-0.4091") * R("0.5909") * R("0.4091"), do))
L.step(True, note="dL/dw2 = delta_o h")
L.step(all(substituted(gw2[j], lambda u, v: u * v, "~-0.0989", ["~0.5987", "~0.6225"][j]) for j in range(2)))
L.step(rounds("-0.0592", R("-0.0989") * R("0.5987")) and rounds("-0.0616", R("-0.0989") * R("0.6225")))
L.step(True, note="dL/db2 = delta_o"); L.step(rounds("-0.0989", do))
L.define(note="delta_h := dL/dz")
L.step(True, note="delta_h formula")
L.step(substituted(dh[0], lambda u, v: u * R("0.8") * v, "~-0.0989", "~0.2403")); L.step(rounds("-0.0190", R("-0.0989") * R("0.8") * R("0.2403"), dh[0]))
L.step(substituted(dh[1], lambda u, v: u * R("-0.5") * v, "~-0.0989", "~0.2350")); L.step(rounds("0.0116", R("-0.0989") * R("-0.5") * R("0.2350"), dh[1]))
L.step(True, note="dL/dW1 = delta_h x^T")
L.step(rounds("-0.0190", gW1[0, 0]) and rounds("-0.0095", gW1[0, 1]) and rounds("0.0116", gW1[1, 0]) and rounds("0.0058", gW1[1, 1]))
L.step(True, note="dL/db1 = delta_h"); L.step(rounds("-0.0190", dh[0]) and rounds("0.0116", dh[1]))
L.define(note="z = W1 x + b1")
L.step(True, note="W1^T delta_h")
L.step(substituted(gx[0], lambda u, v: R("0.4") * u + R("0.3") * v, "~-0.0190", "~0.0116")
       and substituted(gx[1], lambda u, v: R("-0.2") * u + R("0.6") * v, "~-0.0190", "~0.0116"))
L.step(R("0.4") * R("-0.0190") == R("-0.0076") and R("0.3") * R("0.0116") == R("0.00348")
       and R("-0.2") * R("-0.0190") == R("0.0038") and R("0.6") * R("0.0116") == R("0.00696"))
L.step(rounds("-0.0041", R("-0.0076") + R("0.00348"), gx[0]) and rounds("0.0107", R("0.0038") + R("0.00696"), gx[1]), note="0.0108")
# SGD step
L.define(note="eta = 0.5")
W1n = W1 - eta * gW1; b1n = b1 - eta * sp.Matrix(dh); w2n = w2 - eta * sp.Matrix(gw2); b2n = b2 - eta * do
L.step(all(substituted(W1n[j, i], lambda g: W1[j, i] - eta * g, ["~-0.0190", "~-0.0095", "~0.0116", "~0.0058"][2 * j + i]) for j in range(2) for i in range(2))
       and [R("0.0095"), R("0.00475"), R("0.0058"), R("0.0029")] == [R("-0.5") * R("-0.0190"), R("-0.5") * R("-0.0095"), R("0.5") * R("0.0116"), R("0.5") * R("0.0058")])
L.step(R("0.4") + R("0.0095") == R("0.4095") and rounds("-0.1952", R("-0.2") + R("0.00475"), W1n[0, 1]) and R("0.3") - R("0.0058") == R("0.2942") and R("0.6") - R("0.0029") == R("0.5971"))
L.step(substituted(b1n[0], lambda g: R("0.1") - eta * g, "~-0.0190") and substituted(b1n[1], lambda g: R("-0.1") - eta * g, "~0.0116"))
L.step(R("0.1") + R("0.0095") == R("0.1095") and R("-0.1") - R("0.0058") == R("-0.1058"))
L.step(substituted(w2n[0], lambda g: R("0.8") - eta * g, "~-0.0592") and substituted(w2n[1], lambda g: R("-0.5") - eta * g, "~-0.0616")
       and R("0.0296") == R("0.5") * R("0.0592") and R("0.0308") == R("0.5") * R("0.0616"))
L.step(R("0.8") + R("0.0296") == R("0.8296") and R("-0.5") + R("0.0308") == R("-0.4692"))
L.step(substituted(b2n, lambda g: R("0.2") - eta * g, "~-0.0989")); L.step(R("0.2") - R("0.5") * R("-0.0989") == R("0.24945"))
zN, hN_, zoN, yhN, LN = forward(W1n, b1n, w2n, b2n)
L.step(substituted(zN[0], lambda a, c, d: a + c * R("0.5") + d, "~0.4095", "~-0.1952", "~0.1095"))
L.step(rounds("0.4214", R("0.4095") - R("0.1952") * R("0.5") + R("0.1095"), zN[0]))
L.step(substituted(zN[1], lambda a, c, d: a + c * R("0.5") + d, "~0.2942", "~0.5971", "~-0.1058"))
L.step(rounds("0.4869", R("0.2942") + R("0.5971") * R("0.5") - R("0.1058"), zN[1]))
L.step(substituted(hN_[0], sig, "~0.4214")); L.step(rounds("0.6038", sig(R("0.4214")), hN_[0]))
L.step(substituted(hN_[1], sig, "~0.4869")); L.step(rounds("0.6194", sig(R("0.4869")), hN_[1]))
L.step(substituted(zoN, lambda a, c, d, e, g: a * c + d * e + g, "~0.8296", "~0.6038", "~-0.4692", "~0.6194", "~0.24945"))
L.step(rounds("0.5009", R("0.8296") * R("0.6038")) and rounds("0.2906", R("0.4692") * R("0.6194")))
L.step(rounds("0.4698", R("0.5009") - R("0.2906") + R("0.24945"), zoN), note="0.4597")
L.step(substituted(yhN, sig, "~0.4698"), carried=True); L.step(rounds("0.6153", sig(R("0.4698"))))
L.step(substituted(LN, lambda u: (u - 1) ** 2 / 2, "~0.6153"), carried=True)
L.step(rounds("0.1480", (R("0.6153") - 1) ** 2)); L.step(R("0.1480") / 2 == R("0.0740"))
L.step(substituted(Lv - LN, lambda a, c: a - c, "~0.0837", "~0.0740"), carried=True); L.step(R("0.0837") - R("0.0740") == R("0.0097"))
sq = sum(g ** 2 for g in list(gW1) + list(dh) + gw2 + [do])
L.step(substituted(eta * sq, lambda *g: R("0.5") * (g[0] ** 2 + g[1] ** 2 + g[2] ** 2 + 2 * g[3] ** 2 + g[4] ** 2 + 2 * g[5] ** 2 + g[6] ** 2),
                   "~0.0592", "~0.0616", "~0.0989", "~0.0190", "~0.0095", "~0.0116", "~0.0058"))
L.step(rounds("0.0182", R("0.0592") ** 2 + R("0.0616") ** 2 + R("0.0989") ** 2 + 2 * R("0.0190") ** 2 + R("0.0095") ** 2 + 2 * R("0.0116") ** 2 + R("0.0058") ** 2))
L.step(R("0.5") * R("0.0182") == R("0.0091"))

# Problem 2
W = sp.Matrix([w_1, w_2])
L.define(note="f")
L.step(sp.expand(f([w_1, w_2]) - ((W.T * A * W)[0] / 2 - (bq.T * W)[0])) == 0)
L.define(2, "A, b")
gf = sp.Matrix([sp.diff(f([w_1, w_2]), s) for s in (w_1, w_2)])
L.step(gf == sp.Matrix([4 * w_1 + w_2 - 4, w_1 + 2 * w_2])); L.step(sp.expand(gf - (A * W - bq)) == sp.zeros(2, 1))
L.step(sp.hessian(f([w_1, w_2]), (w_1, w_2)) == A); L.step(A.det() == 8 - 1); L.step(A.det() == 7)
lam = sp.symbols("lambda")
L.define(note="characteristic equation")
ev = sorted(A.eigenvals().keys(), key=lambda e: float(e))
L.step(set(ev) == {3 + sp.sqrt(2), 3 - sp.sqrt(2)} and sp.expand(A.charpoly(lam).as_expr() - (lam ** 2 - 6 * lam + 7)) == 0)
L.step(rounds("4.4142", ev[1])); L.step(rounds("1.5858", ev[0])); L.step(R("1.5858") > 0)
L.define(note="grad = 0")
ws = A.inv() * bq
L.step(A.inv() == sp.Matrix([[2, -1], [-1, 4]]) / 7); L.step(ws == sp.Matrix([8, -4]) / 7)
L.step(ws == sp.Matrix([sp.Rational(8, 7), sp.Rational(-4, 7)])); L.step(rounds("1.1429", ws[0], approx=True) and rounds("-0.5714", ws[1], approx=True))
fs = f(list(ws))
L.step(fs == -(bq.T * ws)[0] / 2); L.step(fs == sp.Rational(-16, 7)); L.step(rounds("-2.2857", fs))
L.define(2, "eta, w0")
eta2 = R("0.2")
g0 = gradf([0, 0]); w1g = sp.Matrix([0, 0]) - eta2 * g0
L.step(g0 == sp.Matrix([-4, 0])); L.step(True, note="GD rule at w0"); L.step(w1g == sp.Matrix([R("0.8"), 0]))
L.step(f(list(w1g)) == 2 * R("0.64") - R("3.2")); L.step(2 * R("0.64") - R("3.2") == R("-1.92"))
g1 = gradf(list(w1g)); w2g = w1g - eta2 * g1
L.step(g1 == sp.Matrix([R("3.2") - 4, R("0.8")])); L.step(g1 == sp.Matrix([R("-0.8"), R("0.8")]))
L.step(w2g == sp.Matrix([R("0.8"), 0]) - eta2 * sp.Matrix([R("-0.8"), R("0.8")])); L.step(w2g == sp.Matrix([R("0.96"), R("-0.16")]))
L.step(f(list(w2g)) == 2 * R("0.9216") + R("0.96") * R("-0.16") + R("0.0256") - R("3.84"))
L.step(2 * R("0.9216") + R("0.96") * R("-0.16") == R("1.8432") - R("0.1536"))
L.step(R("1.8432") - R("0.1536") + R("0.0256") - R("3.84") == R("-2.1248"))
L.define(note="eta < 2/lambda_max"); L.step(True, note="2/lambda_max = 2/4.4142"); L.step(rounds("0.4531", 2 / ev[1]))
L.step(True, note="optimal fixed step"); L.step(2 / (ev[0] + ev[1]) == sp.Rational(2, 6)); L.step(rounds("0.3333", sp.Rational(1, 3)))
L.define(note="kappa"); L.step(substituted(ev[1] / ev[0], lambda a, c: a / c, "~4.4142", "~1.5858")); L.step(rounds("2.7836", R("4.4142") / R("1.5858"), ev[1] / ev[0]))
kap = ev[1] / ev[0]
L.step(substituted((kap - 1) / (kap + 1), lambda a, c: a / c, "~1.7836", "~3.7836")); L.step(rounds("0.4714", R("1.7836") / R("3.7836"), (kap - 1) / (kap + 1)))
L.define(note="eta = 0.2")
L.step(rounds("0.1172", 1 - eta2 * R("4.4142"), 1 - eta2 * ev[1])); L.step(rounds("0.6828", 1 - eta2 * R("1.5858"), 1 - eta2 * ev[0]))
L.step(rounds("0.0223", R("0.6828") ** 10, (1 - eta2 * ev[0]) ** 10), note="0.0220")
# momentum
L.define(3, "beta, eta, v0"); L.define(2, "update rules")
beta = R("0.5")
v = sp.Matrix([0, 0]); wm = sp.Matrix([0, 0]); its = []
for _ in range(3):
    v = beta * v - eta2 * gradf(list(wm)); wm = wm + v; its.append((v, wm))
L.step(its[0][0] == -eta2 * sp.Matrix([-4, 0])); L.step(its[0][0] == sp.Matrix([R("0.8"), 0])); L.step(its[0][1] == sp.Matrix([R("0.8"), 0]))
L.step(its[1][0] == beta * its[0][0] - eta2 * sp.Matrix([R("-0.8"), R("0.8")])); L.step(its[1][0] == sp.Matrix([R("0.56"), R("-0.16")]))
L.step(its[1][1] == its[0][1] + its[1][0]); L.step(its[1][1] == sp.Matrix([R("1.36"), R("-0.16")]))
gm2 = gradf(list(its[1][1]))
L.step(gm2 == sp.Matrix([R("5.44") - R("0.16") - 4, R("1.36") - R("0.32")])); L.step(gm2 == sp.Matrix([R("1.28"), R("1.04")]))
L.step(its[2][0] == beta * its[1][0] - eta2 * gm2)
L.step(its[2][0] == sp.Matrix([R("0.28") - R("0.256"), R("-0.08") - R("0.208")]))
L.step(its[2][0] == sp.Matrix([R("0.024"), R("-0.128")]), note="-0.288")
wrong_w3 = its[1][1] + sp.Matrix([R("0.024"), R("-0.128")])
L.step(its[2][1] == wrong_w3, carried=True); L.step(wrong_w3 == sp.Matrix([R("1.384"), R("-0.288")]))
L.step(f(list(its[2][1])) == f([R("1.384"), R("-0.288")]), carried=True)
L.step(rounds("3.8309", 2 * R("1.384") ** 2) and rounds("-0.3986", R("1.384") * R("-0.288")) and rounds("0.0829", R("0.288") ** 2) and 4 * R("1.384") == R("5.536"))
L.step(R("3.8309") - R("0.3986") + R("0.0829") - R("5.536") == R("-2.0208"))
L.step(R("1.384") > R("1.1429"))
bb = sp.symbols("beta", positive=True); k = sp.symbols("k", integer=True, nonnegative=True)
L.step(sp.simplify(sp.summation(sp.Rational(1, 3) ** k, (k, 0, sp.oo)) - 1 / (1 - sp.Rational(1, 3))) == 0, note="geometric series, |beta| < 1")
L.step(R("0.2") / R("0.5") == eta2 / (1 - beta)); L.step(R("0.2") / R("0.5") == R("0.4")); L.define(note="beta = 0.9")
L.step(sp.summation(R("0.9") ** k, (k, 1, sp.oo)) == 10, note="= 9")
# Problem 3
L.define(note="h")
L.step(h1 == wq ** 3 - 1); L.step(h2 == 3 * wq ** 2)
L.step(sp.solve(h1, wq) == [1] and h2.subs(wq, 1) > 0)
L.step(hN.subs(wq, 1) == sp.Rational(1, 4) - 1); L.step(sp.Rational(1, 4) - 1 == R("-0.75"))
L.define(note="Newton step"); L.step(same(wq - h1 / h2, wq - (wq ** 3 - 1) / (3 * wq ** 2), [wq])); L.step(same(wq - (wq ** 3 - 1) / (3 * wq ** 2), (2 * wq ** 3 + 1) / (3 * wq ** 2), [wq]))
L.define(note="w0 = 2")
N = lambda u: u - (u ** 3 - 1) / (3 * u ** 2)
ws_ = [sp.Integer(2)]
for _ in range(4):
    ws_.append(N(ws_[-1]))
L.step(ws_[1] == 2 - sp.Rational(7, 12)); L.step(rounds("1.4167", ws_[1]))
L.step(substituted(ws_[2], lambda u, c, d: u - (c - 1) / (3 * d), "~1.4167", "~2.8434", "~2.0070") and rounds("2.8434", R("1.4167") ** 3) and rounds("2.0070", R("1.4167") ** 2))
L.step(rounds("0.3062", (R("2.8434") - 1) / (3 * R("2.0070")))); L.step(rounds("1.1105", R("1.4167") - R("0.3062"), ws_[2]))
L.step(substituted(ws_[3], lambda u, c, d: u - (c - 1) / (3 * d), "~1.1105", "~1.3695", "~1.2332") and rounds("1.3695", R("1.1105") ** 3) and rounds("1.2332", R("1.1105") ** 2))
L.step(rounds("0.0999", (R("1.3695") - 1) / (3 * R("1.2332")))); L.step(rounds("1.0106", R("1.1105") - R("0.0999"), ws_[3]))
L.step(substituted(ws_[4], lambda u, c, d: u - (c - 1) / (3 * d), "~1.0106", "~1.0321", "~1.0213") and rounds("1.0321", R("1.0106") ** 3) and rounds("1.0213", R("1.0106") ** 2))
L.step(rounds("0.0105", (R("1.0321") - 1) / (3 * R("1.0213")))); L.step(rounds("1.0001", R("1.0106") - R("0.0105"), ws_[4]))
L.done()
