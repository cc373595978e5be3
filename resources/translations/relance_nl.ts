<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="fr">
<context>
    <name>CalculatorWindow</name>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="56"/>
        <source>Calcul des intérêts de retard et indemnités</source>
        <translation>Berekening van nalatigheidsintresten en schadevergoedingen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="66"/>
        <source>France</source>
        <translation>Frankrijk</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="67"/>
        <source>Belgique</source>
        <translation>België</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="69"/>
        <source>&amp;Droit applicable</source>
        <translation>Toepasselijk &amp;recht</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="71"/>
        <source>Professionnel (entreprise, indépendant, organisme public)</source>
        <translation>Professioneel (onderneming, zelfstandige, overheidsinstelling)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="73"/>
        <source>Consommateur</source>
        <translation>Consument</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="74"/>
        <source>Dé&amp;biteur</source>
        <translation>&amp;Schuldenaar</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="79"/>
        <source>{number} — échéance {due} — reste dû {amount}</source>
        <translation>{number} — vervaldag {due} — openstaand {amount}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="87"/>
        <source>&amp;Factures de {customer}</source>
        <translation>&amp;Facturen van {customer}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="92"/>
        <source>montant TTC restant dû, ex. 1 500,00</source>
        <translation>openstaand bedrag incl. btw, bv. 1.500,00</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="100"/>
        <source>&amp;Montant</source>
        <translation>Be&amp;drag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="102"/>
        <source>Calcul &amp;au</source>
        <translation>Berekenen &amp;op</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="105"/>
        <source>vide : taux légal ; sinon le taux du contrat en %</source>
        <translation>leeg: wettelijke rentevoet; anders de contractuele rentevoet in %</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="101"/>
        <source>Éc&amp;héance</source>
        <translation>&amp;Vervaldag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="106"/>
        <source>Taux co&amp;ntractuel</source>
        <translation>&amp;Contractuele rentevoet</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="107"/>
        <source>Mise en demeure reçue le</source>
        <translation>Ingebrekestelling ontvangen op</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="109"/>
        <source>Premier rappel (gratuit) envoyé le</source>
        <translation>Gratis eerste herinnering verstuurd op</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="116"/>
        <source>par courrier</source>
        <translation>per brief</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="117"/>
        <source>par e-mail</source>
        <translation>per e-mail</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="122"/>
        <source>Consommateur (France)</source>
        <translation>Consument (Frankrijk)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="127"/>
        <source>Consommateur (Belgique)</source>
        <translation>Consument (België)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="128"/>
        <source>Les conditions générales prévoient intérêts et indemnité</source>
        <translation>De algemene voorwaarden voorzien in intresten en schadevergoeding</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="130"/>
        <source>Nous sommes une PME</source>
        <translation>Wij zijn een kmo</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="139"/>
        <source>Élément</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="139"/>
        <source>Période</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="139"/>
        <source>Jours</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="140"/>
        <source>Taux</source>
        <translation>Rentevoet</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="140"/>
        <source>Montant</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="140"/>
        <source>Règle</source>
        <translation>Rechtsgrond</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="152"/>
        <source>&amp;Copier le détail</source>
        <translation>Overzicht &amp;kopiëren</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="196"/>
        <source>Facture {number}</source>
        <translation>Factuur {number}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="233"/>
        <source>« {value} » n&apos;est pas un montant ou un taux valide.</source>
        <translation>‘{value}’ is geen geldig bedrag of geldige rentevoet.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="284"/>
        <source>Total des factures</source>
        <translation>Totaal van de facturen</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="158"/>
        <source>Fiche de la société</source>
        <translation>Ondernemingsgegevens</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="167"/>
        <source>Nouvelle société</source>
        <translation>Nieuwe onderneming</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="6"/>
        <source>Société</source>
        <translation>Onderneming</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="13"/>
        <source>Raison &amp;sociale</source>
        <translation>Bedrijfs&amp;naam</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="23"/>
        <source>&amp;Pays</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="33"/>
        <source>&amp;Langue des courriers</source>
        <translation>&amp;Correspondentietaal</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="43"/>
        <source>&amp;Adresse</source>
        <translation>&amp;Adres</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="53"/>
        <source>Code &amp;postal</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="63"/>
        <source>&amp;Ville</source>
        <translation>&amp;Gemeente</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="73"/>
        <source>N° d&apos;&amp;entreprise</source>
        <translation>&amp;Ondernemingsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="79"/>
        <source>SIREN/SIRET ou numéro BCE</source>
        <translation>SIREN/SIRET of KBO-nummer</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="84"/>
        <source>N° de &amp;TVA</source>
        <translation>B&amp;tw-nummer</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="90"/>
        <source>FR… ou BE…</source>
        <translation>FR… of BE…</translation>
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
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="125"/>
        <source>&amp;Téléphone</source>
        <translation>Tele&amp;foon</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="135"/>
        <source>&amp;Délai de paiement par défaut</source>
        <translation>Stan&amp;daard betalingstermijn</translation>
    </message>
    <message>
        <location filename="../../ui/company_form.ui" line="141"/>
        <source> jours</source>
        <translation> dagen</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="283"/>
        <source>Contact : {name}</source>
        <translation>Contactpersoon: {name}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="285"/>
        <source>Nouvelle personne de contact</source>
        <translation>Nieuwe contactpersoon</translation>
    </message>
    <message>
        <location filename="../../ui/contact_form.ui" line="6"/>
        <source>Personne de contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../ui/contact_form.ui" line="13"/>
        <source>&amp;Nom</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location filename="../../ui/contact_form.ui" line="23"/>
        <source>&amp;Fonction</source>
        <translation>&amp;Functie</translation>
    </message>
    <message>
        <location filename="../../ui/contact_form.ui" line="29"/>
        <source>ex. comptable, gérant</source>
        <translation>bv. boekhouder, zaakvoerder</translation>
    </message>
    <message>
        <location filename="../../ui/contact_form.ui" line="34"/>
        <source>&amp;Téléphone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <location filename="../../ui/contact_form.ui" line="44"/>
        <source>&amp;Mobile</source>
        <translation>&amp;Gsm</translation>
    </message>
    <message>
        <location filename="../../ui/contact_form.ui" line="54"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/contact_form.ui" line="64"/>
        <source>Contact &amp;principal</source>
        <translation>&amp;Hoofdcontact</translation>
    </message>
    <message>
        <location filename="../../ui/contact_form.ui" line="74"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otities</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../relance_desktop/views/crash.py" line="49"/>
        <source>Relance — erreur inattendue</source>
        <translation>Relance — onverwachte fout</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/crash.py" line="53"/>
        <source>Relance a rencontré une erreur qu&apos;il ne sait pas traiter. Vos données déjà enregistrées ne sont pas perdues.
Copiez le rapport ci-dessous et transmettez-le au support. Journal : {log}</source>
        <translation>Relance is op een fout gestoten die het niet kan verwerken. Uw opgeslagen gegevens zijn niet verloren.
Kopieer het rapport hieronder en bezorg het aan de helpdesk. Logboek: {log}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/crash.py" line="63"/>
        <source>&amp;Copier le rapport</source>
        <translation>Rapport &amp;kopiëren</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="208"/>
        <source>Client : {name}</source>
        <translation>Klant: {name}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="213"/>
        <source>Nouveau client</source>
        <translation>Nieuwe klant</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="6"/>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="13"/>
        <source>&amp;Nom</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="23"/>
        <source>&amp;Type</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="33"/>
        <source>&amp;Pays</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="43"/>
        <source>&amp;Langue</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="53"/>
        <source>N° de &amp;compte</source>
        <translation>&amp;Klantcode</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="59"/>
        <source>411…, code client du logiciel comptable</source>
        <translation>400…, klantcode in het boekhoudpakket</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="64"/>
        <source>N° d&apos;&amp;entreprise</source>
        <translation>&amp;Ondernemingsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="70"/>
        <source>SIREN/SIRET ou numéro BCE</source>
        <translation>SIREN/SIRET of KBO-nummer</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="75"/>
        <source>N° de &amp;TVA</source>
        <translation>&amp;Btw-nummer</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="85"/>
        <source>&amp;Adresse</source>
        <translation>&amp;Adres</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="95"/>
        <source>Code &amp;postal</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="105"/>
        <source>&amp;Ville</source>
        <translation>&amp;Gemeente</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="115"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="125"/>
        <source>&amp;Téléphone</source>
        <translation>Tele&amp;foon</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="135"/>
        <source>&amp;Mobile</source>
        <translation>Gs&amp;m</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="145"/>
        <source>Canal &amp;préféré</source>
        <translation>&amp;Voorkeurskanaal</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="155"/>
        <source>&amp;Heures d&apos;appel</source>
        <translation>Bel&amp;uren</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="161"/>
        <source>ex. 9h30–11h30</source>
        <translation>bv. 9.30–11.30 u</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="166"/>
        <source>Qui &amp;valide les paiements</source>
        <translation>&amp;Wie keurt betalingen goed</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="176"/>
        <source>Bon de &amp;commande exigé</source>
        <translation>Bestelbon vere&amp;ist</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="186"/>
        <source>&amp;Jours de paiement</source>
        <translation>Betaal&amp;dagen</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="192"/>
        <source>ex. 10,25</source>
        <translation>bv. 10, 25</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="197"/>
        <source>&amp;Délai de paiement</source>
        <translation>Betalingste&amp;rmijn</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="203"/>
        <source>Délai de la société</source>
        <translation>Standaard van de onderneming</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="207"/>
        <source> jours</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="212"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otities</translation>
    </message>
</context>
<context>
    <name>CustomerWindow</name>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="60"/>
        <source>&amp;Modifier le client</source>
        <translation>Klant &amp;wijzigen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="61"/>
        <source>Nouveau &amp;contact</source>
        <translation>Nieuwe &amp;contactpersoon</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="62"/>
        <source>Nouvelle &amp;facture</source>
        <translation>Nieuwe &amp;factuur</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="63"/>
        <source>Enregistrer un &amp;paiement</source>
        <translation>&amp;Betaling registreren</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="65"/>
        <source>&amp;Joindre la copie…</source>
        <translation>Kopie &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="66"/>
        <source>&amp;Ouvrir la copie</source>
        <translation>Kopie &amp;openen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="73"/>
        <source>N° facture</source>
        <translation>Factuurnr.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="73"/>
        <location filename="../../relance_desktop/views/customer_window.py" line="79"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="73"/>
        <source>Échéance</source>
        <translation>Vervaldag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="73"/>
        <source>Montant TTC</source>
        <translation>Bedrag incl. btw</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="74"/>
        <source>Payé</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="74"/>
        <source>Reste dû</source>
        <translation>Openstaand saldo</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="74"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="74"/>
        <source>Copie</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="75"/>
        <source>Objet</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="79"/>
        <source>Facture</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="79"/>
        <location filename="../../relance_desktop/views/customer_window.py" line="86"/>
        <source>Montant</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="79"/>
        <source>Moyen</source>
        <translation>Betaalwijze</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="80"/>
        <source>Référence</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="83"/>
        <source>Nom</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="83"/>
        <source>Fonction</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="83"/>
        <source>Téléphone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="83"/>
        <source>Mobile</source>
        <translation>Gsm</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="84"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="84"/>
        <source>Principal</source>
        <translation>Hoofdcontact</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="86"/>
        <source>Quand</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="86"/>
        <source>Quoi</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="87"/>
        <source>Détail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="93"/>
        <source>&amp;Factures</source>
        <translation>F&amp;acturen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="94"/>
        <source>Pai&amp;ements</source>
        <translation>Betalin&amp;gen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="95"/>
        <source>Con&amp;tacts</source>
        <translation>Contact&amp;personen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="96"/>
        <source>&amp;Historique</source>
        <translation>&amp;Historiek</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="97"/>
        <source>Supprimer ce paiement (erreur de saisie)…</source>
        <translation>Deze betaling verwijderen (invoerfout)…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="103"/>
        <source>Modifier le contact…</source>
        <translation>Contactpersoon wijzigen…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="105"/>
        <source>Supprimer le contact…</source>
        <translation>Contactpersoon verwijderen…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="133"/>
        <source>{name} — client</source>
        <translation>{name} — klant</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="145"/>
        <location filename="../../relance_desktop/views/customer_window.py" line="162"/>
        <source>oui</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="187"/>
        <source>{field} : {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="236"/>
        <source>N° entreprise {number}</source>
        <translation>Ondernemingsnr. {number}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="237"/>
        <source>TVA {number}</source>
        <translation>Btw {number}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="245"/>
        <source>Valide les paiements : {who}</source>
        <translation>Keurt betalingen goed: {who}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="247"/>
        <source>Bon de commande exigé</source>
        <translation>Bestelbon vereist</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="249"/>
        <source>Jours de paiement : {days}</source>
        <translation>Betaaldagen: {days}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="251"/>
        <source>Appeler : {hours}</source>
        <translation>Bellen: {hours}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="254"/>
        <source>{count} facture(s) ouverte(s) — reste dû {due}, dont échu {overdue}</source>
        <translation>Openstaande facturen: {count} — openstaand saldo {due}, waarvan vervallen {overdue}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="295"/>
        <source>Supprimer le contact {name} ?</source>
        <translation>Contactpersoon {name} verwijderen?</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="303"/>
        <source>Supprimer le paiement de {amount} du {date} sur la facture {number} ? La facture redeviendra due d&apos;autant.</source>
        <translation>De betaling van {amount} van {date} op factuur {number} verwijderen? Het openstaande saldo van de factuur stijgt met hetzelfde bedrag.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="337"/>
        <source>Copie de la facture</source>
        <translation>Kopie van de factuur</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="337"/>
        <source>PDF (*.pdf);;Tous les fichiers (*)</source>
        <translation>PDF (*.pdf);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="355"/>
        <source>Aucune copie n&apos;est jointe à cette facture.</source>
        <translation>Er is geen kopie bij deze factuur gevoegd.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="85"/>
        <source>&amp;Enregistrer</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="87"/>
        <source>Annuler</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="109"/>
        <source>« {value} » n&apos;est pas un montant : tapez par exemple 1 234,56.</source>
        <translation>‘{value}’ is geen bedrag: typ bijvoorbeeld 1.234,56.</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="337"/>
        <source>Facture {number}</source>
        <translation>Factuur {number}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="339"/>
        <source>Nouvelle facture</source>
        <translation>Nieuwe factuur</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="367"/>
        <source>Copie de la facture</source>
        <translation>Kopie van de factuur</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="367"/>
        <source>PDF (*.pdf);;Tous les fichiers (*)</source>
        <translation>PDF (*.pdf);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="381"/>
        <source>Choisissez le client dans la liste.</source>
        <translation>Kies de klant in de lijst.</translation>
    </message>
    <message>
        <location filename="../../ui/invoice_form.ui" line="6"/>
        <source>Facture</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <location filename="../../ui/invoice_form.ui" line="13"/>
        <source>&amp;Client</source>
        <translation>&amp;Klant</translation>
    </message>
    <message>
        <location filename="../../ui/invoice_form.ui" line="23"/>
        <source>&amp;Numéro</source>
        <translation>&amp;Nummer</translation>
    </message>
    <message>
        <location filename="../../ui/invoice_form.ui" line="33"/>
        <source>&amp;Date de facture</source>
        <translation>&amp;Factuurdatum</translation>
    </message>
    <message>
        <location filename="../../ui/invoice_form.ui" line="44"/>
        <source>É&amp;chéance</source>
        <translation>&amp;Vervaldag</translation>
    </message>
    <message>
        <location filename="../../ui/invoice_form.ui" line="55"/>
        <source>&amp;Montant TTC</source>
        <translation>&amp;Bedrag incl. btw</translation>
    </message>
    <message>
        <location filename="../../ui/invoice_form.ui" line="61"/>
        <source>ex. 1 234,56</source>
        <translation>bv. 1.234,56</translation>
    </message>
    <message>
        <location filename="../../ui/invoice_form.ui" line="66"/>
        <source>De&amp;vise</source>
        <translation>Valut&amp;a</translation>
    </message>
    <message>
        <location filename="../../ui/invoice_form.ui" line="76"/>
        <source>&amp;Objet (ce qui a été vendu)</source>
        <translation>O&amp;mschrijving (wat werd verkocht)</translation>
    </message>
    <message>
        <location filename="../../ui/invoice_form.ui" line="88"/>
        <source>Copie de la facture (&amp;PDF)</source>
        <translation>Kopie van de factuur (&amp;PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/invoice_form.ui" line="94"/>
        <source>aucune</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../ui/invoice_form.ui" line="102"/>
        <source>&amp;Joindre la copie…</source>
        <translation>Kopie &amp;toevoegen…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="48"/>
        <source>Échues</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="49"/>
        <source>À échoir</source>
        <translation>Nog niet vervallen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="50"/>
        <source>1–30 j</source>
        <translation>1–30 dagen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="51"/>
        <source>31–60 j</source>
        <translation>31–60 dagen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="52"/>
        <source>61–90 j</source>
        <translation>61–90 dagen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="53"/>
        <source>+ de 90 j</source>
        <translation>+ 90 dagen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="54"/>
        <source>Toutes</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="84"/>
        <source>Factures en retard</source>
        <translation>Vervallen facturen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="84"/>
        <source>Clients</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="98"/>
        <source>&lt;h2&gt;Bienvenue dans Relance&lt;/h2&gt;&lt;p&gt;Une société = un fichier. Créez le fichier de votre société, ouvrez-en un existant, ou essayez la société de démonstration pour découvrir l&apos;application.&lt;/p&gt;&lt;p&gt;Ensuite, saisissez vos factures impayées (ou importez-les depuis votre logiciel de facturation) : Relance vous dira qui appeler aujourd&apos;hui.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welkom bij Relance&lt;/h2&gt;&lt;p&gt;Eén onderneming = één bestand. Maak het bestand van uw onderneming aan, open een bestaand bestand of probeer de demo-onderneming om de toepassing te leren kennen.&lt;/p&gt;&lt;p&gt;Voer daarna uw onbetaalde facturen in (of importeer ze uit uw facturatiesoftware): Relance vertelt u wie u vandaag moet bellen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="108"/>
        <location filename="../../relance_desktop/views/main_window.py" line="220"/>
        <source>&amp;Nouvelle société…</source>
        <translation>&amp;Nieuwe onderneming…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="109"/>
        <source>&amp;Ouvrir un fichier…</source>
        <translation>Bestand &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="110"/>
        <source>Essayer la &amp;démo</source>
        <translation>&amp;Demo uitproberen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="128"/>
        <source>Rechercher un client, un n° de facture, un montant… (Ctrl+F)</source>
        <translation>Zoek een klant, factuurnummer of bedrag… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="132"/>
        <location filename="../../relance_desktop/views/main_window.py" line="255"/>
        <source>&amp;Grouper par client</source>
        <translation>&amp;Groeperen per klant</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="183"/>
        <source>Rechercher un client…</source>
        <translation>Klant zoeken…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="186"/>
        <location filename="../../relance_desktop/views/main_window.py" line="238"/>
        <source>Nouveau &amp;client…</source>
        <translation>Nieuwe &amp;klant…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="191"/>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="191"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="191"/>
        <source>Ville</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="191"/>
        <source>Pays</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="192"/>
        <source>Téléphone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="192"/>
        <source>Factures ouvertes</source>
        <translation>Open facturen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="192"/>
        <source>Reste dû</source>
        <translation>Openstaand saldo</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="193"/>
        <source>Dont échu</source>
        <translation>Waarvan vervallen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="193"/>
        <source>Retard max (j)</source>
        <translation>Max. dagen te laat</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="219"/>
        <source>&amp;Fichier</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="221"/>
        <source>&amp;Ouvrir…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="223"/>
        <source>Ouvrir un fichier &amp;récent</source>
        <translation>&amp;Recent bestand openen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="225"/>
        <source>Ouvrir la &amp;démo</source>
        <translation>&amp;Demo openen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="227"/>
        <source>Fiche de la &amp;société…</source>
        <translation>Ondernemings&amp;gegevens…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="229"/>
        <source>&amp;Fermer</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="232"/>
        <source>&amp;Préférences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="235"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="237"/>
        <source>&amp;Saisie</source>
        <translation>&amp;Invoer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="240"/>
        <source>Nouvelle &amp;facture…</source>
        <translation>Nieuwe &amp;factuur…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="242"/>
        <source>Enregistrer un &amp;paiement…</source>
        <translation>&amp;Betaling registreren…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="244"/>
        <source>Ouvrir le c&amp;lient</source>
        <translation>Klant &amp;openen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="248"/>
        <source>&amp;Affichage</source>
        <translation>&amp;Weergave</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="249"/>
        <source>&amp;Factures en retard</source>
        <translation>&amp;Vervallen facturen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="251"/>
        <source>&amp;Clients</source>
        <translation>&amp;Klanten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="253"/>
        <source>&amp;Rechercher</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="257"/>
        <source>É&amp;chéancier</source>
        <translation>&amp;Ouderdomsanalyse</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="263"/>
        <source>&amp;Actualiser</source>
        <translation>Ver&amp;nieuwen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="265"/>
        <source>&amp;Outils</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="266"/>
        <source>Calcul des &amp;intérêts de retard…</source>
        <translation>&amp;Nalatigheidsintresten berekenen…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="268"/>
        <source>&amp;Taux d&apos;intérêt…</source>
        <translation>&amp;Rentevoeten…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="270"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="271"/>
        <source>Dossier des &amp;journaux</source>
        <translation>Map met &amp;logbestanden</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="272"/>
        <source>À &amp;propos de Relance</source>
        <translation>&amp;Over Relance</translation>
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
        <translation>Nieuwe onderneming</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="327"/>
        <source>Société Relance (*.relance)</source>
        <translation>Relance-ondernemingsbestand (*.relance)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="339"/>
        <source>Ouvrir une société</source>
        <translation>Onderneming openen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="340"/>
        <source>Société Relance (*.relance);;Tous les fichiers (*)</source>
        <translation>Relance-ondernemingsbestand (*.relance);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="358"/>
        <source>(aucun)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="396"/>
        <source>{count} facture(s) affichée(s)</source>
        <translation>Getoonde facturen: {count}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="397"/>
        <source>Reste dû affiché : {amount}</source>
        <translation>Getoond openstaand saldo: {amount}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="399"/>
        <source>Total échu : {amount}</source>
        <translation>Totaal vervallen: {amount}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="557"/>
        <source>Nouvelle facture</source>
        <translation>Nieuwe factuur</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="558"/>
        <source>Créez d&apos;abord le client de cette facture.</source>
        <translation>Maak eerst de klant van deze factuur aan.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="569"/>
        <source>Paiement</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="570"/>
        <source>Choisissez d&apos;abord une facture dans la liste.</source>
        <translation>Kies eerst een factuur in de lijst.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="616"/>
        <source>À propos de Relance</source>
        <translation>Over Relance</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="617"/>
        <source>&lt;b&gt;Relance {version}&lt;/b&gt;&lt;p&gt;Le suivi des factures impayées et des relances téléphoniques, hors ligne.&lt;/p&gt;&lt;p&gt;Journal : {log}&lt;/p&gt;</source>
        <translation>&lt;b&gt;Relance {version}&lt;/b&gt;&lt;p&gt;Offline opvolging van onbetaalde facturen en telefonische herinneringen.&lt;/p&gt;&lt;p&gt;Logboek: {log}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="415"/>
        <source>{number} — {customer} — {amount} TTC</source>
        <translation>{number} — {customer} — {amount} incl. btw</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="424"/>
        <source>Paiement de la facture {number}</source>
        <translation>Betaling van factuur {number}</translation>
    </message>
    <message>
        <location filename="../../ui/payment_form.ui" line="6"/>
        <source>Paiement</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <location filename="../../ui/payment_form.ui" line="13"/>
        <source>Facture</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <location filename="../../ui/payment_form.ui" line="23"/>
        <source>Reste dû</source>
        <translation>Openstaand saldo</translation>
    </message>
    <message>
        <location filename="../../ui/payment_form.ui" line="33"/>
        <source>&amp;Date du paiement</source>
        <translation>&amp;Betaaldatum</translation>
    </message>
    <message>
        <location filename="../../ui/payment_form.ui" line="44"/>
        <source>&amp;Montant</source>
        <translation>Be&amp;drag</translation>
    </message>
    <message>
        <location filename="../../ui/payment_form.ui" line="50"/>
        <source>ex. 250,00</source>
        <translation>bv. 250,00</translation>
    </message>
    <message>
        <location filename="../../ui/payment_form.ui" line="55"/>
        <source>&amp;Moyen de paiement</source>
        <translation>Betaal&amp;wijze</translation>
    </message>
    <message>
        <location filename="../../ui/payment_form.ui" line="65"/>
        <source>&amp;Référence</source>
        <translation>&amp;Referentie</translation>
    </message>
    <message>
        <location filename="../../ui/payment_form.ui" line="75"/>
        <source>N&amp;ote</source>
        <translation>Op&amp;merking</translation>
    </message>
    <message>
        <location filename="../../ui/payment_form.ui" line="87"/>
        <source>Payer &amp;tout le reste dû</source>
        <translation>&amp;Volledig saldo betalen</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="31"/>
        <source>Préférences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="39"/>
        <source>&amp;Langue de l&apos;interface</source>
        <translation>&amp;Taal van de interface</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="44"/>
        <source>&amp;Format des montants et dates</source>
        <translation>&amp;Notatie van bedragen en datums</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="46"/>
        <source>Aperçu</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="48"/>
        <source>ex. Claire Martin (utilisé dans les scripts)</source>
        <translation>bv. Claire Martin (gebruikt in de scripts)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="49"/>
        <source>&amp;Votre nom</source>
        <translation>&amp;Uw naam</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="50"/>
        <source>Rouvrir le dernier fichier au démarrage</source>
        <translation>Laatste bestand opnieuw openen bij het opstarten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="76"/>
        <source>La nouvelle langue s&apos;appliquera au prochain démarrage.</source>
        <translation>De nieuwe taal wordt toegepast wanneer u Relance opnieuw start.</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="31"/>
        <source>Taux d&apos;intérêt</source>
        <translation>Rentevoeten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="38"/>
        <source>Semestre</source>
        <translation>Semester</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="38"/>
        <source>Taux BCE au 1er jour</source>
        <translation>ECB-rentevoet op de 1e dag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="39"/>
        <source>France, entre professionnels (BCE + 10)</source>
        <translation>Frankrijk, tussen ondernemingen (ECB + 10)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="40"/>
        <source>Taux légal France (particuliers)</source>
        <translation>Wettelijke rentevoet Frankrijk (particulieren)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="41"/>
        <source>Taux légal France (autres cas)</source>
        <translation>Wettelijke rentevoet Frankrijk (andere gevallen)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="42"/>
        <source>Belgique (loi du 2 août 2002)</source>
        <translation>België (wet van 2 augustus 2002)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="48"/>
        <source>Ajouter un semestre publié</source>
        <translation>Gepubliceerd semester toevoegen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="52"/>
        <source>Semestre (ex. 2026-S2)</source>
        <translation>Semester (bv. 2026-S2)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="54"/>
        <source>Taux BCE au 1er jour du semestre (%)</source>
        <translation>ECB-rentevoet op de eerste dag van het semester (%)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="55"/>
        <source>Taux légal France, particuliers (%)</source>
        <translation>Wettelijke rentevoet Frankrijk, particulieren (%)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="56"/>
        <source>Taux légal France, autres cas (%)</source>
        <translation>Wettelijke rentevoet Frankrijk, andere gevallen (%)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="57"/>
        <source>Taux belge publié (%)</source>
        <translation>Gepubliceerde Belgische rentevoet (%)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="62"/>
        <source>&amp;Ajouter</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="71"/>
        <source>Lecture de la loi (quand deux lectures sont possibles)</source>
        <translation>Interpretatie van de wet (als twee lezingen mogelijk zijn)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="74"/>
        <source>Chaque semestre à son propre taux (lecture de l&apos;art. L441-10, par défaut)</source>
        <translation>Elk semester tegen zijn eigen rentevoet (lezing van art. L441-10, standaard)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="76"/>
        <source>Le taux du semestre de l&apos;échéance pour tout le retard</source>
        <translation>De rentevoet van het semester van de vervaldag voor de hele achterstand</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="81"/>
        <source>365 jours, même les années bissextiles (usage, par défaut)</source>
        <translation>365 dagen, ook in schrikkeljaren (gebruikelijk, standaard)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="83"/>
        <source>366 jours pour les jours d&apos;une année bissextile</source>
        <translation>366 dagen voor de dagen in een schrikkeljaar</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="87"/>
        <source>1 an après la fin de l&apos;année de la vente (prudent, par défaut)</source>
        <translation>1 jaar na het einde van het jaar van de verkoop (voorzichtig, standaard)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="89"/>
        <source>10 ans (droit commun)</source>
        <translation>10 jaar (gemeen recht)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="92"/>
        <source>Retard sur plusieurs semestres</source>
        <translation>Achterstand over meerdere semesters</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="93"/>
        <source>Base de calcul des jours</source>
        <translation>Basis voor de dagtelling</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="94"/>
        <source>Prescription, consommateur belge</source>
        <translation>Verjaring, Belgische consument</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="109"/>
        <source>Relance connaît les taux jusqu&apos;au {day}. Au-delà, il refuse de calculer plutôt que de deviner : ajoutez le semestre suivant dès qu&apos;il est publié (Banque de France, SPF Finances).</source>
        <translation>Relance kent de rentevoeten tot {day}. Daarna weigert het te rekenen in plaats van te gissen: voeg het volgende semester toe zodra het bekendgemaakt is (Banque de France, FOD Financiën).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="135"/>
        <source>« {value} » : écrivez le semestre comme 2026-S2.</source>
        <translation>‘{value}’: schrijf het semester als 2026-S2.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="148"/>
        <source>« {value} » n&apos;est pas un taux en %.</source>
        <translation>‘{value}’ is geen rentevoet in %.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="154"/>
        <source>Indiquez au moins un taux pour ce semestre.</source>
        <translation>Vul minstens één rentevoet in voor dit semester.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="157"/>
        <source>Semestre {half_year} enregistré.</source>
        <translation>Semester {half_year} opgeslagen.</translation>
    </message>
</context>
<context>
    <name>ReceivablesModel</name>
    <message>
        <location filename="../../relance_desktop/views/receivables_model.py" line="54"/>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/receivables_model.py" line="55"/>
        <source>N° facture</source>
        <translation>Factuurnr.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/receivables_model.py" line="56"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/receivables_model.py" line="57"/>
        <source>Échéance</source>
        <translation>Vervaldag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/receivables_model.py" line="58"/>
        <source>Retard (j)</source>
        <translation>Te laat (d)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/receivables_model.py" line="59"/>
        <source>Montant TTC</source>
        <translation>Bedrag incl. btw</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/receivables_model.py" line="60"/>
        <source>Reste dû</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/receivables_model.py" line="61"/>
        <source>Dernière action</source>
        <translation>Laatste actie</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/receivables_model.py" line="62"/>
        <source>Prochaine étape</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/receivables_model.py" line="63"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/receivables_model.py" line="468"/>
        <source>{name} ({count} factures)</source>
        <translation>{name} ({count} facturen)</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../relance_desktop/views/crash.py" line="77"/>
        <source>le fichier</source>
        <translation>het bestand</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../relance_desktop/errors.py" line="43"/>
        <source>« {path} » n&apos;est pas un fichier Relance (société). Rien n&apos;a été modifié.</source>
        <translation>‘{path}’ is geen Relance-bestand (onderneming). Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="184"/>
        <source>« {path} » est trop volumineux ({mb} Mo, 25 Mo au plus).</source>
        <translation>‘{path}’ is te groot ({mb} MB, maximaal 25 MB).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="193"/>
        <location filename="../../relance_desktop/store/database.py" line="74"/>
        <source>Impossible de lire « {path} » : {reason}</source>
        <translation>Kan ‘{path}’ niet lezen: {reason}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/database.py" line="59"/>
        <source>Le fichier « {path} » n&apos;existe pas.</source>
        <translation>Het bestand ‘{path}’ bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/database.py" line="69"/>
        <source>Vous n&apos;avez pas le droit de lire « {path} ».</source>
        <translation>U hebt geen toestemming om ‘{path}’ te lezen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/database.py" line="96"/>
        <source>Le fichier « {path} » est incomplet ou endommagé ({size} octets au lieu de {expected}). Rouvrez une sauvegarde. Rien n&apos;a été modifié.</source>
        <translation>Het bestand ‘{path}’ is onvolledig of beschadigd ({size} bytes in plaats van {expected}). Open een back-up. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/database.py" line="107"/>
        <source>« {path} » a été enregistré par une version plus récente de Relance (format {found}, cette version lit jusqu&apos;au format {known}). Mettez Relance à jour pour l&apos;ouvrir. Rien n&apos;a été modifié.</source>
        <translation>‘{path}’ werd opgeslagen met een recentere versie van Relance (formaat {found}, deze versie leest tot formaat {known}). Werk Relance bij om het te openen. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/database.py" line="127"/>
        <source>« {path} » est utilisé par un autre programme (verrouillé). Fermez-le puis réessayez.</source>
        <translation>‘{path}’ wordt door een ander programma gebruikt (vergrendeld). Sluit het en probeer opnieuw.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/database.py" line="141"/>
        <source>« {path} » est en lecture seule : Relance ne peut pas y enregistrer. Copiez-le dans un dossier où vous pouvez écrire.</source>
        <translation>‘{path}’ is alleen-lezen: Relance kan er niet in opslaan. Kopieer het naar een map waarin u kunt schrijven.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/database.py" line="150"/>
        <source>Le disque est plein : « {path} » n&apos;a pas pu être enregistré. Libérez de la place ; la dernière modification n&apos;a pas été enregistrée.</source>
        <translation>De schijf is vol: ‘{path}’ kon niet worden opgeslagen. Maak ruimte vrij; de laatste wijziging werd niet opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/database.py" line="159"/>
        <source>« {path} » est endommagé et ne peut pas être lu. Rouvrez une sauvegarde.</source>
        <translation>‘{path}’ is beschadigd en kan niet worden gelezen. Open een back-up.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/database.py" line="167"/>
        <source>Impossible d&apos;ouvrir « {path} ».</source>
        <translation>Kan ‘{path}’ niet openen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/demo.py" line="331"/>
        <location filename="../../relance_desktop/store/database.py" line="305"/>
        <source>« {path} » existe déjà : choisissez un autre nom de fichier.</source>
        <translation>‘{path}’ bestaat al: kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/database.py" line="312"/>
        <source>Le dossier « {path} » n&apos;existe pas.</source>
        <translation>De map ‘{path}’ bestaat niet.</translation>
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
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="57"/>
        <source>Le numéro de facture</source>
        <translation>Factuurnummer</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../relance_desktop/services/history.py" line="20"/>
        <source>Facture {number} émise</source>
        <translation>Factuur {number} uitgereikt</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/history.py" line="21"/>
        <source>Paiement reçu sur la facture {number}</source>
        <translation>Betaling ontvangen voor factuur {number}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/history.py" line="22"/>
        <source>Appel</source>
        <translation>Oproep</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/history.py" line="23"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/history.py" line="24"/>
        <source>Courrier</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/history.py" line="25"/>
        <source>SMS</source>
        <translation>Sms</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/history.py" line="26"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/history.py" line="27"/>
        <source>Promesse de paiement pour le {date}</source>
        <translation>Betalingsbelofte tegen {date}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/history.py" line="28"/>
        <source>Litige ouvert</source>
        <translation>Betwisting geopend</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/history.py" line="29"/>
        <source>Document produit : {kind}</source>
        <translation>Document aangemaakt: {kind}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/history.py" line="30"/>
        <source>Import « {file} »</source>
        <translation>Import ‘{file}’</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/history.py" line="31"/>
        <source>Modification : {entity}</source>
        <translation>Wijziging: {entity}</translation>
    </message>
</context>
<context>
    <name>imports</name>
    <message>
        <location filename="../../relance_desktop/services/imports.py" line="87"/>
        <source>Impossible de lire « {path} » : {reason}</source>
        <translation>Kan ‘{path}’ niet lezen: {reason}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/imports.py" line="92"/>
        <source>« {path} » ne peut pas être importé : {reason}</source>
        <translation>‘{path}’ kan niet worden geïmporteerd: {reason}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/imports.py" line="96"/>
        <source>« {path} » : format non reconnu. Relance importe les fichiers CSV et Excel, le FEC, les factures Factur-X (PDF) et UBL (XML).</source>
        <translation>‘{path}’: formaat niet herkend. Relance importeert CSV- en Excelbestanden, het FEC (Frans bestand met boekhoudkundige boekingen) en facturen in Factur-X (pdf) en UBL (xml).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/imports.py" line="635"/>
        <source>Aucun profil d&apos;import nommé « {name} ».</source>
        <translation>Geen importprofiel met de naam ‘{name}’.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="12"/>
        <source>Entreprise</source>
        <translation>Onderneming</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="13"/>
        <source>Indépendant</source>
        <translation>Zelfstandige</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="14"/>
        <source>Particulier</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="15"/>
        <source>Organisme public</source>
        <translation>Overheidsinstantie</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="18"/>
        <source>France</source>
        <translation>Frankrijk</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="19"/>
        <source>Belgique</source>
        <translation>België</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="22"/>
        <source>Français</source>
        <translation>Frans</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="23"/>
        <source>Néerlandais</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="24"/>
        <source>Anglais</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="27"/>
        <source>Téléphone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="28"/>
        <location filename="../../relance_desktop/views/labels.py" line="55"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="29"/>
        <location filename="../../relance_desktop/views/labels.py" line="56"/>
        <source>Courrier</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="32"/>
        <source>Payée</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="33"/>
        <source>Payée en partie</source>
        <translation>Gedeeltelijk betaald</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="34"/>
        <source>À échoir</source>
        <translation>Nog niet vervallen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="35"/>
        <source>En retard</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="36"/>
        <source>En litige</source>
        <translation>Betwist</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="37"/>
        <source>Promesse</source>
        <translation>Betalingsbelofte</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="38"/>
        <location filename="../../relance_desktop/views/labels.py" line="42"/>
        <source>Annulée</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="41"/>
        <source>Ouverte</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="43"/>
        <source>Passée en perte</source>
        <translation>Afgeboekt</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="46"/>
        <source>Virement</source>
        <translation>Overschrijving</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="47"/>
        <source>Carte</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="48"/>
        <source>Chèque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="49"/>
        <source>Espèces</source>
        <translation>Contant</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="50"/>
        <source>Prélèvement</source>
        <translation>Domiciliëring</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="51"/>
        <source>Autre</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="54"/>
        <source>Appel</source>
        <translation>Oproep</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="57"/>
        <source>SMS</source>
        <translation>Sms</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="58"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="61"/>
        <source>joint</source>
        <translation>bereikt</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="62"/>
        <source>pas de réponse</source>
        <translation>geen antwoord</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="63"/>
        <source>messagerie</source>
        <translation>voicemail</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="64"/>
        <source>faux numéro</source>
        <translation>verkeerd nummer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="65"/>
        <source>refus</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="66"/>
        <source>à rappeler</source>
        <translation>terugbellen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="69"/>
        <source>Rappeler</source>
        <translation>Terugbellen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="70"/>
        <source>Vérifier le paiement</source>
        <translation>Betaling nakijken</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="71"/>
        <source>Envoyer un courrier</source>
        <translation>Brief versturen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="74"/>
        <source>client</source>
        <translation>klant</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="75"/>
        <source>contact</source>
        <translation>contactpersoon</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="76"/>
        <source>facture</source>
        <translation>factuur</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="77"/>
        <source>paiement</source>
        <translation>betaling</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="78"/>
        <source>société</source>
        <translation>onderneming</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="81"/>
        <source>modifié</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="82"/>
        <source>supprimé</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="83"/>
        <source>copie jointe</source>
        <translation>kopie toegevoegd</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="86"/>
        <source>nom</source>
        <translation>naam</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="87"/>
        <source>numéro</source>
        <translation>nummer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="88"/>
        <source>montant</source>
        <translation>bedrag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="89"/>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="90"/>
        <source>échéance</source>
        <translation>vervaldag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="91"/>
        <source>date du paiement</source>
        <translation>betaaldatum</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="92"/>
        <source>téléphone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="93"/>
        <source>mobile</source>
        <translation>gsm</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="94"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="95"/>
        <source>fonction</source>
        <translation>functie</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="96"/>
        <source>adresse</source>
        <translation>adres</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="97"/>
        <source>ville</source>
        <translation>gemeente</translation>
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
        <translation>omschrijving</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="101"/>
        <source>copie</source>
        <translation>kopie</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="102"/>
        <source>délai de paiement</source>
        <translation>betalingstermijn</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="104"/>
        <source>Appeler</source>
        <translation>Bellen</translation>
    </message>
</context>
<context>
    <name>legal</name>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="76"/>
        <source>Le taux du semestre {half_years} n&apos;est pas encore connu de Relance (table à jour jusqu&apos;au {known_until}). Ajoutez-le dans Outils › Taux d&apos;intérêt, puis recalculez : Relance ne devine jamais un taux.</source>
        <translation>Relance kent de rentevoet van semester {half_years} nog niet (tabel bijgewerkt tot {known_until}). Voeg hem toe via Extra › Rentevoeten en bereken opnieuw: Relance gist nooit naar een rentevoet.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="90"/>
        <source>Principal restant dû</source>
        <translation>Openstaande hoofdsom</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="91"/>
        <source>Intérêts de retard</source>
        <translation>Nalatigheidsintresten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="92"/>
        <source>Indemnité forfaitaire pour frais de recouvrement</source>
        <translation>Forfaitaire schadevergoeding voor invorderingskosten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="94"/>
        <source>Indemnité forfaitaire (montant maximal autorisé)</source>
        <translation>Forfaitaire schadevergoeding (toegestaan maximumbedrag)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="96"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="99"/>
        <source>C. com. art. L441-10 : taux BCE au 1er janvier / 1er juillet + 10 points, sur le montant TTC, du lendemain de l&apos;échéance au jour du calcul</source>
        <translation>Frans Wetboek van Koophandel (C. com.) art. L441-10: referentie-intrestvoet van de ECB op 1 januari / 1 juli + 10 punten, op het bedrag incl. btw, vanaf de dag na de vervaldag tot de dag van de berekening</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="102"/>
        <source>C. com. art. D441-5 : 40 € par facture payée en retard</source>
        <translation>Frans Wetboek van Koophandel (C. com.), art. D441-5: 40 € per te laat betaalde factuur</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="104"/>
        <source>C. civ. art. 1231-6 et 1344-1 : taux d&apos;intérêt légal (« autres cas ») à partir de la mise en demeure</source>
        <translation>Frans Burgerlijk Wetboek (C. civ.), art. 1231-6 en 1344-1: wettelijke rentevoet (‘andere gevallen’) vanaf de ingebrekestelling</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="107"/>
        <source>Loi du 2 août 2002, art. 5 : taux directeur BCE + 8 points (arrondi au demi-point supérieur), publié par semestre</source>
        <translation>Wet van 2 augustus 2002, art. 5: referentie-intrestvoet van de ECB + 8 procentpunten (afgerond naar het hogere halve procentpunt), per semester bekendgemaakt</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="110"/>
        <source>Loi du 2 août 2002, art. 6 : indemnité forfaitaire de 40 € par facture</source>
        <translation>Wet van 2 augustus 2002, art. 6: forfaitaire schadevergoeding van 40 € per factuur</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="112"/>
        <source>CDE livre XIX, art. XIX.4 : maximums autorisés envers un consommateur, après le délai de 14 jours suivant le premier rappel gratuit</source>
        <translation>Boek XIX van het Wetboek van economisch recht (WER), art. XIX.4: toegestane maximumbedragen ten aanzien van een consument, na de wachttermijn van 14 dagen na de gratis eerste herinnering</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="118"/>
        <source>C. com. L441-10</source>
        <translation>C. com. L441-10</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="119"/>
        <source>C. com. D441-5</source>
        <translation>C. com. D441-5</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="120"/>
        <source>C. civ. 1231-6</source>
        <translation>C. civ. 1231-6</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="121"/>
        <source>Loi 2/8/2002, art. 5</source>
        <translation>Wet 2/8/2002, art. 5</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="122"/>
        <source>Loi 2/8/2002, art. 6</source>
        <translation>Wet 2/8/2002, art. 6</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="123"/>
        <source>CDE XIX.4</source>
        <translation>WER XIX.4</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="126"/>
        <source>Rien n&apos;est dû sur cette facture.</source>
        <translation>Er is niets verschuldigd op deze factuur.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="127"/>
        <source>Pas encore en retard : l&apos;échéance du {due_date} n&apos;est pas dépassée au {assessed_on}.</source>
        <translation>Nog niet achterstallig: op {assessed_on} is de vervaldag ({due_date}) nog niet verstreken.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="130"/>
        <source>L&apos;échéance du {due_date} tombe un jour non ouvrable ; les intérêts courent quand même dès le lendemain (aucune règle ne la reporte au {next_business_day}).</source>
        <translation>De vervaldag ({due_date}) valt op een niet-werkdag; de intresten lopen toch vanaf de volgende dag (geen enkele regel verschuift hem naar {next_business_day}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="133"/>
        <source>Attention : le taux contractuel de {rate} % est inférieur au minimum légal de {floor} % (3 × le taux légal, {half_year}). La clause est contestable (L441-10).</source>
        <translation>Let op: de contractuele rentevoet van {rate}% ligt onder het wettelijke minimum van {floor}% (3 × de wettelijke rentevoet, {half_year}). Het beding is betwistbaar (L441-10).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="136"/>
        <source>Le taux légal de {half_years} n&apos;est pas dans la table : le minimum du taux contractuel n&apos;a pas pu être vérifié.</source>
        <translation>De wettelijke rentevoet van {half_years} staat niet in de tabel: de minimale contractuele rentevoet kon niet worden gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="139"/>
        <source>En {half_year}, 3 × le taux légal ({floor} %) dépasse le taux par défaut ({default_rate} %) ; sans clause, c&apos;est le taux par défaut qui s&apos;applique.</source>
        <translation>In {half_year} ligt 3 × de wettelijke rentevoet ({floor}%) hoger dan de standaardrentevoet ({default_rate}%); zonder beding geldt de standaardrentevoet.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="142"/>
        <source>Procédure collective en cours : l&apos;indemnité de 40 € n&apos;est pas réclamable.</source>
        <translation>Lopende insolventieprocedure: de vergoeding van 40 € kan niet worden gevorderd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="144"/>
        <source>Procédure d&apos;insolvabilité belge : non prise en compte dans ce calcul.</source>
        <translation>Belgische insolventieprocedure: niet in aanmerking genomen in deze berekening.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="146"/>
        <source>Taux {half_year} provisoire (pas encore publié officiellement quand la table a été faite) : vérifiez-le avant de l&apos;envoyer.</source>
        <translation>Voorlopige rentevoet {half_year} (nog niet officieel bekendgemaakt toen de tabel werd opgesteld): controleer hem vóór verzending.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="149"/>
        <source>Consommateur : le taux légal « autres cas » s&apos;applique, le créancier étant un professionnel.</source>
        <translation>Consument: de wettelijke rentevoet ‘andere gevallen’ is van toepassing, aangezien de schuldeiser een onderneming is.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="152"/>
        <source>Consommateur : ni indemnité de 40 € ni frais de relance (CPCE L111-8).</source>
        <translation>Consument: geen vergoeding van 40 € en geen aanmaningskosten (Frans Wetboek van de gerechtelijke uitvoeringsprocedures (CPCE), art. L111-8).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="154"/>
        <source>Pas d&apos;intérêts sans mise en demeure : envoyez-la en recommandé avec accusé de réception, les intérêts au taux légal courront dès sa réception.</source>
        <translation>Geen intresten zonder ingebrekestelling: verstuur ze aangetekend met ontvangstbewijs; de intresten tegen de wettelijke rentevoet lopen vanaf de ontvangst ervan.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="157"/>
        <source>La mise en demeure du {notice_received_on} précède l&apos;échéance du {due_date} : les intérêts ne courent qu&apos;après l&apos;échéance.</source>
        <translation>De ingebrekestelling van {notice_received_on} gaat vooraf aan de vervaldag ({due_date}): de intresten lopen pas na de vervaldag.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="160"/>
        <source>Consommateur : seul le taux légal est calculé (taux contractuel de {rate} % ignoré).</source>
        <translation>Consument: alleen de wettelijke rentevoet wordt berekend (contractuele rentevoet van {rate}% genegeerd).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="163"/>
        <source>Le premier rappel à un consommateur belge est gratuit.</source>
        <translation>De eerste herinnering aan een Belgische consument is gratis.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="165"/>
        <source>Aucun premier rappel enregistré : rien ne peut être ajouté avant d&apos;avoir envoyé le rappel gratuit et attendu 14 jours.</source>
        <translation>Geen eerste herinnering geregistreerd: er kan niets worden aangerekend zolang de gratis herinnering niet is verstuurd en er geen 14 dagen zijn verstreken.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="168"/>
        <source>Échéance antérieure au {all_contracts_from} : le livre XIX ne s&apos;applique qu&apos;aux contrats conclus depuis le {new_contracts_from} (sinon la loi du 20/12/2002).</source>
        <translation>Vervaldag vóór {all_contracts_from}: Boek XIX is alleen van toepassing op overeenkomsten gesloten sinds {new_contracts_from} (anders de wet van 20/12/2002).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="171"/>
        <source>Le rappel du {reminder_sent_on} précède l&apos;échéance du {due_date} : il ne vaut pas premier rappel.</source>
        <translation>De herinnering van {reminder_sent_on} gaat vooraf aan de vervaldag ({due_date}): ze geldt niet als eerste herinnering.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="174"/>
        <source>Mode d&apos;envoi du rappel inconnu : compté comme un courrier (début plus tardif).</source>
        <translation>Verzendwijze van de herinnering onbekend: behandeld als brief per post (latere aanvang).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="176"/>
        <source>Délai de 14 jours du {first_day} au {last_day} : aucuns frais avant le {charges_from} ; indemnité maximale ensuite : {damages_cap}.</source>
        <translation>Wachttermijn van 14 dagen van {first_day} tot {last_day}: geen kosten vóór {charges_from}; maximale schadevergoeding daarna: {damages_cap}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="179"/>
        <source>Les conditions ne prévoient ni intérêts ni indemnité : rien ne peut être ajouté.</source>
        <translation>De voorwaarden voorzien noch in intresten noch in een schadevergoeding: er kan niets worden aangerekend.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="182"/>
        <source>Sans taux contractuel indiqué, les intérêts sont calculés au taux maximal.</source>
        <translation>Zonder opgegeven contractuele rentevoet worden de intresten berekend tegen de maximale rentevoet.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="184"/>
        <source>Le taux contractuel de {rate} % dépasse le maximum de {cap} % ({half_year}) : la clause est réputée non écrite, aucun intérêt n&apos;est dû.</source>
        <translation>De contractuele rentevoet van {rate}% overschrijdt het maximum van {cap}% ({half_year}): het beding wordt voor niet geschreven gehouden, er zijn geen intresten verschuldigd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="187"/>
        <source>Intérêts comptés à partir du {start}.</source>
        <translation>Intresten berekend vanaf {start}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="189"/>
        <source>Prescription envers un consommateur belge : {reading} (point incertain, réglable dans Outils › Taux d&apos;intérêt).</source>
        <translation>Verjaring ten aanzien van een Belgische consument: {reading} (onzeker punt, in te stellen via Extra › Rentevoeten).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="192"/>
        <source>Prescription proche : la créance ne peut plus être réclamée après le {date} ({days_left} jours). Obtenez une reconnaissance de dette ou agissez en justice.</source>
        <translation>Verjaring nakend: de schuldvordering kan na {date} ({days_left} dagen) niet meer worden gevorderd. Verkrijg een schuldbekentenis of stap naar de rechter.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="195"/>
        <source>Prescrite : la créance ne peut plus être réclamée en justice depuis le lendemain du {date}.</source>
        <translation>Verjaard: de schuldvordering kan sinds de dag na {date} niet meer in rechte worden gevorderd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="198"/>
        <source>La reconnaissance du {date} est postérieure à la prescription : elle ne fait pas revivre la créance.</source>
        <translation>De erkenning van {date} dateert van na de verjaring: ze doet de schuldvordering niet herleven.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="206"/>
        <source>1 an à compter de la fin de l&apos;année civile de la vente (loi du 1er mai 1913)</source>
        <translation>1 jaar vanaf het einde van het kalenderjaar van de verkoop (wet van 1 mei 1913)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="208"/>
        <source>10 ans (droit commun des actions personnelles)</source>
        <translation>10 jaar (gemeen recht voor persoonlijke rechtsvorderingen)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="209"/>
        <source>courrier</source>
        <translation>brief</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="210"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="405"/>
        <source>{days} j</source>
        <translation>{days} d</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="406"/>
        <source>{country}, {debtor} — échéance le {due}, calcul au {on}</source>
        <translation>{country}, {debtor} — vervaldag {due}, berekend op {on}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="407"/>
        <source>Délai d&apos;attente de 14 jours : jusqu&apos;au {end} inclus</source>
        <translation>Wachttermijn van 14 dagen: tot en met {end}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="408"/>
        <source>Frais et intérêts réclamables à partir du {day}</source>
        <translation>Kosten en intresten invorderbaar vanaf {day}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="409"/>
        <source>Prescription : la créance peut être réclamée jusqu&apos;au {day} inclus</source>
        <translation>Verjaring: de schuldvordering kan worden gevorderd tot en met {day}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="412"/>
        <source>débiteur professionnel</source>
        <translation>professionele schuldenaar</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="413"/>
        <source>débiteur consommateur</source>
        <translation>schuldenaar-consument</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="416"/>
        <source>France</source>
        <translation>Frankrijk</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="417"/>
        <source>Belgique</source>
        <translation>België</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../relance_desktop/settings.py" line="34"/>
        <source>Langue de l&apos;interface</source>
        <translation>Taal van de interface</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="36"/>
        <source>Format des nombres</source>
        <translation>Getalnotatie</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="38"/>
        <source>Votre nom (dans les scripts)</source>
        <translation>Uw naam (in de scripts)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="39"/>
        <source>Fichiers récents</source>
        <translation>Recente bestanden</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="40"/>
        <source>Dernier fichier ouvert</source>
        <translation>Laatst geopend bestand</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="41"/>
        <source>Rouvrir le dernier fichier</source>
        <translation>Laatste bestand opnieuw openen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="42"/>
        <source>Position de la fenêtre</source>
        <translation>Vensterpositie</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="45"/>
        <source>Taux ajoutés</source>
        <translation>Toegevoegde rentevoeten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="46"/>
        <source>Taux d&apos;intérêt quand le retard couvre plusieurs semestres</source>
        <translation>Rentevoet als de achterstand meerdere semesters beslaat</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="48"/>
        <source>Base de calcul des jours</source>
        <translation>Basis voor de dagtelling</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="49"/>
        <source>Prescription envers un consommateur belge</source>
        <translation>Verjaring ten aanzien van een Belgische consument</translation>
    </message>
</context>
<context>
    <name>tabular</name>
    <message>
        <location filename="../../relance_desktop/importers/tabular_fields.py" line="41"/>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_fields.py" line="42"/>
        <source>N° de facture</source>
        <translation>Factuurnr.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_fields.py" line="43"/>
        <source>Date de facture</source>
        <translation>Factuurdatum</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_fields.py" line="44"/>
        <source>Échéance</source>
        <translation>Vervaldag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_fields.py" line="45"/>
        <source>Montant TTC</source>
        <translation>Bedrag incl. btw</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_fields.py" line="46"/>
        <source>Déjà payé</source>
        <translation>Reeds betaald</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_fields.py" line="47"/>
        <source>Reste dû</source>
        <translation>Openstaand saldo</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_fields.py" line="48"/>
        <source>Devise</source>
        <translation>Munt</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_fields.py" line="49"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_fields.py" line="50"/>
        <source>Téléphone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_fields.py" line="51"/>
        <source>Adresse</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_fields.py" line="52"/>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_fields.py" line="53"/>
        <source>Ville</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_fields.py" line="54"/>
        <source>Pays</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_fields.py" line="55"/>
        <source>N° d&apos;entreprise (SIREN, BCE)</source>
        <translation>Ondernemingsnummer (SIREN, KBO)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_fields.py" line="56"/>
        <source>N° de TVA</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_fields.py" line="57"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_fields.py" line="58"/>
        <source>N° de compte client</source>
        <translation>Klantcode</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_fields.py" line="59"/>
        <source>Date de paiement</source>
        <translation>Betaaldatum</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_fields.py" line="60"/>
        <source>Délai de paiement (jours)</source>
        <translation>Betalingstermijn (dagen)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_fields.py" line="61"/>
        <source>Conditions de paiement</source>
        <translation>Betalingsvoorwaarden</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_fields.py" line="62"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../relance_desktop/services/company.py" line="37"/>
        <source>Le délai de paiement doit être compris entre 0 et 120 jours (60 jours au plus entre entreprises, sauf exceptions).</source>
        <translation>De betalingstermijn moet tussen 0 en 120 dagen liggen (maximaal 60 dagen tussen ondernemingen, behoudens uitzonderingen).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/customers.py" line="50"/>
        <source>Le délai de paiement doit être compris entre 0 et 365 jours.</source>
        <translation>De betalingstermijn moet tussen 0 en 365 dagen liggen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/customers.py" line="117"/>
        <source>Ce client a des factures : il ne peut pas être supprimé. Archivez-le plutôt.</source>
        <translation>Deze klant heeft facturen en kan dus niet worden verwijderd. Archiveer de klant in plaats daarvan.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="61"/>
        <source>Choisissez le client.</source>
        <translation>Kies de klant.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="66"/>
        <source>Le montant TTC doit être positif (un avoir se saisit comme un paiement).</source>
        <translation>Het bedrag incl. btw moet positief zijn (een creditnota voert u in als betaling).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="74"/>
        <source>Montant trop élevé : vérifiez la saisie.</source>
        <translation>Bedrag te hoog: kijk uw invoer na.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="80"/>
        <source>L&apos;échéance ne peut pas précéder la date de la facture.</source>
        <translation>De vervaldag kan niet vóór de factuurdatum liggen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="88"/>
        <source>Devise inconnue « {value} ».</source>
        <translation>Onbekende valuta ‘{value}’.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="112"/>
        <source>La facture n° {number} existe déjà.</source>
        <translation>Factuur nr. {number} bestaat al.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="141"/>
        <source>Le montant ne peut pas être inférieur à ce qui a déjà été payé ({paid}).</source>
        <translation>Het bedrag kan niet lager zijn dan wat al betaald werd ({paid}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="247"/>
        <source>Le montant payé doit être positif.</source>
        <translation>Het betaalde bedrag moet positief zijn.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="252"/>
        <source>Le paiement ({amount}) dépasse ce qui reste dû sur la facture {number} ({due}).</source>
        <translation>De betaling ({amount}) is hoger dan het openstaande saldo van factuur {number} ({due}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="264"/>
        <source>La date du paiement ne peut pas être dans le futur.</source>
        <translation>De betaaldatum kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/validation.py" line="26"/>
        <source>{label} est obligatoire.</source>
        <translation>{label} is verplicht.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/validation.py" line="36"/>
        <source>« {value} » n&apos;est pas une adresse e-mail valide.</source>
        <translation>‘{value}’ is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/validation.py" line="52"/>
        <source>« {value} » n&apos;est pas un numéro de téléphone valide (pays {country}). Exemple : 01 23 45 67 89 ou +32 2 345 67 89.</source>
        <translation>‘{value}’ is geen geldig telefoonnummer (land {country}). Voorbeeld: 01 23 45 67 89 of +32 2 345 67 89.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/validation.py" line="66"/>
        <source>Valeur inconnue « {value} ».</source>
        <translation>Onbekende waarde ‘{value}’.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/validation.py" line="81"/>
        <source>« {value} » n&apos;est pas un IBAN valide.</source>
        <translation>‘{value}’ is geen geldig IBAN-nummer.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/validation.py" line="94"/>
        <source>« {value} » n&apos;est pas un BIC valide.</source>
        <translation>‘{value}’ is geen geldige BIC-code.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/validation.py" line="113"/>
        <source>« {value} » n&apos;est pas un numéro d&apos;entreprise valide pour le pays {country} (SIREN/SIRET en France, numéro BCE en Belgique).</source>
        <translation>‘{value}’ is geen geldig ondernemingsnummer voor land {country} (SIREN/SIRET in Frankrijk, KBO-nummer in België).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/validation.py" line="133"/>
        <source>« {value} » n&apos;est pas un numéro de TVA valide (ex. FR40303265045, BE0403170701).</source>
        <translation>‘{value}’ is geen geldig btw-nummer (bv. FR40303265045, BE0403170701).</translation>
    </message>
</context>
</TS>
