"""The import preview as text (the CLI) and as JSON (scripts): both read the plan only."""

from __future__ import annotations

from typing import Any

from relance_desktop.domain.text import counted
from relance_desktop.importers.records import note_text
from relance_desktop.services.import_plan import ImportPreview


def _money(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    units, rest = divmod(abs(cents), 100)
    return f"{sign}{units}.{rest:02d}"


def preview_json(plan: ImportPreview) -> dict[str, Any]:
    """The preview for scripts: amounts as strings with a dot and two decimals."""
    files = []
    for f in plan.files:
        files.append({
            "file": f.path.name,
            "sha256": f.result.sha256,
            "source": f.source,
            "profile": f.profile_name,
            "already_imported": f.already_imported,
            "customers": {"new": f.new_customers,
                          "matched": len(f.customers) - f.new_customers},
            "invoices": {"new": f.count("new"), "changed": f.count("changed"),
                         "unchanged": f.count("unchanged")},
            "credit_notes": {"new": sum(1 for c in f.credits if c.action == "new"),
                             "changed": sum(1 for c in f.credits if c.action == "changed"),
                             "unchanged": sum(1 for c in f.credits if c.action == "unchanged")},
            "duplicates": [{"number": d.record.number, "line": d.record.line}
                           for d in f.duplicates],
            "due_per_currency": {k: _money(v) for k, v in sorted(f.due_per_currency().items())},
            "due_per_customer": [
                {"customer": name, "account": account, "currency": currency,
                 "due": _money(cents)}
                for name, account, currency, cents in f.due_per_customer()
            ],
            "offered_as_paid": [
                {"invoice": s.number, "customer": s.customer, "currency": s.currency,
                 "due": _money(s.due_cents)} for s in f.settle
            ],
            "problems": [
                {"file": p.file, "line": p.line, "element": p.element,
                 "field": p.field_text(), "expected": p.expected_text(), "found": p.found,
                 "severity": str(p.severity)}
                for p in f.problems
            ],
            "notes": [note_text(note) for note in f.result.notes],
        })
    return {"files": files}


def preview_text(plan: ImportPreview) -> str:
    out = []
    for f in plan.files:
        out.append(f"{f.path.name} ({f.source}{', ' + f.profile_name if f.profile_name else ''})")
        if f.already_imported:
            out.append("  déjà importé : ce fichier (même contenu) a déjà été importé")
        known = len(f.customers) - f.new_customers
        out.append(f"  clients : {counted(f.new_customers, 'nouveau', 'nouveaux')}, "
                   f"{counted(known, 'déjà connu', 'déjà connus')}")
        credits = {action: sum(1 for c in f.credits if c.action == action)
                   for action in ("new", "changed", "unchanged")}
        out.append(f"  factures : {counted(f.count('new'), 'nouvelle', 'nouvelles')}, "
                   f"{counted(f.count('changed'), 'modifiée', 'modifiées')}, "
                   f"{counted(f.count('unchanged'), 'inchangée', 'inchangées')} ; avoirs : "
                   f"{counted(credits['new'], 'nouveau', 'nouveaux')}, "
                   f"{counted(credits['changed'], 'modifié', 'modifiés')}, "
                   f"{counted(credits['unchanged'], 'inchangé', 'inchangés')}")
        if f.duplicates:
            out.append(f"  numéros en double, laissés de côté : {len(f.duplicates)}")
        for currency, cents in sorted(f.due_per_currency().items()):
            out.append(f"  reste dû : {_money(cents)} {currency}")
        for name, account, currency, cents in f.due_per_customer()[:10]:
            label = f"{name} ({account})" if account and account != name else name
            out.append(f"    {label} : {_money(cents)} {currency}")
        for plan_ in f.documents():
            if plan_.action == "changed":
                what = ", ".join(f"{k} {v[0]} → {v[1]}" for k, v in plan_.changes.items())
                out.append(f"  modifiée : {plan_.record.number} ({what})")
        for s in f.settle:
            out.append(f"  absente de l'export, proposée comme payée : {s.number} {s.customer} "
                       f"{_money(s.due_cents)} {s.currency}")
        for note in f.result.notes:
            out.append(f"  note : {note_text(note)}")
        for p in f.problems[:50]:
            where = f"ligne {p.line}" if p.line else (p.element or "")
            found = f", trouvé « {p.found} »" if p.found else ""
            place = ", ".join(part for part in (p.file, where, p.field_text()) if part)
            out.append(f"  {p.severity} : {place} : attendu {p.expected_text()}{found}")
        if len(f.problems) > 50:
            more = len(f.problems) - 50
            out.append(f"  … et {counted(more, 'autre problème', 'autres problèmes')}")
    return "\n".join(out)
