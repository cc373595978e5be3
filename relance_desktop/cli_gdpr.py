"""``relance-desktop gdpr export|due|anonymise``: the GDPR tools from the command line.

Code 0: done; 2: bad input, or anonymisation refused (the reason is printed; nothing changed).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from relance_desktop.domain.text import counted
from relance_desktop.errors import UserFacingError

LOCK_WAIT_S = 30.0


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"date attendue au format AAAA-MM-JJ : {text!r}") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="relance-desktop gdpr",
        description="Outils RGPD : exporter tout ce qui est détenu sur un client (PDF lisible et "
        "JSON), lister les clients dont les données peuvent être anonymisées, anonymiser un "
        "client soldé dont la durée de conservation est écoulée.")
    sub = parser.add_subparsers(dest="action", required=True)
    export = sub.add_parser("export", help="exporter les données d'un client (PDF + JSON)")
    anonymise = sub.add_parser("anonymise", help="anonymiser un client soldé")
    due = sub.add_parser("due", help="lister les clients qui peuvent être anonymisés")
    for p in (export, anonymise, due):
        p.add_argument("company", type=Path, help="fichier société (.relance)")
        p.add_argument("--wait", type=float, default=LOCK_WAIT_S, metavar="SECONDES",
                       help="attente si un autre programme écrit dans le fichier société")
    for p in (export, anonymise):
        p.add_argument("--customer", required=True, metavar="CLIENT",
                       help="numéro de compte du client, son nom ou une partie du nom")
    export.add_argument("--out", type=Path, required=True, help="dossier où écrire l'export")
    for p in (anonymise, due):
        p.add_argument("--on", type=_iso_date, default=None, help="date du jour (AAAA-MM-JJ)")
        p.add_argument("--years", type=int, default=None,
                       help="durée de conservation en années (défaut : le réglage "
                       "gdpr_retention_years)")
    return parser


def cmd_gdpr(argv: Sequence[str]) -> int:
    args = _parser().parse_args(argv)
    from relance_desktop.services import gdpr, letter_batch
    from relance_desktop.settings import Settings
    from relance_desktop.store.database import environment_errors, open_company_file

    years = int(getattr(args, "years", None) or Settings().get("gdpr_retention_years"))
    today = getattr(args, "on", None) or date.today()
    try:
        with environment_errors(args.company), \
                open_company_file(args.company, wait=args.wait) as cf:
            if args.action == "export":
                customer = letter_batch.resolve_customer(cf, args.customer)
                for path in gdpr.write_export(cf, customer, args.out):
                    print(path)
            elif args.action == "due":
                for found in gdpr.due(cf, today, years):
                    last = found.last_settled.isoformat() if found.last_settled else "-"
                    print(f"{found.customer_id}\t{found.name}\tdernière dette soldée : {last}")
            else:
                customer = letter_batch.resolve_customer(cf, args.customer)
                done = gdpr.anonymise(cf, customer, today, years)
                contacts = counted(done.contacts, "interlocuteur supprimé",
                                   "interlocuteurs supprimés")
                notes = counted(done.notes, "note remplacée", "notes remplacées")
                files = counted(done.files, "courrier PDF supprimé", "courriers PDF supprimés")
                print(f"client {done.customer_id} anonymisé : {contacts}, {notes}, {files}.")
    except UserFacingError as exc:
        print(f"relance-desktop: {exc.render()}", file=sys.stderr)
        return 2
    return 0
