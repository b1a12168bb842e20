"""Labels for lista_exercicios_cadeia_markov_estacionaria_virgula.tex: a Brazilian homework (decimal commas,
the monitor's corrections in red): a two-state weather chain (stationary distribution, P^2, P^n with the
coefficient pi_1 for pi_2 in the (1,1) entry, carried into P(X3 = S); a geometric stay with 0.9^3 for 0.9^2),
a three-state chain (an addition slip 0.521 for 0.512, carried; pi_2 = 9/13 pi_3 for 13/9 pi_3, carried
into pi_1, pi_3; a transposed digit in m_2), and a gambler's-ruin first-step analysis (1 - 0.24 = 0.64,
carried into h_2 and both ruin probabilities)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch22/lista_exercicios_cadeia_markov_estacionaria_virgula.tex")
# Questão 1
P = sp.Matrix([[R("0.9"), R("0.1")], [R("0.4"), R("0.6")]])
a, b = R("0.1"), R("0.4")
L.define(); L.define(2, "a, b")
pi = sp.Matrix([[b / (a + b), a / (a + b)]])
assert pi * P == pi
p1, p2 = pi
L.define(2, "pi P = pi, sum")
L.define(note="first coordinate of pi P = pi")
L.step(R("0.1") * p1 == R("0.4") * p2)
L.step(p1 == 4 * p2); L.step(5 * p2 == 1); L.step(p2 == R("0.2")); L.step(p1 == R("0.8"))
L.step(p1 == b / (a + b)); L.step(b / (a + b) == R("0.4") / R("0.5")); L.step(R("0.4") / R("0.5") == R("0.8"))
P2 = P ** 2
for (i, j), (u1, v1, u2, v2, s1, s2, res) in zip(
        [(0, 0), (0, 1), (1, 0), (1, 1)],
        [("0.9", "0.9", "0.1", "0.4", "0.81", "0.04", "0.85"), ("0.9", "0.1", "0.1", "0.6", "0.09", "0.06", "0.15"),
         ("0.4", "0.9", "0.6", "0.4", "0.36", "0.24", "0.6"), ("0.4", "0.1", "0.6", "0.6", "0.04", "0.36", "0.4")]):
    e = R(u1) * R(v1) + R(u2) * R(v2)
    L.step(P2[i, j] == e); L.step(e == R(s1) + R(s2)); L.step(R(s1) + R(s2) == R(res))
L.step(P2[0, 1] == R("0.15")); L.step(R("0.85") + R("0.15") == R("0.6") + R("0.4")); L.step(R("0.6") + R("0.4") == 1)
lam = 1 - a - b
L.step(lam == sorted(P.eigenvals())[0]); L.step(lam == R("0.5"))
n = sp.symbols("n", integer=True, positive=True)
Pn = sp.Matrix([[p1, p2], [p1, p2]]) + lam ** n * sp.Matrix([[p2, -p2], [-p1, p1]])
L.step(all((Pn.subs(n, k) - P ** k) == sp.zeros(2, 2) for k in range(1, 6)))
L.define(note="n = 3")
P3 = P ** 3
L.step(P3[0, 0] == p1 + p1 * lam ** 3, note="pi_2 lam^3")
L.step(p1 + p1 * lam ** 3 == R("0.8") + R("0.8") * R("0.125")); L.step(R("0.8") + R("0.8") * R("0.125") == R("0.9"))
L.step(P3[0, 0] == R("0.8") + R("0.2") * R("0.125")); L.step(R("0.8") + R("0.2") * R("0.125") == R("0.825"))
L.step(P3[1, 0] == p1 - p1 * lam ** 3); L.step(p1 - p1 * lam ** 3 == R("0.8") - R("0.1")); L.step(R("0.8") - R("0.1") == R("0.7"))
wrong = p1 + p1 * lam ** 3
L.step(P3[0, 1] == 1 - R("0.9"), carried=(1 - wrong == 1 - R("0.9"))); L.step(1 - R("0.9") == R("0.1"))
L.step(P3[0, 1] == 1 - R("0.825")); L.step(1 - R("0.825") == R("0.175"))
L.step(R("0.5") ** 6 == R("0.015625")); L.step(R("0.015625") > R("0.01")); L.step(R("0.5") ** 7 == R("0.0078125")); L.step(R("0.0078125") < R("0.01"))
L.step(1 / p2 == 1 / R("0.2")); L.step(1 / R("0.2") == 5); L.step(1 / p1 == 1 / R("0.8")); L.step(1 / R("0.8") == R("1.25"))
L.step(R("1.25") == 1 / p1)
# stay in rain: geometric with success a
L.step(1 / a == 1 / R("0.1")); L.step(1 / R("0.1") == 10)
stay3 = (1 - a) ** 2 * a
L.step(stay3 == R("0.9") ** 3 * R("0.1"), note="0.9^2"); L.step(R("0.9") ** 3 * R("0.1") == R("0.0729"))
L.step(stay3 == R("0.9") ** 2 * R("0.1")); L.step(R("0.9") ** 2 * R("0.1") == R("0.081"))
# Questão 2
Q = sp.Matrix([[R("0.7"), R("0.2"), R("0.1")], [R("0.3"), R("0.5"), R("0.2")], [R("0.2"), R("0.3"), R("0.5")]])
L.define(2, "Q, p0")
p0 = sp.Matrix([[1, 0, 0]])
pp1 = p0 * Q
L.step(pp1 == p0 * Q); L.step(pp1 == sp.Matrix([[R("0.7"), R("0.2"), R("0.1")]]))
pp2 = pp1 * Q
rows = [(("0.7", "0.7"), ("0.2", "0.3"), ("0.1", "0.2"), ("0.49", "0.06", "0.02"), "0.57"),
        (("0.7", "0.2"), ("0.2", "0.5"), ("0.1", "0.3"), ("0.14", "0.10", "0.03"), "0.27"),
        (("0.7", "0.1"), ("0.2", "0.2"), ("0.1", "0.5"), ("0.07", "0.04", "0.05"), "0.16")]
for k, (x, y, z, parts, res) in enumerate(rows):
    e = sum(R(u) * R(v) for u, v in (x, y, z))
    L.step(pp2[k] == e); L.step(e == sum(R(s) for s in parts)); L.step(sum(R(s) for s in parts) == R(res))
pp3 = pp2 * Q
e = R("0.57") * R("0.7") + R("0.27") * R("0.3") + R("0.16") * R("0.2")
L.step(pp3[0] == e); L.step(e == R("0.399") + R("0.081") + R("0.032"))
L.step(R("0.399") + R("0.081") + R("0.032") == R("0.521"), note="0.512")
L.step(R("0.399") + R("0.081") + R("0.032") == R("0.512"))
L.define(2, "pi Q = pi, sum"); L.define(2, "the two stationarity equations")
s = sp.Matrix([[19, 13, 9]]) / 41
assert s * Q == s
q1, q2, q3 = s
L.step(R("0.3") * q1 == R("0.3") * q2 + R("0.2") * q3); L.step(q1 == q2 + sp.Rational(2, 3) * q3)
L.step(R("0.5") * q2 == R("0.2") * (q2 + sp.Rational(2, 3) * q3) + R("0.3") * q3)
L.step(R("0.3") * q2 == sp.Rational(13, 30) * q3)
L.step(q2 == sp.Rational(9, 13) * q3, note="13/9")
# the writer's own values from pi_2 = 9/13 pi_3
L.step(q1 == (sp.Rational(9, 13) + sp.Rational(2, 3)) * q3, carried=True)
L.step(sp.Rational(9, 13) + sp.Rational(2, 3) == sp.Rational(53, 39))
L.step(sp.Rational(53, 39) + sp.Rational(9, 13) + 1 == sp.Rational(119, 39))
L.step(sp.Rational(119, 39) * q3 == 1, carried=True)
L.step(q3 == sp.Rational(39, 119), carried=True); L.step(rounds("0.3277", sp.Rational(39, 119), approx=True))
L.step(R("0.3") * q2 == sp.Rational(13, 30) * q3); L.step(q2 == sp.Rational(13, 9) * q3)
L.step(q1 == sp.Rational(19, 9) * q3); L.step(sp.Rational(41, 9) * q3 == 1)
L.step(True, note="pi = (19, 13, 9)/41 (asserted above)")
L.step(all(rounds(w, v, approx=True) for w, v in zip(("0.4634", "0.3171", "0.2195"), s)))
L.step(R("0.1") * 19 + R("0.2") * 13 + R("0.5") * 9 == R("1.9") + R("2.6") + R("4.5"))
L.step(R("1.9") + R("2.6") + R("4.5") == 9 and (Q[:, 2].T * sp.Matrix([19, 13, 9]))[0] == 9)
L.step(1 / q3 == 1 / q3); L.step(1 / q3 == sp.Rational(41, 9)); L.step(rounds("4.5556", sp.Rational(41, 9), approx=True))
L.step(1 / q1 == sp.Rational(41, 19)); L.step(rounds("2.1579", sp.Rational(41, 19), approx=True))
L.step(1 / q2 == sp.Rational(41, 13)); L.step(rounds("3.1583", sp.Rational(41, 13), approx=True), note="3.1538")
L.step(abs(pp3[0] - q1) == R("0.521") - R("0.4634"), carried=substituted(R("0.521") - q1, lambda u: R("0.521") - u, "~0.4634"))
L.step(R("0.521") - R("0.4634") == R("0.0576"))
L.step(rounds("3.0513", sp.Rational(119, 39), approx=True))
L.step(q1 * Q[0, 1] == sp.Rational(19, 41) * R("0.2")); L.step(sp.Rational(19, 41) * R("0.2") == R("3.8") / 41)
L.step(q2 * Q[1, 0] == sp.Rational(13, 41) * R("0.3")); L.step(sp.Rational(13, 41) * R("0.3") == R("3.9") / 41)
L.step(R("3.8") / 41 != R("3.9") / 41)
# Questão 3
p_, q_ = R("0.6"), R("0.4")
L.define(2, "p, q"); L.define(2, "h0, h3")
h1, h2 = sp.symbols("h1 h2")
sol = sp.solve([h1 - p_ * h2, h2 - p_ - q_ * h1], [h1, h2])
H1, H2 = sol[h1], sol[h2]
assert (H1, H2) == (sp.Rational(9, 19), sp.Rational(15, 19))
L.step(H1 == p_ * H2 + q_ * 0); L.step(p_ * H2 + q_ * 0 == p_ * H2)
L.step(H2 == p_ * 1 + q_ * H1); L.step(p_ * 1 + q_ * H1 == p_ + q_ * H1)
L.step(H1 == R("0.36") + R("0.24") * H1); L.step((1 - R("0.24")) * H1 == R("0.36"))
L.step(H1 == R("0.36") / R("0.64"), note="1 - 0.24 = 0.76"); L.step(R("0.36") / R("0.64") == R("0.5625"))
w1 = R("0.5625")
L.step(H2 == R("0.6") + R("0.4") * w1, carried=True); L.step(R("0.6") + R("0.4") * w1 == R("0.825"))
L.step(1 - H1 == R("0.4375"), carried=(1 - w1 == R("0.4375")))
L.step(1 - H2 == R("0.175"), carried=(1 - R("0.825") == R("0.175")))
L.step(1 - R("0.24") == R("0.76")); L.step(H1 == R("0.36") / R("0.76")); L.step(R("0.36") / R("0.76") == sp.Rational(9, 19))
L.step(rounds("0.4737", H1, approx=True)); L.step(H2 == sp.Rational(15, 19)); L.step(rounds("0.7895", H2, approx=True))
r = q_ / p_
L.step(all((1 - r ** i) / (1 - r ** 3) == hv for i, hv in ((0, 0), (1, H1), (2, H2), (3, 1))))
L.step(r == sp.Rational(2, 3)); L.step(H1 == sp.Rational(1, 3) / sp.Rational(19, 27)); L.step(sp.Rational(1, 3) / sp.Rational(19, 27) == sp.Rational(9, 19))
L.step(rounds("3.1538", 1 / q2, approx=True))
L.step(abs(pp3[0] - q1) == R("0.512") - q1 or substituted(abs(pp3[0] - q1), lambda u: R("0.512") - u, "~0.4634"))
L.step(R("0.512") - R("0.4634") == R("0.0486"))
L.done()
