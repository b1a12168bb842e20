"""Labels for studygroup_doc_hinge_subgradient_focal_loss.tex: a study group's shared doc: one subgradient step
of a soft-margin SVM on three points (a sign slip in -y x for one point, carried into the averaged subgradient
and the step; the regulariser without its 1/2, carried into J), the squared-hinge derivative without the
chain-rule 2 (carried), focal-loss values, dFL/dp without the product-rule term (carried), and p_t for 1 - p_t with gamma = 1."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch20/studygroup_doc_hinge_subgradient_focal_loss.tex")
w, b, lam, eta = sp.Matrix([R("0.5"), -1]), R("0.2"), R("0.1"), R("0.5")
X = [sp.Matrix([2, 1]), sp.Matrix([1, -2]), sp.Matrix([-2, 1])]
Y = [1, -1, -1]
L.define(2, "f, m_i"); L.define(note="J"); L.define(10, "data")
f = [(w.T * x)[0] + b for x in X]
m = [y * t for y, t in zip(Y, f)]
hinge = [sp.Max(0, 1 - t) for t in m]
L.step(f[0] == R("0.5") * 2 + (-1) * 1 + R("0.2")); L.step(f[0] == R("0.2")); L.step(m[0] == R("0.2")); L.step(hinge[0] == R("0.8"))
L.step(f[1] == R("0.5") * 1 + (-1) * (-2) + R("0.2")); L.step(f[1] == R("2.7")); L.step(m[1] == R("-2.7")); L.step(hinge[1] == R("3.7"))
L.step(f[2] == R("0.5") * (-2) + (-1) * 1 + R("0.2")); L.step(f[2] == R("-1.8")); L.step(m[2] == R("1.8")); L.step(hinge[2] == 0)
reg = lam / 2 * (w.T * w)[0]
J = sum(hinge) / 3 + reg
L.step(reg == R("0.1") / 2 * (R("0.25") + 1)); L.step(R("0.1") / 2 * (R("0.25") + 1) == R("0.125"), note="0.0625")
L.step(J == (R("0.8") + R("3.7") + 0) / 3 + R("0.125"), carried=sum(hinge) / 3 + R("0.125") == (R("0.8") + R("3.7") + 0) / 3 + R("0.125"))
L.step((R("0.8") + R("3.7") + 0) / 3 + R("0.125") == R("1.625"))
L.define(2, "cases conditions")
sub = [(-Y[i] * X[i]) if m[i] < 1 else sp.zeros(2, 1) for i in range(3)]
L.step(-Y[0] * X[0] == sp.Matrix([-2, -1])); L.step(-Y[1] * X[1] == sp.Matrix([-1, 2]), note="sign"); L.step(lam * w == sp.Matrix([R("0.05"), R("-0.1")]))
gw = (sub[0] + sub[1] + sub[2]) / 3 + lam * w
ben = (sp.Matrix([-2, -1]) + sp.Matrix([-1, 2]) + sp.zeros(2, 1)) / 3 + sp.Matrix([R("0.05"), R("-0.1")])
L.step(gw == ben, carried=ben == (sub[0] + (Y[1] * X[1]) + sub[2]) / 3 + lam * w)
ben_r = sp.Matrix([-1, R("0.3333")]) + sp.Matrix([R("0.05"), R("-0.1")])
L.step(substituted(ben[1], lambda a: a - R("0.1"), "~0.3333") and ben[0] == ben_r[0])
L.step(ben_r == sp.Matrix([R("-0.95"), R("0.2333")]))
gb = sum((-Y[i]) if m[i] < 1 else 0 for i in range(3)) / sp.Integer(3)
L.step(gb == sp.Rational(-1 + 1 + 0, 3)); L.step(gb == 0)
L.define(note="rule")
wn = w - eta * gw
L.step(wn[0] == R("0.5") + R("0.475") and substituted(wn[1], lambda a: -1 - a, "~0.1167"), carried=substituted(R("-1") - eta * ben[1], lambda a: -1 - a, "~0.1167"))
L.step(R("0.5") + R("0.475") == R("0.975") and -1 - R("0.1167") == R("-1.1167"))
L.step(-Y[1] * X[1] == sp.Matrix([1, -2]))
L.step(gw == (sp.Matrix([-2, -1]) + sp.Matrix([1, -2])) / 3 + sp.Matrix([R("0.05"), R("-0.1")]))
L.step(substituted(gw[0], lambda a: a + R("0.05"), "~-0.3333") and gw[1] == -1 + R("-0.1"))
L.step(rounds("-0.2833", R("-0.3333") + R("0.05"), gw[0]) and R("-1") - R("0.1") == R("-1.1"))
L.step(substituted(wn[0], lambda a: R("0.5") + R("0.5") * a, "~0.2833") and wn[1] == -1 + R("0.5") * R("1.1"))
L.step(rounds("0.6417", wn[0]) and wn[1] == R("-0.45"))
L.step(reg == R("0.1") / 2 * R("1.25") == R("0.0625")); L.step(J == R("1.5") + R("0.0625")); L.step(J == R("1.5625"))
mm = sp.symbols("m", real=True)
sq = (1 - mm) ** 2          # on m < 1, where the max is 1 - m
L.step(same(sp.diff(sq, mm), -(1 - mm), [mm], positive=False), note="2")
L.step(rounds("-0.8", sp.diff(sq, mm).subs(mm, R("0.2"))), carried=-(1 - R("0.2")) == R("-0.8"))
L.step(same(sp.diff(sq, mm), -2 * (1 - mm), [mm], positive=False)); L.step(-2 * (1 - R("0.2")) == -2 * R("0.8")); L.step(-2 * R("0.8") == R("-1.6"))
# focal loss
p, g = sp.symbols("p gamma", positive=True)
FL = -(1 - p) ** g * sp.log(p)
L.define(3, "FL, CE, gamma")
FL2 = FL.subs(g, 2)
L.define(note="p_t = 0.9")
L.step(-sp.log(p).subs(p, R("0.9")) == -sp.log(R("0.9"))); L.step(rounds("0.1054", -sp.log(R("0.9"))))
L.step(substituted(FL2.subs(p, R("0.9")), lambda c: R("0.1") ** 2 * c, "~0.1054")); L.step(rounds("0.0011", R("0.01") * R("0.1054"), FL2.subs(p, R("0.9"))))
L.step(sp.simplify(FL2.subs(p, R("0.9")) / -sp.log(R("0.9"))) == R("0.01"))
L.define(note="p_t = 0.3")
L.step(-sp.log(p).subs(p, R("0.3")) == -sp.log(R("0.3"))); L.step(rounds("1.2040", -sp.log(R("0.3"))))
L.step(substituted(FL2.subs(p, R("0.3")), lambda c: R("0.7") ** 2 * c, "~1.2040")); L.step(rounds("0.5900", R("0.49") * R("1.2040"), FL2.subs(p, R("0.3"))))
L.define(note="gamma = 0"); L.step(FL.subs(g, 0) == -sp.log(p))
FL1 = FL.subs(g, 1).subs(p, R("0.3"))
L.step(substituted(FL1, lambda c: R("0.3") * c, "~1.2040"), note="(1 - p_t) = 0.7"); L.step(rounds("0.3612", R("0.3") * R("1.2040")))
L.define(note="p = p_t")
dFL = sp.diff(FL2, p)
L.step(same(dFL, -(1 - p) ** 2 / p, [p]), note="product rule")
L.step(dFL.subs(p, R("0.3")) == -R("0.49") / R("0.3"), carried=(-(1 - p) ** 2 / p).subs(p, R("0.3")) == -R("0.49") / R("0.3")); L.step(rounds("-1.6333", -R("0.49") / R("0.3")))
L.step(same(sp.diff(FL, p), g * (1 - p) ** (g - 1) * sp.log(p) - (1 - p) ** g / p, [p, g]))
L.step(sp.simplify(dFL.subs(p, R("0.3")) - (2 * R("0.7") * sp.log(R("0.3")) - R("0.49") / R("0.3"))) == 0)
L.step(rounds("-1.6856", 2 * R("0.7") * sp.log(R("0.3"))) and rounds("1.6333", R("0.49") / R("0.3")))
L.step(rounds("-3.3189", R("-1.6856") - R("1.6333"), dFL.subs(p, R("0.3"))))
z = sp.symbols("z", real=True)
L.define(2, "p = sigma(z), y = 1")
sig = 1 / (1 + sp.exp(-z))
L.step(same(sp.diff(sig, z), sig * (1 - sig), [z], positive=False)); L.step(R("0.3") * R("0.7") == R("0.21"))
dz = dFL.subs(p, R("0.3")) * R("0.21")
L.step(abs(sp.N(sp.diff(FL2.subs(p, sig), z).subs(z, sp.log(R("0.3") / R("0.7"))) - dz, 30)) < 1e-25, note="chain rule"); L.step(substituted(dz, lambda a: a * R("0.21"), "~-3.3189")); L.step(rounds("-0.6970", R("-3.3189") * R("0.21"), dz))
L.done()
