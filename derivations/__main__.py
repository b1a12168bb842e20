"""python -m derivations [NAME ...]: list the derivations, or show and check some."""
import argparse
import sys

import derivations


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m derivations", description=__doc__)
    parser.add_argument("names", nargs="*", help="derivations to show and check (default: list them)")
    parser.add_argument("--no-numeric", action="store_true", help="prove the steps only; skip torch checks")
    args = parser.parse_args(argv)
    if not args.names:
        width = max(map(len, derivations.REGISTRY))
        for name, (_, statement) in derivations.REGISTRY.items():
            print(f"{name:<{width}}  {statement}")
        return 0
    unknown = [n for n in args.names if n not in derivations.REGISTRY]
    if unknown:
        print(f"unknown derivation(s): {', '.join(unknown)}\nvalid names: {', '.join(derivations.REGISTRY)}",
              file=sys.stderr)
        return 2
    from verify.threads import pin_threads
    pin_threads()
    ok = True
    for name in args.names:
        report = derivations.get(name).check(gradients=not args.no_numeric, numeric=not args.no_numeric)
        print(report, end="\n\n")
        ok &= report.ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
