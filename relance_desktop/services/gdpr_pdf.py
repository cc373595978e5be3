"""The readable side of a GDPR export: what :func:`services.gdpr.collect` found, as a document
model (:mod:`reports.model`) drawn by :mod:`reports.render`. French, like the rest of the
records it shows; the JSON file next to it carries every field."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from relance_desktop.formatting import Formatter
from relance_desktop.reports import model as m
from relance_desktop.services.printables import _letterhead
from relance_desktop.store.session import CompanySession

FMT = Formatter("fr_FR")
NONE = "—"
WORDS = {  # stored codes, in words (codes not listed are printed as stored)
    "business": "entreprise", "sole_trader": "entrepreneur individuel", "consumer": "particulier",
    "public_body": "organisme public", "written_off": "passé en perte", "other": "autre",
    "open": "ouvert", "kept": "tenu", "broken": "non tenu", "partial": "partiel",
    "active": "en cours", "cancelled": "annulé", "resolved": "résolu", "rejected": "rejeté",
    "transfer": "virement", "cheque": "chèque", "card": "carte", "cash": "espèces",
    "direct_debit": "prélèvement", "call": "appel", "email": "e-mail", "letter": "courrier",
    "sms": "SMS", "note": "note", "reached": "joint", "no_answer": "pas de réponse",
    "voicemail": "messagerie", "promise": "promesse", "call_back": "rappeler",
    "check_payment": "vérifier le paiement", "send_letter": "envoyer un courrier",
    "post": "courrier postal", "print": "impression", "paid": "payé", "late": "en retard",
}


def _w(code: Any) -> str:
    return WORDS.get(str(code), str(code or ""))


def _d(text: Any) -> str:
    if not text:
        return ""
    value = str(text)
    if len(value) > 10:
        return FMT.datetime(datetime.fromisoformat(value))
    return FMT.date(date.fromisoformat(value))


def _money(cents: Any, currency: Any = "EUR") -> str:
    return FMT.money(int(cents or 0), str(currency or "EUR"))


def _table(title: str, headers: tuple[str, ...], rows: list[tuple[str, ...]],
           numeric: frozenset[int] = frozenset()) -> list[m.Block]:
    blocks: list[m.Block] = [m.Heading(title, level=2)]
    if rows:
        blocks.append(m.Table(headers, tuple(rows), numeric=numeric))
    else:
        blocks.append(m.Paragraph(NONE, small=True))
    return blocks


def _identity(c: dict[str, Any]) -> m.Block:
    fields = (("Nom", c["name"]), ("N° de compte", c["account"]), ("Type", _w(c["kind"])),
              ("N° d'entreprise", c["company_number"]), ("TVA", c["vat_number"]),
              ("Adresse", " ".join(x for x in (c["street"], c["postcode"], c["city"]) if x)),
              ("Pays", c["country"]), ("Langue", c["language"]), ("E-mail", c["email"]),
              ("Téléphone", c["phone"]), ("Mobile", c["mobile"]),
              ("Heures d'appel", c["call_hours"]), ("Valide les paiements", c["approver"]),
              ("Étiquettes", c["tags"]), ("Par écrit seulement", "oui" if c["written_only"]
                                           else "non"),
              ("Notes", c["notes"]), ("Créé le", _d(c["created_at"])),
              ("Modifié le", _d(c["updated_at"])))
    return m.Table(("Donnée", "Valeur"), tuple((k, str(v)) for k, v in fields if v),
                   widths=(1, 3))


def export_spec(cf: CompanySession, data: dict[str, Any]) -> m.DocumentSpec:
    c = data["customer"]
    blocks: list[m.Block] = [
        m.Paragraph(
            f"Données personnelles détenues par {data['controller']} au sujet de {c['name']}, "
            f"extraites le {_d(data['exported_at'])} (droit d'accès, article 15 du RGPD). "
            "Les notes d'appel sont reproduites en entier. Le fichier JSON remis avec ce "
            "document contient les mêmes données dans un format lisible par une machine."),
        m.Heading("Identité"), _identity(c)]
    blocks += _table("Interlocuteurs", ("Nom", "Fonction", "Téléphone", "E-mail", "Notes"), [
        (x["name"], x["function"], " / ".join(p for p in (x["phone"], x["mobile"]) if p),
         x["email"], x["notes"]) for x in data["contacts"]])
    blocks.append(m.Heading("Comptes"))
    for title, key in (("Factures", "invoices"), ("Avoirs", "credit_notes")):
        blocks += _table(title, ("Numéro", "Date", "Échéance", "Montant", "Reste", "État"), [
            (x["number"], _d(x["issue_date"]), _d(x["due_date"]),
             _money(x["amount_cents"], x["currency"]), _money(x["due_cents"], x["currency"]),
             "soldé" if not x["due_cents"] and x["state"] == "open" else _w(x["state"]))
            for x in data[key]], numeric=frozenset({3, 4}))
    numbers = {x["id"]: x["number"] for x in data["invoices"] + data["credit_notes"]}
    blocks += _table("Paiements", ("Date", "Facture", "Montant", "Moyen", "Référence", "Note"), [
        (_d(x["paid_on"]), numbers.get(x["invoice"], ""), _money(x["amount_cents"]),
         _w(x["method"]), x["reference"], x["note"]) for x in data["payments"]],
        numeric=frozenset({2}))
    blocks.append(m.Heading("Suivi"))
    blocks += _table("Promesses", ("Pour le", "Montant", "Par", "État", "Note"), [
        (_d(x["promised_on"]), _money(x["amount_cents"], x["currency"]), x["promised_by"],
         _w(x["status"]), x["note"]) for x in data["promises"]], numeric=frozenset({1}))
    blocks += _table("Échéanciers", ("Créé le", "Total", "État", "Échéances", "Note"), [
        (_d(x["created_at"]), _money(x["total_cents"], x["currency"]), _w(x["status"]),
         "; ".join(f"{_d(i['due_on'])} {_money(i['amount_cents'])}" for i in x["instalments"]),
         x["note"]) for x in data["payment_plans"]], numeric=frozenset({1}))
    blocks += _table("Litiges", ("Ouvert le", "Motif", "État", "Notes", "Solution"), [
        (_d(x["opened_on"]), x["reason"], _w(x["status"]), x["notes"], x["resolution"])
        for x in data["disputes"]])
    blocks += _table("Appels, e-mails, courriers et notes", ("Date", "Type", "Résultat", "Notes"),
                     [(_d(x["occurred_at"]), _w(x["kind"]), _w(x["outcome"]), x["notes"])
                      for x in data["interactions"]])
    blocks += _table("Courriers envoyés", ("Date", "Type", "Envoi", "Factures", "Fichier"), [
        (_d(x["sent_at"] or x["created_at"]), x["kind"], _w(x["sent_via"]),
         ", ".join(x["invoices"]), x["file_name"] or "") for x in data["documents"]])
    blocks += _table("Tâches", ("Pour le", "Type", "Note", "Faite le"), [
        (_d(x["due_at"]), _w(x["kind"]), x["note"], _d(x["done_at"])) for x in data["tasks"]])
    blocks += _table("Journal des modifications", ("Date", "Action", "Objet", "Détail"), [
        (_d(x["at"]), x["action"], x["entity"], _detail(x)) for x in data["audit"]])
    return m.DocumentSpec(title=f"Données personnelles — {c['name']}",
                          letterhead=_letterhead(cf.company), blocks=tuple(blocks),
                          author=str(data["controller"]))


def _detail(event: dict[str, Any]) -> str:
    after = event.get("after")
    if isinstance(after, dict):
        return ", ".join(f"{k} : {v}" for k, v in sorted(after.items()))
    return str(after or "")
