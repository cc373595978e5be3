"""Command line: ``relance-desktop [PATH] [--demo]``, ``new``, ``selftest``, ``--version``.

A thin layer over the services; Qt is imported only by the commands that open a window.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from relance_desktop import __version__, paths
from relance_desktop.errors import UserFacingError
from relance_desktop.logging_setup import init_logging

log = logging.getLogger(__name__)


def _print_error(exc: UserFacingError) -> int:
    print(f"relance-desktop: {exc.render()}", file=sys.stderr)
    return 2


def demo_file(today: date | None = None) -> Path:
    """The demo company in the user's data folder, created on first use."""
    from relance_desktop.services.demo import create_demo

    path = paths.demo_company_file()
    if not path.exists():
        create_demo(path, today or date.today())
    return path


def cmd_new(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="relance-desktop new", description="Créer un fichier société sans ouvrir de fenêtre."
    )
    parser.add_argument("path", type=Path, help="fichier à créer (extension .relance conseillée)")
    parser.add_argument("--name", default="", help="raison sociale")
    parser.add_argument("--country", choices=("FR", "BE"), default="FR")
    parser.add_argument("--demo", action="store_true", help="remplir avec les données de démo")
    args = parser.parse_args(argv)
    from relance_desktop.services.company import CompanyInput, new_company
    from relance_desktop.services.demo import DEMO_COMPANY, create_demo

    try:
        if args.demo:
            create_demo(args.path, date.today())
            if args.name or args.country != "FR":
                _rename(args.path, args.name or str(DEMO_COMPANY["name"]), args.country)
        else:
            new_company(args.path, CompanyInput(name=args.name or args.path.stem,
                                                country=args.country))
    except UserFacingError as exc:
        return _print_error(exc)
    print(args.path.absolute())
    return 0


def _rename(path: Path, name: str, country: str) -> None:
    """Give the demo company another name or country, keeping all its other details."""
    from dataclasses import fields, replace

    from relance_desktop.services.company import CompanyInput, update_company
    from relance_desktop.store.database import open_company_file

    with open_company_file(path) as cf:
        company = cf.company
        current = CompanyInput(**{f.name: getattr(company, f.name) for f in fields(CompanyInput)})
        changed = replace(current, name=name, country=country)
        if country != current.country:  # a French SIREN is not a Belgian enterprise number
            changed = replace(changed, company_number="", vat_number="")
        update_company(cf, changed)


def cmd_selftest(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="relance-desktop selftest",
        description="Ouvre une société temporaire, affiche la fenêtre principale hors écran, "
        "puis quitte (code 0 si tout va bien).",
    )
    parser.parse_args(argv)
    from relance_desktop.app import selftest

    return selftest()


COMMANDS: dict[str, Callable[[Sequence[str]], int]] = {
    "new": cmd_new,
    "selftest": cmd_selftest,
}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in COMMANDS:
        init_logging()
        return COMMANDS[argv[0]](argv[1:])
    parser = argparse.ArgumentParser(
        prog="relance-desktop",
        description="Relance : le suivi des factures impayées et des relances téléphoniques.",
        epilog="Commandes : " + ", ".join(COMMANDS) + " (relance-desktop COMMANDE --help).",
    )
    parser.add_argument("path", nargs="?", type=Path, help="fichier société à ouvrir")
    parser.add_argument("--demo", action="store_true", help="ouvrir la société de démonstration")
    parser.add_argument("--version", action="version", version=f"relance-desktop {__version__}")
    args = parser.parse_args(argv)
    init_logging()
    try:
        path = demo_file() if args.demo else args.path
    except UserFacingError as exc:
        return _print_error(exc)
    from relance_desktop.app import run

    return run(path)


if __name__ == "__main__":
    sys.exit(main())
