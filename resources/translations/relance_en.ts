<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>CalculatorWindow</name>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="56"/>
        <source>Calcul des intérêts de retard et indemnités</source>
        <translation>Late-payment interest and compensation calculator</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="66"/>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="67"/>
        <source>Belgique</source>
        <translation>Belgium</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="69"/>
        <source>&amp;Droit applicable</source>
        <translation>Applicable &amp;law</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="71"/>
        <source>Professionnel (entreprise, indépendant, organisme public)</source>
        <translation>Business (company, self-employed person, public body)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="73"/>
        <source>Consommateur</source>
        <translation>Consumer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="74"/>
        <source>Dé&amp;biteur</source>
        <translation>De&amp;btor</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="79"/>
        <source>{number} — échéance {due} — reste dû {amount}</source>
        <translation>{number} — due {due} — balance due {amount}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="87"/>
        <source>&amp;Factures de {customer}</source>
        <translation>&amp;Invoices for {customer}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="92"/>
        <source>montant TTC restant dû, ex. 1 500,00</source>
        <translation>balance due incl. VAT, e.g. 1,500.00</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="100"/>
        <source>&amp;Montant</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="102"/>
        <source>Calcul &amp;au</source>
        <translation>Calculate as &amp;of</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="105"/>
        <source>vide : taux légal ; sinon le taux du contrat en %</source>
        <translation>blank: statutory rate; otherwise the contract rate in %</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="101"/>
        <source>Éc&amp;héance</source>
        <translation>D&amp;ue date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="106"/>
        <source>Taux co&amp;ntractuel</source>
        <translation>Contractual &amp;rate</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="107"/>
        <source>Mise en demeure reçue le</source>
        <translation>Formal notice received on</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="109"/>
        <source>Premier rappel (gratuit) envoyé le</source>
        <translation>Free first reminder sent on</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="116"/>
        <source>par courrier</source>
        <translation>by post</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="117"/>
        <source>par e-mail</source>
        <translation>by email</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="122"/>
        <source>Consommateur (France)</source>
        <translation>Consumer (France)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="127"/>
        <source>Consommateur (Belgique)</source>
        <translation>Consumer (Belgium)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="128"/>
        <source>Les conditions générales prévoient intérêts et indemnité</source>
        <translation>The terms and conditions provide for interest and compensation</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="130"/>
        <source>Nous sommes une PME</source>
        <translation>We are an SME</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="139"/>
        <source>Élément</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="139"/>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="139"/>
        <source>Jours</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="140"/>
        <source>Taux</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="140"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="140"/>
        <source>Règle</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="152"/>
        <source>&amp;Copier le détail</source>
        <translation>&amp;Copy breakdown</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="196"/>
        <source>Facture {number}</source>
        <translation>Invoice {number}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="233"/>
        <source>« {value} » n&apos;est pas un montant ou un taux valide.</source>
        <translation>‘{value}’ is not a valid amount or rate.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="284"/>
        <source>Total des factures</source>
        <translation>Invoices total</translation>
    </message>
</context>
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
        <location filename="../../relance_desktop/views/crash.py" line="49"/>
        <source>Relance — erreur inattendue</source>
        <translation>Relance — unexpected error</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/crash.py" line="53"/>
        <source>Relance a rencontré une erreur qu&apos;il ne sait pas traiter. Vos données déjà enregistrées ne sont pas perdues.
Copiez le rapport ci-dessous et transmettez-le au support. Journal : {log}</source>
        <translation>Relance has run into an error it cannot handle. The data you have already saved is not lost.
Copy the report below and send it to support. Log: {log}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/crash.py" line="63"/>
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
        <location filename="../../relance_desktop/views/customer_window.py" line="60"/>
        <source>&amp;Modifier le client</source>
        <translation>&amp;Edit customer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="61"/>
        <source>Nouveau &amp;contact</source>
        <translation>New &amp;contact</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="62"/>
        <source>Nouvelle &amp;facture</source>
        <translation>New &amp;invoice</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="63"/>
        <source>Enregistrer un &amp;paiement</source>
        <translation>Record &amp;payment</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="65"/>
        <source>&amp;Joindre la copie…</source>
        <translation>&amp;Attach copy…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="66"/>
        <source>&amp;Ouvrir la copie</source>
        <translation>&amp;Open copy</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="73"/>
        <source>N° facture</source>
        <translation>Invoice no.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="73"/>
        <location filename="../../relance_desktop/views/customer_window.py" line="79"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="73"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="73"/>
        <source>Montant TTC</source>
        <translation>Amount incl. VAT</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="74"/>
        <source>Payé</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="74"/>
        <source>Reste dû</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="74"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="74"/>
        <source>Copie</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="75"/>
        <source>Objet</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="79"/>
        <source>Facture</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="79"/>
        <location filename="../../relance_desktop/views/customer_window.py" line="86"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="79"/>
        <source>Moyen</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="80"/>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="83"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="83"/>
        <source>Fonction</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="83"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="83"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="84"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="84"/>
        <source>Principal</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="86"/>
        <source>Quand</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="86"/>
        <source>Quoi</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="87"/>
        <source>Détail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="93"/>
        <source>&amp;Factures</source>
        <translation>In&amp;voices</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="94"/>
        <source>Pai&amp;ements</source>
        <translation>Pa&amp;yments</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="95"/>
        <source>Con&amp;tacts</source>
        <translation>Con&amp;tacts</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="96"/>
        <source>&amp;Historique</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="97"/>
        <source>Supprimer ce paiement (erreur de saisie)…</source>
        <translation>Delete this payment (entry error)…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="103"/>
        <source>Modifier le contact…</source>
        <translation>Edit contact…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="105"/>
        <source>Supprimer le contact…</source>
        <translation>Delete contact…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="133"/>
        <source>{name} — client</source>
        <translation>{name} — customer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="145"/>
        <location filename="../../relance_desktop/views/customer_window.py" line="162"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="187"/>
        <source>{field} : {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="236"/>
        <source>N° entreprise {number}</source>
        <translation>Company no. {number}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="237"/>
        <source>TVA {number}</source>
        <translation>VAT {number}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="245"/>
        <source>Valide les paiements : {who}</source>
        <translation>Approves payments: {who}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="247"/>
        <source>Bon de commande exigé</source>
        <translation>Purchase order required</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="249"/>
        <source>Jours de paiement : {days}</source>
        <translation>Payment days: {days}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="251"/>
        <source>Appeler : {hours}</source>
        <translation>Call: {hours}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="254"/>
        <source>{count} facture(s) ouverte(s) — reste dû {due}, dont échu {overdue}</source>
        <translation>Open invoices: {count} — balance due {due}, of which overdue {overdue}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="295"/>
        <source>Supprimer le contact {name} ?</source>
        <translation>Delete contact {name}?</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="303"/>
        <source>Supprimer le paiement de {amount} du {date} sur la facture {number} ? La facture redeviendra due d&apos;autant.</source>
        <translation>Delete the payment of {amount} made on {date} against invoice {number}? The balance due on the invoice will go up by the same amount.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="337"/>
        <source>Copie de la facture</source>
        <translation>Invoice copy</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="337"/>
        <source>PDF (*.pdf);;Tous les fichiers (*)</source>
        <translation>PDF (*.pdf);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="355"/>
        <source>Aucune copie n&apos;est jointe à cette facture.</source>
        <translation>No copy is attached to this invoice.</translation>
    </message>
</context>
<context>
    <name>FecPage</name>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="878"/>
        <source>Ces comptes clients ressemblent à des caisses ou à des moyens de paiement (carte, espèces, chèques…) plutôt qu&apos;à des clients à relancer. Cochés, ils ne sont pas importés ; ce choix est retenu pour les prochains imports.</source>
        <translation>These customer accounts look like tills or means of payment (card, cash, cheques…) rather than customers to chase. Ticked accounts are not imported; this choice is remembered for future imports.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="886"/>
        <source>Ne pas relancer</source>
        <translation>Do not chase</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="886"/>
        <source>Compte</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="886"/>
        <source>Libellé</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="886"/>
        <source>Solde</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="887"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="898"/>
        <source>Comptes à ne pas relancer</source>
        <translation>Accounts not to chase</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="911"/>
        <source>ne pas relancer</source>
        <translation>do not chase</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="234"/>
        <source>Choisissez les exports de votre logiciel : listes de factures CSV ou Excel, FEC, factures électroniques Factur-X (PDF) ou UBL (XML). Vous pouvez aussi glisser les fichiers ou un dossier dans cette fenêtre. Rien n&apos;est enregistré avant la dernière étape.</source>
        <translation>Choose the exports from your software: CSV or Excel invoice lists, FEC, Factur-X (PDF) or UBL (XML) e-invoices. You can also drag the files or a folder into this window. Nothing is saved until the last step.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="243"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="243"/>
        <source>Format reconnu</source>
        <translation>Detected format</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="244"/>
        <source>Dossier</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="256"/>
        <source>&amp;Ajouter des fichiers…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="258"/>
        <source>Ajouter un &amp;dossier de factures…</source>
        <translation>Add a &amp;folder of invoices…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="259"/>
        <source>Les fichiers PDF et XML du dossier choisi</source>
        <translation>The PDF and XML files in the chosen folder</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="261"/>
        <source>&amp;Retirer</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="298"/>
        <source>Aucun fichier à ajouter : les dossiers sont parcourus pour leurs factures PDF et XML, et un fichier déjà dans la liste n&apos;est pas ajouté deux fois.</source>
        <translation>No files to add: folders are searched for their PDF and XML invoices, and a file already in the list is not added twice.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="304"/>
        <source>Fichiers à importer</source>
        <translation>Files to import</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="305"/>
        <source>Exports de factures (*.csv *.CSV *.txt *.TXT *.tsv *.xlsx *.xlsm *.pdf *.PDF *.xml *.XML);;Tous les fichiers (*)</source>
        <translation>Invoice exports (*.csv *.CSV *.txt *.TXT *.tsv *.xlsx *.xlsm *.pdf *.PDF *.xml *.XML);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="311"/>
        <source>Dossier de factures électroniques</source>
        <translation>Folder of e-invoices</translation>
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
    <name>ImportWizard</name>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="90"/>
        <source>par n° de compte</source>
        <translation>by account code</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="91"/>
        <source>par n° d&apos;entreprise (SIREN, BCE)</source>
        <translation>by company number (SIREN, CBE)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="92"/>
        <source>par n° de TVA</source>
        <translation>by VAT number</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="93"/>
        <source>par le nom</source>
        <translation>by name</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="138"/>
        <source>illisible</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="141"/>
        <source>Factur-X / ZUGFeRD (PDF)</source>
        <translation>Factur-X / ZUGFeRD (PDF)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="143"/>
        <source>UBL / Peppol (XML)</source>
        <translation>UBL / Peppol (XML)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="145"/>
        <source>Factur-X / CII (XML)</source>
        <translation>Factur-X / CII (XML)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="148"/>
        <source>PDF sans données de facture</source>
        <translation>PDF without invoice data</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="150"/>
        <source>XML sans facture lisible</source>
        <translation>XML with no readable invoice</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="154"/>
        <source>FEC (écritures comptables)</source>
        <translation>FEC (accounting entries)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="158"/>
        <source>pas un tableau lisible</source>
        <translation>not a readable table</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="162"/>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="164"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="167"/>
        <source>format non reconnu</source>
        <translation>format not recognised</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="338"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="339"/>
        <source>UTF-8 avec BOM</source>
        <translation>UTF-8 with BOM</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="340"/>
        <source>Windows-1252 / Latin-1</source>
        <translation>Windows-1252 / Latin-1</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="341"/>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="344"/>
        <source>virgule ( , )</source>
        <translation>comma ( , )</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="345"/>
        <source>point-virgule ( ; )</source>
        <translation>semicolon ( ; )</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="346"/>
        <source>tabulation</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="347"/>
        <source>barre verticale ( | )</source>
        <translation>vertical bar ( | )</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="350"/>
        <source>virgule (1 234,56)</source>
        <translation>comma (1 234,56)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="351"/>
        <source>point (1,234.56)</source>
        <translation>point (1,234.56)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="354"/>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="355"/>
        <source>espace</source>
        <translation>space</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="356"/>
        <source>point</source>
        <translation>full stop</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="357"/>
        <source>virgule</source>
        <translation>comma</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="358"/>
        <source>apostrophe</source>
        <translation>apostrophe</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="361"/>
        <source>jour/mois/année (31/12/2026)</source>
        <translation>day/month/year (31/12/2026)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="362"/>
        <source>mois/jour/année (12/31/2026)</source>
        <translation>month/day/year (12/31/2026)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="862"/>
        <source>ligne {line}</source>
        <translation>line {line}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="864"/>
        <source>{place} : attendu {expected}, trouvé {found}</source>
        <translation>{place}: expected {expected}, found {found}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1335"/>
        <source>Importer des factures</source>
        <translation>Import invoices</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1381"/>
        <source>&lt; &amp;Précédent</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1385"/>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1430"/>
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1390"/>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1435"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1403"/>
        <source>Fichiers à importer</source>
        <translation>Files to import</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1405"/>
        <source>Import terminé</source>
        <translation>Import complete</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1414"/>
        <source>Étape {n} sur {total} — {title}</source>
        <translation>Step {n} of {total} — {title}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1427"/>
        <source>&amp;Importer</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1433"/>
        <source>&amp;Interrompre l&apos;import</source>
        <translation>&amp;Stop the import</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1435"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1478"/>
        <source>« {file} » ne peut pas être importé : {reason}</source>
        <translation>‘{file}’ cannot be imported: {reason}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1480"/>
        <source>format non reconnu. Relance importe les fichiers CSV et Excel, le FEC, les factures Factur-X (PDF) et UBL (XML).</source>
        <translation>format not recognised. Relance imports CSV and Excel files, the FEC (French accounting entries file), and Factur-X (PDF) and UBL (XML) invoices.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1551"/>
        <source>Import interrompu : rien n&apos;a été enregistré, le fichier de la société est tel qu&apos;avant.</source>
        <translation>Import stopped: nothing has been saved, the company file is as it was before.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1559"/>
        <source>Rien n&apos;a été enregistré.</source>
        <translation>Nothing has been saved.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1574"/>
        <source>Lecture des fichiers…</source>
        <translation>Reading the files…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1593"/>
        <source>Import en cours…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1604"/>
        <source>{count} client(s) créé(s)</source>
        <translation>Customers created: {count}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1605"/>
        <source>{count} facture(s) créée(s)</source>
        <translation>Invoices created: {count}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1606"/>
        <source>{count} facture(s) mise(s) à jour</source>
        <translation>Invoices updated: {count}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1607"/>
        <source>{count} avoir(s) appliqué(s)</source>
        <translation>Credit notes applied: {count}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1608"/>
        <source>{count} facture(s) marquée(s) payée(s)</source>
        <translation>Invoices marked as paid: {count}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1611"/>
        <source>Les factures ont été importées.</source>
        <translation>The invoices have been imported.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1613"/>
        <source>La liste des factures en retard est à jour. Un prochain import du même logiciel mettra à jour ces factures, sans doublon.</source>
        <translation>The list of overdue invoices is up to date. A later import from the same software will update these invoices, without duplicates.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1624"/>
        <source>Interruption de l&apos;import…</source>
        <translation>Stopping the import…</translation>
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
        <location filename="../../relance_desktop/views/main_window.py" line="49"/>
        <source>Échues</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="50"/>
        <source>À échoir</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="51"/>
        <source>1–30 j</source>
        <translation>1–30 days</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="52"/>
        <source>31–60 j</source>
        <translation>31–60 days</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="53"/>
        <source>61–90 j</source>
        <translation>61–90 days</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="54"/>
        <source>+ de 90 j</source>
        <translation>Over 90 days</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="55"/>
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
        <location filename="../../relance_desktop/views/main_window.py" line="232"/>
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
        <location filename="../../relance_desktop/views/main_window.py" line="269"/>
        <source>&amp;Grouper par client</source>
        <translation>&amp;Group by customer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="186"/>
        <source>Rechercher un client…</source>
        <translation>Search for a customer…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="189"/>
        <location filename="../../relance_desktop/views/main_window.py" line="252"/>
        <source>Nouveau &amp;client…</source>
        <translation>New &amp;customer…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="192"/>
        <source>&amp;Fusionner les deux clients…</source>
        <translation>&amp;Merge the two customers…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="194"/>
        <source>Deux fiches pour le même client (par exemple après un import) : sélectionnez-les toutes les deux (Ctrl+clic).</source>
        <translation>Two records for the same customer (for example after an import): select them both (Ctrl+click).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="201"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="201"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="201"/>
        <source>Ville</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="201"/>
        <source>Pays</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="202"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="202"/>
        <source>Factures ouvertes</source>
        <translation>Open invoices</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="202"/>
        <source>Reste dû</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="203"/>
        <source>Dont échu</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="203"/>
        <source>Retard max (j)</source>
        <translation>Max. days late</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="231"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="233"/>
        <source>&amp;Ouvrir…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="235"/>
        <source>Ouvrir un fichier &amp;récent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="237"/>
        <source>Ouvrir la &amp;démo</source>
        <translation>Open the &amp;demo</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="239"/>
        <source>&amp;Importer des factures…</source>
        <translation>&amp;Import invoices…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="241"/>
        <source>Fiche de la &amp;société…</source>
        <translation>Co&amp;mpany details…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="243"/>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="246"/>
        <source>&amp;Préférences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="249"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="251"/>
        <source>&amp;Saisie</source>
        <translation>&amp;Entry</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="254"/>
        <source>Nouvelle &amp;facture…</source>
        <translation>New &amp;invoice…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="256"/>
        <source>Enregistrer un &amp;paiement…</source>
        <translation>Record a &amp;payment…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="258"/>
        <source>Ouvrir le c&amp;lient</source>
        <translation>&amp;Open customer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="262"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="263"/>
        <source>&amp;Factures en retard</source>
        <translation>&amp;Overdue invoices</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="265"/>
        <source>&amp;Clients</source>
        <translation>&amp;Customers</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="267"/>
        <source>&amp;Rechercher</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="271"/>
        <source>É&amp;chéancier</source>
        <translation>&amp;Ageing</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="277"/>
        <source>&amp;Actualiser</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="279"/>
        <source>&amp;Outils</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="280"/>
        <source>Calcul des &amp;intérêts de retard…</source>
        <translation>Calculate late-payment &amp;interest…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="282"/>
        <source>&amp;Taux d&apos;intérêt…</source>
        <translation>Interest &amp;rates…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="284"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="285"/>
        <source>Dossier des &amp;journaux</source>
        <translation>&amp;Log folder</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="286"/>
        <source>À &amp;propos de Relance</source>
        <translation>&amp;About Relance</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="328"/>
        <source>Relance</source>
        <translation>Relance</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="333"/>
        <source>{company} — {file} — Relance</source>
        <translation>{company} — {file} — Relance</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="341"/>
        <source>Nouvelle société</source>
        <translation>New company</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="342"/>
        <source>Société Relance (*.relance)</source>
        <translation>Relance company file (*.relance)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="354"/>
        <source>Ouvrir une société</source>
        <translation>Open a company</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="355"/>
        <source>Société Relance (*.relance);;Tous les fichiers (*)</source>
        <translation>Relance company file (*.relance);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="373"/>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="410"/>
        <source>{count} facture(s) affichée(s)</source>
        <translation>Invoices shown: {count}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="411"/>
        <source>Reste dû affiché : {amount}</source>
        <translation>Balance due shown: {amount}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="413"/>
        <source>Total échu : {amount}</source>
        <translation>Total overdue: {amount}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="545"/>
        <source>Fusionner deux clients</source>
        <translation>Merge two customers</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="546"/>
        <source>Garder « {keep} » et y rattacher tout ce qui concerne « {other} » (factures, paiements, contacts, historique) ? « {other} » disparaîtra ; ses informations complètent celles qui manquent.</source>
        <translation>Keep ‘{keep}’ and move everything concerning ‘{other}’ to it (invoices, payments, contacts, history)? ‘{other}’ will disappear; its details fill in whatever is missing.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="614"/>
        <source>Nouvelle facture</source>
        <translation>New invoice</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="615"/>
        <source>Créez d&apos;abord le client de cette facture.</source>
        <translation>First create the customer for this invoice.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="626"/>
        <source>Paiement</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="627"/>
        <source>Choisissez d&apos;abord une facture dans la liste.</source>
        <translation>First select an invoice in the list.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="710"/>
        <source>À propos de Relance</source>
        <translation>About Relance</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="711"/>
        <source>&lt;b&gt;Relance {version}&lt;/b&gt;&lt;p&gt;Le suivi des factures impayées et des relances téléphoniques, hors ligne.&lt;/p&gt;&lt;p&gt;Journal : {log}&lt;/p&gt;</source>
        <translation>&lt;b&gt;Relance {version}&lt;/b&gt;&lt;p&gt;Offline follow-up of unpaid invoices and telephone reminders.&lt;/p&gt;&lt;p&gt;Log: {log}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="431"/>
        <source>Profil &amp;enregistré :</source>
        <translation>Saved &amp;profile:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="437"/>
        <source>ex. Export de ma facturation</source>
        <translation>e.g. Export from my invoicing software</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="438"/>
        <source>&amp;Nom du profil :</source>
        <translation>Profile na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="442"/>
        <source>Enre&amp;gistrer pour les prochains imports</source>
        <translation>&amp;Save for future imports</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="447"/>
        <source>Lecture du fichier</source>
        <translation>Reading the file</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="452"/>
        <source>Encodage</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="452"/>
        <source>Séparateur</source>
        <translation>Separator</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="453"/>
        <source>Feuille</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="453"/>
        <source>Décimales</source>
        <translation>Decimal mark</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="454"/>
        <source>Milliers</source>
        <translation>Thousands separator</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="454"/>
        <source>Dates</source>
        <translation>Date format</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="476"/>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="478"/>
        <source>Ligne d&apos;en-tête</source>
        <translation>Header row</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="485"/>
        <source>Export &amp;complet : le fichier liste toutes les factures ouvertes (celles qui en disparaissent pourront être marquées payées)</source>
        <translation>&amp;Full export: the file lists every open invoice (those that drop out of it can be marked as paid)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="498"/>
        <source>Colonnes du fichier pour chaque information</source>
        <translation>File columns for each field</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="537"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="537"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="537"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="537"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="538"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="538"/>
        <source>Déjà payé</source>
        <translation>Already paid</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="538"/>
        <source>Reste dû</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="538"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="543"/>
        <source>Aperçu lu avec ces colonnes</source>
        <translation>Preview using these columns</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="549"/>
        <source>Début du fichier</source>
        <translation>Start of the file</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="559"/>
        <source>Colonnes de « {file} »</source>
        <translation>Columns of ‘{file}’</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="565"/>
        <source>— aucun —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="641"/>
        <source>Ces réglages ne permettent pas de lire le fichier : {reason}</source>
        <translation>The file cannot be read with these settings: {reason}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="680"/>
        <source>Les dates de ce fichier se lisent dans les deux sens (03/04 : 3 avril ou 4 mars ?). Relance a supposé « {order} » : vérifiez-le dans l&apos;aperçu.</source>
        <translation>The dates in this file can be read both ways (03/04: 3 April or 4 March?). Relance has assumed ‘{order}’: check this in the preview.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="715"/>
        <source>colonne {n}</source>
        <translation>column {n}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="750"/>
        <source>Colonnes du profil absentes de ce fichier : {columns}. Choisissez-les ci-dessous.</source>
        <translation>Profile columns missing from this file: {columns}. Choose them below.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="752"/>
        <source>{field} (« {column} »)</source>
        <translation>{field} (‘{column}’)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="816"/>
        <source>Lecture impossible avec ces réglages : {reason}</source>
        <translation>Cannot read the file with these settings: {reason}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="828"/>
        <source>avoir</source>
        <translation>credit note</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="831"/>
        <source>{invoices} document(s) de {customers} client(s) lus ; {problems} problème(s).</source>
        <translation>Documents read: {invoices}; customers: {customers}; problems: {problems}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="848"/>
        <source>Donnez un nom à ce profil : il identifie la source des factures (un nouvel import sous le même nom met à jour, sans doublon).</source>
        <translation>Give this profile a name: it identifies where the invoices come from (a new import under the same name updates them, without duplicates).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="852"/>
        <source>Choisissez au moins les colonnes « {customer} » et « {number} ».</source>
        <translation>Choose at least the ‘{customer}’ and ‘{number}’ columns.</translation>
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
    <name>PreviewPage</name>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="965"/>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1001"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="965"/>
        <source>Nouveaux clients</source>
        <translation>New customers</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="965"/>
        <source>Clients reconnus</source>
        <translation>Recognised customers</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="966"/>
        <source>Nouvelles factures</source>
        <translation>New invoices</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="966"/>
        <source>Modifiées</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="966"/>
        <source>Inchangées</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="967"/>
        <source>Avoirs</source>
        <translation>Credit notes</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="967"/>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1020"/>
        <source>Problèmes</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="967"/>
        <location filename="../../relance_desktop/views/import_wizard.py" line="992"/>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1032"/>
        <source>Reste dû</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="985"/>
        <source>Résumé</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="987"/>
        <location filename="../../relance_desktop/views/import_wizard.py" line="991"/>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1032"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="987"/>
        <source>N° de compte</source>
        <translation>Account code</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="987"/>
        <source>Dans Relance</source>
        <translation>In Relance</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="989"/>
        <source>Clients</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="991"/>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1032"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="991"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="991"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="992"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="992"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="992"/>
        <source>Changements</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="996"/>
        <source>Factures</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1001"/>
        <source>Gravité</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1001"/>
        <source>Ligne / élément</source>
        <translation>Line / element</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1002"/>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1002"/>
        <source>Attendu</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1002"/>
        <source>Trouvé</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1025"/>
        <source>Ces factures sont ouvertes dans Relance mais absentes ou soldées dans cet export complet. Cochez celles qui ont bien été payées : elles seront marquées payées.</source>
        <translation>These invoices are open in Relance but missing or settled in this full export. Tick those that have actually been paid: they will be marked as paid.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1032"/>
        <source>Marquer payée</source>
        <translation>Mark as paid</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1041"/>
        <source>À marquer payées</source>
        <translation>To mark as paid</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1056"/>
        <source>Vérifier avant d&apos;importer</source>
        <translation>Check before importing</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1090"/>
        <source>&lt;b&gt;{files} fichier(s)&lt;/b&gt; : {new_customers} nouveau(x) client(s), {new} nouvelle(s) facture(s), {changed} modifiée(s), {unchanged} inchangée(s), {credits} avoir(s), {problems} problème(s).</source>
        <translation>&lt;b&gt;Files: {files}&lt;/b&gt; — new customers: {new_customers}, new invoices: {new}, changed: {changed}, unchanged: {unchanged}, credit notes: {credits}, problems: {problems}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1099"/>
        <source>Reste dû selon les fichiers : &lt;b&gt;{amount}&lt;/b&gt;</source>
        <translation>Balance due according to the files: &lt;b&gt;{amount}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1119"/>
        <source>Déjà importé : {files}. Seules les différences avec l&apos;import précédent seraient appliquées.</source>
        <translation>Already imported: {files}. Only the differences from the previous import would be applied.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1124"/>
        <source>{count} facture(s) ouverte(s) dans Relance sont absentes ou soldées dans l&apos;export : cochez celles qui ont été payées (onglet « À marquer payées »).</source>
        <translation>Invoices open in Relance but missing or settled in the export: {count}. Tick those that have been paid (‘To mark as paid’ tab).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1130"/>
        <source>Les lignes en erreur seront ignorées ; les autres seront importées.</source>
        <translation>Lines with errors will be skipped; the others will be imported.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1133"/>
        <source>Rien à importer : aucune facture lisible dans ces fichiers (voir l&apos;onglet « Problèmes »).</source>
        <translation>Nothing to import: no readable invoice in these files (see the ‘Problems’ tab).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1136"/>
        <source>Rien à importer : tout est déjà à jour dans Relance.</source>
        <translation>Nothing to import: everything is already up to date in Relance.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1150"/>
        <source>nouveau client</source>
        <translation>new customer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1152"/>
        <source>nouveau (déjà dans un autre fichier de cet import)</source>
        <translation>new (already in another file of this import)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1154"/>
        <source>reconnu {how}</source>
        <translation>recognised {how}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1160"/>
        <source>nouvelle</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1160"/>
        <source>modifiée</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1161"/>
        <source>inchangée</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1167"/>
        <source>avoir déjà appliqué</source>
        <translation>credit note already applied</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1168"/>
        <source>avoir à appliquer</source>
        <translation>credit note to apply</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1181"/>
        <source>erreur</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1181"/>
        <source>attention</source>
        <translation>warning</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1184"/>
        <source>ligne {line}</source>
        <translation>line {line}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1190"/>
        <source>Choisissez un problème pour le lire en entier.</source>
        <translation>Select a problem to read it in full.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1193"/>
        <source>… et {count} autre(s) problème(s).</source>
        <translation>… and {count} more (not shown).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1197"/>
        <source>Clients ({count})</source>
        <translation>Customers ({count})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1198"/>
        <source>Factures ({count})</source>
        <translation>Invoices ({count})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1200"/>
        <source>Problèmes ({count})</source>
        <translation>Problems ({count})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1201"/>
        <source>À marquer payées ({count})</source>
        <translation>To mark as paid ({count})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1224"/>
        <source>montant {old} → {new}</source>
        <translation>amount {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1227"/>
        <source>payé {old} → {new}</source>
        <translation>paid {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1230"/>
        <source>échéance {old} → {new}</source>
        <translation>due date {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1242"/>
        <source>Ce fichier a déjà été importé : seules les différences seraient appliquées.</source>
        <translation>This file has already been imported: only the differences would be applied.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1245"/>
        <source>Profil : {name}</source>
        <translation>Profile: {name}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1254"/>
        <source>{count} {how}</source>
        <translation>{count} {how}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1258"/>
        <source>{count} nouveau(x) client(s)</source>
        <translation>New customers: {count}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1259"/>
        <source>{count} client(s) déjà dans Relance</source>
        <translation>Customers already in Relance: {count}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1261"/>
        <source>{count} nouvelle(s) facture(s)</source>
        <translation>New invoices: {count}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1262"/>
        <source>{count} facture(s) modifiée(s)</source>
        <translation>Changed invoices: {count}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1263"/>
        <source>{count} facture(s) inchangée(s)</source>
        <translation>Unchanged invoices: {count}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1264"/>
        <source>{count} avoir(s)</source>
        <translation>Credit notes: {count}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1267"/>
        <source>{count} client(s) d&apos;un autre fichier de cet import</source>
        <translation>Customers from another file of this import: {count}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1270"/>
        <source>{count} facture(s) absente(s) de l&apos;export, à marquer payées si vous le confirmez</source>
        <translation>Invoices missing from the export, to be marked as paid if you confirm: {count}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1275"/>
        <source>Reste dû : {amount}</source>
        <translation>Balance due: {amount}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1279"/>
        <source>Principaux clients</source>
        <translation>Customers with the largest balances</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1286"/>
        <source>Remarques du lecteur</source>
        <translation>Notes from reading the file</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard.py" line="1297"/>
        <source>payée</source>
        <translation>paid</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="31"/>
        <source>Taux d&apos;intérêt</source>
        <translation>Interest rates</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="38"/>
        <source>Semestre</source>
        <translation>Half-year</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="38"/>
        <source>Taux BCE au 1er jour</source>
        <translation>ECB rate on the 1st day</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="39"/>
        <source>France, entre professionnels (BCE + 10)</source>
        <translation>France, business to business (ECB + 10)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="40"/>
        <source>Taux légal France (particuliers)</source>
        <translation>French statutory rate (individuals)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="41"/>
        <source>Taux légal France (autres cas)</source>
        <translation>French statutory rate (other cases)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="42"/>
        <source>Belgique (loi du 2 août 2002)</source>
        <translation>Belgium (Law of 2 August 2002)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="48"/>
        <source>Ajouter un semestre publié</source>
        <translation>Add a published half-year</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="52"/>
        <source>Semestre (ex. 2026-S2)</source>
        <translation>Half-year (e.g. 2026-S2)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="54"/>
        <source>Taux BCE au 1er jour du semestre (%)</source>
        <translation>ECB rate on the first day of the half-year (%)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="55"/>
        <source>Taux légal France, particuliers (%)</source>
        <translation>French statutory rate, individuals (%)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="56"/>
        <source>Taux légal France, autres cas (%)</source>
        <translation>French statutory rate, other cases (%)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="57"/>
        <source>Taux belge publié (%)</source>
        <translation>Published Belgian rate (%)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="62"/>
        <source>&amp;Ajouter</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="71"/>
        <source>Lecture de la loi (quand deux lectures sont possibles)</source>
        <translation>Interpretation of the law (where two readings are possible)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="74"/>
        <source>Chaque semestre à son propre taux (lecture de l&apos;art. L441-10, par défaut)</source>
        <translation>Each half-year at its own rate (reading of art. L441-10, default)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="76"/>
        <source>Le taux du semestre de l&apos;échéance pour tout le retard</source>
        <translation>The rate of the due date&apos;s half-year for the whole delay</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="81"/>
        <source>365 jours, même les années bissextiles (usage, par défaut)</source>
        <translation>365 days, even in leap years (customary, default)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="83"/>
        <source>366 jours pour les jours d&apos;une année bissextile</source>
        <translation>366 days for the days in a leap year</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="87"/>
        <source>1 an après la fin de l&apos;année de la vente (prudent, par défaut)</source>
        <translation>1 year after the end of the year of sale (cautious, default)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="89"/>
        <source>10 ans (droit commun)</source>
        <translation>10 years (general law)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="92"/>
        <source>Retard sur plusieurs semestres</source>
        <translation>Delay spanning several half-years</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="93"/>
        <source>Base de calcul des jours</source>
        <translation>Day-count basis</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="94"/>
        <source>Prescription, consommateur belge</source>
        <translation>Limitation period, Belgian consumer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="109"/>
        <source>Relance connaît les taux jusqu&apos;au {day}. Au-delà, il refuse de calculer plutôt que de deviner : ajoutez le semestre suivant dès qu&apos;il est publié (Banque de France, SPF Finances).</source>
        <translation>Relance knows the rates up to {day}. Beyond that date it refuses to calculate rather than guess: add the next half-year as soon as it is published (Banque de France, FPS Finance).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="135"/>
        <source>« {value} » : écrivez le semestre comme 2026-S2.</source>
        <translation>‘{value}’: write the half-year as 2026-S2.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="148"/>
        <source>« {value} » n&apos;est pas un taux en %.</source>
        <translation>‘{value}’ is not a rate in %.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="154"/>
        <source>Indiquez au moins un taux pour ce semestre.</source>
        <translation>Enter at least one rate for this half-year.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="157"/>
        <source>Semestre {half_year} enregistré.</source>
        <translation>Half-year {half_year} saved.</translation>
    </message>
</context>
<context>
    <name>ReceivablesModel</name>
    <message>
        <location filename="../../relance_desktop/views/receivables_model.py" line="54"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/receivables_model.py" line="55"/>
        <source>N° facture</source>
        <translation>Invoice no.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/receivables_model.py" line="56"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/receivables_model.py" line="57"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/receivables_model.py" line="58"/>
        <source>Retard (j)</source>
        <translation>Days late</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/receivables_model.py" line="59"/>
        <source>Montant TTC</source>
        <translation>Amount incl. VAT</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/receivables_model.py" line="60"/>
        <source>Reste dû</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/receivables_model.py" line="61"/>
        <source>Dernière action</source>
        <translation>Last action</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/receivables_model.py" line="62"/>
        <source>Prochaine étape</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/receivables_model.py" line="63"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/receivables_model.py" line="475"/>
        <source>{name} ({count} factures)</source>
        <translation>{name} ({count} invoices)</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../relance_desktop/views/crash.py" line="77"/>
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
    <name>imports</name>
    <message>
        <location filename="../../relance_desktop/services/imports.py" line="88"/>
        <source>Impossible de lire « {path} » : {reason}</source>
        <translation>Cannot read ‘{path}’: {reason}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/imports.py" line="93"/>
        <source>« {path} » ne peut pas être importé : {reason}</source>
        <translation>‘{path}’ cannot be imported: {reason}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/imports.py" line="97"/>
        <source>« {path} » : format non reconnu. Relance importe les fichiers CSV et Excel, le FEC, les factures Factur-X (PDF) et UBL (XML).</source>
        <translation>‘{path}’: format not recognised. Relance imports CSV and Excel files, the FEC (French accounting entries file), and Factur-X (PDF) and UBL (XML) invoices.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/imports.py" line="711"/>
        <source>Aucun profil d&apos;import nommé « {name} ».</source>
        <translation>No import profile named ‘{name}’.</translation>
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
    <name>legal</name>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="76"/>
        <source>Le taux du semestre {half_years} n&apos;est pas encore connu de Relance (table à jour jusqu&apos;au {known_until}). Ajoutez-le dans Outils › Taux d&apos;intérêt, puis recalculez : Relance ne devine jamais un taux.</source>
        <translation>Relance does not know the rate for half-year {half_years} yet (table up to date until {known_until}). Add it in Tools › Interest rates, then recalculate: Relance never guesses a rate.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="90"/>
        <source>Principal restant dû</source>
        <translation>Outstanding principal</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="91"/>
        <source>Intérêts de retard</source>
        <translation>Late-payment interest</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="92"/>
        <source>Indemnité forfaitaire pour frais de recouvrement</source>
        <translation>Fixed compensation for recovery costs</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="94"/>
        <source>Indemnité forfaitaire (montant maximal autorisé)</source>
        <translation>Fixed compensation (maximum amount allowed)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="96"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="99"/>
        <source>C. com. art. L441-10 : taux BCE au 1er janvier / 1er juillet + 10 points, sur le montant TTC, du lendemain de l&apos;échéance au jour du calcul</source>
        <translation>French Commercial Code art. L441-10: ECB rate on 1 January / 1 July + 10 points, on the amount incl. VAT, from the day after the due date to the day of calculation</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="102"/>
        <source>C. com. art. D441-5 : 40 € par facture payée en retard</source>
        <translation>French Commercial Code, art. D441-5: €40 per invoice paid late</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="104"/>
        <source>C. civ. art. 1231-6 et 1344-1 : taux d&apos;intérêt légal (« autres cas ») à partir de la mise en demeure</source>
        <translation>French Civil Code, arts 1231-6 and 1344-1: statutory interest rate (‘other cases’) from the formal notice</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="107"/>
        <source>Loi du 2 août 2002, art. 5 : taux directeur BCE + 8 points (arrondi au demi-point supérieur), publié par semestre</source>
        <translation>Law of 2 August 2002, art. 5: ECB main refinancing rate + 8 percentage points (rounded up to the next half point), published every half-year</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="110"/>
        <source>Loi du 2 août 2002, art. 6 : indemnité forfaitaire de 40 € par facture</source>
        <translation>Law of 2 August 2002, art. 6: fixed compensation of €40 per invoice</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="112"/>
        <source>CDE livre XIX, art. XIX.4 : maximums autorisés envers un consommateur, après le délai de 14 jours suivant le premier rappel gratuit</source>
        <translation>Book XIX of the Code of Economic Law, art. XIX.4: maximum amounts allowed against a consumer, after the 14-day waiting period following the free first reminder</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="118"/>
        <source>C. com. L441-10</source>
        <translation>Fr. Com. Code L441-10</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="119"/>
        <source>C. com. D441-5</source>
        <translation>Fr. Com. Code D441-5</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="120"/>
        <source>C. civ. 1231-6</source>
        <translation>Fr. Civil Code 1231-6</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="121"/>
        <source>Loi 2/8/2002, art. 5</source>
        <translation>Law 2/8/2002, art. 5</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="122"/>
        <source>Loi 2/8/2002, art. 6</source>
        <translation>Law 2/8/2002, art. 6</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="123"/>
        <source>CDE XIX.4</source>
        <translation>CEL XIX.4</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="126"/>
        <source>Rien n&apos;est dû sur cette facture.</source>
        <translation>Nothing is due on this invoice.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="127"/>
        <source>Pas encore en retard : l&apos;échéance du {due_date} n&apos;est pas dépassée au {assessed_on}.</source>
        <translation>Not yet overdue: on {assessed_on}, the due date ({due_date}) has not passed.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="130"/>
        <source>L&apos;échéance du {due_date} tombe un jour non ouvrable ; les intérêts courent quand même dès le lendemain (aucune règle ne la reporte au {next_business_day}).</source>
        <translation>The due date ({due_date}) falls on a non-business day; interest still runs from the next day (no rule postpones it to {next_business_day}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="133"/>
        <source>Attention : le taux contractuel de {rate} % est inférieur au minimum légal de {floor} % (3 × le taux légal, {half_year}). La clause est contestable (L441-10).</source>
        <translation>Warning: the contractual rate of {rate}% is below the statutory minimum of {floor}% (3 × the statutory interest rate, {half_year}). The clause may be challenged (L441-10).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="136"/>
        <source>Le taux légal de {half_years} n&apos;est pas dans la table : le minimum du taux contractuel n&apos;a pas pu être vérifié.</source>
        <translation>The statutory interest rate for {half_years} is not in the table: the minimum contractual rate could not be checked.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="139"/>
        <source>En {half_year}, 3 × le taux légal ({floor} %) dépasse le taux par défaut ({default_rate} %) ; sans clause, c&apos;est le taux par défaut qui s&apos;applique.</source>
        <translation>In {half_year}, 3 × the statutory interest rate ({floor}%) exceeds the default rate ({default_rate}%); without a clause, the default rate applies.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="142"/>
        <source>Procédure collective en cours : l&apos;indemnité de 40 € n&apos;est pas réclamable.</source>
        <translation>Insolvency proceedings under way: the €40 compensation cannot be claimed.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="144"/>
        <source>Procédure d&apos;insolvabilité belge : non prise en compte dans ce calcul.</source>
        <translation>Belgian insolvency proceedings: not taken into account in this calculation.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="146"/>
        <source>Taux {half_year} provisoire (pas encore publié officiellement quand la table a été faite) : vérifiez-le avant de l&apos;envoyer.</source>
        <translation>Provisional {half_year} rate (not yet officially published when the table was compiled): check it before sending.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="149"/>
        <source>Consommateur : le taux légal « autres cas » s&apos;applique, le créancier étant un professionnel.</source>
        <translation>Consumer: the ‘other cases’ statutory interest rate applies, as the creditor is a business.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="152"/>
        <source>Consommateur : ni indemnité de 40 € ni frais de relance (CPCE L111-8).</source>
        <translation>Consumer: neither the €40 compensation nor reminder fees (French Code of Civil Enforcement Procedures, art. L111-8).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="154"/>
        <source>Pas d&apos;intérêts sans mise en demeure : envoyez-la en recommandé avec accusé de réception, les intérêts au taux légal courront dès sa réception.</source>
        <translation>No interest without a formal notice: send it by registered post with acknowledgement of receipt; interest at the statutory rate will run from its receipt.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="157"/>
        <source>La mise en demeure du {notice_received_on} précède l&apos;échéance du {due_date} : les intérêts ne courent qu&apos;après l&apos;échéance.</source>
        <translation>The formal notice of {notice_received_on} predates the due date ({due_date}): interest only runs after the due date.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="160"/>
        <source>Consommateur : seul le taux légal est calculé (taux contractuel de {rate} % ignoré).</source>
        <translation>Consumer: only the statutory interest rate is applied (contractual rate of {rate}% ignored).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="163"/>
        <source>Le premier rappel à un consommateur belge est gratuit.</source>
        <translation>The first reminder to a Belgian consumer is free of charge.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="165"/>
        <source>Aucun premier rappel enregistré : rien ne peut être ajouté avant d&apos;avoir envoyé le rappel gratuit et attendu 14 jours.</source>
        <translation>No first reminder recorded: nothing can be added until the free reminder has been sent and 14 days have passed.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="168"/>
        <source>Échéance antérieure au {all_contracts_from} : le livre XIX ne s&apos;applique qu&apos;aux contrats conclus depuis le {new_contracts_from} (sinon la loi du 20/12/2002).</source>
        <translation>Due date before {all_contracts_from}: Book XIX only applies to contracts concluded since {new_contracts_from} (otherwise the Law of 20/12/2002).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="171"/>
        <source>Le rappel du {reminder_sent_on} précède l&apos;échéance du {due_date} : il ne vaut pas premier rappel.</source>
        <translation>The reminder of {reminder_sent_on} predates the due date ({due_date}): it does not count as the first reminder.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="174"/>
        <source>Mode d&apos;envoi du rappel inconnu : compté comme un courrier (début plus tardif).</source>
        <translation>Reminder sending method unknown: treated as a letter by post (later start).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="176"/>
        <source>Délai de 14 jours du {first_day} au {last_day} : aucuns frais avant le {charges_from} ; indemnité maximale ensuite : {damages_cap}.</source>
        <translation>14-day waiting period from {first_day} to {last_day}: no charges before {charges_from}; maximum compensation thereafter: {damages_cap}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="179"/>
        <source>Les conditions ne prévoient ni intérêts ni indemnité : rien ne peut être ajouté.</source>
        <translation>The terms provide for neither interest nor compensation: nothing can be added.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="182"/>
        <source>Sans taux contractuel indiqué, les intérêts sont calculés au taux maximal.</source>
        <translation>With no contractual rate entered, interest is calculated at the maximum rate.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="184"/>
        <source>Le taux contractuel de {rate} % dépasse le maximum de {cap} % ({half_year}) : la clause est réputée non écrite, aucun intérêt n&apos;est dû.</source>
        <translation>The contractual rate of {rate}% exceeds the maximum of {cap}% ({half_year}): the clause is deemed unwritten and no interest is due.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="187"/>
        <source>Intérêts comptés à partir du {start}.</source>
        <translation>Interest counted from {start}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="189"/>
        <source>Prescription envers un consommateur belge : {reading} (point incertain, réglable dans Outils › Taux d&apos;intérêt).</source>
        <translation>Limitation period for a Belgian consumer: {reading} (unsettled point, adjustable in Tools › Interest rates).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="192"/>
        <source>Prescription proche : la créance ne peut plus être réclamée après le {date} ({days_left} jours). Obtenez une reconnaissance de dette ou agissez en justice.</source>
        <translation>Limitation period ending soon: the claim can no longer be enforced after {date} ({days_left} days). Obtain an acknowledgement of debt or take legal action.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="195"/>
        <source>Prescrite : la créance ne peut plus être réclamée en justice depuis le lendemain du {date}.</source>
        <translation>Time-barred: the claim has been unenforceable in court since the day after {date}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="198"/>
        <source>La reconnaissance du {date} est postérieure à la prescription : elle ne fait pas revivre la créance.</source>
        <translation>The acknowledgement of {date} came after the limitation period expired: it does not revive the claim.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="206"/>
        <source>1 an à compter de la fin de l&apos;année civile de la vente (loi du 1er mai 1913)</source>
        <translation>1 year from the end of the calendar year of the sale (Law of 1 May 1913)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="208"/>
        <source>10 ans (droit commun des actions personnelles)</source>
        <translation>10 years (general rule for personal actions)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="209"/>
        <source>courrier</source>
        <translation>letter</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="210"/>
        <source>e-mail</source>
        <translation>email</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="405"/>
        <source>{days} j</source>
        <translation>{days} d</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="406"/>
        <source>{country}, {debtor} — échéance le {due}, calcul au {on}</source>
        <translation>{country}, {debtor} — due on {due}, calculated as of {on}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="407"/>
        <source>Délai d&apos;attente de 14 jours : jusqu&apos;au {end} inclus</source>
        <translation>14-day waiting period: until {end} inclusive</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="408"/>
        <source>Frais et intérêts réclamables à partir du {day}</source>
        <translation>Charges and interest claimable from {day}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="409"/>
        <source>Prescription : la créance peut être réclamée jusqu&apos;au {day} inclus</source>
        <translation>Limitation period: the claim can be enforced until {day} inclusive</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="412"/>
        <source>débiteur professionnel</source>
        <translation>business debtor</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="413"/>
        <source>débiteur consommateur</source>
        <translation>consumer debtor</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="416"/>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="417"/>
        <source>Belgique</source>
        <translation>Belgium</translation>
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
    <message>
        <location filename="../../relance_desktop/settings.py" line="45"/>
        <source>Taux ajoutés</source>
        <translation>Added rates</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="46"/>
        <source>Taux d&apos;intérêt quand le retard couvre plusieurs semestres</source>
        <translation>Interest rate when the delay spans several half-years</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="48"/>
        <source>Base de calcul des jours</source>
        <translation>Day-count basis</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="49"/>
        <source>Prescription envers un consommateur belge</source>
        <translation>Limitation period for a Belgian consumer</translation>
    </message>
</context>
<context>
    <name>tabular</name>
    <message>
        <location filename="../../relance_desktop/importers/tabular_fields.py" line="41"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_fields.py" line="42"/>
        <source>N° de facture</source>
        <translation>Invoice no.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_fields.py" line="43"/>
        <source>Date de facture</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_fields.py" line="44"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_fields.py" line="45"/>
        <source>Montant TTC</source>
        <translation>Amount incl. VAT</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_fields.py" line="46"/>
        <source>Déjà payé</source>
        <translation>Already paid</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_fields.py" line="47"/>
        <source>Reste dû</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_fields.py" line="48"/>
        <source>Devise</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_fields.py" line="49"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_fields.py" line="50"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_fields.py" line="51"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_fields.py" line="52"/>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_fields.py" line="53"/>
        <source>Ville</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_fields.py" line="54"/>
        <source>Pays</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_fields.py" line="55"/>
        <source>N° d&apos;entreprise (SIREN, BCE)</source>
        <translation>Company number (SIREN, CBE)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_fields.py" line="56"/>
        <source>N° de TVA</source>
        <translation>VAT number</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_fields.py" line="57"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_fields.py" line="58"/>
        <source>N° de compte client</source>
        <translation>Customer account code</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_fields.py" line="59"/>
        <source>Date de paiement</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_fields.py" line="60"/>
        <source>Délai de paiement (jours)</source>
        <translation>Payment terms (days)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_fields.py" line="61"/>
        <source>Conditions de paiement</source>
        <translation>Payment conditions</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_fields.py" line="62"/>
        <source>Description</source>
        <translation>Description</translation>
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
        <location filename="../../relance_desktop/services/customers.py" line="279"/>
        <source>Choisissez deux clients différents.</source>
        <translation>Choose two different customers.</translation>
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
