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
        <location filename="../../relance_desktop/views/main_window.py" line="48"/>
        <source>Échues</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="49"/>
        <source>À échoir</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="50"/>
        <source>1–30 j</source>
        <translation>1–30 days</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="51"/>
        <source>31–60 j</source>
        <translation>31–60 days</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="52"/>
        <source>61–90 j</source>
        <translation>61–90 days</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="53"/>
        <source>+ de 90 j</source>
        <translation>Over 90 days</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="54"/>
        <source>Toutes</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="84"/>
        <source>Factures en retard</source>
        <translation>Overdue invoices</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="84"/>
        <source>Clients</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="98"/>
        <source>&lt;h2&gt;Bienvenue dans Relance&lt;/h2&gt;&lt;p&gt;Une société = un fichier. Créez le fichier de votre société, ouvrez-en un existant, ou essayez la société de démonstration pour découvrir l&apos;application.&lt;/p&gt;&lt;p&gt;Ensuite, saisissez vos factures impayées (ou importez-les depuis votre logiciel de facturation) : Relance vous dira qui appeler aujourd&apos;hui.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welcome to Relance&lt;/h2&gt;&lt;p&gt;One company = one file. Create your company&apos;s file, open an existing one, or try the demo company to get to know the application.&lt;/p&gt;&lt;p&gt;Then enter your unpaid invoices (or import them from your invoicing software): Relance will tell you who to call today.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="108"/>
        <location filename="../../relance_desktop/views/main_window.py" line="220"/>
        <source>&amp;Nouvelle société…</source>
        <translation>&amp;New company…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="109"/>
        <source>&amp;Ouvrir un fichier…</source>
        <translation>&amp;Open a file…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="110"/>
        <source>Essayer la &amp;démo</source>
        <translation>Try the &amp;demo</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="128"/>
        <source>Rechercher un client, un n° de facture, un montant… (Ctrl+F)</source>
        <translation>Search for a customer, invoice number or amount… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="132"/>
        <location filename="../../relance_desktop/views/main_window.py" line="255"/>
        <source>&amp;Grouper par client</source>
        <translation>&amp;Group by customer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="183"/>
        <source>Rechercher un client…</source>
        <translation>Search for a customer…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="186"/>
        <location filename="../../relance_desktop/views/main_window.py" line="238"/>
        <source>Nouveau &amp;client…</source>
        <translation>New &amp;customer…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="191"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="191"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="191"/>
        <source>Ville</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="191"/>
        <source>Pays</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="192"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="192"/>
        <source>Factures ouvertes</source>
        <translation>Open invoices</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="192"/>
        <source>Reste dû</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="193"/>
        <source>Dont échu</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="193"/>
        <source>Retard max (j)</source>
        <translation>Max. days late</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="219"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="221"/>
        <source>&amp;Ouvrir…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="223"/>
        <source>Ouvrir un fichier &amp;récent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="225"/>
        <source>Ouvrir la &amp;démo</source>
        <translation>Open the &amp;demo</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="227"/>
        <source>Fiche de la &amp;société…</source>
        <translation>Co&amp;mpany details…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="229"/>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="232"/>
        <source>&amp;Préférences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="235"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="237"/>
        <source>&amp;Saisie</source>
        <translation>&amp;Entry</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="240"/>
        <source>Nouvelle &amp;facture…</source>
        <translation>New &amp;invoice…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="242"/>
        <source>Enregistrer un &amp;paiement…</source>
        <translation>Record a &amp;payment…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="244"/>
        <source>Ouvrir le c&amp;lient</source>
        <translation>&amp;Open customer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="248"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="249"/>
        <source>&amp;Factures en retard</source>
        <translation>&amp;Overdue invoices</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="251"/>
        <source>&amp;Clients</source>
        <translation>&amp;Customers</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="253"/>
        <source>&amp;Rechercher</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="257"/>
        <source>É&amp;chéancier</source>
        <translation>&amp;Ageing</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="263"/>
        <source>&amp;Actualiser</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="265"/>
        <source>&amp;Outils</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="266"/>
        <source>Calcul des &amp;intérêts de retard…</source>
        <translation>Calculate late-payment &amp;interest…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="268"/>
        <source>&amp;Taux d&apos;intérêt…</source>
        <translation>Interest &amp;rates…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="270"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="271"/>
        <source>Dossier des &amp;journaux</source>
        <translation>&amp;Log folder</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="272"/>
        <source>À &amp;propos de Relance</source>
        <translation>&amp;About Relance</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="313"/>
        <source>Relance</source>
        <translation>Relance</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="318"/>
        <source>{company} — {file} — Relance</source>
        <translation>{company} — {file} — Relance</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="326"/>
        <source>Nouvelle société</source>
        <translation>New company</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="327"/>
        <source>Société Relance (*.relance)</source>
        <translation>Relance company file (*.relance)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="339"/>
        <source>Ouvrir une société</source>
        <translation>Open a company</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="340"/>
        <source>Société Relance (*.relance);;Tous les fichiers (*)</source>
        <translation>Relance company file (*.relance);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="358"/>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="396"/>
        <source>{count} facture(s) affichée(s)</source>
        <translation>Invoices shown: {count}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="397"/>
        <source>Reste dû affiché : {amount}</source>
        <translation>Balance due shown: {amount}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="399"/>
        <source>Total échu : {amount}</source>
        <translation>Total overdue: {amount}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="557"/>
        <source>Nouvelle facture</source>
        <translation>New invoice</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="558"/>
        <source>Créez d&apos;abord le client de cette facture.</source>
        <translation>First create the customer for this invoice.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="569"/>
        <source>Paiement</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="570"/>
        <source>Choisissez d&apos;abord une facture dans la liste.</source>
        <translation>First select an invoice in the list.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="616"/>
        <source>À propos de Relance</source>
        <translation>About Relance</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="617"/>
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
        <location filename="../../relance_desktop/views/receivables_model.py" line="468"/>
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
        <location filename="../../relance_desktop/services/imports.py" line="87"/>
        <source>Impossible de lire « {path} » : {reason}</source>
        <translation>Cannot read ‘{path}’: {reason}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/imports.py" line="92"/>
        <source>« {path} » ne peut pas être importé : {reason}</source>
        <translation>‘{path}’ cannot be imported: {reason}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/imports.py" line="96"/>
        <source>« {path} » : format non reconnu. Relance importe les fichiers CSV et Excel, le FEC, les factures Factur-X (PDF) et UBL (XML).</source>
        <translation>‘{path}’: format not recognised. Relance imports CSV and Excel files, the FEC (French accounting entries file), and Factur-X (PDF) and UBL (XML) invoices.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/imports.py" line="635"/>
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
