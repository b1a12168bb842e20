"""Labels for crossed_out_notes_transcription_hmm_forward_backward.tex: a transcription of pencil revision
notes on the umbrella HMM (prior, A, emissions): a crossed-out alpha_2 without the transition matrix; forward
pass with a transposed-digit sum 0.2715 for 0.2751, carried into P(e_1:3), the filtered belief, the odds and
the day-4 prediction, then redone in the margin; backward pass with columns of A for rows (both entries),
carried into the sum-check, then redone; smoothing with a digit swap 0.1630 for 0.1603; Viterbi."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch22/crossed_out_notes_transcription_hmm_forward_backward.tex")
pi = [R("0.6"), R("0.4")]
A = sp.Matrix([[R("0.7"), R("0.3")], [R("0.4"), R("0.6")]])
Eu = [R("0.9"), R("0.2")]
En = [1 - e for e in Eu]
obs = [Eu, Eu, En]
L.define(); L.define(); L.define(2, "emissions")
# exact forward / backward
al = [[pi[j] * obs[0][j] for j in range(2)]]
for t in (1, 2):
    al.append([obs[t][j] * sum(al[-1][i] * A[i, j] for i in range(2)) for j in range(2)])
Pe = sum(al[2])
be2 = [sum(A[i, j] * obs[2][j] for j in range(2)) for i in range(2)]
L.define(note="alpha_t = P(e, X_t)"); L.step(True, note="forward recursion"); L.step(True, note="alpha_1 = pi_j P(e_1|j)")
L.step(al[0][0] == R("0.6") * R("0.9")); L.step(R("0.6") * R("0.9") == R("0.54"))
L.step(al[0][1] == R("0.4") * R("0.2")); L.step(R("0.4") * R("0.2") == R("0.08"))
L.step(sum(al[0]) == R("0.54") + R("0.08")); L.step(R("0.54") + R("0.08") == R("0.62"))
f1 = al[0][0] / sum(al[0])
L.step(f1 == R("0.54") / R("0.62")); L.step(rounds("0.8710", f1))
# crossed-out line
L.step(al[1][0] == R("0.9") * (R("0.54") + R("0.08")), note="no A"); L.step(R("0.9") * (R("0.54") + R("0.08")) == R("0.558"))
for j, (x, y, s1, s2, s, res, e) in enumerate((("0.7", "0.4", "0.378", "0.032", "0.41", "0.369", "0.9"),
                                               ("0.3", "0.6", "0.162", "0.048", "0.21", "0.042", "0.2"))):
    ex = R(e) * (R("0.54") * R(x) + R("0.08") * R(y))
    L.step(al[1][j] == ex); L.step(ex == R(e) * (R(s1) + R(s2))); L.step(R(e) * (R(s1) + R(s2)) == R(e) * R(s))
    L.step(R(e) * R(s) == R(res))
Pe2 = sum(al[1])
f2 = al[1][0] / Pe2
L.step(Pe2 == R("0.369") + R("0.042")); L.step(R("0.369") + R("0.042") == R("0.411"))
L.step(f2 == R("0.369") / R("0.411")); L.step(rounds("0.8978", f2))
L.step(R("0.8978") > R("0.8710"))
L.step(En[0] == 1 - R("0.9")); L.step(1 - R("0.9") == R("0.1")); L.step(En[1] == R("0.8"))
# day 3
L.step(al[2][0] == R("0.1") * (R("0.369") * R("0.7") + R("0.042") * R("0.4")))
L.step(R("0.369") * R("0.7") + R("0.042") * R("0.4") == R("0.2583") + R("0.0168"))
L.step(R("0.2583") + R("0.0168") == R("0.2715"), note="0.2751")
L.step(R("0.1") * R("0.2715") == R("0.02715"))
ex = R("0.8") * (R("0.369") * R("0.3") + R("0.042") * R("0.6"))
L.step(al[2][1] == ex); L.step(ex == R("0.8") * (R("0.1107") + R("0.0252")))
L.step(R("0.1107") + R("0.0252") == R("0.1359")); L.step(R("0.8") * R("0.1359") == R("0.10872"))
wa, wb = R("0.02715"), R("0.10872")
L.step(Pe == wa + wb, carried=True); L.step(wa + wb == R("0.13587"))
f3 = al[2][0] / Pe
L.step(f3 == wa / R("0.13587"), carried=True); L.step(rounds("0.1998", wa / R("0.13587")))
L.step(1 - f3 == R("0.8002"), carried=rounds("0.8002", 1 - wa / R("0.13587")))
odds = al[2][0] / al[2][1]
L.step(odds == R("0.1998") / R("0.8002"), carried=True); L.step(rounds("0.2497", R("0.1998") / R("0.8002")))
pred = A[0, 0] * f3 + A[1, 0] * (1 - f3)
L.step(pred == R("0.7") * R("0.1998") + R("0.4") * R("0.8002"), carried=True)
L.step(R("0.7") * R("0.1998") + R("0.4") * R("0.8002") == R("0.13986") + R("0.32008"))
L.step(rounds("0.4599", R("0.13986") + R("0.32008")))
L.step(R("0.2583") + R("0.0168") == R("0.2751"))
L.step(al[2][0] == R("0.1") * R("0.2751")); L.step(R("0.1") * R("0.2751") == R("0.02751"))
L.step(Pe == R("0.02751") + R("0.10872")); L.step(R("0.02751") + R("0.10872") == R("0.13623"))
L.step(f3 == R("0.02751") / R("0.13623")); L.step(rounds("0.2019", f3))
L.step(substituted(pred, lambda u, v: R("0.7") * u + R("0.4") * v, "~0.2019", "~0.7981")); L.step(rounds("0.4606", pred))
L.step(odds == R("0.02751") / R("0.10872")); L.step(rounds("0.2530", odds))
# backward
L.define(note="beta_3 = 1"); L.define(note="beta recursion")
L.step(be2[0] == R("0.7") * R("0.1") + R("0.4") * R("0.8"), note="column of A")
L.step(R("0.7") * R("0.1") + R("0.4") * R("0.8") == R("0.07") + R("0.32")); L.step(R("0.07") + R("0.32") == R("0.39"))
L.step(be2[1] == R("0.3") * R("0.1") + R("0.6") * R("0.8"), note="column of A")
L.step(R("0.3") * R("0.1") + R("0.6") * R("0.8") == R("0.03") + R("0.48")); L.step(R("0.03") + R("0.48") == R("0.51"))
ab = al[1][0] * be2[0] + al[1][1] * be2[1]
assert ab == Pe
L.step(ab == R("0.369") * R("0.39") + R("0.042") * R("0.51"), carried=True)
L.step(R("0.369") * R("0.39") + R("0.042") * R("0.51") == R("0.14391") + R("0.02142"))
L.step(R("0.14391") + R("0.02142") == R("0.16533")); L.step(R("0.16533") != R("0.13623"))
for i, (x, y, s1, s2, res) in enumerate((("0.7", "0.3", "0.07", "0.24", "0.31"), ("0.4", "0.6", "0.04", "0.48", "0.52"))):
    ex = R(x) * R("0.1") + R(y) * R("0.8")
    L.step(be2[i] == ex); L.step(ex == R(s1) + R(s2)); L.step(R(s1) + R(s2) == R(res))
L.step(R("0.369") * R("0.31") + R("0.042") * R("0.52") == R("0.11439") + R("0.02184"))
L.step(R("0.11439") + R("0.02184") == R("0.13623") == Pe)
g2 = al[1][0] * be2[0] / Pe
L.step(True, note="gamma propto alpha beta"); L.step(g2 == R("0.11439") / R("0.13623")); L.step(rounds("0.8397", g2))
L.step(1 - g2 == R("0.02184") / R("0.13623")); L.step(rounds("0.1630", 1 - g2), note="0.1603")
L.step(R("0.8397") + R("0.1630") == R("1.0027"))
L.step(R("0.8397") < R("0.8978"))
# Viterbi
d1 = al[0]
L.step(True, note="delta_1 = alpha_1"); L.step(d1 == [R("0.54"), R("0.08")])
d2 = [obs[1][j] * max(d1[i] * A[i, j] for i in range(2)) for j in range(2)]
d3 = [obs[2][j] * max(d2[i] * A[i, j] for i in range(2)) for j in range(2)]
for j, (e, x, y, m, res) in enumerate((("0.9", "0.7", "0.4", "0.378", "0.3402"), ("0.2", "0.3", "0.6", "0.162", "0.0324"))):
    ex = R(e) * max(R("0.54") * R(x), R("0.08") * R(y))
    L.step(d2[j] == ex); L.step(ex == R(e) * R(m)); L.step(R(e) * R(m) == R(res))
for j, (e, x, y, m, res) in enumerate((("0.1", "0.7", "0.4", "0.23814", "0.023814"), ("0.8", "0.3", "0.6", "0.10206", "0.08165"))):
    ex = R(e) * max(R("0.3402") * R(x), R("0.0324") * R(y))
    L.step(d3[j] == ex); L.step(ex == R(e) * R(m)); L.step(rounds(res, R(e) * R(m)))
L.step(R("0.08165") > R("0.023814"))
L.step(rounds("0.08165", max(d3))); L.step(rounds("0.5994", R("0.08165") / R("0.13623"), max(d3) / Pe))
L.done()
