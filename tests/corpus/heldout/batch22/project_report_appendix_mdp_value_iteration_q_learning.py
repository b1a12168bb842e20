"""Labels for project_report_appendix_mdp_value_iteration_q_learning.tex: a student project report's appendix
checking a two-state MDP by hand: policy evaluation with 1 - 0.2 for 1 - 0.18 (carried into the look-ahead Q
values and the advantage), value iteration with a sup-norm bound, tabular Q-learning with the old Q not
subtracted in one update (carried into two later updates and the greedy comparison), a sampled return with
4.887 for 4.878; notes added after review correct each."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch22/project_report_appendix_mdp_value_iteration_q_learning.tex")
g = R("0.9")
S, A = (1, 2), ("stay", "go")
# T[s, a] = list of (prob, next), r[s, a]
T = {(1, "stay"): [(1, 1)], (1, "go"): [(R("0.8"), 2), (R("0.2"), 1)], (2, "stay"): [(1, 2)], (2, "go"): [(1, 1)]}
rw = {(1, "stay"): 1, (1, "go"): 0, (2, "stay"): 2, (2, "go"): 0}
L.define(note="gamma")
L.define(note="P(s2|s1,go)"); L.step(T[1, "go"][1][0] == 1 - R("0.8")); L.step(1 - R("0.8") == R("0.2"))
L.define(3, "policy in cases")
pol = {1: "go", 2: "stay"}
v1, v2 = sp.symbols("v1 v2")
V = {1: v1, 2: v2}
eqs = [V[s] - sum(p * (rw[s, pol[s]] + g * V[n]) for p, n in T[s, pol[s]]) for s in S]
sol = sp.solve(eqs, [v1, v2])
Vp = {1: sol[v1], 2: sol[v2]}
L.step(True, note="Bellman expectation equation")
L.step(Vp[2] == 2 + g * Vp[2]); L.step(Vp[1] == 0 + g * (R("0.8") * Vp[2] + R("0.2") * Vp[1]))
L.step(Vp[1] == R("14.4") + R("0.18") * Vp[1])
L.step(Vp[1] == R("14.4") / R("0.8"), note="0.82"); L.step(R("14.4") / R("0.8") == 18)
Q = lambda s, a, VV: sum(p * (rw[s, a] + g * VV[n]) for p, n in T[s, a])
Vw = {1: 18, 2: 20}
L.step(Q(1, "stay", Vp) == 1 + g * 18, carried=(Q(1, "stay", Vw) == 1 + g * 18)); L.step(1 + g * 18 == R("17.2"))
L.step(Q(2, "go", Vp) == 0 + g * 18, carried=(Q(2, "go", Vw) == g * 18)); L.step(g * 18 == R("16.2"))
L.step(R("17.2") < 18); L.step(R("16.2") < 20)
adv = Vp[1] - Q(1, "stay", Vp)
L.step(adv == 18 - R("17.2"), carried=(Vw[1] - Q(1, "stay", Vw) == 18 - R("17.2"))); L.step(18 - R("17.2") == R("0.8"))
L.step(1 - R("0.18") == R("0.82"))
L.step(Vp[1] == R("14.4") / R("0.82")); L.step(R("14.4") / R("0.82") == sp.Rational(720, 41)); L.step(rounds("17.5610", Vp[1]))
L.step(substituted(Q(1, "stay", Vp), lambda u: 1 + g * u, "~17.5610")); L.step(rounds("16.8049", Q(1, "stay", Vp)))
L.step(substituted(Q(2, "go", Vp), lambda u: g * u, "~17.5610")); L.step(rounds("15.8049", Q(2, "go", Vp)))
L.step(R("16.8049") < R("17.5610")); L.step(R("15.8049") < 20)
# optimality: value iteration to convergence equals V^pi
Vs = {1: sp.Integer(0), 2: sp.Integer(0)}
for _ in range(400):
    Vs = {s: max(Q(s, a, Vs) for a in A) for s in S}
L.step(all(abs(sp.N(Vs[s] - Vp[s])) < 1e-12 for s in S) and rounds("17.5610", Vp[1]) and Vp[2] == 20)
L.step(substituted(adv, lambda u, v: u - v, "~17.5610", "~16.8049")); L.step(R("17.5610") - R("16.8049") == R("0.7561"))
L.step(1 / (1 - g) == 1 / (1 - g)); L.step(1 / (1 - g) == 10)
L.define(2, "V0, value-iteration rule")
Vk = [{1: 0, 2: 0}]
for _ in range(3):
    Vk.append({s: max(Q(s, a, Vk[-1]) for a in A) for s in S})
L.step(max(1, 0) == 1 == Vk[1][1]); L.step(max(2, 0) == 2 == Vk[1][2])
L.step(Q(1, "go", Vk[1]) == g * R("1.8") and Q(1, "stay", Vk[1]) == 1 + g)
L.step(max(R("1.9"), R("1.62")) == R("1.9") == Vk[2][1]); L.step(max(2 + R("1.8"), g) == R("3.8") == Vk[2][2])
L.step(Q(1, "stay", Vk[2]) == 1 + R("1.71") and Q(1, "go", Vk[2]) == g * R("3.42"))
L.step(max(R("2.71"), R("3.078")) == R("3.078") == Vk[3][1]); L.step(max(2 + R("3.42"), R("1.71")) == R("5.42") == Vk[3][2])
L.define(note="k = 3")
L.step(Q(1, "go", Vk[2]) == g * (R("0.8") * R("3.8") + R("0.2") * R("1.9")) == g * (R("3.04") + R("0.38"))); L.step(R("3.04") + R("0.38") == R("3.42"))
L.define(note="k = 3")
d = max(abs(Vk[3][s] - Vk[2][s]) for s in S)
L.step(d == max(R("3.078") - R("1.9"), R("5.42") - R("3.8"))); L.step(max(R("3.078") - R("1.9"), R("5.42") - R("3.8")) == max(R("1.178"), R("1.62")))
L.step(max(R("1.178"), R("1.62")) == R("1.62"))
gap = max(abs(Vk[3][s] - Vp[s]) for s in S)
L.step(gap <= g / (1 - g) * R("1.62")); L.step(g / (1 - g) * R("1.62") == 9 * R("1.62")); L.step(9 * R("1.62") == R("14.58"))
L.step(gap == 20 - R("5.42") == R("14.58"))
L.step(rounds("0.0985", g ** 22, approx=True)); L.step(R("0.0985") < R("0.1") and g ** 22 < R("0.1"))
# Q-learning
al = R("0.5")
L.define(note="alpha"); L.define(note="update rule")
log = [(1, "go", 0, 2), (2, "stay", 2, 2), (2, "stay", 2, 2), (2, "go", 0, 1), (1, "go", 0, 2), (1, "stay", 1, 1)]
Qt = {(s, a): sp.Integer(0) for s in S for a in A}
hist = []
for s, a, r, n in log:
    Qt[s, a] = Qt[s, a] + al * (r + g * max(Qt[n, b] for b in A) - Qt[s, a])
    hist.append(Qt[s, a])
L.step(hist[0] == 0 + al * (0 + g * 0 - 0)); L.step(al * (0 + g * 0 - 0) == 0)
L.step(hist[1] == 0 + al * (2 + g * 0 - 0)); L.step(al * 2 == 1)
L.step(hist[2] == 1 + al * (2 + g * 1 - 1)); L.step(1 + al * (2 + g * 1 - 1) == 1 + al * R("2.9"), note="1.9"); L.step(1 + al * R("2.9") == R("2.45"))
L.step(hist[3] == 0 + al * (0 + g * 0 - 0)); L.step(al * (0 + g * 0 - 0) == 0)
L.step(hist[4] == 0 + al * (0 + g * R("2.45") - 0), carried=True); L.step(al * g * R("2.45") == R("1.1025"))
L.step(hist[5] == 0 + al * (1 + g * R("1.1025") - 0), carried=True); L.step(rounds("0.9961", al * (1 + g * R("1.1025"))))
L.step(hist[4] > hist[5], carried=R("1.1025") > R("0.9961"))
L.step(2 + g - 1 == R("1.9"))
L.step(hist[2] == 1 + al * R("1.9")); L.step(1 + al * R("1.9") == R("1.95"))
L.step(hist[4] == al * g * R("1.95")); L.step(al * g * R("1.95") == R("0.8775"))
L.step(hist[5] == al * (1 + g * R("0.8775"))); L.step(rounds("0.8949", hist[5]))
L.step(hist[4] < hist[5])
G = sum(g ** k * r for k, r in enumerate((0, 2, 2, 2)))
L.step(G == 0 + g * 2 + g ** 2 * 2 + g ** 3 * 2); L.step(g * 2 + g ** 2 * 2 + g ** 3 * 2 == R("1.8") + R("1.62") + R("1.458"))
L.step(R("1.8") + R("1.62") + R("1.458") == R("4.887"), note="4.878")
L.step(R("1.8") + R("1.62") + R("1.458") == R("4.878")); L.step(rounds("17.56", Vp[1], approx=True))
L.done()
