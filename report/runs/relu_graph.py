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

from derivations.checked import Graph, Number
from derivations.prose import Prose
from report.runs.base import RunOutput, Table

DERIVATION = "relu_network_example"
USES_DATA = False


@dataclass(frozen=True)
class Config:
    column_cm: float = 3.0
    row_cm: float = 2.1


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


def tikz(graph: Graph, config: Config) -> str:
    depth = columns(graph)
    by_column = defaultdict(list)
    for n in graph.nodes:
        by_column[depth[n.id]].append(n.id)
    position = {}
    for col, ids in by_column.items():
        for i, node in enumerate(ids):
            position[node] = (col + 1.4 * min(col, 1), (len(ids) - 1) / 2 - i)   # the first layer, densest, is wider
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
    # the fans of the sources in one column cross one another: each source's labels sit at their own
    # distance along its edges (the top source's nearest to it), so two fans' labels are never side by side
    rank = {node: i for ids in by_column.values() for i, node in enumerate(ids)}
    for e in graph.edges:
        heights = successors[e.src]
        if len(heights) == 1:
            where = "pos=0.5, above, sloped"
        else:
            # 3pt off the edge: a sloped label set right against it touches the neighbouring edge of the fan
            along = 0.16 + 0.3 * rank[e.src]
            where = f"pos={along:.2f}, sloped, " + ("above=3pt" if position[e.dst][1] == max(heights) else "below=3pt")
        if e.param:
            text = rf"${e.label}$ \textcolor{{red}}{{${number(e.grad)}$}}"
        else:
            text = rf"${e.label}$" if e.label != "loss" else r"$\frac{1}{2}(\cdot - y)^2$"
        lines.append(rf"\draw[->] ({e.src}) -- node[w, {where}] {{{text}}} ({e.dst});")
    lines.append(r"\end{tikzpicture}")
    return "\n".join(lines)


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
        loss_rows = [("E = ½(ŷ − y)²", f"{float(losses[0]):.6g}", f"{float(losses[1]):.6g}",
                      f"{float(losses[1] - losses[0]):+.6g}")]
        if plain:
            loss_rows.append(("(ŷ − y)², with its own doubled gradients", number(plain[0]), number(plain[1]),
                              f"{float(plain[1].float) - float(plain[0].float):+.6g}"))
        tables.append(Table("The loss before and after one SGD step.", ("loss", "before", "after", "change"),
                            tuple(loss_rows)))
    caption = Prose(r"The worked example as a computation graph, inputs on the left, the loss $E$ on the right. "
                    r"Each node shows its forward value (black) and $\partial E/\partial(\text{node})$ (red); each weight "
                    r"edge carries its weight and $\partial E/\partial w$ (red). Backprop reads it from right to left.")
    return RunOutput(DERIVATION, title, tables=tuple(tables), tikz=tikz(graph, config), tikz_caption=caption,
                     data={"columns": columns(graph)})
