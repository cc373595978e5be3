<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="158"/>
        <source>Fiche de la société</source>
        <translation>Company details</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="167"/>
        <source>Nouvelle société</source>
        <translation>New company</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="6"/>
        <source>Société</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="13"/>
        <source>Raison &amp;sociale</source>
        <translation>Company &amp;name</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="23"/>
        <source>&amp;Pays</source>
        <translation>&amp;Country</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="33"/>
        <source>&amp;Langue des courriers</source>
        <translation>&amp;Letter language</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="43"/>
        <source>&amp;Adresse</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="53"/>
        <source>Code &amp;postal</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="63"/>
        <source>&amp;Ville</source>
        <translation>&amp;Town</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="73"/>
        <source>N° d&apos;&amp;entreprise</source>
        <translation>Company n&amp;umber</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="79"/>
        <source>SIREN/SIRET ou numéro BCE</source>
        <translation>SIREN/SIRET or BCE/KBO number</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="84"/>
        <source>N° de &amp;TVA</source>
        <translation>&amp;VAT number</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="90"/>
        <source>FR… ou BE…</source>
        <translation>FR… or BE…</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="95"/>
        <source>&amp;IBAN</source>
        <translation>&amp;IBAN</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="105"/>
        <source>&amp;BIC</source>
        <translation>&amp;BIC</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="115"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="125"/>
        <source>&amp;Téléphone</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="135"/>
        <source>&amp;Délai de paiement par défaut</source>
        <translation>&amp;Default payment terms</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="141"/>
        <source> jours</source>
        <translation> days</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="283"/>
        <source>Contact : {name}</source>
        <translation>Contact: {name}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="285"/>
        <source>Nouvelle personne de contact</source>
        <translation>New contact person</translation>
    </message>
    <message>
        <location filename="../../ui/contact_form.ui" line="6"/>
        <source>Personne de contact</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../ui/contact_form.ui" line="13"/>
        <source>&amp;Nom</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/contact_form.ui" line="23"/>
        <source>&amp;Fonction</source>
        <translation>&amp;Job title</translation>
    </message>
    <message>
        <location filename="../../ui/contact_form.ui" line="29"/>
        <source>ex. comptable, gérant</source>
        <translation>e.g. accountant, managing director</translation>
    </message>
    <message>
        <location filename="../../ui/contact_form.ui" line="34"/>
        <source>&amp;Téléphone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../ui/contact_form.ui" line="44"/>
        <source>&amp;Mobile</source>
        <translation>&amp;Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/contact_form.ui" line="54"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../ui/contact_form.ui" line="64"/>
        <source>Contact &amp;principal</source>
        <translation>Main &amp;contact</translation>
    </message>
    <message>
        <location filename="../../ui/contact_form.ui" line="74"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../relance_desktop/views/crash.py" line="48"/>
        <source>Relance — erreur inattendue</source>
        <translation>Relance — unexpected error</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/crash.py" line="52"/>
        <source>Relance a rencontré une erreur qu&apos;il ne sait pas traiter. Vos données déjà enregistrées ne sont pas perdues.
Copiez le rapport ci-dessous et transmettez-le au support. Journal : {log}</source>
        <translation>Relance has run into an error it cannot handle. The data you have already saved is not lost.
Copy the report below and send it to support. Log: {log}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/crash.py" line="62"/>
        <source>&amp;Copier le rapport</source>
        <translation>&amp;Copy report</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="208"/>
        <source>Client : {name}</source>
        <translation>Customer: {name}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="213"/>
        <source>Nouveau client</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="6"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="13"/>
        <source>&amp;Nom</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="23"/>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="33"/>
        <source>&amp;Pays</source>
        <translation>&amp;Country</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="43"/>
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="53"/>
        <source>N° de &amp;compte</source>
        <translation>Acco&amp;unt code</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="59"/>
        <source>411…, code client du logiciel comptable</source>
        <translation>411…, customer code in the accounting software</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="64"/>
        <source>N° d&apos;&amp;entreprise</source>
        <translation>Company num&amp;ber</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="70"/>
        <source>SIREN/SIRET ou numéro BCE</source>
        <translation>SIREN/SIRET or BCE/KBO number</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="75"/>
        <source>N° de &amp;TVA</source>
        <translation>&amp;VAT number</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="85"/>
        <source>&amp;Adresse</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="95"/>
        <source>Code &amp;postal</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="105"/>
        <source>&amp;Ville</source>
        <translation>To&amp;wn</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="115"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="125"/>
        <source>&amp;Téléphone</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="135"/>
        <source>&amp;Mobile</source>
        <translation>&amp;Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="145"/>
        <source>Canal &amp;préféré</source>
        <translation>Pre&amp;ferred channel</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="155"/>
        <source>&amp;Heures d&apos;appel</source>
        <translation>Call t&amp;imes</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="161"/>
        <source>ex. 9h30–11h30</source>
        <translation>e.g. 9:30–11:30</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="166"/>
        <source>Qui &amp;valide les paiements</source>
        <translation>Who approves pa&amp;yments</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="176"/>
        <source>Bon de &amp;commande exigé</source>
        <translation>Purchase order re&amp;quired</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="186"/>
        <source>&amp;Jours de paiement</source>
        <translation>Payment &amp;days</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="192"/>
        <source>ex. 10,25</source>
        <translation>e.g. 10, 25</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="197"/>
        <source>&amp;Délai de paiement</source>
        <translation>Payment te&amp;rms</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="203"/>
        <source>Délai de la société</source>
        <translation>Company default</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="207"/>
        <source> jours</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="212"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
</context>
<context>
    <name>CustomerWindow</name>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="77"/>
        <source>&amp;Modifier le client</source>
        <translation>&amp;Edit customer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="78"/>
        <source>Nouveau &amp;contact</source>
        <translation>New &amp;contact</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="79"/>
        <source>Nouvelle &amp;facture</source>
        <translation>New &amp;invoice</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="80"/>
        <source>Enregistrer un &amp;paiement</source>
        <translation>Record &amp;payment</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="82"/>
        <source>&amp;Joindre la copie…</source>
        <translation>&amp;Attach copy…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="83"/>
        <source>&amp;Ouvrir la copie</source>
        <translation>&amp;Open copy</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="90"/>
        <source>N° facture</source>
        <translation>Invoice no.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="90"/>
        <location filename="../../relance_desktop/views/customer_window.py" line="96"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="90"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="90"/>
        <source>Montant TTC</source>
        <translation>Amount incl. VAT</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="91"/>
        <source>Payé</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="91"/>
        <source>Reste dû</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="91"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="91"/>
        <source>Copie</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="92"/>
        <source>Objet</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="96"/>
        <source>Facture</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="96"/>
        <location filename="../../relance_desktop/views/customer_window.py" line="103"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="96"/>
        <source>Moyen</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="97"/>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="100"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="100"/>
        <source>Fonction</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="100"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="100"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="101"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="101"/>
        <source>Principal</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="103"/>
        <source>Quand</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="103"/>
        <source>Quoi</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="104"/>
        <source>Détail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="110"/>
        <source>&amp;Factures</source>
        <translation>In&amp;voices</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="111"/>
        <source>Pai&amp;ements</source>
        <translation>Pa&amp;yments</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="112"/>
        <source>Con&amp;tacts</source>
        <translation>Con&amp;tacts</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="113"/>
        <source>&amp;Historique</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="114"/>
        <source>Supprimer ce paiement (erreur de saisie)…</source>
        <translation>Delete this payment (entry error)…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="120"/>
        <source>Modifier le contact…</source>
        <translation>Edit contact…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="122"/>
        <source>Supprimer le contact…</source>
        <translation>Delete contact…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="150"/>
        <source>{name} — client</source>
        <translation>{name} — customer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="162"/>
        <location filename="../../relance_desktop/views/customer_window.py" line="179"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="204"/>
        <source>{field} : {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="253"/>
        <source>N° entreprise {number}</source>
        <translation>Company no. {number}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="254"/>
        <source>TVA {number}</source>
        <translation>VAT {number}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="262"/>
        <source>Valide les paiements : {who}</source>
        <translation>Approves payments: {who}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="264"/>
        <source>Bon de commande exigé</source>
        <translation>Purchase order required</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="266"/>
        <source>Jours de paiement : {days}</source>
        <translation>Payment days: {days}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="268"/>
        <source>Appeler : {hours}</source>
        <translation>Call: {hours}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="271"/>
        <source>{count} facture(s) ouverte(s) — reste dû {due}, dont échu {overdue}</source>
        <translation>Open invoices: {count} — balance due {due}, of which overdue {overdue}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="312"/>
        <source>Supprimer le contact {name} ?</source>
        <translation>Delete contact {name}?</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="320"/>
        <source>Supprimer le paiement de {amount} du {date} sur la facture {number} ? La facture redeviendra due d&apos;autant.</source>
        <translation>Delete the payment of {amount} made on {date} against invoice {number}? The balance due on the invoice will go up by the same amount.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="354"/>
        <source>Copie de la facture</source>
        <translation>Invoice copy</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="354"/>
        <source>PDF (*.pdf);;Tous les fichiers (*)</source>
        <translation>PDF (*.pdf);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="372"/>
        <source>Aucune copie n&apos;est jointe à cette facture.</source>
        <translation>No copy is attached to this invoice.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="85"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="87"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="109"/>
        <source>« {value} » n&apos;est pas un montant : tapez par exemple 1 234,56.</source>
        <translation>‘{value}’ is not an amount: type, for example, 1,234.56.</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="337"/>
        <source>Facture {number}</source>
        <translation>Invoice {number}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="339"/>
        <source>Nouvelle facture</source>
        <translation>New invoice</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="367"/>
        <source>Copie de la facture</source>
        <translation>Invoice copy</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="367"/>
        <source>PDF (*.pdf);;Tous les fichiers (*)</source>
        <translation>PDF (*.pdf);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="381"/>
        <source>Choisissez le client dans la liste.</source>
        <translation>Choose the customer from the list.</translation>
    </message>
    <message>
        <location filename="../../ui/invoice_form.ui" line="6"/>
        <source>Facture</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../ui/invoice_form.ui" line="13"/>
        <source>&amp;Client</source>
        <translation>&amp;Customer</translation>
    </message>
    <message>
        <location filename="../../ui/invoice_form.ui" line="23"/>
        <source>&amp;Numéro</source>
        <translation>&amp;Number</translation>
    </message>
    <message>
        <location filename="../../ui/invoice_form.ui" line="33"/>
        <source>&amp;Date de facture</source>
        <translation>Invoice &amp;date</translation>
    </message>
    <message>
        <location filename="../../ui/invoice_form.ui" line="44"/>
        <source>É&amp;chéance</source>
        <translation>D&amp;ue date</translation>
    </message>
    <message>
        <location filename="../../ui/invoice_form.ui" line="55"/>
        <source>&amp;Montant TTC</source>
        <translation>&amp;Amount incl. VAT</translation>
    </message>
    <message>
        <location filename="../../ui/invoice_form.ui" line="61"/>
        <source>ex. 1 234,56</source>
        <translation>e.g. 1,234.56</translation>
    </message>
    <message>
        <location filename="../../ui/invoice_form.ui" line="66"/>
        <source>De&amp;vise</source>
        <translation>Curr&amp;ency</translation>
    </message>
    <message>
        <location filename="../../ui/invoice_form.ui" line="76"/>
        <source>&amp;Objet (ce qui a été vendu)</source>
        <translation>Descr&amp;iption (what was sold)</translation>
    </message>
    <message>
        <location filename="../../ui/invoice_form.ui" line="88"/>
        <source>Copie de la facture (&amp;PDF)</source>
        <translation>Invoice copy (&amp;PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/invoice_form.ui" line="94"/>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/invoice_form.ui" line="102"/>
        <source>&amp;Joindre la copie…</source>
        <translation>A&amp;ttach copy…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="51"/>
        <source>Échues</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="52"/>
        <source>À échoir</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="53"/>
        <source>1–30 j</source>
        <translation>1–30 days</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="54"/>
        <source>31–60 j</source>
        <translation>31–60 days</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="55"/>
        <source>61–90 j</source>
        <translation>61–90 days</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="56"/>
        <source>+ de 90 j</source>
        <translation>Over 90 days</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="57"/>
        <source>Toutes</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="87"/>
        <source>Factures en retard</source>
        <translation>Overdue invoices</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="87"/>
        <source>Clients</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="101"/>
        <source>&lt;h2&gt;Bienvenue dans Relance&lt;/h2&gt;&lt;p&gt;Une société = un fichier. Créez le fichier de votre société, ouvrez-en un existant, ou essayez la société de démonstration pour découvrir l&apos;application.&lt;/p&gt;&lt;p&gt;Ensuite, saisissez vos factures impayées (ou importez-les depuis votre logiciel de facturation) : Relance vous dira qui appeler aujourd&apos;hui.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welcome to Relance&lt;/h2&gt;&lt;p&gt;One company = one file. Create your company&apos;s file, open an existing one, or try the demo company to get to know the application.&lt;/p&gt;&lt;p&gt;Then enter your unpaid invoices (or import them from your invoicing software): Relance will tell you who to call today.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="111"/>
        <location filename="../../relance_desktop/views/main_window.py" line="208"/>
        <source>&amp;Nouvelle société…</source>
        <translation>&amp;New company…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="112"/>
        <source>&amp;Ouvrir un fichier…</source>
        <translation>&amp;Open a file…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="113"/>
        <source>Essayer la &amp;démo</source>
        <translation>Try the &amp;demo</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="131"/>
        <source>Rechercher un client, un n° de facture, un montant… (Ctrl+F)</source>
        <translation>Search for a customer, invoice number or amount… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="135"/>
        <location filename="../../relance_desktop/views/main_window.py" line="243"/>
        <source>&amp;Grouper par client</source>
        <translation>&amp;Group by customer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="171"/>
        <source>Rechercher un client…</source>
        <translation>Search for a customer…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="174"/>
        <location filename="../../relance_desktop/views/main_window.py" line="226"/>
        <source>Nouveau &amp;client…</source>
        <translation>New &amp;customer…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="179"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="179"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="179"/>
        <source>Ville</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="179"/>
        <source>Pays</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="180"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="180"/>
        <source>Factures ouvertes</source>
        <translation>Open invoices</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="180"/>
        <source>Reste dû</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="181"/>
        <source>Dont échu</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="181"/>
        <source>Retard max (j)</source>
        <translation>Max. days late</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="207"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="209"/>
        <source>&amp;Ouvrir…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="211"/>
        <source>Ouvrir un fichier &amp;récent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="213"/>
        <source>Ouvrir la &amp;démo</source>
        <translation>Open the &amp;demo</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="215"/>
        <source>Fiche de la &amp;société…</source>
        <translation>Co&amp;mpany details…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="217"/>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="220"/>
        <source>&amp;Préférences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="223"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="225"/>
        <source>&amp;Saisie</source>
        <translation>&amp;Entry</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="228"/>
        <source>Nouvelle &amp;facture…</source>
        <translation>New &amp;invoice…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="230"/>
        <source>Enregistrer un &amp;paiement…</source>
        <translation>Record a &amp;payment…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="232"/>
        <source>Ouvrir le c&amp;lient</source>
        <translation>&amp;Open customer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="236"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="237"/>
        <source>&amp;Factures en retard</source>
        <translation>&amp;Overdue invoices</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="239"/>
        <source>&amp;Clients</source>
        <translation>&amp;Customers</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="241"/>
        <source>&amp;Rechercher</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="245"/>
        <source>É&amp;chéancier</source>
        <translation>&amp;Ageing</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="251"/>
        <source>&amp;Actualiser</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="253"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="254"/>
        <source>Dossier des &amp;journaux</source>
        <translation>&amp;Log folder</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="255"/>
        <source>À &amp;propos de Relance</source>
        <translation>&amp;About Relance</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="296"/>
        <source>Relance</source>
        <translation>Relance</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="301"/>
        <source>{company} — {file} — Relance</source>
        <translation>{company} — {file} — Relance</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="309"/>
        <source>Nouvelle société</source>
        <translation>New company</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="310"/>
        <source>Société Relance (*.relance)</source>
        <translation>Relance company file (*.relance)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="321"/>
        <source>Ouvrir une société</source>
        <translation>Open a company</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="322"/>
        <source>Société Relance (*.relance);;Tous les fichiers (*)</source>
        <translation>Relance company file (*.relance);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="340"/>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="377"/>
        <source>{count} facture(s) affichée(s)</source>
        <translation>Invoices shown: {count}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="378"/>
        <source>Reste dû affiché : {amount}</source>
        <translation>Balance due shown: {amount}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="382"/>
        <source>Total échu : {amount}</source>
        <translation>Total overdue: {amount}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="509"/>
        <source>Nouvelle facture</source>
        <translation>New invoice</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="510"/>
        <source>Créez d&apos;abord le client de cette facture.</source>
        <translation>First create the customer for this invoice.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="520"/>
        <source>Paiement</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="521"/>
        <source>Choisissez d&apos;abord une facture dans la liste.</source>
        <translation>First select an invoice in the list.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="548"/>
        <source>À propos de Relance</source>
        <translation>About Relance</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="549"/>
        <source>&lt;b&gt;Relance {version}&lt;/b&gt;&lt;p&gt;Le suivi des factures impayées et des relances téléphoniques, hors ligne.&lt;/p&gt;&lt;p&gt;Journal : {log}&lt;/p&gt;</source>
        <translation>&lt;b&gt;Relance {version}&lt;/b&gt;&lt;p&gt;Offline follow-up of unpaid invoices and telephone reminders.&lt;/p&gt;&lt;p&gt;Log: {log}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="415"/>
        <source>{number} — {customer} — {amount} TTC</source>
        <translation>{number} — {customer} — {amount} incl. VAT</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="424"/>
        <source>Paiement de la facture {number}</source>
        <translation>Payment of invoice {number}</translation>
    </message>
    <message>
        <location filename="../../ui/payment_form.ui" line="6"/>
        <source>Paiement</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../ui/payment_form.ui" line="13"/>
        <source>Facture</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../ui/payment_form.ui" line="23"/>
        <source>Reste dû</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <location filename="../../ui/payment_form.ui" line="33"/>
        <source>&amp;Date du paiement</source>
        <translation>Payment &amp;date</translation>
    </message>
    <message>
        <location filename="../../ui/payment_form.ui" line="44"/>
        <source>&amp;Montant</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <location filename="../../ui/payment_form.ui" line="50"/>
        <source>ex. 250,00</source>
        <translation>e.g. 250.00</translation>
    </message>
    <message>
        <location filename="../../ui/payment_form.ui" line="55"/>
        <source>&amp;Moyen de paiement</source>
        <translation>Payment &amp;method</translation>
    </message>
    <message>
        <location filename="../../ui/payment_form.ui" line="65"/>
        <source>&amp;Référence</source>
        <translation>&amp;Reference</translation>
    </message>
    <message>
        <location filename="../../ui/payment_form.ui" line="75"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <location filename="../../ui/payment_form.ui" line="87"/>
        <source>Payer &amp;tout le reste dû</source>
        <translation>Pay the &amp;full balance</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="31"/>
        <source>Préférences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="39"/>
        <source>&amp;Langue de l&apos;interface</source>
        <translation>Interface &amp;language</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="44"/>
        <source>&amp;Format des montants et dates</source>
        <translation>&amp;Format of amounts and dates</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="46"/>
        <source>Aperçu</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="48"/>
        <source>ex. Claire Martin (utilisé dans les scripts)</source>
        <translation>e.g. Claire Martin (used in scripts)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="49"/>
        <source>&amp;Votre nom</source>
        <translation>Your &amp;name</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="50"/>
        <source>Rouvrir le dernier fichier au démarrage</source>
        <translation>Reopen the last file at startup</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="76"/>
        <source>La nouvelle langue s&apos;appliquera au prochain démarrage.</source>
        <translation>The new language will apply the next time Relance starts.</translation>
    </message>
</context>
<context>
    <name>ReceivablesModel</name>
    <message>
        <location filename="../../relance_desktop/views/receivables_model.py" line="53"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/receivables_model.py" line="54"/>
        <source>N° facture</source>
        <translation>Invoice no.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/receivables_model.py" line="55"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/receivables_model.py" line="56"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/receivables_model.py" line="57"/>
        <source>Retard (j)</source>
        <translation>Days late</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/receivables_model.py" line="58"/>
        <source>Montant TTC</source>
        <translation>Amount incl. VAT</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/receivables_model.py" line="59"/>
        <source>Reste dû</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/receivables_model.py" line="60"/>
        <source>Dernière action</source>
        <translation>Last action</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/receivables_model.py" line="61"/>
        <source>Prochaine étape</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/receivables_model.py" line="62"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/receivables_model.py" line="412"/>
        <source>{name} ({count} factures)</source>
        <translation>{name} ({count} invoices)</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../relance_desktop/views/crash.py" line="76"/>
        <source>le fichier</source>
        <translation>the file</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../relance_desktop/errors.py" line="43"/>
        <source>« {path} » n&apos;est pas un fichier Relance (société). Rien n&apos;a été modifié.</source>
        <translation>‘{path}’ is not a Relance (company) file. Nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="184"/>
        <source>« {path} » est trop volumineux ({mb} Mo, 25 Mo au plus).</source>
        <translation>‘{path}’ is too large ({mb} MB; 25 MB at most).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="193"/>
        <location filename="../../relance_desktop/store/database.py" line="74"/>
        <source>Impossible de lire « {path} » : {reason}</source>
        <translation>Cannot read ‘{path}’: {reason}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/database.py" line="59"/>
        <source>Le fichier « {path} » n&apos;existe pas.</source>
        <translation>The file ‘{path}’ does not exist.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/database.py" line="69"/>
        <source>Vous n&apos;avez pas le droit de lire « {path} ».</source>
        <translation>You do not have permission to read ‘{path}’.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/database.py" line="96"/>
        <source>Le fichier « {path} » est incomplet ou endommagé ({size} octets au lieu de {expected}). Rouvrez une sauvegarde. Rien n&apos;a été modifié.</source>
        <translation>The file ‘{path}’ is incomplete or damaged ({size} bytes instead of {expected}). Open a backup instead. Nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/database.py" line="107"/>
        <source>« {path} » a été enregistré par une version plus récente de Relance (format {found}, cette version lit jusqu&apos;au format {known}). Mettez Relance à jour pour l&apos;ouvrir. Rien n&apos;a été modifié.</source>
        <translation>‘{path}’ was saved by a newer version of Relance (format {found}; this version reads up to format {known}). Update Relance to open it. Nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/database.py" line="127"/>
        <source>« {path} » est utilisé par un autre programme (verrouillé). Fermez-le puis réessayez.</source>
        <translation>‘{path}’ is being used by another program (locked). Close it, then try again.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/database.py" line="141"/>
        <source>« {path} » est en lecture seule : Relance ne peut pas y enregistrer. Copiez-le dans un dossier où vous pouvez écrire.</source>
        <translation>‘{path}’ is read-only: Relance cannot save to it. Copy it to a folder you can write to.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/database.py" line="150"/>
        <source>Le disque est plein : « {path} » n&apos;a pas pu être enregistré. Libérez de la place ; la dernière modification n&apos;a pas été enregistrée.</source>
        <translation>The disk is full: ‘{path}’ could not be saved. Free up some space; the last change has not been saved.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/database.py" line="159"/>
        <source>« {path} » est endommagé et ne peut pas être lu. Rouvrez une sauvegarde.</source>
        <translation>‘{path}’ is damaged and cannot be read. Open a backup instead.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/database.py" line="167"/>
        <source>Impossible d&apos;ouvrir « {path} ».</source>
        <translation>Cannot open ‘{path}’.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/demo.py" line="331"/>
        <location filename="../../relance_desktop/store/database.py" line="305"/>
        <source>« {path} » existe déjà : choisissez un autre nom de fichier.</source>
        <translation>‘{path}’ already exists: choose another file name.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/database.py" line="312"/>
        <source>Le dossier « {path} » n&apos;existe pas.</source>
        <translation>The folder ‘{path}’ does not exist.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/common.py" line="47"/>
        <source>Relance</source>
        <translation>Relance</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../relance_desktop/services/company.py" line="31"/>
        <location filename="../../relance_desktop/services/customers.py" line="55"/>
        <location filename="../../relance_desktop/services/customers.py" line="140"/>
        <source>Le nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="57"/>
        <source>Le numéro de facture</source>
        <translation>Invoice number</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../relance_desktop/services/history.py" line="20"/>
        <source>Facture {number} émise</source>
        <translation>Invoice {number} issued</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/history.py" line="21"/>
        <source>Paiement reçu sur la facture {number}</source>
        <translation>Payment received on invoice {number}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/history.py" line="22"/>
        <source>Appel</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/history.py" line="23"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/history.py" line="24"/>
        <source>Courrier</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/history.py" line="25"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/history.py" line="26"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/history.py" line="27"/>
        <source>Promesse de paiement pour le {date}</source>
        <translation>Promise to pay by {date}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/history.py" line="28"/>
        <source>Litige ouvert</source>
        <translation>Dispute opened</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/history.py" line="29"/>
        <source>Document produit : {kind}</source>
        <translation>Document produced: {kind}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/history.py" line="30"/>
        <source>Import « {file} »</source>
        <translation>Import ‘{file}’</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/history.py" line="31"/>
        <source>Modification : {entity}</source>
        <translation>Change: {entity}</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="12"/>
        <source>Entreprise</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="13"/>
        <source>Indépendant</source>
        <translation>Sole trader</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="14"/>
        <source>Particulier</source>
        <translation>Private individual</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="15"/>
        <source>Organisme public</source>
        <translation>Public body</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="18"/>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="19"/>
        <source>Belgique</source>
        <translation>Belgium</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="22"/>
        <source>Français</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="23"/>
        <source>Néerlandais</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="24"/>
        <source>Anglais</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="27"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="28"/>
        <location filename="../../relance_desktop/views/labels.py" line="55"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="29"/>
        <location filename="../../relance_desktop/views/labels.py" line="56"/>
        <source>Courrier</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="32"/>
        <source>Payée</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="33"/>
        <source>Payée en partie</source>
        <translation>Partly paid</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="34"/>
        <source>À échoir</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="35"/>
        <source>En retard</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="36"/>
        <source>En litige</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="37"/>
        <source>Promesse</source>
        <translation>Promise to pay</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="38"/>
        <location filename="../../relance_desktop/views/labels.py" line="42"/>
        <source>Annulée</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="41"/>
        <source>Ouverte</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="43"/>
        <source>Passée en perte</source>
        <translation>Written off</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="46"/>
        <source>Virement</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="47"/>
        <source>Carte</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="48"/>
        <source>Chèque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="49"/>
        <source>Espèces</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="50"/>
        <source>Prélèvement</source>
        <translation>Direct debit</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="51"/>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="54"/>
        <source>Appel</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="57"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="58"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="61"/>
        <source>joint</source>
        <translation>reached</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="62"/>
        <source>pas de réponse</source>
        <translation>no answer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="63"/>
        <source>messagerie</source>
        <translation>voicemail</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="64"/>
        <source>faux numéro</source>
        <translation>wrong number</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="65"/>
        <source>refus</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="66"/>
        <source>à rappeler</source>
        <translation>call back</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="69"/>
        <source>Rappeler</source>
        <translation>Call back</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="70"/>
        <source>Vérifier le paiement</source>
        <translation>Check payment</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="71"/>
        <source>Envoyer un courrier</source>
        <translation>Send a letter</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="74"/>
        <source>client</source>
        <translation>customer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="75"/>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="76"/>
        <source>facture</source>
        <translation>invoice</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="77"/>
        <source>paiement</source>
        <translation>payment</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="78"/>
        <source>société</source>
        <translation>company</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="81"/>
        <source>modifié</source>
        <translation>updated</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="82"/>
        <source>supprimé</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="83"/>
        <source>copie jointe</source>
        <translation>copy attached</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="86"/>
        <source>nom</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="87"/>
        <source>numéro</source>
        <translation>number</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="88"/>
        <source>montant</source>
        <translation>amount</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="89"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="90"/>
        <source>échéance</source>
        <translation>due date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="91"/>
        <source>date du paiement</source>
        <translation>payment date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="92"/>
        <source>téléphone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="93"/>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="94"/>
        <source>e-mail</source>
        <translation>email</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="95"/>
        <source>fonction</source>
        <translation>job title</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="96"/>
        <source>adresse</source>
        <translation>address</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="97"/>
        <source>ville</source>
        <translation>town</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="98"/>
        <source>code postal</source>
        <translation>postcode</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="99"/>
        <source>état</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="100"/>
        <source>objet</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="101"/>
        <source>copie</source>
        <translation>copy</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="102"/>
        <source>délai de paiement</source>
        <translation>payment terms</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="104"/>
        <source>Appeler</source>
        <translation>Call</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../relance_desktop/settings.py" line="34"/>
        <source>Langue de l&apos;interface</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="36"/>
        <source>Format des nombres</source>
        <translation>Number format</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="38"/>
        <source>Votre nom (dans les scripts)</source>
        <translation>Your name (in scripts)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="39"/>
        <source>Fichiers récents</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="40"/>
        <source>Dernier fichier ouvert</source>
        <translation>Last file opened</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="41"/>
        <source>Rouvrir le dernier fichier</source>
        <translation>Reopen the last file</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="42"/>
        <source>Position de la fenêtre</source>
        <translation>Window position</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../relance_desktop/services/company.py" line="37"/>
        <source>Le délai de paiement doit être compris entre 0 et 120 jours (60 jours au plus entre entreprises, sauf exceptions).</source>
        <translation>Payment terms must be between 0 and 120 days (60 days at most between businesses, save for exceptions).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/customers.py" line="50"/>
        <source>Le délai de paiement doit être compris entre 0 et 365 jours.</source>
        <translation>Payment terms must be between 0 and 365 days.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/customers.py" line="117"/>
        <source>Ce client a des factures : il ne peut pas être supprimé. Archivez-le plutôt.</source>
        <translation>This customer has invoices, so it cannot be deleted. Archive it instead.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="61"/>
        <source>Choisissez le client.</source>
        <translation>Choose the customer.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="66"/>
        <source>Le montant TTC doit être positif (un avoir se saisit comme un paiement).</source>
        <translation>The amount incl. VAT must be positive (enter a credit note as a payment).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="74"/>
        <source>Montant trop élevé : vérifiez la saisie.</source>
        <translation>Amount too high: please check what you entered.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="80"/>
        <source>L&apos;échéance ne peut pas précéder la date de la facture.</source>
        <translation>The due date cannot be earlier than the invoice date.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="88"/>
        <source>Devise inconnue « {value} ».</source>
        <translation>Unknown currency ‘{value}’.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="112"/>
        <source>La facture n° {number} existe déjà.</source>
        <translation>Invoice no. {number} already exists.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="141"/>
        <source>Le montant ne peut pas être inférieur à ce qui a déjà été payé ({paid}).</source>
        <translation>The amount cannot be less than what has already been paid ({paid}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="247"/>
        <source>Le montant payé doit être positif.</source>
        <translation>The amount paid must be positive.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="252"/>
        <source>Le paiement ({amount}) dépasse ce qui reste dû sur la facture {number} ({due}).</source>
        <translation>The payment ({amount}) is more than the balance due on invoice {number} ({due}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="264"/>
        <source>La date du paiement ne peut pas être dans le futur.</source>
        <translation>The payment date cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/validation.py" line="26"/>
        <source>{label} est obligatoire.</source>
        <translation>{label} is required.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/validation.py" line="36"/>
        <source>« {value} » n&apos;est pas une adresse e-mail valide.</source>
        <translation>‘{value}’ is not a valid email address.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/validation.py" line="52"/>
        <source>« {value} » n&apos;est pas un numéro de téléphone valide (pays {country}). Exemple : 01 23 45 67 89 ou +32 2 345 67 89.</source>
        <translation>‘{value}’ is not a valid phone number (country {country}). Example: 01 23 45 67 89 or +32 2 345 67 89.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/validation.py" line="66"/>
        <source>Valeur inconnue « {value} ».</source>
        <translation>Unknown value ‘{value}’.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/validation.py" line="81"/>
        <source>« {value} » n&apos;est pas un IBAN valide.</source>
        <translation>‘{value}’ is not a valid IBAN.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/validation.py" line="94"/>
        <source>« {value} » n&apos;est pas un BIC valide.</source>
        <translation>‘{value}’ is not a valid BIC.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/validation.py" line="113"/>
        <source>« {value} » n&apos;est pas un numéro d&apos;entreprise valide pour le pays {country} (SIREN/SIRET en France, numéro BCE en Belgique).</source>
        <translation>‘{value}’ is not a valid company number for country {country} (SIREN/SIRET in France, BCE/KBO number in Belgium).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/validation.py" line="133"/>
        <source>« {value} » n&apos;est pas un numéro de TVA valide (ex. FR40303265045, BE0403170701).</source>
        <translation>‘{value}’ is not a valid VAT number (e.g. FR40303265045, BE0403170701).</translation>
    </message>
</context>
</TS>
