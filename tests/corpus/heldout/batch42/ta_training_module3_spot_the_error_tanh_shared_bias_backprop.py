"""Labels for ta_training_module3_spot_the_error_tanh_shared_bias_backprop.tex: a GTA training workbook
("spot the error") in its facilitator edition: real homework submissions in `quote` blocks, the facilitator's
framed notes with corrections and marks. tanh' by the quotient rule (one submission right, one with the
derivative of e^{-z} taken as +e^{-z}, carried into its formula and value); a bias shared by two sigmoid units
(dL/db = delta_1 + delta_2 against a one-path answer and an average); a 2-2-1 sigmoid net with numbers (a swapped
sigma'(z_2) carried through delta_2, dL/db, dL/dW_1 and the step on b), the full SGD step and a second forward
pass; the input gradient with W_1 for W_1^T (carried into the norm); the net with tanh units and the sigmoid's
h(1 - h) used for tanh' (carried); a true/false round. Slips of the facilitator: 4/5.0859 as 0.7856, the
norm 0.02136 as 0.02163."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch42/ta_training_module3_spot_the_error_tanh_shared_bias_backprop.tex")
z = sp.symbols("z", real=True)
sig = lambda t: 1 / (1 + sp.exp(-t))
ok, ds = L.step, L.define

# notation
ds(note="sigma")
ok(same(sp.diff(sig(z), z), sp.exp(-z) / (1 + sp.exp(-z)) ** 2, positive=False))
ok(same(sp.exp(-z) / (1 + sp.exp(-z)) ** 2, sig(z) * (1 - sig(z)), positive=False))
ok(same(sp.tanh(z), sp.sinh(z) / sp.cosh(z), positive=False))
ok(same(sp.sinh(z) / sp.cosh(z), (sp.exp(z) - sp.exp(-z)) / (sp.exp(z) + sp.exp(-z)), positive=False))

# Activity 1, submission A
ok(same(sp.tanh(z), sp.sinh(z) / sp.cosh(z), positive=False))
ok(same(sp.diff(sp.sinh(z), z), sp.cosh(z), positive=False)); ok(same(sp.diff(sp.cosh(z), z), sp.sinh(z), positive=False))
dt = sp.diff(sp.tanh(z), z)
qa = (sp.cosh(z) ** 2 - sp.sinh(z) ** 2) / sp.cosh(z) ** 2
ok(same(dt, (sp.cosh(z) * sp.cosh(z) - sp.sinh(z) * sp.sinh(z)) / sp.cosh(z) ** 2, positive=False))
ok(same((sp.cosh(z) * sp.cosh(z) - sp.sinh(z) * sp.sinh(z)) / sp.cosh(z) ** 2, qa, positive=False)); ok(same(qa, 1 / sp.cosh(z) ** 2, positive=False)); ok(same(1 / sp.cosh(z) ** 2, 1 - sp.tanh(z) ** 2, positive=False))
ok(same(sp.cosh(z) ** 2 - sp.sinh(z) ** 2, 1, positive=False))
t05, d05 = sp.tanh(R("0.5")), 1 - sp.tanh(R("0.5")) ** 2
ds(note="z = 0.5"); ok(rounds("0.4621", t05))
ok(substituted(d05, lambda a: 1 - a ** 2, "~0.4621"))
ok(substituted(1 - R("0.4621") ** 2, lambda a: 1 - a, "~0.2135"))
ok(rounds("0.7865", 1 - R("0.2135"), d05))
t1, d1 = sp.tanh(1), 1 - sp.tanh(1) ** 2
ds(note="z = 1"); ok(rounds("0.7616", t1)); ok(substituted(d1, lambda a: 1 - a ** 2, "~0.7616"))
ok(substituted(1 - R("0.7616") ** 2, lambda a: 1 - a, "~0.5800")); ok(rounds("0.4200", 1 - R("0.5800"), d1))

# submission B: w' = e^z + e^{-z}
u, w = sp.exp(z) - sp.exp(-z), sp.exp(z) + sp.exp(-z)
ds(2, "u, w"); ok(same(sp.diff(u, z), sp.exp(z) + sp.exp(-z), positive=False))
wprime_b = sp.exp(z) + sp.exp(-z)
L.step(same(sp.diff(w, z), wprime_b, positive=False), note="w' = e^z - e^{-z}")
ok(True, note="quotient rule (u'w - uw')/w^2")
qb = (w ** 2 - u * wprime_b) / w ** 2
L.step(same(dt, qb, positive=False), carried=True, note="quotient rule on the wrong w'")
qb2 = ((sp.exp(z) + sp.exp(-z)) - (sp.exp(z) - sp.exp(-z))) / w
ok(same(qb, qb2, positive=False)); ok(same(qb2, 2 * sp.exp(-z) / w, positive=False))
ok(dt.subs(z, 0) == 2 / sp.Integer(1 + 1)); ok(sp.Rational(2, 1 + 1) == 1); ds(note="z = 0.5")
bval = (2 * sp.exp(-z) / w).subs(z, R("0.5"))
L.step(substituted(d05, lambda a, b: 2 * b / (a + b), "~1.6487", "~0.6065"),
       carried=substituted(bval, lambda a, b: 2 * b / (a + b), "~1.6487", "~0.6065"))
ok(2 * R("0.6065") == R("1.2130") and R("1.6487") + R("0.6065") == R("2.2552")); ok(rounds("0.5379", R("1.2130") / R("2.2552")))
ok(R("0.5379") < 1)
# facilitator
ok(same(sp.diff(w, z), sp.exp(z) - sp.exp(-z), positive=False)); ok(same(sp.exp(z) - sp.exp(-z), u, positive=False))
ok(same(dt, (w ** 2 - u ** 2) / w ** 2, positive=False)); ok(same((w ** 2 - u ** 2) / w ** 2, 4 / w ** 2, positive=False))
ok(substituted(d05, lambda a, b: 4 / (a + b) ** 2, "~1.6487", "~0.6065"))
ok(substituted((R("1.6487") + R("0.6065")) ** 2, lambda a: a, "~5.0859"))
L.step(rounds("0.7856", 4 / R("5.0859"), d05), note="4/5.0859 = 0.78649")
d2t = sp.diff(sp.tanh(z), z, 2)
ok(same(d2t, -2 * sp.tanh(z) * (1 - sp.tanh(z) ** 2), positive=False))
ok(substituted(d2t.subs(z, R("0.5")), lambda a, b: -2 * a * b, "~0.4621", "~0.7864"))
ok(rounds("-0.7268", -2 * R("0.4621") * R("0.7864"), d2t.subs(z, R("0.5"))))

# Activity 2: shared bias, symbolic
x1, x2, w11, w12, w21, w22, b, v1, v2, c, y = sp.symbols("x1 x2 w11 w12 w21 w22 b v1 v2 c y", real=True)
z1s, z2s = w11 * x1 + w12 * x2 + b, w21 * x1 + w22 * x2 + b
h1s, h2s = sig(z1s), sig(z2s)
zos = v1 * h1s + v2 * h2s + c
Ls = (sig(zos) - y) ** 2 / 2
ds(5, "z_j, h_j, z_o, yhat, L"); ds(2, "delta_j, delta_o")
zz1, zz2, zzo = sp.symbols("zz1 zz2 zzo", real=True)
Lz = (sig(v1 * sig(zz1) + v2 * sig(zz2) + c) - y) ** 2 / 2
delta1 = sp.diff(Lz, zz1).subs({zz1: z1s, zz2: z2s})
delta2 = sp.diff(Lz, zz2).subs({zz1: z1s, zz2: z2s})
dLdb = sp.diff(Ls, b)
allsyms = [x1, x2, w11, w12, w21, w22, b, v1, v2, c, y]
ok(same(dLdb, delta1 + delta2, allsyms, positive=False))
# submission C
ok(same(dLdb, delta1 * sp.diff(z1s, b) + delta2 * sp.diff(z2s, b), allsyms, positive=False))
ok(True, note="dz_j/db = 1"); ok(True, note="delta . 1")
yh = sp.symbols("yh", real=True)
deltao = sp.diff((sig(zzo) - y) ** 2 / 2, zzo).subs(zzo, zos)
ok(same(deltao, (sig(zos) - y) * sig(zos) * (1 - sig(zos)), allsyms, positive=False))
ok(same(delta1, deltao * v1 * sig(z1s) * (1 - sig(z1s)), allsyms, positive=False))
# submission D
L.step(same(dLdb, delta2, allsyms, positive=False), note="one path only")
ok(same(delta2 * sp.diff(z2s, b), delta2, allsyms, positive=False))
L.step(same(dLdb, (delta1 + delta2) / 2, allsyms, positive=False), note="average")

# numbers (Activity 3)
num = {x1: 1, x2: R("0.5"), y: 1, b: R("0.1"), c: R("0.2"), w11: R("0.4"), w12: R("-0.6"), w21: R("0.2"), w22: R("0.8"),
       v1: R("0.7"), v2: R("-0.5")}
D1, D2, Do = [sp.N(e.subs(num), 40) for e in (delta1, delta2, deltao)]
Lnum = Ls.subs(num)
ok(rounds("0.01194", D2))
ok(rounds("-0.00672", D1 + D2))
Lb = lambda bb: sp.N(Ls.subs({**num, b: bb}), 40)
hh = sp.Rational(1, 10 ** 4)
ok(substituted((Lb(R("0.1") + hh) - Lb(R("0.1") - hh)) / (2 * hh), lambda p, m: (p - m) / R("0.0002"), "~0.0957589", "~0.0957603")
   and rounds("0.0957589", Lb(R("0.1") + hh)) and rounds("0.0957603", Lb(R("0.1") - hh)))
ok(rounds("-0.0070", (R("0.0957589") - R("0.0957603")) / R("0.0002")))
ds(4, "x, y, b, c"); ds(2, "W_1, v"); ds(note="eta")

# submission E
Z1, Z2 = z1s.subs(num), z2s.subs(num)
ok(Z1 == R("0.4") * 1 - R("0.6") * R("0.5") + R("0.1")); ok(Z1 == R("0.2"))
ok(Z2 == R("0.2") * 1 + R("0.8") * R("0.5") + R("0.1")); ok(Z2 == R("0.7"))
H1, H2 = sig(Z1), sig(Z2)
ok(H1 == sig(R("0.2"))); ok(rounds("0.5498", H1)); ok(H2 == sig(R("0.7"))); ok(rounds("0.6682", H2))
ZO = zos.subs(num)
ok(substituted(ZO, lambda a, b_: R("0.7") * a - R("0.5") * b_ + R("0.2"), "~0.5498", "~0.6682"))
ok(substituted(R("0.7") * R("0.5498") - R("0.5") * R("0.6682") + R("0.2"), lambda a, b_: a - b_ + R("0.2"), "~0.3849", "~0.3341"))
ok(rounds("0.2508", R("0.3849") - R("0.3341") + R("0.2"), ZO))
YH = sig(ZO)
ok(substituted(YH, sig, "~0.2508")); ok(rounds("0.5624", sig(R("0.2508")), YH))
ok(substituted(Lnum, lambda a: (a - 1) ** 2 / 2, "~0.5624"))
ok(substituted((R("0.5624") - 1) ** 2 / 2, lambda a: a / 2, "~0.1915"))
ok(rounds("0.0958", R("0.1915") / 2, Lnum))
ok(same(deltao, (sig(zos) - y) * sig(zos) * (1 - sig(zos)), allsyms, positive=False))
ok(substituted(Do, lambda a, b_, c_: a * b_ * c_, "~-0.4376", "~0.5624", "~0.4376"))
ok(rounds("-0.1077", R("-0.4376") * R("0.5624") * R("0.4376"), Do))
dLdc = sp.N(sp.diff(Ls, c).subs(num), 40)
ok(abs(dLdc - Do) < 1e-30); ok(rounds("-0.1077", Do))
dv1, dv2 = sp.N(sp.diff(Ls, v1).subs(num), 40), sp.N(sp.diff(Ls, v2).subs(num), 40)
ok(abs(dv1 - Do * H1) < 1e-30); ok(substituted(dv1, lambda a, b_: a * b_, "~-0.1077", "~0.5498")); ok(rounds("-0.0592", R("-0.1077") * R("0.5498"), dv1))
ok(abs(dv2 - Do * H2) < 1e-30); ok(substituted(dv2, lambda a, b_: a * b_, "~-0.1077", "~0.6682")); ok(rounds("-0.0720", R("-0.1077") * R("0.6682"), dv2))
S1, S2 = H1 * (1 - H1), H2 * (1 - H2)
ok(abs(S1 - sp.diff(sig(z), z).subs(z, Z1)) < 1e-30); ok(substituted(S1, lambda a, b_: a * b_, "~0.5498", "~0.4502")); ok(rounds("0.2475", R("0.5498") * R("0.4502"), S1))
ok(abs(S2 - sp.diff(sig(z), z).subs(z, Z2)) < 1e-30); ok(substituted(S2, lambda a, b_: a * b_, "~0.6682", "~0.3318"))
L.step(rounds("0.2271", R("0.6682") * R("0.3318"), S2), note="0.2217")
ok(same(delta1, deltao * v1 * sig(z1s) * (1 - sig(z1s)), allsyms, positive=False))
ok(substituted(D1, lambda a, b_: a * R("0.7") * b_, "~-0.1077", "~0.2475")); ok(rounds("-0.01866", R("-0.1077") * R("0.7") * R("0.2475"), D1))
ok(same(delta2, deltao * v2 * sig(z2s) * (1 - sig(z2s)), allsyms, positive=False))
L.step(substituted(D2, lambda a, b_: a * R("-0.5") * b_, "~-0.1077", "~0.2271"), carried=True)
ok(rounds("0.01223", R("-0.1077") * R("-0.5") * R("0.2271")))
ok(same(dLdb, delta1 + delta2, allsyms, positive=False))
L.step(substituted(D1 + D2, lambda a, b_: a + b_, "~-0.01866", "~0.01223"), carried=True)
ok(R("-0.01866") + R("0.01223") == R("-0.00643"))
ok(True, note="dL/dW_1 = delta x^T")
dW_right = [[D1 * 1, D1 * R("0.5")], [D2 * 1, D2 * R("0.5")]]
dW_e = [["~-0.01866", "~-0.00933"], ["~0.01223", "~0.00612"]]
good = all(rounds(w_.lstrip("~"), t) for row_w, row_t in zip(dW_e, dW_right) for w_, t in zip(row_w, row_t))
L.step(good, carried=rounds("0.00612", R("0.01223") * R("0.5")) and rounds("0.00933", R("0.01866") * R("0.5")))
ds(note="b <- b - eta dL/db")
eta = R("0.5")
L.step(substituted(R("0.1") - eta * (D1 + D2), lambda g: R("0.1") - eta * g, "~-0.00643"), carried=True)
ok(rounds("0.10322", R("0.1") - eta * R("-0.00643")))
ok(substituted(R("0.2") - eta * Do, lambda g: R("0.2") - eta * g, "~-0.1077")); ok(rounds("0.2539", R("0.2") - eta * R("-0.1077"), R("0.2") - eta * Do))
# facilitator
ok(rounds("0.2217", R("0.6682") * R("0.3318")))
ok(rounds("0.2217", S2)); ok(substituted(D2, lambda a, b_: a * R("-0.5") * b_, "~-0.1077", "~0.2217")); ok(rounds("0.01194", R("-0.1077") * R("-0.5") * R("0.2217"), D2))
ok(substituted(D1 + D2, lambda a, b_: a + b_, "~-0.01866", "~0.01194")); ok(R("-0.01866") + R("0.01194") == R("-0.00672"))
ok(all(rounds(w_, t) for row_w, row_t in zip([["-0.01866", "-0.00933"], ["0.01194", "0.00597"]], dW_right) for w_, t in zip(row_w, row_t)))
ok(substituted(R("0.1") - eta * (D1 + D2), lambda g: R("0.1") - eta * g, "~-0.00672")); ok(R("0.1") - eta * R("-0.00672") == R("0.10336"))
# full SGD step
upd = lambda p0, g, wg: substituted(p0 - eta * g, lambda gg: p0 - eta * gg, "~" + wg)
ok(upd(R("0.7"), dv1, "-0.0592")); ok(rounds("0.7296", R("0.7") - eta * R("-0.0592")))
ok(upd(R("-0.5"), dv2, "-0.0720")); ok(rounds("-0.4640", R("-0.5") - eta * R("-0.0720")))
ok(upd(R("0.4"), D1, "-0.01866")); ok(rounds("0.40933", R("0.4") - eta * R("-0.01866")))
ok(upd(R("-0.6"), D1 * R("0.5"), "-0.00933")); ok(rounds("-0.59534", R("-0.6") - eta * R("-0.00933"), R("-0.6") - eta * D1 * R("0.5")))
ok(upd(R("0.2"), D2, "0.01194")); ok(rounds("0.19403", R("0.2") - eta * R("0.01194")))
ok(upd(R("0.8"), D2 * R("0.5"), "0.00597")); ok(rounds("0.79702", R("0.8") - eta * R("0.00597")))
ok(rounds("0.10336", R("0.1") - eta * (D1 + D2))); ok(rounds("0.25385", R("0.2") - eta * Do))
new = {**num, w11: R("0.40933"), w12: R("-0.59534"), w21: R("0.19403"), w22: R("0.79702"), b: R("0.10336"), c: R("0.25385"),
       v1: R("0.7296"), v2: R("-0.4640")}
nz1, nz2 = z1s.subs(new), z2s.subs(new)
ok(nz1 == R("0.40933") - R("0.59534") * R("0.5") + R("0.10336")); ok(rounds("0.21502", nz1))
ok(nz2 == R("0.19403") + R("0.79702") * R("0.5") + R("0.10336")); ok(rounds("0.69590", nz2))
ok(substituted(sig(nz1), sig, "~0.21502")); ok(rounds("0.55355", sig(R("0.21502")), sig(nz1))); ok(substituted(sig(nz2), sig, "~0.69590")); ok(rounds("0.66728", sig(R("0.69590")), sig(nz2)))
nzo = zos.subs(new)
ok(substituted(nzo, lambda a, b_: R("0.7296") * a - R("0.4640") * b_ + R("0.25385"), "~0.55355", "~0.66728"))
ok(rounds("0.34810", R("0.7296") * R("0.55355") - R("0.4640") * R("0.66728") + R("0.25385"), nzo))
ok(substituted(sig(nzo), sig, "~0.34810")); ok(rounds("0.58616", sig(R("0.34810")), sig(nzo)))
ok(substituted(Ls.subs(new), lambda a: (a - 1) ** 2 / 2, "~0.58616")); ok(rounds("0.08563", (R("0.58616") - 1) ** 2 / 2, Ls.subs(new)))

# Activity 4, submission F
gx = [sp.N(sp.diff(Ls, s).subs(num), 40) for s in (x1, x2)]
W1 = sp.Matrix([[R("0.4"), R("-0.6")], [R("0.2"), R("0.8")]])
dvec = sp.Matrix([D1, D2])
Wd = W1 * dvec
L.step(all(abs(gx[i] - Wd[i]) < 1e-30 for i in range(2)), note="W_1 delta")
ok(True, note="W_1 delta with the numbers (members agree)")
Wd_w = W1 * sp.Matrix([R("-0.01866"), R("0.01194")])
ok(rounds("-0.01463", Wd_w[0], Wd[0]) and rounds("0.00582", Wd_w[1], Wd[1]))
norm = sp.sqrt(gx[0] ** 2 + gx[1] ** 2)
L.step(substituted(norm, lambda a, b_: sp.sqrt(a ** 2 + b_ ** 2), "~-0.01463", "~0.00582"),
       carried=substituted(sp.sqrt(Wd[0] ** 2 + Wd[1] ** 2), lambda a, b_: sp.sqrt(a ** 2 + b_ ** 2), "~-0.01463", "~0.00582"))
ok(rounds("0.01575", sp.sqrt(R("0.01463") ** 2 + R("0.00582") ** 2)))
# facilitator
ok(all(abs(gx[i] - (D1 * W1[0, i] + D2 * W1[1, i])) < 1e-30 for i in range(2)))
WTd = W1.T * dvec
ok(all(abs(gx[i] - WTd[i]) < 1e-30 for i in range(2))); ok(True, note="W_1^T delta with the numbers")
ok(all(substituted(WTd[i], lambda a, b_: a + b_, "~" + p, "~" + q) for i, (p, q) in enumerate([("-0.00746", "0.00239"), ("0.01120", "0.00955")]))
   and rounds("-0.00746", R("0.4") * R("-0.01866")) and rounds("0.00239", R("0.2") * R("0.01194"))
   and rounds("0.01120", R("-0.6") * R("-0.01866")) and rounds("0.00955", R("0.8") * R("0.01194")))
ok(rounds("-0.00508", R("-0.00746") + R("0.00239"), gx[0]) and rounds("0.02075", R("0.01120") + R("0.00955"), gx[1]))
ok(substituted(norm, lambda a, b_: sp.sqrt(a ** 2 + b_ ** 2), "~0.00508", "~0.02075"))
L.step(rounds("0.02163", sp.sqrt(R("0.00508") ** 2 + R("0.02075") ** 2), norm), note="0.02136")

# Activity 5: tanh hidden units
ds(2, "h_j = sigma(z_j), h_j = tanh z_j")
numt = num
Lt = (sig(v1 * sp.tanh(z1s) + v2 * sp.tanh(z2s) + c) - y) ** 2 / 2
T1, T2 = sp.tanh(Z1), sp.tanh(Z2)
ok(Z1 == R("0.2")); ok(Z2 == R("0.7")); ok(T1 == sp.tanh(R("0.2"))); ok(rounds("0.1974", T1)); ok(T2 == sp.tanh(R("0.7"))); ok(rounds("0.6044", T2))
ZOt = (v1 * sp.tanh(z1s) + v2 * sp.tanh(z2s) + c).subs(num)
ok(substituted(ZOt, lambda a, b_: R("0.7") * a - R("0.5") * b_ + R("0.2"), "~0.1974", "~0.6044"))
ok(rounds("0.0360", R("0.7") * R("0.1974") - R("0.5") * R("0.6044") + R("0.2"), ZOt))
ok(substituted(sig(ZOt), sig, "~0.0360")); ok(rounds("0.5090", sig(R("0.0360")), sig(ZOt)))
Dot = (sig(ZOt) - 1) * sig(ZOt) * (1 - sig(ZOt))
ok(substituted(Dot, lambda a: (a - 1) * a * (1 - a), "~0.5090")); ok(rounds("-0.1227", (R("0.5090") - 1) * R("0.5090") * R("0.4910"), Dot))
TP1, TP2 = 1 - T1 ** 2, 1 - T2 ** 2
L.step(same(TP1, T1 * (1 - T1)), note="h(1-h) is sigma'")
ok(True, note="members agree"); ok(rounds("0.1584", R("0.1974") * R("0.8026")))
L.step(same(TP2, T2 * (1 - T2)), carried=True); ok(True); ok(rounds("0.2391", R("0.6044") * R("0.3956")))
Dt1, Dt2 = Dot * R("0.7") * TP1, Dot * R("-0.5") * TP2
L.step(substituted(Dt1, lambda a, b_: a * R("0.7") * b_, "~-0.1227", "~0.1584"), carried=True)
ok(rounds("-0.01360", R("-0.1227") * R("0.7") * R("0.1584")))
L.step(substituted(Dt2, lambda a, b_: a * R("-0.5") * b_, "~-0.1227", "~0.2391"), carried=True)
ok(rounds("0.01467", R("-0.1227") * R("-0.5") * R("0.2391")))
dLdb_t = sp.N(sp.diff(Lt, b).subs(num), 40)
ok(abs(dLdb_t - (Dt1 + Dt2)) < 1e-30)
L.step(rounds("0.00107", dLdb_t), carried=rounds("0.00107", R("-0.01360") + R("0.01467")))
# facilitator
ok(substituted(TP1, lambda a: 1 - a ** 2, "~0.1974")); ok(rounds("0.9610", 1 - R("0.1974") ** 2, TP1))
ok(substituted(TP2, lambda a: 1 - a ** 2, "~0.6044")); ok(rounds("0.6347", 1 - R("0.6044") ** 2, TP2))
ok(substituted(Dt1, lambda a, b_: a * R("0.7") * b_, "~-0.1227", "~0.9610")); ok(rounds("-0.08254", R("-0.1227") * R("0.7") * R("0.9610"), Dt1))
ok(substituted(Dt2, lambda a, b_: a * R("-0.5") * b_, "~-0.1227", "~0.6347")); ok(rounds("0.03894", R("-0.1227") * R("-0.5") * R("0.6347"), Dt2))
ok(rounds("-0.04360", dLdb_t, R("-0.08254") + R("0.03894")))

# Activity 6
ok(sp.diff(sig(z), z).subs(z, 0) == sp.Rational(1, 4))
ok(same(sig(-z), 1 - sig(z), positive=False))
ok(same(sp.tanh(z), 2 * sig(2 * z) - 1, positive=False))
L.step(same(sp.diff(sp.tanh(z), z), 2 * sp.diff(sig(z), z).subs(z, 2 * z), positive=False), note="4 sigma'(2z)")
ok(sp.diff(sp.tanh(z), z).subs(z, 0) == 1 and sp.maximum(1 - sp.tanh(z) ** 2, z, sp.S.Reals) == 1)
ok(same(dLdb, delta1 + delta2, allsyms, positive=False))
L.step(all(abs(gx[i] - Wd[i]) < 1e-30 for i in range(2)))
ok(same(sp.diff(sp.tanh(z), z), 4 * sp.diff(sig(z), z).subs(z, 2 * z), positive=False))
ds(note="z = 0.5")
sp1 = sig(1) * (1 - sig(1))
ok(substituted(4 * sp1, lambda a: 4 * a, "~0.19661")); ok(rounds("0.78645", 4 * R("0.19661"), 4 * sp1))
L.done()
