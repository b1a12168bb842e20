"""Labels for mock_viva_rehearsal_hmm_forward_pass.tex: a transcribed mock-viva rehearsal (examiner E,
candidate C): a 2-state rain/dry HMM with umbrella observations U, U, not-U; the forward recursion
(`\\al` macro), likelihood, path count, filtering, one-step prediction, backward messages, smoothing on
day 2 and the scaled-forward log-likelihood."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import itertools  # noqa: E402
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch25/mock_viva_rehearsal_hmm_forward_pass.tex")
pi = [R("0.5"), R("0.5")]
A = [[R("0.8"), R("0.2")], [R("0.3"), R("0.7")]]
bU = [R("0.9"), R("0.2")]
bN = [1 - bU[0], 1 - bU[1]]
obs = [bU, bU, bN]
L.define(note="pi"); L.define(2, "A"); L.define(2, "emissions")
L.define(note="alpha"); L.step(True, note="alpha_1 = pi b"); L.step(True, note="forward recursion")
a1 = [pi[j] * bU[j] for j in range(2)]
L.step(True); L.step(a1[0] == R("0.45")); L.step(True); L.step(a1[1] == R("0.10"))
a2 = [bU[j] * sum(a1[i] * A[i][j] for i in range(2)) for j in range(2)]
a2w = [bU[j] * sum(a1[i] * A[j][i] for i in range(2)) for j in range(2)]
L.step(a2[0] == R("0.9") * (R("0.45") * R("0.8") + R("0.10") * R("0.2")), note="A_DR = 0.3"); L.step(R("0.9") * R("0.38") == R("0.9") * (R("0.45") * R("0.8") + R("0.10") * R("0.2"))); L.step(R("0.9") * R("0.38") == R("0.342"))
L.step(a2[1] == R("0.2") * (R("0.45") * R("0.3") + R("0.10") * R("0.7")), note="A_RD = 0.2"); L.step(R("0.45") * R("0.3") + R("0.10") * R("0.7") == R("0.205")); L.step(R("0.2") * R("0.205") == R("0.041"))
L.step(bN[0] == 1 - R("0.9")); L.step(bN[0] == R("0.1")); L.step(bN[1] == 1 - R("0.2")); L.step(bN[1] == R("0.8"))
a3 = [bN[j] * sum(a2[i] * A[i][j] for i in range(2)) for j in range(2)]
a3w = [bN[j] * sum(a2w[i] * A[i][j] for i in range(2)) for j in range(2)]
L.step(a3[0] == R("0.1") * (R("0.342") * R("0.8") + R("0.041") * R("0.3")), carried=a3w[0] == R("0.1") * (R("0.342") * R("0.8") + R("0.041") * R("0.3")))
L.step(R("0.342") * R("0.8") + R("0.041") * R("0.3") == R("0.2859")); L.step(R("0.1") * R("0.2859") == R("0.02859"))
L.step(a3[1] == R("0.8") * (R("0.342") * R("0.2") + R("0.041") * R("0.7")), carried=a3w[1] == R("0.8") * (R("0.342") * R("0.2") + R("0.041") * R("0.7")))
L.step(R("0.342") * R("0.2") + R("0.041") * R("0.7") == R("0.0971")); L.step(R("0.8") * R("0.0971") == R("0.07768"))
P = sum(a3)
L.step(True, note="P = sum of alpha_3"); L.step(P == R("0.02859") + R("0.07768"), carried=sum(a3w) == R("0.02859") + R("0.07768"))
L.step(R("0.02859") + R("0.07768") == R("0.10627"))
filt = a3[0] / P
L.step(filt == R("0.02859") / R("0.10627"), carried=a3w[0] / sum(a3w) == R("0.02859") / R("0.10627")); L.step(rounds("0.2690", R("0.02859") / R("0.10627")))
L.step(A[0][0] == R("0.8")); L.step(A[1][0] == R("0.3"))
L.step(A[0][1] == R("0.2"))
L.step(a2[0] == R("0.9") * (R("0.45") * R("0.8") + R("0.10") * R("0.3"))); L.step(R("0.45") * R("0.8") + R("0.10") * R("0.3") == R("0.39")); L.step(a2[0] == R("0.351"))
L.step(a2[1] == R("0.2") * (R("0.45") * R("0.2") + R("0.10") * R("0.7"))); L.step(R("0.45") * R("0.2") + R("0.10") * R("0.7") == R("0.16")); L.step(a2[1] == R("0.032"))
L.step(a3[0] == R("0.1") * (R("0.351") * R("0.8") + R("0.032") * R("0.3"))); L.step(R("0.351") * R("0.8") + R("0.032") * R("0.3") == R("0.2904")); L.step(a3[0] == R("0.02904"))
L.step(a3[1] == R("0.8") * (R("0.351") * R("0.2") + R("0.032") * R("0.7"))); L.step(R("0.351") * R("0.2") + R("0.032") * R("0.7") == R("0.0926")); L.step(a3[1] == R("0.07408"))
L.step(P == R("0.02904") + R("0.07408")); L.step(P == R("0.10312")); L.step(rounds("-2.2719", sp.log(P)))
# brute force
T = 3
paths = list(itertools.product(range(2), repeat=T))
L.define(note="T = 3"); L.step(len(paths) == 2 ** (T + 1)); L.step(2 ** (T + 1) == 2 ** 4); L.step(2 ** 4 == 16)
L.step(len(paths) == 2 ** T); L.step(2 ** T == 2 ** 3); L.step(2 ** 3 == 8)


def path_p(z):
    p = pi[z[0]] * obs[0][z[0]]
    for t in range(1, T):
        p *= A[z[t - 1]][z[t]] * obs[t][z[t]]
    return p


best = max(paths, key=path_p)
assert sum(path_p(z) for z in paths) == P
L.step(best == (0, 0, 1) and path_p(best) == R("0.5") * R("0.9") * R("0.8") * R("0.9") * R("0.2") * R("0.8") == R("0.05184"))
L.step(True, note="normalised alpha_3"); L.step(filt == R("0.02904") / R("0.10312")); L.step(rounds("0.2816", filt))
pred = filt * A[0][0] + (1 - filt) * A[1][0]
L.step(substituted(pred, lambda p, q: p * R("0.8") + q * R("0.3"), "~0.2816", "~0.7184"))
L.step(rounds("0.2253", R("0.2816") * R("0.8")) and rounds("0.2155", R("0.7184") * R("0.3"))); L.step(R("0.2253") + R("0.2155") == R("0.4408") and rounds("0.4408", pred))
L.define(2, "beta_3, backward recursion")
b2 = [sum(A[i][j] * bN[j] for j in range(2)) for i in range(2)]
L.step(b2[0] == R("0.8") * R("0.1") + R("0.2") * R("0.8")); L.step(b2[0] == R("0.24"))
L.step(b2[1] == R("0.3") * R("0.1") + R("0.7") * R("0.8")); L.step(b2[1] == R("0.59"))
L.step(sum(a2[j] * b2[j] for j in range(2)) == R("0.351") * R("0.24") + R("0.032") * R("0.59"))
L.step(R("0.351") * R("0.24") == R("0.08424") and R("0.032") * R("0.59") == R("0.01888")); L.step(R("0.08424") + R("0.01888") == P)
sm = a2[0] * b2[0] / P
L.step(True, note="smoothing formula"); L.step(sm == R("0.08424") / R("0.10312")); L.step(rounds("0.8169", sm))
# scaling
L.define(note="c_t"); L.step(True, note="ln P = sum ln c_t")
c1 = sum(a1)
h1 = [a / c1 for a in a1]
c2 = sum(bU[j] * sum(h1[i] * A[i][j] for i in range(2)) for j in range(2))
c3 = P / (c1 * c2)
L.step(c1 == R("0.55")); L.step(rounds("0.8182", h1[0]) and rounds("0.1818", h1[1]))
L.step(substituted(c2, lambda p, q: R("0.9") * (p * R("0.8") + q * R("0.3")) + R("0.2") * (p * R("0.2") + q * R("0.7")), "~0.8182", "~0.1818"))
L.step(rounds("0.6382", R("0.9") * (R("0.8182") * R("0.8") + R("0.1818") * R("0.3"))) and rounds("0.0582", R("0.2") * (R("0.8182") * R("0.2") + R("0.1818") * R("0.7"))))
L.step(R("0.6382") + R("0.0582") == R("0.6964") and rounds("0.6964", c2))
L.step(substituted(c3, lambda p, q: P / (p * q), "~0.55", "~0.6964")); L.step(rounds("0.2692", R("0.10312") / (R("0.55") * R("0.6964"))))
L.step(rounds("-0.5978", sp.log(R("0.55"))) and rounds("-0.3619", sp.log(R("0.6964"))) and rounds("-1.3123", sp.log(R("0.2692"))), note="ln 0.6964 = -0.3618")
L.step(R("-0.5978") - R("0.3619") - R("1.3123") == R("-2.2720"))
L.done()
