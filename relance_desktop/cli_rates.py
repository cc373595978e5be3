"""``relance-desktop rates show|add|import|update``: the legal rate table from the command line.

Code 0: done; 2: bad input, a refused figure or no connection (nothing is written then).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from relance_desktop.errors import UserFacingError

SERIES_OPTIONS = (("ecb", "--ecb"), ("fr_legal_individual", "--fr-individual"),
                  ("fr_legal_other", "--fr-other"), ("be_b2b", "--be"))


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"date attendue au format AAAA-MM-JJ : {text!r}") from None


def _percent(text: str) -> Decimal:
    try:
        value = Decimal(text.replace(",", ".").rstrip("%").strip())
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"taux attendu en %, par ex. 2.15 : {text!r}") from None
    if not value.is_finite():
        raise argparse.ArgumentTypeError(f"taux attendu en %, par ex. 2.15 : {text!r}")
    return value


def _half_year(text: str) -> object:
    from relance_desktop.domain.legal import HalfYear

    try:
        return HalfYear.parse(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"semestre attendu, par ex. 2026-S2 : {text!r}") from None


def _fail(exc: UserFacingError) -> int:
    print(f"relance-desktop: {exc.render()}", file=sys.stderr)
    return 2


def _report(checked: object, out: list[str]) -> None:
    from relance_desktop.domain.legal.rates_check import Checked
    from relance_desktop.services.rates_update import problem_message

    assert isinstance(checked, Checked)
    for record in checked.new:
        out.append(f"ajouté : {record.series} {record.half_year} = {record.rate:f} % "
                   f"({record.source})")
    if checked.already_known:
        out.append(f"déjà connus : {len(checked.already_known)} taux")
    if not checked.new:
        out.append("rien de nouveau : la table était déjà à jour pour ces taux")
    out.extend(f"attention : {problem_message(w).render()}" for w in checked.warnings)


def _show(settings: object, on: date, as_json: bool) -> int:
    from relance_desktop.services import legal, rates_update
    from relance_desktop.settings import Settings

    assert isinstance(settings, Settings)
    table, origins = rates_update.table_and_origins(settings)
    status = legal.rates_status(settings, on)
    if as_json:
        print(json.dumps({
            "on": on.isoformat(),
            "complete": status.complete,
            "known_until": status.known_until.isoformat(),
            "last_complete": str(status.last_complete) if status.last_complete else None,
            "missing": {str(hy): list(status.missing_series(hy))
                        for hy in status.missing_half_years},
            "series": {s.name: {
                "official": {"name": s.official.name, "url": s.official.url},
                "last": str(s.last) if s.last else None,
                "provisional": [str(h) for h in s.provisional],
                "rates": {str(hy): {"rate": f"{rate:f}", **(
                    {"source": origins[(s.name, hy)].source, "link": origins[(s.name, hy)].link,
                     "via": origins[(s.name, hy)].via} if (s.name, hy) in origins
                    else {"source": "table livrée avec Relance"})}
                          for hy, rate in table.series(s.name).items()},
            } for s in status.series},
        }, ensure_ascii=False, indent=2))
        return 0
    print(f"Table des taux au {on:%d/%m/%Y} : connue jusqu'au {status.known_until:%d/%m/%Y}"
          + (f", dernier semestre complet {status.last_complete}" if status.last_complete
             else ""))
    if status.complete:
        print("À jour : aucun semestre commencé ne manque.")
    for hy in status.missing_half_years:
        print(f"MANQUANT {hy} : {', '.join(status.missing_series(hy))}")
    for s in status.series:
        print(f"\n{s.name} — {s.official.name}\n    {s.official.url}")
        for hy, rate in list(table.series(s.name).items())[-4:]:
            origin = origins.get((s.name, hy))
            where = rates_update.describe(origin) if origin else "table livrée avec Relance"
            mark = " (provisoire)" if hy in s.provisional else ""
            print(f"    {hy}  {rate:>6f} %{mark}  {where}")
    return 0


def cmd_rates(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="relance-desktop rates",
        description="Taux d'intérêt légaux : voir l'état de la table, ajouter un taux publié "
        "(avec sa source), importer un fichier de mise à jour, mettre à jour en ligne. "
        "Code 0 : fait ; 2 : entrée invalide ou refusée, rien n'est écrit.")
    sub = parser.add_subparsers(dest="action", required=True)
    show = sub.add_parser("show", help="état de la table, sources et liens officiels")
    show.add_argument("--json", action="store_true", help="en un objet JSON")
    add = sub.add_parser("add", help="ajouter les taux d'un semestre, avec leur source")
    add.add_argument("half_year", type=_half_year, help="semestre, ex. 2026-S2")
    for name, option in SERIES_OPTIONS:
        add.add_argument(option, dest=name, type=_percent, default=None, help=f"taux {name} en %%")
    add.add_argument("--source", required=True,
                     help="qui l'a publié et où (ex. « arrêté du 20/06/2026, JO du 25/06/2026 »)")
    add.add_argument("--link", default="", help="adresse de la publication")
    add.add_argument("--replace", action="store_true",
                     help="corriger un taux ajouté auparavant pour ce semestre")
    imp = sub.add_parser("import", help="importer un fichier de taux (format de rates.json)")
    imp.add_argument("file", type=Path)
    upd = sub.add_parser("update", help="mettre à jour en ligne (BCE, fichier de taux publié)")
    upd.add_argument("--allow", action="store_true",
                     help="autoriser la connexion pour cette fois (sinon : réglage)")
    for each in (show, add, imp, upd):
        each.add_argument("--on", type=_iso_date, default=None,
                          help="date du jour (AAAA-MM-JJ ; aujourd'hui par défaut)")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help (0) or bad input (2): a code, not an exception
        return int(exc.code or 0)
    from relance_desktop.services import rates_update
    from relance_desktop.settings import Settings

    settings = Settings()
    on = args.on or date.today()
    out: list[str] = []
    try:
        if args.action == "show":
            return _show(settings, on, args.json)
        if args.action == "add":
            values = {name: getattr(args, name) for name, _ in SERIES_OPTIONS
                      if getattr(args, name) is not None}
            if not values:
                print("relance-desktop: indiquez au moins un taux (--ecb, --fr-individual, "
                      "--fr-other, --be)", file=sys.stderr)
                return 2
            _report(rates_update.add_typed(settings, args.half_year, values, args.source, on,
                                           link=args.link, replace=args.replace), out)
        elif args.action == "import":
            _report(rates_update.import_file(settings, args.file, on), out)
        else:
            result = rates_update.update_online(settings, on, allowed=args.allow)
            _report(result.checked, out)
            out.extend(f"note : {note.render()}" for note in result.notes)
    except UserFacingError as exc:
        return _fail(exc)
    print("\n".join(out))
    return 0
