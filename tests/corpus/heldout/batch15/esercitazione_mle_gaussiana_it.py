"""Labels for esercitazione_mle_gaussiana_it.tex (Italian sheet, decimal commas {,}): Gaussian MLE with
data, a student's d/d sigma^2 slip, die and exponential moments, memorylessness, exponential MLE."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R as R_, rounds as rounds_, same  # noqa: E402


def R(s): return R_(str(s).replace(",", "."))
def rounds(w, *v): return rounds_(w.replace(",", "."), *v)


L = Labels("batch15/esercitazione_mle_gaussiana_it.tex")
x = [R("2,1"), R("3,4"), R("1,8"), R("2,9"), R("3,3")]
n = 5
L.define(2); L.define()
mu, s2 = sp.symbols("mu sigma2", positive=True)
X = sp.symbols("x1:6", positive=True)
ell = -sp.Rational(n, 2) * sp.log(2 * sp.pi * s2) - sum((xi - mu)**2 for xi in X) / (2 * s2)
L.step(same(sp.diff(ell, mu), sum(xi - mu for xi in X) / s2)); L.define()
L.step(sp.solve(sp.diff(ell, mu), mu)[0].equals(sum(X) / n)); L.step(True)
L.step(same(sp.diff(ell, s2), -sp.Rational(n, 2) / s2 + sum((xi - mu)**2 for xi in X) / (2 * s2**2))); L.define()
L.step(same(sp.solve(sp.diff(ell, s2), s2)[0], sum((xi - mu)**2 for xi in X) / n))
S = sum(x); m = S / n
L.step(S == R("13,5")); L.step(m == R("13,5") / 5); L.step(m == R("2,7"))
SS = sum((xi - m)**2 for xi in x)
L.step(SS == R("0,36") + R("0,49") + R("0,81") + R("0,04") + R("0,36")); L.step(SS == R("2,06"))
L.step(SS / n == R("2,06") / 5); L.step(SS / n == R("0,412")); L.step(rounds("0,6419", sp.sqrt(SS / n)))
L.step(SS / (n - 1) == R("2,06") / (n - 1)); L.step(SS / (n - 1) == R("0,515")); L.step(rounds("0,7167", sp.sqrt(SS / (n - 1))), note="0,7176")
lmax = ell.subs(dict(zip(X, x))).subs({mu: m, s2: SS / n})
L.step(sp.simplify(lmax - (-sp.Rational(n, 2) * sp.log(2 * sp.pi * SS / n) - sp.Rational(n, 2))) == 0)
L.step(abs(R("2,5887") - 2 * sp.pi * SS / n) < R("0,00005"))
L.step(rounds("0,9511", sp.log(2 * sp.pi * SS / n)))
L.step(rounds("-4,8778", R("-2,5") * R("0,9511") - R("2,5"), lmax))
L.step(True); L.step(True); L.step(True)  # E[hat s2] = (n-1)/n s2, bias -s2/n
L.step(False, note="Var(xbar) = s2/n"); L.step(sp.sqrt(R("0,515") / 5) == sp.sqrt(R("0,103"))); L.step(rounds("0,3209", sp.sqrt(R("0,103"))))
L.step(same(sp.diff(ell, mu, 2), -sp.Integer(n) / s2)); L.step(True)
L.step(True); L.step(rounds("12,1539", 5 / R("0,412")))
# student
wrong_d = -n / s2 + sum((xi - mu)**2 for xi in X) / (2 * s2**2)
L.step(same(sp.diff(ell, s2), wrong_d)); L.define()
L.step(False, carried=same(sp.solve(wrong_d, s2)[0], sum((xi - mu)**2 for xi in X) / (2 * n)))
L.step(SS / (2 * n) == R("2,06") / 10); L.step(R("2,06") / 10 == R("0,206"))
L.step(rounds("0,4539", sp.sqrt(SS / n)), carried=True); L.step(rounds("0,4539", sp.sqrt(R("0,206"))))
L.step(True); L.step(False, carried=True); L.step(rounds("-3,1450", -R("2,5") * sp.log(2 * sp.pi * R("0,206")) - R("2,5")))
# die
faces = range(1, 7)
EX = sp.Rational(sum(faces), 6); EX2 = sp.Rational(sum(f * f for f in faces), 6)
L.step(True); L.step(EX == sp.Rational(21, 6)); L.step(EX == R("3,5")); L.step(EX2 == sp.Rational(91, 6)); L.step(rounds("15,1667", EX2))
V = EX2 - EX**2
L.step(True); L.step(rounds("2,9167", R("15,1667") - R("12,25")) and EX**2 == R("12,25")); L.step(R("15,1667") - R("12,25") == R("2,9167")); L.step(rounds("2,9167", sp.Rational(35, 12)) and V == sp.Rational(35, 12))
L.define(); L.step(2 * EX + 3 == 2 * R("3,5") + 3); L.step(2 * R("3,5") + 3 == 10)
L.step(False, note="no +3"); L.step(4 * R("2,9167") + 3 == R("14,6668") and rounds("14,6667", 4 * sp.Rational(35, 12) + 3)); L.step(True)
L.step(rounds("3,8297", sp.sqrt(R("14,6667"))))
L.step(False, note="Var(X1-X2) = sum"); L.step(True)
lam = 2
L.define(); L.step(True); L.step(sp.Rational(1, lam) == R("0,5")); L.step(True); L.step(sp.Rational(1, lam**2) == R("0,25"))
L.step(True); L.step(sp.Rational(1, 4) + sp.Rational(1, 4) == R("0,5"))
L.step(True); L.step(True); L.step(rounds("0,1335", sp.exp(-2)))
L.step(True); L.step(sp.exp(-lam * R("0,5")) == sp.exp(-1)); L.step(rounds("0,3679", sp.exp(-1)))
t = [R("0,2"), R("0,9"), R("0,4")]
L.define()
lm = sp.symbols("lam", positive=True)
L.step(sp.solve(sp.diff(sum(sp.log(lm) - lm * ti for ti in t), lm), lm) == [3 / sum(t)]); L.step(sum(t) == R("1,5")); L.step(3 / R("1,5") == 2)
L.done()
