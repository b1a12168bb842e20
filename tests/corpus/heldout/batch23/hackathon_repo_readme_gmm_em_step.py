"""Labels for hackathon_repo_readme_gmm_em_step.tex: a hackathon team README's worked EM iteration for a
two-component 1-D Gaussian mixture with unequal variances (responsibilities through the odds ratio rho, M-step
counts, weights and means, the initial log-likelihood). Slip: e^1.875 = 6.2508 (6.5208), carried into r_31 and
everything in the M-step that uses it (N1, N2, the weights, both means); a single Gaussian's log-likelihood
-2(2.5916 + 1) evaluated as -6.1832 (-7.1832)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch23/hackathon_repo_readme_gmm_em_step.tex")
xs = [R("-0.5"), R("1.0"), R("2.0"), R("3.5")]
pi_, mu, s2 = [R("0.6"), R("0.4")], [0, 3], [1, 4]
Nd = lambda x, m, v: sp.exp(-(x - m) ** 2 / (2 * v)) / sp.sqrt(2 * sp.pi * v)
L.define(2, "x, K"); L.define(3, "pi, mu, sigma^2"); L.define(note="r_ik")
joint = [[pi_[k] * Nd(x, mu[k], s2[k]) for k in range(2)] for x in xs]
r1 = [j[0] / (j[0] + j[1]) for j in joint]
rho = [j[1] / j[0] for j in joint]
X = sp.symbols("X", real=True); P1, P2, M1, M2, S1, S2 = sp.symbols("P1 P2 M1 M2 S1 S2", positive=True)
L.step(all(abs(sp.N(r1[i] - 1 / (1 + rho[i]), 30)) < 1e-25 for i in range(4)))
L.define(note="rho")
rho_sym = (P2 * sp.exp(-(X - M2) ** 2 / (2 * S2 ** 2)) / S2) / (P1 * sp.exp(-(X - M1) ** 2 / (2 * S1 ** 2)) / S1)
L.step(same(rho_sym, P2 / P1 * S1 / S2 * sp.exp((X - M1) ** 2 / (2 * S1 ** 2) - (X - M2) ** 2 / (2 * S2 ** 2)), [X, P1, P2, M1, M2, S1, S2]))
c = pi_[1] / pi_[0] / 2
L.step(c == R("0.4") / R("0.6") / 2); L.step(rounds("0.3333", c))
expo = [x ** 2 / 2 - (x - 3) ** 2 / 8 for x in xs]
# x = -0.5
L.define(note="x = -0.5")
L.step(expo[0] == R("0.125") - R("1.53125")); L.step(R("0.125") - R("1.53125") == R("-1.40625"))
L.step(substituted(rho[0], lambda a, b: a * b, "~0.3333", "~0.2451") and rounds("0.2451", sp.exp(R("-1.40625"))))
L.step(rounds("0.0817", R("0.3333") * R("0.2451"), rho[0]))
L.step(substituted(r1[0], lambda a: 1 / (1 + a), "~0.0817")); L.step(rounds("0.9245", 1 / R("1.0817"), r1[0]))
# x = 1.0
L.define(note="x = 1.0")
L.step(expo[1] == R("0.5") - R("0.5")); L.step(rounds("0.3333", rho[1]))
L.step(substituted(r1[1], lambda a: 1 / (1 + a), "~0.3333")); L.step(rounds("0.75", 1 / R("1.3333"), r1[1]))
# x = 2.0
L.define(note="x = 2.0")
L.step(expo[2] == 2 - R("0.125"))
L.step(substituted(rho[2], lambda a, b: a * b, "~0.3333", "~6.2508"), note="e^1.875 = 6.5208")
L.step(rounds("2.0834", R("0.3333") * R("6.2508")))
L.step(substituted(r1[2], lambda a: 1 / (1 + a), "~2.0834"), carried=True)
L.step(rounds("0.3243", 1 / R("3.0834")))
# x = 3.5
L.define(note="x = 3.5")
L.step(expo[3] == R("6.125") - R("0.03125"))
L.step(substituted(rho[3], lambda a, b: a * b, "~0.3333", "~443.08") and rounds("443.08", sp.exp(R("6.09375"))))
L.step(rounds("147.69", R("0.3333") * R("443.08"), rho[3]))
L.step(substituted(r1[3], lambda a: 1 / (1 + a), "~147.69")); L.step(rounds("0.0067", 1 / R("148.69"), r1[3]))
L.step(True, note="r_i2 = 1 - r_i1")
L.define(note="x = 1.0")
L.step(r1[1] == R("0.6") / (R("0.6") + R("0.4") * R("0.5"))); L.step(R("0.6") / R("0.8") == R("0.75"))
# M-step
wr = [R("0.9245"), R("0.75"), R("0.3243"), R("0.0067")]            # the writer's responsibilities
N1 = sum(r1); N2 = 4 - N1
L.define(note="N1")
L.step(substituted(N1, lambda a, b, c_, d: a + b + c_ + d, "~0.9245", "~0.75", "~0.3243", "~0.0067"), carried=True)
L.step(sum(wr) == R("2.0055"))
L.define(note="N2")
L.step(rounds("1.9945", N2), carried=4 - R("2.0055") == R("1.9945"))
L.define(note="pi1 new")
L.step(rounds("0.5014", N1 / 4), carried=rounds("0.5014", R("2.0055") / 4))
L.step(rounds("0.4986", N2 / 4), carried=rounds("0.4986", R("1.9945") / 4))
m1 = sum(r * x for r, x in zip(r1, xs)) / N1
m2 = sum((1 - r) * x for r, x in zip(r1, xs)) / N2
L.define(note="mu1 new")
L.step(substituted(m1, lambda a, b, c_, d, n: (a * R("-0.5") + b + 2 * c_ + R("3.5") * d) / n, "~0.9245", "0.75", "~0.3243", "~0.0067", "~2.0055"), carried=True)
L.step(wr[0] * R("-0.5") + wr[1] + 2 * wr[2] + R("3.5") * wr[3] == R("0.9598"))
L.step(rounds("0.4786", R("0.9598") / R("2.0055")))
L.define(note="mu2 new")
L.step(substituted(m2, lambda a, b, c_, d, n: (a * R("-0.5") + b + 2 * c_ + R("3.5") * d) / n, "~0.0755", "0.25", "~0.6757", "~0.9933", "~1.9945"), carried=True)
L.step(R("0.0755") * R("-0.5") + R("0.25") + R("0.6757") * 2 + R("0.9933") * R("3.5") == R("5.0402"))
L.step(rounds("2.5270", R("5.0402") / R("1.9945")))
assert not rounds("0.4786", m1) and not rounds("2.5270", m2)
# log-likelihood
p = [j[0] + j[1] for j in joint]
L.define(note="mixture density")
L.step(substituted(p[0], lambda a, b: R("0.6") * a + R("0.4") * b, "~0.3521", "~0.0431") and rounds("0.3521", Nd(xs[0], 0, 1)) and rounds("0.0431", Nd(xs[0], 3, 4)))
L.step(rounds("0.2285", p[0]))
L.step(rounds("0.1936", p[1])); L.step(rounds("0.1028", p[2])); L.step(rounds("0.0779", p[3]))
ell = sum(sp.log(v) for v in p)
L.define(note="ell")
L.step(substituted(ell, lambda a, b, c_, d: sp.log(a * b * c_ * d), "~0.2285", "~0.1936", "~0.1028", "~0.0779"))
L.step(rounds("-7.945", ell, sp.log(R("0.2285") * R("0.1936") * R("0.1028") * R("0.0779")), approx=True))
xbar = sum(xs) / 4; sv = sum((x - xbar) ** 2 for x in xs) / 4
L.step(xbar == R("1.5")); L.step(sv == (4 + R("0.25") + R("0.25") + 4) / 4); L.step(sv == R("2.125"))
ell1 = sum(sp.log(Nd(x, xbar, sv)) for x in xs)
L.define(note="ell_1 formula")
assert abs(sp.N(ell1 + 2 * (sp.log(2 * sp.pi * sv) + 1), 30)) < 1e-25
L.step(substituted(ell1, lambda a: -2 * (sp.log(a) + 1), "~13.3518") and rounds("13.3518", 2 * sp.pi * sv))
L.step(substituted(ell1, lambda a: -2 * (a + 1), "~2.5916"))
L.step(rounds("-6.1832", ell1, -2 * (R("2.5916") + 1)), note="-7.1832")
L.step(ell1 > ell)
L.step(True, note="EM monotonicity")
L.define(note="variance M-step")
L.done()
