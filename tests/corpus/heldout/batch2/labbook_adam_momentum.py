"""Labels for labbook_adam_momentum.tex: GD, RMSprop, Adam (g for g^2 in v_2, carried to w_2,
then redone) and heavy-ball momentum (a sign slip in u_3 carried) on f(w) = (w - 3)^2."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R, rounds, same, substituted  # noqa: E402

L = Labels("batch2/labbook_adam_momentum.tex")
w = sp.Symbol("w")
f = (w - 3) ** 2
fp = lambda v: sp.diff(f, w).subs(w, v)
L.define(); L.step(same(sp.diff(f, w), 2 * (w - 3), positive=False)); L.define()
eta = R("0.1")
L.define(2); L.step(fp(0) == -6); L.step(0 - eta * fp(0) == 0 - R("0.1") * (-6)); L.step(0 - eta * fp(0) == R("0.6"))
s1 = R("0.9") * 0 + R("0.1") * fp(0) ** 2
L.define(); L.step(s1 == R("0.9") * 0 + R("0.1") * 36); L.step(s1 == R("3.6"))
w1r = 0 - eta * fp(0) / sp.sqrt(s1)
L.step(w1r == 0 - R("0.1") * (-6) / sp.sqrt(R("3.6"))); L.step(rounds("1.8974", sp.sqrt(R("3.6"))))
L.step(rounds("0.3162", w1r, R("0.6") / R("1.8974")))
b1, b2 = R("0.9"), R("0.999")
L.define(3 + 2 + 3)
# exact Adam (eps = 0)
def adam(steps):
    m = v = 0; x = sp.Integer(0); out = []
    for t in range(1, steps + 1):
        g = fp(x); m = b1 * m + (1 - b1) * g; v = b2 * v + (1 - b2) * g ** 2
        mh, vh = m / (1 - b1 ** t), v / (1 - b2 ** t)
        x = x - eta * mh / sp.sqrt(vh)
        out.append(dict(g=g, m=m, v=v, mh=mh, vh=vh, w=x))
    return out
A1, A2 = adam(2)
L.define(); L.step(A1["g"] == -6); L.step(A1["m"] == R("0.1") * (-6)); L.step(A1["m"] == R("-0.6"))
L.step(A1["v"] == R("0.001") * 36); L.step(A1["v"] == R("0.036"))
L.step(A1["mh"] == R("-0.6") / R("0.1")); L.step(A1["mh"] == -6); L.step(A1["vh"] == R("0.036") / R("0.001")); L.step(A1["vh"] == 36)
L.step(A1["w"] == 0 - R("0.1") * (-6) / 6); L.step(A1["w"] == R("0.1"))
g1 = sp.Symbol("g1", nonzero=True, real=True)
mh1 = ((1 - b1) * g1) / (1 - b1); vh1 = ((1 - b2) * g1 ** 2) / (1 - b2)
L.step(same(sp.Abs(mh1 / sp.sqrt(vh1)), sp.Abs(g1) / sp.Abs(g1), positive=False)); L.step(True, note="|g|/|g| = 1")
L.define(); L.step(A2["g"] == 2 * (R("0.1") - 3)); L.step(A2["g"] == R("-5.8"))
L.step(A2["m"] == R("0.9") * R("-0.6") + R("0.1") * R("-5.8")); L.step(R("0.9") * R("-0.6") + R("0.1") * R("-5.8") == R("-0.54") - R("0.58"))
L.step(A2["m"] == R("-1.12"))
vw = R("0.999") * R("0.036") + R("0.001") * R("5.8")
L.step(A2["v"] == vw, note="g_2 not squared"); L.step(vw == R("0.035964") + R("0.0058")); L.step(vw == R("0.041764"))
L.step(A2["mh"] == R("-1.12") / (1 - R("0.81"))); L.step(rounds("-5.8947", A2["mh"]))
L.step(A2["vh"] == R("0.041764") / (1 - R("0.999") ** 2), carried=vw / (1 - b2 ** 2) == R("0.041764") / (1 - R("0.999") ** 2))
L.step(substituted(R("0.041764") / (1 - R("0.999") ** 2), lambda d: R("0.041764") / d, "~0.002"))
L.step(rounds("20.882", R("0.041764") / R("0.002")))
L.step(substituted(A2["w"], lambda a, b: R("0.1") - R("0.1") * a / sp.sqrt(b), "~-5.8947", "~20.882"),
       carried=substituted(R("0.1") - eta * A2["mh"] / sp.sqrt(R("20.882")), lambda a, b: R("0.1") - R("0.1") * a / sp.sqrt(b), "~-5.8947", "~20.882"))
L.step(rounds("4.5697", sp.sqrt(R("20.882"))) and R("0.1") * R("5.8947") == R("0.58947"))
L.step(rounds("0.1290", R("0.58947") / R("4.5697"))); L.step(R("0.1") + R("0.1290") == R("0.2290"))
L.step(rounds("0.1999", A2["w"]))
L.step(A2["v"] == R("0.999") * R("0.036") + R("0.001") * R("5.8") ** 2)
L.step(R("0.999") * R("0.036") + R("0.001") * R("5.8") ** 2 == R("0.035964") + R("0.03364")); L.step(A2["v"] == R("0.069604"))
L.step(substituted(A2["vh"], lambda a, d: a / d, "0.069604", "~0.002")); L.step(R("0.069604") / R("0.002") == R("34.802"))
L.step(rounds("5.8993", sp.sqrt(R("34.802"))))
# 5.8993 = sqrt(0.069604 / 0.002) carries the written rounding 0.002 of 1 - 0.999^2: propagate from there
L.step(substituted(A2["w"], lambda a, d: R("0.1") + R("0.1") * a / sp.sqrt(R("0.069604") / d), "~5.8947", "~0.002"))
L.step(rounds("0.0999", R("0.1") * R("5.8947") / R("5.8993"))); L.step(R("0.1") + R("0.0999") == R("0.1999"))
wts = [(1 - b1) * b1 ** k for k in range(3)]
L.step(wts == [R("0.1"), R("0.09"), R("0.081")] and sum(wts) == R("0.271")); L.step(R("0.271") == 1 - R("0.9") ** 3)
c, mh, vh = sp.symbols("c mhat vhat", positive=True)
L.define(); L.step(same(c * mh / sp.sqrt(c ** 2 * vh), mh / sp.sqrt(vh)))
mu = R("0.9")
L.define(5)
x, u = sp.Integer(0), 0
true = []
for t in range(4):
    g = fp(x); u = mu * u + g; x = x - eta * u; true.append((g, u, x))
# t = 1, 2 as written, right
L.define(); L.step(true[0][0] == -6); L.step(true[0][1] == -6); L.step(true[0][2] == 0 + R("0.6")); L.step(R("0.6") == true[0][2])
L.define(); L.step(true[1][0] == 2 * (R("0.6") - 3)); L.step(true[1][0] == R("-4.8"))
L.step(true[1][1] == R("0.9") * (-6) - R("4.8")); L.step(true[1][1] == R("-10.2"))
L.step(true[1][2] == R("0.6") + R("1.02")); L.step(true[1][2] == R("1.62"))
L.define(); L.step(true[2][0] == 2 * (R("1.62") - 3)); L.step(true[2][0] == R("-2.76"))
L.step(true[2][1] == R("0.9") * R("-10.2") + R("2.76"), note="sign of g_3"); L.step(R("0.9") * R("-10.2") + R("2.76") == R("-6.42"))
uw3 = R("-6.42"); ww3 = R("1.62") - eta * uw3
L.step(true[2][2] == R("1.62") + R("0.642"), carried=ww3 == R("1.62") + R("0.642")); L.step(R("1.62") + R("0.642") == R("2.262"))
gw4 = fp(ww3); uw4 = mu * uw3 + gw4; ww4 = ww3 - eta * uw4
L.define(); L.step(true[3][0] == 2 * (R("2.262") - 3), carried=gw4 == 2 * (R("2.262") - 3)); L.step(2 * (R("2.262") - 3) == R("-1.476"))
L.step(true[3][1] == R("0.9") * R("-6.42") - R("1.476"), carried=uw4 == R("0.9") * R("-6.42") - R("1.476"))
L.step(R("0.9") * R("-6.42") - R("1.476") == R("-7.254"))
L.step(true[3][2] == R("2.262") + R("0.7254"), carried=ww4 == R("2.262") + R("0.7254")); L.step(R("2.262") + R("0.7254") == R("2.9874"))
L.define(); L.step(R("2.9874") < 3)
# Nesterov: the t = 2 look-ahead sign slip, carried
L.define(2)
x, u = sp.Integer(0), 0
nest = []
for t_ in range(3):
    look = x - eta * mu * u; g = fp(look); u = mu * u + g; x = x - eta * u; nest.append((look, g, u, x))
L.define(); L.step(nest[0][1] == -6 and nest[0][2] == -6); L.step(nest[0][3] == R("0.6"))
L.define(); L.step(nest[1][0] == R("0.6") - R("0.54"), note="0.6 + 0.54"); L.step(R("0.6") - R("0.54") == R("0.06"))
L.step(fp(R("0.06")) == R("-5.88"))
uw2 = mu * (-6) + fp(R("0.06")); ww2 = R("0.6") - eta * uw2
L.step(nest[1][2] == R("0.9") * (-6) - R("5.88"), carried=uw2 == R("0.9") * (-6) - R("5.88")); L.step(R("0.9") * (-6) - R("5.88") == R("-11.28"))
L.step(nest[1][3] == R("0.6") + R("1.128"), carried=ww2 == R("0.6") + R("1.128")); L.step(R("0.6") + R("1.128") == R("1.728"))
L.define(); L.step(R("1.728") + R("0.09") * R("11.28") == R("2.7432"))
lookw3 = ww2 - eta * mu * uw2; uw3n = mu * uw2 + fp(lookw3); ww3n = ww2 - eta * uw3n
L.step(nest[2][2] == R("0.9") * R("-11.28") + fp(R("2.7432")), carried=uw3n == R("0.9") * R("-11.28") + fp(R("2.7432")))
L.step(R("0.9") * R("-11.28") + fp(R("2.7432")) == R("-10.152") - R("0.5136")); L.step(R("-10.152") - R("0.5136") == R("-10.6656"))
L.step(substituted(nest[2][3], lambda a, b: a + b, "~1.728", "~1.0666"), carried=substituted(ww3n, lambda a, b: a + b, "~1.728", "~1.0666"))
L.step(R("1.728") + R("1.0666") == R("2.7946"))
L.step(rounds("2.4662", nest[2][3])); L.define()
# fixtures: the traces' values, two of them carried from the slips above
L.step(rounds("2.262", true[2][2]), carried=rounds("2.262", ww3)); L.step(rounds("2.9874", true[3][2]), carried=rounds("2.9874", ww4))
L.step(rounds("1.728", nest[1][3]), carried=rounds("1.728", ww2)); L.step(rounds("2.7946", nest[2][3]), carried=rounds("2.7946", ww3n))
L.step(rounds("0.1999", A2["w"]))
# config B: beta2 = 0.99, computed with 0.9
b2 = R("0.99")
B1_, B2_ = adam(2)
L.define(); L.step(B1_["v"] == (1 - R("0.9")) * 36); L.step((1 - R("0.9")) * 36 == R("3.6"))
L.step(B1_["vh"] == R("3.6") / (1 - R("0.9")))           # two slips that cancel: the value is right
L.step(R("3.6") / (1 - R("0.9")) == 36); L.step(B1_["w"] == R("0.1"))
bw = R("0.9")                                    # the beta2 the writer used
v2w = bw * R("3.6") + (1 - bw) * R("5.8") ** 2
L.step(B2_["v"] == R("0.9") * R("3.6") + R("0.1") * R("33.64"), carried=v2w == R("0.9") * R("3.6") + R("0.1") * R("33.64"))
L.step(R("0.9") * R("3.6") + R("0.1") * R("33.64") == R("3.24") + R("3.364")); L.step(R("3.24") + R("3.364") == R("6.604"))
L.step(B2_["vh"] == R("6.604") / (1 - R("0.81")), carried=v2w / (1 - bw ** 2) == R("6.604") / (1 - R("0.81")))
L.step(rounds("34.7579", R("6.604") / R("0.19"))); L.step(rounds("5.8956", sp.sqrt(R("34.7579"))))
L.step(substituted(B2_["w"], lambda a, b: R("0.1") + R("0.1") * a / b, "~5.8947", "~5.8956"),
       carried=substituted(R("0.1") - eta * B2_["mh"] / sp.sqrt(v2w / (1 - bw ** 2)), lambda a, b: R("0.1") + R("0.1") * a / b, "~5.8947", "~5.8956"))
L.step(rounds("0.1000", R("0.1") * R("5.8947") / R("5.8956"))); L.step(R("0.1") + R("0.1000") == R("0.2000"))
L.step(rounds("0.1999", B2_["w"])); L.step(1 - b2 == R("0.01"))
L.done()
