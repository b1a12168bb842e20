"""Labels for hausaufgabe_decimal_comma_relu_shared_bias.tex: a European student's homework with
decimal commas ({,}) and flalign*: a 2-2-1 ReLU net whose two hidden units share one bias b, linear
output, squared error. delta_2 with a sign slip (-0.154 for +0.154) carried into dL/db and row 2 of
dL/dW and two updates; the shared-bias gradient averaged over the paths instead of summed; in the second
example a dead unit given ReLU' = 1 and the average again, carried into the mini-batch gradient; the
tutor's corrections."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import sympy as sp  # noqa: E402
from truth import Labels, R  # noqa: E402

C = lambda s: R(s.replace(",", "."))          # a number with a decimal comma, exactly
L = Labels("batch8/hausaufgabe_decimal_comma_relu_shared_bias.tex")
relu = lambda t: max(t, 0)
drelu = lambda t: 1 if t > 0 else 0
x = [C("1,5"), C("-0,5")]; W = [[C("0,8"), C("-0,4")], [C("0,6"), C("-1,2")]]; b = C("0,1")
v = [C("1,1"), C("-0,7")]; c = C("0,25"); y = 1; eta = C("0,5")
L.define(2, "x, W"); L.define(5, "b, v, c, y, eta"); L.define(4, "the net")


def forward(x, y):
    a = [W[j][0] * x[0] + W[j][1] * x[1] + b for j in range(2)]
    h = [relu(t) for t in a]
    yh = v[0] * h[0] + v[1] * h[1] + c
    e = yh - y
    d = [v[j] * e * drelu(a[j]) for j in range(2)]
    return a, h, yh, (yh - y)**2 / 2, e, d


a, h, yh, Lv, e, d = forward(x, y)
L.step(a[0] == C("0,8") * C("1,5") + C("-0,4") * C("-0,5") + C("0,1")); L.step(a[0] == C("1,5"))
L.step(a[1] == C("0,6") * C("1,5") + C("-1,2") * C("-0,5") + C("0,1")); L.step(a[1] == C("1,6"))
L.step(h[0] == C("1,5")); L.step(h[1] == C("1,6"))
L.step(yh == C("1,1") * C("1,5") - C("0,7") * C("1,6") + C("0,25")); L.step(yh == C("1,65") - C("1,12") + C("0,25")); L.step(yh == C("0,78"))
L.step(Lv == (C("0,78") - 1)**2 / 2); L.step(Lv == C("0,0484") / 2); L.step(Lv == C("0,0242"))
L.step(True, note="dL/dv1 = (yhat - y) h1"); L.step(e * h[0] == C("-0,22") * C("1,5")); L.step(e * h[0] == C("-0,33"))
L.step(e * h[1] == C("-0,22") * C("1,6")); L.step(e * h[1] == C("-0,352"))
L.define(note="delta_1 := dL/da_1"); L.step(d[0] == v[0] * e * 1); L.step(d[0] == C("1,1") * C("-0,22")); L.step(d[0] == C("-0,242"))
D2 = C("-0,154")                                   # the student's delta_2
L.define(note="delta_2 := dL/da_2"); L.step(d[1] == v[1] * e * 1); L.step(d[1] == C("-0,7") * C("-0,22"))
L.step(C("-0,7") * C("-0,22") == D2, note="sign slip: the product is +0.154")
# the shared bias: both paths, each with da_j/db = 1
dLdb = d[0] * 1 + d[1] * 1
L.step(True, note="chain rule over both paths")
L.step(dLdb == (d[0] + d[1]) / 2, note="averaged")
L.step((d[0] + d[1]) / 2 == (C("-0,242") + D2) / 2, carried=True); L.step((C("-0,242") - C("0,154")) / 2 == C("-0,198"))
dW = [[d[i] * x[j] for j in range(2)] for i in range(2)]
sW = [[[d[0], D2][i] * x[j] for j in range(2)] for i in range(2)]
L.step(True, note="dL/dW = delta x^T")
want = [[C("-0,363"), C("0,121")], [C("-0,231"), C("0,077")]]
L.step(dW == want, carried=sW == want)
L.define(note="eta restated")
L.step(b - eta * dLdb == C("0,1") - C("0,5") * C("-0,198"), carried=True); L.step(C("0,1") + C("0,099") == C("0,199"))
L.step(W[1][1] - eta * dW[1][1] == C("-1,2") - C("0,5") * C("0,077"), carried=sW[1][1] == C("0,077")); L.step(C("-1,2") - C("0,0385") == C("-1,2385"))
L.step(v[1] - eta * e * h[1] == C("-0,7") - C("0,5") * C("-0,352")); L.step(C("-0,7") + C("0,176") == C("-0,524"))
# second example
x2 = [C("0,5"), 1]; y2 = 0
L.define(2, "x', y'")
a2, h2, yh2, L2, e2, d2 = forward(x2, y2)
L.step(a2[0] == C("0,4") - C("0,4") + C("0,1")); L.step(a2[0] == C("0,1"))
L.step(a2[1] == C("0,3") - C("1,2") + C("0,1")); L.step(a2[1] == C("-0,8"))
L.step(h2 == [C("0,1"), 0])
L.step(yh2 == C("1,1") * C("0,1") + C("0,25")); L.step(yh2 == C("0,36"))
L.step(d2[0] == C("1,1") * C("0,36")); L.step(d2[0] == C("0,396"))
L.step(d2[1] == C("-0,7") * C("0,36"), note="dead unit"); L.step(C("-0,7") * C("0,36") == C("-0,252"))
dLdb2 = d2[0] + d2[1]
L.step(dLdb2 == (C("0,396") - C("0,252")) / 2, note="average and ReLU' = 1 again"); L.step((C("0,396") - C("0,252")) / 2 == C("0,072"))
L.step((dLdb + dLdb2) / 2 == (C("-0,198") + C("0,072")) / 2, carried=True); L.step((C("-0,198") + C("0,072")) / 2 == C("-0,063"))
# tutor
L.step(v[1] * e == C("-0,7") * C("-0,22")); L.step(C("-0,7") * C("-0,22") == C("0,154"))
L.step(dLdb == d[0] + d[1]); L.step(dLdb == C("-0,088"))
L.step(drelu(C("-0,8")) == 0); L.step(d2[1] == 0); L.step(dLdb2 == d2[0]); L.step(d2[0] == C("0,396"))
L.step((C("-0,088") + C("0,396")) / 2 == C("0,154") and (dLdb + dLdb2) / 2 == C("0,154"))
L.step(W[1][1] - eta * dW[1][1] == C("-1,2") + C("0,0385")); L.step(C("-1,2") + C("0,0385") == C("-1,1615"))
L.done()
