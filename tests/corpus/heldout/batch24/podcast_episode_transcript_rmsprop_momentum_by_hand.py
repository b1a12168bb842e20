"""Labels for podcast_episode_transcript_rmsprop_momentum_by_hand.tex: a study podcast's transcript
with the show notes' equations pasted in: f(w) = (w1^2 + 10 w2^2)/2 from (1.0, 0.5), three heavy-ball
momentum steps, the unrolled velocity and the effective step, plain GD for comparison, and two RMSProp
steps with per-coordinate step sizes. Slips: 0.9 x 1.85 + 0.8575 written 2.5525 (carried into w3 and
f(w3)); 0.95^2 written 0.9205 (carried into f); RMSProp's second accumulator with g for g*g (carried
into sqrt(s2), w2 and f(w2))."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch24/podcast_episode_transcript_rmsprop_momentum_by_hand.tex")
Mat = sp.Matrix
w1s, w2s = sp.symbols("w1 w2", real=True)
fs = (w1s ** 2 + 10 * w2s ** 2) / 2
f = lambda w: fs.subs({w1s: w[0], w2s: w[1]})
grad = lambda w: Mat([w[0], 10 * w[1]])
L.define(note="f"); L.step(Mat([sp.diff(fs, w1s), sp.diff(fs, w2s)]) == Mat([w1s, 10 * w2s]))
w0 = Mat([1, R("0.5")])
L.define(note="w0"); L.step(f(w0) == (1 + 10 * R("0.25")) / 2); L.step(f(w0) == R("1.75"))
L.step(True, note="2/lambda_max = 2/10"); L.step(sp.Rational(2, 10) == R("0.2"))
L.define(5, "momentum rule, beta, eta, v0")
beta, eta = R("0.9"), R("0.05")
v, w = Mat([0, 0]), w0
ws, vs, gs = [w0], [], []
for t in range(3):
    g = grad(w); v = beta * v + g; w = w - eta * v
    gs.append(g); vs.append(v); ws.append(w)
L.step(True); L.step(gs[0] == Mat([1, 5])); L.step(True); L.step(vs[0] == Mat([1, 5]))
L.step(True); L.step(ws[1] == Mat([1 - R("0.05"), R("0.5") - R("0.25")])); L.step(ws[1] == Mat([R("0.95"), R("0.25")]))
L.step(f(ws[1]) == (R("0.9025") + R("0.625")) / 2); L.step(rounds("0.764", f(ws[1]), approx=True))
L.step(gs[1] == Mat([R("0.95"), R("2.5")])); L.step(True); L.step(vs[1] == Mat([R("0.9") + R("0.95"), R("4.5") + R("2.5")])); L.step(vs[1] == Mat([R("1.85"), 7]))
L.step(True); L.step(ws[2] == Mat([R("0.95") - R("0.0925"), R("0.25") - R("0.35")])); L.step(ws[2] == Mat([R("0.8575"), R("-0.1")]))
L.step(substituted(f(ws[2]), lambda p: (p + R("0.1")) / 2, "~0.7353")); L.step(rounds("0.4177", (R("0.7353") + R("0.1")) / 2, f(ws[2])))
L.step(gs[2] == Mat([R("0.8575"), -1]))
L.step(vs[2] == Mat([R("0.9") * R("1.85") + R("0.8575"), R("0.9") * 7 - 1]))
L.step(vs[2] == Mat([R("2.5525"), R("5.3")]), note="2.5225")
vw = Mat([R("2.5525"), R("5.3")])
L.step(ws[3] == Mat([R("0.8575") - R("0.05") * R("2.5525"), R("-0.1") - R("0.05") * R("5.3")]),
       carried=(ws[2] - eta * vw) == Mat([R("0.8575") - R("0.05") * R("2.5525"), R("-0.1") - R("0.05") * R("5.3")]))
L.step(rounds("0.7299", R("0.8575") - R("0.05") * R("2.5525")) and R("-0.1") - R("0.05") * R("5.3") == R("-0.365"))
L.step(substituted(f(ws[3]), lambda p, q: (p ** 2 + 10 * q ** 2) / 2, "~0.7299", "-0.365"), carried=True)
L.step(rounds("0.9325", (R("0.7299") ** 2 + 10 * R("0.365") ** 2) / 2)); L.step(R("0.9325") > R("0.4177"))
t, k = sp.symbols("t k", integer=True, positive=True)
# unrolled: v_t = sum_k beta^{t-k} g_k, checked on the three steps above
L.step(all(vs[n] == sum((beta ** (n - m) * gs[m] for m in range(n + 1)), Mat([0, 0])) for n in range(3)))
L.step(1 / (1 - beta) == 10)
L.step(eta / (1 - beta) == R("0.05") / R("0.1")); L.step(R("0.05") / R("0.1") == R("0.5")); L.step(R("0.5") * 10 == 5)
L.step(1 - R("0.05") == R("0.95")); L.step(1 - R("0.05") * 10 == R("0.5"))
wgd = w0
for _ in range(2):
    wgd = wgd - eta * grad(wgd)
L.step(wgd == Mat([R("0.95") ** 2, R("0.5") * R("0.5") ** 2])); L.step(R("0.95") ** 2 == R("0.9205"), note="0.9025")
L.step(substituted(f(wgd), lambda p: (p ** 2 + 10 * R("0.125") ** 2) / 2, "~0.9205"), carried=True)
L.step(rounds("0.5018", (R("0.9205") ** 2 + 10 * R("0.125") ** 2) / 2))
L.step(R("0.4177") < R("0.5018"))
# RMSProp
L.define(2, "RMSProp rules"); L.define(4, "rho, eta, s0, epsilon")
rho, eta2 = R("0.9"), R("0.1")
s, w = Mat([0, 0]), w0
rs, rw = [], [w0]
for _ in range(2):
    g = grad(w); s = rho * s + (1 - rho) * g.multiply_elementwise(g)
    w = w - eta2 * Mat([g[i] / sp.sqrt(s[i]) for i in range(2)])
    rs.append(s); rw.append(w)
L.step(rs[0] == R("0.1") * Mat([1, 25])); L.step(rs[0] == Mat([R("0.1"), R("2.5")]))
L.step(rounds("0.3162", sp.sqrt(rs[0][0])) and rounds("1.5811", sp.sqrt(rs[0][1])))
L.step(substituted(rw[1][0], lambda p: 1 - R("0.1") / p, "~0.3162") and substituted(rw[1][1], lambda p: R("0.5") - R("0.5") / p, "~1.5811"))
L.step(rounds("0.3162", R("0.1") / R("0.3162"), R("0.1") / sp.sqrt(R("0.1"))) and rounds("0.3162", R("0.5") / R("1.5811"), R("0.5") / sp.sqrt(R("2.5"))))
L.step(rounds("0.6838", 1 - R("0.3162")) and rounds("0.1838", R("0.5") - R("0.3162")))
L.step(True, note="eta / sqrt(1 - rho)"); L.step(rounds("0.3162", R("0.1") / sp.sqrt(R("0.1"))))
g2 = grad(rw[1])
L.step(rounds("0.6838", g2[0]) and rounds("1.838", g2[1]))
L.step(False, note="0.1 g2 for 0.1 g2*g2")
L.step(rounds("0.0684", R("0.1") * R("0.6838")) and R("0.1") * R("1.838") == R("0.1838"))
L.step(R("0.09") + R("0.0684") == R("0.1584") and R("2.25") + R("0.1838") == R("2.4338"))
sw = Mat([R("0.1584"), R("2.4338")])
L.step(rounds("0.3980", sp.sqrt(rs[1][0])) and rounds("1.5601", sp.sqrt(rs[1][1])),
       carried=rounds("0.3980", sp.sqrt(sw[0])) and rounds("1.5601", sp.sqrt(sw[1])))
L.step(substituted(rw[2][0], lambda p, q: p - R("0.1") * p / q, "~0.6838", "~0.3980"), carried=True)
L.step(rounds("0.1718", R("0.06838") / R("0.3980")) and rounds("0.1178", R("0.1838") / R("1.5601")))
L.step(rounds("0.5120", R("0.6838") - R("0.1718")) and rounds("0.0660", R("0.1838") - R("0.1178")))
L.step(substituted(f(rw[2]), lambda p, q: (p ** 2 + 10 * q ** 2) / 2, "~0.5120", "~0.0660"), carried=True)
L.step(rounds("0.1529", (R("0.5120") ** 2 + 10 * R("0.0660") ** 2) / 2))
L.step(substituted(rs[1][0], lambda p: R("0.09") + R("0.1") * p ** 2, "~0.6838") and substituted(rs[1][1], lambda p: R("2.25") + R("0.1") * p ** 2, "~1.838"))
L.step(rounds("0.0468", R("0.1") * R("0.6838") ** 2) and rounds("0.3378", R("0.1") * R("1.838") ** 2))
L.step(R("0.09") + R("0.0468") == R("0.1368") and R("2.25") + R("0.3378") == R("2.5878"))
L.step(rounds("0.3699", sp.sqrt(R("0.1368")), sp.sqrt(rs[1][0])) and rounds("1.6087", sp.sqrt(R("2.5878")), sp.sqrt(rs[1][1])))
L.step(substituted(rw[2][0], lambda p, q: p - q, "~0.6838", "~0.1849") and substituted(rw[2][1], lambda p, q: p - q, "~0.1838", "~0.1143"))
L.step(rounds("0.4989", R("0.6838") - R("0.1849")) and rounds("0.0695", R("0.1838") - R("0.1143")))
L.step(substituted(f(rw[2]), lambda p, q: (p + q) / 2, "~0.2489", "~0.0483"))
L.step(rounds("0.1486", (R("0.2489") + R("0.0483")) / 2))
L.step(R("0.1486") < R("0.4177"))
L.step(rounds("0.270", R("0.1") / sp.sqrt(rs[1][0]), approx=True)); L.step(rounds("0.0622", R("0.1") / sp.sqrt(rs[1][1]), approx=True))
L.step(rounds("4.35", sp.sqrt(rs[1][1] / rs[1][0]), approx=True))
L.done()
