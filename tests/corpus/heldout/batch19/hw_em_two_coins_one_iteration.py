"""Labels for hw_em_two_coins_one_iteration.tex: a problem-set answer doing one EM iteration for the
two-coin binomial mixture (heads 5, 9, 8, 4, 7 of ten; theta = 0.6, 0.5; pi = 0.5). Slips: r_5 written
0.6742 for 0.6472 (carried into every M-step sum and update); dQ/dtheta with + for - on the second term
(the formula reached is still right); 0.5797 - 0.5 = 0.0897; 10 x 3.0140 = 31.40."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch19/hw_em_two_coins_one_iteration.tex")
H = [5, 9, 8, 4, 7]
tA, tB, pi = R("0.6"), R("0.5"), R("0.5")
L.define(note="heads"); L.step(sum(H) == 33)
L.define(3, "theta_A, theta_B, pi")
# Jensen, checked at a point: r = (0.3, 0.7), joint (0.2, 0.1)
r_, pj = [R("0.3"), R("0.7")], [R("0.2"), R("0.1")]
L.step(sp.log(sum(pj)) == sp.log(sum(ri * (pz / ri) for ri, pz in zip(r_, pj))))
L.step(sp.N(sp.log(sum(pj)) - sum(ri * sp.log(pz / ri) for ri, pz in zip(r_, pj))) >= 0)
L.define(note="r = posterior")
lik = lambda t, h: t ** h * (1 - t) ** (10 - h)
resp = [pi * lik(tA, h) / (pi * lik(tA, h) + (1 - pi) * lik(tB, h)) for h in H]
rho = [lik(tA, h) / lik(tB, h) for h in H]
L.define(note="r_i"); L.step(all(r == q / (1 + q) for r, q in zip(resp, rho)))
L.define(2, "pi = 0.5, rho_i"); L.step(all(q == R("1.2") ** h * R("0.8") ** (10 - h) for q, h in zip(rho, H)))
rows = ((5, "2.4883", "0.3277", "0.8154", "1.8154", "0.4491"), (9, "5.1598", "0.8", "4.1278", "5.1278", "0.8050"),
        (8, "4.2998", "0.64", "2.7519", "3.7519", "0.7335"), (4, "2.0736", "0.2621", "0.5435", "1.5435", "0.3522"),
        (7, "3.5832", "0.512", "1.8346", "2.8346", "0.6742"))
for k, (h, a, b, q, den, rr) in enumerate(rows):
    L.define(note=f"h = {h}")
    L.step(rho[k] == R("1.2") ** h * R("0.8") ** (10 - h))
    L.step(rounds(a, R("1.2") ** h) and rounds(b, R("0.8") ** (10 - h)))
    L.step(rounds(q, R(a) * R(b)))
    L.step(substituted(resp[k], lambda x, y: x / y, "~" + q, "~" + den) and R(den) == 1 + R(q))
    L.step(rounds(rr, resp[k], R(q) / R(den)), note="0.6472" if h == 7 else "")
L.define(note="Q")
th = sp.symbols("theta", positive=True)
L.step(same(sp.diff(h * sp.log(th) + (10 - h) * sp.log(1 - th), th), h / th + (10 - h) / (1 - th)), note="minus")
L.define(note="= 0")
rs, hs = sp.symbols("r h", positive=True)
Qs = sum(sp.Symbol(f"r{i}") * (H[i] * sp.log(th) + (10 - H[i]) * sp.log(1 - th)) for i in range(5))
sol = sp.solve(sp.diff(Qs, th), th)
L.step(len(sol) == 1 and sp.simplify(sol[0] - sum(sp.Symbol(f"r{i}") * H[i] for i in range(5)) / (10 * sum(sp.Symbol(f"r{i}") for i in range(5)))) == 0)
pis = sp.symbols("pis", positive=True)
L.step(sp.solve(sp.diff(sum(sp.Symbol(f"r{i}") * sp.log(pis) + (1 - sp.Symbol(f"r{i}")) * sp.log(1 - pis) for i in range(5)), pis), pis)[0]
       .equals(sum(sp.Symbol(f"r{i}") for i in range(5)) / 5))
S = sum(resp); SH = sum(r * h for r, h in zip(resp, H))
W = ["0.4491", "0.8050", "0.7335", "0.3522", "0.6742"]
L.step(substituted(S, lambda *a: sum(a), *["~" + w for w in W]), carried=True)
L.step(sum(R(w) for w in W) == R("3.0140"))
L.step(substituted(SH, lambda *a: sum(a), "~2.2455", "~7.2450", "~5.8680", "~1.4088", "~4.7194"), carried=True)
L.step(R("2.2455") + R("7.2450") + R("5.8680") + R("1.4088") + R("4.7194") == R("21.4867")
       and [R(w) * h for w, h in zip(W, H)] == [R("2.2455"), R("7.2450"), R("5.8680"), R("1.4088"), R("4.7194")])
tA1, tB1, pi1 = SH / (10 * S), (33 - SH) / (50 - 10 * S), S / 5
L.step(substituted(tA1, lambda a, b: a / b, "~21.4867", "~30.140"), carried=True); L.step(rounds("0.7129", R("21.4867") / R("30.140"), approx=True))
L.step(substituted(tB1, lambda a, b: (33 - a) / (50 - b), "~21.4867", "~30.140"), carried=True)
L.step(33 - R("21.4867") == R("11.5133") and 50 - R("30.140") == R("19.860")); L.step(rounds("0.5797", R("11.5133") / R("19.860"), approx=True))
L.step(substituted(pi1, lambda a: a / 5, "~3.0140"), carried=True); L.step(R("3.0140") / 5 == R("0.6028"))
L.step(R("0.7129") - R("0.6") == R("0.1129"))
L.step(R("0.5797") - R("0.5") == R("0.0897"), note="0.0797")
L.step(10 * S == R("31.40") or 10 * R("3.0140") == R("31.40"), note="30.14 (29.87)")
L.define(note="p(h_i | theta)")
p2 = pi * lik(tA, 9) + (1 - pi) * lik(tB, 9)
L.step(rounds("0.002016", R("0.5") * R("0.6") ** 9 * R("0.4")) and rounds("0.000488", R("0.5") * R("0.5") ** 10))
L.step(R("0.002016") + R("0.000488") == R("0.002504") and rounds("0.002504", p2, approx=True))
L.step(substituted(resp[4], lambda x, y: x / y, "~1.8346", "~2.8346")); L.step(rounds("0.6472", resp[4]))
L.step(rounds("2.9870", S)); L.step(rounds("21.2977", SH, R("2.2455") + R("7.2450") + R("5.8680") + R("1.4088") + R("0.6472") * 7))
L.step(substituted(tA1, lambda a, b: a / b, "~21.2977", "~29.870")); L.step(rounds("0.7130", tA1, approx=True))
L.step(substituted(tB1, lambda a, b: a / b, "~11.7023", "~20.130")); L.step(rounds("0.5813", tB1, approx=True))
L.step(rounds("0.5974", pi1, approx=True))
L.step(same(sp.diff(sp.log(1 - th), th), -1 / (1 - th), positive=False))
L.done()
