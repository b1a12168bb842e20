"""Labels for labbook_lr_schedules_momentum_adam.tex: a student's lab book on learning-rate schedules (step,
exponential, 1/t, cosine, warm-up, the Transformer schedule, Robbins-Monro) and on GD, heavy-ball, Nesterov and
Adam on f(w) = 2(w - 3)^2. Slips: the floor ignored, a digit swap in e^-2, the cosine 1/2 forgotten (then
fixed), a decimal slip in warm-up, the wrong min-branch, 0.784 * 3, a momentum sign (carried into w_4, then
corrected), a Nesterov digit swap (carried), Adam's bias correction 1 - 0.9^2 taken as 0.81 (carried)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch16/labbook_lr_schedules_momentum_adam.tex")
e0 = R("0.1")
L.define(note="eta0")
L.define(3, "s, eta_t, gamma")
st = e0 * R("0.5") ** sp.floor(sp.Rational(25, 10))
L.step(st == e0 * R("0.5") ** sp.floor(R("2.5")))
L.step(st == R("0.1") * R("0.5") ** R("2.5"), note="floor"); L.step(rounds("0.0177", R("0.1") * R("0.5") ** R("2.5")))
L.define(2, "eta_t, k")
k = R("0.05")
L.step(e0 * sp.exp(-k * 20) == R("0.1") * sp.exp(-1)); L.step(rounds("0.0368", e0 * sp.exp(-1)))
L.step(e0 * sp.exp(-k * 40) == R("0.1") * sp.exp(-2)); L.step(rounds("0.0153", R("0.1") * sp.exp(-2)), note="0.0135")
t = sp.symbols("t", positive=True)
th = sp.solve(sp.Eq(sp.exp(-k * t), sp.Rational(1, 2)), t)[0]
L.step(sp.simplify(th - sp.log(2) / k) == 0)
L.step(substituted(sp.log(2) / k, lambda a: a / R("0.05"), "~0.6931")); L.step(rounds("13.68", R("0.6931") / R("0.05"), th))
L.define(note="1/t")
inv = lambda tt: e0 / (1 + k * tt)  # noqa: E731
L.step(inv(20) == R("0.1") / (1 + R("0.05") * 20)); L.step(inv(20) == R("0.1") / 2); L.step(inv(20) == R("0.05"))
L.step(inv(100) == R("0.1") / (1 + 5)); L.step(rounds("0.0176", inv(100)))
L.define(3, "T, eta_max, eta_min"); L.define(note="cosine")
cos_ = lambda tt: R("0.001") + (R("0.1") - R("0.001")) / 2 * (1 + sp.cos(sp.pi * tt / 100))  # noqa: E731
L.define(note="t = 25"); L.step(rounds("0.7071", sp.cos(sp.pi / 4)))
L.step(substituted(cos_(25), lambda c: R("0.001") + R("0.099") * (1 + c), "~0.7071"), note="1/2")
L.step(rounds("0.1690", R("0.099") * (1 + R("0.7071")))); L.step(R("0.001") + R("0.1690") == R("0.1700"))
L.step(substituted(cos_(25), lambda c: R("0.001") + R("0.0495") * c, "~1.7071"))
L.step(rounds("0.0845", R("0.0495") * R("1.7071"))); L.step(R("0.001") + R("0.0845") == R("0.0855"))
L.define(note="t = 50"); L.step(sp.cos(sp.pi / 2) == 0); L.step(cos_(50) == R("0.001") + R("0.0495")); L.step(cos_(50) == R("0.0505"))
L.define(note="t = 75")
L.step(substituted(cos_(75), lambda c: R("0.001") + R("0.0495") * (1 - c), "~0.7071"))
L.step(rounds("0.0155", R("0.001") + R("0.0495") * (1 - R("0.7071")), cos_(75)))
L.define(note="t = T"); L.step(cos_(100) == R("0.001")); L.step(True, note="eta_min = 0.001 given")
L.define(2, "W, warm-up")
L.step(R("0.1") * 100 / 500 == R("0.1") * sp.Rational(100, 500)); L.step(R("0.1") * 100 / 500 == R("0.002"), note="0.02")
L.define(3, "d, W, eta_t")
W = sp.symbols("W", positive=True)
L.define(note="t = W"); L.step(same(W ** sp.Rational(-1, 2), W * W ** sp.Rational(-3, 2))); L.step(True, note="= W^-1/2")
sched = lambda tt: sp.Integer(512) ** sp.Rational(-1, 2) * sp.Min(sp.Integer(tt) ** sp.Rational(-1, 2), tt * sp.Integer(4000) ** sp.Rational(-3, 2))  # noqa: E731
p4 = sched(4000)
L.step(sp.simplify(p4 - sp.Integer(512) ** sp.Rational(-1, 2) * sp.Integer(4000) ** sp.Rational(-1, 2)) == 0)
L.step(rounds("0.04419", sp.Integer(512) ** sp.Rational(-1, 2)) and rounds("0.01581", sp.Integer(4000) ** sp.Rational(-1, 2)))
L.step(rounds("0.000699", R("0.04419") * R("0.01581"), p4))
p1 = sched(1000)
L.step(sp.simplify(p1 - sp.Integer(512) ** sp.Rational(-1, 2) * sp.Integer(1000) ** sp.Rational(-1, 2)) == 0, note="wrong branch")
L.step(rounds("0.04419", sp.Integer(512) ** sp.Rational(-1, 2)) and rounds("0.03162", sp.Integer(1000) ** sp.Rational(-1, 2)))
L.step(rounds("0.00140", R("0.04419") * R("0.03162"), sp.Integer(512) ** sp.Rational(-1, 2) * sp.Integer(1000) ** sp.Rational(-1, 2)))
L.step(sp.simplify(p1 - sp.Integer(512) ** sp.Rational(-1, 2) * 1000 * sp.Integer(4000) ** sp.Rational(-3, 2)) == 0)
L.step(sp.simplify(p1 - p4 / 4) == 0); L.step(rounds("0.000175", p1, R("0.000699") / 4))
n = sp.symbols("n", integer=True, positive=True)
L.step(sp.summation(1 / n, (n, 1, sp.oo)) == sp.oo); L.step(sp.summation(1 / n ** 2, (n, 1, sp.oo)) == sp.pi ** 2 / 6)
L.step(rounds("1.6449", sp.pi ** 2 / 6)); L.define(note="eta_t = 1/t")
# momentum
w = sp.symbols("w", real=True)
f = 2 * (w - 3) ** 2
fp = lambda x: sp.diff(f, w).subs(w, x)  # noqa: E731
L.define(); L.step(sp.simplify(sp.diff(f, w) - 4 * (w - 3)) == 0); L.define(3, "w0, eta, beta")
eta, beta = R("0.1"), R("0.9")
L.define(note="GD rule"); L.step(sp.expand((w - eta * fp(w)) - 3) == sp.expand((1 - 4 * eta) * (w - 3)) and 1 - 4 * eta == R("0.6"))
gd = [sp.Integer(0)]
for _ in range(3):
    gd.append(gd[-1] - eta * fp(gd[-1]))
tt = sp.symbols("tt", integer=True)
L.step(all(gd[j] == 3 * (1 - R("0.6") ** j) for j in range(4)))
L.step(gd[2] == 3 * (1 - R("0.36"))); L.step(gd[2] == R("1.92"))
L.step(gd[3] == 3 * (1 - R("0.216"))); L.step(gd[3] == R("2.325"), note="2.352")
L.define(3, "heavy ball rules, v0")
v, x = sp.Integer(0), sp.Integer(0)
rows = []
for _ in range(4):
    g = fp(x); v = beta * v + g; x = x - eta * v
    rows.append((g, v, x))
(g1, v1, x1), (g2, v2, x2), (g3, v3, x3), (g4, v4, x4) = rows
L.step(g1 == -12); L.step(v1 == -12); L.step(x1 == 0 + R("1.2")); L.step(x1 == R("1.2"))
L.step(g2 == R("-7.2")); L.step(v2 == R("-10.8") - R("7.2")); L.step(v2 == R("-18.0")); L.step(x2 == R("1.2") + R("1.8")); L.step(x2 == R("3.0"))
L.step(g3 == 0); L.step(v3 == R("-16.2")); L.step(x3 == R("3.0") + R("1.62")); L.step(x3 == R("4.62"))
L.step(g4 == R("6.48")); L.step(v4 == R("-14.58") - R("6.48"), note="+6.48"); L.step(R("-14.58") - R("6.48") == R("-21.06"))
L.step(x4 == R("4.62") + R("2.106"), carried=(R("4.62") - eta * R("-21.06") == R("4.62") + R("2.106"))); L.step(R("4.62") + R("2.106") == R("6.726"))
L.step(sp.solve(sp.diff(f, w), w) == [3]); L.define(note="beta restated")
L.step(v4 == R("-14.58") + R("6.48")); L.step(v4 == R("-8.1")); L.step(x4 == R("4.62") + R("0.81")); L.step(x4 == R("5.43"))
L.step(eta / (1 - beta) == R("0.1") / R("0.1")); L.step(R("0.1") / R("0.1") == R("1.0"))
L.define(note="look-ahead")
L.step(True, note="step 1 w"); L.step(True, note="step 1 v")
wt = x1 - eta * beta * v1
L.step(wt == R("1.2") - R("0.1") * R("0.9") * (-12)); L.step(wt == R("2.28"))
L.step(fp(wt) == R("-2.88"))
nv2 = beta * v1 + fp(wt)
L.step(nv2 == R("-10.8") - R("2.88")); L.step(R("-10.8") - R("2.88") == R("-13.86"), note="-13.68")
L.step(x1 - eta * nv2 == R("1.2") + R("1.386"), carried=(R("1.2") - eta * R("-13.86") == R("1.2") + R("1.386")))
L.step(R("1.2") + R("1.386") == R("2.586"))
# Adam
L.define(3, "eta, beta1, beta2")
b1, b2 = R("0.9"), R("0.999")
G1 = fp(0)
L.step(G1 == fp(0)); L.step(G1 == -12)
m1 = (1 - b1) * G1; s1 = (1 - b2) * G1 ** 2
L.step(m1 == R("0.1") * (-12)); L.step(m1 == R("-1.2")); L.step(s1 == R("0.001") * 144); L.step(s1 == R("0.144"))
mh1 = m1 / (1 - b1); vh1 = s1 / (1 - b2)
L.step(mh1 == m1 / (1 - R("0.9"))); L.step(mh1 == -12); L.step(vh1 == R("0.144") / R("0.001")); L.step(vh1 == 144)
W1 = 0 - eta * mh1 / sp.sqrt(vh1)
L.step(W1 == 0 - R("0.1") * (-12) / sp.sqrt(144)); L.step(W1 == R("0.1"))
G2 = fp(W1)
L.step(G2 == fp(R("0.1"))); L.step(G2 == 4 * (R("0.1") - 3)); L.step(G2 == R("-11.6"))
m2 = b1 * m1 + (1 - b1) * G2; s2 = b2 * s1 + (1 - b2) * G2 ** 2
L.step(m2 == R("0.9") * R("-1.2") + R("0.1") * R("-11.6")); L.step(m2 == R("-2.24"))
L.step(s2 == R("0.999") * R("0.144") + R("0.001") * R("134.56")); L.step(s2 == R("0.278416"))
mh2 = m2 / (1 - b1 ** 2); vh2 = s2 / (1 - b2 ** 2)
L.step(mh2 == R("-2.24") / (1 - R("0.9") ** 2)); L.step(1 - R("0.9") ** 2 == R("0.81"), note="0.19"); L.step(rounds("-2.7654", R("-2.24") / R("0.81")))
L.step(vh2 == R("0.278416") / (1 - R("0.999") ** 2)); L.step(1 - R("0.999") ** 2 == R("0.001999")); L.step(rounds("139.2776", R("0.278416") / R("0.001999"), vh2))
W2 = W1 - eta * mh2 / sp.sqrt(vh2)
L.step(False, carried=True)
L.step(rounds("0.0234", R("0.1") * R("2.7654") / sp.sqrt(R("139.2776")))); L.step(R("0.1") + R("0.0234") == R("0.1234"))
L.step(1 - R("0.9") ** 2 == R("0.19")); L.step(rounds("-11.7895", mh2))
L.step(substituted(W2, lambda a, b: R("0.1") + R("0.1") * a / b, "~11.7895", "~11.8016") and rounds("11.8016", sp.sqrt(vh2)))
L.step(rounds("0.1999", W2, R("0.1") + R("0.1") * R("11.7895") / R("11.8016")))
L.done()
