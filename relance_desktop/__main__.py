"""Command line: ``relance-desktop [PATH] [--demo]``, ``new``, ``selftest``, ``--version``.

A thin layer over the services; Qt is imported only by the commands that open a window.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from relance_desktop import __version__
from relance_desktop.domain.text import counted
from relance_desktop.errors import UserFacingError
from relance_desktop.logging_setup import init_logging

if TYPE_CHECKING:
    from relance_desktop.settings import Settings

log = logging.getLogger(__name__)

# How long ``import`` and ``letters`` wait for another program writing to the company file
# (seconds): no window waits on them, so longer than the app's own wait.
LOCK_WAIT_S = 30.0


def _print_error(exc: UserFacingError) -> int:
    print(f"relance-desktop: {exc.render()}", file=sys.stderr)
    return 2


def demo_file(today: date | None = None) -> Path:
    """The demo company in the user's data folder, created on first use."""
    from relance_desktop.services.session import demo_company

    return demo_company(today)


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


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"date attendue au format AAAA-MM-JJ : {text!r}") from None


def _amount(text: str) -> int:
    from decimal import Decimal, InvalidOperation

    from relance_desktop.domain.money import to_cents

    try:
        cents = to_cents(Decimal(text.replace(",", ".")))
    except (InvalidOperation, ValueError):
        raise argparse.ArgumentTypeError(f"montant attendu, par ex. 1500.00 : {text!r}") from None
    if cents <= 0:
        raise argparse.ArgumentTypeError(f"le montant doit être positif : {text!r}")
    return cents


def _rate(text: str) -> Decimal:
    from decimal import Decimal, InvalidOperation

    try:
        value = Decimal(text.replace(",", "."))
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"taux attendu en %, par ex. 12.5 : {text!r}") from None
    if not value.is_finite() or value < 0 or value > 100:
        raise argparse.ArgumentTypeError(f"taux attendu entre 0 et 100 % : {text!r}")
    return value


def cmd_interest(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="relance-desktop interest",
        description="Intérêts de retard, indemnité et prescription d'une créance "
        "(France, Belgique).",
    )
    parser.add_argument("--country", choices=("FR", "BE"), required=True)
    parser.add_argument("--debtor", choices=("business", "consumer"), required=True)
    parser.add_argument("--amount", type=_amount, required=True, help="montant TTC, ex. 1500.00")
    parser.add_argument("--due", type=_iso_date, required=True, help="échéance AAAA-MM-JJ")
    parser.add_argument("--on", type=_iso_date, default=None,
                        help="date du calcul (AAAA-MM-JJ ; aujourd'hui par défaut)")
    parser.add_argument("--rate", type=_rate, default=None, help="taux contractuel en %%")
    parser.add_argument("--notice", type=_iso_date, default=None,
                        help="date de réception de la mise en demeure (consommateur, France)")
    parser.add_argument("--reminder-sent", type=_iso_date, default=None,
                        help="date d'envoi du premier rappel gratuit (consommateur, Belgique)")
    parser.add_argument("--by", choices=("post", "email"), default=None,
                        help="envoi du premier rappel : post (courrier) ou email")
    parser.add_argument("--json", action="store_true", help="un objet JSON (montants en texte)")
    args = parser.parse_args(argv)
    if (args.reminder_sent is None) != (args.by is None):
        parser.error("--reminder-sent et --by vont ensemble")
    import json

    from relance_desktop.domain.legal import Channel, Claim, DebtorKind, RateUnknown, assess
    from relance_desktop.formatting import Formatter
    from relance_desktop.services import legal
    from relance_desktop.settings import Settings

    settings = Settings()
    claim = Claim(
        country=args.country,
        debtor=DebtorKind(args.debtor),
        principal_cents=args.amount,
        due_date=args.due,
        assessed_on=args.on or date.today(),
        contractual_rate=args.rate,
        notice_received_on=args.notice,
        reminder_sent_on=args.reminder_sent,
        reminder_channel=Channel(args.by) if args.by else None,
    )
    try:
        assessment = assess(claim, legal.load_rates(settings), legal.options_from(settings))
    except RateUnknown as exc:
        return _print_error(legal.rate_unknown_error(exc))
    if args.json:
        print(json.dumps(legal.to_json(assessment), ensure_ascii=False, indent=2))
        return 0
    fmt = Formatter(settings.get("format_locale"))
    print(legal.render_text(assessment, fmt))
    return 0


def cmd_reference(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="relance-desktop reference",
        description="Références de paiement : communication structurée belge (ogm) ou ISO 11649 "
        "(rf). Avec --check, dit si une référence est valide (code 0) ou non (code 1).",
    )
    parser.add_argument("kind", nargs="?", choices=("ogm", "rf"))
    parser.add_argument("base", nargs="?", help="numéro de facture ou base de la référence")
    parser.add_argument("--check", metavar="VALUE", help="référence à vérifier")
    args = parser.parse_args(argv)
    from relance_desktop.domain import references

    if args.check is not None:
        value = args.check
        if references.is_valid_ogm(value):
            ogm = references.format_ogm(references.compact_ogm(value))
            print(f"valide : communication structurée {ogm}")
            return 0
        if references.is_valid_rf(value):
            print(f"valide : référence ISO 11649 {references.format_rf(value)}")
            return 0
        print(f"invalide : {value}")
        return 1
    if not args.kind or not args.base:
        parser.error("indiquez ogm|rf et la base, ou --check VALEUR")
    try:
        if args.kind == "ogm":
            print(references.format_ogm(references.ogm_from_number(args.base)))
        else:
            print(references.format_rf(references.rf_from_reference(args.base)))
    except ValueError as exc:
        print(f"relance-desktop: {exc}", file=sys.stderr)
        return 2
    return 0


def cmd_import(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="relance-desktop import",
        description="Importer des factures ouvertes (CSV, Excel, FEC, Factur-X, UBL) : affiche "
        "l'aperçu ; avec --yes, l'applique (tout ou rien). Code 0 : réussi ; 2 : entrée invalide, "
        "rien n'est écrit.",
    )
    parser.add_argument("company", type=Path, help="fichier société (.relance)")
    parser.add_argument("files", type=Path, nargs="+", help="fichiers à importer")
    parser.add_argument("--profile", default=None, help="profil d'import CSV/Excel enregistré")
    parser.add_argument("--yes", action="store_true", help="appliquer l'import")
    parser.add_argument("--accept-valid", action="store_true",
                        help="avec --yes : importer les lignes valides malgré les erreurs")
    parser.add_argument("--settle-absent", action="store_true",
                        help="avec --yes : marquer payées les factures absentes ou soldées dans "
                        "un export complet")
    parser.add_argument("--json", action="store_true", help="l'aperçu en un objet JSON")
    _wait_option(parser)
    args = parser.parse_args(argv)
    import json

    from relance_desktop.services import imports
    from relance_desktop.store.database import environment_errors, open_company_file

    try:
        with environment_errors(args.company), \
                open_company_file(args.company, wait=args.wait) as cf:
            profile = imports.load_profile(cf, args.profile) if args.profile else None
            plan = imports.preview(cf, args.files, profile=profile, today=date.today())
            errors = [p for p in plan.problems if p.severity == "error"]
            if args.json:
                print(json.dumps(imports.preview_json(plan), ensure_ascii=False, indent=2))
            else:
                print(imports.preview_text(plan))
            if errors and not args.accept_valid:
                print(f"relance-desktop: {counted(len(errors), 'erreur', 'erreurs')} : "
                      "rien n'est importé "
                      "(corrigez le fichier ou ajoutez --accept-valid).", file=sys.stderr)
                return 2
            if not args.yes:
                return 0
            settle = [s.invoice_id for f in plan.files for s in f.settle] \
                if args.settle_absent else []
            summary = imports.apply(cf, plan, settle=settle)
            if not args.json:
                print("importé : "
                      f"{counted(summary.customers_created, 'client créé', 'clients créés')}, "
                      f"{counted(summary.invoices_created, 'facture créée', 'factures créées')}"
                      f", {counted(summary.invoices_changed, 'modifiée', 'modifiées')}, "
                      f"{counted(summary.credits_applied, 'avoir', 'avoirs')}, "
                      f"{counted(summary.settled, 'soldée', 'soldées')}")
    except UserFacingError as exc:
        return _print_error(exc)
    return 0


def _wait_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--wait", type=float, default=LOCK_WAIT_S, metavar="SECONDES",
                        help="si un autre programme écrit dans le fichier société, l'attendre "
                        f"jusqu'à SECONDES avant d'abandonner sans rien changer (défaut "
                        f"{LOCK_WAIT_S:g})")


def cmd_letters(argv: Sequence[str]) -> int:
    from relance_desktop.services.letters import KINDS

    parser = argparse.ArgumentParser(
        prog="relance-desktop letters",
        description="Produire des courriers PDF (un fichier par client) et les garder dans "
        "l'historique des clients, tout ou rien ; affiche les fichiers du lot, un par ligne. "
        "Relancée avec le même type et la même date, la commande ne refait pas les courriers "
        "déjà produits et écrit ceux qui manquent. Code 0 : réussi ; 2 : rien n'a pu être "
        "produit.",
    )
    parser.add_argument("company", type=Path, help="fichier société (.relance)")
    parser.add_argument("--kind", choices=KINDS, required=True, help="type de document")
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--customer", action="append", metavar="CLIENT",
                     help="numéro de compte du client (celui de sa fiche), son nom ou une "
                     "partie du nom ; répétable")
    who.add_argument("--all-due", action="store_true",
                     help="tous les clients concernés : pour les relances, ceux en retard de "
                     "plus de --min-days jours, sans promesse en cours ni litige ; pour une "
                     "confirmation, ceux qui ont une promesse en cours ; pour un échéancier, "
                     "ceux qui en ont un")
    parser.add_argument("--min-days", type=int, default=15, help="avec --all-due (défaut 15)")
    parser.add_argument("--lang", choices=("fr", "nl", "en"), default=None,
                        help="langue des documents (défaut : celle de chaque client)")
    parser.add_argument("--out", type=Path, required=True, help="dossier où écrire les PDF")
    parser.add_argument("--merged", action="store_true", help="un seul PDF pour l'impression")
    parser.add_argument("--on", type=_iso_date, default=None, help="date des courriers")
    _wait_option(parser)
    args = parser.parse_args(argv)
    from relance_desktop.services import letter_batch
    from relance_desktop.settings import Settings
    from relance_desktop.store.database import environment_errors, open_company_file
    from relance_desktop.translators import translate_for

    settings = Settings()
    today = args.on or date.today()
    try:
        with environment_errors(args.company), \
                open_company_file(args.company, wait=args.wait) as cf:
            ids = (letter_batch.batch_customers(cf, args.kind, today, min_days=args.min_days)
                   if args.all_due
                   else [letter_batch.resolve_customer(cf, text) for text in args.customer])
            result = letter_batch.produce(
                cf, args.kind, list(dict.fromkeys(ids)), args.out, today=today,
                settings=settings, user_name=str(settings.get("user_name")),
                language=args.lang, translate_for=translate_for, merged=args.merged)
    except UserFacingError as exc:
        return _print_error(exc)
    for path in result.files:
        print(path)
    _say_what_was_not_done(result, today)
    if not result.files:
        print("relance-desktop: aucun document à produire.", file=sys.stderr)
        return 2
    _say_rate_gap(args.kind, today, settings)
    return 0


def _say_rate_gap(kind: str, today: date, settings: Settings) -> None:
    """Letters with charges written on a day the rate table does not cover: say (on stderr, so
    the file list stays one path per line) that interest is claimed without a figure."""
    from relance_desktop.services import legal, letters

    if kind not in letters.WITH_CHARGES:
        return
    known = legal.load_rates(settings).known_until
    if known < today:
        print(f"relance-desktop: taux connus jusqu'au {known:%d/%m/%Y} seulement : les intérêts "
              "sont calculés jusqu'à cette date, puis réclamés au taux prévu par la loi jusqu'à "
              "parfait paiement, sans montant (aucun taux deviné). Ajoutez le taux publié pour "
              "les chiffrer (relance-desktop rates add|import|update).", file=sys.stderr)


def cmd_rates(argv: Sequence[str]) -> int:
    from relance_desktop.cli_rates import cmd_rates as run_rates

    return run_rates(argv)


def cmd_gdpr(argv: Sequence[str]) -> int:
    from relance_desktop.cli_gdpr import cmd_gdpr as run_gdpr

    return run_gdpr(argv)


def _say_what_was_not_done(result: Any, today: date) -> None:
    """After the list of files: what an interrupted run left and this one finished, who
    already had this letter, who was skipped and why."""
    if result.restored:
        files = counted(result.restored, "fichier d'un lot interrompu écrit",
                        "fichiers d'un lot interrompu écrits")
        print(f"relance-desktop: {files} depuis le fichier société.", file=sys.stderr)
    if result.earlier:
        had = counted(len(result.earlier), "client avait", "clients avaient")
        print(f"relance-desktop: {had} déjà ce courrier daté "
              f"du {today.isoformat()} : pas refait (" + ", ".join(result.earlier[:5])
              + (", …" if len(result.earlier) > 5 else "") + ").", file=sys.stderr)
    for reason in result.skipped:
        print(f"relance-desktop: ignoré : {reason}", file=sys.stderr)
    if result.skipped:
        print(f"relance-desktop: {counted(len(result.skipped), 'client ignoré', 'clients ignorés')}"
              f", {counted(result.new, 'courrier produit', 'courriers produits')}.",
              file=sys.stderr)


COMMANDS: dict[str, Callable[[Sequence[str]], int]] = {
    "new": cmd_new,
    "selftest": cmd_selftest,
    "interest": cmd_interest,
    "reference": cmd_reference,
    "import": cmd_import,
    "letters": cmd_letters,
    "rates": cmd_rates,
    "gdpr": cmd_gdpr,
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
