"""The hand-derivation checker (verify.tex): numeric and algebra steps/s, p99 per-step time."""


def handcheck():
    from verify.tex.bench import bench
    figures = bench()
    figures.setdefault("target", ">= 200 numeric steps/s, p99 <= 250 ms")
    return figures


STAGES = {"hand-derivation checker": handcheck}
