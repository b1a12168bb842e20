"""The ReLU worked example's computation graph, drawn in TikZ from the derivation's data.

The checked result's data "graph" (relu_network_example) is a derivations.checked.Graph: nodes (id, label,
value, grad) and edges (src, dst, label, grad, ...); labels are Latex, numbers are Number(exact, decimal, float).
Nodes are laid out in columns by depth (longest path from an input); a node that only
feeds later columns (the constant 1 of the bias) sits just left of its first consumer.
Each node shows its forward value and, in red, dE/d(node); each weight edge shows,
in red, dE/dw (the weights themselves are in the table). The loss before and after the SGD step comes from the results.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from derivations.checked import Graph, Number
from derivations.prose import Prose
from report.runs.base import RunOutput, Table

DERIVATION = "relu_network_example"
USES_DATA = False


@dataclass(frozen=True)
class Config:
    column_cm: float = 3.0
    row_cm: float = 2.8


TINY = Config()


def number(value) -> str:
    """A graph number as text: its decimal (exact for these rationals), trimmed to 6 significant digits."""
    if value is None:
        return ""
    if isinstance(value, Number):
        decimal = value.decimal or str(value.float)
        return decimal if len(decimal.lstrip("-").replace(".", "")) <= 8 else f"{value.float:.6g}"
    return f"{float(value):.6g}"


def columns(graph: Graph) -> dict[str, int]:
    """Column of each node: longest path from a source; sources move next to their first consumer."""
    preds, succs = defaultdict(list), defaultdict(list)
    for e in graph.edges:
        preds[e.dst].append(e.src)
        succs[e.src].append(e.dst)
    depth: dict[str, int] = {}

    def visit(node):
        if node not in depth:
            depth[node] = 1 + max((visit(p) for p in preds[node]), default=-1)
        return depth[node]

    for n in graph.nodes:
        visit(n.id)
    for n in graph.nodes:
        if not preds[n.id] and succs[n.id]:
            depth[n.id] = min(depth[s] for s in succs[n.id]) - 1
    return depth


def positions(graph: Graph) -> dict[str, tuple[float, float]]:
    """(column, row) of each node, in the picture's x and y units."""
    depth = columns(graph)
    by_column = defaultdict(list)
    for n in graph.nodes:
        by_column[depth[n.id]].append(n.id)
    position = {}
    for col, ids in by_column.items():
        for i, node in enumerate(ids):
            position[node] = (col + 1.4 * min(col, 1), (len(ids) - 1) / 2 - i)   # the first layer, densest, is wider
    return position


def tikz(graph: Graph, config: Config) -> str:
    position = positions(graph)
    lines = [rf"\begin{{tikzpicture}}[x={config.column_cm}cm, y={config.row_cm}cm, >=stealth, "
             r"node/.style={draw, rounded corners=2pt, align=center, inner sep=2pt, font=\footnotesize}, "
             r"w/.style={font=\scriptsize, inner sep=1pt, fill=white, fill opacity=0.85, text opacity=1}]"]
    for n in graph.nodes:
        x, y = position[n.id]
        text = [f"${n.label}$"] + ([f"${number(n.value)}$"] if number(n.value) != n.label else [])
        if n.grad is not None:
            text.append(rf"\textcolor{{red}}{{${number(n.grad)}$}}")
        body = r" \\ ".join(text)
        lines.append(rf"\node[node] ({n.id}) at ({x}, {y:.2f}) {{{body}}};")
    successors = defaultdict(list)
    for e in graph.edges:
        successors[e.src].append(position[e.dst][1])
    along = label_positions(graph, position, config)
    for e in graph.edges:
        heights = successors[e.src]
        if len(heights) == 1:
            where = "pos=0.5, above, sloped"
        else:
            # 3pt off the edge: a sloped label set right against it touches the neighbouring edge of the fan
            where = f"pos={along[e.src, e.dst]:.2f}, sloped, " + ("above=3pt" if _on_top(e, position, heights) else "below=3pt")
        if e.param:
            text = rf"${e.label}$ \textcolor{{red}}{{${number(e.grad)}$}}"
        else:
            text = rf"${e.label}$" if e.label != "loss" else r"$\frac{1}{2}(\cdot - y)^2$"
        lines.append(rf"\draw[->] ({e.src}) -- node[w, {where}] {{{text}}} ({e.dst});")
    lines.append(r"\end{tikzpicture}")
    return "\n".join(lines)


def _on_top(e, position, heights) -> bool:
    return position[e.dst][1] == max(heights)


# A node's box, in cm: half its width and half its height (three \footnotesize lines, "−0.01312" the widest).
NODE_HALF_WIDTH, NODE_HALF_HEIGHT = 0.8, 0.6


def _border_to_border(a, b):
    """The part of segment a → b outside both node boxes: what TikZ draws, and what `pos` is a fraction of."""
    d = np.subtract(b, a)
    cut = min(NODE_HALF_WIDTH / abs(d[0]) if d[0] else np.inf, NODE_HALF_HEIGHT / abs(d[1]) if d[1] else np.inf)
    return np.add(a, cut * d), np.subtract(b, cut * d)


# A weight label's box, in cm: its half-length along the edge, its half-height, and how far its centre sits
# off the edge (above/below=3pt plus half its height). \scriptsize "w₁ −0.04592" is about 1.9 cm long.
LABEL_HALF_LENGTH, LABEL_HALF_HEIGHT, LABEL_OFFSET = 1.05, 0.18, 0.28


def _label_box(a, b, at, side):
    """Centre, unit direction and unit normal of the label box at fraction `at` of edge a → b (side +1 above)."""
    d = np.subtract(b, a)
    u = d / np.hypot(*d)
    normal = np.array([-u[1], u[0]]) * (1 if u[0] >= 0 else -1)
    return np.add(a, at * d) + side * LABEL_OFFSET * normal, u, normal


def _inside(points, box) -> bool:
    """Whether any of `points` (n × 2, cm) lies in the box."""
    centre, u, normal = box
    rel = np.asarray(points) - centre
    return bool(np.any((np.abs(rel @ u) <= LABEL_HALF_LENGTH) & (np.abs(rel @ normal) <= LABEL_HALF_HEIGHT)))


_ALONG = np.linspace(0.05, 0.95, 100)[:, None]
_OUTLINE = np.array([(s, h) for s in np.linspace(-1, 1, 21) for h in (-1, 0, 1)])


def _fans(graph: Graph) -> list:
    return [e for e in graph.edges if sum(f.src == e.src for f in graph.edges) > 1]


def label_collisions(graph: Graph, position, config: Config, along: dict) -> list[str]:
    """Fan weight labels (`along`: (src, dst) -> fraction along the edge) lying on another edge or on each other."""
    cm = {n: (x * config.column_cm, y * config.row_cm) for n, (x, y) in position.items()}
    drawn = {(e.src, e.dst): _border_to_border(cm[e.src], cm[e.dst]) for e in graph.edges}
    heights = defaultdict(list)
    for e in graph.edges:
        heights[e.src].append(position[e.dst][1])
    boxes = {(e.src, e.dst): _label_box(*drawn[e.src, e.dst], along[e.src, e.dst],
                                        1 if _on_top(e, position, heights[e.src]) else -1)
             for e in _fans(graph) if (e.src, e.dst) in along}
    node_outlines = {n: np.add(c, _OUTLINE * (NODE_HALF_WIDTH, NODE_HALF_HEIGHT)) for n, c in cm.items()}
    problems = []
    for key, box in boxes.items():
        for e in graph.edges:
            start, end = drawn[e.src, e.dst]
            if (e.src, e.dst) != key and _inside(start + _ALONG * (end - start), box):
                problems.append(f"label of {key[0]} → {key[1]} lies on edge {e.src} → {e.dst}")
        problems += [f"label of {key[0]} → {key[1]} lies on node {n}" for n, o in node_outlines.items() if _inside(o, box)]
        for other, obox in boxes.items():
            outline = obox[0] + np.outer(_OUTLINE[:, 0] * LABEL_HALF_LENGTH, obox[1]) \
                + np.outer(_OUTLINE[:, 1] * LABEL_HALF_HEIGHT, obox[2])
            if other != key and _inside(outline, box):
                problems.append(f"labels of {key[0]} → {key[1]} and {other[0]} → {other[1]} overlap")
    return problems


def label_positions(graph: Graph, position, config: Config) -> dict:
    """Where along its edge each fan's weight label sits: the first place from near the source on where it lies on
    no other edge and no label placed before it (the fans of x₁, x₂, x₃ cross one another; labels at fixed or
    staggered distances sat on a crossing edge). Where no place is free, the middle."""
    def free(key, placed):
        return [float(at) for at in np.round(np.arange(0.12, 0.86, 0.02), 2)
                if not [p for p in label_collisions(graph, position, config, {**placed, key: float(at)})
                        if f"{key[0]} → {key[1]}" in p]]

    # the label with the fewest free places first (the long diagonal x₁ → z₂ crosses two edges)
    keys = sorted(((e.src, e.dst) for e in _fans(graph)), key=lambda k: len(free(k, {})))
    placed = {}
    for key in keys:
        places = free(key, placed)
        placed[key] = places[0] if places else 0.5
    return placed


def run(config: Config, seed: int, outdir, checked) -> RunOutput:
    title = "The ReLU network's computation graph"
    graph = checked.require().datum("graph")        # missing: the run fails (KeyError), it is not skipped
    params = sorted((e for e in graph.edges if e.param), key=lambda e: int(e.param[1:]))
    # names and the gradient in math (w₁, ∂E/∂w), as in the derivation, not w1 and dE/dw
    rows = [(Prose(f"${e.param[0]}_{{{e.param[1:]}}}$"), number(e.weight), number(e.grad), number(e.updated))
            for e in params]
    weights = Table(Prose(r"Each weight before the SGD step, $\partial E/\partial w$, and after the step."),
                    ("weight", "before", Prose(r"$\partial E/\partial w$"), "after"), tuple(rows))
    tables = [weights]
    losses = checked.result("losses")
    if len(losses) == 2:
        plain = checked.datum("plain_convention")["losses"]
        loss_rows = [(Prose(r"$E = \frac{1}{2}(\hat{y} - y)^2$"), f"{float(losses[0]):.6g}", f"{float(losses[1]):.6g}",
                      f"{float(losses[1] - losses[0]):+.6g}")]
        if plain:
            loss_rows.append((Prose(r"$(\hat{y} - y)^2$, with its own doubled gradients"), number(plain[0]), number(plain[1]),
                              f"{float(plain[1].float) - float(plain[0].float):+.6g}"))
        tables.append(Table("The loss before and after one SGD step.", ("loss", "before", "after", "change"),
                            tuple(loss_rows)))
    caption = Prose(r"The worked example as a computation graph, inputs on the left, the loss $E$ on the right. "
                    r"Each node shows its forward value (black) and $\partial E/\partial(\text{node})$ (red); each weight "
                    r"edge carries its weight and $\partial E/\partial w$ (red). Backprop reads it from right to left.")
    return RunOutput(DERIVATION, title, tables=tuple(tables), tikz=tikz(graph, config), tikz_caption=caption,
                     data={"columns": columns(graph)})
