"""Labels for exam_relu_solutionbox.tex (exam class, solutionbox, grader's marks): a 2-3-1 ReLU net
forward/backward with numbers, shared bias sum of deltas, W1^T delta, a GD step, softplus bonus."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same  # noqa: E402

L = Labels("batch15/exam_relu_solutionbox.tex")
x = sp.Matrix([2, -1])
W1 = sp.Matrix([[R("0.5"), 1], [-1, R("0.5")], [R("1.5"), R("-0.5")]])
b1 = sp.Matrix([R("0.5"), R("0.5"), -1])
w2 = sp.Matrix([1, -2, R("0.5")]); b2 = R("0.2"); y = R("1.5")
L.define(); L.define(2); L.define(5)
z = W1 * x + b1
L.step(True); L.step(z[0] == R("0.5")); L.step(True); L.step(z[1] == R("-2.0"))
L.step(True); L.step(3 + R("0.5") - 1 == z[2]); L.step(z[2] == R("2.5"))
h = z.applyfunc(lambda v: max(v, 0))
L.step(True); L.step(list(h) == [R("0.5"), 0, R("2.5")])
yh = (w2.T * h)[0] + b2
L.step(yh == R("0.5") + R("1.25") + R("0.2")); L.step(yh == R("1.95"))
Lv = (yh - y)**2
L.step(True); L.step(True); L.step(Lv == R("0.45")**2); L.step(R("0.45")**2 == R("0.2025"))
# the 6th on that line: L = (1.95-1.5)^2 chain has 3 signs: L =, = 0.45^2, = 0.2025 ; first line had yh 3 signs
g = 2 * (yh - y)
L.step(True); L.step(g == 2 * R("0.45")); L.step(g == R("0.9"))
L.step(list(g * h) == [R("0.45"), 0, R("2.25")]); L.step(True); L.step(g == R("0.9"))
dh = g * w2
L.step(True); L.step(list(dh) == [R("0.9"), R("-1.8"), R("0.45")])
delta = sp.Matrix([dh[i] * (1 if z[i] > 0 else 0) for i in range(3)])
dw = sp.Matrix([R("0.9"), R("-1.8"), R("0.45")])
L.define(); L.step(list(delta) == list(dw), note="ReLU'(z2) = 0")
L.step(True); L.step(False, carried=True)
L.step(True); L.step(delta * x.T == sp.Matrix([[R("1.8"), R("-0.9")], [R("-3.6"), R("1.8")], [R("0.9"), R("-0.45")]]), carried=dw * x.T == sp.Matrix([[R("1.8"), R("-0.9")], [R("-3.6"), R("1.8")], [R("0.9"), R("-0.45")]]))
L.step(delta[1] == 0); L.step(z[1] == -2); L.step(z[1] < 0); L.step(delta[1] == 0)
L.step(True); L.step(True); L.step(sum(delta) == R("0.9") - R("1.8") + R("0.45"), carried=sum(dw) == R("0.9") - R("1.8") + R("0.45")); L.step(R("0.9") - R("1.8") + R("0.45") == R("-0.45"))
L.step(sum(delta) == R("1.35") and R("0.9") + 0 + R("0.45") == R("1.35"))
L.step(True)
gx, gxw = W1.T * delta, W1.T * dw
L.step(gx[0] == R("2.925"), carried=gxw[0] == R("0.45") + R("1.8") + R("0.675")); L.step(R("0.45") + R("1.8") + R("0.675") == gxw[0]); L.step(gxw[0] == R("2.925"))
L.step(gx[1] == R("-0.225"), carried=gxw[1] == R("0.9") - R("0.9") - R("0.225")); L.step(True); L.step(gxw[1] == R("-0.225"))
L.define(); L.step(list(gx) == [R("1.125"), R("0.675")])
L.define()
w2n = w2 - R("0.1") * g * h
L.step(True); L.step(list(w2n) == [R("0.955"), -2, R("0.275")])
b2n = b2 - R("0.1") * g
L.step(True); L.step(b2n == R("0.12"), note="0.11")
yw = R("0.955") * R("0.5") + R("0.275") * R("2.5") + R("0.12")
yn = (w2n.T * h)[0] + b2n
L.step(yn == yw, carried=True); L.step(R("0.4775") + R("0.6875") + R("0.12") == yw); L.step(yw == R("1.285"))
L.step(rounds("0.0462", (yn - y)**2), carried=True); L.step(rounds("0.0462", (R("1.285") - y)**2))
L.step(b2n == R("0.11")); L.step(yn == R("1.275")); L.step(rounds("0.0506", (yn - y)**2))
L.define()
zz = sp.symbols("z", real=True)
s = sp.log(1 + sp.exp(zz))
L.step(same(sp.diff(s, zz), sp.exp(zz) / (1 + sp.exp(zz)), positive=False))
L.step(same(sp.exp(zz) / (1 + sp.exp(zz)), 1 / (1 + sp.exp(zz)), positive=False))
L.step(True); L.step(rounds("0.1269", sp.log(1 + sp.exp(-2))))
sd = sp.diff(s, zz).subs(zz, -2)
L.step(same(sd, 1 / (1 + sp.exp(-2))), carried=True); L.step(rounds("0.8808", 1 / (1 + sp.exp(-2))))
L.step(rounds("-1.5854", R("-1.8") * sd), carried=True); L.step(R("-1.8") * R("0.8808") == R("-1.58544"))
L.step(same(sp.diff(s, zz), 1 / (1 + sp.exp(-zz)), positive=False)); L.step(rounds("0.1192", sd)); L.step(rounds("-0.2146", R("-1.8") * sd))
L.done()
