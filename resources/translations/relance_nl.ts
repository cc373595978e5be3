<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../relance_desktop/services/about.py" line="21"/>
        <source>domaine public</source>
        <translation>publiek domein</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/help.py" line="114"/>
        <source>À propos de Relance</source>
        <translation>Over Relance</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/help.py" line="119"/>
        <source>Journal : {log}</source>
        <translation>Logboek: {log}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/help.py" line="127"/>
        <source>Le suivi des factures impayées et des relances téléphoniques, hors ligne.</source>
        <translation>Opvolging van onbetaalde facturen en telefonische herinneringen, offline.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/help.py" line="128"/>
        <source>Composant</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/help.py" line="129"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/help.py" line="130"/>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/help.py" line="131"/>
        <source>Police des courriers : DejaVu (licence libre, fournie avec Relance).</source>
        <translation>Lettertype van de brieven: DejaVu (vrije licentie, meegeleverd met Relance).</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="12"/>
        <source>Appel</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="13"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="14"/>
        <source>Courrier</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="15"/>
        <source>Mise en demeure</source>
        <translation>Ingebrekestelling</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="16"/>
        <source>Relevé de compte</source>
        <translation>Rekeninguittreksel</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="17"/>
        <source>SMS</source>
        <translation>Sms</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="18"/>
        <source>Dossier de recouvrement</source>
        <translation>Invorderingsdossier</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="19"/>
        <source>Remerciement</source>
        <translation>Bedankje</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="23"/>
        <source>rappel courtois</source>
        <translation>vriendelijke herinnering</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="24"/>
        <source>1re relance</source>
        <translation>1e herinnering</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="25"/>
        <source>2e relance</source>
        <translation>2e herinnering</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="28"/>
        <source>Étape {position} due depuis le {day}</source>
        <translation>Stap {position} te doen sinds {day}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="29"/>
        <source>Étape {position} répétée (due le {day})</source>
        <translation>Stap {position} herhaald (te doen op {day})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="30"/>
        <source>Rattrapage : étape {position} due le {day} (étapes manquées passées : {skipped})</source>
        <translation>Inhalen: stap {position} te doen op {day} (overgeslagen gemiste stappen: {skipped})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="33"/>
        <source>Facture réglée : remercier</source>
        <translation>Factuur betaald: bedanken</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="34"/>
        <source>Premier rappel gratuit (consommateur belge)</source>
        <translation>Gratis eerste herinnering (Belgische consument)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="40"/>
        <source>Appel non passé</source>
        <extracomment>Why a step was skipped when the app decided it (the user&apos;s own reasons are shown as typed).</extracomment>
        <translation>Oproep niet gedaan</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="44"/>
        <source>faite</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="45"/>
        <source>passée</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="46"/>
        <source>en attente de l&apos;appel</source>
        <translation>wacht op het gesprek</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="48"/>
        <source>passée (rattrapage)</source>
        <translation>overgeslagen (inhaalactie)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="67"/>
        <source>{number} (échéance {due}, reste {amount})</source>
        <translation>{number} (vervalt {due}, nog {amount})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="143"/>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="143"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="143"/>
        <source>Pourquoi</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="143"/>
        <source>Factures</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="144"/>
        <source>Montant</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="144"/>
        <source>Envoi</source>
        <translation>Verzending</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="168"/>
        <source>&amp;Tout cocher</source>
        <translation>&amp;Alles aanvinken</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="170"/>
        <source>Modifier l&apos;&amp;e-mail…</source>
        <translation>&amp;E-mail bewerken…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="172"/>
        <source>&amp;Passer…</source>
        <translation>&amp;Overslaan…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="174"/>
        <source>&amp;Reporter…</source>
        <translation>&amp;Uitstellen…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="176"/>
        <source>&amp;Scénarios…</source>
        <translation>S&amp;cenario&apos;s…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="180"/>
        <source>&amp;Valider les actions cochées</source>
        <translation>Aangevinkte acties &amp;bevestigen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="216"/>
        <source>Étapes automatiques du jour :</source>
        <translation>Automatische stappen van vandaag:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="222"/>
        <source>&lt;b&gt;Actions du jour&lt;/b&gt; — {day}</source>
        <translation>&lt;b&gt;Acties van vandaag&lt;/b&gt; — {day}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="235"/>
        <source>automatique</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="236"/>
        <source>à valider</source>
        <translation>te bevestigen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/actions_page.py" line="418"/>
        <source>%n appels ajoutés à « Aujourd&apos;hui » : chaque étape sera notée faite quand l&apos;appel sera enregistré.</source>
        <translation>
            <numerusform>%n gesprek toegevoegd aan „Vandaag”: de stap wordt als gedaan genoteerd wanneer het gesprek geregistreerd wordt.</numerusform>
            <numerusform>%n gesprekken toegevoegd aan „Vandaag”: elke stap wordt als gedaan genoteerd wanneer het gesprek geregistreerd wordt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/actions_page.py" line="421"/>
        <source>%n SMS notés comme envoyés.</source>
        <translation>
            <numerusform>%n sms genoteerd als verzonden.</numerusform>
            <numerusform>%n sms&apos;en genoteerd als verzonden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/actions_page.py" line="492"/>
        <source>%n courriers produits.</source>
        <translation>
            <numerusform>%n brief gemaakt.</numerusform>
            <numerusform>%n brieven gemaakt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/actions_page.py" line="497"/>
        <source>%n e-mails envoyés.</source>
        <translation>
            <numerusform>%n e-mail verzonden.</numerusform>
            <numerusform>%n e-mails verzonden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="254"/>
        <source>Rien à faire aujourd&apos;hui : aucune étape de relance n&apos;est due.</source>
        <translation>Niets te doen vandaag: geen aanmaningsstap is aan de beurt.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="312"/>
        <location filename="../../relance_desktop/views/actions_page.py" line="316"/>
        <source>Passer l&apos;étape</source>
        <translation>Stap overslaan</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="307"/>
        <source>Pourquoi passer « {action} » pour {customer} ?</source>
        <translation>Waarom „{action}” overslaan voor {customer}?</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="157"/>
        <source>Aujourd&apos;hui</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="160"/>
        <source>Calendrier</source>
        <translation>Kalender</translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/actions_page.py" line="253"/>
        <source>%n actions proposées</source>
        <translation>
            <numerusform>%n actie voorgesteld</numerusform>
            <numerusform>%n acties voorgesteld</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="310"/>
        <source>Pourquoi passer ces {count} actions ({customers}) ?</source>
        <translation>Waarom deze {count} acties ({customers}) overslaan?</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="317"/>
        <source>Indiquez la raison : elle reste dans l&apos;historique.</source>
        <translation>Geef de reden op: die blijft in de geschiedenis.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="332"/>
        <source>Reporter</source>
        <translation>Uitstellen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="333"/>
        <source>Choisissez un jour après aujourd&apos;hui et indiquez la raison.</source>
        <translation>Kies een dag na vandaag en geef de reden op.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="349"/>
        <source>Texte de l&apos;e-mail</source>
        <translation>Tekst van de e-mail</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="350"/>
        <source>Cette action n&apos;est pas un e-mail.</source>
        <translation>Deze actie is geen e-mail.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="373"/>
        <source>Dossier où écrire les courriers</source>
        <translation>Map voor de brieven</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="400"/>
        <location filename="../../relance_desktop/views/actions_page.py" line="519"/>
        <location filename="../../relance_desktop/views/main_window.py" line="182"/>
        <source>Actions du jour</source>
        <translation>Acties van vandaag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="401"/>
        <source>Cochez au moins une action.</source>
        <translation>Vink minstens één actie aan.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="413"/>
        <source>SMS à envoyer à {customer} ({number}) : « {text} »</source>
        <translation>Sms te sturen naar {customer} ({number}): „{text}”</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="438"/>
        <source>Courriers non produits : la fiche de la société est incomplète ; ces étapes restent à faire.</source>
        <translation>Geen brieven gemaakt: de ondernemingsgegevens zijn onvolledig; deze stappen blijven te doen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="444"/>
        <source>Courriers non produits : aucun dossier choisi.</source>
        <translation>Brieven niet gemaakt: geen map gekozen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="452"/>
        <source>Production des courriers…</source>
        <translation>Brieven worden gemaakt…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="458"/>
        <source>E-mails non envoyés : {problem}</source>
        <translation>E-mails niet verzonden: {problem}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="465"/>
        <source>Les e-mails automatiques attendent votre validation : le mot de passe d&apos;envoi n&apos;est pas dans le trousseau.</source>
        <translation>De automatische e-mails wachten op uw bevestiging: het verzendwachtwoord staat niet in de sleutelhanger.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="476"/>
        <source>Envoi des e-mails…</source>
        <translation>E-mails worden verzonden…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="477"/>
        <source>Annuler</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="494"/>
        <source>Rien à écrire pour : {names}</source>
        <translation>Niets te schrijven voor: {names}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="499"/>
        <source>Non envoyé à {customer} : {reason} (brouillon : {draft})</source>
        <translation>Niet verzonden naar {customer}: {reason} (concept: {draft})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="502"/>
        <source>Envoi annulé : les e-mails restants restent à faire.</source>
        <translation>Verzending geannuleerd: de overige e-mails blijven te doen.</translation>
    </message>
</context>
<context>
    <name>CalculatorWindow</name>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="59"/>
        <source>Calcul des intérêts de retard et indemnités</source>
        <translation>Berekening van nalatigheidsintresten en schadevergoedingen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="90"/>
        <source>France</source>
        <translation>Frankrijk</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="91"/>
        <source>Belgique</source>
        <translation>België</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="93"/>
        <source>&amp;Droit applicable</source>
        <translation>Toepasselijk &amp;recht</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="95"/>
        <source>Professionnel (entreprise, indépendant, organisme public)</source>
        <translation>Professioneel (onderneming, zelfstandige, overheidsinstelling)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="97"/>
        <source>Consommateur</source>
        <translation>Consument</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="98"/>
        <source>Dé&amp;biteur</source>
        <translation>&amp;Schuldenaar</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="103"/>
        <source>{number} — échéance {due} — reste dû {amount}</source>
        <translation>{number} — vervaldag {due} — openstaand {amount}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="111"/>
        <source>&amp;Factures de {customer}</source>
        <translation>&amp;Facturen van {customer}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="120"/>
        <source>montant TTC restant dû, ex. 1 500,00</source>
        <translation>openstaand bedrag incl. btw, bv. 1.500,00</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="128"/>
        <source>&amp;Montant</source>
        <translation>Be&amp;drag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="130"/>
        <source>Calcul &amp;au</source>
        <translation>Berekenen &amp;op</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="133"/>
        <source>vide : taux légal ; sinon le taux du contrat en %</source>
        <translation>leeg: wettelijke rentevoet; anders de contractuele rentevoet in %</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="129"/>
        <source>Éc&amp;héance</source>
        <translation>&amp;Vervaldag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="134"/>
        <source>Taux co&amp;ntractuel</source>
        <translation>&amp;Contractuele rentevoet</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="139"/>
        <source>Mise en demeure reçue le</source>
        <translation>Ingebrekestelling ontvangen op</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="141"/>
        <source>Premier rappel (gratuit) envoyé le</source>
        <translation>Gratis eerste herinnering verstuurd op</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="148"/>
        <source>par courrier</source>
        <translation>per brief</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="149"/>
        <source>par e-mail</source>
        <translation>per e-mail</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="154"/>
        <source>Consommateur (France)</source>
        <translation>Consument (Frankrijk)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="159"/>
        <source>Consommateur (Belgique)</source>
        <translation>Consument (België)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="160"/>
        <source>Les conditions générales prévoient intérêts et indemnité</source>
        <translation>De algemene voorwaarden voorzien in intresten en schadevergoeding</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="162"/>
        <source>Nous sommes une PME</source>
        <translation>Wij zijn een kmo</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="172"/>
        <source>Élément</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="172"/>
        <source>Période</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="172"/>
        <source>Jours</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="173"/>
        <source>Taux</source>
        <translation>Rentevoet</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="173"/>
        <source>Montant</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="173"/>
        <source>Règle</source>
        <translation>Rechtsgrond</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="185"/>
        <source>&amp;Copier le détail</source>
        <translation>Overzicht &amp;kopiëren</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="230"/>
        <source>Facture {number}</source>
        <translation>Factuur {number}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="266"/>
        <source>Tapez le montant resté dû : les intérêts de retard et l&apos;indemnité s&apos;affichent ici, règle par règle.</source>
        <translation>Typ het openstaande bedrag: de nalatigheidsinterest en de schadevergoeding verschijnen hier, regel per regel.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="272"/>
        <source>« {value} » n&apos;est pas un montant ou un taux valide.</source>
        <translation>‘{value}’ is geen geldig bedrag of geldige rentevoet.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="326"/>
        <source>Total des factures</source>
        <translation>Totaal van de facturen</translation>
    </message>
</context>
<context>
    <name>CallRecordDialog</name>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="316"/>
        <source>Appel enregistré</source>
        <translation>Geregistreerde oproep</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="323"/>
        <source>Ajouter une &amp;correction…</source>
        <translation>&amp;Correctie toevoegen…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="327"/>
        <source>&amp;Fermer</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="343"/>
        <source>Appel du {when}</source>
        <translation>Oproep van {when}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="350"/>
        <source>Par :</source>
        <translation>Door:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="351"/>
        <source>Interlocuteur :</source>
        <translation>Gesprekspartner:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="352"/>
        <source>Durée :</source>
        <translation>Duur:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="353"/>
        <source>Résultat :</source>
        <translation>Resultaat:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="354"/>
        <source>Motif du retard :</source>
        <translation>Reden van de achterstand:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="357"/>
        <source>Objectif :</source>
        <translation>Doel:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="360"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="365"/>
        <source>Promesse : {amount} pour le {date} ({status})</source>
        <translation>Betalingsbelofte: {amount} tegen {date} ({status})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="369"/>
        <source>Échéancier : {count} échéances, {total} ({status})</source>
        <translation>Afbetalingsplan: {count} schijven, {total} ({status})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="373"/>
        <source>Litige sur {number} : {reason} ({status})</source>
        <translation>Betwisting over {number}: {reason} ({status})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="378"/>
        <source>{task} le {when}</source>
        <translation>{task} op {when}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="381"/>
        <source>Ce qui a été convenu</source>
        <translation>Wat werd afgesproken</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="386"/>
        <source>Correction du {when} par {who}</source>
        <translation>Correctie van {when} door {who}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="394"/>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="401"/>
        <source>Correction</source>
        <translation>Correctie</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="395"/>
        <source>Ce qui doit être corrigé ou complété (l&apos;appel enregistré reste tel quel) :</source>
        <translation>Wat moet worden gecorrigeerd of aangevuld (de geregistreerde oproep blijft ongewijzigd):</translation>
    </message>
</context>
<context>
    <name>CallSheet</name>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/sheet.py" line="143"/>
        <source>Démarrer l&apos;appel (F5)</source>
        <translation>Oproep starten (F5)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/sheet.py" line="147"/>
        <source>Imprimer (Ctrl+P)</source>
        <translation>Afdrukken (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/sheet.py" line="163"/>
        <source>&amp;Notes de l&apos;appel (Ctrl+N)</source>
        <translation>&amp;Notities bij de oproep (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/sheet.py" line="169"/>
        <source>Ce que dit le client, ce qui est convenu… Enregistré automatiquement.</source>
        <translation>Wat de klant zegt, wat er wordt afgesproken… Wordt automatisch opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/sheet.py" line="173"/>
        <source>Le client peut demander à lire ces notes : restez factuel et courtois.</source>
        <translation>De klant kan vragen om deze notities in te zien: blijf zakelijk en beleefd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/sheet.py" line="230"/>
        <source>Appel — {name}</source>
        <translation>Oproep — {name}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/sheet.py" line="260"/>
        <source>Échu : {amount}</source>
        <translation>Vervallen: {amount}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/sheet.py" line="261"/>
        <source>Demander : {who}</source>
        <translation>Vragen naar: {who}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/sheet.py" line="264"/>
        <source>Heures d&apos;appel : {hours}</source>
        <translation>Beluren: {hours}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/sheet.py" line="276"/>
        <source>{who}, portable</source>
        <translation>{who}, gsm</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/sheet.py" line="277"/>
        <source>{name}, standard</source>
        <translation>{name}, centrale</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/sheet.py" line="278"/>
        <source>{name}, portable</source>
        <translation>{name}, gsm</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/sheet.py" line="286"/>
        <source>Appeler {who} (ouvre votre application de téléphonie)</source>
        <translation>{who} bellen (opent uw telefoontoepassing)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/sheet.py" line="257"/>
        <source>aucun contact nommé : demandez le service comptable</source>
        <translation>geen contactpersoon bekend: vraag naar de boekhouding</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/sheet.py" line="326"/>
        <source>Abandonner</source>
        <translation>Verwerpen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/sheet.py" line="327"/>
        <source>Abandonner ce brouillon d&apos;appel ? Les notes tapées seront effacées.</source>
        <translation>Dit concept van de oproep verwerpen? De getypte notities worden gewist.</translation>
    </message>
</context>
<context>
    <name>CallTimer</name>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/timer.py" line="78"/>
        <source>Ce client a demandé à n&apos;être contacté que par écrit : ne l&apos;appelez pas.</source>
        <translation>Deze klant heeft gevraagd alleen schriftelijk te worden gecontacteerd: niet bellen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/timer.py" line="89"/>
        <source>Dernier appel : {when} par {who}</source>
        <translation>Laatste oproep: {when} door {who}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/timer.py" line="90"/>
        <source>Dernier appel : {when}</source>
        <translation>Laatste oproep: {when}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/timer.py" line="132"/>
        <source>Premier moment possible : {when}</source>
        <translation>Eerste mogelijke moment: {when}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/timer.py" line="139"/>
        <location filename="../../relance_desktop/views/call_sheet/timer.py" line="145"/>
        <source>Appel</source>
        <translation>Oproep</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/timer.py" line="140"/>
        <source>Ce client a demandé à n&apos;être contacté que par écrit. Envoyez-lui un courrier ou un e-mail ; décochez l&apos;option dans sa fiche s&apos;il a changé d&apos;avis.</source>
        <translation>Deze klant heeft gevraagd alleen schriftelijk te worden gecontacteerd. Stuur een brief of een e-mail; vink de optie uit in de klantenfiche als de klant van gedachten is veranderd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/timer.py" line="153"/>
        <source>Appeler quand même ?</source>
        <translation>Toch bellen?</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/timer.py" line="154"/>
        <source>{warnings}

Appeler quand même ?</source>
        <translation>{warnings}

Toch bellen?</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/timer.py" line="167"/>
        <source>Reprendre l&apos;appel (F5)</source>
        <translation>Oproep hervatten (F5)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/timer.py" line="191"/>
        <source>Arrêter le chrono (F5)</source>
        <translation>Timer stoppen (F5)</translation>
    </message>
</context>
<context>
    <name>ClaimedPaymentDialog</name>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="275"/>
        <source>Paiement annoncé — {name}</source>
        <translation>Gemelde betaling — {name}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="277"/>
        <source>Demandez la date, le montant, le moyen et le compte utilisé. Relance vous rappellera de vérifier demain.</source>
        <translation>Vraag naar de datum, het bedrag, de betaalwijze en de gebruikte rekening. Relance herinnert u eraan om dit morgen na te kijken.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="285"/>
        <source>&amp;Montant annoncé ({currency}) :</source>
        <translation>&amp;Gemeld bedrag ({currency}):</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="290"/>
        <source>&amp;Payé le :</source>
        <translation>&amp;Betaald op:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="292"/>
        <source>M&amp;oyen :</source>
        <translation>Betaal&amp;wijze:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="294"/>
        <source>compte débité, référence indiquée…</source>
        <translation>gedebiteerde rekening, vermelde mededeling…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="295"/>
        <source>&amp;Détails :</source>
        <translation>&amp;Details:</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="196"/>
        <source>adresse où vos clients vous répondent</source>
        <translation>adres waarop uw klanten antwoorden</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="198"/>
        <source>Fiche de la société</source>
        <translation>Ondernemingsgegevens</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="202"/>
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
    <name>CompanyLock</name>
    <message>
        <location filename="../../relance_desktop/views/file_lock.py" line="60"/>
        <source>Fichier déjà ouvert</source>
        <translation>Bestand al geopend</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/file_lock.py" line="61"/>
        <source>« {file} » est déjà ouvert dans Relance (programme n° {pid} sur l&apos;ordinateur « {host} »). Deux Relance qui écrivent dans le même fichier se gêneraient.

L&apos;ouvrir ici en lecture seule ? Vous pourrez consulter mais pas modifier.</source>
        <translation>‘{file}’ is al geopend in Relance (proces {pid} op computer ‘{host}’). Twee keer Relance die in hetzelfde bestand schrijven, zouden elkaar hinderen.

Het hier alleen-lezen openen? U kunt dan raadplegen maar niets wijzigen.</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="31"/>
        <source>&amp;Importer</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="44"/>
        <source>L&apos;import se fait en une fois : si vous l&apos;interrompez ou si une erreur survient, rien n&apos;est enregistré et le fichier de la société reste tel qu&apos;avant.</source>
        <translation>De import gebeurt in één keer: als u hem onderbreekt of als er een fout optreedt, wordt er niets opgeslagen en blijft het bedrijfsbestand zoals het was.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="57"/>
        <source>Importer</source>
        <translation>Importeren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="78"/>
        <source>%n nouveaux clients</source>
        <translation>
            <numerusform>%n nieuwe klant</numerusform>
            <numerusform>%n nieuwe klanten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="79"/>
        <source>%n nouvelles factures</source>
        <translation>
            <numerusform>%n nieuwe factuur</numerusform>
            <numerusform>%n nieuwe facturen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="80"/>
        <source>%n factures mises à jour</source>
        <translation>
            <numerusform>%n factuur bijgewerkt</numerusform>
            <numerusform>%n facturen bijgewerkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="81"/>
        <source>%n avoirs à appliquer</source>
        <translation>
            <numerusform>%n creditnota toe te passen</numerusform>
            <numerusform>%n creditnota&apos;s toe te passen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="82"/>
        <source>%n factures marquées payées, comme vous l&apos;avez coché</source>
        <translation>
            <numerusform>%n factuur als betaald gemarkeerd, zoals u hebt aangevinkt</numerusform>
            <numerusform>%n facturen als betaald gemarkeerd, zoals u hebt aangevinkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="84"/>
        <source>%n problèmes : les lignes en erreur ne sont pas importées</source>
        <translation>
            <numerusform>%n probleem: foutieve regels worden niet geïmporteerd</numerusform>
            <numerusform>%n problemen: foutieve regels worden niet geïmporteerd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="90"/>
        <source>{count} fichiers</source>
        <translation>{count} bestanden</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="92"/>
        <source>Relance va enregistrer, depuis {files} :</source>
        <translation>Relance slaat op, uit {files}:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="94"/>
        <source>Cliquez sur « Importer » pour enregistrer ces changements.</source>
        <translation>Klik op ‘Importeren’ om deze wijzigingen op te slaan.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="101"/>
        <source>Import en cours…</source>
        <translation>Bezig met importeren…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../relance_desktop/views/conflict_dialog.py" line="49"/>
        <source>Modifié entre-temps</source>
        <translation>Intussen gewijzigd</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/conflict_dialog.py" line="52"/>
        <source>Choisissez pour chaque champ la valeur à garder, puis enregistrez : rien de ce que vous avez tapé n&apos;est perdu (« Annuler » revient au formulaire).</source>
        <translation>Kies per veld de waarde die u wilt behouden en sla dan op: niets van wat u typte gaat verloren (‘Annuleren’ gaat terug naar het formulier).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/conflict_dialog.py" line="59"/>
        <source>Champ</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/conflict_dialog.py" line="59"/>
        <source>Version enregistrée</source>
        <translation>Opgeslagen versie</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/conflict_dialog.py" line="59"/>
        <source>Votre saisie</source>
        <translation>Uw invoer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/conflict_dialog.py" line="60"/>
        <source>Garder</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/conflict_dialog.py" line="73"/>
        <source>Garder la mienne</source>
        <translation>De mijne behouden</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/conflict_dialog.py" line="74"/>
        <source>Prendre la leur</source>
        <translation>De hunne nemen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/conflict_dialog.py" line="82"/>
        <source>&amp;Enregistrer la fusion</source>
        <translation>&amp;Samenvoeging opslaan</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/conflict_dialog.py" line="84"/>
        <source>Annuler</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/conflict_dialog.py" line="138"/>
        <source>(vide)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/conflict_dialog.py" line="141"/>
        <source>Oui</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/conflict_dialog.py" line="142"/>
        <source>Non</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="52"/>
        <source>Se connecter à un serveur d&apos;équipe</source>
        <translation>Verbinden met een teamserver</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="67"/>
        <source>Garder le mot de passe dans le trousseau du système</source>
        <translation>Wachtwoord bewaren in de sleutelhanger van het systeem</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="71"/>
        <source>Vérifier le certificat du serveur</source>
        <translation>Certificaat van de server controleren</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="77"/>
        <source>fichier .crt ou .pem donné par l&apos;administrateur</source>
        <translation>.crt- of .pem-bestand van de beheerder</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="78"/>
        <source>&amp;Parcourir…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="94"/>
        <source>&amp;Serveur :</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="95"/>
        <source>&amp;Port :</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="96"/>
        <source>&amp;Base de données :</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="97"/>
        <source>&amp;Utilisateur :</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="98"/>
        <source>&amp;Mot de passe :</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="101"/>
        <source>&amp;Certificat de l&apos;autorité (CA) :</source>
        <translation>&amp;Certificaat van de autoriteit (CA):</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="104"/>
        <source>Se &amp;connecter</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="105"/>
        <source>Annuler</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="137"/>
        <source>Certificat de l&apos;autorité (CA)</source>
        <translation>Certificaat van de autoriteit (CA)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="138"/>
        <source>Certificats (*.crt *.pem *.cer);;Tous les fichiers (*)</source>
        <translation>Certificaten (*.crt *.pem *.cer);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="152"/>
        <source>Connexion chiffrée (TLS) obligatoire, certificat vérifié : le serveur doit présenter un certificat à son nom, signé par l&apos;autorité indiquée.</source>
        <translation>Versleutelde verbinding (TLS) verplicht, certificaat gecontroleerd: de server moet een certificaat op zijn naam tonen, ondertekend door de opgegeven autoriteit.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="156"/>
        <source>Connexion chiffrée (TLS) ; le certificat et le nom du serveur sont vérifiés.</source>
        <translation>Versleutelde verbinding (TLS); certificaat en naam van de server worden gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="159"/>
        <source>Connexion chiffrée (TLS) obligatoire : un serveur qui n&apos;accepte pas TLS est refusé.</source>
        <translation>Versleutelde verbinding (TLS) verplicht: een server die geen TLS aanvaardt, wordt geweigerd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="162"/>
        <source>Serveur sur cet ordinateur : le chiffrement n&apos;est pas exigé.</source>
        <translation>Server op deze computer: versleuteling is niet vereist.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="172"/>
        <source>le serveur</source>
        <translation>de server</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="172"/>
        <source>la base de données</source>
        <translation>de database</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="173"/>
        <source>l&apos;utilisateur</source>
        <translation>de gebruiker</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="175"/>
        <source>Indiquez {what}.</source>
        <translation>Vul {what} in.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="227"/>
        <source>Serveur {label}</source>
        <translation>Server {label}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="246"/>
        <source>Serveur {server} — utilisateur {user}</source>
        <translation>Server {server} — gebruiker {user}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="249"/>
        <source>{user} sur {server}</source>
        <translation>{user} op {server}</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="370"/>
        <source>Civilité :</source>
        <translation>Aanspreking:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="377"/>
        <source>Contact : {name}</source>
        <translation>Contactpersoon: {name}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="379"/>
        <source>Nouvelle personne de contact</source>
        <translation>Nieuwe contactpersoon</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="380"/>
        <source>non précisée (« Madame, Monsieur »)</source>
        <translation>niet opgegeven (‘Geachte mevrouw, geachte heer’)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="381"/>
        <source>Madame</source>
        <translation>Mevrouw</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="381"/>
        <source>Monsieur</source>
        <translation>De heer</translation>
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
    <name>Counts</name>
    <message>
        <location filename="../../relance_desktop/views/main_invoices.py" line="75"/>
        <source>… factures affichées</source>
        <translation>… facturen getoond</translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/main_invoices.py" line="76"/>
        <source>%n factures affichées</source>
        <translation>
            <numerusform>%n factuur getoond</numerusform>
            <numerusform>%n facturen getoond</numerusform>
        </translation>
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
        <location filename="../../relance_desktop/views/dialogs.py" line="263"/>
        <source>Client : {name}</source>
        <translation>Klant: {name}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="268"/>
        <source>Nouveau client</source>
        <translation>Nieuwe klant</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="301"/>
        <source>Aucune (loi du vendeur ; pays du consommateur)</source>
        <translation>Geen (recht van de verkoper; land van de consument)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="302"/>
        <source>Loi française</source>
        <translation>Frans recht</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="302"/>
        <source>Loi belge</source>
        <translation>Belgisch recht</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="304"/>
        <source>La loi choisie dans vos conditions de vente avec ce client. Elle régit les intérêts et l&apos;indemnité d&apos;un client professionnel ; un consommateur garde la protection de la loi du pays où il vit.</source>
        <translation>Het recht dat in uw verkoopvoorwaarden met deze klant is gekozen. Het bepaalt de interesten en de vergoeding van een zakelijke klant; een consument behoudt de bescherming van het recht van het land waar hij woont.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="307"/>
        <source>Loi du contrat :</source>
        <translation>Toepasselijk recht van het contract:</translation>
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
        <location filename="../../ui/customer_form.ui" line="157"/>
        <source>Contact écrit &amp;uniquement (ne pas appeler)</source>
        <translation>Alleen &amp;schriftelijk contact (niet bellen)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="158"/>
        <source>Le client a demandé à n&apos;être contacté que par écrit : il n&apos;est plus proposé pour les appels.</source>
        <translation>De klant heeft gevraagd alleen schriftelijk te worden gecontacteerd: hij wordt niet meer voorgesteld om te bellen.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="165"/>
        <source>&amp;Heures d&apos;appel</source>
        <translation>Bel&amp;uren</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="171"/>
        <source>ex. lun-ven 9h30-11h30 ; sam 10h-12h</source>
        <translation>bv. ma-vr 9.30-11.30; za 10.00-12.00</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="176"/>
        <source>Qui &amp;valide les paiements</source>
        <translation>&amp;Wie keurt betalingen goed</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="186"/>
        <source>Bon de &amp;commande exigé</source>
        <translation>Bestelbon vere&amp;ist</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="196"/>
        <source>&amp;Jours de paiement</source>
        <translation>Betaal&amp;dagen</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="202"/>
        <source>ex. 10,25</source>
        <translation>bv. 10, 25</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="207"/>
        <source>&amp;Délai de paiement</source>
        <translation>Betalingste&amp;rmijn</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="213"/>
        <source>Délai de la société</source>
        <translation>Standaard van de onderneming</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="217"/>
        <source> jours</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="222"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otities</translation>
    </message>
</context>
<context>
    <name>CustomerWindow</name>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="82"/>
        <source>&amp;Appeler (fiche d&apos;appel)</source>
        <translation>Be&amp;llen (belfiche)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="84"/>
        <source>Co&amp;urrier…</source>
        <translation>B&amp;rief…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="95"/>
        <source>&amp;Modifier le client</source>
        <translation>Klant &amp;wijzigen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="96"/>
        <source>Nouveau &amp;contact</source>
        <translation>Nieuwe &amp;contactpersoon</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="97"/>
        <source>Nouvelle &amp;facture</source>
        <translation>Nieuwe &amp;factuur</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="98"/>
        <source>Enregistrer un &amp;paiement</source>
        <translation>&amp;Betaling registreren</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="100"/>
        <source>&amp;Joindre la copie…</source>
        <translation>Kopie &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="101"/>
        <source>&amp;Ouvrir la copie</source>
        <translation>Kopie &amp;openen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="114"/>
        <source>N° facture</source>
        <translation>Factuurnr.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="114"/>
        <location filename="../../relance_desktop/views/customer_window.py" line="120"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="114"/>
        <source>Échéance</source>
        <translation>Vervaldag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="114"/>
        <source>Montant TTC</source>
        <translation>Bedrag incl. btw</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="115"/>
        <source>Payé</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="115"/>
        <source>Reste dû</source>
        <translation>Openstaand saldo</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="115"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="115"/>
        <source>Copie</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="116"/>
        <source>Objet</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="120"/>
        <source>Facture</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="120"/>
        <location filename="../../relance_desktop/views/customer_window.py" line="127"/>
        <source>Montant</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="120"/>
        <source>Moyen</source>
        <translation>Betaalwijze</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="121"/>
        <source>Référence</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="124"/>
        <source>Nom</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="124"/>
        <source>Fonction</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="124"/>
        <source>Téléphone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="124"/>
        <source>Mobile</source>
        <translation>Gsm</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="125"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="125"/>
        <source>Principal</source>
        <translation>Hoofdcontact</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="127"/>
        <source>Quand</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="127"/>
        <source>Quoi</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="128"/>
        <source>Détail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="128"/>
        <source>Qui</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="134"/>
        <source>&amp;Factures</source>
        <translation>F&amp;acturen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="135"/>
        <source>Pai&amp;ements</source>
        <translation>Betalin&amp;gen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="136"/>
        <source>Con&amp;tacts</source>
        <translation>Contact&amp;personen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="137"/>
        <source>&amp;Historique</source>
        <translation>&amp;Historiek</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="143"/>
        <source>&amp;Relances à venir</source>
        <translation>&amp;Komende aanmaningen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="146"/>
        <source>Supprimer ce paiement (erreur de saisie)…</source>
        <translation>Deze betaling verwijderen (invoerfout)…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="152"/>
        <source>Modifier le contact…</source>
        <translation>Contactpersoon wijzigen…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="154"/>
        <source>Supprimer le contact…</source>
        <translation>Contactpersoon verwijderen…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="187"/>
        <source>{name} — client</source>
        <translation>{name} — klant</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="200"/>
        <location filename="../../relance_desktop/views/customer_window.py" line="217"/>
        <source>oui</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="283"/>
        <source>{field} : {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="333"/>
        <source>N° entreprise {number}</source>
        <translation>Ondernemingsnr. {number}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="334"/>
        <source>TVA {number}</source>
        <translation>Btw {number}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="342"/>
        <source>Valide les paiements : {who}</source>
        <translation>Keurt betalingen goed: {who}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="344"/>
        <source>Bon de commande exigé</source>
        <translation>Bestelbon vereist</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="346"/>
        <source>Jours de paiement : {days}</source>
        <translation>Betaaldagen: {days}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="348"/>
        <source>Appeler : {hours}</source>
        <translation>Bellen: {hours}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/customer_window.py" line="352"/>
        <source>%n factures ouvertes — reste dû {due}, dont échu {overdue}</source>
        <translation>
            <numerusform>%n openstaande factuur — openstaand {due}, waarvan vervallen {overdue}</numerusform>
            <numerusform>%n openstaande facturen — openstaand {due}, waarvan vervallen {overdue}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="396"/>
        <source>Supprimer le contact {name} ?</source>
        <translation>Contactpersoon {name} verwijderen?</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="403"/>
        <source>Supprimer le paiement de {amount} du {date} sur la facture {number} ? La facture redeviendra due d&apos;autant.</source>
        <translation>De betaling van {amount} van {date} op factuur {number} verwijderen? Het openstaande saldo van de factuur stijgt met hetzelfde bedrag.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="434"/>
        <source>Copie de la facture</source>
        <translation>Kopie van de factuur</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="434"/>
        <source>PDF (*.pdf);;Tous les fichiers (*)</source>
        <translation>PDF (*.pdf);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="450"/>
        <source>Aucune copie n&apos;est jointe à cette facture.</source>
        <translation>Er is geen kopie bij deze factuur gevoegd.</translation>
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="226"/>
        <source>Litige — {name}</source>
        <translation>Betwisting — {name}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="229"/>
        <source>&amp;Factures contestées :</source>
        <translation>&amp;Betwiste facturen:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="235"/>
        <source>{number} du {date} — reste dû {due}</source>
        <translation>{number} van {date} — openstaand {due}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="245"/>
        <source>Ce que le client &amp;conteste (ses mots, reformulés) :</source>
        <translation>Wat de klant be&amp;twist (in zijn woorden, geherformuleerd):</translation>
    </message>
</context>
<context>
    <name>DraftSaving</name>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/draft.py" line="76"/>
        <source>Brouillon repris : rien de ce qui avait été tapé n&apos;est perdu.</source>
        <translation>Concept hersteld: niets van wat u had getypt, is verloren.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/draft.py" line="83"/>
        <source>Brouillon repris de la copie de secours : il va être enregistré dans le fichier société.</source>
        <translation>Concept teruggehaald uit de reservekopie: het wordt zo in het bedrijfsbestand opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/draft.py" line="132"/>
        <source>Brouillon enregistré à {time}</source>
        <translation>Concept opgeslagen om {time}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/draft.py" line="138"/>
        <source>erreur inattendue.</source>
        <translation>onverwachte fout.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/draft.py" line="141"/>
        <source>Serveur injoignable — vos notes sont gardées sur cet ordinateur ({file}). Elles seront enregistrées sur le serveur dès qu&apos;il répondra ; continuez à écrire.</source>
        <translation>Server onbereikbaar — uw notities worden op deze computer bewaard ({file}). Ze worden op de server opgeslagen zodra hij antwoordt; schrijf gerust verder.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/draft.py" line="146"/>
        <source>Brouillon NON enregistré dans le fichier société : {reason}
Ce qui est tapé reste dans cette fenêtre et dans une copie de secours ({file}), reprise à la prochaine ouverture de la fiche. Nouvel essai toutes les quelques secondes.</source>
        <translation>Concept NIET opgeslagen in het bedrijfsbestand: {reason}
Wat u typte blijft in dit venster en in een reservekopie ({file}), die bij het volgende openen van de fiche wordt teruggehaald. Elke paar seconden een nieuwe poging.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/draft.py" line="152"/>
        <source>Brouillon NON enregistré : {reason}
Aucune copie de secours n&apos;a pu être écrite non plus : ce qui est tapé n&apos;existe que dans cette fenêtre, ne la fermez pas avant d&apos;avoir libéré de la place.</source>
        <translation>Concept NIET opgeslagen: {reason}
Ook een reservekopie kon niet worden geschreven: wat u typte bestaat alleen in dit venster; sluit het niet voordat u ruimte hebt vrijgemaakt.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/draft.py" line="166"/>
        <source>Brouillon non enregistré</source>
        <translation>Concept niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/draft.py" line="167"/>
        <source>Ce qui est tapé n&apos;a pu être enregistré ni dans le fichier société ni dans une copie de secours. Fermer quand même et le perdre ?</source>
        <translation>Wat u typte kon niet in het bedrijfsbestand en ook niet in een reservekopie worden opgeslagen. Toch sluiten en het kwijtraken?</translation>
    </message>
</context>
<context>
    <name>DunningCalendar</name>
    <message>
        <location filename="../../relance_desktop/views/dunning_calendar.py" line="62"/>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_calendar.py" line="62"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_calendar.py" line="63"/>
        <source>Factures</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_calendar.py" line="63"/>
        <location filename="../../relance_desktop/views/dunning_calendar.py" line="106"/>
        <source>Montant</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_calendar.py" line="85"/>
        <source>Calcul du calendrier des {horizon} prochains jours…</source>
        <translation>Kalender van de komende {horizon} dagen wordt berekend…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_calendar.py" line="105"/>
        <source>Jour</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_calendar.py" line="105"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_calendar.py" line="123"/>
        <source>{actions} {days} dans les {horizon} prochains jours, si chaque action est faite le jour dit et que rien n&apos;est payé.</source>
        <translation>{actions} {days} in de komende {horizon} dagen, als elke actie op de geplande dag gebeurt en er niets betaald wordt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/dunning_calendar.py" line="125"/>
        <source>%n actions prévues</source>
        <translation>
            <numerusform>%n actie gepland</numerusform>
            <numerusform>%n acties gepland</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/dunning_calendar.py" line="126"/>
        <source>sur %n jours d&apos;envoi</source>
        <translation>
            <numerusform>over %n verzenddag</numerusform>
            <numerusform>over %n verzenddagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_calendar.py" line="128"/>
        <source>Aucune action de relance prévue dans les {horizon} prochains jours.</source>
        <translation>Geen aanmaningsactie gepland in de komende {horizon} dagen.</translation>
    </message>
</context>
<context>
    <name>DunningTimeline</name>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="89"/>
        <source>&amp;Scénario :</source>
        <translation>&amp;Scenario:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="95"/>
        <source>&amp;Arrêter les relances…</source>
        <translation>Aanmaningen s&amp;toppen…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="98"/>
        <source>&amp;Reprendre les relances</source>
        <translation>Aanmaningen &amp;hervatten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="109"/>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="121"/>
        <source>Jour</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="109"/>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="121"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="110"/>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="122"/>
        <source>Factures</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="111"/>
        <source>Étape</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="118"/>
        <source>Étapes déjà faites, passées ou en attente :</source>
        <translation>Stappen al gedaan, overgeslagen of in afwachting:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="122"/>
        <source>Résultat</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="123"/>
        <source>Scénario et étape</source>
        <translation>Scenario en stap</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="249"/>
        <source>Arrêter les relances de cette facture…</source>
        <translation>Aanmaningen voor deze factuur stoppen…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="252"/>
        <source>Reprendre les relances de cette facture</source>
        <translation>Aanmaningen voor deze factuur hervatten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="260"/>
        <source>Arrêter les relances de la facture {number}</source>
        <translation>Aanmaningen voor factuur {number} stoppen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="110"/>
        <source>Montant</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="144"/>
        <source>Selon les règles ({name})</source>
        <translation>Volgens de regels ({name})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="156"/>
        <source>Relances arrêtées : {reason} ({until})</source>
        <translation>Aanmaningen gestopt: {reason} ({until})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="154"/>
        <source>jusqu&apos;au {day}</source>
        <translation>tot {day}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="155"/>
        <source>jusqu&apos;à reprise</source>
        <translation>tot hervatting</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="158"/>
        <source>Facture {number} : relances arrêtées : {reason} ({until})</source>
        <translation>Factuur {number}: aanmaningen gestopt: {reason} ({until})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="163"/>
        <source>Les {days} prochains jours, si chaque étape est faite le jour dit et que rien n&apos;est payé :</source>
        <translation>De komende {days} dagen, als elke stap op zijn dag gebeurt en er niets betaald wordt:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="165"/>
        <source>Rien de prévu les {days} prochains jours.</source>
        <translation>Niets gepland in de komende {days} dagen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="225"/>
        <source>Arrêter les relances</source>
        <translation>Aanmaningen stoppen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="226"/>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="274"/>
        <source>Indiquez la raison (et une date de reprise qui n&apos;est pas passée).</source>
        <translation>Geef de reden op (en een hervattingsdatum die niet voorbij is).</translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="98"/>
        <source>Envoyer par e-mail</source>
        <translation>Per e-mail versturen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="103"/>
        <source>Paramètres d&apos;envoi…</source>
        <translation>Verzendinstellingen…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="111"/>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="113"/>
        <source>Double-cliquez pour ouvrir la pièce jointe.</source>
        <translation>Dubbelklik om de bijlage te openen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="121"/>
        <source>&amp;Envoyer</source>
        <translation>&amp;Verzenden</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="123"/>
        <source>Enregistrer le brouillon (.eml)…</source>
        <translation>Concept opslaan (.eml)…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="125"/>
        <source>Ouvrir dans la messagerie</source>
        <translation>Openen in e-mailprogramma</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="127"/>
        <source>Annuler</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="135"/>
        <source>À :</source>
        <translation>Aan:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="136"/>
        <source>Cc :</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="137"/>
        <source>Objet :</source>
        <translation>Onderwerp:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="142"/>
        <source>Pièces jointes :</source>
        <translation>Bijlagen:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="164"/>
        <source>{n} octets</source>
        <translation>{n} bytes</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="166"/>
        <source>{n} Ko</source>
        <translation>{n} kB</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="167"/>
        <source>{n} Mo</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="177"/>
        <source>De : {sender}, par {server}</source>
        <translation>Van: {sender}, via {server}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="181"/>
        <source>L&apos;envoi n&apos;est pas encore réglé : indiquez votre serveur d&apos;envoi dans les paramètres, ou ouvrez l&apos;e-mail dans votre messagerie.</source>
        <translation>Verzenden is nog niet ingesteld: vul uw uitgaande mailserver in bij de instellingen, of open de e-mail in uw e-mailprogramma.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="255"/>
        <source>L&apos;envoi n&apos;est pas réglé : {problem} Ouvrez « Paramètres d&apos;envoi… », ou utilisez « Ouvrir dans la messagerie ».</source>
        <translation>Verzenden is niet ingesteld: {problem} Open ‘Verzendinstellingen…’ of gebruik ‘Openen in e-mailprogramma’.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="284"/>
        <source>E-mail envoyé en partie</source>
        <translation>E-mail gedeeltelijk verstuurd</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="285"/>
        <source>L&apos;e-mail est parti, mais le serveur a refusé : {addresses}. Vérifiez ces adresses.</source>
        <translation>De e-mail is verstuurd, maar de server heeft deze adressen geweigerd: {addresses}. Controleer ze.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="308"/>
        <source>E-mail envoyé</source>
        <translation>E-mail verstuurd</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="309"/>
        <source>L&apos;e-mail est parti, mais il n&apos;a pas pu être noté dans l&apos;historique : {reason}</source>
        <translation>De e-mail is verstuurd, maar kon niet in de historiek worden opgenomen: {reason}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="318"/>
        <source>Trousseau</source>
        <translation>Wachtwoordkluis</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="328"/>
        <source>Le brouillon n&apos;a pas pu être enregistré ({reason}) : gardez cette fenêtre ouverte pour réessayer.</source>
        <translation>Het concept kon niet worden opgeslagen ({reason}): laat dit venster open om het opnieuw te proberen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="332"/>
        <source>L&apos;e-mail est gardé en brouillon : {path}</source>
        <translation>De e-mail is als concept bewaard: {path}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="336"/>
        <source>E-mail non envoyé</source>
        <translation>E-mail niet verstuurd</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="343"/>
        <source>Enregistrer le brouillon</source>
        <translation>Concept opslaan</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="344"/>
        <source>E-mail (*.eml)</source>
        <translation>E-mail (*.eml)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="354"/>
        <location filename="../../relance_desktop/views/email_dialog.py" line="365"/>
        <source>Brouillon</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="355"/>
        <source>Impossible d&apos;écrire « {path} » : {reason}</source>
        <translation>Kan ‘{path}’ niet schrijven: {reason}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="366"/>
        <source>Impossible d&apos;enregistrer le brouillon : {reason}</source>
        <translation>Kan het concept niet opslaan: {reason}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="370"/>
        <source>Messagerie</source>
        <translation>E-mailprogramma</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="371"/>
        <source>Aucune messagerie ne s&apos;est ouverte. Le brouillon est enregistré ici : {path}</source>
        <translation>Er is geen e-mailprogramma geopend. Het concept is hier opgeslagen: {path}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="382"/>
        <source>Pièce jointe</source>
        <translation>Bijlage</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="383"/>
        <source>Impossible d&apos;ouvrir la pièce jointe : {reason}</source>
        <translation>Kan de bijlage niet openen: {reason}</translation>
    </message>
</context>
<context>
    <name>EmailTextDialog</name>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="101"/>
        <source>Texte de l&apos;e-mail</source>
        <translation>Tekst van de e-mail</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../relance_desktop/views/empty_state.py" line="76"/>
        <source>Aucune facture ouverte</source>
        <translation>Geen openstaande facturen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/empty_state.py" line="77"/>
        <source>Importez les factures de votre logiciel de facturation ou de comptabilité, saisissez une première facture, ou découvrez Relance avec la société de démonstration (vos données n&apos;y sont pas mêlées).</source>
        <translation>Importeer de facturen uit uw facturatie- of boekhoudsoftware, voer een eerste factuur in, of ontdek Relance met de demo-onderneming (uw eigen gegevens blijven apart).</translation>
    </message>
</context>
<context>
    <name>FecPage</name>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/fec_page.py" line="45"/>
        <source>Ces comptes clients ne désignent pas un client précis à relancer : des caisses ou des moyens de paiement (carte, espèces, chèques…), ou des comptes génériques qui regroupent plusieurs clients (« Clients divers », compte collectif sans compte auxiliaire). Cochés, ils ne sont pas importés ; ce choix est retenu pour les prochains imports.</source>
        <translation>Deze klantrekeningen wijzen niet één klant aan om aan te manen: kassa&apos;s of betaalmiddelen (kaart, contant, cheques…), of algemene rekeningen die meerdere klanten groeperen (‘Diverse klanten’, een centralisatierekening zonder subrekening). Aangevinkt worden ze niet geïmporteerd; deze keuze wordt onthouden voor volgende imports.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/fec_page.py" line="55"/>
        <source>Ne pas relancer</source>
        <translation>Niet aanmanen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/fec_page.py" line="55"/>
        <source>Compte</source>
        <translation>Rekening</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/fec_page.py" line="55"/>
        <source>Libellé</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/fec_page.py" line="55"/>
        <source>Solde</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/fec_page.py" line="56"/>
        <source>Fichier</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/fec_page.py" line="70"/>
        <source>Comptes à ne pas relancer</source>
        <translation>Niet aan te manen rekeningen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/fec_page.py" line="93"/>
        <source>ne pas relancer</source>
        <translation>niet aanmanen</translation>
    </message>
</context>
<context>
    <name>FieldPicker</name>
    <message>
        <location filename="../../relance_desktop/views/template_editor/fields.py" line="31"/>
        <source>&amp;Champs de ce texte :</source>
        <translation>&amp;Velden van deze tekst:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/fields.py" line="36"/>
        <source>Chercher un champ</source>
        <translation>Een veld zoeken</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/fields.py" line="42"/>
        <source>Double-clic ou Entrée : insérer le champ dans le texte</source>
        <translation>Dubbelklik of Enter: het veld in de tekst invoegen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/fields.py" line="67"/>
        <source>Ce texte s&apos;emploie tel quel : il ne prend aucun champ.</source>
        <translation>Deze tekst wordt gebruikt zoals hij is: hij neemt geen enkel veld.</translation>
    </message>
</context>
<context>
    <name>FileKeeper</name>
    <message>
        <location filename="../../relance_desktop/views/file_keeper.py" line="74"/>
        <source>Enregistrer une copie de la société</source>
        <translation>Een kopie van de onderneming opslaan</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/file_keeper.py" line="75"/>
        <source>Société Relance (*.relance)</source>
        <translation>Relance-ondernemingsbestand (*.relance)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/file_keeper.py" line="93"/>
        <source>Copie</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/file_keeper.py" line="94"/>
        <source>Copie complète de la société enregistrée dans « {path} ».</source>
        <translation>Een volledige kopie van de onderneming is opgeslagen in ‘{path}’.</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/files_page.py" line="48"/>
        <source>Choisissez les exports de votre logiciel : listes de factures CSV ou Excel, FEC, factures électroniques Factur-X (PDF) ou UBL (XML). Vous pouvez aussi glisser les fichiers ou un dossier dans cette fenêtre. Rien n&apos;est enregistré avant la dernière étape.</source>
        <translation>Kies de exportbestanden van uw software: factuurlijsten in CSV of Excel, FEC, elektronische facturen in Factur-X (pdf) of UBL (xml). U kunt de bestanden of een map ook naar dit venster slepen. Er wordt niets opgeslagen vóór de laatste stap.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/files_page.py" line="79"/>
        <source>Fichier</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/files_page.py" line="79"/>
        <source>Format reconnu</source>
        <translation>Herkend formaat</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/files_page.py" line="79"/>
        <source>Dossier</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/files_page.py" line="57"/>
        <source>&amp;Ajouter des fichiers…</source>
        <translation>&amp;Bestanden toevoegen…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/files_page.py" line="59"/>
        <source>Ajouter un &amp;dossier de factures…</source>
        <translation>&amp;Map met facturen toevoegen…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/files_page.py" line="60"/>
        <source>Les fichiers PDF et XML du dossier choisi</source>
        <translation>De pdf- en xml-bestanden in de gekozen map</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/files_page.py" line="62"/>
        <source>&amp;Retirer</source>
        <translation>Ve&amp;rwijderen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/files_page.py" line="106"/>
        <source>« {file} » ne peut pas être importé : {reason}</source>
        <translation>‘{file}’ kan niet worden geïmporteerd: {reason}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/files_page.py" line="108"/>
        <source>format non reconnu. Relance importe les fichiers CSV et Excel, le FEC, les factures Factur-X (PDF) et UBL (XML).</source>
        <translation>formaat niet herkend. Relance importeert CSV- en Excelbestanden, het FEC (Frans bestand met boekhoudkundige boekingen) en facturen in Factur-X (pdf) en UBL (xml).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/files_page.py" line="142"/>
        <source>Aucun fichier à ajouter : les dossiers sont parcourus pour leurs factures PDF et XML, et un fichier déjà dans la liste n&apos;est pas ajouté deux fois.</source>
        <translation>Geen bestanden om toe te voegen: in mappen wordt naar pdf- en xml-facturen gezocht, en een bestand dat al in de lijst staat, wordt geen tweede keer toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/files_page.py" line="92"/>
        <location filename="../../relance_desktop/views/import_wizard/files_page.py" line="148"/>
        <source>Fichiers à importer</source>
        <translation>Te importeren bestanden</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/files_page.py" line="149"/>
        <source>Exports de factures (*.csv *.CSV *.txt *.TXT *.tsv *.xlsx *.xlsm *.pdf *.PDF *.xml *.XML);;Tous les fichiers (*)</source>
        <translation>Factuurexports (*.csv *.CSV *.txt *.TXT *.tsv *.xlsx *.xlsm *.pdf *.PDF *.xml *.XML);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/files_page.py" line="155"/>
        <source>Dossier de factures électroniques</source>
        <translation>Map met elektronische facturen</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="91"/>
        <source>&amp;Enregistrer</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="93"/>
        <source>Annuler</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="116"/>
        <source>« {value} » n&apos;est pas un montant : tapez par exemple 1 234,56.</source>
        <translation>‘{value}’ is geen bedrag: typ bijvoorbeeld 1.234,56.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="149"/>
        <source>Votre saisie est toujours là ; « Enregistrer » montrera de nouveau les deux versions.</source>
        <translation>Wat u typte staat er nog; ‘Opslaan’ toont opnieuw beide versies.</translation>
    </message>
</context>
<context>
    <name>GdprDueDialog</name>
    <message>
        <location filename="../../relance_desktop/views/gdpr_dialog.py" line="106"/>
        <source>Clients à anonymiser</source>
        <translation>Te anonimiseren klanten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/gdpr_dialog.py" line="112"/>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/gdpr_dialog.py" line="112"/>
        <source>Dernière dette soldée</source>
        <translation>Laatste schuld vereffend</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/gdpr_dialog.py" line="113"/>
        <source>Conservation écoulée le</source>
        <translation>Bewaring verstreken op</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/gdpr_dialog.py" line="117"/>
        <source>&amp;Anonymiser…</source>
        <translation>&amp;Anonimiseren…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/gdpr_dialog.py" line="128"/>
        <source>Ces clients n&apos;ont plus rien d&apos;ouvert et leur dernière dette est soldée depuis plus de {years} ans (réglage « conservation des données »). Leurs données personnelles peuvent être anonymisées ; les montants restent pour la comptabilité.</source>
        <translation>Deze klanten hebben niets meer openstaan en hun laatste schuld is meer dan {years} jaar geleden vereffend (instelling &quot;bewaring van gegevens&quot;). Hun persoonsgegevens mogen geanonimiseerd worden; de bedragen blijven voor de boekhouding.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/gdpr_dialog.py" line="132"/>
        <source>Aucun client à anonymiser : aucun client soldé n&apos;a dépassé la durée de conservation de {years} ans.</source>
        <translation>Geen klant te anonimiseren: geen vereffende klant heeft de bewaartermijn van {years} jaar overschreden.</translation>
    </message>
</context>
<context>
    <name>GdprTools</name>
    <message>
        <location filename="../../relance_desktop/views/gdpr_dialog.py" line="36"/>
        <source>Dossier où écrire l&apos;export RGPD</source>
        <translation>Map voor de AVG-export</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/gdpr_dialog.py" line="45"/>
        <source>Export RGPD</source>
        <translation>AVG-export</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/gdpr_dialog.py" line="46"/>
        <source>Les données du client ont été exportées dans « {folder} » :
{files}

Remettez les deux fichiers à la personne qui les a demandés.</source>
        <translation>De gegevens van de klant zijn geëxporteerd naar &quot;{folder}&quot;:
{files}

Bezorg beide bestanden aan de persoon die erom gevraagd heeft.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/gdpr_dialog.py" line="58"/>
        <source>Anonymiser le client</source>
        <translation>Klant anonimiseren</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/gdpr_dialog.py" line="62"/>
        <source>Anonymiser {name} ? Son nom, ses adresses, téléphones, e-mails, interlocuteurs, notes et les PDF de ses courriers seront effacés ; les numéros, dates et montants des factures et des paiements restent pour la comptabilité. Cette opération est définitive.

Pensez à exporter ses données avant si elles vous sont demandées.</source>
        <translation>{name} anonimiseren? Naam, adressen, telefoons, e-mails, contactpersonen, notities en de pdf&apos;s van de brieven worden gewist; de nummers, datums en bedragen van facturen en betalingen blijven voor de boekhouding. Dit kan niet ongedaan worden gemaakt.

Exporteer eerst de gegevens als de klant erom gevraagd heeft.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/gdpr_dialog.py" line="81"/>
        <source>RG&amp;PD</source>
        <translation>A&amp;VG</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/gdpr_dialog.py" line="84"/>
        <source>Exporter les données (RGPD)…</source>
        <translation>Gegevens exporteren (AVG)…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/gdpr_dialog.py" line="87"/>
        <source>Anonymiser le client…</source>
        <translation>Klant anonimiseren…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/gdpr_dialog.py" line="91"/>
        <source>Clients à anonymiser…</source>
        <translation>Te anonimiseren klanten…</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../relance_desktop/views/help.py" line="52"/>
        <source>Guide de Relance</source>
        <translation>Handleiding van Relance</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/common.py" line="42"/>
        <source>par n° de compte</source>
        <translation>op basis van de klantcode</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/common.py" line="43"/>
        <source>par n° d&apos;entreprise (SIREN, BCE)</source>
        <translation>op basis van het ondernemingsnummer (SIREN, KBO)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/common.py" line="44"/>
        <source>par n° de TVA</source>
        <translation>op basis van het btw-nummer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/common.py" line="45"/>
        <source>par le nom</source>
        <translation>op basis van de naam</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/common.py" line="135"/>
        <source>illisible</source>
        <translation>onleesbaar</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/common.py" line="138"/>
        <source>Factur-X / ZUGFeRD (PDF)</source>
        <translation>Factur-X / ZUGFeRD (pdf)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/common.py" line="140"/>
        <source>UBL / Peppol (XML)</source>
        <translation>UBL / Peppol (xml)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/common.py" line="142"/>
        <source>Factur-X / CII (XML)</source>
        <translation>Factur-X / CII (xml)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/common.py" line="145"/>
        <source>PDF sans données de facture</source>
        <translation>Pdf zonder factuurgegevens</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/common.py" line="147"/>
        <source>XML vide (attendu : facture UBL, CII ou Factur-X)</source>
        <translation>Lege XML (verwacht: een UBL-, CII- of Factur-X-factuur)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/common.py" line="149"/>
        <source>XML sans facture lisible</source>
        <translation>Xml zonder leesbare factuur</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/common.py" line="163"/>
        <source>FEC (écritures comptables)</source>
        <translation>FEC (boekhoudkundige boekingen)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/common.py" line="167"/>
        <source>pas un tableau lisible</source>
        <translation>geen leesbare tabel</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/common.py" line="171"/>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/common.py" line="173"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/common.py" line="185"/>
        <source>format non reconnu</source>
        <translation>formaat niet herkend</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="68"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="69"/>
        <source>UTF-8 avec BOM</source>
        <translation>UTF-8 met BOM</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="70"/>
        <source>Windows-1252 / Latin-1</source>
        <translation>Windows-1252 / Latin-1</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="71"/>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="74"/>
        <source>virgule ( , )</source>
        <translation>komma ( , )</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="75"/>
        <source>point-virgule ( ; )</source>
        <translation>puntkomma ( ; )</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="76"/>
        <source>tabulation</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="77"/>
        <source>barre verticale ( | )</source>
        <translation>verticale streep ( | )</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="80"/>
        <source>virgule (1 234,56)</source>
        <translation>komma (1.234,56)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="81"/>
        <source>point (1,234.56)</source>
        <translation>punt (1,234.56)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="84"/>
        <source>aucun</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="85"/>
        <source>espace</source>
        <translation>spatie</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="86"/>
        <source>point</source>
        <translation>punt</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="87"/>
        <source>virgule</source>
        <translation>komma</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="88"/>
        <source>apostrophe</source>
        <translation>apostrof</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="91"/>
        <source>jour/mois/année (31/12/2026)</source>
        <translation>dag/maand/jaar (31/12/2026)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="92"/>
        <source>mois/jour/année (12/31/2026)</source>
        <translation>maand/dag/jaar (12/31/2026)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/common.py" line="101"/>
        <source>ligne {line}</source>
        <translation>regel {line}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/common.py" line="104"/>
        <source>{place} : attendu {expected}</source>
        <translation>{place}: verwacht {expected}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/common.py" line="106"/>
        <source>{place} : attendu {expected}, trouvé {found}</source>
        <translation>{place}: verwacht {expected}, gevonden {found}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/wizard.py" line="66"/>
        <source>Importer des factures</source>
        <translation>Facturen importeren</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/wizard.py" line="69"/>
        <source>&lt; &amp;Précédent</source>
        <translation>&lt; &amp;Terug</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/wizard.py" line="70"/>
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Volgende &gt;</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/wizard.py" line="72"/>
        <source>&amp;Fermer</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/wizard.py" line="73"/>
        <location filename="../../relance_desktop/views/import_wizard/wizard.py" line="212"/>
        <source>Annuler</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/wizard.py" line="202"/>
        <source>Étape {n} sur {total} — {title}</source>
        <translation>Stap {n} van {total} — {title}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/wizard.py" line="71"/>
        <source>&amp;Importer</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/wizard.py" line="211"/>
        <source>&amp;Interrompre l&apos;import</source>
        <translation>Import &amp;onderbreken</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/wizard.py" line="260"/>
        <source>Import interrompu : rien n&apos;a été enregistré, le fichier de la société est tel qu&apos;avant.</source>
        <translation>Import onderbroken: er werd niets opgeslagen, het bestand van de onderneming is ongewijzigd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/wizard.py" line="268"/>
        <source>Rien n&apos;a été enregistré.</source>
        <translation>Er werd niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/wizard.py" line="313"/>
        <source>Interruption de l&apos;import…</source>
        <translation>De import wordt onderbroken…</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="454"/>
        <source>Facture {number}</source>
        <translation>Factuur {number}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="456"/>
        <source>Nouvelle facture</source>
        <translation>Nieuwe factuur</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="506"/>
        <source>Copie de la facture</source>
        <translation>Kopie van de factuur</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="506"/>
        <source>PDF (*.pdf);;Tous les fichiers (*)</source>
        <translation>PDF (*.pdf);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="520"/>
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
    <name>LetterReady</name>
    <message>
        <location filename="../../relance_desktop/views/company_hint.py" line="44"/>
        <source>Avant le premier courrier, complétez la fiche de la société : il manque {fields}.</source>
        <translation>Vul vóór de eerste brief de bedrijfsgegevens aan: er ontbreekt {fields}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/company_hint.py" line="52"/>
        <source>Les courriers impriment l&apos;adresse, le numéro d&apos;entreprise, l&apos;IBAN, l&apos;e-mail et le téléphone de la société : aucun courrier ne part sans eux.</source>
        <translation>Brieven vermelden het adres, het ondernemingsnummer, de IBAN, het e-mailadres en het telefoonnummer van het bedrijf: zonder die gegevens vertrekt er geen brief.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/company_hint.py" line="56"/>
        <source>Il manque encore {fields}.</source>
        <translation>Er ontbreekt nog {fields}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letter_ready.py" line="37"/>
        <source>Fiche de la société incomplète</source>
        <translation>Bedrijfsgegevens onvolledig</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letter_ready.py" line="38"/>
        <source>Un courrier indique qui l&apos;envoie et où payer. Il manque sur la fiche de votre société : {fields}.</source>
        <translation>Een brief vermeldt wie hem verstuurt en waar te betalen. In de gegevens van uw bedrijf ontbreekt {fields}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letter_ready.py" line="41"/>
        <source>Aucun courrier n&apos;est produit tant que ces informations manquent.</source>
        <translation>Er wordt geen brief gemaakt zolang deze gegevens ontbreken.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letter_ready.py" line="43"/>
        <source>&amp;Compléter la fiche de la société…</source>
        <translation>Bedrijfsgegevens &amp;aanvullen…</translation>
    </message>
</context>
<context>
    <name>LetterSettingsDialog</name>
    <message>
        <location filename="../../relance_desktop/views/letter_settings.py" line="34"/>
        <source>Réglages des courriers</source>
        <translation>Instellingen voor brieven</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letter_settings.py" line="42"/>
        <source>&amp;Choisir une image…</source>
        <translation>&amp;Afbeelding kiezen…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letter_settings.py" line="45"/>
        <source>&amp;Retirer</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letter_settings.py" line="48"/>
        <source>Logo (PNG ou JPEG)</source>
        <translation>Logo (PNG of JPEG)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letter_settings.py" line="51"/>
        <source>ex. Claire Martin
Gérante</source>
        <translation>bv. Claire Martin
Zaakvoerder</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letter_settings.py" line="53"/>
        <source>&amp;Signature</source>
        <translation>&amp;Handtekening</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letter_settings.py" line="55"/>
        <source>à droite (enveloppe DL à fenêtre à droite)</source>
        <translation>rechts (DL-envelop met venster rechts)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letter_settings.py" line="56"/>
        <source>à gauche (enveloppe à fenêtre à gauche)</source>
        <translation>links (envelop met venster links)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letter_settings.py" line="58"/>
        <source>&amp;Adresse du destinataire</source>
        <translation>A&amp;dres van de ontvanger</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letter_settings.py" line="60"/>
        <source>« Lettre recommandée avec avis de réception » sur les mises en demeure</source>
        <translation>‘Aangetekende brief met ontvangstbewijs’ op ingebrekestellingen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letter_settings.py" line="81"/>
        <source>(aucun)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letter_settings.py" line="84"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letter_settings.py" line="85"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="110"/>
        <source>&amp;Document :</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="134"/>
        <source>En retard de plus de</source>
        <translation>Achterstand van meer dan</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="139"/>
        <source> j</source>
        <translation> d</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="143"/>
        <source>Seulement les clients au niveau &amp;précédent</source>
        <translation>Alleen klanten op het &amp;vorige niveau</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="119"/>
        <source>&amp;Langue :</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="123"/>
        <source>celle du client</source>
        <translation>die van de klant</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="129"/>
        <source>Réglages des &amp;courriers…</source>
        <translation>Instellingen voor &amp;brieven…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="154"/>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="154"/>
        <source>Échu</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="155"/>
        <source>Retard max</source>
        <translation>Max. dagen te laat</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="52"/>
        <source>aucune relance</source>
        <translation>geen herinnering</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="53"/>
        <source>1re relance</source>
        <translation>1e herinnering</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="54"/>
        <source>2e relance</source>
        <translation>2e herinnering</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="55"/>
        <source>mise en demeure</source>
        <translation>ingebrekestelling</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="90"/>
        <source>Compléter la &amp;fiche de la société…</source>
        <translation>Bedrijfs&amp;gegevens aanvullen…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="156"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="156"/>
        <source>Dernière relance</source>
        <translation>Laatste herinnering</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="158"/>
        <source>Le courrier le plus avancé déjà envoyé pour ces factures : aucune relance, 1re relance, 2e relance ou mise en demeure.</source>
        <translation>De verste brief die al voor deze facturen werd verstuurd: geen herinnering, 1e herinnering, 2e herinnering of ingebrekestelling.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="176"/>
        <source>Afficher &amp;tout</source>
        <translation>&amp;Alles tonen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="187"/>
        <source>&amp;Aperçu du client choisi…</source>
        <translation>Voorbeeld voor de gekozen &amp;klant…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="190"/>
        <source>Un seul PDF pour l&apos;&amp;impression</source>
        <translation>Eén &amp;pdf om af te drukken</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="192"/>
        <source>P&amp;roduire les courriers cochés…</source>
        <translation>Aangevinkte brieven &amp;aanmaken…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/letters_page.py" line="289"/>
        <source>%n clients masqués par le filtre « Seulement les clients au niveau précédent ».</source>
        <translation>
            <numerusform>%n klant verborgen door de filter „Alleen klanten op het vorige niveau”.</numerusform>
            <numerusform>%n klanten verborgen door de filter „Alleen klanten op het vorige niveau”.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="252"/>
        <source>{name} — en litige</source>
        <translation>{name} — betwist</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="258"/>
        <source>Un litige est ouvert : ce client ne reçoit ce courrier que si vous le cochez vous-même, après avertissement.</source>
        <translation>Er loopt een betwisting: deze klant krijgt deze brief alleen als u hem zelf aanvinkt, na een waarschuwing.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/letters_page.py" line="273"/>
        <source>%n clients</source>
        <translation>
            <numerusform>%n klant</numerusform>
            <numerusform>%n klanten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="302"/>
        <source>Personne à cette étape</source>
        <translation>Niemand in deze fase</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="303"/>
        <source>Aucun client n&apos;a encore reçu le courrier précédent. Ceux que le filtre masque apparaissent avec « Afficher tout », en bas de la page.</source>
        <translation>Nog geen enkele klant kreeg de vorige brief. Wie door de filter verborgen is, verschijnt met „Alles tonen”, onderaan de pagina.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="308"/>
        <source>Personne à qui écrire ce courrier</source>
        <translation>Niemand om deze brief naar te sturen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="309"/>
        <source>Aucun client ne remplit aujourd&apos;hui les conditions de « {kind} ». Réduisez le nombre de jours de retard, ou choisissez un autre document.</source>
        <translation>Geen enkele klant voldoet vandaag aan de voorwaarden voor „{kind}”. Verlaag het aantal dagen achterstand, of kies een ander document.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="322"/>
        <source>Client en litige</source>
        <translation>Klant in betwisting</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="323"/>
        <source>{name} conteste au moins une de ces factures. Lui envoyer ce courrier pendant le litige peut aggraver le désaccord. L&apos;inclure quand même ?</source>
        <translation>{name} betwist minstens één van deze facturen. Deze brief tijdens de betwisting versturen kan het meningsverschil verergeren. Toch opnemen?</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="361"/>
        <location filename="../../relance_desktop/views/letters_page.py" line="415"/>
        <source>Courriers</source>
        <translation>Brieven</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="362"/>
        <source>Cochez au moins un client.</source>
        <translation>Vink minstens één klant aan.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="371"/>
        <source>Dossier où écrire les PDF</source>
        <translation>Map voor de pdf-bestanden</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="377"/>
        <source>Production des courriers…</source>
        <translation>Brieven worden aangemaakt…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="377"/>
        <source>Annuler</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="405"/>
        <source>Les taux d&apos;intérêt ne sont connus que jusqu&apos;au {known}. Ces courriers réclameront les intérêts calculés jusqu&apos;à cette date, puis les intérêts au taux légal jusqu&apos;à parfait paiement, sans montant : aucun taux n&apos;est deviné. Ajoutez le taux publié dans Outils › Taux d&apos;intérêt pour le chiffrer.</source>
        <translation>De rentevoeten zijn slechts gekend tot {known}. Deze brieven vorderen de interesten berekend tot die datum, daarna de interesten tegen de wettelijke rentevoet tot de volledige betaling, zonder bedrag: er wordt geen rentevoet geraden. Voeg de bekendgemaakte rentevoet toe in Extra › Rentevoeten om ze te berekenen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/letters_page.py" line="416"/>
        <source>%n fichiers écrits dans {folder}.</source>
        <translation>
            <numerusform>%n bestand geschreven in {folder}.</numerusform>
            <numerusform>%n bestanden geschreven in {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="468"/>
        <source>Produire le courrier ainsi, avec les intérêts au taux légal « jusqu&apos;à parfait paiement » sans montant ?</source>
        <translation>De brief zo opmaken, met interesten tegen de wettelijke rentevoet ‘tot de volledige betaling’ zonder bedrag?</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="472"/>
        <source>Taux pas encore publié</source>
        <translation>Rentevoet nog niet bekendgemaakt</translation>
    </message>
</context>
<context>
    <name>LiveWatch</name>
    <message>
        <location filename="../../relance_desktop/views/live.py" line="100"/>
        <source>Serveur injoignable — vos notes sont gardées sur cet ordinateur. Reconnexion automatique dès qu&apos;il répond…</source>
        <translation>Server onbereikbaar — uw notities worden op deze computer bewaard. Er wordt automatisch opnieuw verbonden zodra hij antwoordt…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../relance_desktop/views/main_invoices.py" line="46"/>
        <source>Échues</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_invoices.py" line="47"/>
        <source>À échoir</source>
        <translation>Nog niet vervallen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_invoices.py" line="48"/>
        <source>1–30 j</source>
        <translation>1–30 dagen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_invoices.py" line="49"/>
        <source>31–60 j</source>
        <translation>31–60 dagen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_invoices.py" line="50"/>
        <source>61–90 j</source>
        <translation>61–90 dagen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_invoices.py" line="51"/>
        <source>+ de 90 j</source>
        <translation>+ 90 dagen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_invoices.py" line="52"/>
        <source>Toutes</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="47"/>
        <source>Promesses non tenues</source>
        <translation>Niet-nagekomen beloftes</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="48"/>
        <source>Rappels prévus</source>
        <translation>Geplande terugbelafspraken</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="49"/>
        <source>Paiements à vérifier</source>
        <translation>Te controleren betalingen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="50"/>
        <source>À appeler</source>
        <translation>Te bellen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="53"/>
        <source>joignable maintenant</source>
        <translation>nu bereikbaar</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="54"/>
        <source>plus tard aujourd&apos;hui</source>
        <translation>later vandaag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="55"/>
        <source>pas aujourd&apos;hui</source>
        <translation>niet vandaag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="88"/>
        <location filename="../../relance_desktop/views/main_window.py" line="278"/>
        <source>Client &amp;suivant</source>
        <translation>&amp;Volgende klant</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="90"/>
        <source>Ouvre la fiche d&apos;appel du prochain client à appeler (les vôtres d&apos;abord, puis ceux de l&apos;équipe non affectés) et le réserve pour vous : personne d&apos;autre ne l&apos;appellera en même temps.</source>
        <translation>Opent de belfiche van de volgende klant om te bellen (eerst de uwe, dan de niet-toegewezen klanten van het team) en reserveert die voor u: niemand anders belt hen tegelijk.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="95"/>
        <source>Toute l&apos;é&amp;quipe</source>
        <translation>Hele &amp;team</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="98"/>
        <source>Montrer les appels de toute l&apos;équipe, pas seulement les vôtres et ceux à prendre.</source>
        <translation>Toon de oproepen van het hele team, niet alleen de uwe en de vrije.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="160"/>
        <source>&lt;h3&gt;Aujourd&apos;hui, {date}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Vandaag, {date}&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="204"/>
        <source>Client suivant</source>
        <translation>Volgende klant</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="204"/>
        <source>Personne à appeler pour l&apos;instant : tous les clients de la liste sont déjà appelés aujourd&apos;hui ou en ligne avec un collègue.</source>
        <translation>Niemand om te bellen voorlopig: elke klant in de lijst is vandaag al gebeld of is in gesprek met een collega.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="223"/>
        <source>{state}, dès {time}</source>
        <translation>{state}, vanaf {time}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="226"/>
        <source>{state}, dès le {when}</source>
        <translation>{state}, vanaf {when}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="166"/>
        <source>Factures en retard</source>
        <translation>Vervallen facturen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="166"/>
        <source>Aujourd&apos;hui</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="167"/>
        <source>Clients</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="167"/>
        <source>Courriers</source>
        <translation>Brieven</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="195"/>
        <source>&lt;h2&gt;Bienvenue dans Relance&lt;/h2&gt;&lt;p&gt;Une société = un fichier. Créez le fichier de votre société, ouvrez-en un existant, ou essayez la société de démonstration pour découvrir l&apos;application.&lt;/p&gt;&lt;p&gt;Ensuite, saisissez vos factures impayées (ou importez-les depuis votre logiciel de facturation) : Relance vous dira qui appeler aujourd&apos;hui.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welkom bij Relance&lt;/h2&gt;&lt;p&gt;Eén onderneming = één bestand. Maak het bestand van uw onderneming aan, open een bestaand bestand of probeer de demo-onderneming om de toepassing te leren kennen.&lt;/p&gt;&lt;p&gt;Voer daarna uw onbetaalde facturen in (of importeer ze uit uw facturatiesoftware): Relance vertelt u wie u vandaag moet bellen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="205"/>
        <location filename="../../relance_desktop/views/main_window.py" line="236"/>
        <source>&amp;Nouvelle société…</source>
        <translation>&amp;Nieuwe onderneming…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="206"/>
        <source>&amp;Ouvrir un fichier…</source>
        <translation>Bestand &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="207"/>
        <source>Essayer la &amp;démo</source>
        <translation>&amp;Demo uitproberen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_invoices.py" line="92"/>
        <source>Rechercher un client, un n° de facture, un montant… (Ctrl+F)</source>
        <translation>Zoek een klant, factuurnummer of bedrag… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_invoices.py" line="97"/>
        <location filename="../../relance_desktop/views/main_window.py" line="290"/>
        <source>&amp;Grouper par client</source>
        <translation>&amp;Groeperen per klant</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_customers.py" line="52"/>
        <source>Rechercher un client…</source>
        <translation>Klant zoeken…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_customers.py" line="56"/>
        <location filename="../../relance_desktop/views/main_window.py" line="267"/>
        <source>Nouveau &amp;client…</source>
        <translation>Nieuwe &amp;klant…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_customers.py" line="59"/>
        <source>&amp;Fusionner les deux clients…</source>
        <translation>De twee klanten &amp;samenvoegen…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_customers.py" line="61"/>
        <source>Deux fiches pour le même client (par exemple après un import) : sélectionnez-les toutes les deux (Ctrl+clic).</source>
        <translation>Twee fiches voor dezelfde klant (bijvoorbeeld na een import): selecteer ze allebei (Ctrl+klik).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_customers.py" line="73"/>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_customers.py" line="74"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_customers.py" line="75"/>
        <source>Ville</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_customers.py" line="76"/>
        <source>Pays</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_customers.py" line="77"/>
        <source>Téléphone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_customers.py" line="78"/>
        <source>Factures ouvertes</source>
        <translation>Open facturen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_customers.py" line="79"/>
        <source>Reste dû</source>
        <translation>Openstaand saldo</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_customers.py" line="80"/>
        <source>Dont échu</source>
        <translation>Waarvan vervallen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_customers.py" line="81"/>
        <source>Retard max (j)</source>
        <translation>Max. te laat (d)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_customers.py" line="103"/>
        <source>Aucun client</source>
        <translation>Geen klanten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_customers.py" line="104"/>
        <source>Les clients arrivent avec l&apos;import de vos factures, ou ajoutez-en un vous-même. La société de démonstration en montre quarante.</source>
        <translation>Klanten komen mee met de import van uw facturen, of voeg er zelf een toe. De demo-onderneming toont er veertig.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="105"/>
        <source>&amp;Imprimer la liste d&apos;appels</source>
        <translation>Bel&amp;lijst afdrukken</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="229"/>
        <source>&amp;Fichier</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="237"/>
        <source>&amp;Ouvrir…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="239"/>
        <source>Ouvrir un fichier &amp;récent</source>
        <translation>&amp;Recent bestand openen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="241"/>
        <source>Ouvrir la &amp;démo</source>
        <translation>&amp;Demo openen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="243"/>
        <source>Se connecter à un serveur d&apos;é&amp;quipe…</source>
        <translation>Verbinden met een &amp;teamserver…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="245"/>
        <source>Dé&amp;placer une société…</source>
        <translation>Een bedrijf &amp;verplaatsen…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="247"/>
        <source>&amp;Importer des factures…</source>
        <translation>Facturen &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="249"/>
        <source>Fiche de la &amp;société…</source>
        <translation>Ondernemings&amp;gegevens…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="252"/>
        <source>Enregistrer une &amp;copie…</source>
        <translation>Een &amp;kopie opslaan…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="255"/>
        <source>&amp;Fermer</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="257"/>
        <source>Im&amp;primer la liste d&apos;appels…</source>
        <translation>Belli&amp;jst afdrukken…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="261"/>
        <source>&amp;Préférences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="264"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="230"/>
        <source>&amp;Saisie</source>
        <translation>&amp;Invoer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="269"/>
        <source>Nouvelle &amp;facture…</source>
        <translation>Nieuwe &amp;factuur…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="271"/>
        <source>Enregistrer un &amp;paiement…</source>
        <translation>&amp;Betaling registreren…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="273"/>
        <source>Ouvrir le c&amp;lient</source>
        <translation>Klant &amp;openen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="276"/>
        <source>&amp;Appeler le client (fiche d&apos;appel)</source>
        <translation>Klant be&amp;llen (belfiche)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="231"/>
        <source>&amp;Affichage</source>
        <translation>&amp;Weergave</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="282"/>
        <source>A&amp;ujourd&apos;hui</source>
        <translation>V&amp;andaag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="283"/>
        <source>&amp;Factures en retard</source>
        <translation>&amp;Vervallen facturen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="285"/>
        <source>&amp;Clients</source>
        <translation>&amp;Klanten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="286"/>
        <source>C&amp;ourriers</source>
        <translation>&amp;Brieven</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="288"/>
        <source>&amp;Rechercher</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="292"/>
        <source>É&amp;chéancier</source>
        <translation>&amp;Ouderdomsanalyse</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="298"/>
        <source>&amp;Actualiser</source>
        <translation>Ver&amp;nieuwen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="232"/>
        <source>&amp;Outils</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="301"/>
        <source>Calcul des &amp;intérêts de retard…</source>
        <translation>&amp;Nalatigheidsintresten berekenen…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="303"/>
        <source>&amp;Taux d&apos;intérêt…</source>
        <translation>&amp;Rentevoeten…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="305"/>
        <source>Te&amp;xtes des appels et courriers…</source>
        <translation>&amp;Gespreks- en briefteksten…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="307"/>
        <source>Envoi des &amp;e-mails…</source>
        <translation>Verzending van &amp;e-mails…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="311"/>
        <source>É&amp;quipe…</source>
        <translation>&amp;Team…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="313"/>
        <source>&amp;Règles d&apos;affectation…</source>
        <translation>Toewijzings&amp;regels…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="233"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="317"/>
        <source>&amp;Guide</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="319"/>
        <source>&amp;Raccourcis clavier</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="320"/>
        <source>Dossier des &amp;journaux</source>
        <translation>Map met &amp;logbestanden</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="321"/>
        <source>À &amp;propos de Relance</source>
        <translation>&amp;Over Relance</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="406"/>
        <source>Relance</source>
        <translation>Relance</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="419"/>
        <source>{company} — {file} — Relance</source>
        <translation>{company} — {file} — Relance</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="422"/>
        <source>{title} (lecture seule)</source>
        <translation>{title} (alleen-lezen)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="476"/>
        <source>Nouvelle société</source>
        <translation>Nieuwe onderneming</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="477"/>
        <source>Société Relance (*.relance)</source>
        <translation>Relance-ondernemingsbestand (*.relance)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="489"/>
        <source>Ouvrir une société</source>
        <translation>Onderneming openen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="490"/>
        <source>Société Relance (*.relance);;Tous les fichiers (*)</source>
        <translation>Relance-ondernemingsbestand (*.relance);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="517"/>
        <source>(aucun)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="665"/>
        <source>Sélection</source>
        <translation>Selectie</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_invoices.py" line="247"/>
        <source>Reste dû affiché : {amount}</source>
        <translation>Getoond openstaand saldo: {amount}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_invoices.py" line="250"/>
        <source>Total échu : {amount}</source>
        <translation>Totaal vervallen: {amount}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="234"/>
        <source>par écrit uniquement</source>
        <translation>alleen schriftelijk</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="237"/>
        <source>{when} ({outcome}), {who}</source>
        <translation>{when} ({outcome}), {who}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="165"/>
        <source>&lt;p&gt;Rien à faire pour l&apos;instant : aucune facture échue à relancer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Voorlopig niets te doen: geen vervallen facturen om aan te manen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="235"/>
        <source>jamais appelé</source>
        <translation>nog nooit gebeld</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="278"/>
        <source>Appels du {date}</source>
        <translation>Oproepen van {date}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="301"/>
        <source>Appel</source>
        <translation>Oproep</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="302"/>
        <location filename="../../relance_desktop/views/main_window.py" line="666"/>
        <source>Choisissez d&apos;abord un client dans la liste.</source>
        <translation>Kies eerst een klant in de lijst.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_customers.py" line="214"/>
        <source>Fusionner deux clients</source>
        <translation>Twee klanten samenvoegen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_customers.py" line="215"/>
        <source>Garder « {keep} » et y rattacher tout ce qui concerne « {other} » (factures, paiements, contacts, historique) ? « {other} » disparaîtra ; ses informations complètent celles qui manquent.</source>
        <translation>‘{keep}’ behouden en alles wat ‘{other}’ betreft eraan koppelen (facturen, betalingen, contactpersonen, historiek)? ‘{other}’ verdwijnt; de gegevens ervan vullen aan wat ontbreekt.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="699"/>
        <source>Nouvelle facture</source>
        <translation>Nieuwe factuur</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="700"/>
        <source>Créez d&apos;abord le client de cette facture.</source>
        <translation>Maak eerst de klant van deze factuur aan.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="710"/>
        <source>Paiement</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="711"/>
        <source>Choisissez d&apos;abord une facture dans la liste.</source>
        <translation>Kies eerst een factuur in de lijst.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="163"/>
        <source>Profil &amp;enregistré :</source>
        <translation>Opgeslagen &amp;profiel:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="169"/>
        <source>ex. Export de ma facturation</source>
        <translation>bv. Export uit mijn facturatiesoftware</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="170"/>
        <source>&amp;Nom du profil :</source>
        <translation>Profiel&amp;naam:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="174"/>
        <source>Enre&amp;gistrer pour les prochains imports</source>
        <translation>Op&amp;slaan voor volgende imports</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="181"/>
        <source>Lecture du fichier</source>
        <translation>Inlezen van het bestand</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="185"/>
        <source>Encodage</source>
        <translation>Codering</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="185"/>
        <source>Séparateur</source>
        <translation>Scheidingsteken</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="186"/>
        <source>Feuille</source>
        <translation>Werkblad</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="186"/>
        <source>Décimales</source>
        <translation>Decimaalteken</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="187"/>
        <source>Milliers</source>
        <translation>Duizendtalscheiding</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="187"/>
        <source>Dates</source>
        <translation>Datumnotatie</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="205"/>
        <source>aucune</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="207"/>
        <source>Ligne d&apos;en-tête</source>
        <translation>Kopregel</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="214"/>
        <source>Export &amp;complet : le fichier liste toutes les factures ouvertes (celles qui en disparaissent pourront être marquées payées)</source>
        <translation>Volledige e&amp;xport: het bestand bevat alle openstaande facturen (facturen die eruit verdwijnen, kunnen als betaald worden gemarkeerd)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="222"/>
        <source>Colonnes du fichier pour chaque information</source>
        <translation>Kolommen van het bestand per gegeven</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="262"/>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="262"/>
        <source>N°</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="262"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="262"/>
        <source>Échéance</source>
        <translation>Vervaldag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="263"/>
        <source>Montant</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="263"/>
        <source>Déjà payé</source>
        <translation>Reeds betaald</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="263"/>
        <source>Reste dû</source>
        <translation>Openstaand saldo</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="263"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="268"/>
        <source>Aperçu lu avec ces colonnes</source>
        <translation>Voorbeeld met deze kolommen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="274"/>
        <source>Début du fichier</source>
        <translation>Begin van het bestand</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="278"/>
        <source>Colonnes de « {file} »</source>
        <translation>Kolommen van ‘{file}’</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="326"/>
        <source>— aucun —</source>
        <translation>— geen —</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="402"/>
        <source>Ces réglages ne permettent pas de lire le fichier : {reason}</source>
        <translation>Met deze instellingen kan het bestand niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="441"/>
        <source>Les dates de ce fichier se lisent dans les deux sens (03/04 : 3 avril ou 4 mars ?). Relance a supposé « {order} » : vérifiez-le dans l&apos;aperçu.</source>
        <translation>De datums in dit bestand kunnen op twee manieren worden gelezen (03/04: 3 april of 4 maart?). Relance gaat uit van ‘{order}’: controleer dit in het voorbeeld.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="482"/>
        <source>colonne {n}</source>
        <translation>kolom {n}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="521"/>
        <source>Colonnes du profil absentes de ce fichier : {columns}. Choisissez-les ci-dessous.</source>
        <translation>Kolommen van het profiel die in dit bestand ontbreken: {columns}. Kies ze hieronder.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="523"/>
        <source>{field} (« {column} »)</source>
        <translation>{field} (‘{column}’)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="587"/>
        <source>Lecture du fichier en cours…</source>
        <translation>Bestand wordt gelezen…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="602"/>
        <source>Lecture impossible avec ces réglages : {reason}</source>
        <translation>Het bestand kan met deze instellingen niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="611"/>
        <source>{documents} de {customers} lus.</source>
        <translation>{documents} van {customers} gelezen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="612"/>
        <source>%n documents</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="613"/>
        <source>%n clients</source>
        <translation>
            <numerusform>%n klant</numerusform>
            <numerusform>%n klanten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="615"/>
        <source>%n problèmes.</source>
        <translation>
            <numerusform>%n probleem.</numerusform>
            <numerusform>%n problemen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="628"/>
        <source>avoir</source>
        <translation>creditnota</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="305"/>
        <source>Donnez un nom à ce profil : il identifie la source des factures (un nouvel import sous le même nom met à jour, sans doublon).</source>
        <translation>Geef dit profiel een naam: die geeft aan waar de facturen vandaan komen (een nieuwe import onder dezelfde naam werkt ze bij, zonder dubbels).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="309"/>
        <source>Choisissez au moins les colonnes « {customer} » et « {number} ».</source>
        <translation>Kies minstens de kolommen ‘{customer}’ en ‘{number}’.</translation>
    </message>
</context>
<context>
    <name>Negotiation</name>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="73"/>
        <source>Promesse de paiement</source>
        <translation>Betalingsbelofte</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="77"/>
        <source>&amp;Montant :</source>
        <translation>&amp;Bedrag:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="83"/>
        <source>Au plus &amp;tard le :</source>
        <translation>Uiterlijk &amp;op:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="85"/>
        <source>Mo&amp;yen :</source>
        <translation>Betaal&amp;wijze:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="88"/>
        <source>Pr&amp;omis par :</source>
        <translation>Bel&amp;oofd door:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="89"/>
        <source>Enregistrer la &amp;promesse</source>
        <translation>Belofte &amp;registreren</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="96"/>
        <source>Autres accords</source>
        <translation>Andere afspraken</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="98"/>
        <source>É&amp;chéancier…</source>
        <translation>Afbetalings&amp;plan…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="102"/>
        <source>&amp;Litige…</source>
        <translation>Be&amp;twisting…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="105"/>
        <source>R&amp;appel convenu :</source>
        <translation>Afgesproken terugbel&amp;moment:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="114"/>
        <source>Programmer le &amp;rappel</source>
        <translation>Terugbelafspraak &amp;inplannen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="123"/>
        <source>Engagements notés pendant cet appel :</source>
        <translation>Afspraken genoteerd tijdens deze oproep:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="128"/>
        <source>Suivis en cours :</source>
        <translation>Lopende opvolgingen:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="129"/>
        <source>Marquer comme &amp;fait…</source>
        <translation>Als a&amp;fgehandeld markeren…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="172"/>
        <source>Promesse : {amount} au plus tard le {date} ({means})</source>
        <translation>Betalingsbelofte: {amount} uiterlijk op {date} ({means})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="176"/>
        <source>Échéancier : {count} × du {first} au {last}</source>
        <translation>Afbetalingsplan: {count} × van {first} tot {last}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="180"/>
        <source>Litige ouvert sur {number}</source>
        <translation>Betwisting geopend voor {number}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="187"/>
        <source>Rappel le {when}</source>
        <translation>Terugbellen op {when}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="189"/>
        <source>Paiement annoncé à vérifier : {amount}</source>
        <translation>Gemelde betaling na te kijken: {amount}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="200"/>
        <source>Copie de facture préparée pour {email}</source>
        <translation>Kopie van de factuur klaargemaakt voor {email}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="203"/>
        <source>Nouvel interlocuteur : {name}</source>
        <translation>Nieuwe contactpersoon: {name}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="214"/>
        <source>{when} — {what}</source>
        <translation>{when} — {what}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="234"/>
        <source>Promesse</source>
        <translation>Betalingsbelofte</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="235"/>
        <source>« {value} » n&apos;est pas un montant : tapez par exemple 1 234,56.</source>
        <translation>‘{value}’ is geen bedrag: typ bijvoorbeeld 1.234,56.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="286"/>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="292"/>
        <source>Rappel</source>
        <translation>Terugbellen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="287"/>
        <source>En Belgique, les appels de recouvrement sont interdits entre 22:00 et 08:00. Premier moment possible : {when}.</source>
        <translation>In België zijn invorderingsoproepen verboden tussen 22:00 en 08:00. Eerste mogelijke moment: {when}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="293"/>
        <source>Ce moment est en dehors des heures d&apos;appel (week-end, jour férié, vos heures ou celles du client). Premier moment possible : {when}.

Programmer le rappel quand même ?</source>
        <translation>Dit moment valt buiten de beluren (weekend, feestdag, uw uren of die van de klant). Eerste mogelijke moment: {when}.

Het terugbellen toch plannen?</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="304"/>
        <source>Rappel convenu</source>
        <translation>Terugbelafspraak</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="335"/>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="341"/>
        <source>Clore le litige</source>
        <translation>Betwisting afsluiten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="336"/>
        <source>Comment s&apos;est-il terminé ?</source>
        <translation>Hoe is ze afgelopen?</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="341"/>
        <source>Ce qui a été décidé :</source>
        <translation>Wat werd beslist:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="357"/>
        <source>Suivi fait</source>
        <translation>Opvolging afgehandeld</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="358"/>
        <source>Comment s&apos;est-il terminé ? (ex. paiement reçu le 24/11, rappel fait)</source>
        <translation>Hoe is het afgelopen? (bv. betaling ontvangen op 24/11, teruggebeld)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="363"/>
        <source>fait</source>
        <translation>afgehandeld</translation>
    </message>
</context>
<context>
    <name>PagedCustomerTree</name>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/paged_tree.py" line="341"/>
        <source>%n factures</source>
        <translation>
            <numerusform>%n factuur</numerusform>
            <numerusform>%n facturen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="60"/>
        <source>Mot de passe d&apos;envoi</source>
        <translation>Wachtwoord voor verzending</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="66"/>
        <source>Mot de passe de « {user} » sur {server} :</source>
        <translation>Wachtwoord van ‘{user}’ op {server}:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="71"/>
        <source>Mémoriser dans le trousseau</source>
        <translation>Onthouden in de wachtwoordkluis</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="78"/>
        <source>Envoyer</source>
        <translation>Verzenden</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="79"/>
        <source>Annuler</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="553"/>
        <source>{number} — {customer} — {amount} TTC</source>
        <translation>{number} — {customer} — {amount} incl. btw</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="562"/>
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
    <name>PlanDialog</name>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="97"/>
        <source>Échéancier de paiement — {name}</source>
        <translation>Afbetalingsplan — {name}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="103"/>
        <source>&amp;Montant à échelonner ({currency}) :</source>
        <translation>&amp;Te spreiden bedrag ({currency}):</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="106"/>
        <source>en &amp;nombre d&apos;échéances</source>
        <translation>op basis van het aa&amp;ntal schijven</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="114"/>
        <source>Calculer :</source>
        <translation>Berekenen:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="118"/>
        <source>N&amp;ombre d&apos;échéances :</source>
        <translation>&amp;Aantal schijven:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="120"/>
        <source>ex. 250,00</source>
        <translation>bv. 250,00</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="107"/>
        <source>au montant proposé par le &amp;client</source>
        <translation>vanuit het bedrag dat de &amp;klant voorstelt</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="121"/>
        <source>Montant p&amp;ar échéance :</source>
        <translation>Bedrag per sc&amp;hijf:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="126"/>
        <source>&amp;Première échéance :</source>
        <translation>&amp;Eerste schijf:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="130"/>
        <source>Pé&amp;riodicité :</source>
        <translation>&amp;Frequentie:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="133"/>
        <source>Échéance</source>
        <translation>Vervaldag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="133"/>
        <source>Montant</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="162"/>
        <source>Le montant par échéance doit être positif.</source>
        <translation>Het bedrag per schijf moet positief zijn.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="200"/>
        <source>Indiquez le montant et le nombre d&apos;échéances.</source>
        <translation>Vul het bedrag en het aantal schijven in.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="204"/>
        <source>Échéancier</source>
        <translation>Afbetalingsplan</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="205"/>
        <source>Cet échéancier pose problème :
{warnings}

L&apos;enregistrer quand même ?</source>
        <translation>Dit afbetalingsplan is problematisch:
{warnings}

Toch opslaan?</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="208"/>
        <source>Échéancier non enregistré : ajustez-le avec le client.</source>
        <translation>Afbetalingsplan niet opgeslagen: pas het samen met de klant aan.</translation>
    </message>
</context>
<context>
    <name>PostponeDialog</name>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="77"/>
        <source>Reporter</source>
        <translation>Uitstellen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="83"/>
        <source>Rien proposé jusqu&apos;au :</source>
        <translation>Niets voorgesteld tot:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="85"/>
        <source>Raison :</source>
        <translation>Reden:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="41"/>
        <source>Préférences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="49"/>
        <source>&amp;Langue de l&apos;interface</source>
        <translation>&amp;Taal van de interface</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="54"/>
        <source>&amp;Format des montants et dates</source>
        <translation>&amp;Notatie van bedragen en datums</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="56"/>
        <source>Aperçu</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="58"/>
        <source>ex. Claire Martin (utilisé dans les scripts)</source>
        <translation>bv. Claire Martin (gebruikt in de scripts)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="59"/>
        <source>&amp;Votre nom</source>
        <translation>&amp;Uw naam</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="60"/>
        <source>Rouvrir le dernier fichier au démarrage</source>
        <translation>Laatste bestand opnieuw openen bij het opstarten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="67"/>
        <source>aucune</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="69"/>
        <source>Une copie complète du fichier ouvert est faite chaque jour dans le dossier de données de Relance ; les plus anciennes sont effacées au-delà de ce nombre.</source>
        <translation>Elke dag wordt een volledige kopie van het geopende bestand gemaakt in de gegevensmap van Relance; de oudste worden boven dit aantal verwijderd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="71"/>
        <source>&amp;Sauvegardes quotidiennes gardées</source>
        <translation>Bewaarde dagelijkse &amp;back-ups</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="95"/>
        <source>Appels</source>
        <translation>Oproepen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="99"/>
        <source>&amp;Heures où l&apos;on peut appeler</source>
        <translation>Uren &amp;waarop mag worden gebeld</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="126"/>
        <source>Relance redémarre pour changer de langue.</source>
        <translation>Relance start opnieuw om van taal te wisselen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="166"/>
        <source>Changer de langue</source>
        <translation>Taal wijzigen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="167"/>
        <source>La nouvelle langue s&apos;applique au redémarrage de Relance. Redémarrer maintenant ? (Sinon, Relance reste dans la langue actuelle jusqu&apos;au prochain démarrage.)</source>
        <translation>De nieuwe taal geldt zodra Relance opnieuw start. Nu opnieuw starten? (Zo niet, dan blijft Relance in de huidige taal tot de volgende start.)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="140"/>
        <source>Indiquez au moins une plage horaire.</source>
        <translation>Vul minstens één tijdvak in.</translation>
    </message>
</context>
<context>
    <name>PrepareStep</name>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="114"/>
        <source>Avant d&apos;appeler, cochez ce qui est prêt (Espace) :</source>
        <translation>Vink vóór het bellen aan wat klaar is (spatiebalk):</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="97"/>
        <source>&amp;Objectif de cet appel :</source>
        <translation>&amp;Doel van deze oproep:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="138"/>
        <source>N°</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="138"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="138"/>
        <source>Échéance</source>
        <translation>Vervaldag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="138"/>
        <source>Retard</source>
        <translation>Achterstand</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="139"/>
        <source>Montant</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="139"/>
        <source>Reste dû</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="139"/>
        <source>Frais de retard</source>
        <translation>Intresten en kosten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="140"/>
        <source>Copie</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="107"/>
        <source>Ouvrir la &amp;copie de la facture</source>
        <translation>&amp;Kopie van de factuur openen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="160"/>
        <source>prêt</source>
        <translation>klaar</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="160"/>
        <source>manquant</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="161"/>
        <source>à vérifier</source>
        <translation>na te kijken</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="182"/>
        <source>{days} j</source>
        <translation>{days} d</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="183"/>
        <source>à échoir</source>
        <translation>nog niet vervallen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="185"/>
        <source>litige</source>
        <translation>betwist</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="188"/>
        <source>oui</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="188"/>
        <source>à joindre</source>
        <translation>toe te voegen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="225"/>
        <source>validation : {who}</source>
        <translation>goedkeuring: {who}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="227"/>
        <source>bon de commande exigé</source>
        <translation>bestelbon vereist</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="229"/>
        <source>jours de paiement : {days}</source>
        <translation>betaaldagen: {days}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="230"/>
        <source>Circuit de paiement</source>
        <translation>Betalingsprocedure</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="232"/>
        <source>E-mail et adresse</source>
        <translation>E-mail en adres</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="233"/>
        <source>{title} : {text}</source>
        <translation>{title}: {text}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="235"/>
        <source>inconnu — à demander</source>
        <translation>onbekend — navragen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="237"/>
        <source>à demander</source>
        <translation>navragen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="243"/>
        <source>Aucun appel enregistré.</source>
        <translation>Geen oproepen geregistreerd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="245"/>
        <source>Dernier appel : {when}, par {who} — {outcome}</source>
        <translation>Laatste oproep: {when}, door {who} — {outcome}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="253"/>
        <source>Appels précédents : {count}</source>
        <translation>Vorige oproepen: {count}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="260"/>
        <source>Promesse du {made} : {amount} pour le {date} — {status}</source>
        <translation>Betalingsbelofte van {made}: {amount} tegen {date} — {status}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="264"/>
        <source>Échéancier du {made} : {count} échéances — {status}</source>
        <translation>Afbetalingsplan van {made}: {count} schijven — {status}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="268"/>
        <source>Litige sur {number} depuis le {date} : {reason} — {status}</source>
        <translation>Betwisting over {number} sinds {date}: {reason} — {status}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="273"/>
        <source>clore…</source>
        <translation>afsluiten…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="278"/>
        <source>Paiement partiel de {amount} le {date} sur {number}</source>
        <translation>Gedeeltelijke betaling van {amount} op {date} voor {number}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="292"/>
        <source>Copie de la facture</source>
        <translation>Kopie van de factuur</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="293"/>
        <source>Aucune copie n&apos;est jointe à cette facture. Joignez-la depuis la fiche client pour pouvoir l&apos;envoyer si le client ne l&apos;a pas reçue.</source>
        <translation>Er is geen kopie bij deze factuur gevoegd. Voeg ze toe via de klantenfiche, zodat u ze kunt versturen als de klant ze niet heeft ontvangen.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../relance_desktop/views/pdf_preview.py" line="73"/>
        <source>Aperçu — {title}</source>
        <translation>Voorbeeld — {title}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/pdf_preview.py" line="97"/>
        <source>&amp;Enregistrer le PDF…</source>
        <translation>&amp;Pdf opslaan…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/pdf_preview.py" line="100"/>
        <source>&amp;Ouvrir pour imprimer</source>
        <translation>&amp;Openen om af te drukken</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/pdf_preview.py" line="103"/>
        <source>Envoyer par e-&amp;mail…</source>
        <translation>Per &amp;e-mail versturen…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/pdf_preview.py" line="107"/>
        <source>&amp;Fermer</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/pdf_preview.py" line="125"/>
        <source>Enregistrer le PDF</source>
        <translation>Pdf opslaan</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/pdf_preview.py" line="126"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="96"/>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="136"/>
        <source>Fichier</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="96"/>
        <source>Nouveaux clients</source>
        <translation>Nieuwe klanten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="96"/>
        <source>Clients reconnus</source>
        <translation>Herkende klanten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="97"/>
        <source>Nouvelles factures</source>
        <translation>Nieuwe facturen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="97"/>
        <source>Modifiées</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="97"/>
        <source>Inchangées</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="98"/>
        <source>Avoirs</source>
        <translation>Creditnota&apos;s</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="81"/>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="98"/>
        <source>Problèmes</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="98"/>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="125"/>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="169"/>
        <source>Reste dû</source>
        <translation>Openstaand saldo</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="117"/>
        <source>Résumé</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="119"/>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="124"/>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="169"/>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="119"/>
        <source>N° de compte</source>
        <translation>Klantcode</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="119"/>
        <source>Dans Relance</source>
        <translation>In Relance</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="122"/>
        <source>Clients</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="124"/>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="169"/>
        <source>N°</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="124"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="124"/>
        <source>Échéance</source>
        <translation>Vervaldag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="125"/>
        <source>Montant</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="125"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="125"/>
        <source>Changements</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="129"/>
        <source>Factures</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="136"/>
        <source>Gravité</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="136"/>
        <source>Ligne / élément</source>
        <translation>Regel / element</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="137"/>
        <source>Champ</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="137"/>
        <source>Attendu</source>
        <translation>Verwacht</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="137"/>
        <source>Trouvé</source>
        <translation>Gevonden</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="162"/>
        <source>Ces factures sont ouvertes dans Relance mais absentes ou soldées dans cet export complet. Cochez celles qui ont bien été payées : elles seront marquées payées.</source>
        <translation>Deze facturen staan open in Relance, maar ontbreken in deze volledige export of zijn er vereffend. Vink de facturen aan die werkelijk betaald zijn: ze worden als betaald gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="169"/>
        <source>Marquer payée</source>
        <translation>Als betaald markeren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="232"/>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="418"/>
        <source>%n nouveaux clients</source>
        <translation>
            <numerusform>%n nieuwe klant</numerusform>
            <numerusform>%n nieuwe klanten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="233"/>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="423"/>
        <source>%n nouvelles factures</source>
        <translation>
            <numerusform>%n nieuwe factuur</numerusform>
            <numerusform>%n nieuwe facturen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="234"/>
        <source>%n modifiées</source>
        <translation>
            <numerusform>%n gewijzigd</numerusform>
            <numerusform>%n gewijzigd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="235"/>
        <source>%n inchangées</source>
        <translation>
            <numerusform>%n ongewijzigd</numerusform>
            <numerusform>%n ongewijzigd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="236"/>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="427"/>
        <source>%n avoirs</source>
        <translation>
            <numerusform>%n creditnota</numerusform>
            <numerusform>%n creditnota&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="237"/>
        <source>%n problèmes</source>
        <translation>
            <numerusform>%n probleem</numerusform>
            <numerusform>%n problemen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="239"/>
        <source>%n fichiers</source>
        <translation>
            <numerusform>%n bestand</numerusform>
            <numerusform>%n bestanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="268"/>
        <source>%n factures ouvertes dans Relance sont absentes ou soldées dans l&apos;export : cochez celles qui ont été payées (onglet « À marquer payées »).</source>
        <translation>
            <numerusform>%n factuur die in Relance openstaat, ontbreekt of is vereffend in de export: vink ze aan als ze betaald is (tabblad ‘Als betaald markeren’).</numerusform>
            <numerusform>%n facturen die in Relance openstaan, ontbreken of zijn vereffend in de export: vink aan welke betaald zijn (tabblad ‘Als betaald markeren’).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="82"/>
        <source>À marquer payées</source>
        <translation>Als betaald te markeren</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="181"/>
        <source>Vérifier avant d&apos;importer</source>
        <translation>Controleren vóór het importeren</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="192"/>
        <source>Lecture des fichiers…</source>
        <translation>De bestanden worden gelezen…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="243"/>
        <source>Reste dû selon les fichiers : &lt;b&gt;{amount}&lt;/b&gt;</source>
        <translation>Openstaand saldo volgens de bestanden: &lt;b&gt;{amount}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="263"/>
        <source>Déjà importé : {files}. Seules les différences avec l&apos;import précédent seraient appliquées.</source>
        <translation>Al geïmporteerd: {files}. Alleen de verschillen met de vorige import zouden worden verwerkt.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="273"/>
        <source>Les lignes en erreur seront ignorées ; les autres seront importées.</source>
        <translation>Regels met fouten worden overgeslagen; de andere worden geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="276"/>
        <source>Rien à importer : aucune facture lisible dans ces fichiers (voir l&apos;onglet « Problèmes »).</source>
        <translation>Niets te importeren: geen leesbare factuur in deze bestanden (zie het tabblad ‘Problemen’).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="281"/>
        <source>Rien à importer : les comptes clients de ces fichiers sont tous exclus ({accounts}). Revenez à l&apos;étape « Comptes à ne pas relancer » pour en importer.</source>
        <translation>Niets te importeren: alle klantrekeningen van deze bestanden zijn uitgesloten ({accounts}). Ga terug naar de stap ‘Rekeningen niet aanmanen’ om er te importeren.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="286"/>
        <source>Rien à importer : ces fichiers ne contiennent aucun client ni aucune facture ouverte.</source>
        <translation>Niets te importeren: deze bestanden bevatten geen klant en geen openstaande factuur.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="289"/>
        <source>Rien à importer : tout est déjà à jour dans Relance.</source>
        <translation>Niets te importeren: alles is al bijgewerkt in Relance.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="327"/>
        <source>nouveau client</source>
        <translation>nieuwe klant</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="329"/>
        <source>nouveau (déjà dans un autre fichier de cet import)</source>
        <translation>nieuw (al in een ander bestand van deze import)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="331"/>
        <source>reconnu {how}</source>
        <translation>herkend {how}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="340"/>
        <source>nouvelle</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="340"/>
        <source>modifiée</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="341"/>
        <source>inchangée</source>
        <translation>ongewijzigd</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="346"/>
        <source>avoir déjà appliqué</source>
        <translation>creditnota al verrekend</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="347"/>
        <source>avoir à appliquer</source>
        <translation>te verrekenen creditnota</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="363"/>
        <source>erreur</source>
        <translation>fout</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="363"/>
        <source>attention</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="366"/>
        <source>ligne {line}</source>
        <translation>regel {line}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="373"/>
        <source>Choisissez un problème pour le lire en entier.</source>
        <translation>Kies een probleem om het volledig te lezen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="306"/>
        <source>Clients ({count})</source>
        <translation>Klanten ({count})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="308"/>
        <source>Factures ({count})</source>
        <translation>Facturen ({count})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="310"/>
        <source>Problèmes ({count})</source>
        <translation>Problemen ({count})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="312"/>
        <source>À marquer payées ({count})</source>
        <translation>Als betaald te markeren ({count})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="377"/>
        <source>… et %n autres problèmes.</source>
        <translation>
            <numerusform>… en %n ander probleem.</numerusform>
            <numerusform>… en %n andere problemen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="393"/>
        <source>montant {old} → {new}</source>
        <translation>bedrag {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="396"/>
        <source>payé {old} → {new}</source>
        <translation>betaald {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="399"/>
        <source>échéance {old} → {new}</source>
        <translation>vervaldag {old} → {new}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="419"/>
        <source>%n clients déjà dans Relance</source>
        <translation>
            <numerusform>%n klant al in Relance</numerusform>
            <numerusform>%n klanten al in Relance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="421"/>
        <source>%n clients d&apos;un autre fichier de cet import</source>
        <translation>
            <numerusform>%n klant uit een ander bestand van deze import</numerusform>
            <numerusform>%n klanten uit een ander bestand van deze import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="424"/>
        <source>%n factures modifiées</source>
        <translation>
            <numerusform>%n factuur gewijzigd</numerusform>
            <numerusform>%n facturen gewijzigd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="426"/>
        <source>%n factures inchangées</source>
        <translation>
            <numerusform>%n factuur ongewijzigd</numerusform>
            <numerusform>%n facturen ongewijzigd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="428"/>
        <source>%n factures absentes de l&apos;export, à marquer payées si vous le confirmez</source>
        <translation>
            <numerusform>%n factuur ontbreekt in de export, als betaald te markeren als u bevestigt</numerusform>
            <numerusform>%n facturen ontbreken in de export, als betaald te markeren als u bevestigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="439"/>
        <source>Ce fichier a déjà été importé : seules les différences seraient appliquées.</source>
        <translation>Dit bestand werd al geïmporteerd: alleen de verschillen zouden worden verwerkt.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="442"/>
        <source>Profil : {name}</source>
        <translation>Profiel: {name}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="413"/>
        <source>{count} {how}</source>
        <translation>{count} {how}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="448"/>
        <source>Reste dû : {amount}</source>
        <translation>Openstaand saldo: {amount}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="452"/>
        <source>Principaux clients</source>
        <translation>Klanten met het hoogste openstaande saldo</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="459"/>
        <source>Remarques du lecteur</source>
        <translation>Opmerkingen bij het inlezen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="471"/>
        <source>payée</source>
        <translation>betaald</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../relance_desktop/views/template_editor/preview.py" line="102"/>
        <source>Courrier</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/preview.py" line="103"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/preview.py" line="104"/>
        <source>Appel</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/preview.py" line="133"/>
        <source>Objet :</source>
        <translation>Onderwerp:</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../relance_desktop/views/printing.py" line="35"/>
        <source>Imprimer — {title}</source>
        <translation>Afdrukken — {title}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/printing.py" line="45"/>
        <source>Enregistré au format PDF : {path}</source>
        <translation>Opgeslagen als pdf: {path}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/printing.py" line="48"/>
        <source>Envoyé à l&apos;imprimante « {printer} ».</source>
        <translation>Naar de printer „{printer}” gestuurd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/printing.py" line="51"/>
        <source>Impossible d&apos;enregistrer {path} : {error}</source>
        <translation>Kan {path} niet opslaan: {error}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/printing.py" line="53"/>
        <location filename="../../relance_desktop/views/printing.py" line="55"/>
        <source>Imprimer</source>
        <translation>Afdrukken</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="53"/>
        <source>Taux d&apos;intérêt</source>
        <translation>Rentevoeten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="62"/>
        <source>Semestre</source>
        <translation>Semester</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="124"/>
        <source>Semestre (ex. 2026-S2)</source>
        <translation>Semester (bv. 2026-S2)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="140"/>
        <source>&amp;Ajouter</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="62"/>
        <source>Taux</source>
        <translation>Rentevoet</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="62"/>
        <source>Période</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="63"/>
        <source>Valeur</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="63"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="63"/>
        <location filename="../../relance_desktop/views/rates.py" line="138"/>
        <source>Lien</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="70"/>
        <source>Importer un fichier</source>
        <translation>Bestand importeren</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="71"/>
        <source>Mise à jour en ligne</source>
        <translation>Online bijwerken</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="72"/>
        <source>Saisir un taux publié</source>
        <translation>Gepubliceerde rentevoet invoeren</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="73"/>
        <source>Lecture de la loi</source>
        <translation>Lezing van de wet</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="88"/>
        <source>Un fichier de taux au format de Relance (rates.json), reçu par exemple de votre expert-comptable. Chaque taux est vérifié (semestre, plage plausible, pas de chiffre contradictoire ni de trou) ; si un seul est refusé, rien n&apos;est enregistré.</source>
        <translation>Een rentebestand in het formaat van Relance (rates.json), bijvoorbeeld ontvangen van uw boekhouder. Elke rentevoet wordt gecontroleerd (semester, aannemelijk bereik, geen tegenstrijdig cijfer, geen gat); wordt er één geweigerd, dan wordt niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="91"/>
        <source>&amp;Importer un fichier de taux…</source>
        <translation>Rentebestand &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="102"/>
        <source>Autoriser Relance à se connecter pour mettre à jour les taux (désactivé par défaut : Relance fonctionne hors ligne)</source>
        <translation>Relance toestaan verbinding te maken om de rentevoeten bij te werken (standaard uit: Relance werkt offline)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="107"/>
        <source>https://… (fichier de taux publié)</source>
        <translation>https://… (gepubliceerd rentebestand)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="108"/>
        <source>Taux légaux et belge : adresse du fichier publié</source>
        <translation>Wettelijke en Belgische rentevoeten: adres van het gepubliceerde bestand</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="110"/>
        <source>Taux BCE</source>
        <translation>ECB-rente</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="111"/>
        <source>portail de données de la BCE, série {key}</source>
        <translation>dataportaal van de ECB, reeks {key}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="112"/>
        <source>Mettre à jour en &amp;ligne</source>
        <translation>On&amp;line bijwerken</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="131"/>
        <source>Taux publiés (%)</source>
        <translation>Gepubliceerde rentevoeten (%)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="134"/>
        <source>obligatoire : qui l&apos;a publié et où (ex. arrêté du 20/06/2026, JO du 25/06/2026)</source>
        <translation>verplicht: wie heeft ze gepubliceerd en waar (bv. arrêté van 20/06/2026, JO van 25/06/2026)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="135"/>
        <source>&amp;Source</source>
        <translation>&amp;Bron</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="139"/>
        <source>Corriger un taux ajouté auparavant pour ce semestre</source>
        <translation>Een eerder toegevoegde rentevoet voor dit semester corrigeren</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="154"/>
        <source>Chaque semestre à son propre taux (lecture de l&apos;art. L441-10, par défaut)</source>
        <translation>Elk semester tegen zijn eigen rentevoet (lezing van art. L441-10, standaard)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="156"/>
        <source>Le taux du semestre de l&apos;échéance pour tout le retard</source>
        <translation>De rentevoet van het semester van de vervaldag voor de hele achterstand</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="161"/>
        <source>365 jours, même les années bissextiles (usage, par défaut)</source>
        <translation>365 dagen, ook in schrikkeljaren (gebruikelijk, standaard)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="163"/>
        <source>366 jours pour les jours d&apos;une année bissextile</source>
        <translation>366 dagen voor de dagen in een schrikkeljaar</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="167"/>
        <source>1 an après la fin de l&apos;année de la vente (prudent, par défaut)</source>
        <translation>1 jaar na het einde van het jaar van de verkoop (voorzichtig, standaard)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="169"/>
        <source>10 ans (droit commun)</source>
        <translation>10 jaar (gemeen recht)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="172"/>
        <source>Retard sur plusieurs semestres</source>
        <translation>Achterstand over meerdere semesters</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="173"/>
        <source>Base de calcul des jours</source>
        <translation>Basis voor de dagtelling</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="174"/>
        <source>Prescription, consommateur belge</source>
        <translation>Verjaring, Belgische consument</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="189"/>
        <source>Dernier semestre publié dans Relance (toutes les séries) : {half_year}, taux connus jusqu&apos;au {day}.</source>
        <translation>Laatste semester gepubliceerd in Relance (alle reeksen): {half_year}, rentevoeten gekend tot {day}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="193"/>
        <source>Aucun semestre commencé ne manque.</source>
        <translation>Er ontbreekt geen begonnen semester.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="200"/>
        <source>Table livrée avec Relance</source>
        <translation>Tabel meegeleverd met Relance</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="216"/>
        <source>(provisoire)</source>
        <translation>(voorlopig)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/rates.py" line="233"/>
        <source>%n taux ajoutés : {list}.</source>
        <translation>
            <numerusform>%n rentevoet toegevoegd: {list}.</numerusform>
            <numerusform>%n rentevoeten toegevoegd: {list}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/rates.py" line="236"/>
        <source>%n taux déjà connus, inchangés.</source>
        <translation>
            <numerusform>%n rentevoet al bekend, ongewijzigd.</numerusform>
            <numerusform>%n rentevoeten al bekend, ongewijzigd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="239"/>
        <source>Rien de nouveau.</source>
        <translation>Niets nieuws.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="251"/>
        <source>Fichier de taux</source>
        <translation>Rentebestand</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="252"/>
        <source>Taux (*.json);;Tous les fichiers (*)</source>
        <translation>Rentevoeten (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="267"/>
        <source>Connexion…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="283"/>
        <source>« {value} » : écrivez le semestre comme 2026-S2.</source>
        <translation>‘{value}’: schrijf het semester als 2026-S2.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="296"/>
        <source>« {value} » n&apos;est pas un taux en %.</source>
        <translation>‘{value}’ is geen rentevoet in %.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="302"/>
        <source>Indiquez au moins un taux pour ce semestre.</source>
        <translation>Vul minstens één rentevoet in voor dit semester.</translation>
    </message>
</context>
<context>
    <name>RatesNotice</name>
    <message>
        <location filename="../../relance_desktop/views/rates_notice.py" line="57"/>
        <source>Mettre à jour les taux…</source>
        <translation>Rentevoeten bijwerken…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates_notice.py" line="64"/>
        <source>Masquer jusqu&apos;au prochain démarrage</source>
        <translation>Verbergen tot de volgende start</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates_notice.py" line="96"/>
        <location filename="../../relance_desktop/views/rates_notice.py" line="109"/>
        <source>Taux non publiés dans Relance : semestre {half_years}.</source>
        <translation>Rentevoeten niet gepubliceerd in Relance: semester {half_years}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates_notice.py" line="99"/>
        <source>Manquent : {rates}. Les intérêts de ces jours ne sont pas chiffrés tant que les taux publiés ne sont pas ajoutés ; Relance ne les devine pas.</source>
        <translation>Ontbrekend: {rates}. De interest voor deze dagen wordt niet berekend zolang de gepubliceerde rentevoeten niet zijn toegevoegd; Relance raadt ze niet.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates_notice.py" line="112"/>
        <source>Relance ne devine pas un taux : les intérêts de ces jours ne sont pas chiffrés tant que le taux publié n&apos;est pas ajouté (le principal et l&apos;indemnité forfaitaire restent dus).</source>
        <translation>Relance raadt geen rentevoet: de interest voor deze dagen wordt niet berekend zolang de gepubliceerde rentevoet niet is toegevoegd (de hoofdsom en de forfaitaire vergoeding blijven verschuldigd).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates_notice.py" line="129"/>
        <source>Dernier semestre complet : {half_year} (taux connus jusqu&apos;au {day}).</source>
        <translation>Laatste volledige semester: {half_year} (rentevoeten gekend tot {day}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates_notice.py" line="132"/>
        <source>À compléter par un fichier de taux reçu, la mise à jour en ligne ou la saisie du taux avec sa source.</source>
        <translation>Aan te vullen met een ontvangen rentebestand, online bijwerken of het invoeren van de rentevoet met de bron.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates_notice.py" line="135"/>
        <source>Trois façons de mettre la table à jour : importer le fichier de taux reçu (par exemple de votre expert-comptable), la mise à jour en ligne si vous l&apos;autorisez, ou saisir le taux publié avec sa source.</source>
        <translation>Drie manieren om de tabel bij te werken: het ontvangen rentebestand importeren (bijvoorbeeld van uw boekhouder), online bijwerken als u dat toestaat, of de gepubliceerde rentevoet met de bron invoeren.</translation>
    </message>
</context>
<context>
    <name>ReceivablesModel</name>
    <message>
        <location filename="../../relance_desktop/views/invoice_cells.py" line="43"/>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/invoice_cells.py" line="44"/>
        <source>N° facture</source>
        <translation>Factuurnr.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/invoice_cells.py" line="45"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/invoice_cells.py" line="46"/>
        <source>Échéance</source>
        <translation>Vervaldag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/invoice_cells.py" line="47"/>
        <source>Retard (j)</source>
        <translation>Te laat (d)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/invoice_cells.py" line="48"/>
        <source>Montant TTC</source>
        <translation>Bedrag incl. btw</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/invoice_cells.py" line="49"/>
        <source>Reste dû</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/invoice_cells.py" line="50"/>
        <source>Dernière action</source>
        <translation>Laatste actie</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/invoice_cells.py" line="51"/>
        <source>Prochaine étape</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/invoice_cells.py" line="52"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="127"/>
        <source>Import terminé</source>
        <translation>Import voltooid</translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="133"/>
        <source>%n clients créés</source>
        <translation>
            <numerusform>%n klant aangemaakt</numerusform>
            <numerusform>%n klanten aangemaakt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="135"/>
        <source>%n factures créées</source>
        <translation>
            <numerusform>%n factuur aangemaakt</numerusform>
            <numerusform>%n facturen aangemaakt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="137"/>
        <source>%n factures mises à jour</source>
        <translation>
            <numerusform>%n factuur bijgewerkt</numerusform>
            <numerusform>%n facturen bijgewerkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="139"/>
        <source>%n avoirs appliqués</source>
        <translation>
            <numerusform>%n creditnota toegepast</numerusform>
            <numerusform>%n creditnota&apos;s toegepast</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="140"/>
        <source>%n factures marquées payées</source>
        <translation>
            <numerusform>%n factuur als betaald gemarkeerd</numerusform>
            <numerusform>%n facturen als betaald gemarkeerd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="144"/>
        <source>Les factures ont été importées.</source>
        <translation>De facturen werden geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="146"/>
        <source>La liste des factures en retard est à jour. Un prochain import du même logiciel mettra à jour ces factures, sans doublon.</source>
        <translation>De lijst met vervallen facturen is bijgewerkt. Een volgende import uit dezelfde software werkt deze facturen bij, zonder dubbels.</translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="115"/>
        <source>Scénarios de relance</source>
        <translation>Aanmaningsscenario&apos;s</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="121"/>
        <source>Scénario :</source>
        <translation>Scenario:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="126"/>
        <source>Nom :</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="167"/>
        <source>&amp;Ajouter une étape</source>
        <translation>Stap &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="168"/>
        <source>&amp;Supprimer l&apos;étape</source>
        <translation>Stap &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="169"/>
        <source>Monter</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="170"/>
        <source>Descendre</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="132"/>
        <source>Étapes</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="183"/>
        <source>La première règle qui convient donne le scénario ; sinon, le scénario par défaut. Types : business, sole_trader, consumer, public_body ; comportements : new, punctual, loyal_late_once, occasional, chronic, disputing.</source>
        <translation>De eerste passende regel bepaalt het scenario; anders het standaardscenario. Soorten: business, sole_trader, consumer, public_body; gedrag: new, punctual, loyal_late_once, occasional, chronic, disputing.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="192"/>
        <source>Ajouter une règle</source>
        <translation>Regel toevoegen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="194"/>
        <source>Supprimer la règle</source>
        <translation>Regel verwijderen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="198"/>
        <source>Par défaut :</source>
        <translation>Standaard:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="133"/>
        <source>Règles d&apos;attribution</source>
        <translation>Toewijzingsregels</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="144"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="145"/>
        <source>Annuler</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="255"/>
        <source>Étape {n} : seul un e-mail de rappel courtois peut partir automatiquement.</source>
        <translation>Stap {n}: alleen een vriendelijke herinneringsmail kan automatisch vertrekken.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="258"/>
        <source>Étape {n} : une répétition demande un nombre de jours et un nombre de fois.</source>
        <translation>Stap {n}: een herhaling vraagt een aantal dagen en een aantal keren.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="261"/>
        <source>Étape {n} : le remerciement, et lui seul, compte à partir du paiement.</source>
        <translation>Stap {n}: het bedankje, en alleen dat, telt vanaf de betaling.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="273"/>
        <source>Un scénario a au moins une étape.</source>
        <translation>Een scenario heeft minstens één stap.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="275"/>
        <source>Un seul remerciement par scénario.</source>
        <translation>Slechts één bedankje per scenario.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="340"/>
        <source>Règle {n} : « {value} » n&apos;est pas un montant en euros entiers.</source>
        <translation>Regel {n}: „{value}” is geen bedrag in hele euro.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="345"/>
        <source>Règle {n} : comportement inconnu « {value} ».</source>
        <translation>Regel {n}: onbekend gedrag „{value}”.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="54"/>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="373"/>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="376"/>
        <source>Scénario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="43"/>
        <source>Décalage (j)</source>
        <extracomment>The item role keeping a note as the company stores it (the cell shows it translated).</extracomment>
        <translation>Verschuiving (d)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="44"/>
        <source>À partir de</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="45"/>
        <source>Canal</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="46"/>
        <source>Type de lettre</source>
        <translation>Soort brief</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="47"/>
        <source>Montant min. (€)</source>
        <translation>Min. bedrag (€)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="48"/>
        <source>Automatique</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="49"/>
        <source>Répéter tous les (j)</source>
        <translation>Herhalen om de (d)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="50"/>
        <source>Au plus (fois)</source>
        <translation>Hoogstens (keer)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="51"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="55"/>
        <source>Types de clients</source>
        <translation>Soorten klanten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="56"/>
        <source>Pays</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="57"/>
        <source>Étiquettes</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="58"/>
        <source>Dû à partir de (€)</source>
        <translation>Verschuldigd vanaf (€)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="59"/>
        <source>Dû sous (€)</source>
        <translation>Verschuldigd onder (€)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="60"/>
        <source>Comportements</source>
        <translation>Gedrag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="66"/>
        <source>l&apos;échéance</source>
        <translation>de vervaldag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="67"/>
        <source>l&apos;étape précédente</source>
        <translation>de vorige stap</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="68"/>
        <source>le paiement</source>
        <translation>de betaling</translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/scenario_editor.py" line="365"/>
        <source>%n clients changent d&apos;étape aujourd&apos;hui avec ce scénario et ces règles.</source>
        <translation>
            <numerusform>%n klant verandert vandaag van stap met dit scenario en deze regels.</numerusform>
            <numerusform>%n klanten veranderen vandaag van stap met dit scenario en deze regels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/scenario_editor.py" line="377"/>
        <source>%n clients changent d&apos;étape aujourd&apos;hui. Enregistrer ?</source>
        <translation>
            <numerusform>%n klant verandert vandaag van stap. Opslaan?</numerusform>
            <numerusform>%n klanten veranderen vandaag van stap. Opslaan?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScriptSteps</name>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/script_steps.py" line="94"/>
        <source>Ce que répond le client</source>
        <translation>Wat de klant antwoordt</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/script_steps.py" line="115"/>
        <source>À relire au client</source>
        <translation>Voor te lezen aan de klant</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/script_steps.py" line="121"/>
        <source>Co&amp;pier le récapitulatif</source>
        <translation>Samenvatting &amp;kopiëren</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/script_steps.py" line="124"/>
        <source>Confirmer par &amp;écrit…</source>
        <translation>&amp;Schriftelijk bevestigen…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/script_steps.py" line="127"/>
        <source>Prépare le courrier ou l&apos;e-mail de confirmation ; le récapitulatif est aussi copié dans le presse-papiers.</source>
        <translation>Maakt de bevestigingsbrief of -e-mail klaar; de samenvatting wordt ook naar het klembord gekopieerd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/script_steps.py" line="136"/>
        <source>Compte rendu</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/script_steps.py" line="140"/>
        <source>— choisir —</source>
        <translation>— kiezen —</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/script_steps.py" line="144"/>
        <source>&amp;Résultat :</source>
        <translation>&amp;Resultaat:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/script_steps.py" line="150"/>
        <source>No&amp;uveau…</source>
        <translation>Nie&amp;uw…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/script_steps.py" line="153"/>
        <source>&amp;Personne jointe :</source>
        <translation>Bereikte &amp;persoon:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/script_steps.py" line="158"/>
        <source>— aucun / non dit —</source>
        <translation>— geen / niet gezegd —</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/script_steps.py" line="164"/>
        <source>&amp;Motif du retard :</source>
        <translation>Reden &amp;van de achterstand:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/script_steps.py" line="170"/>
        <source>&amp;Terminer l&apos;appel (Ctrl+Entrée)</source>
        <translation>&amp;Oproep beëindigen (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/script_steps.py" line="174"/>
        <source>A&amp;bandonner ce brouillon</source>
        <translation>Dit concept &amp;verwerpen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/script_steps.py" line="236"/>
        <source>Appel avec {customer} enregistré : {what}{agreed}</source>
        <translation>Gesprek met {customer} opgeslagen: {what}{agreed}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/script_steps.py" line="284"/>
        <source>Laissez parler le client, reformulez, puis choisissez ce qu&apos;il répond.</source>
        <translation>Laat de klant praten, herformuleer en kies dan wat hij antwoordt.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/script_steps.py" line="300"/>
        <source>— personne non précisée —</source>
        <translation>— niet opgegeven —</translation>
    </message>
</context>
<context>
    <name>SectionBox</name>
    <message>
        <location filename="../../relance_desktop/views/template_editor/document.py" line="134"/>
        <source>Texte d&apos;origine</source>
        <translation>Oorspronkelijke tekst</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/document.py" line="135"/>
        <source>Revenir au texte livré avec Relance</source>
        <translation>Terug naar de tekst die met Relance wordt geleverd</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../relance_desktop/views/help.py" line="89"/>
        <source>Raccourcis clavier</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/help.py" line="94"/>
        <source>Commande</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/help.py" line="94"/>
        <source>Touches</source>
        <translation>Toetsen</translation>
    </message>
</context>
<context>
    <name>SmtpSettingsDialog</name>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="39"/>
        <source>Paramètres d&apos;envoi des e-mails</source>
        <translation>Instellingen voor het verzenden van e-mails</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="44"/>
        <source>smtp.example.fr</source>
        <translation>smtp.example.fr</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="46"/>
        <source>SSL (port 465)</source>
        <translation>SSL (poort 465)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="47"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (poort 587)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="48"/>
        <source>Aucune (déconseillé)</source>
        <translation>Geen (afgeraden)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="56"/>
        <source>souvent votre adresse e-mail</source>
        <translation>vaak uw e-mailadres</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="61"/>
        <source>Oublier le mot de passe</source>
        <translation>Wachtwoord wissen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="63"/>
        <source>relances@votre-societe.fr</source>
        <translation>boekhouding@uw-onderneming.be</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="65"/>
        <source>Tester la connexion</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="76"/>
        <source>Serveur d&apos;envoi (SMTP) :</source>
        <translation>Uitgaande mailserver (SMTP):</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="77"/>
        <source>Sécurité :</source>
        <translation>Beveiliging:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="78"/>
        <source>Port :</source>
        <translation>Poort:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="79"/>
        <source>Identifiant :</source>
        <translation>Gebruikersnaam:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="80"/>
        <source>Mot de passe :</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="85"/>
        <source>Adresse de l&apos;expéditeur :</source>
        <translation>Afzenderadres:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="86"/>
        <source>Nom de l&apos;expéditeur :</source>
        <translation>Naam van de afzender:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="92"/>
        <source>&amp;Enregistrer</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="93"/>
        <source>Annuler</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="138"/>
        <source>Aucun trousseau de mots de passe n&apos;est disponible sur cet ordinateur : le mot de passe sera demandé à chaque envoi (il n&apos;est jamais enregistré en clair).</source>
        <translation>Er is geen wachtwoordkluis beschikbaar op deze computer: het wachtwoord wordt bij elke verzending gevraagd (het wordt nooit als leesbare tekst opgeslagen).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="141"/>
        <source>demandé à chaque envoi</source>
        <translation>bij elke verzending gevraagd</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="146"/>
        <source>Mot de passe enregistré dans le trousseau.</source>
        <translation>Wachtwoord opgeslagen in de wachtwoordkluis.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="147"/>
        <source>Aucun mot de passe enregistré : tapez-le pour le garder dans le trousseau du système.</source>
        <translation>Geen wachtwoord opgeslagen: typ het om het in de wachtwoordkluis van het systeem te bewaren.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="150"/>
        <source>laisser vide pour garder celui du trousseau</source>
        <translation>leeg laten om het wachtwoord uit de kluis te behouden</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="181"/>
        <source>Connexion réussie à {server}.</source>
        <translation>Verbinding met {server} geslaagd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="202"/>
        <source>Indiquez l&apos;identifiant qui va avec ce mot de passe.</source>
        <translation>Vul de gebruikersnaam in die bij dit wachtwoord hoort.</translation>
    </message>
</context>
<context>
    <name>StopDialog</name>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="55"/>
        <source>Arrêter les relances</source>
        <translation>Aanmaningen stoppen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="58"/>
        <source>ex. : litige en cours de règlement amiable</source>
        <translation>bv.: geschil wordt in der minne geregeld</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="59"/>
        <source>Raison :</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="60"/>
        <source>Reprendre après le</source>
        <translation>Hervatten na</translation>
    </message>
</context>
<context>
    <name>TeamMoveDialog</name>
    <message>
        <location filename="../../relance_desktop/views/team_move_dialog.py" line="44"/>
        <source>Déplacer une société</source>
        <translation>Een bedrijf verplaatsen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_move_dialog.py" line="46"/>
        <source>D&apos;un fichier vers un serveur d&apos;équipe</source>
        <translation>Van een bestand naar een teamserver</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_move_dialog.py" line="47"/>
        <source>D&apos;un serveur d&apos;équipe vers un nouveau fichier</source>
        <translation>Van een teamserver naar een nieuw bestand</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_move_dialog.py" line="49"/>
        <source>&amp;Parcourir…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_move_dialog.py" line="68"/>
        <source>&amp;Sens :</source>
        <translation>&amp;Richting:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_move_dialog.py" line="69"/>
        <source>&amp;Fichier de société :</source>
        <translation>&amp;Bedrijfsbestand:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_move_dialog.py" line="72"/>
        <source>&amp;Serveur :</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_move_dialog.py" line="73"/>
        <source>P&amp;ort :</source>
        <translation>P&amp;oort:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_move_dialog.py" line="74"/>
        <source>&amp;Base de données (vide) :</source>
        <translation>&amp;Database (leeg):</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_move_dialog.py" line="75"/>
        <source>&amp;Utilisateur :</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_move_dialog.py" line="76"/>
        <source>&amp;Mot de passe :</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_move_dialog.py" line="78"/>
        <source>Fermer</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_move_dialog.py" line="79"/>
        <source>&amp;Copier et vérifier</source>
        <translation>&amp;Kopiëren en controleren</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_move_dialog.py" line="96"/>
        <source>Fichier de société</source>
        <translation>Bedrijfsbestand</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_move_dialog.py" line="97"/>
        <location filename="../../relance_desktop/views/team_move_dialog.py" line="100"/>
        <source>Sociétés Relance (*.relance)</source>
        <translation>Relance-bedrijven (*.relance)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_move_dialog.py" line="99"/>
        <source>Nouveau fichier de société</source>
        <translation>Nieuw bedrijfsbestand</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_move_dialog.py" line="107"/>
        <source>Indiquez le fichier, le serveur, la base de données et l&apos;utilisateur.</source>
        <translation>Vul het bestand, de server, de database en de gebruiker in.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_move_dialog.py" line="131"/>
        <source>Copie vérifiée : {rows} lignes dans {tables} tables (clients : {customers} ; factures et avoirs : {documents}). Chaque nombre et chaque solde est identique à l&apos;original ; total dû : {owed}.</source>
        <translation>Kopie gecontroleerd: {rows} rijen in {tables} tabellen (klanten: {customers}; facturen en creditnota&apos;s: {documents}). Elk aantal en elk saldo is gelijk aan het origineel; totaal verschuldigd: {owed}.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../relance_desktop/views/template_editor/editor.py" line="246"/>
        <source>Textes des appels</source>
        <translation>Gespreksteksten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/editor.py" line="123"/>
        <source>&amp;Langue des textes :</source>
        <translation>&amp;Taal van de teksten:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/editor.py" line="145"/>
        <source>&amp;Documents :</source>
        <translation>&amp;Documenten:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/editor.py" line="194"/>
        <source>Aperçu avec des données d&apos;exemple</source>
        <translation>Voorbeeld met voorbeeldgegevens</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/editor.py" line="199"/>
        <source>Client entreprise</source>
        <translation>Zakelijke klant</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/editor.py" line="200"/>
        <source>Client particulier en France</source>
        <translation>Particuliere klant in Frankrijk</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/editor.py" line="201"/>
        <source>Client particulier en Belgique</source>
        <translation>Particuliere klant in België</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/editor.py" line="202"/>
        <source>Le client de l&apos;exemple : le texte et la loi qui s&apos;appliquent dépendent de lui</source>
        <translation>De voorbeeldklant: de tekst en het toepasselijke recht hangen van hem af</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/editor.py" line="243"/>
        <source>Textes des courriers et e-mails</source>
        <translation>Teksten van brieven en e-mails</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/editor.py" line="244"/>
        <source>Le client reçoit le texte de sa langue. ✎ = modifié.</source>
        <translation>De klant ontvangt de tekst in zijn eigen taal. ✎ = gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/editor.py" line="247"/>
        <source>Le client entend le texte de sa langue. ✎ = modifié.</source>
        <translation>De klant hoort de tekst in zijn eigen taal. ✎ = gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/editor.py" line="398"/>
        <source>{title} : {problem}</source>
        <translation>{title}: {problem}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/editor.py" line="507"/>
        <source>« {page} » a des modifications non enregistrées. Les enregistrer ?</source>
        <translation>‘{page}’ heeft niet-opgeslagen wijzigingen. Opslaan?</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/editor.py" line="59"/>
        <source>Appels</source>
        <translation>Oproepen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/editor.py" line="60"/>
        <source>Courriers et e-mails</source>
        <translation>Brieven en e-mails</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="247"/>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="248"/>
        <source>Conseils</source>
        <translation>Advies</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="249"/>
        <source>Objection</source>
        <translation>Bezwaar</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="250"/>
        <source>Récapitulatif</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="251"/>
        <source>Mot</source>
        <translation>Woord</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="252"/>
        <source>Moyen de paiement</source>
        <translation>Betaalwijze</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="253"/>
        <source>Périodicité</source>
        <translation>Frequentie</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="254"/>
        <source>entreprise</source>
        <translation>onderneming</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="255"/>
        <source>indépendant</source>
        <translation>zelfstandige</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="256"/>
        <source>particulier</source>
        <translation>particulier</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="257"/>
        <source>bon payeur</source>
        <translation>goede betaler</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="258"/>
        <source>retards fréquents</source>
        <translation>vaak te laat</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="259"/>
        <source>habituel</source>
        <translation>gewoon</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="260"/>
        <source>introduction</source>
        <translation>inleiding</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="261"/>
        <source>Phrase</source>
        <translation>Zin</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="262"/>
        <source>total des factures</source>
        <translation>totaal van de facturen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="263"/>
        <source>une seule facture</source>
        <translation>één factuur</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="264"/>
        <source>plusieurs factures</source>
        <translation>meerdere facturen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="265"/>
        <source>après une promesse non tenue</source>
        <translation>na een niet nagekomen belofte</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="266"/>
        <source>retard ancien après plusieurs appels</source>
        <translation>lang achterstallig na meerdere oproepen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="267"/>
        <source>après un courrier</source>
        <translation>na een brief</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="268"/>
        <source>après un premier appel</source>
        <translation>na een eerder gesprek</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="271"/>
        <source>promesse</source>
        <translation>betalingsbelofte</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="269"/>
        <source>échéancier</source>
        <translation>afbetalingsplan</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="272"/>
        <source>rappel</source>
        <translation>terugbelafspraak</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="270"/>
        <source>litige</source>
        <translation>betwisting</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="55"/>
        <source>Avis avant l&apos;échéance</source>
        <translation>Bericht vóór de vervaldag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="56"/>
        <source>Premier rappel</source>
        <translation>Eerste herinnering</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="57"/>
        <source>Deuxième rappel</source>
        <translation>Tweede herinnering</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="58"/>
        <source>Mise en demeure</source>
        <translation>Ingebrekestelling</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="59"/>
        <source>Confirmation d&apos;un accord</source>
        <translation>Bevestiging van een afspraak</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="60"/>
        <source>Échéancier</source>
        <translation>Afbetalingsplan</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="61"/>
        <source>Remerciement</source>
        <translation>Bedankbrief</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="62"/>
        <source>Relevé de compte</source>
        <translation>Rekeninguittreksel</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="63"/>
        <source>Dossier de recouvrement</source>
        <translation>Invorderingsdossier</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="64"/>
        <source>E-mail : copie de facture</source>
        <translation>E-mail: kopie van een factuur</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="65"/>
        <source>E-mail : récapitulatif d&apos;un appel</source>
        <translation>E-mail: samenvatting van een gesprek</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="67"/>
        <source>Libellés imprimés sur les documents</source>
        <translation>Opschriften op de documenten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="68"/>
        <source>Le courrier</source>
        <translation>De brief</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="69"/>
        <source>L&apos;e-mail qui accompagne le courrier</source>
        <translation>De e-mail bij de brief</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="70"/>
        <source>L&apos;e-mail</source>
        <translation>De e-mail</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="72"/>
        <source>Objet</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="73"/>
        <source>Formule d&apos;appel</source>
        <translation>Aanhef</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="74"/>
        <source>Texte avant le tableau</source>
        <translation>Tekst vóór de tabel</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="75"/>
        <source>Texte après les montants</source>
        <translation>Tekst na de bedragen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="76"/>
        <source>Formule de politesse</source>
        <translation>Slotformule</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="77"/>
        <source>Objet de l&apos;e-mail</source>
        <translation>Onderwerp van de e-mail</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="78"/>
        <source>Texte de l&apos;e-mail</source>
        <translation>Tekst van de e-mail</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="81"/>
        <source>Seulement pour un particulier : remplace le texte général</source>
        <translation>Alleen voor een particulier: vervangt de algemene tekst</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="83"/>
        <source>Seulement pour un particulier, en droit belge : remplace le texte général</source>
        <translation>Alleen voor een particulier, naar Belgisch recht: vervangt de algemene tekst</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="86"/>
        <source>Seulement pour une entreprise, en droit belge : remplace le texte général</source>
        <translation>Alleen voor een onderneming, naar Belgisch recht: vervangt de algemene tekst</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="91"/>
        <source>Le dossier : le client, ses factures, paiements, appels, courriers, promesses et litiges (rempli par Relance)</source>
        <translation>Het dossier: de klant, zijn facturen, betalingen, gesprekken, brieven, beloften en geschillen (ingevuld door Relance)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="94"/>
        <source>Le tableau des échéances (rempli par Relance)</source>
        <translation>De tabel met termijnen (ingevuld door Relance)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="96"/>
        <source>Les factures échues, puis celles à échoir (rempli par Relance)</source>
        <translation>De vervallen facturen, daarna de nog niet vervallen (ingevuld door Relance)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="98"/>
        <source>Le tableau des factures (rempli par Relance)</source>
        <translation>De tabel met facturen (ingevuld door Relance)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="100"/>
        <source>Le détail des sommes réclamées : intérêts de retard et indemnité, quand la loi les permet (rempli par Relance)</source>
        <translation>Het detail van de gevorderde bedragen: verwijlintresten en vergoeding, waar de wet ze toestaat (ingevuld door Relance)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="103"/>
        <source>Comment payer : IBAN, BIC, référence, montant et QR code (rempli par Relance)</source>
        <translation>Hoe betalen: IBAN, BIC, referentie, bedrag en QR-code (ingevuld door Relance)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="106"/>
        <source>La signature : votre nom et votre société, ou la signature des réglages des courriers</source>
        <translation>De handtekening: uw naam en uw bedrijf, of de handtekening uit de instellingen van de brieven</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="110"/>
        <source>Appel, étape {number} : {name}</source>
        <translation>Gesprek, stap {number}: {name}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="111"/>
        <source>Réponses aux objections</source>
        <translation>Antwoorden op bezwaren</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="112"/>
        <source>Récapitulatif lu au client</source>
        <translation>Samenvatting voorgelezen aan de klant</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="113"/>
        <source>Mots et tournures repris dans les phrases</source>
        <translation>Woorden en zinsdelen die in zinnen terugkomen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="114"/>
        <source>Conseils à l&apos;appelant (lui seul les voit)</source>
        <translation>Tips voor de beller (alleen hij of zij ziet ze)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="115"/>
        <source>Script : texte général</source>
        <translation>Script: algemene tekst</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="116"/>
        <source>Script : variante</source>
        <translation>Script: variant</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="117"/>
        <source>Seulement {situation} : passe avant les autres textes de l&apos;étape</source>
        <translation>Alleen {situation}: gaat vóór de andere teksten van de stap</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="119"/>
        <source>Seulement pour : {who} (remplace le texte général)</source>
        <translation>Alleen voor: {who} (vervangt de algemene tekst)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="121"/>
        <source>Lu quand c&apos;est convenu pendant l&apos;appel</source>
        <translation>Voorgelezen wanneer het tijdens het gesprek is afgesproken</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="273"/>
        <source>paiement annoncé</source>
        <translation>gemelde betaling</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="274"/>
        <source>copie envoyée</source>
        <translation>kopie verstuurd</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="275"/>
        <source>nouvel interlocuteur</source>
        <translation>nieuwe contactpersoon</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="276"/>
        <source>confirmation écrite</source>
        <translation>schriftelijke bevestiging</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="277"/>
        <source>rien de convenu</source>
        <translation>niets afgesproken</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="278"/>
        <source>aujourd&apos;hui</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="279"/>
        <source>demain</source>
        <translation>morgen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="280"/>
        <source>et</source>
        <translation>en</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="281"/>
        <source>produit par défaut</source>
        <translation>standaardproduct</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="282"/>
        <source>valeur inconnue</source>
        <translation>onbekende waarde</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/editor.py" line="114"/>
        <source>&amp;Textes de :</source>
        <translation>Teksten voo&amp;r:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/editor.py" line="178"/>
        <source>&amp;Enregistrer (Ctrl+S)</source>
        <translation>Op&amp;slaan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/editor.py" line="183"/>
        <source>&amp;Fermer</source>
        <translation>Sl&amp;uiten</translation>
    </message>
</context>
<context>
    <name>WrittenFollowUp</name>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/writing.py" line="48"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/writing.py" line="49"/>
        <source>Le texte de cet e-mail ne peut pas être rempli : {problem} Corrigez-le dans Outils › Textes des appels et courriers.</source>
        <translation>De tekst van deze e-mail kan niet worden ingevuld: {problem} Verbeter hem via Extra › Gespreks- en briefteksten.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/writing.py" line="57"/>
        <source>Copie de la facture</source>
        <translation>Kopie van de factuur</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/writing.py" line="58"/>
        <source>Aucune copie n&apos;est jointe à ces factures : joignez le PDF depuis la fiche client, puis recommencez.</source>
        <translation>Er is geen kopie bij deze facturen gevoegd: voeg de pdf toe via de klantenfiche en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/writing.py" line="72"/>
        <source>(adresse à demander)</source>
        <translation>(adres na te vragen)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/writing.py" line="103"/>
        <source>Récapitulatif copié dans le presse-papiers.</source>
        <translation>Samenvatting naar het klembord gekopieerd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/writing.py" line="125"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/writing.py" line="134"/>
        <source>échoit aujourd&apos;hui</source>
        <translation>vervalt vandaag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/writing.py" line="135"/>
        <source>échoit dans {days} j</source>
        <translation>vervalt over {days} d</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/writing.py" line="143"/>
        <source>Fiche d&apos;appel — {name}</source>
        <translation>Belfiche — {name}</translation>
    </message>
</context>
<context>
    <name>calls</name>
    <message>
        <location filename="../../relance_desktop/domain/calls/guards.py" line="64"/>
        <source>Ce client a demandé à être contacté uniquement par écrit : ne l&apos;appelez pas, envoyez-lui un courrier ou un e-mail.</source>
        <translation>Deze klant heeft gevraagd alleen schriftelijk te worden gecontacteerd: niet bellen, maar een brief of een e-mail sturen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/guards.py" line="69"/>
        <source>Il est {time} : en Belgique, les appels de recouvrement sont interdits entre 22:00 et 08:00. Rappelez à partir de 08:00.</source>
        <translation>Het is {time}: in België zijn invorderingsoproepen verboden tussen 22:00 en 08:00. Bel opnieuw vanaf 08:00.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/guards.py" line="74"/>
        <source>Il est {time}, en dehors des heures d&apos;appel prévues ({hours}).</source>
        <translation>Het is {time}, buiten de ingestelde beluren ({hours}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/guards.py" line="77"/>
        <source>Il est {time}, en dehors des heures où le client préfère être appelé ({hours}).</source>
        <translation>Het is {time}, buiten de uren waarop de klant liefst wordt gebeld ({hours}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/guards.py" line="80"/>
        <source>Nous sommes {day} : évitez d&apos;appeler un client le week-end.</source>
        <translation>Het is {day}: bel klanten liever niet in het weekend.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/guards.py" line="83"/>
        <source>Aujourd&apos;hui est un jour férié dans le pays du client ({holiday}).</source>
        <translation>Vandaag is een feestdag in het land van de klant ({holiday}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/guards.py" line="86"/>
        <source>Déjà appelé aujourd&apos;hui à {time} par {who} (appels aujourd&apos;hui : {count} ; au plus {limit} par jour).</source>
        <translation>Vandaag al gebeld om {time} door {who} (oproepen vandaag: {count}; maximaal {limit} per dag).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/guards.py" line="91"/>
        <source>Appels ces 7 derniers jours : déjà {count} (au plus {limit}) ; le dernier le {day} à {time} par {who}.</source>
        <translation>Oproepen in de afgelopen 7 dagen: al {count} (maximaal {limit}); de laatste op {day} om {time} door {who}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/guards.py" line="96"/>
        <source>Appels ces 30 derniers jours : déjà {count} (au plus {limit}) ; le dernier le {day} à {time} par {who}.</source>
        <translation>Oproepen in de afgelopen 30 dagen: al {count} (maximaal {limit}); de laatste op {day} om {time} door {who}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/guards.py" line="101"/>
        <source>Le client a refusé l&apos;appel le {day} ({who}) : pas de nouvel appel conseillé avant le {until}.</source>
        <translation>De klant heeft de oproep op {day} geweigerd ({who}): een nieuwe oproep wordt afgeraden vóór {until}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/guards.py" line="106"/>
        <source>un utilisateur non renseigné</source>
        <translation>een onbekende gebruiker</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="107"/>
        <source>Heures d&apos;appel « {text} » non comprises : « {word} » n&apos;est ni un jour ni une heure. Écrivez par exemple « {example} ».</source>
        <translation>Beluren ‘{text}’ niet begrepen: ‘{word}’ is geen dag en geen uur. Schrijf bijvoorbeeld ‘{example}’.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="112"/>
        <source>Heures d&apos;appel « {text} » non comprises : « {value} » n&apos;est pas une heure valide. Écrivez par exemple « {example} ».</source>
        <translation>Beluren ‘{text}’ niet begrepen: ‘{value}’ is geen geldig uur. Schrijf bijvoorbeeld ‘{example}’.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="117"/>
        <source>Heures d&apos;appel « {text} » : la plage {start}–{end} finit avant de commencer. Écrivez par exemple « {example} ».</source>
        <translation>Beluren ‘{text}’: het tijdvak {start}–{end} eindigt voordat het begint. Schrijf bijvoorbeeld ‘{example}’.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="122"/>
        <source>Heures d&apos;appel « {text} » : indiquez aussi les heures, pas seulement les jours. Écrivez par exemple « {example} ».</source>
        <translation>Beluren ‘{text}’: vermeld ook de uren, niet alleen de dagen. Schrijf bijvoorbeeld ‘{example}’.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="127"/>
        <source>Heures d&apos;appel « {text} » non comprises : chaque plage a un début et une fin. Écrivez par exemple « {example} ».</source>
        <translation>Beluren ‘{text}’ niet begrepen: elk tijdvak heeft een begin en een einde. Schrijf bijvoorbeeld ‘{example}’.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="332"/>
        <source>lundi</source>
        <translation>maandag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="333"/>
        <source>mardi</source>
        <translation>dinsdag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="334"/>
        <source>mercredi</source>
        <translation>woensdag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="335"/>
        <source>jeudi</source>
        <translation>donderdag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="336"/>
        <source>vendredi</source>
        <translation>vrijdag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="337"/>
        <source>samedi</source>
        <translation>zaterdag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="338"/>
        <source>dimanche</source>
        <translation>zondag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="356"/>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="414"/>
        <source>tous les jours</source>
        <translation>elke dag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="358"/>
        <source>du {first} au {last}</source>
        <translation>van {first} tot {last}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="362"/>
        <source>le {day}</source>
        <translation>op {day}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="363"/>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="398"/>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="364"/>
        <source>les {first} et {last}</source>
        <translation>op {first} en {last}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="371"/>
        <source>sans préférence</source>
        <translation>geen voorkeur</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="378"/>
        <source>de {start} à {end}</source>
        <translation>van {start} tot {end}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="382"/>
        <source>{first} et {rest}</source>
        <translation>{first} en {rest}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="383"/>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="421"/>
        <source>{days} {hours}</source>
        <translation>{days} {hours}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="385"/>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="423"/>
        <source>{first} ; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="389"/>
        <source>lun</source>
        <translation>ma</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="390"/>
        <source>mar</source>
        <translation>di</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="391"/>
        <source>mer</source>
        <translation>wo</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="392"/>
        <source>jeu</source>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="393"/>
        <source>ven</source>
        <translation>vr</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="394"/>
        <source>sam</source>
        <translation>za</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="395"/>
        <source>dim</source>
        <translation>zo</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="397"/>
        <source>{first}–{last}</source>
        <translation>{first}–{last}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/objective.py" line="40"/>
        <source>Convenir avec le client des étapes qui règlent le litige sur {amount}, avec une date pour chacune</source>
        <translation>Met de klant de stappen afspreken die de betwisting over {amount} oplossen, elk met een datum</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/objective.py" line="45"/>
        <source>Obtenir le paiement des {amount} aujourd&apos;hui ou demain</source>
        <translation>De betaling van de {amount} vandaag of morgen verkrijgen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/objective.py" line="46"/>
        <source>Obtenir un engagement court et précis : les {amount} payés à une date ferme, dans les 7 jours</source>
        <translation>Een korte, precieze toezegging verkrijgen: de {amount} betaald op een vaste datum, binnen 7 dagen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/objective.py" line="51"/>
        <source>Obtenir un engagement court et précis : un premier versement à une date ferme dans les 7 jours, sur les {amount} dus</source>
        <translation>Een korte, precieze toezegging verkrijgen: een eerste betaling op een vaste datum binnen 7 dagen, op de verschuldigde {amount}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/objective.py" line="56"/>
        <source>Obtenir une date ferme pour les {amount}, ou à défaut un échéancier daté</source>
        <translation>Een vaste datum voor de {amount} verkrijgen, of anders een gedateerd afbetalingsplan</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/objective.py" line="60"/>
        <source>Comprendre ce qui bloque le paiement des {amount}, puis obtenir une date</source>
        <translation>Begrijpen wat de betaling van de {amount} tegenhoudt en dan een datum verkrijgen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/objective.py" line="63"/>
        <source>Obtenir une date ferme pour le paiement des {amount}, dans les 15 jours au plus</source>
        <translation>Een vaste datum verkrijgen voor de betaling van de {amount}, binnen maximaal 15 dagen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/plans.py" line="37"/>
        <source>À ce montant, il faudrait {count} échéances (au plus {limit}) : demandez au client un montant plus élevé.</source>
        <translation>Met dit bedrag zijn {count} termijnen nodig (hoogstens {limit}): vraag de klant een hoger bedrag.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/plans.py" line="42"/>
        <source>Le montant à échelonner doit être positif.</source>
        <translation>Het te spreiden bedrag moet positief zijn.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/plans.py" line="43"/>
        <source>Le montant par échéance doit être positif.</source>
        <translation>Het bedrag per termijn moet positief zijn.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/plans.py" line="45"/>
        <source>Le nombre d&apos;échéances doit être compris entre 1 et {limit}.</source>
        <translation>Het aantal termijnen moet tussen 1 en {limit} liggen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/plans.py" line="47"/>
        <source>Trop d&apos;échéances pour ce montant : chacune serait de moins d&apos;un centime.</source>
        <translation>Te veel termijnen voor dit bedrag: elke termijn zou minder dan een cent zijn.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/plans.py" line="123"/>
        <source>Ajoutez au moins une échéance.</source>
        <translation>Voeg minstens één schijf toe.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/plans.py" line="124"/>
        <source>L&apos;échéance n° {number} du {day} doit avoir un montant positif.</source>
        <translation>Schijf nr. {number} van {day} moet een positief bedrag hebben.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/plans.py" line="127"/>
        <source>L&apos;échéance n° {number} ({day}) doit tomber après la précédente ({previous}).</source>
        <translation>Schijf nr. {number} ({day}) moet na de vorige vallen ({previous}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/plans.py" line="130"/>
        <source>L&apos;échéance n° {number} tombe dans le passé ({day}).</source>
        <translation>Schijf nr. {number} valt in het verleden ({day}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/plans.py" line="133"/>
        <source>Le total des échéances ({total}) dépasse ce qui est dû ({due}).</source>
        <translation>Het totaal van de schijven ({total}) is hoger dan wat verschuldigd is ({due}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/plans.py" line="136"/>
        <source>La dette ne serait soldée que le {end}, après {months} mois (au plus {limit} mois conseillés).</source>
        <translation>De schuld zou pas op {end} aangezuiverd zijn, na {months} maanden (maximaal {limit} maanden aangeraden).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/plans.py" line="141"/>
        <source>La dette ne serait soldée que le {end}, après {months} mois, soit environ {years} ans (au plus {limit} mois conseillés).</source>
        <translation>De schuld zou pas op {end} aangezuiverd zijn, na {months} maanden, of ongeveer {years} jaar (maximaal {limit} maanden aangeraden).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/plans.py" line="146"/>
        <source>Échéances inférieures au minimum conseillé de {minimum} : {count} (la plus petite : {smallest}).</source>
        <translation>Schijven onder het aangeraden minimum van {minimum}: {count} (de kleinste: {smallest}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/plans.py" line="151"/>
        <source>La première échéance ({day}) est dans {days} jours : au plus {limit} jours conseillés.</source>
        <translation>De eerste schijf ({day}) valt over {days} dagen: maximaal {limit} dagen aangeraden.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/plans.py" line="155"/>
        <source>Le plan ne couvre pas tout ce qui est dû ({due}) : il manque {missing}.</source>
        <translation>Het plan dekt niet alles wat verschuldigd is ({due}): er ontbreekt {missing}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/followup.py" line="55"/>
        <source>Promesse de paiement non tenue : rappeler le client.</source>
        <translation>Betalingsbelofte niet nagekomen: de klant terugbellen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/followup.py" line="56"/>
        <source>Promesse de paiement tenue en partie : rappeler le client pour le solde.</source>
        <translation>Betalingsbelofte gedeeltelijk nagekomen: de klant terugbellen voor het saldo.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/followup.py" line="59"/>
        <source>Échéance du plan de paiement non payée : rappeler le client.</source>
        <translation>Schijf van het afbetalingsplan niet betaald: de klant terugbellen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/queue.py" line="115"/>
        <source>Promesse de {amount} pour le {day} non tenue</source>
        <translation>Belofte van {amount} tegen {day} niet nagekomen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/queue.py" line="116"/>
        <source>Promesse de {amount} pour le {day} tenue en partie : {paid} reçus</source>
        <translation>Belofte van {amount} tegen {day} gedeeltelijk nagekomen: {paid} ontvangen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/queue.py" line="119"/>
        <source>Échéance de {amount} du {day} non payée (plan de paiement)</source>
        <translation>Schijf van {amount} van {day} niet betaald (afbetalingsplan)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/queue.py" line="122"/>
        <source>Rappel convenu à {time}</source>
        <translation>Terugbellen afgesproken om {time}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/queue.py" line="123"/>
        <source>Rappel convenu le {day} à {time}, pas encore fait</source>
        <translation>Terugbellen afgesproken op {day} om {time}, nog niet gebeurd</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/queue.py" line="124"/>
        <source>Paiement annoncé à vérifier : {amount}</source>
        <translation>Gemelde betaling na te kijken: {amount}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/queue.py" line="125"/>
        <source>Paiement promis pour le {day} à vérifier : {amount}</source>
        <translation>Beloofde betaling van {day} na te kijken: {amount}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/queue.py" line="126"/>
        <source>Échéance du {day} à vérifier : {amount}</source>
        <translation>Schijf van {day} na te kijken: {amount}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/queue.py" line="127"/>
        <source>Paiement annoncé à vérifier</source>
        <translation>Gemelde betaling na te kijken</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/queue.py" line="128"/>
        <source>{amount} en retard, jusqu&apos;à {days} jours</source>
        <translation>{amount} achterstallig, tot {days} dagen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/queue.py" line="129"/>
        <source>{first} + {rest}</source>
        <translation>{first} + {rest}</translation>
    </message>
</context>
<context>
    <name>callsheet</name>
    <message>
        <location filename="../../relance_desktop/services/callsheet.py" line="250"/>
        <source>La personne à demander</source>
        <translation>De persoon naar wie u vraagt</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/callsheet.py" line="252"/>
        <source>Aucun contact nommé : demandez qui s&apos;occupe des factures fournisseurs et notez son nom et sa fonction.</source>
        <translation>Geen contactpersoon bekend: vraag wie de leveranciersfacturen behandelt en noteer naam en functie.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/callsheet.py" line="258"/>
        <source>Fonction inconnue : demandez-la pendant l&apos;appel.</source>
        <translation>Functie onbekend: vraag ernaar tijdens het gesprek.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/callsheet.py" line="262"/>
        <source>Un numéro de téléphone</source>
        <translation>Een telefoonnummer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/callsheet.py" line="264"/>
        <source>Aucun numéro : cherchez-le sur la facture, le bon de commande ou le site du client.</source>
        <translation>Geen nummer: zoek het op de factuur, de bestelbon of de website van de klant.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/callsheet.py" line="268"/>
        <source>E-mail et adresse</source>
        <translation>E-mail en adres</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/callsheet.py" line="270"/>
        <source>Il manque l&apos;e-mail ou l&apos;adresse : demandez-les pour envoyer la confirmation écrite.</source>
        <translation>Het e-mailadres of het adres ontbreekt: vraag ernaar om de schriftelijke bevestiging te sturen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/callsheet.py" line="274"/>
        <source>Les factures : numéro, date, montant, échéance</source>
        <translation>De facturen: nummer, datum, bedrag, vervaldag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/callsheet.py" line="276"/>
        <source>Aucune facture échue : appel de courtoisie avant l&apos;échéance.</source>
        <translation>Geen vervallen factuur: een beleefdheidsoproep vóór de vervaldag.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/callsheet.py" line="279"/>
        <source>La copie de la facture sous la main</source>
        <translation>Een kopie van de factuur bij de hand</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/callsheet.py" line="280"/>
        <source>Pas de copie jointe pour : {numbers}. Joignez-la pour pouvoir l&apos;envoyer tout de suite si le client ne l&apos;a pas reçue.</source>
        <translation>Geen kopie toegevoegd voor: {numbers}. Voeg ze toe om ze meteen te kunnen sturen als de klant ze niet ontving.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/callsheet.py" line="284"/>
        <source>Les échanges passés</source>
        <translation>Eerdere contacten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/callsheet.py" line="286"/>
        <source>Relisez les paiements partiels, promesses, litiges et le dernier appel avant de composer le numéro.</source>
        <translation>Lees de deelbetalingen, beloften, betwistingen en de laatste oproep na voordat u belt.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/callsheet.py" line="290"/>
        <source>Premier contact pour ces factures.</source>
        <translation>Eerste contact over deze facturen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/callsheet.py" line="293"/>
        <source>Le circuit de paiement du client</source>
        <translation>Hoe de klant betaalt</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/callsheet.py" line="297"/>
        <source>Inconnu : demandez qui valide les paiements, s&apos;il faut un bon de commande et les jours de paiement.</source>
        <translation>Onbekend: vraag wie de betalingen goedkeurt, of een bestelbon nodig is en op welke dagen betaald wordt.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/callsheet.py" line="300"/>
        <source>L&apos;objectif de cet appel</source>
        <translation>Het doel van deze oproep</translation>
    </message>
</context>
<context>
    <name>claims</name>
    <message>
        <location filename="../../relance_desktop/services/claims.py" line="45"/>
        <location filename="../../relance_desktop/views/claim_watch.py" line="44"/>
        <source>En appel avec {holder} depuis {time}</source>
        <translation>In gesprek met {holder} sinds {time}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/claim_watch.py" line="71"/>
        <source>Client déjà en appel</source>
        <translation>Klant al in gesprek</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/claim_watch.py" line="73"/>
        <source>Ne l&apos;appelez pas en même temps.</source>
        <translation>Bel niet tegelijk.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../relance_desktop/views/crash.py" line="78"/>
        <source>le fichier</source>
        <translation>het bestand</translation>
    </message>
</context>
<context>
    <name>dunning</name>
    <message>
        <location filename="../../relance_desktop/services/dunning_run.py" line="74"/>
        <source>{company} : sauf erreur, {amount} restent dus (factures n° {numbers}). Merci de régler ou de nous appeler.</source>
        <translation>{company}: behoudens vergissing staat nog {amount} open (factuurnr. {numbers}). Gelieve te betalen of ons te bellen.</translation>
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
        <location filename="../../relance_desktop/services/invoices.py" line="221"/>
        <source>« {path} » est trop volumineux ({mb} Mo, 25 Mo au plus).</source>
        <translation>‘{path}’ is te groot ({mb} MB, maximaal 25 MB).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="230"/>
        <location filename="../../relance_desktop/store/database.py" line="66"/>
        <source>Impossible de lire « {path} » : {reason}</source>
        <translation>Kan ‘{path}’ niet lezen: {reason}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/database.py" line="110"/>
        <source>Le fichier « {path} » n&apos;existe pas.</source>
        <translation>Het bestand ‘{path}’ bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/database.py" line="62"/>
        <source>Vous n&apos;avez pas le droit de lire « {path} ».</source>
        <translation>U hebt geen toestemming om ‘{path}’ te lezen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/database.py" line="131"/>
        <source>Le fichier « {path} » est incomplet ou endommagé ({size} octets au lieu de {expected}). Rouvrez une sauvegarde. Rien n&apos;a été modifié.</source>
        <translation>Het bestand ‘{path}’ is onvolledig of beschadigd ({size} bytes in plaats van {expected}). Open een back-up. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/database.py" line="150"/>
        <source>« {path} » a été enregistré par une version plus récente de Relance (format {found}, cette version lit jusqu&apos;au format {known}). Mettez Relance à jour pour l&apos;ouvrir. Rien n&apos;a été modifié.</source>
        <translation>‘{path}’ werd opgeslagen met een recentere versie van Relance (formaat {found}, deze versie leest tot formaat {known}). Werk Relance bij om het te openen. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/database.py" line="163"/>
        <source>« {path} » est utilisé par un autre programme (verrouillé). Fermez-le puis réessayez.</source>
        <translation>‘{path}’ wordt door een ander programma gebruikt (vergrendeld). Sluit het en probeer opnieuw.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/database.py" line="167"/>
        <source>« {path} » est en lecture seule : Relance ne peut pas y enregistrer. Copiez-le dans un dossier où vous pouvez écrire.</source>
        <translation>‘{path}’ is alleen-lezen: Relance kan er niet in opslaan. Kopieer het naar een map waarin u kunt schrijven.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/database.py" line="172"/>
        <source>Le disque est plein : « {path} » n&apos;a pas pu être enregistré. Libérez de la place ; la dernière modification n&apos;a pas été enregistrée.</source>
        <translation>De schijf is vol: ‘{path}’ kon niet worden opgeslagen. Maak ruimte vrij; de laatste wijziging werd niet opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/database.py" line="177"/>
        <source>« {path} » est endommagé et ne peut pas être lu. Rouvrez une sauvegarde.</source>
        <translation>‘{path}’ is beschadigd en kan niet worden gelezen. Open een back-up.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/database.py" line="180"/>
        <source>Impossible d&apos;ouvrir « {path} ».</source>
        <translation>Kan ‘{path}’ niet openen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/demo.py" line="630"/>
        <location filename="../../relance_desktop/store/database.py" line="432"/>
        <source>« {path} » existe déjà : choisissez un autre nom de fichier.</source>
        <extracomment>Days from today to the due date of the invoices :func:`_fresh_invoices` adds: with the French business scenario, a courtesy e-mail (due in 5 days), a call (5 days late) and a first reminder letter (15 days late) all fall on the demo&apos;s day.</extracomment>
        <translation>‘{path}’ bestaat al: kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/database.py" line="439"/>
        <source>Le dossier « {path} » n&apos;existe pas.</source>
        <translation>De map ‘{path}’ bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/common.py" line="68"/>
        <source>Relance</source>
        <translation>Relance</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/server.py" line="78"/>
        <source>Le serveur {where} a refusé l&apos;utilisateur ou le mot de passe. Vérifiez-les.</source>
        <translation>De server {where} heeft de gebruiker of het wachtwoord geweigerd. Controleer ze.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/server.py" line="81"/>
        <source>Le serveur {where} ne répond pas : vérifiez son adresse, son port, qu&apos;il est démarré et que le réseau passe. Rien n&apos;a été modifié.</source>
        <translation>De server {where} antwoordt niet: controleer het adres, de poort, of hij draait en of het netwerk werkt. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/server.py" line="85"/>
        <source>Le serveur {where} n&apos;accepte pas de connexion chiffrée (TLS), or Relance l&apos;exige pour un serveur qui n&apos;est pas sur cet ordinateur. Demandez à son administrateur d&apos;activer TLS (ssl = on).</source>
        <translation>De server {where} aanvaardt geen versleutelde verbinding (TLS), terwijl Relance dat eist voor een server die niet op deze computer staat. Vraag de beheerder TLS aan te zetten (ssl = on).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/server.py" line="90"/>
        <source>Le certificat du serveur {where} n&apos;a pas pu être vérifié : {reason}</source>
        <translation>Het certificaat van de server {where} kon niet worden gecontroleerd: {reason}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/server.py" line="93"/>
        <source>Le certificat du serveur {where} n&apos;est pas signé par l&apos;autorité (CA) indiquée : ce n&apos;est peut-être pas le bon serveur. Demandez à son administrateur le certificat de l&apos;autorité qui l&apos;a signé et indiquez-le. Rien n&apos;a été envoyé.</source>
        <translation>Het certificaat van server {where} is niet ondertekend door de opgegeven autoriteit (CA): misschien is het niet de juiste server. Vraag de beheerder om het certificaat van de autoriteit die het ondertekende en geef het hier op. Er is niets verzonden.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/server.py" line="98"/>
        <source>Le serveur {where} n&apos;est pas sur cet ordinateur : Relance vérifie son certificat. Indiquez le certificat de l&apos;autorité (CA) qui l&apos;a signé, fourni par l&apos;administrateur du serveur. Rien n&apos;a été envoyé.</source>
        <translation>Server {where} staat niet op deze computer: Relance controleert zijn certificaat. Geef het certificaat van de autoriteit (CA) die het ondertekende, te verkrijgen bij de beheerder van de server. Er is niets verzonden.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/server.py" line="103"/>
        <source>Le certificat présenté par le serveur {where} n&apos;est pas établi au nom « {host} » : vérifiez le nom du serveur (celui de son certificat). Rien n&apos;a été envoyé.</source>
        <translation>Het certificaat van server {where} is niet uitgegeven op de naam ‘{host}’: controleer de naam van de server (die in zijn certificaat). Er is niets verzonden.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/server.py" line="107"/>
        <source>La base « {database} » n&apos;existe pas sur le serveur {where}, ou vous n&apos;avez pas le droit de vous y connecter.</source>
        <translation>De database “{database}” bestaat niet op de server {where}, of u mag er geen verbinding mee maken.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/server.py" line="111"/>
        <source>Le serveur {where} a refusé la connexion : {reason}</source>
        <translation>De server {where} heeft de verbinding geweigerd: {reason}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/server.py" line="165"/>
        <source>Serveur injoignable ({where}) : rien n&apos;a été enregistré sur le serveur. Relance se reconnecte dès qu&apos;il répond.</source>
        <translation>Server onbereikbaar ({where}): er is niets op de server opgeslagen. Relance verbindt opnieuw zodra hij antwoordt.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/server.py" line="306"/>
        <source>La base « {where} » ne contient pas de société Relance. Rien n&apos;a été modifié.</source>
        <translation>De database „{where}” bevat geen Relance-onderneming. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/server.py" line="309"/>
        <source>La base « {where} » a été mise à jour par une version plus récente de Relance (format {found}, cette version lit jusqu&apos;au format {known}). Mettez Relance à jour.</source>
        <translation>De database „{where}” is bijgewerkt door een nieuwere versie van Relance (formaat {found}, deze versie leest tot formaat {known}). Werk Relance bij.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/server.py" line="330"/>
        <source>La base « {where} » contient déjà une société.</source>
        <translation>De database „{where}” bevat al een onderneming.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/server.py" line="362"/>
        <source>La société de « {where} » doit être mise à jour pour cette version de Relance, ce que seul un administrateur de l&apos;équipe peut faire : demandez-lui d&apos;ouvrir la société une fois. Rien n&apos;a été modifié.</source>
        <translation>Het bedrijf in “{where}” moet worden bijgewerkt voor deze versie van Relance, wat alleen een beheerder van het team kan doen: vraag hem het bedrijf één keer te openen. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/backup.py" line="40"/>
        <source>« {where} » est une société sur un serveur : ses sauvegardes se font sur le serveur, pas par Relance.</source>
        <translation>‘{where}’ is een onderneming op een server: de back-ups gebeuren op de server, niet door Relance.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/backup.py" line="43"/>
        <source>Choisissez un autre fichier que la société ouverte pour y enregistrer la copie.</source>
        <translation>Kies een ander bestand dan de geopende onderneming om de kopie in op te slaan.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/concurrency.py" line="34"/>
        <source>« {name} » a été modifié ailleurs (une autre fenêtre, une autre session de Relance ou un autre poste) depuis l&apos;ouverture de ce formulaire. Rien n&apos;a été enregistré.</source>
        <translation>‘{name}’ is elders gewijzigd (een ander venster, een andere Relance-sessie of een andere computer) sinds dit formulier werd geopend. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/storage.py" line="14"/>
        <source>« {path} » est ouvert en lecture seule ici, car une autre fenêtre de Relance l&apos;utilise : rien n&apos;a été enregistré. Faites la modification dans cette autre fenêtre, ou fermez-la puis rouvrez le fichier ici.</source>
        <translation>‘{path}’ is hier alleen-lezen geopend, omdat een ander Relance-venster het gebruikt: er is niets opgeslagen. Breng de wijziging aan in dat andere venster, of sluit het en open het bestand hier opnieuw.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/team_move.py" line="39"/>
        <source>La destination « {where} » contient déjà des données ({table} : {count}). Rien n&apos;a été copié : choisissez une base ou un fichier vide.</source>
        <translation>De bestemming “{where}” bevat al gegevens ({table}: {count}). Er is niets gekopieerd: kies een lege database of een leeg bestand.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/team_move.py" line="42"/>
        <source>La copie vers « {where} » ne correspond pas à l&apos;original ({what}) : elle a été annulée, l&apos;original n&apos;a pas changé.</source>
        <translation>De kopie naar “{where}” komt niet overeen met het origineel ({what}): ze is ongedaan gemaakt, het origineel is niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/team_move.py" line="174"/>
        <source>Le fichier « {path} » existe déjà : choisissez un autre nom.</source>
        <translation>Het bestand “{path}” bestaat al: kies een andere naam.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/team_roles.py" line="37"/>
        <source>Votre rôle dans l&apos;équipe ne permet pas cette modification : le serveur l&apos;a refusée et rien n&apos;a été enregistré. Ce que vous avez saisi est toujours là. Demandez à un administrateur de l&apos;équipe de la faire, ou de changer votre rôle.</source>
        <translation>Uw rol in het team laat deze wijziging niet toe: de server heeft ze geweigerd en er is niets opgeslagen. Wat u hebt ingevuld, staat er nog. Vraag een beheerder van het team om ze uit te voeren of om uw rol te wijzigen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/company.py" line="92"/>
        <source>Aucun courrier produit : il manque sur la fiche de la société {fields}. Complétez-la (Fichier › Fiche de la société) puis recommencez.</source>
        <translation>Geen brief gemaakt: in de ondernemingsgegevens ontbreekt {fields}. Vul ze aan (Bestand › Ondernemingsgegevens) en probeer opnieuw.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../relance_desktop/services/company.py" line="37"/>
        <location filename="../../relance_desktop/services/customers.py" line="60"/>
        <location filename="../../relance_desktop/services/customers.py" line="174"/>
        <source>Le nom</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/company.py" line="72"/>
        <source>la rue et le numéro</source>
        <translation>de straat en het huisnummer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/company.py" line="73"/>
        <source>le code postal</source>
        <translation>de postcode</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/company.py" line="74"/>
        <source>la localité</source>
        <translation>de gemeente</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/company.py" line="75"/>
        <source>le numéro d&apos;entreprise (SIREN ou BCE)</source>
        <translation>het ondernemingsnummer (SIREN of KBO)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/company.py" line="76"/>
        <source>l&apos;IBAN où payer</source>
        <translation>het IBAN waarop betaald wordt</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/company.py" line="77"/>
        <source>l&apos;adresse e-mail où vous répondre</source>
        <translation>het e-mailadres om u te antwoorden</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/company.py" line="78"/>
        <source>le téléphone où vous joindre</source>
        <translation>het telefoonnummer om u te bereiken</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="66"/>
        <source>Le numéro de facture</source>
        <translation>Factuurnummer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="19"/>
        <source>Votre nom</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="20"/>
        <source>Votre société</source>
        <translation>Uw bedrijf</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="21"/>
        <source>Nom du client</source>
        <translation>Naam van de klant</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="22"/>
        <source>Numéros des factures</source>
        <translation>Factuurnummers</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="23"/>
        <source>Nombre de factures</source>
        <translation>Aantal facturen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="24"/>
        <source>Référence de paiement</source>
        <translation>Betalingsreferentie</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="25"/>
        <source>Votre IBAN</source>
        <translation>Uw IBAN</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="26"/>
        <source>Montant promis</source>
        <translation>Beloofd bedrag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="27"/>
        <source>Date promise</source>
        <translation>Beloofde datum</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="28"/>
        <source>Moyen de paiement promis</source>
        <translation>Beloofde betaalwijze</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="29"/>
        <source>Nombre d&apos;échéances</source>
        <translation>Aantal termijnen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="30"/>
        <source>Montant par échéance</source>
        <translation>Bedrag per termijn</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="31"/>
        <source>Première échéance</source>
        <translation>Eerste termijn</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="32"/>
        <source>Dernière échéance</source>
        <translation>Laatste termijn</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="37"/>
        <source>Interlocuteur</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="38"/>
        <source>Numéro de facture</source>
        <translation>Factuurnummer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="39"/>
        <source>Date de facture</source>
        <translation>Factuurdatum</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="40"/>
        <source>Date d&apos;échéance</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="41"/>
        <location filename="../../relance_desktop/domain/field_names.py" line="71"/>
        <source>Montant dû</source>
        <translation>Verschuldigd bedrag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="42"/>
        <source>Reste dû sur la facture</source>
        <translation>Openstaand op de factuur</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="43"/>
        <source>Phrase du total</source>
        <translation>Zin met het totaal</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="44"/>
        <source>Montant de la promesse non tenue</source>
        <translation>Bedrag van de niet-nagekomen belofte</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="45"/>
        <source>Date de la promesse non tenue</source>
        <translation>Datum van de niet-nagekomen belofte</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="46"/>
        <source>Montant de l&apos;échéance en cours</source>
        <translation>Bedrag van de lopende termijn</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="47"/>
        <source>Date de l&apos;échéance en cours</source>
        <translation>Datum van de lopende termijn</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="48"/>
        <source>Date du dernier courrier</source>
        <translation>Datum van de laatste brief</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="49"/>
        <source>Date du dernier appel</source>
        <translation>Datum van het laatste gesprek</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="50"/>
        <source>Appels déjà passés</source>
        <translation>Reeds gevoerde gesprekken</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="51"/>
        <source>Jours de retard</source>
        <translation>Dagen achterstand</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="52"/>
        <source>Ce qui a été vendu</source>
        <translation>Wat er verkocht is</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="53"/>
        <source>Objectif de l&apos;appel</source>
        <translation>Doel van het gesprek</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="54"/>
        <source>E-mail du client</source>
        <translation>E-mail van de klant</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="55"/>
        <source>Téléphone du client</source>
        <translation>Telefoon van de klant</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="56"/>
        <source>Qui valide les paiements</source>
        <translation>Wie betalingen goedkeurt</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="57"/>
        <source>Jours de paiement du client</source>
        <translation>Betaaldagen van de klant</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="58"/>
        <source>Rythme des échéances</source>
        <translation>Ritme van de termijnen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="59"/>
        <source>Moment du rappel</source>
        <translation>Tijdstip van terugbellen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="60"/>
        <source>Montant annoncé comme payé</source>
        <translation>Bedrag dat betaald zou zijn</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="61"/>
        <source>Date du paiement annoncé</source>
        <translation>Datum van de gemelde betaling</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="62"/>
        <source>Nouvel interlocuteur</source>
        <translation>Nieuwe contactpersoon</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="63"/>
        <source>Factures contestées</source>
        <translation>Betwiste facturen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="68"/>
        <source>Destinataire</source>
        <translation>Geadresseerde</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="69"/>
        <source>Votre ville</source>
        <translation>Uw gemeente</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="70"/>
        <source>Date du courrier</source>
        <translation>Datum van de brief</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="72"/>
        <source>Total réclamé</source>
        <translation>Gevorderd totaal</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="73"/>
        <source>Intérêts de retard</source>
        <translation>Verwijlintresten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="74"/>
        <source>Indemnité de recouvrement</source>
        <translation>Invorderingsvergoeding</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="75"/>
        <source>Date limite de paiement</source>
        <translation>Uiterste betaaldatum</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="76"/>
        <source>Délai de paiement en jours</source>
        <translation>Betaaltermijn in dagen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="77"/>
        <source>Votre BIC</source>
        <translation>Uw BIC</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="78"/>
        <source>Total de l&apos;échéancier</source>
        <translation>Totaal van het afbetalingsplan</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="79"/>
        <source>Montant reçu</source>
        <translation>Ontvangen bedrag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="80"/>
        <source>Date du paiement reçu</source>
        <translation>Datum van de ontvangen betaling</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="81"/>
        <source>Votre e-mail</source>
        <translation>Uw e-mail</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="82"/>
        <source>Votre téléphone</source>
        <translation>Uw telefoon</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="83"/>
        <source>Numéro de page</source>
        <translation>Paginanummer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="84"/>
        <source>Nombre de pages</source>
        <translation>Aantal pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="85"/>
        <source>Objet du courrier</source>
        <translation>Onderwerp van de brief</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="86"/>
        <source>Récapitulatif de l&apos;appel</source>
        <translation>Samenvatting van het gesprek</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="87"/>
        <source>Formule d&apos;appel</source>
        <translation>Aanhef</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="88"/>
        <source>Civilité</source>
        <translation>Aanspreektitel</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="89"/>
        <source>Montant échu</source>
        <translation>Vervallen bedrag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="90"/>
        <source>Nom de famille</source>
        <translation>Familienaam</translation>
    </message>
</context>
<context>
    <name>gdpr</name>
    <message>
        <location filename="../../relance_desktop/services/gdpr.py" line="70"/>
        <source>{name} ne peut pas être anonymisé : des factures ou avoirs sont encore ouverts ({count} : {numbers}).</source>
        <translation>{name} kan niet geanonimiseerd worden: er staan nog facturen of creditnota&apos;s open ({count}: {numbers}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/gdpr.py" line="73"/>
        <source>{name} ne peut pas être anonymisé : une promesse de paiement est encore ouverte.</source>
        <translation>{name} kan niet geanonimiseerd worden: er staat nog een betalingsbelofte open.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/gdpr.py" line="75"/>
        <source>{name} ne peut pas être anonymisé : un échéancier est encore en cours.</source>
        <translation>{name} kan niet geanonimiseerd worden: er loopt nog een afbetalingsplan.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/gdpr.py" line="77"/>
        <source>{name} ne peut pas être anonymisé : un litige est encore ouvert.</source>
        <translation>{name} kan niet geanonimiseerd worden: er is nog een geschil open.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/gdpr.py" line="79"/>
        <source>{name} ne peut pas être anonymisé avant le {until} : la durée de conservation ({years} ans après la dernière dette soldée, le {last}) n&apos;est pas écoulée.</source>
        <translation>{name} kan niet geanonimiseerd worden vóór {until}: de bewaartermijn ({years} jaar na de laatste vereffende schuld, op {last}) is niet verstreken.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/gdpr.py" line="82"/>
        <source>Ce client est déjà anonymisé.</source>
        <translation>Deze klant is al geanonimiseerd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/gdpr.py" line="398"/>
        <source>Impossible d&apos;écrire l&apos;export dans « {folder} » : {reason}.</source>
        <translation>Kan de export niet schrijven naar &quot;{folder}&quot;: {reason}.</translation>
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
        <source>Litige ouvert sur {number}</source>
        <translation>Betwisting geopend voor {number}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/history.py" line="29"/>
        <source>Échéancier de {count} échéances</source>
        <translation>Afbetalingsplan in {count} schijven</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/history.py" line="30"/>
        <source>Rappel convenu pour le {when}</source>
        <translation>Terugbellen afgesproken op {when}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/history.py" line="31"/>
        <source>Paiement annoncé par le client, à vérifier</source>
        <translation>Betaling gemeld door de klant, na te kijken</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/history.py" line="32"/>
        <source>Correction d&apos;un appel</source>
        <translation>Correctie van een oproep</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/history.py" line="33"/>
        <source>Suivi : {entity} {status}</source>
        <translation>Opvolging: {entity} {status}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/history.py" line="34"/>
        <source>Document produit : {kind}</source>
        <translation>Document aangemaakt: {kind}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/history.py" line="35"/>
        <source>Import « {file} »</source>
        <translation>Import ‘{file}’</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/history.py" line="36"/>
        <source>Modification : {entity}</source>
        <translation>Wijziging: {entity}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/history.py" line="37"/>
        <source>Relance « {scenario} », étape {position} : {channel}</source>
        <translation>Aanmaning « {scenario} », stap {position}: {channel}</translation>
    </message>
</context>
<context>
    <name>importers</name>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="102"/>
        <source>numéro de facture (BT-1)</source>
        <translation>factuurnummer (BT-1)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="103"/>
        <source>date de facture (BT-2)</source>
        <translation>factuurdatum (BT-2)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="104"/>
        <source>type de document (BT-3)</source>
        <translation>documenttype (BT-3)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="105"/>
        <source>devise (BT-5)</source>
        <translation>munt (BT-5)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="106"/>
        <source>date d&apos;échéance (BT-9)</source>
        <translation>vervaldag (BT-9)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="107"/>
        <source>nom de l&apos;acheteur (BT-44)</source>
        <translation>naam van de koper (BT-44)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="108"/>
        <source>pays de l&apos;acheteur (BT-55)</source>
        <translation>land van de koper (BT-55)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="109"/>
        <source>total TTC (BT-112)</source>
        <translation>totaal incl. btw (BT-112)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="110"/>
        <source>montant déjà payé (BT-113)</source>
        <translation>reeds betaald bedrag (BT-113)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="111"/>
        <source>arrondi (BT-114)</source>
        <translation>afrondingsbedrag (BT-114)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="112"/>
        <source>montant à payer (BT-115)</source>
        <translation>te betalen bedrag (BT-115)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="113"/>
        <source>acheteur (BG-7)</source>
        <translation>koper (BG-7)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="114"/>
        <source>totaux (BG-22)</source>
        <translation>documenttotalen (BG-22)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="115"/>
        <source>fichier</source>
        <translation>bestand</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="116"/>
        <source>type de fichier</source>
        <translation>bestandstype</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_xml.py" line="44"/>
        <source>document XML</source>
        <translation>xml-document</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="117"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="119"/>
        <source>une facture électronique lisible</source>
        <translation>een leesbare e-factuur</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="121"/>
        <source>un code de type (380 facture, 381 avoir…) ; pris comme {code}</source>
        <translation>een typecode (380 factuur, 381 creditnota…); behandeld als {code}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_xml.py" line="45"/>
        <source>{file} : {field} : attendu {expected}, trouvé « {found} »</source>
        <translation>{file}: {field}: verwacht {expected}, gevonden ‘{found}’</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_xml.py" line="48"/>
        <source>{file} : {field} : attendu {expected}</source>
        <translation>{file}: {field}: verwacht {expected}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_xml.py" line="114"/>
        <source>un document XML ; le fichier est vide</source>
        <translation>een xml-document; het bestand is leeg</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_xml.py" line="116"/>
        <source>un document XML bien formé</source>
        <translation>een correct opgebouwd xml-document</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_xml.py" line="134"/>
        <source>un document XML ; aucun élément racine</source>
        <translation>een xml-document; er is geen rootelement</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_xml.py" line="142"/>
        <source>une facture électronique sans DOCTYPE (les entités ne sont pas admises)</source>
        <translation>een e-factuur zonder DOCTYPE (entiteiten zijn niet toegestaan)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_xml.py" line="274"/>
        <source>une valeur</source>
        <translation>een waarde</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_xml.py" line="287"/>
        <location filename="../../relance_desktop/importers/ubl.py" line="244"/>
        <source>un montant</source>
        <translation>een bedrag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_xml.py" line="295"/>
        <source>un montant décimal avec un point (par exemple 1234.56)</source>
        <translation>een decimaal bedrag met een punt (bijvoorbeeld 1234.56)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_xml.py" line="305"/>
        <source>un montant inférieur à mille milliards</source>
        <translation>een bedrag onder duizend miljard</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_xml.py" line="313"/>
        <source>un montant avec au plus deux décimales (arrondi au centime)</source>
        <translation>een bedrag met hoogstens twee decimalen (afgerond op de cent)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_xml.py" line="331"/>
        <source>un code devise ISO 4217 (EUR, GBP…)</source>
        <translation>een ISO 4217-muntcode (EUR, GBP…)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_xml.py" line="345"/>
        <source>un code pays ISO 3166 à deux lettres (FR, BE…)</source>
        <translation>een ISO 3166-landcode van twee letters (FR, BE…)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_xml.py" line="361"/>
        <source>un montant dans la devise du document ({currency})</source>
        <translation>een bedrag in de munt van het document ({currency})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_xml.py" line="383"/>
        <source>une date</source>
        <translation>een datum</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_xml.py" line="391"/>
        <source>une date au format 102 (AAAAMMJJ) entre {first} et {last}, pas au format {format}</source>
        <translation>een datum in formaat 102 (JJJJMMDD) tussen {first} en {last}, niet in formaat {format}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_xml.py" line="397"/>
        <source>une date AAAAMMJJ (format 102) entre {first} et {last}</source>
        <translation>een datum JJJJMMDD (formaat 102) tussen {first} en {last}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_xml.py" line="401"/>
        <source>une date AAAA-MM-JJ entre {first} et {last}</source>
        <translation>een datum JJJJ-MM-DD tussen {first} en {last}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="269"/>
        <source>un code de type d&apos;avoir (381…)</source>
        <translation>een typecode van een creditnota (381…)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="280"/>
        <source>un code de type de facture ou d&apos;avoir (UNTDID 1001 : 380, 381, 384, 389…) ; le document est pris comme une facture</source>
        <translation>een typecode van een factuur of creditnota (UNTDID 1001: 380, 381, 384, 389…); het document wordt als factuur behandeld</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="302"/>
        <location filename="../../relance_desktop/importers/ubl.py" line="210"/>
        <source>la devise du document</source>
        <translation>de munt van het document</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="350"/>
        <source>le montant à payer ; calculé à la place : total − montant déjà payé = {computed}</source>
        <translation>het te betalen bedrag; in plaats daarvan berekend: totaal − reeds betaald bedrag = {computed}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="362"/>
        <source>total {total} + arrondi {rounding} − déjà payé {prepaid} = {computed} ; le montant à payer du document est gardé : c&apos;est ce qui a été demandé au client</source>
        <translation>totaal {total} + afronding {rounding} − reeds betaald {prepaid} = {computed}; het te betalen bedrag van het document wordt behouden: dat is wat aan de klant werd gevraagd</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="389"/>
        <source>{file} : le document {number} (type {type}) a des montants négatifs : il est pris comme un avoir de {amount} {currency}.</source>
        <translation>{file}: document {number} (type {type}) heeft negatieve bedragen: het wordt behandeld als een creditnota van {amount} {currency}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="382"/>
        <source>{file} : le document {number} (type {type}) a des montants négatifs : il est pris comme une facture de {amount} {currency}.</source>
        <translation>{file}: document {number} (type {type}) heeft negatieve bedragen: het wordt behandeld als een factuur van {amount} {currency}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="312"/>
        <source>un montant à payer positif ou nul (montant déjà payé supérieur au total ?)</source>
        <translation>een te betalen bedrag van nul of meer (reeds betaald bedrag hoger dan het totaal?)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="412"/>
        <source>une échéance égale ou postérieure à la date de facture ({date})</source>
        <translation>een vervaldag op of na de factuurdatum ({date})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="472"/>
        <source>un fichier de moins de {limit} Mo ; celui-ci fait {size} Mo</source>
        <translation>een bestand van minder dan {limit} MB; dit bestand is {size} MB</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="488"/>
        <source>un fichier lisible</source>
        <translation>een leesbaar bestand</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/facturx.py" line="142"/>
        <source>{file} : données de la facture lues dans le fichier joint {attachment} (profil {profile}).</source>
        <translation>{file}: factuurgegevens gelezen uit de bijlage {attachment} (profiel {profile}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/facturx.py" line="148"/>
        <source>{file} : données de la facture lues dans le fichier joint {attachment}.</source>
        <translation>{file}: factuurgegevens gelezen uit de bijlage {attachment}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/facturx.py" line="168"/>
        <source>une facture électronique (PDF Factur-X/ZUGFeRD, XML CII ou UBL) ; ce fichier est vide</source>
        <translation>een e-factuur (Factur-X/ZUGFeRD-PDF, CII- of UBL-XML); dit bestand is leeg</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/facturx.py" line="174"/>
        <source>un PDF Factur-X/ZUGFeRD ou un fichier XML CII ou UBL ; ce fichier n&apos;est ni un PDF ni un document XML</source>
        <translation>een Factur-X/ZUGFeRD-PDF of een CII- of UBL-XML-bestand; dit bestand is geen PDF en geen XML-document</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/facturx.py" line="201"/>
        <source>une facture CII (rsm:CrossIndustryInvoice, Factur-X/ZUGFeRD 2) ou ZUGFeRD 1.0 (rsm:CrossIndustryDocument)</source>
        <translation>een CII-factuur (rsm:CrossIndustryInvoice, Factur-X/ZUGFeRD 2) of ZUGFeRD 1.0-factuur (rsm:CrossIndustryDocument)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/facturx.py" line="232"/>
        <source>PDF</source>
        <translation>pdf</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/facturx.py" line="233"/>
        <source>un fichier PDF lisible</source>
        <translation>een leesbaar pdf-bestand</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/facturx.py" line="249"/>
        <source>un PDF Factur-X/ZUGFeRD, avec la facture en XML dans un fichier joint ({names}) ; ce PDF n&apos;a pas de données de facture structurées, seulement d&apos;autres fichiers joints</source>
        <translation>een Factur-X/ZUGFeRD-pdf, met de factuur in xml als bijlage ({names}); deze pdf bevat geen gestructureerde factuurgegevens, alleen andere bijlagen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/facturx.py" line="256"/>
        <source>un PDF Factur-X/ZUGFeRD, avec la facture en XML dans un fichier joint ({names}) ; ce PDF simple n&apos;a pas de données de facture structurées</source>
        <translation>een Factur-X/ZUGFeRD-pdf, met de factuur in xml als bijlage ({names}); deze gewone pdf bevat geen gestructureerde factuurgegevens</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/facturx.py" line="264"/>
        <source>données de facture structurées</source>
        <translation>gestructureerde factuurgegevens</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/facturx.py" line="297"/>
        <source>en-tête du document</source>
        <translation>kopgegevens van het document</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/facturx.py" line="298"/>
        <source>le numéro, le type et la date de la facture</source>
        <translation>het nummer, het type en de datum van de factuur</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/facturx.py" line="332"/>
        <location filename="../../relance_desktop/importers/ubl.py" line="267"/>
        <location filename="../../relance_desktop/importers/ubl.py" line="280"/>
        <source>le nom de l&apos;acheteur</source>
        <translation>de naam van de koper</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/facturx.py" line="341"/>
        <source>règlement (devise et totaux)</source>
        <translation>betaling (munt en totalen)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/facturx.py" line="342"/>
        <source>la devise et les totaux de la facture</source>
        <translation>de munt en de totalen van de factuur</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/facturx.py" line="384"/>
        <source>les totaux de la facture</source>
        <translation>de totalen van de factuur</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="93"/>
        <source>carte bancaire</source>
        <translation>bankkaart</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="94"/>
        <source>espèces</source>
        <translation>contant</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="95"/>
        <source>caisse</source>
        <translation>kassa</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="96"/>
        <source>recettes</source>
        <translation>ontvangsten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="97"/>
        <source>chèques</source>
        <translation>cheques</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="98"/>
        <source>virements</source>
        <translation>overschrijvingen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="99"/>
        <source>paiement en ligne</source>
        <translation>onlinebetaling</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="100"/>
        <source>clients divers</source>
        <translation>diverse klanten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="101"/>
        <source>clients de passage</source>
        <translation>occasionele klanten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="102"/>
        <source>ventes au comptoir</source>
        <translation>toonbankverkoop</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec.py" line="122"/>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="72"/>
        <source>nombre de colonnes</source>
        <translation>aantal kolommen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec.py" line="152"/>
        <source>un montant comme 1234,56 ou 0000001234.56</source>
        <translation>een bedrag zoals 1234,56 of 0000001234.56</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec.py" line="195"/>
        <source>un montant inférieur à dix mille milliards</source>
        <translation>een bedrag onder tienduizend miljard</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec.py" line="202"/>
        <source>une date AAAAMMJJ (ou AAAA-MM-JJ, JJ/MM/AAAA)</source>
        <translation>een datum JJJJMMDD (of JJJJ-MM-DD, DD/MM/JJJJ)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec.py" line="220"/>
        <source>une date entre {first} et {last}</source>
        <translation>een datum tussen {first} en {last}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="263"/>
        <source>libellé « {label} » : {what}</source>
        <translation>naam ‘{label}’: {what}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="264"/>
        <source>compte « {account} » : {what}</source>
        <translation>rekening ‘{account}’: {what}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="279"/>
        <source>un compte générique, pas une personne</source>
        <translation>een algemene rekening, geen persoon</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec.py" line="268"/>
        <source>{file} : le fichier est vide. Attendu un FEC (fichier des écritures comptables) dont la première ligne nomme les colonnes JournalCode, JournalLib, EcritureNum, EcritureDate, CompteNum…</source>
        <translation>{file}: het bestand is leeg. Verwacht werd een FEC (Frans bestand met boekhoudkundige boekingen) met op de eerste regel de kolomnamen JournalCode, JournalLib, EcritureNum, EcritureDate, CompteNum…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec.py" line="290"/>
        <source>{file}, ligne {line} : ce n&apos;est pas un FEC (fichier des écritures comptables). Attendu une ligne d&apos;en-tête avec les colonnes JournalCode, JournalLib, EcritureNum, EcritureDate, CompteNum, CompteLib, CompAuxNum, CompAuxLib, PieceRef, PieceDate, EcritureLib, Debit, Credit… séparées par des tabulations ou des « | » ; il manque : {missing}.</source>
        <translation>{file}, regel {line}: dit is geen FEC (Frans bestand met boekhoudkundige boekingen). Verwacht werd een kopregel met de kolommen JournalCode, JournalLib, EcritureNum, EcritureDate, CompteNum, CompteLib, CompAuxNum, CompAuxLib, PieceRef, PieceDate, EcritureLib, Debit, Credit… gescheiden door tabs of ‘|’; ontbrekend: {missing}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec.py" line="303"/>
        <source>{file}, ligne {line} : ce n&apos;est pas un FEC (fichier des écritures comptables). Attendu une ligne d&apos;en-tête avec les colonnes JournalCode, JournalLib, EcritureNum, EcritureDate, CompteNum, CompteLib, CompAuxNum, CompAuxLib, PieceRef, PieceDate, EcritureLib, Debit, Credit… séparées par des tabulations ou des « | » ; trouvé « {found} ».</source>
        <translation>{file}, regel {line}: dit is geen FEC (Frans bestand met boekhoudkundige boekingen). Verwacht werd een kopregel met de kolommen JournalCode, JournalLib, EcritureNum, EcritureDate, CompteNum, CompteLib, CompAuxNum, CompAuxLib, PieceRef, PieceDate, EcritureLib, Debit, Credit… gescheiden door tabs of ‘|’; gevonden: ‘{found}’.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec.py" line="406"/>
        <source>{file} : impossible de lire le fichier ({reason}).</source>
        <translation>{file}: kan het bestand niet lezen ({reason}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec.py" line="425"/>
        <source>{file}, ligne {line} : cette ligne dépasse {limit} caractères, ce qu&apos;aucune ligne d&apos;écriture ne fait (une fin de ligne manque ?). Le fichier n&apos;est pas importé.</source>
        <translation>{file}, regel {line}: deze regel is langer dan {limit} tekens, wat geen boekingsregel is (ontbreekt een regeleinde?). Het bestand wordt niet geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec.py" line="441"/>
        <source>Le fichier n&apos;est pas en UTF-8 : il est lu en {encoding} (les lettres accentuées peuvent être mal affichées).</source>
        <translation>Het bestand is niet in UTF-8: het wordt gelezen als {encoding} (letters met accenten kunnen verkeerd worden weergegeven).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec.py" line="461"/>
        <source>Autres problèmes, non listés : {count}.</source>
        <translation>Andere problemen, niet opgesomd: {count}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec.py" line="596"/>
        <source>{count} colonnes séparées par une tabulation</source>
        <translation>{count} kolommen gescheiden door een tab</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec.py" line="600"/>
        <source>{count} colonnes séparées par « {separator} »</source>
        <translation>{count} kolommen gescheiden door ‘{separator}’</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec.py" line="550"/>
        <source>un numéro de compte</source>
        <translation>een rekeningnummer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec.py" line="557"/>
        <source>{file} : écritures non équilibrées (débits et crédits différents) : {count}. Vérifiez l&apos;export avant de relancer vos clients.</source>
        <translation>{file}: boekingen die niet in evenwicht zijn (debet en credit verschillen): {count}. Controleer de export voordat u uw klanten aanmaant.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec.py" line="589"/>
        <location filename="../../relance_desktop/importers/fec.py" line="662"/>
        <source>D ou C (ou +1 / -1)</source>
        <translation>D of C (of +1 / -1)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec.py" line="689"/>
        <source>{expected} ; la date d&apos;écriture (EcritureDate) est prise à la place</source>
        <translation>{expected}; de boekingsdatum (EcritureDate) wordt in plaats daarvan gebruikt</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec.py" line="708"/>
        <source>un code devise ISO 4217 comme USD ; la devise de la comptabilité est prise</source>
        <translation>een ISO 4217-muntcode zoals USD; de munt van de boekhouding wordt gebruikt</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="370"/>
        <source>Aucune ligne sur un compte client ({prefixes}) : rien à importer.</source>
        <translation>Geen regels op een klantrekening ({prefixes}): niets te importeren.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="377"/>
        <source>Comptes clients : {accounts}, avec {lines} lignes d&apos;écritures du {first} au {last}.</source>
        <translation>Klantrekeningen: {accounts}, met {lines} boekingsregels van {first} tot {last}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="324"/>
        <source>lignes sur le compte collectif, sans compte auxiliaire</source>
        <translation>regels op de centralisatierekening, zonder subrekening</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="434"/>
        <source>un solde débiteur (ce que le client doit) ; ce compte a un solde créditeur : c&apos;est nous qui devons à ce client, rien à relancer</source>
        <translation>een debetsaldo (wat de klant verschuldigd is); deze rekening heeft een creditsaldo: wij zijn deze klant iets verschuldigd, niets aan te manen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="421"/>
        <source>{account} {name} a un solde créditeur de {balance} {currency} : c&apos;est nous qui devons à ce client, aucune facture n&apos;est donc importée pour lui.</source>
        <translation>{account} {name} heeft een creditsaldo van {balance} {currency}: wij zijn deze klant iets verschuldigd, dus er wordt geen factuur voor deze klant geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="347"/>
        <source>Factures non soldées sans PieceRef utilisable (vide, ou journal et mois comme « VE 0523 ») : {count}. Elles sont numérotées « journal, EcritureNum, date ».</source>
        <translation>Niet-vereffende facturen zonder bruikbare PieceRef (leeg, of dagboek en maand zoals ‘VE 0523’): {count}. Ze worden genummerd als ‘dagboek, EcritureNum, datum’.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="468"/>
        <source>Ces comptes ressemblent à des caisses ou à des moyens de paiement, pas à des clients à relancer (excluez-les si c&apos;est le cas) : {accounts}.</source>
        <translation>Deze rekeningen lijken op kassa&apos;s of betaalmiddelen, niet op klanten om aan te manen (sluit ze in dat geval uit): {accounts}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="473"/>
        <source>des comptes de clients à relancer ; ceux-ci ressemblent à des caisses ou à des moyens de paiement</source>
        <translation>rekeningen van klanten om aan te manen; deze lijken op kassa&apos;s of betaalmiddelen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="358"/>
        <source>Exclus à votre demande : {accounts}.</source>
        <translation>Op uw verzoek uitgesloten: {accounts}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="481"/>
        <source>Ces comptes sont des comptes clients génériques, qui regroupent plusieurs clients sans dire lesquels : leur solde ne peut pas être relancé auprès d&apos;un client précis (excluez-les, ou créez des comptes auxiliaires dans votre comptabilité) : {accounts}.</source>
        <translation>Dit zijn algemene klantrekeningen die meerdere klanten groeperen zonder te zeggen welke: hun saldo kan niet bij één klant worden aangemaand (sluit ze uit, of maak subrekeningen aan in uw boekhouding): {accounts}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="488"/>
        <source>un compte par client ; ceux-ci sont des comptes clients génériques</source>
        <translation>één rekening per klant; dit zijn algemene klantrekeningen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="542"/>
        <source>{account} : lignes en plusieurs devises ; les montants sont pris en {currency}, la devise de la comptabilité.</source>
        <translation>{account}: regels in meerdere munten; de bedragen worden in {currency} genomen, de munt van de boekhouding.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="48"/>
        <location filename="../../relance_desktop/services/import_plan.py" line="272"/>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="49"/>
        <source>N° de facture</source>
        <translation>Factuurnr.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="50"/>
        <source>Date de facture</source>
        <translation>Factuurdatum</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="51"/>
        <source>Échéance</source>
        <translation>Vervaldag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="52"/>
        <source>Montant TTC</source>
        <translation>Bedrag incl. btw</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="53"/>
        <location filename="../../relance_desktop/services/import_plan.py" line="245"/>
        <source>Déjà payé</source>
        <translation>Reeds betaald</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="54"/>
        <source>Reste dû</source>
        <translation>Openstaand saldo</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="55"/>
        <source>Devise</source>
        <translation>Munt</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="56"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="57"/>
        <source>Téléphone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="58"/>
        <source>Adresse</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="59"/>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="60"/>
        <source>Ville</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="61"/>
        <source>Pays</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="62"/>
        <source>N° d&apos;entreprise (SIREN, BCE)</source>
        <translation>Ondernemingsnummer (SIREN, KBO)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="63"/>
        <source>N° de TVA</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="64"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="65"/>
        <source>N° de compte client</source>
        <translation>Klantcode</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="66"/>
        <source>Date de paiement</source>
        <translation>Betaaldatum</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="67"/>
        <source>Délai de paiement (jours)</source>
        <translation>Betalingstermijn (dagen)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="68"/>
        <source>Conditions de paiement</source>
        <translation>Betalingsvoorwaarden</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="69"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="73"/>
        <source>tabulation</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular.py" line="202"/>
        <source>Lu avec le profil « {profile} ».</source>
        <translation>Gelezen met het profiel ‘{profile}’.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="189"/>
        <source>Un autre problème n&apos;est pas listé.</source>
        <translation>Nog één probleem wordt niet opgesomd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="192"/>
        <source>{count} autres problèmes ne sont pas listés.</source>
        <translation>Andere problemen, niet opgesomd: {count}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="245"/>
        <source>une colonne n° {position} pour ce champ (le fichier en a {width})</source>
        <translation>kolom {position} voor dit veld (het bestand heeft {width} kolommen)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="257"/>
        <source>une colonne « {column} » dans l&apos;en-tête, pour le champ « {field} »</source>
        <translation>een kolom ‘{column}’ in de kopregel, voor het veld ‘{field}’</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="261"/>
        <source>une colonne « {column} » pour le champ « {field} » (le fichier n&apos;a pas de ligne d&apos;en-tête)</source>
        <translation>een kolom ‘{column}’ voor het veld ‘{field}’ (het bestand heeft geen kopregel)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="217"/>
        <source>une colonne pour ce champ (choisissez-la parmi celles du fichier)</source>
        <translation>een kolom voor dit veld (kies er een uit de kolommen van het bestand)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="224"/>
        <source>Rien ne peut être importé tant que chaque information obligatoire n&apos;a pas sa colonne.</source>
        <translation>Er kan niets worden geïmporteerd zolang niet elk verplicht gegeven een kolom heeft.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_rows.py" line="73"/>
        <source>des cellules de moins de {limit} caractères ; une cellule de cette ligne est plus longue (un guillemet non refermé ?) : la ligne est ignorée</source>
        <translation>cellen korter dan {limit} tekens; een cel op deze regel is langer (een niet-gesloten aanhalingsteken?): de regel wordt overgeslagen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_rows.py" line="86"/>
        <source>une ligne CSV bien formée (le lecteur CSV la refuse : {reason})</source>
        <translation>een correct opgebouwde CSV-regel (de CSV-lezer weigert hem: {reason})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_rows.py" line="108"/>
        <source>Le tableau s&apos;arrête ligne {line}, où commence « {title} ».</source>
        <translation>De tabel stopt op regel {line}, waar ‘{title}’ begint.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_rows.py" line="133"/>
        <source>aucune valeur au-delà des {width} colonnes du tableau</source>
        <translation>geen waarde voorbij de {width} kolommen van de tabel</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_rows.py" line="143"/>
        <source>{width} colonnes séparées par « {separator} » (les lignes {line} à {end} n&apos;en font qu&apos;une : un guillemet non fermé ?)</source>
        <translation>{width} kolommen gescheiden door ‘{separator}’ (de regels {line} tot en met {end} vormen één regel: een niet-gesloten aanhalingsteken?)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_rows.py" line="149"/>
        <source>{width} colonnes séparées par « {separator} », comme l&apos;en-tête</source>
        <translation>{width} kolommen gescheiden door ‘{separator}’, zoals de kopregel</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_rows.py" line="153"/>
        <source>{width} colonnes séparées par « {separator} »</source>
        <translation>{width} kolommen gescheiden door ‘{separator}’</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_rows.py" line="274"/>
        <source>un numéro de facture</source>
        <translation>een factuurnummer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_rows.py" line="278"/>
        <source>le nom du client</source>
        <translation>de naam van de klant</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_rows.py" line="302"/>
        <location filename="../../relance_desktop/importers/values.py" line="316"/>
        <source>un montant comme {example}</source>
        <translation>een bedrag zoals {example}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_rows.py" line="325"/>
        <source>un nombre de jours (3650 au plus)</source>
        <translation>een aantal dagen (hoogstens 3650)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_layouts.py" line="86"/>
        <source>La ligne {line} est une ligne de total : ignorée.</source>
        <translation>Regel {line} is een totaalregel: overgeslagen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_layouts.py" line="106"/>
        <source>La ligne {lines}, identique à une ligne précédente, a été écartée.</source>
        <translation>Regel {lines}, identiek aan een eerdere regel, werd weggelaten.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_layouts.py" line="113"/>
        <source>{count} lignes identiques à une ligne précédente ont été écartées (lignes {lines}).</source>
        <translation>{count} regels die identiek zijn aan een eerdere regel, werden weggelaten (regels {lines}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_invoices.py" line="194"/>
        <source>le client de la facture {number} (« {customer} », ligne {first_line}) : un numéro de facture n&apos;appartient qu&apos;à un client</source>
        <translation>de klant van factuur {number} (‘{customer}’, regel {first_line}): een factuurnummer hoort bij slechts één klant</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_invoices.py" line="210"/>
        <source>la devise de la facture {number} ({currency}, ligne {first_line})</source>
        <translation>de munt van factuur {number} ({currency}, regel {first_line})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_invoices.py" line="177"/>
        <source>les mêmes montants qu&apos;à la ligne {first_line} (facture {number})</source>
        <translation>dezelfde bedragen als op regel {first_line} (factuur {number})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_layouts.py" line="135"/>
        <source>Les totaux viennent de la feuille « {sheet} » (remises et taxes comprises).</source>
        <translation>De totalen komen uit het werkblad ‘{sheet}’ (kortingen en belastingen inbegrepen).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_layouts.py" line="143"/>
        <source>Les paiements viennent de la feuille « {sheet} ».</source>
        <translation>De betalingen komen uit het werkblad ‘{sheet}’.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_layouts.py" line="201"/>
        <source>une colonne « {column} » (export des transactions de Wave)</source>
        <translation>een kolom ‘{column}’ (export van de Wave-transacties)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_layouts.py" line="218"/>
        <source>Wave : chaque facture est la somme de ses lignes « {account} » (les paiements sont les lignes négatives). Le fichier ne donne pas d&apos;échéances : le délai de paiement du client ou de l&apos;entreprise s&apos;applique.</source>
        <translation>Wave: elke factuur is de som van haar regels ‘{account}’ (de betalingen zijn de negatieve regels). Het bestand vermeldt geen vervaldagen: de betalingstermijn van de klant of van de onderneming is van toepassing.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_layouts.py" line="263"/>
        <source>{width} colonnes (format « Import Bills &amp; Invoices » de GnuCash)</source>
        <translation>{width} kolommen (formaat ‘Import Bills &amp; Invoices’ van GnuCash)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_layouts.py" line="276"/>
        <source>id (colonne 1)</source>
        <translation>id (kolom 1)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_layouts.py" line="277"/>
        <source>le numéro de la facture client ou fournisseur</source>
        <translation>het nummer van de klant- of leveranciersfactuur</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_layouts.py" line="306"/>
        <source>{number} : une facture du fournisseur {owner} (ses lignes vont en comptes de charges) ; c&apos;est une dette de l&apos;entreprise, pas une facture à relancer.</source>
        <translation>{number}: een factuur van leverancier {owner} (de regels ervan gaan naar kostenrekeningen); het is een schuld van de onderneming, geen factuur om aan te manen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_layouts.py" line="313"/>
        <source>{number} : une facture du fournisseur {owner} (ses lignes vont en comptes de charges) ; c&apos;est une dette de l&apos;entreprise, pas une facture à relancer. Elle n&apos;est pas non plus validée dans GnuCash.</source>
        <translation>{number}: een factuur van leverancier {owner} (de regels ervan gaan naar kostenrekeningen); het is een schuld van de onderneming, geen factuur om aan te manen. Ze is ook niet geboekt in GnuCash.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_layouts.py" line="325"/>
        <source>{number} : pas encore validée dans GnuCash (aucune date de validation), donc rien n&apos;est dû.</source>
        <translation>{number}: nog niet geboekt in GnuCash (geen boekingsdatum), dus er is niets verschuldigd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_layouts.py" line="288"/>
        <source>Aucune facture client ouverte : un fichier d&apos;import GnuCash (bi-import) contient des factures avant leur validation, et seules les factures clients validées sont dues.</source>
        <translation>Geen openstaande klantfactuur: een GnuCash-importbestand (bi-import) bevat facturen vóór ze geboekt zijn, en alleen geboekte klantfacturen zijn verschuldigd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_layouts.py" line="351"/>
        <source>quantité × prix (colonnes 10 et 11)</source>
        <translation>hoeveelheid × prijs (kolommen 10 en 11)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_layouts.py" line="367"/>
        <source>prix (colonne 11)</source>
        <translation>prijs (kolom 11)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_layouts.py" line="368"/>
        <source>un montant inférieur à 10 000 000 000</source>
        <translation>een bedrag onder 10.000.000.000</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_layouts.py" line="393"/>
        <source>tax_table (colonne 17)</source>
        <translation>tax_table (kolom 17)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_layouts.py" line="394"/>
        <source>des montants TTC : les tables de taxes de GnuCash ne sont pas dans le fichier, le montant de la facture {number} est le total de ses lignes hors taxes</source>
        <translation>bedragen incl. btw: de belastingtabellen van GnuCash staan niet in het bestand, dus het bedrag van factuur {number} is het totaal van de regels excl. btw</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_invoices.py" line="284"/>
        <source>des lignes toutes lisibles pour la facture {number} (la ligne {bad_line} ne l&apos;est pas : toute la facture est écartée)</source>
        <translation>uitsluitend leesbare regels voor factuur {number} (regel {bad_line} is dat niet: de hele factuur wordt weggelaten)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_invoices.py" line="302"/>
        <source>une facture émise : la facture {number} est un brouillon, importé comme tel (les brouillons ne sont pas relancés)</source>
        <translation>een uitgegeven factuur: factuur {number} is een concept, als zodanig geïmporteerd (concepten worden niet aangemaand)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_invoices.py" line="308"/>
        <source>une facture émise : la facture {number} est un brouillon, écarté (les brouillons ne sont pas relancés)</source>
        <translation>een uitgegeven factuur: factuur {number} is een concept en wordt weggelaten (concepten worden niet aangemaand)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_invoices.py" line="325"/>
        <source>une facture valable : la facture {number} est annulée, elle est écartée</source>
        <translation>een geldige factuur: factuur {number} is geannuleerd en wordt weggelaten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_invoices.py" line="339"/>
        <source>Brouillon écarté : {numbers}. Les brouillons ne sont pas relancés (pour les importer : option de profil drafts=import).</source>
        <translation>Concept weggelaten: {numbers}. Concepten worden niet aangemaand (om ze te importeren: profieloptie drafts=import).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_invoices.py" line="345"/>
        <source>{count} brouillons écartés : {numbers}. Les brouillons ne sont pas relancés (pour les importer : option de profil drafts=import).</source>
        <translation>{count} concepten weggelaten: {numbers}. Concepten worden niet aangemaand (om ze te importeren: profieloptie drafts=import).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_invoices.py" line="355"/>
        <source>Le fichier ne précise aucune devise : les montants sont lus en {currency}.</source>
        <translation>Het bestand vermeldt geen munt: de bedragen worden gelezen in {currency}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_invoices.py" line="466"/>
        <source>le montant déjà payé : la facture {number} est partiellement payée mais le fichier ne dit pas combien, tout son montant est compté comme dû</source>
        <translation>het reeds betaalde bedrag: factuur {number} is gedeeltelijk betaald, maar het bestand vermeldt niet hoeveel; het volledige bedrag wordt als verschuldigd beschouwd</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_invoices.py" line="481"/>
        <source>montant − payé = reste dû pour la facture {number} (le reste dû est retenu)</source>
        <translation>bedrag − betaald = openstaand saldo voor factuur {number} (het openstaande saldo wordt behouden)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_invoices.py" line="427"/>
        <source>un montant payé entre 0 et le montant de la facture {number} ({amount})</source>
        <translation>een betaald bedrag tussen 0 en het bedrag van factuur {number} ({amount})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_layouts.py" line="43"/>
        <source>un nombre comme {example}</source>
        <translation>een getal zoals {example}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_profiles.py" line="142"/>
        <source>Ce n&apos;est pas un profil d&apos;import enregistré ({reason}).</source>
        <translation>Dit is geen opgeslagen importprofiel ({reason}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_profiles.py" line="149"/>
        <source>Ce n&apos;est pas un profil d&apos;import enregistré : il n&apos;a pas de nom.</source>
        <translation>Dit is geen opgeslagen importprofiel: het heeft geen naam.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_profiles.py" line="157"/>
        <source>Ce n&apos;est pas un profil d&apos;import enregistré : ses colonnes et ses options doivent être des objets JSON.</source>
        <translation>Dit is geen opgeslagen importprofiel: de kolommen en opties ervan moeten JSON-objecten zijn.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_profiles.py" line="190"/>
        <source>Profil « {profile} » : champ inconnu « {field} ».</source>
        <translation>Profiel ‘{profile}’: onbekend veld ‘{field}’.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_profiles.py" line="196"/>
        <source>Profil « {profile} » : le champ « {field} » doit donner le nom d&apos;une colonne ou son numéro.</source>
        <translation>Profiel ‘{profile}’: het veld ‘{field}’ moet de naam of het nummer van een kolom opgeven.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_profiles.py" line="206"/>
        <source>Profil « {profile} » : numéro de colonne négatif pour « {field} ».</source>
        <translation>Profiel ‘{profile}’: negatief kolomnummer voor ‘{field}’.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_profiles.py" line="217"/>
        <source>Profil « {profile} » : l&apos;option « {option} » doit valoir {choices}, pas {value}.</source>
        <translation>Profiel ‘{profile}’: de optie ‘{option}’ moet {choices} zijn, niet {value}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_profiles.py" line="232"/>
        <source>Profil « {profile} » : l&apos;option « {option} » n&apos;a pas le bon type.</source>
        <translation>Profiel ‘{profile}’: de optie ‘{option}’ heeft niet het juiste type.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_profiles.py" line="243"/>
        <source>Profil « {profile} » : « {currency} » n&apos;est pas une devise.</source>
        <translation>Profiel ‘{profile}’: ‘{currency}’ is geen munt.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/decoding.py" line="136"/>
        <source>encodage</source>
        <translation>codering</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/decoding.py" line="137"/>
        <source>du texte en Windows-1252 (cet octet n&apos;y correspond à aucun caractère)</source>
        <translation>tekst in Windows-1252 (deze byte komt daarin met geen enkel teken overeen)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/decoding.py" line="140"/>
        <source>du texte en UTF-8 (des octets de cette ligne sont illisibles)</source>
        <translation>tekst in UTF-8 (sommige bytes op deze regel zijn onleesbaar)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/decoding.py" line="144"/>
        <source>du texte en UTF-8, comme le reste du fichier ; cette ligne est en Windows-1252 et elle est lue ainsi : vérifiez ses accents</source>
        <translation>tekst in UTF-8, zoals de rest van het bestand; deze regel is in Windows-1252 en wordt zo gelezen: controleer de accenten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/decoding.py" line="149"/>
        <source>du texte en Windows-1252, comme le reste du fichier ; cette ligne est en UTF-8 et elle est lue ainsi : vérifiez ses accents</source>
        <translation>tekst in Windows-1252, zoals de rest van het bestand; deze regel is in UTF-8 en wordt zo gelezen: controleer de accenten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="159"/>
        <source>« {file} » est vide : il n&apos;y a aucun tableau à importer.</source>
        <translation>‘{file}’ is leeg: er is geen tabel om te importeren.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="166"/>
        <source>« {file} » est un PDF, pas un tableau CSV ou Excel (une facture Factur-X s&apos;importe comme facture électronique).</source>
        <translation>‘{file}’ is een pdf, geen CSV- of Exceltabel (een Factur-X-factuur wordt als e-factuur geïmporteerd).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="175"/>
        <source>« {file} » est un ancien fichier Excel (.xls) : enregistrez-le en .xlsx ou en CSV, puis importez-le.</source>
        <translation>‘{file}’ is een oud Excelbestand (.xls): sla het op als .xlsx of CSV en importeer het daarna.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="185"/>
        <source>« {file} » est un document XML, pas un tableau (les factures UBL et Factur-X s&apos;importent comme factures électroniques).</source>
        <translation>‘{file}’ is een xml-document, geen tabel (UBL- en Factur-X-facturen worden als e-facturen geïmporteerd).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="199"/>
        <source>« {file} » n&apos;est pas un tableau texte : il contient des données binaires (caractères de contrôle).</source>
        <translation>‘{file}’ is geen teksttabel: het bevat binaire gegevens (stuurtekens).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="275"/>
        <source>« {file} » se décompresse en {size} Mo, au-delà des {limit} Mo qu&apos;une liste de factures peut occuper : le classeur n&apos;est pas ouvert. Enregistrez la feuille des factures seule, en CSV, puis importez-la.</source>
        <translation>‘{file}’ wordt uitgepakt tot {size} MB, meer dan de {limit} MB die een factuurlijst mag innemen: de werkmap wordt niet geopend. Sla het factuurblad apart op als CSV en importeer dat.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="292"/>
        <source>« {file} » ne peut pas être lu comme un classeur Excel (.xlsx) : {reason}</source>
        <translation>‘{file}’ kan niet worden gelezen als Excel-werkmap (.xlsx): {reason}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="317"/>
        <source>« {file} » : une feuille de ce classeur est illisible ({reason}).</source>
        <translation>‘{file}’: een werkblad van deze werkmap is onleesbaar ({reason}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="460"/>
        <source>Des dates se lisent jour d&apos;abord ({day_first}), d&apos;autres mois d&apos;abord ({month_first}) : l&apos;ordre JJ/MM est retenu, les autres dates sont signalées.</source>
        <translation>Sommige datums staan met de dag eerst ({day_first}), andere met de maand eerst ({month_first}): de volgorde DD/MM wordt gebruikt, de andere datums worden gemeld.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="466"/>
        <source>Des dates se lisent jour d&apos;abord ({day_first}), d&apos;autres mois d&apos;abord ({month_first}) : l&apos;ordre MM/JJ est retenu, les autres dates sont signalées.</source>
        <translation>Sommige datums staan met de dag eerst ({day_first}), andere met de maand eerst ({month_first}): de volgorde MM/DD wordt gebruikt, de andere datums worden gemeld.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="478"/>
        <source>Toutes les dates du fichier se lisent aussi bien JJ/MM que MM/JJ : JJ/MM/AAAA est retenu. Vérifiez l&apos;aperçu et changez l&apos;ordre des dates si besoin.</source>
        <translation>Alle datums in het bestand kunnen zowel als DD/MM als MM/DD worden gelezen: DD/MM/JJJJ wordt gebruikt. Controleer het voorbeeld en wijzig zo nodig de datumvolgorde.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="520"/>
        <source>« {file} » est trop volumineux pour une liste de factures.</source>
        <translation>‘{file}’ is te groot voor een lijst met facturen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="541"/>
        <source>« {file} » n&apos;est pas un tableau : aucun séparateur de colonnes (virgule, point-virgule, tabulation ou barre verticale) ne donne des lignes d&apos;au moins deux colonnes.</source>
        <translation>‘{file}’ is geen tabel: geen enkel kolomscheidingsteken (komma, puntkomma, tab of verticale streep) levert regels met minstens twee kolommen op.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="570"/>
        <source>« {file} », ligne {line} : cette ligne dépasse {limit} caractères, ce qu&apos;aucune liste de factures ne fait (une fin de ligne ou un séparateur manque ?). Le fichier n&apos;est pas importé.</source>
        <translation>‘{file}’, regel {line}: deze regel is langer dan {limit} tekens, wat bij geen factuurlijst voorkomt (ontbreekt een regeleinde of scheidingsteken?). Het bestand wordt niet geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="588"/>
        <source>« {file} », feuille « {sheet} », ligne {line} : {count} colonnes, au-delà des {limit} qu&apos;une liste de factures peut avoir. Le fichier n&apos;est pas importé.</source>
        <translation>‘{file}’, blad ‘{sheet}’, rij {line}: {count} kolommen, meer dan de {limit} die een factuurlijst kan hebben. Het bestand wordt niet geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="597"/>
        <source>« {file} », ligne {line} : {count} colonnes, au-delà des {limit} qu&apos;une liste de factures peut avoir. Le fichier n&apos;est pas importé.</source>
        <translation>‘{file}’, regel {line}: {count} kolommen, meer dan de {limit} die een factuurlijst kan hebben. Het bestand wordt niet geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="610"/>
        <source>« {file} » n&apos;a pas de feuille « {sheet} » (feuilles : {sheets}).</source>
        <translation>‘{file}’ heeft geen werkblad ‘{sheet}’ (werkbladen: {sheets}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="620"/>
        <source>« {file} » : toutes les feuilles du classeur sont vides.</source>
        <translation>‘{file}’: alle werkbladen van de werkmap zijn leeg.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="697"/>
        <source>La ligne 1, avant l&apos;en-tête, est ignorée.</source>
        <translation>Regel 1, vóór de kopregel, wordt overgeslagen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="699"/>
        <source>Les lignes 1 à {last}, avant l&apos;en-tête, sont ignorées.</source>
        <translation>De regels 1 tot en met {last}, vóór de kopregel, worden overgeslagen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="705"/>
        <source>La ligne 1, avant les données, est ignorée.</source>
        <translation>Regel 1, vóór de gegevens, wordt overgeslagen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="707"/>
        <source>Les lignes 1 à {last}, avant les données, sont ignorées.</source>
        <translation>De regels 1 tot en met {last}, vóór de gegevens, worden overgeslagen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="718"/>
        <source>Le fichier n&apos;a pas de ligne d&apos;en-tête : les colonnes sont désignées par leur position.</source>
        <translation>Het bestand heeft geen kopregel: de kolommen worden aangeduid met hun positie.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="654"/>
        <source>« {file} » n&apos;est pas un tableau : il a moins de deux colonnes de données.</source>
        <translation>‘{file}’ is geen tabel: het heeft minder dan twee kolommen met gegevens.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="731"/>
        <source>« {file} » ne peut pas être lu : {reason}</source>
        <translation>‘{file}’ kan niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/values.py" line="356"/>
        <source>un montant inférieur à 10 000 000 000 (comme {example})</source>
        <translation>een bedrag onder 10.000.000.000 (zoals {example})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/values.py" line="600"/>
        <source>une date {pattern} entre {first} et {last}</source>
        <translation>een datum {pattern} tussen {first} en {last}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/values.py" line="607"/>
        <source>une date {pattern} qui existe dans le calendrier</source>
        <translation>een datum {pattern} die in de kalender bestaat</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/values.py" line="519"/>
        <source>JJ/MM/AAAA</source>
        <translation>DD/MM/JJJJ</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/values.py" line="520"/>
        <source>MM/JJ/AAAA</source>
        <translation>MM/DD/JJJJ</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/values.py" line="521"/>
        <source>AAAA-MM-JJ</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/values.py" line="522"/>
        <source>AAAAMMJJ</source>
        <translation>JJJJMMDD</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/values.py" line="535"/>
        <source>une date {pattern}</source>
        <translation>een datum {pattern}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/values.py" line="313"/>
        <source>un code de devise ISO comme EUR</source>
        <translation>een ISO-muntcode zoals EUR</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/ubl.py" line="87"/>
        <source>une facture ou un avoir UBL (fichier XML) ; ce fichier est un PDF</source>
        <translation>een UBL-factuur of -creditnota (xml-bestand); dit bestand is een pdf</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/ubl.py" line="91"/>
        <source>une facture ou un avoir UBL (fichier XML) ; ce fichier n&apos;est pas un document XML</source>
        <translation>een UBL-factuur of -creditnota (xml-bestand); dit bestand is geen xml-document</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/ubl.py" line="102"/>
        <source>une facture ou un avoir UBL 2.1 (urn:oasis:names:specification:ubl:schema:xsd:Invoice-2 / CreditNote-2) ; ce document est une facture CII (Factur-X/ZUGFeRD)</source>
        <translation>een UBL 2.1-factuur of -creditnota (urn:oasis:names:specification:ubl:schema:xsd:Invoice-2 / CreditNote-2); dit document is een CII-factuur (Factur-X/ZUGFeRD)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/ubl.py" line="109"/>
        <source>une facture ou un avoir UBL 2.1 (urn:oasis:names:specification:ubl:schema:xsd:Invoice-2 / CreditNote-2)</source>
        <translation>een UBL 2.1-factuur of -creditnota (urn:oasis:names:specification:ubl:schema:xsd:Invoice-2 / CreditNote-2)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/ubl.py" line="196"/>
        <source>les totaux du document</source>
        <translation>de totalen van het document</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/ubl.py" line="206"/>
        <source>la devise du document ; celle des montants est prise : {currency}</source>
        <translation>de munt van het document; die van de bedragen wordt gebruikt: {currency}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/ubl.py" line="249"/>
        <source>le total TTC ; calculé à la place : montant à payer + déjà payé − arrondi = {computed}</source>
        <translation>het totaal inclusief btw; in plaats daarvan berekend: te betalen + al betaald − afronding = {computed}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_checks.py" line="43"/>
        <source>un montant à deux décimales ; avec trois, le séparateur peut être celui des milliers : le montant est lu {read}, vérifiez-le</source>
        <translation>een bedrag met twee decimalen; met drie kan het teken een duizendtalscheiding zijn: het bedrag wordt gelezen als {read}, controleer het</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_checks.py" line="100"/>
        <source>une écriture équilibrée ; l&apos;écriture {number} du journal {journal} a {debit} au débit et {credit} au crédit (écart {gap}) : une ligne manque ou un montant est faux</source>
        <translation>een boeking in evenwicht; boeking {number} van dagboek {journal} heeft {debit} debet en {credit} credit (verschil {gap}): er ontbreekt een regel of een bedrag is fout</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/import_plan.py" line="246"/>
        <source>un montant déjà payé entre 0 et le total du document {number} ({total}) ; Relance compte {recorded} comme payé, il reste dû {due}</source>
        <translation>een reeds betaald bedrag tussen 0 en het totaal van document {number} ({total}); Relance rekent {recorded} als betaald, er blijft {due} verschuldigd</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/import_plan.py" line="261"/>
        <source>Numéro de document</source>
        <translation>Documentnummer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/import_plan.py" line="262"/>
        <source>un numéro de document unique : le numéro {number} est aussi dans « {other} » ; seul celui de « {other} » est importé, celui-ci est laissé de côté</source>
        <translation>een uniek documentnummer: nummer {number} staat ook in „{other}”; alleen dat van „{other}” wordt geïmporteerd, dit wordt overgeslagen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/import_plan.py" line="273"/>
        <source>un client déjà connu : « {name} » ({own}) est créé à part, car le client de ce nom a un autre compte ({other}) ; fusionnez les deux fiches s&apos;il s&apos;agit du même</source>
        <translation>een bekende klant: „{name}” ({own}) wordt apart aangemaakt, omdat de klant met die naam een andere rekening heeft ({other}); voeg de twee fiches samen als het dezelfde klant is</translation>
    </message>
</context>
<context>
    <name>imports</name>
    <message>
        <location filename="../../relance_desktop/services/import_read.py" line="54"/>
        <source>Impossible de lire « {path} » : {reason}</source>
        <translation>Kan ‘{path}’ niet lezen: {reason}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/import_read.py" line="60"/>
        <source>« {path} » ne peut pas être importé : {reason}</source>
        <translation>‘{path}’ kan niet worden geïmporteerd: {reason}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/import_read.py" line="65"/>
        <source>« {path} » : format non reconnu. Relance importe les fichiers CSV et Excel, le FEC, les factures Factur-X (PDF) et UBL (XML).</source>
        <translation>‘{path}’: formaat niet herkend. Relance importeert CSV- en Excelbestanden, het FEC (Frans bestand met boekhoudkundige boekingen) en facturen in Factur-X (pdf) en UBL (xml).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/import_profiles.py" line="65"/>
        <source>Aucun profil d&apos;import nommé « {name} ».</source>
        <translation>Geen importprofiel met de naam ‘{name}’.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="24"/>
        <source>Entreprise</source>
        <translation>Onderneming</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="25"/>
        <source>Indépendant</source>
        <translation>Zelfstandige</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="26"/>
        <source>Particulier</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="27"/>
        <source>Organisme public</source>
        <translation>Overheidsinstantie</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="30"/>
        <source>France</source>
        <translation>Frankrijk</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="31"/>
        <source>Belgique</source>
        <translation>België</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="34"/>
        <source>Français</source>
        <translation>Frans</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="35"/>
        <source>Néerlandais</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="36"/>
        <source>Anglais</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="39"/>
        <source>Téléphone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="61"/>
        <location filename="../../relance_desktop/views/labels.py" line="40"/>
        <location filename="../../relance_desktop/views/labels.py" line="59"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="41"/>
        <location filename="../../relance_desktop/views/labels.py" line="60"/>
        <source>Courrier</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="44"/>
        <source>Payée</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="45"/>
        <source>Payée en partie</source>
        <translation>Gedeeltelijk betaald</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="46"/>
        <source>À échoir</source>
        <translation>Nog niet vervallen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="47"/>
        <source>En retard</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="48"/>
        <source>En litige</source>
        <translation>Betwist</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="49"/>
        <source>Promesse</source>
        <translation>Betalingsbelofte</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="50"/>
        <location filename="../../relance_desktop/views/labels.py" line="54"/>
        <source>Annulée</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="53"/>
        <source>Ouverte</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="55"/>
        <source>Passée en perte</source>
        <translation>Afgeboekt</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="13"/>
        <source>Virement</source>
        <translation>Overschrijving</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="14"/>
        <source>Carte</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="15"/>
        <source>Chèque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="16"/>
        <source>Espèces</source>
        <translation>Contant</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="17"/>
        <source>Prélèvement</source>
        <translation>Domiciliëring</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="18"/>
        <source>Autre</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="58"/>
        <source>Appel</source>
        <translation>Oproep</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="61"/>
        <source>SMS</source>
        <translation>Sms</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="62"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="22"/>
        <source>joint</source>
        <translation>bereikt</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="23"/>
        <source>pas de réponse</source>
        <translation>geen antwoord</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="24"/>
        <source>messagerie</source>
        <translation>voicemail</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="25"/>
        <source>faux numéro</source>
        <translation>verkeerd nummer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="26"/>
        <source>refus</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="27"/>
        <source>à rappeler</source>
        <translation>terugbellen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="65"/>
        <source>Rappeler</source>
        <translation>Terugbellen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="66"/>
        <source>Vérifier le paiement</source>
        <translation>Betaling nakijken</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="67"/>
        <source>Envoyer un courrier</source>
        <translation>Brief versturen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="70"/>
        <source>client</source>
        <translation>klant</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="71"/>
        <source>contact</source>
        <translation>contactpersoon</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="72"/>
        <source>facture</source>
        <translation>factuur</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="73"/>
        <source>paiement</source>
        <translation>betaling</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="74"/>
        <source>société</source>
        <translation>onderneming</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="75"/>
        <source>promesse</source>
        <translation>betalingsbelofte</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="76"/>
        <source>échéancier</source>
        <translation>afbetalingsplan</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="77"/>
        <source>litige</source>
        <translation>betwisting</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="78"/>
        <source>tâche</source>
        <translation>taak</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="79"/>
        <source>appel</source>
        <translation>oproep</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="80"/>
        <source>texte</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="83"/>
        <source>modifié</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="84"/>
        <source>supprimé</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="85"/>
        <source>copie jointe</source>
        <translation>kopie toegevoegd</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="86"/>
        <source>ajouté</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="89"/>
        <source>nom</source>
        <translation>naam</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="90"/>
        <source>numéro</source>
        <translation>nummer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="91"/>
        <source>montant</source>
        <translation>bedrag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="92"/>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="93"/>
        <source>échéance</source>
        <translation>vervaldag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="94"/>
        <source>date du paiement</source>
        <translation>betaaldatum</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="95"/>
        <source>téléphone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="96"/>
        <source>mobile</source>
        <translation>gsm</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="66"/>
        <location filename="../../relance_desktop/views/labels.py" line="97"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="98"/>
        <source>fonction</source>
        <translation>functie</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="99"/>
        <source>adresse</source>
        <translation>adres</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="100"/>
        <source>ville</source>
        <translation>gemeente</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="101"/>
        <source>code postal</source>
        <translation>postcode</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="102"/>
        <source>état</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="103"/>
        <source>objet</source>
        <translation>omschrijving</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="104"/>
        <source>copie</source>
        <translation>kopie</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="105"/>
        <source>délai de paiement</source>
        <translation>betalingstermijn</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="107"/>
        <source>Appeler</source>
        <translation>Bellen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="109"/>
        <source>Facture pas reçue</source>
        <translation>Factuur niet ontvangen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="110"/>
        <source>Conteste la facture</source>
        <translation>Betwist de factuur</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="111"/>
        <source>Oubli</source>
        <translation>Vergeten te betalen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="112"/>
        <source>Difficultés de trésorerie</source>
        <translation>Liquiditeitsproblemen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="113"/>
        <source>En attente de validation</source>
        <translation>Wacht op goedkeuring</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="114"/>
        <source>Mauvais interlocuteur ou absent</source>
        <translation>Verkeerde persoon of afwezig</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="115"/>
        <source>Dit avoir déjà payé</source>
        <translation>Zegt al te hebben betaald</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="118"/>
        <source>Envoyer la copie par e-mail maintenant…</source>
        <translation>Kopie nu per e-mail versturen…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="119"/>
        <source>Ouvrir un litige…</source>
        <translation>Betwisting openen…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="120"/>
        <source>Noter une promesse de paiement</source>
        <translation>Betalingsbelofte noteren</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="121"/>
        <source>Construire un échéancier…</source>
        <translation>Afbetalingsplan opstellen…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="122"/>
        <source>Noter le paiement annoncé à vérifier…</source>
        <translation>Gemelde betaling noteren om na te kijken…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="123"/>
        <source>Noter un nouvel interlocuteur…</source>
        <translation>Nieuwe contactpersoon noteren…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="124"/>
        <source>Noter le circuit de paiement…</source>
        <translation>Betalingsprocedure noteren…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="31"/>
        <source>en attente</source>
        <translation>in afwachting</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="32"/>
        <source>tenue</source>
        <translation>nagekomen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="33"/>
        <source>tenue en partie</source>
        <translation>gedeeltelijk nagekomen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="34"/>
        <source>non tenue</source>
        <translation>niet nagekomen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="35"/>
        <source>annulée</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="39"/>
        <source>en cours</source>
        <translation>lopend</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="40"/>
        <source>respecté</source>
        <translation>nageleefd</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="41"/>
        <source>non respecté</source>
        <translation>niet nageleefd</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="42"/>
        <source>annulé</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="52"/>
        <source>Rappel avant échéance</source>
        <translation>Herinnering vóór de vervaldag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="53"/>
        <source>Première relance</source>
        <translation>Eerste herinnering</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="54"/>
        <source>Deuxième relance</source>
        <translation>Tweede herinnering</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="55"/>
        <source>Mise en demeure</source>
        <translation>Ingebrekestelling</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="56"/>
        <source>Confirmation de l&apos;accord téléphonique</source>
        <translation>Bevestiging van de telefonische afspraak</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="57"/>
        <source>Échéancier de paiement</source>
        <translation>Afbetalingsplan</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="58"/>
        <source>Remerciement après paiement</source>
        <translation>Bedanking na betaling</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="59"/>
        <source>Relevé de compte</source>
        <translation>Rekeninguittreksel</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="60"/>
        <source>Dossier de recouvrement</source>
        <translation>Invorderingsdossier</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="65"/>
        <source>imprimé</source>
        <translation>afgedrukt</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="67"/>
        <source>courrier</source>
        <translation>post</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="127"/>
        <source>à venir</source>
        <translation>nog te betalen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="128"/>
        <source>payée</source>
        <translation>betaald</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="129"/>
        <source>payée en partie</source>
        <translation>gedeeltelijk betaald</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="130"/>
        <source>en retard</source>
        <translation>achterstallig</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="46"/>
        <source>ouvert</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="47"/>
        <source>résolu</source>
        <translation>opgelost</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="48"/>
        <source>rejeté (la facture reste due)</source>
        <translation>afgewezen (de factuur blijft verschuldigd)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="133"/>
        <source>Bon payeur, en retard cette fois</source>
        <translation>Goede betaler, deze keer te laat</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="134"/>
        <source>Retards fréquents : soyez ferme et précis</source>
        <translation>Vaak te laat: wees kordaat en precies</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="135"/>
        <source>Profil de paiement habituel</source>
        <translation>Gewoon betalingsgedrag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="138"/>
        <source>tous les mois</source>
        <translation>elke maand</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="139"/>
        <source>toutes les deux semaines</source>
        <translation>om de twee weken</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="140"/>
        <source>toutes les semaines</source>
        <translation>elke week</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="143"/>
        <source>&amp;1 Préparer</source>
        <translation>&amp;1 Voorbereiden</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="144"/>
        <source>&amp;2 Se présenter</source>
        <translation>&amp;2 Zich voorstellen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="145"/>
        <source>&amp;3 Écouter</source>
        <translation>&amp;3 Luisteren</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="146"/>
        <source>&amp;4 Négocier</source>
        <translation>&amp;4 Onderhandelen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="147"/>
        <source>&amp;5 Conclure</source>
        <translation>&amp;5 Afronden</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="148"/>
        <source>&amp;6 Documenter</source>
        <translation>&amp;6 Vastleggen</translation>
    </message>
</context>
<context>
    <name>legal</name>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="76"/>
        <source>Le taux du semestre {half_years} n&apos;est pas encore connu de Relance (table à jour jusqu&apos;au {known_until}). Ajoutez-le dans Outils › Taux d&apos;intérêt (fichier de mise à jour, mise à jour en ligne ou saisie avec sa source), puis recalculez : Relance ne devine jamais un taux.</source>
        <translation>De rentevoet van semester {half_years} is nog niet gekend in Relance (tabel bijgewerkt tot {known_until}). Voeg hem toe via Extra › Rentevoeten (bijwerkbestand, online bijwerken of invoeren met de bron) en bereken opnieuw: Relance raadt nooit een rentevoet.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="91"/>
        <source>Principal restant dû</source>
        <translation>Openstaande hoofdsom</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="92"/>
        <source>Intérêts de retard</source>
        <translation>Nalatigheidsintresten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="93"/>
        <source>Indemnité forfaitaire pour frais de recouvrement</source>
        <translation>Forfaitaire schadevergoeding voor invorderingskosten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="95"/>
        <source>Indemnité forfaitaire (montant maximal autorisé)</source>
        <translation>Forfaitaire schadevergoeding (toegestaan maximumbedrag)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="97"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="100"/>
        <source>C. com. art. L441-10 : taux BCE au 1er janvier / 1er juillet + 10 points, sur le montant TTC, du lendemain de l&apos;échéance au jour du calcul</source>
        <translation>Frans Wetboek van Koophandel (C. com.) art. L441-10: referentie-intrestvoet van de ECB op 1 januari / 1 juli + 10 punten, op het bedrag incl. btw, vanaf de dag na de vervaldag tot de dag van de berekening</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="103"/>
        <source>C. com. art. D441-5 : 40 € par facture payée en retard</source>
        <translation>Frans Wetboek van Koophandel (C. com.), art. D441-5: 40 € per te laat betaalde factuur</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="105"/>
        <source>C. civ. art. 1231-6 et 1344-1 : taux d&apos;intérêt légal (« autres cas ») à partir de la mise en demeure</source>
        <translation>Frans Burgerlijk Wetboek (C. civ.), art. 1231-6 en 1344-1: wettelijke rentevoet (‘andere gevallen’) vanaf de ingebrekestelling</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="108"/>
        <source>Loi du 2 août 2002, art. 5 : taux directeur BCE + 8 points (arrondi au demi-point supérieur), publié par semestre</source>
        <translation>Wet van 2 augustus 2002, art. 5: referentie-intrestvoet van de ECB + 8 procentpunten (afgerond naar het hogere halve procentpunt), per semester bekendgemaakt</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="111"/>
        <source>Loi du 2 août 2002, art. 6 : indemnité forfaitaire de 40 € par facture</source>
        <translation>Wet van 2 augustus 2002, art. 6: forfaitaire schadevergoeding van 40 € per factuur</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="113"/>
        <source>CDE livre XIX, art. XIX.4 : maximums autorisés envers un consommateur, après le délai de 14 jours suivant le premier rappel gratuit</source>
        <translation>Boek XIX van het Wetboek van economisch recht (WER), art. XIX.4: toegestane maximumbedragen ten aanzien van een consument, na de wachttermijn van 14 dagen na de gratis eerste herinnering</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="119"/>
        <source>C. com. L441-10</source>
        <translation>C. com. L441-10</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="120"/>
        <source>C. com. D441-5</source>
        <translation>C. com. D441-5</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="121"/>
        <source>C. civ. 1231-6</source>
        <translation>C. civ. 1231-6</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="122"/>
        <source>Loi 2/8/2002, art. 5</source>
        <translation>Wet 2/8/2002, art. 5</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="123"/>
        <source>Loi 2/8/2002, art. 6</source>
        <translation>Wet 2/8/2002, art. 6</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="124"/>
        <source>CDE XIX.4</source>
        <translation>WER XIX.4</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="127"/>
        <source>Rien n&apos;est dû sur cette facture.</source>
        <translation>Er is niets verschuldigd op deze factuur.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="128"/>
        <source>Pas encore en retard : l&apos;échéance du {due_date} n&apos;est pas dépassée au {assessed_on}.</source>
        <translation>Nog niet achterstallig: op {assessed_on} is de vervaldag ({due_date}) nog niet verstreken.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="131"/>
        <source>L&apos;échéance du {due_date} tombe un jour non ouvrable ; les intérêts courent quand même dès le lendemain (aucune règle ne la reporte au {next_business_day}).</source>
        <translation>De vervaldag ({due_date}) valt op een niet-werkdag; de intresten lopen toch vanaf de volgende dag (geen enkele regel verschuift hem naar {next_business_day}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="134"/>
        <source>Attention : le taux contractuel de {rate} % est inférieur au minimum légal de {floor} % (3 × le taux légal, {half_year}). La clause est contestable (L441-10).</source>
        <translation>Let op: de contractuele rentevoet van {rate}% ligt onder het wettelijke minimum van {floor}% (3 × de wettelijke rentevoet, {half_year}). Het beding is betwistbaar (L441-10).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="137"/>
        <source>Le taux légal de {half_years} n&apos;est pas dans la table : le minimum du taux contractuel n&apos;a pas pu être vérifié.</source>
        <translation>De wettelijke rentevoet van {half_years} staat niet in de tabel: de minimale contractuele rentevoet kon niet worden gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="140"/>
        <source>En {half_year}, 3 × le taux légal ({floor} %) dépasse le taux par défaut ({default_rate} %) ; sans clause, c&apos;est le taux par défaut qui s&apos;applique.</source>
        <translation>In {half_year} ligt 3 × de wettelijke rentevoet ({floor}%) hoger dan de standaardrentevoet ({default_rate}%); zonder beding geldt de standaardrentevoet.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="143"/>
        <source>Procédure collective en cours : l&apos;indemnité de 40 € n&apos;est pas réclamable.</source>
        <translation>Lopende insolventieprocedure: de vergoeding van 40 € kan niet worden gevorderd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="145"/>
        <source>Procédure d&apos;insolvabilité belge : non prise en compte dans ce calcul.</source>
        <translation>Belgische insolventieprocedure: niet in aanmerking genomen in deze berekening.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="147"/>
        <source>Taux {half_year} provisoire (pas encore publié officiellement quand la table a été faite) : vérifiez-le avant de l&apos;envoyer.</source>
        <translation>Voorlopige rentevoet {half_year} (nog niet officieel bekendgemaakt toen de tabel werd opgesteld): controleer hem vóór verzending.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="150"/>
        <source>Consommateur : le taux légal « autres cas » s&apos;applique, le créancier étant un professionnel.</source>
        <translation>Consument: de wettelijke rentevoet ‘andere gevallen’ is van toepassing, aangezien de schuldeiser een onderneming is.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="153"/>
        <source>Consommateur : ni indemnité de 40 € ni frais de relance (CPCE L111-8).</source>
        <translation>Consument: geen vergoeding van 40 € en geen aanmaningskosten (Frans Wetboek van de gerechtelijke uitvoeringsprocedures (CPCE), art. L111-8).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="155"/>
        <source>Pas d&apos;intérêts sans mise en demeure : envoyez-la en recommandé avec accusé de réception, les intérêts au taux légal courront dès sa réception.</source>
        <translation>Geen intresten zonder ingebrekestelling: verstuur ze aangetekend met ontvangstbewijs; de intresten tegen de wettelijke rentevoet lopen vanaf de ontvangst ervan.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="158"/>
        <source>La mise en demeure du {notice_received_on} précède l&apos;échéance du {due_date} : les intérêts ne courent qu&apos;après l&apos;échéance.</source>
        <translation>De ingebrekestelling van {notice_received_on} gaat vooraf aan de vervaldag ({due_date}): de intresten lopen pas na de vervaldag.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="161"/>
        <source>Consommateur : seul le taux légal est calculé (taux contractuel de {rate} % ignoré).</source>
        <translation>Consument: alleen de wettelijke rentevoet wordt berekend (contractuele rentevoet van {rate}% genegeerd).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="164"/>
        <source>Le premier rappel à un consommateur belge est gratuit.</source>
        <translation>De eerste herinnering aan een Belgische consument is gratis.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="166"/>
        <source>Aucun premier rappel enregistré : rien ne peut être ajouté avant d&apos;avoir envoyé le rappel gratuit et attendu 14 jours.</source>
        <translation>Geen eerste herinnering geregistreerd: er kan niets worden aangerekend zolang de gratis herinnering niet is verstuurd en er geen 14 dagen zijn verstreken.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="169"/>
        <source>Échéance antérieure au {all_contracts_from} : le livre XIX ne s&apos;applique qu&apos;aux contrats conclus depuis le {new_contracts_from} (sinon la loi du 20/12/2002).</source>
        <translation>Vervaldag vóór {all_contracts_from}: Boek XIX is alleen van toepassing op overeenkomsten gesloten sinds {new_contracts_from} (anders de wet van 20/12/2002).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="172"/>
        <source>Le rappel du {reminder_sent_on} précède l&apos;échéance du {due_date} : il ne vaut pas premier rappel.</source>
        <translation>De herinnering van {reminder_sent_on} gaat vooraf aan de vervaldag ({due_date}): ze geldt niet als eerste herinnering.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="175"/>
        <source>Mode d&apos;envoi du rappel inconnu : compté comme un courrier (début plus tardif).</source>
        <translation>Verzendwijze van de herinnering onbekend: behandeld als brief per post (latere aanvang).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="177"/>
        <source>Délai de 14 jours du {first_day} au {last_day} : aucuns frais avant le {charges_from} ; indemnité maximale ensuite : {damages_cap}.</source>
        <translation>Wachttermijn van 14 dagen van {first_day} tot {last_day}: geen kosten vóór {charges_from}; maximale schadevergoeding daarna: {damages_cap}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="180"/>
        <source>Les conditions ne prévoient ni intérêts ni indemnité : rien ne peut être ajouté.</source>
        <translation>De voorwaarden voorzien noch in intresten noch in een schadevergoeding: er kan niets worden aangerekend.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="183"/>
        <source>Sans taux contractuel indiqué, les intérêts sont calculés au taux maximal.</source>
        <translation>Zonder opgegeven contractuele rentevoet worden de intresten berekend tegen de maximale rentevoet.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="185"/>
        <source>Le taux contractuel de {rate} % dépasse le maximum de {cap} % ({half_year}) : la clause est réputée non écrite, aucun intérêt n&apos;est dû.</source>
        <translation>De contractuele rentevoet van {rate}% overschrijdt het maximum van {cap}% ({half_year}): het beding wordt voor niet geschreven gehouden, er zijn geen intresten verschuldigd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="188"/>
        <source>Intérêts comptés à partir du {start}.</source>
        <translation>Intresten berekend vanaf {start}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="190"/>
        <source>Prescription envers un consommateur belge : {reading} (point incertain, réglable dans Outils › Taux d&apos;intérêt).</source>
        <translation>Verjaring ten aanzien van een Belgische consument: {reading} (onzeker punt, in te stellen via Extra › Rentevoeten).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="193"/>
        <source>Prescription proche : la créance ne peut plus être réclamée après le {date} ({days_left} jours). Obtenez une reconnaissance de dette ou agissez en justice.</source>
        <translation>Verjaring nakend: de schuldvordering kan na {date} ({days_left} dagen) niet meer worden gevorderd. Verkrijg een schuldbekentenis of stap naar de rechter.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="196"/>
        <source>Prescrite : la créance ne peut plus être réclamée en justice depuis le lendemain du {date}.</source>
        <translation>Verjaard: de schuldvordering kan sinds de dag na {date} niet meer in rechte worden gevorderd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="199"/>
        <source>La reconnaissance du {date} est postérieure à la prescription : elle ne fait pas revivre la créance.</source>
        <translation>De erkenning van {date} dateert van na de verjaring: ze doet de schuldvordering niet herleven.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="202"/>
        <source>Taux de {half_years} pas encore connu : intérêts calculés jusqu&apos;au {computed_until}, puis réclamés au taux légal jusqu&apos;à parfait paiement, sans montant (aucun taux deviné).</source>
        <translation>Rentevoet van {half_years} nog niet gekend: interesten berekend tot {computed_until}, daarna gevorderd tegen de wettelijke rentevoet tot de volledige betaling, zonder bedrag (geen rentevoet geraden).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="211"/>
        <source>1 an à compter de la fin de l&apos;année civile de la vente (loi du 1er mai 1913)</source>
        <translation>1 jaar vanaf het einde van het kalenderjaar van de verkoop (wet van 1 mei 1913)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="213"/>
        <source>10 ans (droit commun des actions personnelles)</source>
        <translation>10 jaar (gemeen recht voor persoonlijke rechtsvorderingen)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="214"/>
        <source>courrier</source>
        <translation>brief</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="215"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="414"/>
        <source>{days} j</source>
        <translation>{days} d</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="415"/>
        <source>{country}, {debtor} — échéance le {due}, calcul au {on}</source>
        <translation>{country}, {debtor} — vervaldag {due}, berekend op {on}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="416"/>
        <source>Délai d&apos;attente de 14 jours : jusqu&apos;au {end} inclus</source>
        <translation>Wachttermijn van 14 dagen: tot en met {end}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="417"/>
        <source>Frais et intérêts réclamables à partir du {day}</source>
        <translation>Kosten en intresten invorderbaar vanaf {day}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="418"/>
        <source>Prescription : la créance peut être réclamée jusqu&apos;au {day} inclus</source>
        <translation>Verjaring: de schuldvordering kan worden gevorderd tot en met {day}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="421"/>
        <source>débiteur professionnel</source>
        <translation>professionele schuldenaar</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="422"/>
        <source>débiteur consommateur</source>
        <translation>schuldenaar-consument</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="425"/>
        <source>France</source>
        <translation>Frankrijk</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="426"/>
        <source>Belgique</source>
        <translation>België</translation>
    </message>
</context>
<context>
    <name>letters</name>
    <message>
        <location filename="../../relance_desktop/services/letters.py" line="246"/>
        <source>« {kind} » n&apos;est pas un type de document connu.</source>
        <translation>‘{kind}’ is geen bekend documenttype.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/letters.py" line="250"/>
        <source>Aucun client n&apos;a le numéro {id} dans ce fichier.</source>
        <translation>Geen enkele klant heeft nummer {id} in dit bestand.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/letters.py" line="333"/>
        <source>Rien à écrire à « {customer} » pour ce document : aucune facture concernée aujourd&apos;hui.</source>
        <translation>Niets te schrijven aan ‘{customer}’ voor dit document: vandaag komt geen enkele factuur in aanmerking.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/letters.py" line="300"/>
        <source>Aucune promesse de paiement à confirmer pour « {customer} ».</source>
        <translation>Geen betalingsbelofte te bevestigen voor ‘{customer}’.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/letters.py" line="308"/>
        <source>Aucun échéancier en cours pour « {customer} ».</source>
        <translation>Geen lopend afbetalingsplan voor ‘{customer}’.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/collection_file.py" line="66"/>
        <location filename="../../relance_desktop/services/collection_file.py" line="80"/>
        <location filename="../../relance_desktop/services/collection_file.py" line="97"/>
        <location filename="../../relance_desktop/services/collection_file.py" line="112"/>
        <location filename="../../relance_desktop/services/collection_file.py" line="125"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/collection_file.py" line="67"/>
        <source>Moyen</source>
        <translation>Wijze</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/collection_file.py" line="68"/>
        <source>Référence</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/collection_file.py" line="81"/>
        <source>Par</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/collection_file.py" line="82"/>
        <source>Résultat</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/collection_file.py" line="83"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/collection_file.py" line="98"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/collection_file.py" line="99"/>
        <source>Envoi</source>
        <translation>Verzonden via</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/collection_file.py" line="113"/>
        <source>Promis pour le</source>
        <translation>Beloofd tegen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/collection_file.py" line="114"/>
        <location filename="../../relance_desktop/services/collection_file.py" line="127"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/collection_file.py" line="126"/>
        <source>Motif</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/letter_parts.py" line="109"/>
        <source>{amount} calculés jusqu&apos;au {until}, outre les intérêts au taux prévu par la loi, qui continuent de courir jusqu&apos;à parfait paiement</source>
        <translation>{amount} berekend tot {until}, vermeerderd met de interesten tegen de wettelijk bepaalde rentevoet, die blijven lopen tot de volledige betaling</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/letter_parts.py" line="112"/>
        <source>Intérêts de retard à compter du {start} — facture {invoice}</source>
        <translation>Nalatigheidsintresten vanaf {start} — factuur {invoice}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/letter_parts.py" line="114"/>
        <source>{rule} : au taux prévu par ce texte, jusqu&apos;à parfait paiement (taux du semestre {half_years} pas encore publié : montant non chiffré)</source>
        <translation>{rule}: tegen de rentevoet die deze tekst bepaalt, tot de volledige betaling (rentevoet van het semester {half_years} nog niet bekendgemaakt: bedrag niet berekend)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/letter_parts.py" line="117"/>
        <source>pour mémoire</source>
        <translation>p.m.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/letter_parts.py" line="118"/>
        <source>Le taux du semestre {half_years} n&apos;est pas encore publié (table connue jusqu&apos;au {known_until}) : le courrier réclame les intérêts calculés jusqu&apos;à cette date, puis les intérêts au taux prévu par la loi jusqu&apos;à parfait paiement, sans montant. Aucun taux n&apos;est deviné. Ajoutez le taux dans Outils › Taux d&apos;intérêt pour les chiffrer.</source>
        <translation>De rentevoet van het semester {half_years} is nog niet bekendgemaakt (tabel gekend tot {known_until}): de brief vordert de interesten berekend tot die datum, daarna de interesten tegen de wettelijk bepaalde rentevoet tot de volledige betaling, zonder bedrag. Er wordt geen rentevoet geraden. Voeg de rentevoet toe in Extra › Rentevoeten om ze te berekenen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/letter_parts.py" line="123"/>
        <source>{label} — facture {invoice}</source>
        <translation>{label} — factuur {invoice}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/letter_batch.py" line="66"/>
        <source>Le disque est plein : les courriers n&apos;ont pas pu être écrits dans « {folder} ». Rien n&apos;a été enregistré ; libérez de la place puis recommencez.</source>
        <translation>De schijf is vol: de brieven konden niet worden geschreven in “{folder}”. Er is niets geregistreerd; maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/letter_batch.py" line="69"/>
        <source>Impossible d&apos;écrire les courriers dans « {folder} » : {reason}. Rien n&apos;a été enregistré.</source>
        <translation>De brieven kunnen niet worden geschreven in “{folder}”: {reason}. Er is niets geregistreerd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/letter_batch.py" line="72"/>
        <source>Les courriers sont enregistrés dans l&apos;historique, mais des fichiers n&apos;ont pas pu être écrits dans « {folder} » ({count}) : {reason}. Relancez la même commande (même type, même date) : elle écrira les fichiers manquants sans refaire les courriers.</source>
        <translation>De brieven staan in de geschiedenis, maar sommige bestanden konden niet worden geschreven in “{folder}” ({count}): {reason}. Voer dezelfde opdracht opnieuw uit (zelfde soort, zelfde datum): ze schrijft de ontbrekende bestanden zonder de brieven opnieuw te maken.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/letter_batch.py" line="171"/>
        <source>Aucun client ne correspond à « {text} » (numéro de compte, nom, ou numéro dans Relance).</source>
        <translation>Geen enkele klant komt overeen met “{text}” (rekeningnummer, naam of nummer in Relance).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/letter_batch.py" line="174"/>
        <source>Plusieurs clients correspondent à « {text} » : {matches}. Indiquez le numéro de compte.</source>
        <translation>Meerdere klanten komen overeen met “{text}”: {matches}. Geef het rekeningnummer op.</translation>
    </message>
</context>
<context>
    <name>mail</name>
    <message>
        <location filename="../../relance_desktop/secrets.py" line="26"/>
        <source>Aucun trousseau de mots de passe n&apos;est disponible sur cet ordinateur : le mot de passe sera demandé à chaque envoi (il n&apos;est jamais enregistré en clair).</source>
        <translation>Er is geen wachtwoordkluis beschikbaar op deze computer: het wachtwoord wordt bij elke verzending gevraagd (het wordt nooit als leesbare tekst opgeslagen).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/secrets.py" line="31"/>
        <source>Le trousseau de mots de passe est verrouillé : déverrouillez-le (session du système) puis réessayez, ou tapez le mot de passe.</source>
        <translation>De wachtwoordkluis is vergrendeld: ontgrendel ze (systeemsessie) en probeer opnieuw, of typ het wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/secrets.py" line="36"/>
        <source>Le trousseau de mots de passe a refusé l&apos;opération : {reason}</source>
        <translation>De wachtwoordkluis heeft de bewerking geweigerd: {reason}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="290"/>
        <source>Le serveur d&apos;envoi {server} refuse la connexion : il est arrêté ou le port n&apos;est pas le bon. L&apos;e-mail n&apos;est pas parti.</source>
        <translation>De uitgaande mailserver {server} weigert de verbinding: hij is niet actief of de poort is verkeerd. De e-mail is niet verstuurd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="294"/>
        <source>Le serveur d&apos;envoi {server} ne répond pas (délai de {seconds} s dépassé) : vérifiez la connexion à Internet, le port et la sécurité choisie. L&apos;e-mail n&apos;est pas parti.</source>
        <translation>De uitgaande mailserver {server} antwoordt niet (time-out na {seconds} s): controleer de internetverbinding, de poort en de gekozen beveiliging. De e-mail is niet verstuurd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="299"/>
        <source>Le serveur d&apos;envoi « {host} » est introuvable : vérifiez son nom et la connexion à Internet. L&apos;e-mail n&apos;est pas parti.</source>
        <translation>De uitgaande mailserver ‘{host}’ is niet gevonden: controleer de naam en de internetverbinding. De e-mail is niet verstuurd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="303"/>
        <source>Le serveur d&apos;envoi {server} a coupé la connexion : vérifiez le port et la sécurité choisie (SSL sur le port 465, STARTTLS sur le port 587). L&apos;e-mail n&apos;est pas parti.</source>
        <translation>De uitgaande mailserver {server} heeft de verbinding verbroken: controleer de poort en de gekozen beveiliging (SSL op poort 465, STARTTLS op poort 587). De e-mail is niet verstuurd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="308"/>
        <source>Impossible de joindre le serveur d&apos;envoi {server} : {reason}. L&apos;e-mail n&apos;est pas parti.</source>
        <translation>Kan de uitgaande mailserver {server} niet bereiken: {reason}. De e-mail is niet verstuurd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="315"/>
        <source>Le certificat du serveur d&apos;envoi {server} n&apos;est pas reconnu ({reason}) : la connexion sécurisée est refusée. L&apos;e-mail n&apos;est pas parti.</source>
        <translation>Het certificaat van de uitgaande mailserver {server} wordt niet herkend ({reason}): de beveiligde verbinding wordt geweigerd. De e-mail is niet verstuurd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="320"/>
        <source>Le serveur d&apos;envoi {server} ne propose pas STARTTLS : choisissez SSL (port 465) ou demandez le bon réglage à votre fournisseur. L&apos;e-mail n&apos;est pas parti.</source>
        <translation>De uitgaande mailserver {server} biedt geen STARTTLS aan: kies SSL (poort 465) of vraag uw provider naar de juiste instelling. De e-mail is niet verstuurd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="325"/>
        <source>La connexion sécurisée ({security}) avec le serveur d&apos;envoi {server} a échoué ({reason}) : vérifiez la sécurité choisie (SSL sur le port 465, STARTTLS sur le port 587). L&apos;e-mail n&apos;est pas parti.</source>
        <translation>De beveiligde verbinding ({security}) met de uitgaande mailserver {server} is mislukt ({reason}): controleer de gekozen beveiliging (SSL op poort 465, STARTTLS op poort 587). De e-mail is niet verstuurd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="350"/>
        <source>Le serveur d&apos;envoi {server} refuse la conversation : {code} {reason}. L&apos;e-mail n&apos;est pas parti.</source>
        <translation>De uitgaande mailserver {server} weigert de sessie: {code} {reason}. De e-mail is niet verstuurd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="397"/>
        <source>Le serveur d&apos;envoi {server} a refusé l&apos;identifiant « {user} » ou le mot de passe : vérifiez-les dans les paramètres d&apos;envoi. L&apos;e-mail n&apos;est pas parti.</source>
        <translation>De uitgaande mailserver {server} heeft de gebruikersnaam ‘{user}’ of het wachtwoord geweigerd: controleer ze in de verzendinstellingen. De e-mail is niet verstuurd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="402"/>
        <source>Le serveur d&apos;envoi {server} ne propose pas d&apos;identification sur cette connexion : choisissez SSL ou STARTTLS, ou laissez l&apos;identifiant vide. L&apos;e-mail n&apos;est pas parti.</source>
        <translation>De uitgaande mailserver {server} biedt op deze verbinding geen authenticatie aan: kies SSL of STARTTLS, of laat de gebruikersnaam leeg. De e-mail is niet verstuurd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="409"/>
        <source>L&apos;identification auprès du serveur d&apos;envoi {server} a échoué : vérifiez l&apos;identifiant « {user} » et le mot de passe. L&apos;e-mail n&apos;est pas parti.</source>
        <translation>De authenticatie bij de uitgaande mailserver {server} is mislukt: controleer de gebruikersnaam ‘{user}’ en het wachtwoord. De e-mail is niet verstuurd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="445"/>
        <source>Le serveur d&apos;envoi a refusé le destinataire {address} ({reason}) : vérifiez l&apos;adresse. L&apos;e-mail n&apos;est pas parti.</source>
        <translation>De uitgaande mailserver heeft de ontvanger {address} geweigerd ({reason}): controleer het adres. De e-mail is niet verstuurd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="451"/>
        <source>Le serveur d&apos;envoi a refusé l&apos;adresse de l&apos;expéditeur {address} ({reason}) : elle doit souvent être celle du compte d&apos;envoi. L&apos;e-mail n&apos;est pas parti.</source>
        <translation>De uitgaande mailserver heeft het afzenderadres {address} geweigerd ({reason}): dat moet vaak het adres van de verzendaccount zijn. De e-mail is niet verstuurd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="456"/>
        <source>Le serveur d&apos;envoi {server} a refusé l&apos;e-mail : {code} {reason}. L&apos;e-mail n&apos;est pas parti.</source>
        <translation>De uitgaande mailserver {server} heeft de e-mail geweigerd: {code} {reason}. De e-mail is niet verstuurd.</translation>
    </message>
</context>
<context>
    <name>rates</name>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="62"/>
        <source>Taux BCE (opérations principales de refinancement)</source>
        <extracomment>ECB data portal, main refinancing operations fixed rate (daily series, level in percent).</extracomment>
        <translation>ECB-rente (basisherfinancieringstransacties)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="63"/>
        <source>Taux légal France, créancier particulier</source>
        <translation>Franse wettelijke rente, particuliere schuldeiser</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="65"/>
        <source>Taux légal France, autres cas</source>
        <translation>Franse wettelijke rente, andere gevallen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="66"/>
        <source>Taux belge, loi du 2 août 2002</source>
        <translation>Belgische rentevoet, wet van 2 augustus 2002</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="69"/>
        <source>fichier de mise à jour</source>
        <translation>bijwerkbestand</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="70"/>
        <source>mise à jour en ligne</source>
        <translation>online bijwerking</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="71"/>
        <source>saisi à la main</source>
        <translation>handmatig ingevoerd</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="72"/>
        <source>saisi à la main (version précédente)</source>
        <translation>handmatig ingevoerd (vorige versie)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="75"/>
        <source>série inconnue.</source>
        <translation>onbekende reeks.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="76"/>
        <source>la source est obligatoire (qui a publié ce taux, où vous l&apos;avez lu).</source>
        <translation>de bron is verplicht (wie deze rentevoet publiceerde, waar u hem las).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="78"/>
        <source>{rate} % n&apos;est pas plausible pour ce taux (attendu entre {low} et {high} %).</source>
        <translation>{rate} % is niet aannemelijk voor deze rentevoet (verwacht tussen {low} en {high} %).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="80"/>
        <source>{rate} % : le taux belge est publié au demi-point près (ex. 10,50).</source>
        <translation>{rate} %: de Belgische rentevoet wordt per halve procent gepubliceerd (bv. 10,50).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="82"/>
        <source>ce semestre n&apos;a pas encore pu être publié (au plus tard {latest} aujourd&apos;hui).</source>
        <translation>dit semester kan nog niet gepubliceerd zijn (vandaag hoogstens {latest}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="84"/>
        <source>donné deux fois avec deux valeurs différentes ({other} % et {rate} %).</source>
        <translation>twee keer opgegeven met twee verschillende waarden ({other} % en {rate} %).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="86"/>
        <source>la table connaît déjà {current} % pour ce semestre, la mise à jour dit {rate} % : rien n&apos;est remplacé (vérifiez la publication officielle).</source>
        <translation>de tabel kent al {current} % voor dit semester, de bijwerking zegt {rate} %: er wordt niets vervangen (controleer de officiële publicatie).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="89"/>
        <source>il manque d&apos;abord le semestre {missing} (une série ne peut pas avoir de trou).</source>
        <translation>eerst ontbreekt semester {missing} (een reeks mag geen gat hebben).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="91"/>
        <source>{rate} % diffère du calcul BCE {ecb} % + 8 points arrondi au demi-point supérieur ({expected} %) : vérifiez l&apos;avis publié.</source>
        <translation>{rate} % wijkt af van ECB {ecb} % + 8 punten naar boven afgerond op een halve procent ({expected} %): controleer het gepubliceerde bericht.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="96"/>
        <source>ce n&apos;est pas du JSON valide ({reason}).</source>
        <translation>dit is geen geldige JSON ({reason}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="97"/>
        <source>un objet « {key} » est attendu.</source>
        <translation>een object &quot;{key}&quot; wordt verwacht.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="98"/>
        <source>format « {value} » inconnu (attendu : 1).</source>
        <translation>onbekend formaat &quot;{value}&quot; (verwacht: 1).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="99"/>
        <source>série inconnue (attendu : {known}).</source>
        <translation>onbekende reeks (verwacht: {known}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="100"/>
        <source>« {value} » n&apos;est pas un semestre (ex. 2026-S2).</source>
        <translation>&quot;{value}&quot; is geen semester (bv. 2026-S2).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="101"/>
        <source>« {value} » n&apos;est pas un taux.</source>
        <translation>&quot;{value}&quot; is geen rentevoet.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="103"/>
        <source>{file}, ligne {line} : </source>
        <translation>{file}, regel {line}: </translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="104"/>
        <source>{file} : </source>
        <translation>{file}: </translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="105"/>
        <source>Mise à jour des taux refusée, rien n&apos;a été enregistré :
{details}</source>
        <translation>Bijwerking van de rentevoeten geweigerd, er is niets opgeslagen:
{details}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="189"/>
        <source>Le fichier des taux ajoutés « {path} » est illisible ({reason}). Il n&apos;a pas été modifié : réparez-le ou mettez-le de côté, puis recommencez.</source>
        <translation>Het bestand met toegevoegde rentevoeten &quot;{path}&quot; is onleesbaar ({reason}). Het is niet gewijzigd: herstel het of zet het opzij en probeer opnieuw.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="303"/>
        <source>Indiquez la source du taux (ex. « arrêté du 15/12/2026, JO du 26/12/2026 ») : Relance garde d&apos;où vient chaque taux.</source>
        <translation>Geef de bron van de rentevoet op (bv. &quot;arrêté van 15/12/2026, JO van 26/12/2026&quot;): Relance bewaart waar elke rentevoet vandaan komt.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="393"/>
        <source>Impossible de lire « {path} » : {reason}</source>
        <translation>Kan &quot;{path}&quot; niet lezen: {reason}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="410"/>
        <source>« {url} » n&apos;est pas une adresse web (http ou https).</source>
        <translation>“{url}” is geen webadres (http of https).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="418"/>
        <source>{host} a répondu « {status} {reason} » pour {url}. Rien n&apos;a changé.</source>
        <translation>{host} antwoordde &quot;{status} {reason}&quot; voor {url}. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="424"/>
        <source>Impossible de joindre {host} ({reason}) : l&apos;ordinateur est peut-être hors ligne. Rien n&apos;a changé ; vous pouvez importer un fichier de taux ou saisir le taux avec sa source.</source>
        <translation>Kan {host} niet bereiken ({reason}): de computer is misschien offline. Er is niets gewijzigd; u kunt een rentebestand importeren of de rentevoet met de bron invoeren.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="429"/>
        <source>La réponse de {host} est trop longue pour une table de taux.</source>
        <translation>Het antwoord van {host} is te lang voor een rentetabel.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="462"/>
        <source>La mise à jour en ligne est désactivée (Relance fonctionne hors ligne). Autorisez-la dans Outils › Taux d&apos;intérêt, ou importez un fichier de taux.</source>
        <translation>Online bijwerken staat uit (Relance werkt offline). Sta het toe via Extra › Rentevoeten, of importeer een rentebestand.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="482"/>
        <source>Réponse inattendue du portail de données de la BCE ({reason}). Rien n&apos;a changé.</source>
        <translation>Onverwacht antwoord van het dataportaal van de ECB ({reason}). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="488"/>
        <source>La BCE ne donne pas de taux en vigueur au {day}.</source>
        <translation>De ECB geeft geen rentevoet die geldt op {day}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="506"/>
        <source>Aucune adresse de fichier de taux publié n&apos;est réglée : les taux légaux français et le taux belge ne sont pas mis à jour en ligne.</source>
        <translation>Er is geen adres van een gepubliceerd rentebestand ingesteld: de Franse wettelijke rentevoeten en de Belgische rentevoet worden niet online bijgewerkt.</translation>
    </message>
</context>
<context>
    <name>regime</name>
    <message>
        <location filename="../../relance_desktop/services/regime.py" line="19"/>
        <source>Droit français entre professionnels (C. com. L441-10 et D441-5)</source>
        <translation>Frans recht tussen ondernemingen (C. com. L441-10 en D441-5)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/regime.py" line="21"/>
        <source>Droit français de la consommation (C. civ. 1231-6 et 1344-1 ; CPCE L111-8)</source>
        <translation>Frans consumentenrecht (C. civ. 1231-6 en 1344-1; CPCE L111-8)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/regime.py" line="23"/>
        <source>Droit belge entre entreprises (loi du 2 août 2002)</source>
        <translation>Belgisch recht tussen ondernemingen (wet van 2 augustus 2002)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/regime.py" line="25"/>
        <source>Droit belge de la consommation (livre XIX du Code de droit économique)</source>
        <translation>Belgisch consumentenrecht (boek XIX van het Wetboek van economisch recht)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/regime.py" line="29"/>
        <source>client professionnel, aucune loi choisie au contrat : loi du pays du vendeur ({creditor})</source>
        <translation>zakelijke klant, geen recht gekozen in het contract: recht van het land van de verkoper ({creditor})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/regime.py" line="32"/>
        <source>client professionnel : loi choisie au contrat ({law})</source>
        <translation>zakelijke klant: recht gekozen in het contract ({law})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/regime.py" line="34"/>
        <source>consommateur : loi du pays où il vit ({debtor})</source>
        <translation>consument: recht van het land waar hij woont ({debtor})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/regime.py" line="36"/>
        <source>consommateur : loi du pays où il vit ({debtor}), qui prime sur la loi choisie au contrat ({law})</source>
        <translation>consument: recht van het land waar hij woont ({debtor}), dat voorrang heeft op het in het contract gekozen recht ({law})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/regime.py" line="39"/>
        <source>consommateur hors de France et de Belgique : loi du contrat ou du vendeur ({law})</source>
        <translation>consument buiten Frankrijk en België: recht van het contract of van de verkoper ({law})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/regime.py" line="44"/>
        <source>France</source>
        <translation>Frankrijk</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/regime.py" line="45"/>
        <source>Belgique</source>
        <translation>België</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/regime.py" line="47"/>
        <source>Loi applicable : {law} — {reason}.</source>
        <translation>Toepasselijk recht: {law} — {reason}.</translation>
    </message>
</context>
<context>
    <name>scenarios</name>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="55"/>
        <source>France — clients professionnels</source>
        <extracomment>The names and step notes of the scenarios Relance ships (resources/dunning/scenarios.json), for the translations: a company keeps them in French, each person reads them in the language of the interface. A text the user wrote is shown as written.</extracomment>
        <translation>Frankrijk — zakelijke klanten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="56"/>
        <source>Rappel courtois avant l&apos;échéance : la facture arrive à terme.</source>
        <translation>Vriendelijke herinnering vóór de vervaldag: de factuur vervalt binnenkort.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="57"/>
        <source>Appel : vérifier que la facture est reçue et validée, obtenir une date.</source>
        <translation>Bellen: nagaan of de factuur ontvangen en goedgekeurd is, een datum verkrijgen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="58"/>
        <source>Première relance écrite, rappel des pénalités de retard.</source>
        <translation>Eerste schriftelijke herinnering, met vermelding van de verwijlintresten.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="59"/>
        <source>Second appel, au décideur ou au service comptable.</source>
        <translation>Tweede telefoontje, naar de beslisser of de boekhouding.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="60"/>
        <source>Mise en demeure : principal, pénalités au taux légal B2B, indemnité de 40 € par facture.</source>
        <translation>Ingebrekestelling: hoofdsom, intresten aan de wettelijke B2B-rentevoet, vergoeding van € 40 per factuur.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="61"/>
        <source>Dossier de recouvrement (injonction de payer) si rien n&apos;a bougé quinze jours après la mise en demeure.</source>
        <translation>Invorderingsdossier (betalingsbevel) als er vijftien dagen na de ingebrekestelling niets gebeurd is.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="62"/>
        <source>Remercier du règlement.</source>
        <translation>De klant bedanken voor de betaling.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="63"/>
        <source>France — particuliers</source>
        <translation>Frankrijk — particulieren</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="64"/>
        <source>Rappel courtois avant l&apos;échéance.</source>
        <translation>Vriendelijke herinnering vóór de vervaldag.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="65"/>
        <source>Appel bienveillant : oubli, difficulté, besoin d&apos;un échéancier ?</source>
        <translation>Vriendelijk telefoontje: vergeten, moeilijkheden, nood aan een afbetalingsplan?</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="66"/>
        <source>Relance écrite, sans frais.</source>
        <translation>Schriftelijke herinnering, zonder kosten.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="67"/>
        <source>Mise en demeure par lettre recommandée : les intérêts au taux légal courent à partir de sa réception ; aucun frais de relance.</source>
        <translation>Ingebrekestelling per aangetekende brief: de wettelijke intrest loopt vanaf de ontvangst ervan; geen aanmaningskosten.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="68"/>
        <source>Dernière relance avant transmission du dossier.</source>
        <translation>Laatste herinnering vóór het dossier wordt overgedragen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="69"/>
        <source>Dossier de recouvrement ; les frais restent à la charge du créancier.</source>
        <translation>Invorderingsdossier; de kosten blijven ten laste van de schuldeiser.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="70"/>
        <source>Belgique — clients professionnels</source>
        <translation>België — zakelijke klanten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="71"/>
        <source>Appel : facture reçue, validée, date de paiement ?</source>
        <translation>Bellen: factuur ontvangen, goedgekeurd, betaaldatum?</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="72"/>
        <source>Première relance écrite, intérêts et indemnité rappelés.</source>
        <translation>Eerste schriftelijke herinnering, met vermelding van intresten en schadevergoeding.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="73"/>
        <source>Mise en demeure : principal, intérêts de la loi de 2002, indemnité forfaitaire de 40 €.</source>
        <translation>Ingebrekestelling: hoofdsom, intresten volgens de wet van 2002, forfaitaire vergoeding van € 40.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="74"/>
        <source>Dossier de recouvrement.</source>
        <translation>Invorderingsdossier.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="75"/>
        <source>Belgique — particuliers</source>
        <translation>België — particulieren</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="76"/>
        <source>Rappel courtois avant l&apos;échéance (ce n&apos;est pas encore un rappel de paiement).</source>
        <translation>Vriendelijke herinnering vóór de vervaldag (nog geen betalingsherinnering).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="77"/>
        <source>Premier rappel gratuit : solde, indemnité éventuelle, délai d&apos;au moins 14 jours.</source>
        <translation>Eerste kosteloze herinnering: saldo, eventuele schadevergoeding, termijn van minstens 14 dagen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="78"/>
        <source>Appel courtois (jamais entre 22 h et 8 h).</source>
        <translation>Hoffelijk telefoontje (nooit tussen 22 u en 8 u).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="79"/>
        <source>Mise en demeure après le délai de 14 jours ; frais dans les plafonds de XIX.4 s&apos;ils sont prévus aux conditions.</source>
        <translation>Ingebrekestelling na de termijn van 14 dagen; kosten binnen de grenzen van XIX.4 als de voorwaarden erin voorzien.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="80"/>
        <source>Dossier de recouvrement (huissier ou avocat).</source>
        <translation>Invorderingsdossier (gerechtsdeurwaarder of advocaat).</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../relance_desktop/settings.py" line="57"/>
        <source>Langue de l&apos;interface</source>
        <translation>Taal van de interface</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="59"/>
        <source>Format des nombres</source>
        <translation>Getalnotatie</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="61"/>
        <source>Votre nom (dans les scripts)</source>
        <translation>Uw naam (in de scripts)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="62"/>
        <source>Fichiers récents</source>
        <translation>Recente bestanden</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="63"/>
        <source>Serveurs d&apos;équipe récents</source>
        <translation>Recente teamservers</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="64"/>
        <source>Dernier fichier ouvert</source>
        <translation>Laatst geopend bestand</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="65"/>
        <source>Rouvrir le dernier fichier</source>
        <translation>Laatste bestand opnieuw openen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="66"/>
        <source>Position de la fenêtre</source>
        <translation>Vensterpositie</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="69"/>
        <source>Taux ajoutés</source>
        <translation>Toegevoegde rentevoeten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="70"/>
        <source>Taux d&apos;intérêt quand le retard couvre plusieurs semestres</source>
        <translation>Rentevoet als de achterstand meerdere semesters beslaat</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="72"/>
        <source>Base de calcul des jours</source>
        <translation>Basis voor de dagtelling</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="73"/>
        <source>Prescription envers un consommateur belge</source>
        <translation>Verjaring ten aanzien van een Belgische consument</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="77"/>
        <source>Autoriser la mise à jour des taux en ligne</source>
        <translation>Online bijwerken van de rentevoeten toestaan</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="81"/>
        <source>Adresse du taux BCE (portail de données de la BCE)</source>
        <translation>Adres van de ECB-rente (dataportaal van de ECB)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="82"/>
        <source>Adresse du fichier de taux publié</source>
        <translation>Adres van het gepubliceerde rentebestand</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="85"/>
        <source>Heures où l&apos;on peut appeler</source>
        <translation>Uren waarop mag worden gebeld</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="87"/>
        <source>Appels au même client par jour, au plus</source>
        <translation>Oproepen naar dezelfde klant per dag, maximaal</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="89"/>
        <source>Appels au même client sur 7 jours, au plus</source>
        <translation>Oproepen naar dezelfde klant over 7 dagen, maximaal</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="91"/>
        <source>Appels au même client sur 30 jours, au plus</source>
        <translation>Oproepen naar dezelfde klant over 30 dagen, maximaal</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="93"/>
        <source>Jours d&apos;attente après la date promise avant de conclure</source>
        <translation>Wachtdagen na de beloofde datum vóór een besluit</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="96"/>
        <source>Durée raisonnable d&apos;un échéancier (mois)</source>
        <translation>Redelijke duur van een afbetalingsplan (maanden)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="98"/>
        <source>Échéance minimale (centimes)</source>
        <translation>Minimale schijf (cent)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="100"/>
        <source>Petite dette : paiement immédiat en dessous de (centimes)</source>
        <translation>Kleine schuld: onmiddellijke betaling onder (cent)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="102"/>
        <source>Grosse dette : échéancier au-dessus de (centimes)</source>
        <translation>Grote schuld: afbetalingsplan boven (cent)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="106"/>
        <source>Conservation des données d&apos;un client après sa dernière dette soldée (ans)</source>
        <translation>Gegevens van een klant bewaren na de laatste vereffende schuld (jaar)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="110"/>
        <source>Sauvegardes automatiques quotidiennes à garder (0 : aucune)</source>
        <translation>Aantal dagelijkse automatische back-ups om te bewaren (0: geen)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="113"/>
        <source>Serveur d&apos;envoi (SMTP)</source>
        <translation>Uitgaande mailserver (SMTP)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="114"/>
        <source>Port du serveur d&apos;envoi</source>
        <translation>Poort van de uitgaande mailserver</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="116"/>
        <source>Sécurité de la connexion d&apos;envoi</source>
        <translation>Beveiliging van de verzendverbinding</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="118"/>
        <source>Identifiant d&apos;envoi</source>
        <translation>Gebruikersnaam voor verzending</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="119"/>
        <source>Adresse de l&apos;expéditeur</source>
        <translation>Afzenderadres</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="120"/>
        <source>Nom de l&apos;expéditeur</source>
        <translation>Naam van de afzender</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="123"/>
        <source>Envoyer sans validation les étapes marquées automatiques</source>
        <translation>Stappen gemarkeerd als automatisch zonder bevestiging verzenden</translation>
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
    <name>team</name>
    <message>
        <location filename="../../relance_desktop/services/assignment.py" line="27"/>
        <source>Ce chargé de recouvrement n&apos;existe pas ou a été désactivé.</source>
        <translation>Deze invorderaar bestaat niet of is gedeactiveerd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/assignment.py" line="30"/>
        <source>Le montant minimum dépasse le maximum : corrigez la tranche de la règle {number}.</source>
        <translation>Het minimumbedrag is hoger dan het maximum: corrigeer de schijf van regel {number}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/team_roles.py" line="32"/>
        <source>Administrateur</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/team_roles.py" line="33"/>
        <location filename="../../relance_desktop/views/team_assign.py" line="112"/>
        <source>Chargé de recouvrement</source>
        <translation>Invorderaar</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/team_roles.py" line="34"/>
        <source>Lecture seule</source>
        <translation>Alleen lezen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/team_roles.py" line="42"/>
        <source>L&apos;identifiant s&apos;écrit en minuscules sans accent ni espace (lettres, chiffres, « _ », « . » ou « - »), commence par une lettre et fait au plus 63 caractères.</source>
        <translation>De gebruikersnaam wordt in kleine letters geschreven zonder accenten of spaties (letters, cijfers, “_”, “.” of “-”), begint met een letter en telt hoogstens 63 tekens.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/team_roles.py" line="46"/>
        <source>Le mot de passe doit faire au moins {count} caractères.</source>
        <translation>Het wachtwoord moet minstens {count} tekens tellen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/team_roles.py" line="49"/>
        <source>L&apos;identifiant « {login} » existe déjà sur ce serveur : choisissez-en un autre.</source>
        <translation>De gebruikersnaam “{login}” bestaat al op deze server: kies een andere.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_assign.py" line="42"/>
        <source>Montant illisible « {value} » : écrivez par exemple 1 500,00.</source>
        <translation>Onleesbaar bedrag “{value}”: schrijf bijvoorbeeld 1.500,00.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_assign.py" line="71"/>
        <source>Affecter à</source>
        <translation>Toewijzen aan</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_assign.py" line="83"/>
        <source>Personne (à prendre par l&apos;équipe)</source>
        <translation>Niemand (vrij voor het team)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_assign.py" line="93"/>
        <source>Non affecté (à prendre par l&apos;équipe)</source>
        <translation>Niet toegewezen (vrij voor het team)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_assign.py" line="94"/>
        <source>Suivi par {name}</source>
        <translation>Opgevolgd door {name}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_assign.py" line="103"/>
        <location filename="../../relance_desktop/views/team_assign.py" line="186"/>
        <source>Règles d&apos;affectation</source>
        <translation>Toewijzingsregels</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_assign.py" line="105"/>
        <source>Chaque client va à la première règle qu&apos;il remplit. Une case vide : n&apos;importe lequel. Montants : ce que le client doit encore, bornes comprises.</source>
        <translation>Elke klant gaat naar de eerste regel waaraan hij voldoet. Een leeg vak: om het even welke. Bedragen: wat de klant nog verschuldigd is, grenzen inbegrepen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_assign.py" line="112"/>
        <source>Pays</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_assign.py" line="113"/>
        <source>Langue</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_assign.py" line="113"/>
        <source>Doit au moins</source>
        <translation>Is minstens verschuldigd</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_assign.py" line="114"/>
        <source>Doit au plus</source>
        <translation>Is hoogstens verschuldigd</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_assign.py" line="114"/>
        <source>Clients</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_assign.py" line="121"/>
        <source>(règle inutilisée)</source>
        <translation>(regel niet gebruikt)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_assign.py" line="133"/>
        <source>Seulement les clients non affectés</source>
        <translation>Alleen niet-toegewezen klanten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_assign.py" line="136"/>
        <source>&amp;Aperçu</source>
        <translation>&amp;Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_assign.py" line="140"/>
        <source>A&amp;ppliquer</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_assign.py" line="187"/>
        <source>Affecter {count} clients selon ces règles ?</source>
        <translation>{count} klanten volgens deze regels toewijzen?</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_dialog.py" line="80"/>
        <source>Ajouter une personne</source>
        <translation>Persoon toevoegen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_dialog.py" line="83"/>
        <source>ex. Claire Martin</source>
        <translation>bv. Claire Martin</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_dialog.py" line="85"/>
        <source>ex. claire.martin</source>
        <translation>bv. claire.martin</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_dialog.py" line="89"/>
        <source>&amp;Nom</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_dialog.py" line="90"/>
        <source>&amp;Identifiant de connexion</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_dialog.py" line="91"/>
        <source>&amp;Mot de passe initial</source>
        <translation>Eerste &amp;wachtwoord</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_dialog.py" line="92"/>
        <source>&amp;Rôle</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_dialog.py" line="93"/>
        <source>Donnez-lui le mot de passe de vive voix ; Relance ne le garde pas.</source>
        <translation>Geef het wachtwoord mondeling door; Relance bewaart het niet.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_dialog.py" line="131"/>
        <source>Nom</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_dialog.py" line="131"/>
        <source>Identifiant</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_dialog.py" line="132"/>
        <source>Rôle</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_dialog.py" line="132"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_dialog.py" line="137"/>
        <source>Équipe</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_dialog.py" line="140"/>
        <source>Chacun se connecte avec son propre identifiant. Le serveur applique les rôles : administrateur (personnes, réglages, taux, textes), chargé de recouvrement (appels, courriers, paiements, promesses), lecture seule (comptable, direction).</source>
        <translation>Iedereen meldt zich aan met een eigen gebruikersnaam. De server past de rollen toe: beheerder (personen, instellingen, rentevoeten, teksten), invorderaar (oproepen, brieven, betalingen, beloften), alleen lezen (boekhouder, directie).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_dialog.py" line="158"/>
        <source>&amp;Ajouter une personne…</source>
        <translation>Persoon &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_dialog.py" line="161"/>
        <source>&amp;Changer le rôle</source>
        <translation>Rol &amp;wijzigen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_dialog.py" line="163"/>
        <location filename="../../relance_desktop/views/team_dialog.py" line="197"/>
        <source>&amp;Désactiver</source>
        <translation>&amp;Deactiveren</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_dialog.py" line="179"/>
        <source>actif</source>
        <translation>actief</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_dialog.py" line="179"/>
        <source>désactivé</source>
        <translation>gedeactiveerd</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_dialog.py" line="198"/>
        <source>&amp;Réactiver</source>
        <translation>&amp;Opnieuw activeren</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_dialog.py" line="219"/>
        <source>Désactiver</source>
        <translation>Deactiveren</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_dialog.py" line="220"/>
        <source>{name} ne pourra plus se connecter. Son historique reste à son nom. Continuer ?</source>
        <translation>{name} zal zich niet meer kunnen aanmelden. De geschiedenis blijft op zijn of haar naam. Doorgaan?</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="124"/>
        <source>Votre nom (la personne qui appelle)</source>
        <translation>Uw naam (de persoon die belt)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="125"/>
        <location filename="../../relance_desktop/domain/letters_text.py" line="117"/>
        <source>Le nom de votre société</source>
        <translation>De naam van uw onderneming</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="126"/>
        <source>La personne à demander (à défaut, le nom du client)</source>
        <translation>De persoon naar wie u vraagt (anders de naam van de klant)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="128"/>
        <location filename="../../relance_desktop/domain/letters_text.py" line="114"/>
        <source>Le nom du client</source>
        <translation>De naam van de klant</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="129"/>
        <source>Le numéro de la facture principale (la plus ancienne)</source>
        <translation>Het nummer van de hoofdfactuur (de oudste)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="131"/>
        <location filename="../../relance_desktop/domain/letters_text.py" line="121"/>
        <source>Les numéros de toutes les factures concernées</source>
        <translation>De nummers van alle betrokken facturen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="133"/>
        <source>La date de la facture principale</source>
        <translation>De datum van de hoofdfactuur</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="134"/>
        <source>L&apos;échéance de la facture principale</source>
        <translation>De vervaldag van de hoofdfactuur</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="135"/>
        <source>Le total échu (toutes les factures en retard, ensemble)</source>
        <translation>Het vervallen totaal (alle achterstallige facturen samen)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="137"/>
        <source>Le reste dû sur la facture principale (elle seule)</source>
        <translation>Het openstaande bedrag van de hoofdfactuur (alleen die)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="139"/>
        <source>Le nombre de factures en retard</source>
        <translation>Het aantal achterstallige facturen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="140"/>
        <source>La phrase qui situe la facture principale parmi les autres (total)</source>
        <translation>De zin die de hoofdfactuur tussen de andere plaatst (totaal)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="142"/>
        <source>Le montant de la promesse non tenue</source>
        <translation>Het bedrag van de niet nagekomen belofte</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="143"/>
        <source>La date de la promesse non tenue</source>
        <translation>De datum van de niet nagekomen belofte</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="144"/>
        <source>Le montant de l&apos;échéance en cours de l&apos;échéancier</source>
        <translation>Het bedrag van de lopende termijn van het plan</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="146"/>
        <source>La date de l&apos;échéance en cours</source>
        <translation>De datum van de lopende termijn</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="147"/>
        <source>La date du dernier courrier de relance</source>
        <translation>De datum van de laatste herinneringsbrief</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="148"/>
        <source>La date du dernier appel</source>
        <translation>De datum van het laatste gesprek</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="149"/>
        <source>Le nombre d&apos;appels déjà passés</source>
        <translation>Het aantal al gevoerde gesprekken</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="150"/>
        <source>Le nombre de jours de retard</source>
        <translation>Het aantal dagen achterstand</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="151"/>
        <source>Ce qui a été vendu (description de la facture)</source>
        <translation>Wat werd verkocht (omschrijving van de factuur)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="153"/>
        <source>L&apos;objectif de l&apos;appel</source>
        <translation>Het doel van de oproep</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="154"/>
        <source>L&apos;adresse e-mail du client</source>
        <translation>Het e-mailadres van de klant</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="155"/>
        <source>Le numéro de téléphone du client</source>
        <translation>Het telefoonnummer van de klant</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="156"/>
        <location filename="../../relance_desktop/domain/letters_text.py" line="135"/>
        <source>La référence à indiquer avec le paiement</source>
        <translation>De mededeling die bij de betaling moet worden vermeld</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="157"/>
        <location filename="../../relance_desktop/domain/letters_text.py" line="136"/>
        <source>Votre IBAN</source>
        <translation>Uw IBAN</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="158"/>
        <source>Qui valide les paiements chez le client</source>
        <translation>Wie bij de klant de betalingen goedkeurt</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="159"/>
        <source>Les jours de paiement du client</source>
        <translation>De betaaldagen van de klant</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="161"/>
        <location filename="../../relance_desktop/domain/letters_text.py" line="138"/>
        <source>Le montant promis</source>
        <translation>Het beloofde bedrag</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="162"/>
        <location filename="../../relance_desktop/domain/letters_text.py" line="139"/>
        <source>La date promise</source>
        <translation>De beloofde datum</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="163"/>
        <location filename="../../relance_desktop/domain/letters_text.py" line="140"/>
        <source>Le moyen de paiement promis</source>
        <translation>De beloofde betaalwijze</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="164"/>
        <location filename="../../relance_desktop/domain/letters_text.py" line="141"/>
        <source>Le nombre d&apos;échéances de l&apos;échéancier</source>
        <translation>Het aantal schijven in het afbetalingsplan</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="165"/>
        <location filename="../../relance_desktop/domain/letters_text.py" line="142"/>
        <source>Le montant de chaque échéance</source>
        <translation>Het bedrag van elke schijf</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="166"/>
        <location filename="../../relance_desktop/domain/letters_text.py" line="143"/>
        <source>La date de la première échéance</source>
        <translation>De datum van de eerste schijf</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="167"/>
        <location filename="../../relance_desktop/domain/letters_text.py" line="144"/>
        <source>La date de la dernière échéance</source>
        <translation>De datum van de laatste schijf</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="168"/>
        <source>Le rythme des échéances (« chaque mois »...)</source>
        <translation>Het ritme van de schijven (‘elke maand’…)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="170"/>
        <source>Quand vous rappelez</source>
        <translation>Wanneer u terugbelt</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="171"/>
        <source>Le montant que le client dit avoir payé</source>
        <translation>Het bedrag dat de klant zegt te hebben betaald</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="173"/>
        <source>La date du paiement annoncé</source>
        <translation>De datum van de gemelde betaling</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="174"/>
        <source>La bonne personne à contacter (nom, fonction, numéro)</source>
        <translation>De juiste contactpersoon (naam, functie, nummer)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="176"/>
        <source>Les factures contestées</source>
        <translation>De betwiste facturen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/templating.py" line="35"/>
        <source>Le champ « {field} » n&apos;existe pas (ligne {line}, colonne {column}). Choisissez un champ dans la liste ; pour écrire une accolade dans le texte, doublez-la ({example}).</source>
        <translation>Het veld ‘{field}’ bestaat niet (regel {line}, kolom {column}). Kies een veld uit de lijst; om een accolade in de tekst te schrijven, typt u ze twee keer ({example}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="314"/>
        <source>Le champ « {field} » n&apos;est pas encore connu à ce moment de l&apos;appel et ne peut pas servir dans ce texte (ligne {line}, colonne {column}).</source>
        <translation>Het veld ‘{field}’ is op dit moment van de oproep nog niet bekend en kan niet in deze tekst worden gebruikt (regel {line}, kolom {column}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="319"/>
        <source>Ce texte est un simple mot repris dans d&apos;autres phrases : il ne peut pas contenir de champ comme « {field} » (ligne {line}, colonne {column}).</source>
        <translation>Deze tekst is één woord dat in andere zinnen wordt gebruikt: hij kan geen veld zoals ‘{field}’ bevatten (regel {line}, kolom {column}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/templating.py" line="40"/>
        <source>Le champ « {field} » ne peut pas servir dans ce texte (ligne {line}, colonne {column}) : choisissez un champ dans la liste.</source>
        <translation>Het veld ‘{field}’ kan niet in deze tekst worden gebruikt (regel {line}, kolom {column}): kies een veld uit de lijst.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/templating.py" line="45"/>
        <source>Ce texte est imprimé tel quel : il ne peut pas contenir de champ comme « {field} » (ligne {line}, colonne {column}).</source>
        <translation>Deze tekst wordt ongewijzigd afgedrukt: hij kan geen veld zoals ‘{field}’ bevatten (regel {line}, kolom {column}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/templating.py" line="50"/>
        <source>Accolade « {brace} » ouverte sans être refermée (ligne {line}, colonne {column}). Pour écrire une accolade dans le texte, doublez-la ({example}).</source>
        <translation>Accolade ‘{brace}’ geopend maar niet gesloten (regel {line}, kolom {column}). Om een accolade in de tekst te schrijven, typt u ze twee keer ({example}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/templating.py" line="55"/>
        <source>Accolade « {brace} » refermée sans avoir été ouverte (ligne {line}, colonne {column}). Pour écrire une accolade dans le texte, doublez-la ({example}).</source>
        <translation>Accolade ‘{brace}’ gesloten zonder te zijn geopend (regel {line}, kolom {column}). Om een accolade in de tekst te schrijven, typt u ze twee keer ({example}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/templating.py" line="60"/>
        <source>Le champ « {field} » n&apos;a pas de nom (ligne {line}, colonne {column}) : écrivez le nom d&apos;un champ de la liste, par exemple {sample}.</source>
        <translation>Het veld ‘{field}’ heeft geen naam (regel {line}, kolom {column}): schrijf de naam van een veld uit de lijst, bijvoorbeeld {sample}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/templating.py" line="65"/>
        <source>Le champ « {field} » contient une mise en forme (ligne {line}, colonne {column}) : écrivez seulement son nom entre accolades, par exemple {sample}.</source>
        <translation>Het veld ‘{field}’ bevat opmaak (regel {line}, kolom {column}): schrijf alleen de naam tussen accolades, bijvoorbeeld {sample}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/templating.py" line="70"/>
        <source>Le texte utilise le champ « {field} », dont la valeur n&apos;est pas connue ici : complétez la fiche ou retirez ce champ du texte.</source>
        <translation>De tekst gebruikt het veld ‘{field}’, waarvan de waarde hier niet bekend is: vul de fiche aan of verwijder dit veld uit de tekst.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/templating.py" line="75"/>
        <source>Le texte « {name} » n&apos;existe pas.</source>
        <translation>De tekst ‘{name}’ bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/templating.py" line="230"/>
        <source>Le champ « {field} » n&apos;existe pas (ligne {line}, colonne {column}). Choisissez un champ dans la liste ; pour écrire un crochet dans le texte, doublez-le ({example}).</source>
        <translation>Het veld ‘{field}’ bestaat niet (regel {line}, kolom {column}). Kies een veld uit de lijst; om een vierkant haakje in de tekst te schrijven, typt u het twee keer ({example}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="115"/>
        <source>La personne à qui s&apos;adresse le courrier (à défaut, le nom du client)</source>
        <translation>De persoon aan wie de brief gericht is (anders de naam van de klant)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="118"/>
        <source>Votre nom (la personne qui signe)</source>
        <translation>Uw naam (de persoon die ondertekent)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="119"/>
        <source>La ville d&apos;où part le courrier</source>
        <translation>De gemeente van waaruit de brief wordt verstuurd</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="120"/>
        <source>La date du courrier</source>
        <translation>De datum van de brief</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="123"/>
        <source>Le nombre de factures concernées</source>
        <translation>Het aantal betrokken facturen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="124"/>
        <source>Le total restant dû sur les factures (hors intérêts et indemnités)</source>
        <translation>Het totale openstaande saldo van de facturen (zonder intresten en schadevergoeding)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="126"/>
        <source>Le total réclamé (restant dû, intérêts et indemnités compris)</source>
        <translation>Het totale gevorderde bedrag (openstaand saldo, intresten en schadevergoeding inbegrepen)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="128"/>
        <source>Le montant des intérêts de retard</source>
        <translation>Het bedrag van de nalatigheidsintresten</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="129"/>
        <source>L&apos;indemnité pour frais de recouvrement (ou les dommages et intérêts prévus au contrat)</source>
        <translation>De schadevergoeding voor invorderingskosten (of de schadevergoeding waarin het contract voorziet)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="132"/>
        <source>La date limite de paiement (l&apos;échéance, avant échéance)</source>
        <translation>De uiterste betaaldatum (de vervaldag, als de brief vóór de vervaldag wordt verstuurd)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="134"/>
        <source>Le délai de paiement accordé, en jours</source>
        <translation>De toegekende betalingstermijn, in dagen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="137"/>
        <source>Votre BIC</source>
        <translation>Uw BIC</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="145"/>
        <source>Le montant total de l&apos;échéancier</source>
        <translation>Het totale bedrag van het afbetalingsplan</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="146"/>
        <source>Le montant du paiement reçu</source>
        <translation>Het bedrag van de ontvangen betaling</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="147"/>
        <source>La date du paiement reçu</source>
        <translation>De datum van de ontvangen betaling</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="148"/>
        <source>Votre adresse e-mail (pour vous répondre)</source>
        <translation>Uw e-mailadres (om u te antwoorden)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="149"/>
        <source>Votre numéro de téléphone</source>
        <translation>Uw telefoonnummer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="150"/>
        <source>Le numéro de la page</source>
        <translation>Het paginanummer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="151"/>
        <source>Le nombre de pages</source>
        <translation>Het aantal pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="152"/>
        <source>L&apos;objet du courrier</source>
        <translation>Het onderwerp van de brief</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="153"/>
        <source>Le récapitulatif de l&apos;appel : ce qui a été convenu au téléphone</source>
        <translation>De samenvatting van het gesprek: wat telefonisch werd afgesproken</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="155"/>
        <source>L&apos;appel du courrier : « Madame Dupont » quand la personne est connue, sinon « Madame, Monsieur »</source>
        <translation>De aanhef van de brief: ‘mevrouw Dupont’ als de persoon gekend is, anders ‘mevrouw, geachte heer’</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="158"/>
        <source>La personne dans la formule de politesse : « Madame », « Monsieur » ou « Madame, Monsieur »</source>
        <translation>De persoon in de slotformule: ‘mevrouw’, ‘mijnheer’ of ‘mevrouw, mijnheer’</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="161"/>
        <source>Le montant échu (à payer maintenant), sans ce qui est à échoir</source>
        <translation>Het vervallen bedrag (nu te betalen), zonder wat nog niet vervallen is</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="163"/>
        <source>Le nom de famille de la personne</source>
        <translation>De familienaam van de persoon</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../relance_desktop/services/company.py" line="43"/>
        <source>Le délai de paiement doit être compris entre 0 et 120 jours (60 jours au plus entre entreprises, sauf exceptions).</source>
        <translation>De betalingstermijn moet tussen 0 en 120 dagen liggen (maximaal 60 dagen tussen ondernemingen, behoudens uitzonderingen).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/company.py" line="210"/>
        <source>Choisissez la position de la fenêtre de l&apos;enveloppe.</source>
        <translation>Kies waar het venster van de envelop zit.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/company.py" line="215"/>
        <source>Le logo doit être une image PNG ou JPEG.</source>
        <translation>Het logo moet een PNG- of JPEG-afbeelding zijn.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/company.py" line="218"/>
        <source>Le logo est trop lourd (2 Mo au plus).</source>
        <translation>Het logo is te groot (maximaal 2 MB).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/customers.py" line="55"/>
        <source>Le délai de paiement doit être compris entre 0 et 365 jours.</source>
        <translation>De betalingstermijn moet tussen 0 en 365 dagen liggen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/customers.py" line="149"/>
        <source>Ce client a des factures : il ne peut pas être supprimé. Archivez-le plutôt.</source>
        <translation>Deze klant heeft facturen en kan dus niet worden verwijderd. Archiveer de klant in plaats daarvan.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/customers.py" line="352"/>
        <source>Choisissez deux clients différents.</source>
        <translation>Kies twee verschillende klanten.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="70"/>
        <source>Choisissez le client.</source>
        <translation>Kies de klant.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="75"/>
        <source>Le montant TTC doit être positif (un avoir se saisit comme un paiement).</source>
        <translation>Het bedrag incl. btw moet positief zijn (een creditnota voert u in als betaling).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="83"/>
        <source>Montant trop élevé : vérifiez la saisie.</source>
        <translation>Bedrag te hoog: kijk uw invoer na.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="89"/>
        <source>L&apos;échéance ne peut pas précéder la date de la facture.</source>
        <translation>De vervaldag kan niet vóór de factuurdatum liggen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="97"/>
        <source>Devise inconnue « {value} ».</source>
        <translation>Onbekende valuta ‘{value}’.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="121"/>
        <source>La facture n° {number} existe déjà.</source>
        <translation>Factuur nr. {number} bestaat al.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="173"/>
        <source>Le montant ne peut pas être inférieur à ce qui a déjà été payé ({paid}).</source>
        <translation>Het bedrag kan niet lager zijn dan wat al betaald werd ({paid}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="288"/>
        <source>Le montant payé doit être positif.</source>
        <translation>Het betaalde bedrag moet positief zijn.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="293"/>
        <source>Le paiement ({amount}) dépasse ce qui reste dû sur la facture {number} ({due}).</source>
        <translation>De betaling ({amount}) is hoger dan het openstaande saldo van factuur {number} ({due}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="305"/>
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
    <message>
        <location filename="../../relance_desktop/services/calls.py" line="153"/>
        <source>Cet appel a déjà enregistré des engagements : terminez-le en indiquant son résultat au lieu de l&apos;abandonner.</source>
        <translation>Tijdens deze oproep werden al afspraken geregistreerd: beëindig ze door het resultaat in te vullen in plaats van ze te verwerpen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/calls.py" line="166"/>
        <source>Indiquez le résultat de l&apos;appel (joint, pas de réponse, messagerie…).</source>
        <translation>Vul het resultaat van de oproep in (bereikt, geen antwoord, voicemail…).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/calls.py" line="201"/>
        <source>Écrivez la correction à ajouter.</source>
        <translation>Schrijf de correctie die moet worden toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/calls.py" line="217"/>
        <source>Choisissez le moyen de paiement.</source>
        <translation>Kies de betaalwijze.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/calls.py" line="231"/>
        <source>Le montant promis doit être positif.</source>
        <translation>Het beloofde bedrag moet positief zijn.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/calls.py" line="234"/>
        <source>Le montant promis ({amount}) dépasse ce qui reste dû ({due}).</source>
        <translation>Het beloofde bedrag ({amount}) is hoger dan het openstaande saldo ({due}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/calls.py" line="238"/>
        <source>La date promise ne peut pas être dans le passé.</source>
        <translation>De beloofde datum kan niet in het verleden liggen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/calls.py" line="241"/>
        <source>Une date à plus d&apos;un an n&apos;est pas une promesse : proposez plutôt un échéancier.</source>
        <translation>Een datum over meer dan een jaar is geen belofte: stel liever een afbetalingsplan voor.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/calls.py" line="246"/>
        <source>Le délai de grâce doit être compris entre 0 et {limit} jours.</source>
        <translation>De respijttermijn moet tussen 0 en {limit} dagen liggen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/calls.py" line="330"/>
        <source>Notez ce que le client conteste.</source>
        <translation>Noteer wat de klant betwist.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/calls.py" line="333"/>
        <source>Choisissez au moins une facture contestée.</source>
        <translation>Kies minstens één betwiste factuur.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/calls.py" line="352"/>
        <source>Choisissez comment le litige s&apos;est terminé.</source>
        <translation>Kies hoe de betwisting is afgelopen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/calls.py" line="372"/>
        <source>Le rappel doit être prévu dans le futur.</source>
        <translation>Het terugbelmoment moet in de toekomst liggen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/calls.py" line="392"/>
        <source>Le montant annoncé doit être positif.</source>
        <translation>Het gemelde bedrag moet positief zijn.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/calls.py" line="395"/>
        <source>La date du paiement annoncé ne peut pas être dans le futur.</source>
        <translation>De datum van de gemelde betaling kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="154"/>
        <source>Indiquez le serveur d&apos;envoi (SMTP), par exemple smtp.example.fr.</source>
        <translation>Vul de uitgaande mailserver (SMTP) in, bijvoorbeeld smtp.example.fr.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="157"/>
        <source>« {host} » n&apos;est pas un nom de serveur : tapez par exemple smtp.example.fr (sans « https:// » ni espace).</source>
        <translation>‘{host}’ is geen servernaam: typ bijvoorbeeld smtp.example.fr (zonder ‘https://’ en zonder spaties).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="161"/>
        <source>Le port doit être compris entre 1 et 65535 (465 pour SSL, 587 pour STARTTLS).</source>
        <translation>De poort moet tussen 1 en 65535 liggen (465 voor SSL, 587 voor STARTTLS).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="165"/>
        <source>Choisissez la sécurité de la connexion : SSL, STARTTLS ou aucune.</source>
        <translation>Kies de beveiliging van de verbinding: SSL, STARTTLS of geen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="168"/>
        <source>Sans sécurité, le mot de passe partirait en clair vers {host} : choisissez SSL ou STARTTLS (ou laissez l&apos;identifiant vide si ce serveur envoie sans identification). Seul un serveur sur cet ordinateur (localhost) peut être utilisé sans sécurité avec un identifiant.</source>
        <translation>Zonder beveiliging zou het wachtwoord onversleuteld naar {host} gaan: kies SSL of STARTTLS (of laat de gebruikersnaam leeg als deze server zonder aanmelding verstuurt). Alleen een server op deze computer (localhost) mag zonder beveiliging met een gebruikersnaam worden gebruikt.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="174"/>
        <source>Indiquez l&apos;adresse de l&apos;expéditeur (celle qui envoie les e-mails).</source>
        <translation>Vul het afzenderadres in (het adres van waaruit de e-mails worden verstuurd).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="177"/>
        <location filename="../../relance_desktop/services/mailer.py" line="196"/>
        <source>« {address} » n&apos;est pas une adresse e-mail valable.</source>
        <translation>‘{address}’ is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="191"/>
        <source>Indiquez au moins un destinataire.</source>
        <translation>Vul minstens één ontvanger in.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="200"/>
        <source>Indiquez l&apos;objet de l&apos;e-mail.</source>
        <translation>Vul het onderwerp van de e-mail in.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="204"/>
        <source>Les pièces jointes pèsent {mb} Mo : la plupart des serveurs refusent plus de 20 Mo.</source>
        <translation>De bijlagen zijn samen {mb} MB groot: de meeste servers weigeren meer dan 20 MB.</translation>
    </message>
</context>
</TS>
