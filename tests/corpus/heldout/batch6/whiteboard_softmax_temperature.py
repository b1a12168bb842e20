"""Labels for whiteboard_softmax_temperature.tex: a transcribed whiteboard: softmax and cross-entropy at
z = (2, 1, 0) to 4 decimals, the gradient as y - p (carried into a step) then p - y, the stable
log-sum-exp, log-sum-exp as a sum, softmax(2z) = softmax(z), temperature 2 with the 1/T dropped."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch6/whiteboard_softmax_temperature.tex")
z = [2, 1, 0]; y = [0, 1, 0]
E = [sp.exp(v) for v in z]; S = sum(E); p = [e / S for e in E]; loss = -sp.log(p[1])
grad = [pi - yi for pi, yi in zip(p, y)]
rv = lambda ws, vs: all(rounds(w, v) for w, v in zip(ws, vs))
L.define(4)
L.step(rounds("7.3891", E[0])); L.step(rounds("2.7183", E[1])); L.step(E[2] == 1); L.step(rounds("11.1074", S, R("7.3891") + R("2.7183") + 1))
L.step(True, note="p = e^z / sum"); L.step(rv(["0.6652", "0.2447", "0.0900"], p))
L.step(substituted(loss, lambda q: -sp.log(q), "~0.2447")); L.step(rounds("1.4076", loss, -sp.log(R("0.2447"))))
L.step(False, note="y - p"); L.step(rv(["-0.6652", "0.7553", "-0.0900"], [-g for g in grad]))
L.define(); L.step(False, carried=rv(["2.0665", "0.9245", "0.0090"], [zi - R("0.1") * (yi - pi) for zi, yi, pi in zip(z, y, p)]))
L.step(True, note="p - y"); L.step(rv(["0.6652", "-0.7553", "0.0900"], grad)); L.define(); L.step(rv(["1.9335", "1.0755", "-0.0090"], [zi - R("0.1") * g for zi, g in zip(z, grad)]))
lse = sp.log(S)
L.step(sp.simplify(lse - (2 + sp.log(1 + sp.exp(-1) + sp.exp(-2)))) == 0)
L.step(rounds("1.5032", 1 + sp.exp(-1) + sp.exp(-2))); L.step(rounds("2.4076", lse, 2 + sp.log(R("1.5032"))))
L.step(sp.simplify(loss - (lse - z[1])) == 0); L.step(rounds("1.4076", loss, R("2.4076") - 1))
L.step(sp.N(lse) == sum(z)); L.step(sum(z) == 3)
zs = sp.symbols("z1:4", real=True); c = sp.Symbol("c", real=True)
sm = lambda v: [sp.exp(t) / sum(sp.exp(u) for u in v) for t in v]
L.step(all(same(a, b, [*zs, c], positive=False) for a, b in zip(sm([t + 5 for t in zs]), sm(zs))))
L.step(all(same(a, b, list(zs), positive=False) for a, b in zip(sm([2 * t for t in zs]), sm(zs))))
T = 2; zt = [sp.Rational(v, T) for v in z]; Et = [sp.exp(v) for v in zt]; St = sum(Et); pt = [e / St for e in Et]
L.step(zt == [1, sp.Rational(1, 2), 0]); L.step(rounds("1.6487", Et[1])); L.step(True, note="2.7183 + 1.6487 + 1"); L.step(rounds("5.3670", St, R("2.7183") + R("1.6487") + 1))
L.step(rv(["0.5065", "0.3072", "0.1863"], pt)); L.step(rounds("0.5065", max(pt))); L.step(R("0.5065") < R("0.6652"))
lt = -sp.log(pt[1])
zz = sp.symbols("a b c", real=True)
lt_sym = -sp.log(sm([t / T for t in zz])[1])
grad_t = [sp.diff(lt_sym, t).subs(dict(zip(zz, z))) for t in zz]
L.define(); L.step(all(sp.simplify(g - (pi - yi)) == 0 for g, pi, yi in zip(grad_t, pt, y)))
L.step(rv(["0.5065", "-0.6928", "0.1863"], [pi - yi for pi, yi in zip(pt, y)]))
L.step(all(sp.simplify(g - (pi - yi) / T) == 0 for g, pi, yi in zip(grad_t, pt, y)))
L.step(rv(["0.253", "-0.346", "0.093"], grad_t))
L.done()
