<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../relance_desktop/services/about.py" line="21"/>
        <source>domaine public</source>
        <translation>public domain</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/help.py" line="114"/>
        <source>À propos de Relance</source>
        <translation>About Relance</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/help.py" line="119"/>
        <source>Journal : {log}</source>
        <translation>Log: {log}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/help.py" line="127"/>
        <source>Le suivi des factures impayées et des relances téléphoniques, hors ligne.</source>
        <translation>Keeping track of unpaid invoices and phone follow-up, offline.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/help.py" line="128"/>
        <source>Composant</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/help.py" line="129"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/help.py" line="130"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/help.py" line="131"/>
        <source>Police des courriers : DejaVu (licence libre, fournie avec Relance).</source>
        <translation>Letter font: DejaVu (free licence, shipped with Relance).</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="12"/>
        <source>Appel</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="13"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="14"/>
        <source>Courrier</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="15"/>
        <source>Mise en demeure</source>
        <translation>Formal notice</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="16"/>
        <source>Relevé de compte</source>
        <translation>Statement of account</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="17"/>
        <source>SMS</source>
        <translation>Text message</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="18"/>
        <source>Dossier de recouvrement</source>
        <translation>Collection file</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="19"/>
        <source>Remerciement</source>
        <translation>Thanks</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="23"/>
        <source>rappel courtois</source>
        <translation>courtesy reminder</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="24"/>
        <source>1re relance</source>
        <translation>1st reminder</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="25"/>
        <source>2e relance</source>
        <translation>2nd reminder</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="28"/>
        <source>Étape {position} due depuis le {day}</source>
        <translation>Step {position} due since {day}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="29"/>
        <source>Étape {position} répétée (due le {day})</source>
        <translation>Step {position} repeated (due on {day})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="30"/>
        <source>Rattrapage : étape {position} due le {day} (étapes manquées passées : {skipped})</source>
        <translation>Catching up: step {position} due on {day} (missed steps passed over: {skipped})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="33"/>
        <source>Facture réglée : remercier</source>
        <translation>Invoice paid: say thank you</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="34"/>
        <source>Premier rappel gratuit (consommateur belge)</source>
        <translation>Free first reminder (Belgian consumer)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="40"/>
        <source>Appel non passé</source>
        <extracomment>Why a step was skipped when the app decided it (the user&apos;s own reasons are shown as typed).</extracomment>
        <translation>Call not made</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="44"/>
        <source>faite</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="45"/>
        <source>passée</source>
        <translation>skipped</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="46"/>
        <source>en attente de l&apos;appel</source>
        <translation>waiting for the call</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="48"/>
        <source>passée (rattrapage)</source>
        <translation>skipped (catching up)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="67"/>
        <source>{number} (échéance {due}, reste {amount})</source>
        <translation>{number} (due {due}, {amount} left)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="143"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="143"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="143"/>
        <source>Pourquoi</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="143"/>
        <source>Factures</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="144"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="144"/>
        <source>Envoi</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="168"/>
        <source>&amp;Tout cocher</source>
        <translation>&amp;Tick all</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="170"/>
        <source>Modifier l&apos;&amp;e-mail…</source>
        <translation>Edit the &amp;e-mail…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="172"/>
        <source>&amp;Passer…</source>
        <translation>&amp;Skip…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="174"/>
        <source>&amp;Reporter…</source>
        <translation>&amp;Postpone…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="176"/>
        <source>&amp;Scénarios…</source>
        <translation>S&amp;cenarios…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="180"/>
        <source>&amp;Valider les actions cochées</source>
        <translation>&amp;Validate the ticked actions</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="216"/>
        <source>Étapes automatiques du jour :</source>
        <translation>Today&apos;s automatic steps:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="222"/>
        <source>&lt;b&gt;Actions du jour&lt;/b&gt; — {day}</source>
        <translation>&lt;b&gt;Today&apos;s actions&lt;/b&gt; — {day}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="235"/>
        <source>automatique</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="236"/>
        <source>à valider</source>
        <translation>to validate</translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/actions_page.py" line="418"/>
        <source>%n appels ajoutés à « Aujourd&apos;hui » : chaque étape sera notée faite quand l&apos;appel sera enregistré.</source>
        <translation>
            <numerusform>%n call added to “Today”: the step will be marked done when the call is logged.</numerusform>
            <numerusform>%n calls added to “Today”: each step will be marked done when the call is logged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/actions_page.py" line="421"/>
        <source>%n SMS notés comme envoyés.</source>
        <translation>
            <numerusform>%n text message noted as sent.</numerusform>
            <numerusform>%n text messages noted as sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/actions_page.py" line="492"/>
        <source>%n courriers produits.</source>
        <translation>
            <numerusform>%n letter produced.</numerusform>
            <numerusform>%n letters produced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/actions_page.py" line="497"/>
        <source>%n e-mails envoyés.</source>
        <translation>
            <numerusform>%n e-mail sent.</numerusform>
            <numerusform>%n e-mails sent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="254"/>
        <source>Rien à faire aujourd&apos;hui : aucune étape de relance n&apos;est due.</source>
        <translation>Nothing to do today: no dunning step is due.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="312"/>
        <location filename="../../relance_desktop/views/actions_page.py" line="316"/>
        <source>Passer l&apos;étape</source>
        <translation>Skip the step</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="307"/>
        <source>Pourquoi passer « {action} » pour {customer} ?</source>
        <translation>Why skip “{action}” for {customer}?</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="157"/>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="160"/>
        <source>Calendrier</source>
        <translation>Calendar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/actions_page.py" line="253"/>
        <source>%n actions proposées</source>
        <translation>
            <numerusform>%n action proposed</numerusform>
            <numerusform>%n actions proposed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="310"/>
        <source>Pourquoi passer ces {count} actions ({customers}) ?</source>
        <translation>Why skip these {count} actions ({customers})?</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="317"/>
        <source>Indiquez la raison : elle reste dans l&apos;historique.</source>
        <translation>Give the reason: it stays in the history.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="332"/>
        <source>Reporter</source>
        <translation>Postpone</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="333"/>
        <source>Choisissez un jour après aujourd&apos;hui et indiquez la raison.</source>
        <translation>Choose a day after today and give the reason.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="349"/>
        <source>Texte de l&apos;e-mail</source>
        <translation>E-mail text</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="350"/>
        <source>Cette action n&apos;est pas un e-mail.</source>
        <translation>This action is not an e-mail.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="373"/>
        <source>Dossier où écrire les courriers</source>
        <translation>Folder to write the letters to</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="400"/>
        <location filename="../../relance_desktop/views/actions_page.py" line="519"/>
        <location filename="../../relance_desktop/views/main_window.py" line="182"/>
        <source>Actions du jour</source>
        <translation>Today&apos;s actions</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="401"/>
        <source>Cochez au moins une action.</source>
        <translation>Tick at least one action.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="413"/>
        <source>SMS à envoyer à {customer} ({number}) : « {text} »</source>
        <translation>Text message to send to {customer} ({number}): “{text}”</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="438"/>
        <source>Courriers non produits : la fiche de la société est incomplète ; ces étapes restent à faire.</source>
        <translation>Letters not produced: the company details are incomplete; these steps remain to do.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="444"/>
        <source>Courriers non produits : aucun dossier choisi.</source>
        <translation>Letters not produced: no folder chosen.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="452"/>
        <source>Production des courriers…</source>
        <translation>Producing the letters…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="458"/>
        <source>E-mails non envoyés : {problem}</source>
        <translation>E-mails not sent: {problem}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="465"/>
        <source>Les e-mails automatiques attendent votre validation : le mot de passe d&apos;envoi n&apos;est pas dans le trousseau.</source>
        <translation>The automatic e-mails wait for your validation: the sending password is not in the keyring.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="476"/>
        <source>Envoi des e-mails…</source>
        <translation>Sending the e-mails…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="477"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="494"/>
        <source>Rien à écrire pour : {names}</source>
        <translation>Nothing to write for: {names}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="499"/>
        <source>Non envoyé à {customer} : {reason} (brouillon : {draft})</source>
        <translation>Not sent to {customer}: {reason} (draft: {draft})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="502"/>
        <source>Envoi annulé : les e-mails restants restent à faire.</source>
        <translation>Sending cancelled: the remaining e-mails are still to do.</translation>
    </message>
</context>
<context>
    <name>CalculatorWindow</name>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="59"/>
        <source>Calcul des intérêts de retard et indemnités</source>
        <translation>Late-payment interest and compensation calculator</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="90"/>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="91"/>
        <source>Belgique</source>
        <translation>Belgium</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="93"/>
        <source>&amp;Droit applicable</source>
        <translation>Applicable &amp;law</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="95"/>
        <source>Professionnel (entreprise, indépendant, organisme public)</source>
        <translation>Business (company, self-employed person, public body)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="97"/>
        <source>Consommateur</source>
        <translation>Consumer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="98"/>
        <source>Dé&amp;biteur</source>
        <translation>De&amp;btor</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="103"/>
        <source>{number} — échéance {due} — reste dû {amount}</source>
        <translation>{number} — due {due} — balance due {amount}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="111"/>
        <source>&amp;Factures de {customer}</source>
        <translation>&amp;Invoices for {customer}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="120"/>
        <source>montant TTC restant dû, ex. 1 500,00</source>
        <translation>balance due incl. VAT, e.g. 1,500.00</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="128"/>
        <source>&amp;Montant</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="130"/>
        <source>Calcul &amp;au</source>
        <translation>Calculate as &amp;of</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="133"/>
        <source>vide : taux légal ; sinon le taux du contrat en %</source>
        <translation>blank: statutory rate; otherwise the contract rate in %</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="129"/>
        <source>Éc&amp;héance</source>
        <translation>D&amp;ue date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="134"/>
        <source>Taux co&amp;ntractuel</source>
        <translation>Contractual &amp;rate</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="139"/>
        <source>Mise en demeure reçue le</source>
        <translation>Formal notice received on</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="141"/>
        <source>Premier rappel (gratuit) envoyé le</source>
        <translation>Free first reminder sent on</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="148"/>
        <source>par courrier</source>
        <translation>by post</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="149"/>
        <source>par e-mail</source>
        <translation>by email</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="154"/>
        <source>Consommateur (France)</source>
        <translation>Consumer (France)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="159"/>
        <source>Consommateur (Belgique)</source>
        <translation>Consumer (Belgium)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="160"/>
        <source>Les conditions générales prévoient intérêts et indemnité</source>
        <translation>The terms and conditions provide for interest and compensation</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="162"/>
        <source>Nous sommes une PME</source>
        <translation>We are an SME</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="172"/>
        <source>Élément</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="172"/>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="172"/>
        <source>Jours</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="173"/>
        <source>Taux</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="173"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="173"/>
        <source>Règle</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="185"/>
        <source>&amp;Copier le détail</source>
        <translation>&amp;Copy breakdown</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="230"/>
        <source>Facture {number}</source>
        <translation>Invoice {number}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="266"/>
        <source>Tapez le montant resté dû : les intérêts de retard et l&apos;indemnité s&apos;affichent ici, règle par règle.</source>
        <translation>Type the amount still due: the late-payment interest and the compensation appear here, rule by rule.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="272"/>
        <source>« {value} » n&apos;est pas un montant ou un taux valide.</source>
        <translation>‘{value}’ is not a valid amount or rate.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/calculator.py" line="326"/>
        <source>Total des factures</source>
        <translation>Invoices total</translation>
    </message>
</context>
<context>
    <name>CallRecordDialog</name>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="316"/>
        <source>Appel enregistré</source>
        <translation>Recorded call</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="323"/>
        <source>Ajouter une &amp;correction…</source>
        <translation>Add a &amp;correction…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="327"/>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="343"/>
        <source>Appel du {when}</source>
        <translation>Call on {when}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="350"/>
        <source>Par :</source>
        <translation>By:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="351"/>
        <source>Interlocuteur :</source>
        <translation>Spoke with:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="352"/>
        <source>Durée :</source>
        <translation>Duration:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="353"/>
        <source>Résultat :</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="354"/>
        <source>Motif du retard :</source>
        <translation>Reason for late payment:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="357"/>
        <source>Objectif :</source>
        <translation>Objective:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="360"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="365"/>
        <source>Promesse : {amount} pour le {date} ({status})</source>
        <translation>Promise to pay: {amount} by {date} ({status})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="369"/>
        <source>Échéancier : {count} échéances, {total} ({status})</source>
        <translation>Payment plan: {count} instalments, {total} ({status})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="373"/>
        <source>Litige sur {number} : {reason} ({status})</source>
        <translation>Dispute over {number}: {reason} ({status})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="378"/>
        <source>{task} le {when}</source>
        <translation>{task} on {when}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="381"/>
        <source>Ce qui a été convenu</source>
        <translation>What was agreed</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="386"/>
        <source>Correction du {when} par {who}</source>
        <translation>Correction of {when} by {who}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="394"/>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="401"/>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="395"/>
        <source>Ce qui doit être corrigé ou complété (l&apos;appel enregistré reste tel quel) :</source>
        <translation>What needs correcting or adding (the recorded call stays as it is):</translation>
    </message>
</context>
<context>
    <name>CallSheet</name>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/sheet.py" line="143"/>
        <source>Démarrer l&apos;appel (F5)</source>
        <translation>Start call (F5)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/sheet.py" line="147"/>
        <source>Imprimer (Ctrl+P)</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/sheet.py" line="163"/>
        <source>&amp;Notes de l&apos;appel (Ctrl+N)</source>
        <translation>Call &amp;notes (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/sheet.py" line="169"/>
        <source>Ce que dit le client, ce qui est convenu… Enregistré automatiquement.</source>
        <translation>What the customer says, what is agreed… Saved automatically.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/sheet.py" line="173"/>
        <source>Le client peut demander à lire ces notes : restez factuel et courtois.</source>
        <translation>The customer may ask to read these notes: keep them factual and courteous.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/sheet.py" line="230"/>
        <source>Appel — {name}</source>
        <translation>Call — {name}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/sheet.py" line="260"/>
        <source>Échu : {amount}</source>
        <translation>Overdue: {amount}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/sheet.py" line="261"/>
        <source>Demander : {who}</source>
        <translation>Ask for: {who}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/sheet.py" line="264"/>
        <source>Heures d&apos;appel : {hours}</source>
        <translation>Call times: {hours}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/sheet.py" line="276"/>
        <source>{who}, portable</source>
        <translation>{who}, mobile</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/sheet.py" line="277"/>
        <source>{name}, standard</source>
        <translation>{name}, switchboard</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/sheet.py" line="278"/>
        <source>{name}, portable</source>
        <translation>{name}, mobile</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/sheet.py" line="286"/>
        <source>Appeler {who} (ouvre votre application de téléphonie)</source>
        <translation>Call {who} (opens your phone application)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/sheet.py" line="257"/>
        <source>aucun contact nommé : demandez le service comptable</source>
        <translation>no named contact: ask for accounts payable</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/sheet.py" line="326"/>
        <source>Abandonner</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/sheet.py" line="327"/>
        <source>Abandonner ce brouillon d&apos;appel ? Les notes tapées seront effacées.</source>
        <translation>Discard this call draft? The notes you typed will be deleted.</translation>
    </message>
</context>
<context>
    <name>CallTimer</name>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/timer.py" line="78"/>
        <source>Ce client a demandé à n&apos;être contacté que par écrit : ne l&apos;appelez pas.</source>
        <translation>This customer has asked to be contacted in writing only: do not call them.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/timer.py" line="89"/>
        <source>Dernier appel : {when} par {who}</source>
        <translation>Last call: {when} by {who}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/timer.py" line="90"/>
        <source>Dernier appel : {when}</source>
        <translation>Last call: {when}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/timer.py" line="132"/>
        <source>Premier moment possible : {when}</source>
        <translation>First possible moment: {when}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/timer.py" line="139"/>
        <location filename="../../relance_desktop/views/call_sheet/timer.py" line="145"/>
        <source>Appel</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/timer.py" line="140"/>
        <source>Ce client a demandé à n&apos;être contacté que par écrit. Envoyez-lui un courrier ou un e-mail ; décochez l&apos;option dans sa fiche s&apos;il a changé d&apos;avis.</source>
        <translation>This customer has asked to be contacted in writing only. Send them a letter or an email; untick the option in their record if they have changed their mind.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/timer.py" line="153"/>
        <source>Appeler quand même ?</source>
        <translation>Call anyway?</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/timer.py" line="154"/>
        <source>{warnings}

Appeler quand même ?</source>
        <translation>{warnings}

Call anyway?</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/timer.py" line="167"/>
        <source>Reprendre l&apos;appel (F5)</source>
        <translation>Resume call (F5)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/timer.py" line="191"/>
        <source>Arrêter le chrono (F5)</source>
        <translation>Stop the timer (F5)</translation>
    </message>
</context>
<context>
    <name>ClaimedPaymentDialog</name>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="275"/>
        <source>Paiement annoncé — {name}</source>
        <translation>Claimed payment — {name}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="277"/>
        <source>Demandez la date, le montant, le moyen et le compte utilisé. Relance vous rappellera de vérifier demain.</source>
        <translation>Ask for the date, the amount, the payment method and the account used. Relance will remind you to check tomorrow.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="285"/>
        <source>&amp;Montant annoncé ({currency}) :</source>
        <translation>&amp;Amount claimed ({currency}):</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="290"/>
        <source>&amp;Payé le :</source>
        <translation>&amp;Paid on:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="292"/>
        <source>M&amp;oyen :</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="294"/>
        <source>compte débité, référence indiquée…</source>
        <translation>account debited, reference given…</translation>
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
        <translation>address your customers reply to</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="198"/>
        <source>Fiche de la société</source>
        <translation>Company details</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="202"/>
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
    <name>CompanyLock</name>
    <message>
        <location filename="../../relance_desktop/views/file_lock.py" line="60"/>
        <source>Fichier déjà ouvert</source>
        <translation>File already open</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/file_lock.py" line="61"/>
        <source>« {file} » est déjà ouvert dans Relance (programme n° {pid} sur l&apos;ordinateur « {host} »). Deux Relance qui écrivent dans le même fichier se gêneraient.

L&apos;ouvrir ici en lecture seule ? Vous pourrez consulter mais pas modifier.</source>
        <translation>“{file}” is already open in Relance (process {pid} on computer “{host}”). Two copies of Relance writing to the same file would get in each other&apos;s way.

Open it here read-only? You will be able to look but not change anything.</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="31"/>
        <source>&amp;Importer</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="44"/>
        <source>L&apos;import se fait en une fois : si vous l&apos;interrompez ou si une erreur survient, rien n&apos;est enregistré et le fichier de la société reste tel qu&apos;avant.</source>
        <translation>The import is done in one go: if you stop it or an error occurs, nothing is saved and the company file stays as it was.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="57"/>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="78"/>
        <source>%n nouveaux clients</source>
        <translation>
            <numerusform>%n new customer</numerusform>
            <numerusform>%n new customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="79"/>
        <source>%n nouvelles factures</source>
        <translation>
            <numerusform>%n new invoice</numerusform>
            <numerusform>%n new invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="80"/>
        <source>%n factures mises à jour</source>
        <translation>
            <numerusform>%n invoice updated</numerusform>
            <numerusform>%n invoices updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="81"/>
        <source>%n avoirs à appliquer</source>
        <translation>
            <numerusform>%n credit note to apply</numerusform>
            <numerusform>%n credit notes to apply</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="82"/>
        <source>%n factures marquées payées, comme vous l&apos;avez coché</source>
        <translation>
            <numerusform>%n invoice marked paid, as you ticked</numerusform>
            <numerusform>%n invoices marked paid, as you ticked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="84"/>
        <source>%n problèmes : les lignes en erreur ne sont pas importées</source>
        <translation>
            <numerusform>%n problem: lines in error are not imported</numerusform>
            <numerusform>%n problems: lines in error are not imported</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="90"/>
        <source>{count} fichiers</source>
        <translation>{count} files</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="92"/>
        <source>Relance va enregistrer, depuis {files} :</source>
        <translation>Relance will save, from {files}:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="94"/>
        <source>Cliquez sur « Importer » pour enregistrer ces changements.</source>
        <translation>Click ‘Import’ to save these changes.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="101"/>
        <source>Import en cours…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../relance_desktop/views/conflict_dialog.py" line="49"/>
        <source>Modifié entre-temps</source>
        <translation>Changed in the meantime</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/conflict_dialog.py" line="52"/>
        <source>Choisissez pour chaque champ la valeur à garder, puis enregistrez : rien de ce que vous avez tapé n&apos;est perdu (« Annuler » revient au formulaire).</source>
        <translation>Choose the value to keep for each field, then save: nothing you typed is lost (“Cancel” goes back to the form).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/conflict_dialog.py" line="59"/>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/conflict_dialog.py" line="59"/>
        <source>Version enregistrée</source>
        <translation>Saved version</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/conflict_dialog.py" line="59"/>
        <source>Votre saisie</source>
        <translation>Your entry</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/conflict_dialog.py" line="60"/>
        <source>Garder</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/conflict_dialog.py" line="73"/>
        <source>Garder la mienne</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/conflict_dialog.py" line="74"/>
        <source>Prendre la leur</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/conflict_dialog.py" line="82"/>
        <source>&amp;Enregistrer la fusion</source>
        <translation>&amp;Save the merge</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/conflict_dialog.py" line="84"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/conflict_dialog.py" line="138"/>
        <source>(vide)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/conflict_dialog.py" line="141"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/conflict_dialog.py" line="142"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="52"/>
        <source>Se connecter à un serveur d&apos;équipe</source>
        <translation>Connect to a team server</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="67"/>
        <source>Garder le mot de passe dans le trousseau du système</source>
        <translation>Keep the password in the system keyring</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="71"/>
        <source>Vérifier le certificat du serveur</source>
        <translation>Verify the server&apos;s certificate</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="77"/>
        <source>fichier .crt ou .pem donné par l&apos;administrateur</source>
        <translation>.crt or .pem file given by the administrator</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="78"/>
        <source>&amp;Parcourir…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="94"/>
        <source>&amp;Serveur :</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="95"/>
        <source>&amp;Port :</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="96"/>
        <source>&amp;Base de données :</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="97"/>
        <source>&amp;Utilisateur :</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="98"/>
        <source>&amp;Mot de passe :</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="101"/>
        <source>&amp;Certificat de l&apos;autorité (CA) :</source>
        <translation>&amp;Authority certificate (CA):</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="104"/>
        <source>Se &amp;connecter</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="105"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="137"/>
        <source>Certificat de l&apos;autorité (CA)</source>
        <translation>Authority certificate (CA)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="138"/>
        <source>Certificats (*.crt *.pem *.cer);;Tous les fichiers (*)</source>
        <translation>Certificates (*.crt *.pem *.cer);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="152"/>
        <source>Connexion chiffrée (TLS) obligatoire, certificat vérifié : le serveur doit présenter un certificat à son nom, signé par l&apos;autorité indiquée.</source>
        <translation>Encrypted connection (TLS) required, certificate verified: the server must present a certificate in its name, signed by the authority given.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="156"/>
        <source>Connexion chiffrée (TLS) ; le certificat et le nom du serveur sont vérifiés.</source>
        <translation>Encrypted connection (TLS); the server&apos;s certificate and name are verified.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="159"/>
        <source>Connexion chiffrée (TLS) obligatoire : un serveur qui n&apos;accepte pas TLS est refusé.</source>
        <translation>Encrypted connection (TLS) required: a server that does not accept TLS is refused.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="162"/>
        <source>Serveur sur cet ordinateur : le chiffrement n&apos;est pas exigé.</source>
        <translation>Server on this computer: encryption is not required.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="172"/>
        <source>le serveur</source>
        <translation>the server</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="172"/>
        <source>la base de données</source>
        <translation>the database</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="173"/>
        <source>l&apos;utilisateur</source>
        <translation>the user</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="175"/>
        <source>Indiquez {what}.</source>
        <translation>Enter {what}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="227"/>
        <source>Serveur {label}</source>
        <translation>Server {label}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="246"/>
        <source>Serveur {server} — utilisateur {user}</source>
        <translation>Server {server} — user {user}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/connect_dialog.py" line="249"/>
        <source>{user} sur {server}</source>
        <translation>{user} on {server}</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="370"/>
        <source>Civilité :</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="377"/>
        <source>Contact : {name}</source>
        <translation>Contact: {name}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="379"/>
        <source>Nouvelle personne de contact</source>
        <translation>New contact person</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="380"/>
        <source>non précisée (« Madame, Monsieur »)</source>
        <translation>not given (“Dear Sir or Madam”)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="381"/>
        <source>Madame</source>
        <translation>Ms</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="381"/>
        <source>Monsieur</source>
        <translation>Mr</translation>
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
    <name>Counts</name>
    <message>
        <location filename="../../relance_desktop/views/main_invoices.py" line="75"/>
        <source>… factures affichées</source>
        <translation>… invoices shown</translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/main_invoices.py" line="76"/>
        <source>%n factures affichées</source>
        <translation>
            <numerusform>%n invoice shown</numerusform>
            <numerusform>%n invoices shown</numerusform>
        </translation>
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
        <location filename="../../relance_desktop/views/dialogs.py" line="263"/>
        <source>Client : {name}</source>
        <translation>Customer: {name}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="268"/>
        <source>Nouveau client</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="301"/>
        <source>Aucune (loi du vendeur ; pays du consommateur)</source>
        <translation>None (seller&apos;s law; consumer&apos;s country)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="302"/>
        <source>Loi française</source>
        <translation>French law</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="302"/>
        <source>Loi belge</source>
        <translation>Belgian law</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="304"/>
        <source>La loi choisie dans vos conditions de vente avec ce client. Elle régit les intérêts et l&apos;indemnité d&apos;un client professionnel ; un consommateur garde la protection de la loi du pays où il vit.</source>
        <translation>The law chosen in your terms of sale with this customer. It governs a business customer&apos;s interest and compensation; a consumer keeps the protection of the law of the country where they live.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="307"/>
        <source>Loi du contrat :</source>
        <translation>Law of the contract:</translation>
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
        <location filename="../../ui/customer_form.ui" line="157"/>
        <source>Contact écrit &amp;uniquement (ne pas appeler)</source>
        <translation>Written contact &amp;only (do not call)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="158"/>
        <source>Le client a demandé à n&apos;être contacté que par écrit : il n&apos;est plus proposé pour les appels.</source>
        <translation>The customer has asked to be contacted in writing only: they are no longer suggested for calls.</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="165"/>
        <source>&amp;Heures d&apos;appel</source>
        <translation>Call t&amp;imes</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="171"/>
        <source>ex. lun-ven 9h30-11h30 ; sam 10h-12h</source>
        <translation>e.g. mon-fri 9:30-11:30; sat 10:00-12:00</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="176"/>
        <source>Qui &amp;valide les paiements</source>
        <translation>Who approves pa&amp;yments</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="186"/>
        <source>Bon de &amp;commande exigé</source>
        <translation>Purchase order re&amp;quired</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="196"/>
        <source>&amp;Jours de paiement</source>
        <translation>Payment &amp;days</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="202"/>
        <source>ex. 10,25</source>
        <translation>e.g. 10, 25</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="207"/>
        <source>&amp;Délai de paiement</source>
        <translation>Payment te&amp;rms</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="213"/>
        <source>Délai de la société</source>
        <translation>Company default</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="217"/>
        <source> jours</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.ui" line="222"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
</context>
<context>
    <name>CustomerWindow</name>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="82"/>
        <source>&amp;Appeler (fiche d&apos;appel)</source>
        <translation>Ca&amp;ll (call sheet)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="84"/>
        <source>Co&amp;urrier…</source>
        <translation>Lette&amp;r…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="95"/>
        <source>&amp;Modifier le client</source>
        <translation>&amp;Edit customer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="96"/>
        <source>Nouveau &amp;contact</source>
        <translation>New &amp;contact</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="97"/>
        <source>Nouvelle &amp;facture</source>
        <translation>New &amp;invoice</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="98"/>
        <source>Enregistrer un &amp;paiement</source>
        <translation>Record &amp;payment</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="100"/>
        <source>&amp;Joindre la copie…</source>
        <translation>&amp;Attach copy…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="101"/>
        <source>&amp;Ouvrir la copie</source>
        <translation>&amp;Open copy</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="114"/>
        <source>N° facture</source>
        <translation>Invoice no.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="114"/>
        <location filename="../../relance_desktop/views/customer_window.py" line="120"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="114"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="114"/>
        <source>Montant TTC</source>
        <translation>Amount incl. VAT</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="115"/>
        <source>Payé</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="115"/>
        <source>Reste dû</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="115"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="115"/>
        <source>Copie</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="116"/>
        <source>Objet</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="120"/>
        <source>Facture</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="120"/>
        <location filename="../../relance_desktop/views/customer_window.py" line="127"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="120"/>
        <source>Moyen</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="121"/>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="124"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="124"/>
        <source>Fonction</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="124"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="124"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="125"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="125"/>
        <source>Principal</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="127"/>
        <source>Quand</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="127"/>
        <source>Quoi</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="128"/>
        <source>Détail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="128"/>
        <source>Qui</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="134"/>
        <source>&amp;Factures</source>
        <translation>In&amp;voices</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="135"/>
        <source>Pai&amp;ements</source>
        <translation>Pa&amp;yments</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="136"/>
        <source>Con&amp;tacts</source>
        <translation>Con&amp;tacts</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="137"/>
        <source>&amp;Historique</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="143"/>
        <source>&amp;Relances à venir</source>
        <translation>&amp;Coming reminders</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="146"/>
        <source>Supprimer ce paiement (erreur de saisie)…</source>
        <translation>Delete this payment (entry error)…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="152"/>
        <source>Modifier le contact…</source>
        <translation>Edit contact…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="154"/>
        <source>Supprimer le contact…</source>
        <translation>Delete contact…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="187"/>
        <source>{name} — client</source>
        <translation>{name} — customer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="200"/>
        <location filename="../../relance_desktop/views/customer_window.py" line="217"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="283"/>
        <source>{field} : {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="333"/>
        <source>N° entreprise {number}</source>
        <translation>Company no. {number}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="334"/>
        <source>TVA {number}</source>
        <translation>VAT {number}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="342"/>
        <source>Valide les paiements : {who}</source>
        <translation>Approves payments: {who}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="344"/>
        <source>Bon de commande exigé</source>
        <translation>Purchase order required</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="346"/>
        <source>Jours de paiement : {days}</source>
        <translation>Payment days: {days}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="348"/>
        <source>Appeler : {hours}</source>
        <translation>Call: {hours}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/customer_window.py" line="352"/>
        <source>%n factures ouvertes — reste dû {due}, dont échu {overdue}</source>
        <translation>
            <numerusform>%n open invoice — balance due {due}, of which overdue {overdue}</numerusform>
            <numerusform>%n open invoices — balance due {due}, of which overdue {overdue}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="396"/>
        <source>Supprimer le contact {name} ?</source>
        <translation>Delete contact {name}?</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="403"/>
        <source>Supprimer le paiement de {amount} du {date} sur la facture {number} ? La facture redeviendra due d&apos;autant.</source>
        <translation>Delete the payment of {amount} made on {date} against invoice {number}? The balance due on the invoice will go up by the same amount.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="434"/>
        <source>Copie de la facture</source>
        <translation>Invoice copy</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="434"/>
        <source>PDF (*.pdf);;Tous les fichiers (*)</source>
        <translation>PDF (*.pdf);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/customer_window.py" line="450"/>
        <source>Aucune copie n&apos;est jointe à cette facture.</source>
        <translation>No copy is attached to this invoice.</translation>
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="226"/>
        <source>Litige — {name}</source>
        <translation>Dispute — {name}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="229"/>
        <source>&amp;Factures contestées :</source>
        <translation>Disputed &amp;invoices:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="235"/>
        <source>{number} du {date} — reste dû {due}</source>
        <translation>{number} of {date} — balance due {due}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="245"/>
        <source>Ce que le client &amp;conteste (ses mots, reformulés) :</source>
        <translation>What the customer &amp;disputes (their words, rephrased):</translation>
    </message>
</context>
<context>
    <name>DraftSaving</name>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/draft.py" line="76"/>
        <source>Brouillon repris : rien de ce qui avait été tapé n&apos;est perdu.</source>
        <translation>Draft restored: nothing you had typed has been lost.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/draft.py" line="83"/>
        <source>Brouillon repris de la copie de secours : il va être enregistré dans le fichier société.</source>
        <translation>Draft recovered from the backup copy: it is about to be saved in the company file.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/draft.py" line="132"/>
        <source>Brouillon enregistré à {time}</source>
        <translation>Draft saved at {time}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/draft.py" line="138"/>
        <source>erreur inattendue.</source>
        <translation>unexpected error.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/draft.py" line="141"/>
        <source>Serveur injoignable — vos notes sont gardées sur cet ordinateur ({file}). Elles seront enregistrées sur le serveur dès qu&apos;il répondra ; continuez à écrire.</source>
        <translation>Server unreachable — your notes are kept on this computer ({file}). They will be saved on the server as soon as it answers; keep writing.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/draft.py" line="146"/>
        <source>Brouillon NON enregistré dans le fichier société : {reason}
Ce qui est tapé reste dans cette fenêtre et dans une copie de secours ({file}), reprise à la prochaine ouverture de la fiche. Nouvel essai toutes les quelques secondes.</source>
        <translation>Draft NOT saved in the company file: {reason}
What you typed stays in this window and in a backup copy ({file}), recovered the next time this sheet opens. Retrying every few seconds.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/draft.py" line="152"/>
        <source>Brouillon NON enregistré : {reason}
Aucune copie de secours n&apos;a pu être écrite non plus : ce qui est tapé n&apos;existe que dans cette fenêtre, ne la fermez pas avant d&apos;avoir libéré de la place.</source>
        <translation>Draft NOT saved: {reason}
No backup copy could be written either: what you typed exists only in this window; do not close it before freeing some space.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/draft.py" line="166"/>
        <source>Brouillon non enregistré</source>
        <translation>Draft not saved</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/draft.py" line="167"/>
        <source>Ce qui est tapé n&apos;a pu être enregistré ni dans le fichier société ni dans une copie de secours. Fermer quand même et le perdre ?</source>
        <translation>What you typed could be saved neither in the company file nor in a backup copy. Close anyway and lose it?</translation>
    </message>
</context>
<context>
    <name>DunningCalendar</name>
    <message>
        <location filename="../../relance_desktop/views/dunning_calendar.py" line="62"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_calendar.py" line="62"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_calendar.py" line="63"/>
        <source>Factures</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_calendar.py" line="63"/>
        <location filename="../../relance_desktop/views/dunning_calendar.py" line="106"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_calendar.py" line="85"/>
        <source>Calcul du calendrier des {horizon} prochains jours…</source>
        <translation>Working out the calendar of the next {horizon} days…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_calendar.py" line="105"/>
        <source>Jour</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_calendar.py" line="105"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_calendar.py" line="123"/>
        <source>{actions} {days} dans les {horizon} prochains jours, si chaque action est faite le jour dit et que rien n&apos;est payé.</source>
        <translation>{actions} {days} in the next {horizon} days, if each action is done on its day and nothing is paid.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/dunning_calendar.py" line="125"/>
        <source>%n actions prévues</source>
        <translation>
            <numerusform>%n action planned</numerusform>
            <numerusform>%n actions planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/dunning_calendar.py" line="126"/>
        <source>sur %n jours d&apos;envoi</source>
        <translation>
            <numerusform>over %n sending day</numerusform>
            <numerusform>over %n sending days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_calendar.py" line="128"/>
        <source>Aucune action de relance prévue dans les {horizon} prochains jours.</source>
        <translation>No dunning action planned in the next {horizon} days.</translation>
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
        <translation>S&amp;top the reminders…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="98"/>
        <source>&amp;Reprendre les relances</source>
        <translation>&amp;Resume the reminders</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="109"/>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="121"/>
        <source>Jour</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="109"/>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="121"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="110"/>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="122"/>
        <source>Factures</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="111"/>
        <source>Étape</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="118"/>
        <source>Étapes déjà faites, passées ou en attente :</source>
        <translation>Steps already done, skipped or waiting:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="122"/>
        <source>Résultat</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="123"/>
        <source>Scénario et étape</source>
        <translation>Scenario and step</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="249"/>
        <source>Arrêter les relances de cette facture…</source>
        <translation>Stop the reminders for this invoice…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="252"/>
        <source>Reprendre les relances de cette facture</source>
        <translation>Resume the reminders for this invoice</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="260"/>
        <source>Arrêter les relances de la facture {number}</source>
        <translation>Stop the reminders for invoice {number}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="110"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="144"/>
        <source>Selon les règles ({name})</source>
        <translation>By the rules ({name})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="156"/>
        <source>Relances arrêtées : {reason} ({until})</source>
        <translation>Reminders stopped: {reason} ({until})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="154"/>
        <source>jusqu&apos;au {day}</source>
        <translation>until {day}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="155"/>
        <source>jusqu&apos;à reprise</source>
        <translation>until resumed</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="158"/>
        <source>Facture {number} : relances arrêtées : {reason} ({until})</source>
        <translation>Invoice {number}: reminders stopped: {reason} ({until})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="163"/>
        <source>Les {days} prochains jours, si chaque étape est faite le jour dit et que rien n&apos;est payé :</source>
        <translation>The next {days} days, if each step is done on its day and nothing is paid:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="165"/>
        <source>Rien de prévu les {days} prochains jours.</source>
        <translation>Nothing planned in the next {days} days.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="225"/>
        <source>Arrêter les relances</source>
        <translation>Stop the reminders</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="226"/>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="274"/>
        <source>Indiquez la raison (et une date de reprise qui n&apos;est pas passée).</source>
        <translation>Give the reason (and a resume date that has not passed).</translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="98"/>
        <source>Envoyer par e-mail</source>
        <translation>Send by email</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="103"/>
        <source>Paramètres d&apos;envoi…</source>
        <translation>Sending settings…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="111"/>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="113"/>
        <source>Double-cliquez pour ouvrir la pièce jointe.</source>
        <translation>Double-click to open the attachment.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="121"/>
        <source>&amp;Envoyer</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="123"/>
        <source>Enregistrer le brouillon (.eml)…</source>
        <translation>Save the draft (.eml)…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="125"/>
        <source>Ouvrir dans la messagerie</source>
        <translation>Open in your email program</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="127"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="135"/>
        <source>À :</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="136"/>
        <source>Cc :</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="137"/>
        <source>Objet :</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="142"/>
        <source>Pièces jointes :</source>
        <translation>Attachments:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="164"/>
        <source>{n} octets</source>
        <translation>{n} bytes</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="166"/>
        <source>{n} Ko</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="167"/>
        <source>{n} Mo</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="177"/>
        <source>De : {sender}, par {server}</source>
        <translation>From: {sender}, via {server}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="181"/>
        <source>L&apos;envoi n&apos;est pas encore réglé : indiquez votre serveur d&apos;envoi dans les paramètres, ou ouvrez l&apos;e-mail dans votre messagerie.</source>
        <translation>Sending is not set up yet: enter your outgoing mail server in the settings, or open the email in your email program.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="255"/>
        <source>L&apos;envoi n&apos;est pas réglé : {problem} Ouvrez « Paramètres d&apos;envoi… », ou utilisez « Ouvrir dans la messagerie ».</source>
        <translation>Sending is not set up: {problem} Open ‘Sending settings…’ or use ‘Open in your email program’.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="284"/>
        <source>E-mail envoyé en partie</source>
        <translation>Email partly sent</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="285"/>
        <source>L&apos;e-mail est parti, mais le serveur a refusé : {addresses}. Vérifiez ces adresses.</source>
        <translation>The email has been sent, but the server rejected these addresses: {addresses}. Please check them.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="308"/>
        <source>E-mail envoyé</source>
        <translation>Email sent</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="309"/>
        <source>L&apos;e-mail est parti, mais il n&apos;a pas pu être noté dans l&apos;historique : {reason}</source>
        <translation>The email has been sent, but it could not be recorded in the history: {reason}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="318"/>
        <source>Trousseau</source>
        <translation>Keyring</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="328"/>
        <source>Le brouillon n&apos;a pas pu être enregistré ({reason}) : gardez cette fenêtre ouverte pour réessayer.</source>
        <translation>The draft could not be saved ({reason}): keep this window open to try again.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="332"/>
        <source>L&apos;e-mail est gardé en brouillon : {path}</source>
        <translation>The email has been kept as a draft: {path}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="336"/>
        <source>E-mail non envoyé</source>
        <translation>Email not sent</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="343"/>
        <source>Enregistrer le brouillon</source>
        <translation>Save the draft</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="344"/>
        <source>E-mail (*.eml)</source>
        <translation>Email (*.eml)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="354"/>
        <location filename="../../relance_desktop/views/email_dialog.py" line="365"/>
        <source>Brouillon</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="355"/>
        <source>Impossible d&apos;écrire « {path} » : {reason}</source>
        <translation>Cannot write ‘{path}’: {reason}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="366"/>
        <source>Impossible d&apos;enregistrer le brouillon : {reason}</source>
        <translation>Cannot save the draft: {reason}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="370"/>
        <source>Messagerie</source>
        <translation>Email program</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="371"/>
        <source>Aucune messagerie ne s&apos;est ouverte. Le brouillon est enregistré ici : {path}</source>
        <translation>No email program opened. The draft has been saved here: {path}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="382"/>
        <source>Pièce jointe</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="383"/>
        <source>Impossible d&apos;ouvrir la pièce jointe : {reason}</source>
        <translation>Cannot open the attachment: {reason}</translation>
    </message>
</context>
<context>
    <name>EmailTextDialog</name>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="101"/>
        <source>Texte de l&apos;e-mail</source>
        <translation>E-mail text</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../relance_desktop/views/empty_state.py" line="76"/>
        <source>Aucune facture ouverte</source>
        <translation>No open invoice</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/empty_state.py" line="77"/>
        <source>Importez les factures de votre logiciel de facturation ou de comptabilité, saisissez une première facture, ou découvrez Relance avec la société de démonstration (vos données n&apos;y sont pas mêlées).</source>
        <translation>Import the invoices from your invoicing or accounting software, type a first invoice, or discover Relance with the demo company (your own data stays apart).</translation>
    </message>
</context>
<context>
    <name>FecPage</name>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/fec_page.py" line="45"/>
        <source>Ces comptes clients ne désignent pas un client précis à relancer : des caisses ou des moyens de paiement (carte, espèces, chèques…), ou des comptes génériques qui regroupent plusieurs clients (« Clients divers », compte collectif sans compte auxiliaire). Cochés, ils ne sont pas importés ; ce choix est retenu pour les prochains imports.</source>
        <translation>These customer accounts do not name one customer to chase: tills or payment methods (card, cash, cheques…), or generic accounts grouping several customers (‘Sundry customers’, a control account without a sub-account). Ticked, they are not imported; the choice is remembered for the next imports.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/fec_page.py" line="55"/>
        <source>Ne pas relancer</source>
        <translation>Do not chase</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/fec_page.py" line="55"/>
        <source>Compte</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/fec_page.py" line="55"/>
        <source>Libellé</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/fec_page.py" line="55"/>
        <source>Solde</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/fec_page.py" line="56"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/fec_page.py" line="70"/>
        <source>Comptes à ne pas relancer</source>
        <translation>Accounts not to chase</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/fec_page.py" line="93"/>
        <source>ne pas relancer</source>
        <translation>do not chase</translation>
    </message>
</context>
<context>
    <name>FieldPicker</name>
    <message>
        <location filename="../../relance_desktop/views/template_editor/fields.py" line="31"/>
        <source>&amp;Champs de ce texte :</source>
        <translation>&amp;Fields of this text:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/fields.py" line="36"/>
        <source>Chercher un champ</source>
        <translation>Search for a field</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/fields.py" line="42"/>
        <source>Double-clic ou Entrée : insérer le champ dans le texte</source>
        <translation>Double-click or Enter: insert the field into the text</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/fields.py" line="67"/>
        <source>Ce texte s&apos;emploie tel quel : il ne prend aucun champ.</source>
        <translation>This text is used as it is: it takes no field.</translation>
    </message>
</context>
<context>
    <name>FileKeeper</name>
    <message>
        <location filename="../../relance_desktop/views/file_keeper.py" line="74"/>
        <source>Enregistrer une copie de la société</source>
        <translation>Save a copy of the company</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/file_keeper.py" line="75"/>
        <source>Société Relance (*.relance)</source>
        <translation>Relance company file (*.relance)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/file_keeper.py" line="93"/>
        <source>Copie</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/file_keeper.py" line="94"/>
        <source>Copie complète de la société enregistrée dans « {path} ».</source>
        <translation>A complete copy of the company was saved to “{path}”.</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/files_page.py" line="48"/>
        <source>Choisissez les exports de votre logiciel : listes de factures CSV ou Excel, FEC, factures électroniques Factur-X (PDF) ou UBL (XML). Vous pouvez aussi glisser les fichiers ou un dossier dans cette fenêtre. Rien n&apos;est enregistré avant la dernière étape.</source>
        <translation>Choose the exports from your software: CSV or Excel invoice lists, FEC, Factur-X (PDF) or UBL (XML) e-invoices. You can also drag the files or a folder into this window. Nothing is saved until the last step.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/files_page.py" line="79"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/files_page.py" line="79"/>
        <source>Format reconnu</source>
        <translation>Detected format</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/files_page.py" line="79"/>
        <source>Dossier</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/files_page.py" line="57"/>
        <source>&amp;Ajouter des fichiers…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/files_page.py" line="59"/>
        <source>Ajouter un &amp;dossier de factures…</source>
        <translation>Add a &amp;folder of invoices…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/files_page.py" line="60"/>
        <source>Les fichiers PDF et XML du dossier choisi</source>
        <translation>The PDF and XML files in the chosen folder</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/files_page.py" line="62"/>
        <source>&amp;Retirer</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/files_page.py" line="106"/>
        <source>« {file} » ne peut pas être importé : {reason}</source>
        <translation>‘{file}’ cannot be imported: {reason}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/files_page.py" line="108"/>
        <source>format non reconnu. Relance importe les fichiers CSV et Excel, le FEC, les factures Factur-X (PDF) et UBL (XML).</source>
        <translation>format not recognised. Relance imports CSV and Excel files, the FEC (French accounting entries file), and Factur-X (PDF) and UBL (XML) invoices.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/files_page.py" line="142"/>
        <source>Aucun fichier à ajouter : les dossiers sont parcourus pour leurs factures PDF et XML, et un fichier déjà dans la liste n&apos;est pas ajouté deux fois.</source>
        <translation>No files to add: folders are searched for their PDF and XML invoices, and a file already in the list is not added twice.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/files_page.py" line="92"/>
        <location filename="../../relance_desktop/views/import_wizard/files_page.py" line="148"/>
        <source>Fichiers à importer</source>
        <translation>Files to import</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/files_page.py" line="149"/>
        <source>Exports de factures (*.csv *.CSV *.txt *.TXT *.tsv *.xlsx *.xlsm *.pdf *.PDF *.xml *.XML);;Tous les fichiers (*)</source>
        <translation>Invoice exports (*.csv *.CSV *.txt *.TXT *.tsv *.xlsx *.xlsm *.pdf *.PDF *.xml *.XML);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/files_page.py" line="155"/>
        <source>Dossier de factures électroniques</source>
        <translation>Folder of e-invoices</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="91"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="93"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="116"/>
        <source>« {value} » n&apos;est pas un montant : tapez par exemple 1 234,56.</source>
        <translation>‘{value}’ is not an amount: type, for example, 1,234.56.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="149"/>
        <source>Votre saisie est toujours là ; « Enregistrer » montrera de nouveau les deux versions.</source>
        <translation>What you typed is still here; “Save” will show both versions again.</translation>
    </message>
</context>
<context>
    <name>GdprDueDialog</name>
    <message>
        <location filename="../../relance_desktop/views/gdpr_dialog.py" line="106"/>
        <source>Clients à anonymiser</source>
        <translation>Customers to anonymise</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/gdpr_dialog.py" line="112"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/gdpr_dialog.py" line="112"/>
        <source>Dernière dette soldée</source>
        <translation>Last debt settled</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/gdpr_dialog.py" line="113"/>
        <source>Conservation écoulée le</source>
        <translation>Retention over on</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/gdpr_dialog.py" line="117"/>
        <source>&amp;Anonymiser…</source>
        <translation>&amp;Anonymise…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/gdpr_dialog.py" line="128"/>
        <source>Ces clients n&apos;ont plus rien d&apos;ouvert et leur dernière dette est soldée depuis plus de {years} ans (réglage « conservation des données »). Leurs données personnelles peuvent être anonymisées ; les montants restent pour la comptabilité.</source>
        <translation>These customers have nothing open any more and their last debt was settled more than {years} years ago (&quot;data retention&quot; setting). Their personal data may be anonymised; the amounts stay for the accounts.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/gdpr_dialog.py" line="132"/>
        <source>Aucun client à anonymiser : aucun client soldé n&apos;a dépassé la durée de conservation de {years} ans.</source>
        <translation>No customer to anonymise: no settled customer is past the {years}-year retention period.</translation>
    </message>
</context>
<context>
    <name>GdprTools</name>
    <message>
        <location filename="../../relance_desktop/views/gdpr_dialog.py" line="36"/>
        <source>Dossier où écrire l&apos;export RGPD</source>
        <translation>Folder for the GDPR export</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/gdpr_dialog.py" line="45"/>
        <source>Export RGPD</source>
        <translation>GDPR export</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/gdpr_dialog.py" line="46"/>
        <source>Les données du client ont été exportées dans « {folder} » :
{files}

Remettez les deux fichiers à la personne qui les a demandés.</source>
        <translation>The customer&apos;s data were exported to &quot;{folder}&quot;:
{files}

Hand both files to the person who asked for them.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/gdpr_dialog.py" line="58"/>
        <source>Anonymiser le client</source>
        <translation>Anonymise the customer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/gdpr_dialog.py" line="62"/>
        <source>Anonymiser {name} ? Son nom, ses adresses, téléphones, e-mails, interlocuteurs, notes et les PDF de ses courriers seront effacés ; les numéros, dates et montants des factures et des paiements restent pour la comptabilité. Cette opération est définitive.

Pensez à exporter ses données avant si elles vous sont demandées.</source>
        <translation>Anonymise {name}? Their name, addresses, phones, e-mails, contacts, notes and the PDFs of their letters will be erased; the numbers, dates and amounts of invoices and payments stay for the accounts. This cannot be undone.

Export their data first if they have asked for it.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/gdpr_dialog.py" line="81"/>
        <source>RG&amp;PD</source>
        <translation>GD&amp;PR</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/gdpr_dialog.py" line="84"/>
        <source>Exporter les données (RGPD)…</source>
        <translation>Export the data (GDPR)…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/gdpr_dialog.py" line="87"/>
        <source>Anonymiser le client…</source>
        <translation>Anonymise the customer…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/gdpr_dialog.py" line="91"/>
        <source>Clients à anonymiser…</source>
        <translation>Customers to anonymise…</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../relance_desktop/views/help.py" line="52"/>
        <source>Guide de Relance</source>
        <translation>Relance guide</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/common.py" line="42"/>
        <source>par n° de compte</source>
        <translation>by account code</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/common.py" line="43"/>
        <source>par n° d&apos;entreprise (SIREN, BCE)</source>
        <translation>by company number (SIREN, CBE)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/common.py" line="44"/>
        <source>par n° de TVA</source>
        <translation>by VAT number</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/common.py" line="45"/>
        <source>par le nom</source>
        <translation>by name</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/common.py" line="135"/>
        <source>illisible</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/common.py" line="138"/>
        <source>Factur-X / ZUGFeRD (PDF)</source>
        <translation>Factur-X / ZUGFeRD (PDF)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/common.py" line="140"/>
        <source>UBL / Peppol (XML)</source>
        <translation>UBL / Peppol (XML)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/common.py" line="142"/>
        <source>Factur-X / CII (XML)</source>
        <translation>Factur-X / CII (XML)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/common.py" line="145"/>
        <source>PDF sans données de facture</source>
        <translation>PDF without invoice data</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/common.py" line="147"/>
        <source>XML vide (attendu : facture UBL, CII ou Factur-X)</source>
        <translation>Empty XML (expected: a UBL, CII or Factur-X invoice)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/common.py" line="149"/>
        <source>XML sans facture lisible</source>
        <translation>XML with no readable invoice</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/common.py" line="163"/>
        <source>FEC (écritures comptables)</source>
        <translation>FEC (accounting entries)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/common.py" line="167"/>
        <source>pas un tableau lisible</source>
        <translation>not a readable table</translation>
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
        <translation>format not recognised</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="68"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="69"/>
        <source>UTF-8 avec BOM</source>
        <translation>UTF-8 with BOM</translation>
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
        <translation>comma ( , )</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="75"/>
        <source>point-virgule ( ; )</source>
        <translation>semicolon ( ; )</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="76"/>
        <source>tabulation</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="77"/>
        <source>barre verticale ( | )</source>
        <translation>vertical bar ( | )</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="80"/>
        <source>virgule (1 234,56)</source>
        <translation>comma (1 234,56)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="81"/>
        <source>point (1,234.56)</source>
        <translation>point (1,234.56)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="84"/>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="85"/>
        <source>espace</source>
        <translation>space</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="86"/>
        <source>point</source>
        <translation>full stop</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="87"/>
        <source>virgule</source>
        <translation>comma</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="88"/>
        <source>apostrophe</source>
        <translation>apostrophe</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="91"/>
        <source>jour/mois/année (31/12/2026)</source>
        <translation>day/month/year (31/12/2026)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="92"/>
        <source>mois/jour/année (12/31/2026)</source>
        <translation>month/day/year (12/31/2026)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/common.py" line="101"/>
        <source>ligne {line}</source>
        <translation>line {line}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/common.py" line="104"/>
        <source>{place} : attendu {expected}</source>
        <translation>{place}: expected {expected}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/common.py" line="106"/>
        <source>{place} : attendu {expected}, trouvé {found}</source>
        <translation>{place}: expected {expected}, found {found}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/wizard.py" line="66"/>
        <source>Importer des factures</source>
        <translation>Import invoices</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/wizard.py" line="69"/>
        <source>&lt; &amp;Précédent</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/wizard.py" line="70"/>
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/wizard.py" line="72"/>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/wizard.py" line="73"/>
        <location filename="../../relance_desktop/views/import_wizard/wizard.py" line="212"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/wizard.py" line="202"/>
        <source>Étape {n} sur {total} — {title}</source>
        <translation>Step {n} of {total} — {title}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/wizard.py" line="71"/>
        <source>&amp;Importer</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/wizard.py" line="211"/>
        <source>&amp;Interrompre l&apos;import</source>
        <translation>&amp;Stop the import</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/wizard.py" line="260"/>
        <source>Import interrompu : rien n&apos;a été enregistré, le fichier de la société est tel qu&apos;avant.</source>
        <translation>Import stopped: nothing has been saved, the company file is as it was before.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/wizard.py" line="268"/>
        <source>Rien n&apos;a été enregistré.</source>
        <translation>Nothing has been saved.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/wizard.py" line="313"/>
        <source>Interruption de l&apos;import…</source>
        <translation>Stopping the import…</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="454"/>
        <source>Facture {number}</source>
        <translation>Invoice {number}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="456"/>
        <source>Nouvelle facture</source>
        <translation>New invoice</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="506"/>
        <source>Copie de la facture</source>
        <translation>Invoice copy</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="506"/>
        <source>PDF (*.pdf);;Tous les fichiers (*)</source>
        <translation>PDF (*.pdf);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="520"/>
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
    <name>LetterReady</name>
    <message>
        <location filename="../../relance_desktop/views/company_hint.py" line="44"/>
        <source>Avant le premier courrier, complétez la fiche de la société : il manque {fields}.</source>
        <translation>Before the first letter, complete the company&apos;s details: missing are {fields}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/company_hint.py" line="52"/>
        <source>Les courriers impriment l&apos;adresse, le numéro d&apos;entreprise, l&apos;IBAN, l&apos;e-mail et le téléphone de la société : aucun courrier ne part sans eux.</source>
        <translation>Letters print the company&apos;s address, registration number, IBAN, e-mail and phone: no letter goes out without them.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/company_hint.py" line="56"/>
        <source>Il manque encore {fields}.</source>
        <translation>Still missing: {fields}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letter_ready.py" line="37"/>
        <source>Fiche de la société incomplète</source>
        <translation>Company details incomplete</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letter_ready.py" line="38"/>
        <source>Un courrier indique qui l&apos;envoie et où payer. Il manque sur la fiche de votre société : {fields}.</source>
        <translation>A letter says who sends it and where to pay. Your company&apos;s details lack {fields}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letter_ready.py" line="41"/>
        <source>Aucun courrier n&apos;est produit tant que ces informations manquent.</source>
        <translation>No letter is produced while these are missing.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letter_ready.py" line="43"/>
        <source>&amp;Compléter la fiche de la société…</source>
        <translation>&amp;Complete the company&apos;s details…</translation>
    </message>
</context>
<context>
    <name>LetterSettingsDialog</name>
    <message>
        <location filename="../../relance_desktop/views/letter_settings.py" line="34"/>
        <source>Réglages des courriers</source>
        <translation>Letter settings</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letter_settings.py" line="42"/>
        <source>&amp;Choisir une image…</source>
        <translation>&amp;Choose an image…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letter_settings.py" line="45"/>
        <source>&amp;Retirer</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letter_settings.py" line="48"/>
        <source>Logo (PNG ou JPEG)</source>
        <translation>Logo (PNG or JPEG)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letter_settings.py" line="51"/>
        <source>ex. Claire Martin
Gérante</source>
        <translation>e.g. Claire Martin
Manager</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letter_settings.py" line="53"/>
        <source>&amp;Signature</source>
        <translation>&amp;Signature</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letter_settings.py" line="55"/>
        <source>à droite (enveloppe DL à fenêtre à droite)</source>
        <translation>on the right (DL envelope with a right-hand window)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letter_settings.py" line="56"/>
        <source>à gauche (enveloppe à fenêtre à gauche)</source>
        <translation>on the left (envelope with a left-hand window)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letter_settings.py" line="58"/>
        <source>&amp;Adresse du destinataire</source>
        <translation>Recipient&apos;s a&amp;ddress</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letter_settings.py" line="60"/>
        <source>« Lettre recommandée avec avis de réception » sur les mises en demeure</source>
        <translation>“Registered letter with acknowledgement of receipt” on formal notices</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letter_settings.py" line="81"/>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letter_settings.py" line="84"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letter_settings.py" line="85"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
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
        <translation>Overdue by more than</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="139"/>
        <source> j</source>
        <translation> d</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="143"/>
        <source>Seulement les clients au niveau &amp;précédent</source>
        <translation>Only customers at the &amp;previous level</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="119"/>
        <source>&amp;Langue :</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="123"/>
        <source>celle du client</source>
        <translation>the customer&apos;s</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="129"/>
        <source>Réglages des &amp;courriers…</source>
        <translation>Letter se&amp;ttings…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="154"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="154"/>
        <source>Échu</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="155"/>
        <source>Retard max</source>
        <translation>Max. days late</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="52"/>
        <source>aucune relance</source>
        <translation>no reminder</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="53"/>
        <source>1re relance</source>
        <translation>1st reminder</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="54"/>
        <source>2e relance</source>
        <translation>2nd reminder</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="55"/>
        <source>mise en demeure</source>
        <translation>formal notice</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="90"/>
        <source>Compléter la &amp;fiche de la société…</source>
        <translation>Complete the company&apos;s &amp;details…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="156"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="156"/>
        <source>Dernière relance</source>
        <translation>Last reminder</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="158"/>
        <source>Le courrier le plus avancé déjà envoyé pour ces factures : aucune relance, 1re relance, 2e relance ou mise en demeure.</source>
        <translation>The furthest letter already sent for these invoices: no reminder, 1st reminder, 2nd reminder or formal notice.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="176"/>
        <source>Afficher &amp;tout</source>
        <translation>Show &amp;all</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="187"/>
        <source>&amp;Aperçu du client choisi…</source>
        <translation>Previe&amp;w for the selected customer…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="190"/>
        <source>Un seul PDF pour l&apos;&amp;impression</source>
        <translation>A single PDF for pr&amp;inting</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="192"/>
        <source>P&amp;roduire les courriers cochés…</source>
        <translation>P&amp;roduce the ticked letters…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/letters_page.py" line="289"/>
        <source>%n clients masqués par le filtre « Seulement les clients au niveau précédent ».</source>
        <translation>
            <numerusform>%n customer hidden by the filter “Only customers at the previous level”.</numerusform>
            <numerusform>%n customers hidden by the filter “Only customers at the previous level”.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="252"/>
        <source>{name} — en litige</source>
        <translation>{name} — in dispute</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="258"/>
        <source>Un litige est ouvert : ce client ne reçoit ce courrier que si vous le cochez vous-même, après avertissement.</source>
        <translation>A dispute is open: this customer gets this letter only if you tick it yourself, after a warning.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/letters_page.py" line="273"/>
        <source>%n clients</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="302"/>
        <source>Personne à cette étape</source>
        <translation>Nobody at this step</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="303"/>
        <source>Aucun client n&apos;a encore reçu le courrier précédent. Ceux que le filtre masque apparaissent avec « Afficher tout », en bas de la page.</source>
        <translation>No customer has received the previous letter yet. Those the filter hides appear with “Show all”, at the bottom of the page.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="308"/>
        <source>Personne à qui écrire ce courrier</source>
        <translation>Nobody to send this letter to</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="309"/>
        <source>Aucun client ne remplit aujourd&apos;hui les conditions de « {kind} ». Réduisez le nombre de jours de retard, ou choisissez un autre document.</source>
        <translation>No customer meets the conditions for “{kind}” today. Lower the number of days late, or choose another document.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="322"/>
        <source>Client en litige</source>
        <translation>Customer in dispute</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="323"/>
        <source>{name} conteste au moins une de ces factures. Lui envoyer ce courrier pendant le litige peut aggraver le désaccord. L&apos;inclure quand même ?</source>
        <translation>{name} disputes at least one of these invoices. Sending this letter during the dispute may deepen the disagreement. Include them anyway?</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="361"/>
        <location filename="../../relance_desktop/views/letters_page.py" line="415"/>
        <source>Courriers</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="362"/>
        <source>Cochez au moins un client.</source>
        <translation>Tick at least one customer.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="371"/>
        <source>Dossier où écrire les PDF</source>
        <translation>Folder to write the PDFs to</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="377"/>
        <source>Production des courriers…</source>
        <translation>Producing the letters…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="377"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="405"/>
        <source>Les taux d&apos;intérêt ne sont connus que jusqu&apos;au {known}. Ces courriers réclameront les intérêts calculés jusqu&apos;à cette date, puis les intérêts au taux légal jusqu&apos;à parfait paiement, sans montant : aucun taux n&apos;est deviné. Ajoutez le taux publié dans Outils › Taux d&apos;intérêt pour le chiffrer.</source>
        <translation>Interest rates are known only until {known}. These letters will claim the interest calculated up to that date, then interest at the statutory rate until payment in full, without an amount: no rate is guessed. Add the published rate in Tools › Interest rates to compute it.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/letters_page.py" line="416"/>
        <source>%n fichiers écrits dans {folder}.</source>
        <translation>
            <numerusform>%n file written to {folder}.</numerusform>
            <numerusform>%n files written to {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="468"/>
        <source>Produire le courrier ainsi, avec les intérêts au taux légal « jusqu&apos;à parfait paiement » sans montant ?</source>
        <translation>Produce the letter like this, with interest at the statutory rate “until payment in full” without an amount?</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/letters_page.py" line="472"/>
        <source>Taux pas encore publié</source>
        <translation>Rate not published yet</translation>
    </message>
</context>
<context>
    <name>LiveWatch</name>
    <message>
        <location filename="../../relance_desktop/views/live.py" line="100"/>
        <source>Serveur injoignable — vos notes sont gardées sur cet ordinateur. Reconnexion automatique dès qu&apos;il répond…</source>
        <translation>Server unreachable — your notes are kept on this computer. Reconnecting automatically as soon as it answers…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../relance_desktop/views/main_invoices.py" line="46"/>
        <source>Échues</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_invoices.py" line="47"/>
        <source>À échoir</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_invoices.py" line="48"/>
        <source>1–30 j</source>
        <translation>1–30 days</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_invoices.py" line="49"/>
        <source>31–60 j</source>
        <translation>31–60 days</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_invoices.py" line="50"/>
        <source>61–90 j</source>
        <translation>61–90 days</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_invoices.py" line="51"/>
        <source>+ de 90 j</source>
        <translation>Over 90 days</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_invoices.py" line="52"/>
        <source>Toutes</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="47"/>
        <source>Promesses non tenues</source>
        <translation>Broken promises</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="48"/>
        <source>Rappels prévus</source>
        <translation>Call-backs due</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="49"/>
        <source>Paiements à vérifier</source>
        <translation>Payments to check</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="50"/>
        <source>À appeler</source>
        <translation>To call</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="53"/>
        <source>joignable maintenant</source>
        <translation>reachable now</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="54"/>
        <source>plus tard aujourd&apos;hui</source>
        <translation>later today</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="55"/>
        <source>pas aujourd&apos;hui</source>
        <translation>not today</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="88"/>
        <location filename="../../relance_desktop/views/main_window.py" line="278"/>
        <source>Client &amp;suivant</source>
        <translation>&amp;Next customer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="90"/>
        <source>Ouvre la fiche d&apos;appel du prochain client à appeler (les vôtres d&apos;abord, puis ceux de l&apos;équipe non affectés) et le réserve pour vous : personne d&apos;autre ne l&apos;appellera en même temps.</source>
        <translation>Opens the call sheet of the next customer to call (yours first, then the team&apos;s unassigned ones) and reserves it for you: nobody else will call them at the same time.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="95"/>
        <source>Toute l&apos;é&amp;quipe</source>
        <translation>Whole &amp;team</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="98"/>
        <source>Montrer les appels de toute l&apos;équipe, pas seulement les vôtres et ceux à prendre.</source>
        <translation>Show the whole team&apos;s calls, not only yours and those up for grabs.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="160"/>
        <source>&lt;h3&gt;Aujourd&apos;hui, {date}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Today, {date}&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="204"/>
        <source>Client suivant</source>
        <translation>Next customer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="204"/>
        <source>Personne à appeler pour l&apos;instant : tous les clients de la liste sont déjà appelés aujourd&apos;hui ou en ligne avec un collègue.</source>
        <translation>Nobody to call for now: every customer in the list has been called today or is on the phone with a colleague.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="223"/>
        <source>{state}, dès {time}</source>
        <translation>{state}, from {time}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="226"/>
        <source>{state}, dès le {when}</source>
        <translation>{state}, from {when}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="166"/>
        <source>Factures en retard</source>
        <translation>Overdue invoices</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="166"/>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="167"/>
        <source>Clients</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="167"/>
        <source>Courriers</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="195"/>
        <source>&lt;h2&gt;Bienvenue dans Relance&lt;/h2&gt;&lt;p&gt;Une société = un fichier. Créez le fichier de votre société, ouvrez-en un existant, ou essayez la société de démonstration pour découvrir l&apos;application.&lt;/p&gt;&lt;p&gt;Ensuite, saisissez vos factures impayées (ou importez-les depuis votre logiciel de facturation) : Relance vous dira qui appeler aujourd&apos;hui.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welcome to Relance&lt;/h2&gt;&lt;p&gt;One company = one file. Create your company&apos;s file, open an existing one, or try the demo company to get to know the application.&lt;/p&gt;&lt;p&gt;Then enter your unpaid invoices (or import them from your invoicing software): Relance will tell you who to call today.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="205"/>
        <location filename="../../relance_desktop/views/main_window.py" line="236"/>
        <source>&amp;Nouvelle société…</source>
        <translation>&amp;New company…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="206"/>
        <source>&amp;Ouvrir un fichier…</source>
        <translation>&amp;Open a file…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="207"/>
        <source>Essayer la &amp;démo</source>
        <translation>Try the &amp;demo</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_invoices.py" line="92"/>
        <source>Rechercher un client, un n° de facture, un montant… (Ctrl+F)</source>
        <translation>Search for a customer, invoice number or amount… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_invoices.py" line="97"/>
        <location filename="../../relance_desktop/views/main_window.py" line="290"/>
        <source>&amp;Grouper par client</source>
        <translation>&amp;Group by customer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_customers.py" line="52"/>
        <source>Rechercher un client…</source>
        <translation>Search for a customer…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_customers.py" line="56"/>
        <location filename="../../relance_desktop/views/main_window.py" line="267"/>
        <source>Nouveau &amp;client…</source>
        <translation>New &amp;customer…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_customers.py" line="59"/>
        <source>&amp;Fusionner les deux clients…</source>
        <translation>&amp;Merge the two customers…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_customers.py" line="61"/>
        <source>Deux fiches pour le même client (par exemple après un import) : sélectionnez-les toutes les deux (Ctrl+clic).</source>
        <translation>Two records for the same customer (for example after an import): select them both (Ctrl+click).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_customers.py" line="73"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_customers.py" line="74"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_customers.py" line="75"/>
        <source>Ville</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_customers.py" line="76"/>
        <source>Pays</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_customers.py" line="77"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_customers.py" line="78"/>
        <source>Factures ouvertes</source>
        <translation>Open invoices</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_customers.py" line="79"/>
        <source>Reste dû</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_customers.py" line="80"/>
        <source>Dont échu</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_customers.py" line="81"/>
        <source>Retard max (j)</source>
        <translation>Max. days late</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_customers.py" line="103"/>
        <source>Aucun client</source>
        <translation>No customers</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_customers.py" line="104"/>
        <source>Les clients arrivent avec l&apos;import de vos factures, ou ajoutez-en un vous-même. La société de démonstration en montre quarante.</source>
        <translation>Customers come with the import of your invoices, or add one yourself. The demo company shows forty of them.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="105"/>
        <source>&amp;Imprimer la liste d&apos;appels</source>
        <translation>&amp;Print the call list</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="229"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="237"/>
        <source>&amp;Ouvrir…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="239"/>
        <source>Ouvrir un fichier &amp;récent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="241"/>
        <source>Ouvrir la &amp;démo</source>
        <translation>Open the &amp;demo</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="243"/>
        <source>Se connecter à un serveur d&apos;é&amp;quipe…</source>
        <translation>Connect to a &amp;team server…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="245"/>
        <source>Dé&amp;placer une société…</source>
        <translation>&amp;Move a company…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="247"/>
        <source>&amp;Importer des factures…</source>
        <translation>&amp;Import invoices…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="249"/>
        <source>Fiche de la &amp;société…</source>
        <translation>Co&amp;mpany details…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="252"/>
        <source>Enregistrer une &amp;copie…</source>
        <translation>Save a &amp;copy…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="255"/>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="257"/>
        <source>Im&amp;primer la liste d&apos;appels…</source>
        <translation>&amp;Print the call list…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="261"/>
        <source>&amp;Préférences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="264"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="230"/>
        <source>&amp;Saisie</source>
        <translation>&amp;Entry</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="269"/>
        <source>Nouvelle &amp;facture…</source>
        <translation>New &amp;invoice…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="271"/>
        <source>Enregistrer un &amp;paiement…</source>
        <translation>Record a &amp;payment…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="273"/>
        <source>Ouvrir le c&amp;lient</source>
        <translation>&amp;Open customer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="276"/>
        <source>&amp;Appeler le client (fiche d&apos;appel)</source>
        <translation>Ca&amp;ll customer (call sheet)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="231"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="282"/>
        <source>A&amp;ujourd&apos;hui</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="283"/>
        <source>&amp;Factures en retard</source>
        <translation>&amp;Overdue invoices</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="285"/>
        <source>&amp;Clients</source>
        <translation>&amp;Customers</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="286"/>
        <source>C&amp;ourriers</source>
        <translation>&amp;Letters</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="288"/>
        <source>&amp;Rechercher</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="292"/>
        <source>É&amp;chéancier</source>
        <translation>&amp;Ageing</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="298"/>
        <source>&amp;Actualiser</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="232"/>
        <source>&amp;Outils</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="301"/>
        <source>Calcul des &amp;intérêts de retard…</source>
        <translation>Calculate late-payment &amp;interest…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="303"/>
        <source>&amp;Taux d&apos;intérêt…</source>
        <translation>Interest &amp;rates…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="305"/>
        <source>Te&amp;xtes des appels et courriers…</source>
        <translation>Call and letter &amp;texts…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="307"/>
        <source>Envoi des &amp;e-mails…</source>
        <translation>&amp;Email sending…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="311"/>
        <source>É&amp;quipe…</source>
        <translation>&amp;Team…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="313"/>
        <source>&amp;Règles d&apos;affectation…</source>
        <translation>Assignment &amp;rules…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="233"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="317"/>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="319"/>
        <source>&amp;Raccourcis clavier</source>
        <translation>Keyboard &amp;shortcuts</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="320"/>
        <source>Dossier des &amp;journaux</source>
        <translation>&amp;Log folder</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="321"/>
        <source>À &amp;propos de Relance</source>
        <translation>&amp;About Relance</translation>
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
        <translation>{title} (read-only)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="476"/>
        <source>Nouvelle société</source>
        <translation>New company</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="477"/>
        <source>Société Relance (*.relance)</source>
        <translation>Relance company file (*.relance)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="489"/>
        <source>Ouvrir une société</source>
        <translation>Open a company</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="490"/>
        <source>Société Relance (*.relance);;Tous les fichiers (*)</source>
        <translation>Relance company file (*.relance);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="517"/>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="665"/>
        <source>Sélection</source>
        <translation>Selection</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_invoices.py" line="247"/>
        <source>Reste dû affiché : {amount}</source>
        <translation>Balance due shown: {amount}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_invoices.py" line="250"/>
        <source>Total échu : {amount}</source>
        <translation>Total overdue: {amount}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="234"/>
        <source>par écrit uniquement</source>
        <translation>in writing only</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="237"/>
        <source>{when} ({outcome}), {who}</source>
        <translation>{when} ({outcome}), {who}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="165"/>
        <source>&lt;p&gt;Rien à faire pour l&apos;instant : aucune facture échue à relancer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nothing to do for now: no overdue invoices to chase.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="235"/>
        <source>jamais appelé</source>
        <translation>never called</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="278"/>
        <source>Appels du {date}</source>
        <translation>Calls of {date}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="301"/>
        <source>Appel</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_today.py" line="302"/>
        <location filename="../../relance_desktop/views/main_window.py" line="666"/>
        <source>Choisissez d&apos;abord un client dans la liste.</source>
        <translation>First select a customer in the list.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_customers.py" line="214"/>
        <source>Fusionner deux clients</source>
        <translation>Merge two customers</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_customers.py" line="215"/>
        <source>Garder « {keep} » et y rattacher tout ce qui concerne « {other} » (factures, paiements, contacts, historique) ? « {other} » disparaîtra ; ses informations complètent celles qui manquent.</source>
        <translation>Keep ‘{keep}’ and move everything concerning ‘{other}’ to it (invoices, payments, contacts, history)? ‘{other}’ will disappear; its details fill in whatever is missing.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="699"/>
        <source>Nouvelle facture</source>
        <translation>New invoice</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="700"/>
        <source>Créez d&apos;abord le client de cette facture.</source>
        <translation>First create the customer for this invoice.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="710"/>
        <source>Paiement</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/main_window.py" line="711"/>
        <source>Choisissez d&apos;abord une facture dans la liste.</source>
        <translation>First select an invoice in the list.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="163"/>
        <source>Profil &amp;enregistré :</source>
        <translation>Saved &amp;profile:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="169"/>
        <source>ex. Export de ma facturation</source>
        <translation>e.g. Export from my invoicing software</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="170"/>
        <source>&amp;Nom du profil :</source>
        <translation>Profile na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="174"/>
        <source>Enre&amp;gistrer pour les prochains imports</source>
        <translation>&amp;Save for future imports</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="181"/>
        <source>Lecture du fichier</source>
        <translation>Reading the file</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="185"/>
        <source>Encodage</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="185"/>
        <source>Séparateur</source>
        <translation>Separator</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="186"/>
        <source>Feuille</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="186"/>
        <source>Décimales</source>
        <translation>Decimal mark</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="187"/>
        <source>Milliers</source>
        <translation>Thousands separator</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="187"/>
        <source>Dates</source>
        <translation>Date format</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="205"/>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="207"/>
        <source>Ligne d&apos;en-tête</source>
        <translation>Header row</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="214"/>
        <source>Export &amp;complet : le fichier liste toutes les factures ouvertes (celles qui en disparaissent pourront être marquées payées)</source>
        <translation>&amp;Full export: the file lists every open invoice (those that drop out of it can be marked as paid)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="222"/>
        <source>Colonnes du fichier pour chaque information</source>
        <translation>File columns for each field</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="262"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="262"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="262"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="262"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="263"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="263"/>
        <source>Déjà payé</source>
        <translation>Already paid</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="263"/>
        <source>Reste dû</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="263"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="268"/>
        <source>Aperçu lu avec ces colonnes</source>
        <translation>Preview using these columns</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="274"/>
        <source>Début du fichier</source>
        <translation>Start of the file</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="278"/>
        <source>Colonnes de « {file} »</source>
        <translation>Columns of ‘{file}’</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="326"/>
        <source>— aucun —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="402"/>
        <source>Ces réglages ne permettent pas de lire le fichier : {reason}</source>
        <translation>The file cannot be read with these settings: {reason}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="441"/>
        <source>Les dates de ce fichier se lisent dans les deux sens (03/04 : 3 avril ou 4 mars ?). Relance a supposé « {order} » : vérifiez-le dans l&apos;aperçu.</source>
        <translation>The dates in this file can be read both ways (03/04: 3 April or 4 March?). Relance has assumed ‘{order}’: check this in the preview.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="482"/>
        <source>colonne {n}</source>
        <translation>column {n}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="521"/>
        <source>Colonnes du profil absentes de ce fichier : {columns}. Choisissez-les ci-dessous.</source>
        <translation>Profile columns missing from this file: {columns}. Choose them below.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="523"/>
        <source>{field} (« {column} »)</source>
        <translation>{field} (‘{column}’)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="587"/>
        <source>Lecture du fichier en cours…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="602"/>
        <source>Lecture impossible avec ces réglages : {reason}</source>
        <translation>Cannot read the file with these settings: {reason}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="611"/>
        <source>{documents} de {customers} lus.</source>
        <translation>{documents} from {customers} read.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="612"/>
        <source>%n documents</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="613"/>
        <source>%n clients</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="615"/>
        <source>%n problèmes.</source>
        <translation>
            <numerusform>%n problem.</numerusform>
            <numerusform>%n problems.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="628"/>
        <source>avoir</source>
        <translation>credit note</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="305"/>
        <source>Donnez un nom à ce profil : il identifie la source des factures (un nouvel import sous le même nom met à jour, sans doublon).</source>
        <translation>Give this profile a name: it identifies where the invoices come from (a new import under the same name updates them, without duplicates).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="309"/>
        <source>Choisissez au moins les colonnes « {customer} » et « {number} ».</source>
        <translation>Choose at least the ‘{customer}’ and ‘{number}’ columns.</translation>
    </message>
</context>
<context>
    <name>Negotiation</name>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="73"/>
        <source>Promesse de paiement</source>
        <translation>Promise to pay</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="77"/>
        <source>&amp;Montant :</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="83"/>
        <source>Au plus &amp;tard le :</source>
        <translation>No &amp;later than:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="85"/>
        <source>Mo&amp;yen :</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="88"/>
        <source>Pr&amp;omis par :</source>
        <translation>Pr&amp;omised by:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="89"/>
        <source>Enregistrer la &amp;promesse</source>
        <translation>Save the &amp;promise</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="96"/>
        <source>Autres accords</source>
        <translation>Other agreements</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="98"/>
        <source>É&amp;chéancier…</source>
        <translation>Pa&amp;yment plan…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="102"/>
        <source>&amp;Litige…</source>
        <translation>D&amp;ispute…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="105"/>
        <source>R&amp;appel convenu :</source>
        <translation>Agreed &amp;call-back:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="114"/>
        <source>Programmer le &amp;rappel</source>
        <translation>&amp;Schedule the call-back</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="123"/>
        <source>Engagements notés pendant cet appel :</source>
        <translation>Commitments recorded during this call:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="128"/>
        <source>Suivis en cours :</source>
        <translation>Open follow-ups:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="129"/>
        <source>Marquer comme &amp;fait…</source>
        <translation>Mark as &amp;done…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="172"/>
        <source>Promesse : {amount} au plus tard le {date} ({means})</source>
        <translation>Promise to pay: {amount} no later than {date} ({means})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="176"/>
        <source>Échéancier : {count} × du {first} au {last}</source>
        <translation>Payment plan: {count} × from {first} to {last}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="180"/>
        <source>Litige ouvert sur {number}</source>
        <translation>Dispute opened for {number}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="187"/>
        <source>Rappel le {when}</source>
        <translation>Call-back on {when}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="189"/>
        <source>Paiement annoncé à vérifier : {amount}</source>
        <translation>Claimed payment to check: {amount}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="200"/>
        <source>Copie de facture préparée pour {email}</source>
        <translation>Invoice copy prepared for {email}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="203"/>
        <source>Nouvel interlocuteur : {name}</source>
        <translation>New contact person: {name}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="214"/>
        <source>{when} — {what}</source>
        <translation>{when} — {what}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="234"/>
        <source>Promesse</source>
        <translation>Promise to pay</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="235"/>
        <source>« {value} » n&apos;est pas un montant : tapez par exemple 1 234,56.</source>
        <translation>‘{value}’ is not an amount: type, for example, 1,234.56.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="286"/>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="292"/>
        <source>Rappel</source>
        <translation>Call-back</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="287"/>
        <source>En Belgique, les appels de recouvrement sont interdits entre 22:00 et 08:00. Premier moment possible : {when}.</source>
        <translation>In Belgium, collection calls are forbidden between 22:00 and 08:00. First possible moment: {when}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="293"/>
        <source>Ce moment est en dehors des heures d&apos;appel (week-end, jour férié, vos heures ou celles du client). Premier moment possible : {when}.

Programmer le rappel quand même ?</source>
        <translation>This moment is outside call hours (weekend, public holiday, your hours or the customer&apos;s). First possible moment: {when}.

Schedule the call-back anyway?</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="304"/>
        <source>Rappel convenu</source>
        <translation>Agreed call-back</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="335"/>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="341"/>
        <source>Clore le litige</source>
        <translation>Close the dispute</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="336"/>
        <source>Comment s&apos;est-il terminé ?</source>
        <translation>How did it end?</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="341"/>
        <source>Ce qui a été décidé :</source>
        <translation>What was decided:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="357"/>
        <source>Suivi fait</source>
        <translation>Follow-up done</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="358"/>
        <source>Comment s&apos;est-il terminé ? (ex. paiement reçu le 24/11, rappel fait)</source>
        <translation>How did it end? (e.g. payment received on 24/11, called back)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/negotiate.py" line="363"/>
        <source>fait</source>
        <translation>done</translation>
    </message>
</context>
<context>
    <name>PagedCustomerTree</name>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/paged_tree.py" line="341"/>
        <source>%n factures</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="60"/>
        <source>Mot de passe d&apos;envoi</source>
        <translation>Sending password</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="66"/>
        <source>Mot de passe de « {user} » sur {server} :</source>
        <translation>Password for ‘{user}’ on {server}:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="71"/>
        <source>Mémoriser dans le trousseau</source>
        <translation>Remember in the keyring</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="78"/>
        <source>Envoyer</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/email_dialog.py" line="79"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="553"/>
        <source>{number} — {customer} — {amount} TTC</source>
        <translation>{number} — {customer} — {amount} incl. VAT</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dialogs.py" line="562"/>
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
    <name>PlanDialog</name>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="97"/>
        <source>Échéancier de paiement — {name}</source>
        <translation>Payment plan — {name}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="103"/>
        <source>&amp;Montant à échelonner ({currency}) :</source>
        <translation>&amp;Amount to spread ({currency}):</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="106"/>
        <source>en &amp;nombre d&apos;échéances</source>
        <translation>by &amp;number of instalments</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="114"/>
        <source>Calculer :</source>
        <translation>Calculate:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="118"/>
        <source>N&amp;ombre d&apos;échéances :</source>
        <translation>Number of &amp;instalments:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="120"/>
        <source>ex. 250,00</source>
        <translation>e.g. 250.00</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="107"/>
        <source>au montant proposé par le &amp;client</source>
        <translation>from the amount the &amp;customer proposes</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="121"/>
        <source>Montant p&amp;ar échéance :</source>
        <translation>Amount per inst&amp;alment:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="126"/>
        <source>&amp;Première échéance :</source>
        <translation>&amp;First instalment:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="130"/>
        <source>Pé&amp;riodicité :</source>
        <translation>Fre&amp;quency:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="133"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="133"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="162"/>
        <source>Le montant par échéance doit être positif.</source>
        <translation>The amount per instalment must be positive.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="200"/>
        <source>Indiquez le montant et le nombre d&apos;échéances.</source>
        <translation>Enter the amount and the number of instalments.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="204"/>
        <source>Échéancier</source>
        <translation>Payment plan</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="205"/>
        <source>Cet échéancier pose problème :
{warnings}

L&apos;enregistrer quand même ?</source>
        <translation>This payment plan has problems:
{warnings}

Save it anyway?</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_dialogs.py" line="208"/>
        <source>Échéancier non enregistré : ajustez-le avec le client.</source>
        <translation>Payment plan not saved: adjust it with the customer.</translation>
    </message>
</context>
<context>
    <name>PostponeDialog</name>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="77"/>
        <source>Reporter</source>
        <translation>Postpone</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="83"/>
        <source>Rien proposé jusqu&apos;au :</source>
        <translation>Nothing proposed until:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/actions_page.py" line="85"/>
        <source>Raison :</source>
        <translation>Reason:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="41"/>
        <source>Préférences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="49"/>
        <source>&amp;Langue de l&apos;interface</source>
        <translation>Interface &amp;language</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="54"/>
        <source>&amp;Format des montants et dates</source>
        <translation>&amp;Format of amounts and dates</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="56"/>
        <source>Aperçu</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="58"/>
        <source>ex. Claire Martin (utilisé dans les scripts)</source>
        <translation>e.g. Claire Martin (used in scripts)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="59"/>
        <source>&amp;Votre nom</source>
        <translation>Your &amp;name</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="60"/>
        <source>Rouvrir le dernier fichier au démarrage</source>
        <translation>Reopen the last file at startup</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="67"/>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="69"/>
        <source>Une copie complète du fichier ouvert est faite chaque jour dans le dossier de données de Relance ; les plus anciennes sont effacées au-delà de ce nombre.</source>
        <translation>A complete copy of the open file is made every day in Relance&apos;s data folder; the oldest are deleted beyond this number.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="71"/>
        <source>&amp;Sauvegardes quotidiennes gardées</source>
        <translation>Daily &amp;backups kept</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="95"/>
        <source>Appels</source>
        <translation>Calls</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="99"/>
        <source>&amp;Heures où l&apos;on peut appeler</source>
        <translation>&amp;Hours when calls are allowed</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="126"/>
        <source>Relance redémarre pour changer de langue.</source>
        <translation>Relance restarts to change language.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="166"/>
        <source>Changer de langue</source>
        <translation>Change language</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="167"/>
        <source>La nouvelle langue s&apos;applique au redémarrage de Relance. Redémarrer maintenant ? (Sinon, Relance reste dans la langue actuelle jusqu&apos;au prochain démarrage.)</source>
        <translation>The new language applies when Relance restarts. Restart now? (If not, Relance stays in the current language until the next start.)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/preferences.py" line="140"/>
        <source>Indiquez au moins une plage horaire.</source>
        <translation>Enter at least one time range.</translation>
    </message>
</context>
<context>
    <name>PrepareStep</name>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="114"/>
        <source>Avant d&apos;appeler, cochez ce qui est prêt (Espace) :</source>
        <translation>Before calling, tick what is ready (Space):</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="97"/>
        <source>&amp;Objectif de cet appel :</source>
        <translation>&amp;Objective of this call:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="138"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="138"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="138"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="138"/>
        <source>Retard</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="139"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="139"/>
        <source>Reste dû</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="139"/>
        <source>Frais de retard</source>
        <translation>Late charges</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="140"/>
        <source>Copie</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="107"/>
        <source>Ouvrir la &amp;copie de la facture</source>
        <translation>Open the invoice &amp;copy</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="160"/>
        <source>prêt</source>
        <translation>ready</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="160"/>
        <source>manquant</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="161"/>
        <source>à vérifier</source>
        <translation>to check</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="182"/>
        <source>{days} j</source>
        <translation>{days} d</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="183"/>
        <source>à échoir</source>
        <translation>not yet due</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="185"/>
        <source>litige</source>
        <translation>disputed</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="188"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="188"/>
        <source>à joindre</source>
        <translation>to attach</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="225"/>
        <source>validation : {who}</source>
        <translation>approval: {who}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="227"/>
        <source>bon de commande exigé</source>
        <translation>purchase order required</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="229"/>
        <source>jours de paiement : {days}</source>
        <translation>payment days: {days}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="230"/>
        <source>Circuit de paiement</source>
        <translation>Payment process</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="232"/>
        <source>E-mail et adresse</source>
        <translation>Email and address</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="233"/>
        <source>{title} : {text}</source>
        <translation>{title}: {text}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="235"/>
        <source>inconnu — à demander</source>
        <translation>unknown — to be asked</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="237"/>
        <source>à demander</source>
        <translation>to be asked</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="243"/>
        <source>Aucun appel enregistré.</source>
        <translation>No calls recorded.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="245"/>
        <source>Dernier appel : {when}, par {who} — {outcome}</source>
        <translation>Last call: {when}, by {who} — {outcome}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="253"/>
        <source>Appels précédents : {count}</source>
        <translation>Previous calls: {count}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="260"/>
        <source>Promesse du {made} : {amount} pour le {date} — {status}</source>
        <translation>Promise to pay of {made}: {amount} by {date} — {status}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="264"/>
        <source>Échéancier du {made} : {count} échéances — {status}</source>
        <translation>Payment plan of {made}: {count} instalments — {status}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="268"/>
        <source>Litige sur {number} depuis le {date} : {reason} — {status}</source>
        <translation>Dispute over {number} since {date}: {reason} — {status}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="273"/>
        <source>clore…</source>
        <translation>close…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="278"/>
        <source>Paiement partiel de {amount} le {date} sur {number}</source>
        <translation>Part payment of {amount} on {date} against {number}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="292"/>
        <source>Copie de la facture</source>
        <translation>Invoice copy</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/prepare.py" line="293"/>
        <source>Aucune copie n&apos;est jointe à cette facture. Joignez-la depuis la fiche client pour pouvoir l&apos;envoyer si le client ne l&apos;a pas reçue.</source>
        <translation>No copy is attached to this invoice. Attach it from the customer record so that you can send it if the customer has not received it.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../relance_desktop/views/pdf_preview.py" line="73"/>
        <source>Aperçu — {title}</source>
        <translation>Preview — {title}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/pdf_preview.py" line="97"/>
        <source>&amp;Enregistrer le PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/pdf_preview.py" line="100"/>
        <source>&amp;Ouvrir pour imprimer</source>
        <translation>&amp;Open to print</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/pdf_preview.py" line="103"/>
        <source>Envoyer par e-&amp;mail…</source>
        <translation>Send by &amp;email…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/pdf_preview.py" line="107"/>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/pdf_preview.py" line="125"/>
        <source>Enregistrer le PDF</source>
        <translation>Save PDF</translation>
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
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="96"/>
        <source>Nouveaux clients</source>
        <translation>New customers</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="96"/>
        <source>Clients reconnus</source>
        <translation>Recognised customers</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="97"/>
        <source>Nouvelles factures</source>
        <translation>New invoices</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="97"/>
        <source>Modifiées</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="97"/>
        <source>Inchangées</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="98"/>
        <source>Avoirs</source>
        <translation>Credit notes</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="81"/>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="98"/>
        <source>Problèmes</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="98"/>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="125"/>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="169"/>
        <source>Reste dû</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="117"/>
        <source>Résumé</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="119"/>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="124"/>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="169"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="119"/>
        <source>N° de compte</source>
        <translation>Account code</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="119"/>
        <source>Dans Relance</source>
        <translation>In Relance</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="122"/>
        <source>Clients</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="124"/>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="169"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="124"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="124"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="125"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="125"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="125"/>
        <source>Changements</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="129"/>
        <source>Factures</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="136"/>
        <source>Gravité</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="136"/>
        <source>Ligne / élément</source>
        <translation>Line / element</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="137"/>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="137"/>
        <source>Attendu</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="137"/>
        <source>Trouvé</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="162"/>
        <source>Ces factures sont ouvertes dans Relance mais absentes ou soldées dans cet export complet. Cochez celles qui ont bien été payées : elles seront marquées payées.</source>
        <translation>These invoices are open in Relance but missing or settled in this full export. Tick those that have actually been paid: they will be marked as paid.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="169"/>
        <source>Marquer payée</source>
        <translation>Mark as paid</translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="232"/>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="418"/>
        <source>%n nouveaux clients</source>
        <translation>
            <numerusform>%n new customer</numerusform>
            <numerusform>%n new customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="233"/>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="423"/>
        <source>%n nouvelles factures</source>
        <translation>
            <numerusform>%n new invoice</numerusform>
            <numerusform>%n new invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="234"/>
        <source>%n modifiées</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="235"/>
        <source>%n inchangées</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="236"/>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="427"/>
        <source>%n avoirs</source>
        <translation>
            <numerusform>%n credit note</numerusform>
            <numerusform>%n credit notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="237"/>
        <source>%n problèmes</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="239"/>
        <source>%n fichiers</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="268"/>
        <source>%n factures ouvertes dans Relance sont absentes ou soldées dans l&apos;export : cochez celles qui ont été payées (onglet « À marquer payées »).</source>
        <translation>
            <numerusform>%n invoice open in Relance is missing or settled in the export: tick it if it was paid (tab “To mark paid”).</numerusform>
            <numerusform>%n invoices open in Relance are missing or settled in the export: tick those that were paid (tab “To mark paid”).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="82"/>
        <source>À marquer payées</source>
        <translation>To mark as paid</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="181"/>
        <source>Vérifier avant d&apos;importer</source>
        <translation>Check before importing</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="192"/>
        <source>Lecture des fichiers…</source>
        <translation>Reading the files…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="243"/>
        <source>Reste dû selon les fichiers : &lt;b&gt;{amount}&lt;/b&gt;</source>
        <translation>Balance due according to the files: &lt;b&gt;{amount}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="263"/>
        <source>Déjà importé : {files}. Seules les différences avec l&apos;import précédent seraient appliquées.</source>
        <translation>Already imported: {files}. Only the differences from the previous import would be applied.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="273"/>
        <source>Les lignes en erreur seront ignorées ; les autres seront importées.</source>
        <translation>Lines with errors will be skipped; the others will be imported.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="276"/>
        <source>Rien à importer : aucune facture lisible dans ces fichiers (voir l&apos;onglet « Problèmes »).</source>
        <translation>Nothing to import: no readable invoice in these files (see the ‘Problems’ tab).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="281"/>
        <source>Rien à importer : les comptes clients de ces fichiers sont tous exclus ({accounts}). Revenez à l&apos;étape « Comptes à ne pas relancer » pour en importer.</source>
        <translation>Nothing to import: every customer account of these files is excluded ({accounts}). Go back to the ‘Accounts not to chase’ step to import some.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="286"/>
        <source>Rien à importer : ces fichiers ne contiennent aucun client ni aucune facture ouverte.</source>
        <translation>Nothing to import: these files hold no customer and no open invoice.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="289"/>
        <source>Rien à importer : tout est déjà à jour dans Relance.</source>
        <translation>Nothing to import: everything is already up to date in Relance.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="327"/>
        <source>nouveau client</source>
        <translation>new customer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="329"/>
        <source>nouveau (déjà dans un autre fichier de cet import)</source>
        <translation>new (already in another file of this import)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="331"/>
        <source>reconnu {how}</source>
        <translation>recognised {how}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="340"/>
        <source>nouvelle</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="340"/>
        <source>modifiée</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="341"/>
        <source>inchangée</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="346"/>
        <source>avoir déjà appliqué</source>
        <translation>credit note already applied</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="347"/>
        <source>avoir à appliquer</source>
        <translation>credit note to apply</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="363"/>
        <source>erreur</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="363"/>
        <source>attention</source>
        <translation>warning</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="366"/>
        <source>ligne {line}</source>
        <translation>line {line}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="373"/>
        <source>Choisissez un problème pour le lire en entier.</source>
        <translation>Select a problem to read it in full.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="306"/>
        <source>Clients ({count})</source>
        <translation>Customers ({count})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="308"/>
        <source>Factures ({count})</source>
        <translation>Invoices ({count})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="310"/>
        <source>Problèmes ({count})</source>
        <translation>Problems ({count})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="312"/>
        <source>À marquer payées ({count})</source>
        <translation>To mark as paid ({count})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="377"/>
        <source>… et %n autres problèmes.</source>
        <translation>
            <numerusform>… and %n other problem.</numerusform>
            <numerusform>… and %n other problems.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="393"/>
        <source>montant {old} → {new}</source>
        <translation>amount {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="396"/>
        <source>payé {old} → {new}</source>
        <translation>paid {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="399"/>
        <source>échéance {old} → {new}</source>
        <translation>due date {old} → {new}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="419"/>
        <source>%n clients déjà dans Relance</source>
        <translation>
            <numerusform>%n customer already in Relance</numerusform>
            <numerusform>%n customers already in Relance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="421"/>
        <source>%n clients d&apos;un autre fichier de cet import</source>
        <translation>
            <numerusform>%n customer from another file of this import</numerusform>
            <numerusform>%n customers from another file of this import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="424"/>
        <source>%n factures modifiées</source>
        <translation>
            <numerusform>%n invoice changed</numerusform>
            <numerusform>%n invoices changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="426"/>
        <source>%n factures inchangées</source>
        <translation>
            <numerusform>%n invoice unchanged</numerusform>
            <numerusform>%n invoices unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="428"/>
        <source>%n factures absentes de l&apos;export, à marquer payées si vous le confirmez</source>
        <translation>
            <numerusform>%n invoice missing from the export, to be marked paid if you confirm</numerusform>
            <numerusform>%n invoices missing from the export, to be marked paid if you confirm</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="439"/>
        <source>Ce fichier a déjà été importé : seules les différences seraient appliquées.</source>
        <translation>This file has already been imported: only the differences would be applied.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="442"/>
        <source>Profil : {name}</source>
        <translation>Profile: {name}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="413"/>
        <source>{count} {how}</source>
        <translation>{count} {how}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="448"/>
        <source>Reste dû : {amount}</source>
        <translation>Balance due: {amount}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="452"/>
        <source>Principaux clients</source>
        <translation>Customers with the largest balances</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="459"/>
        <source>Remarques du lecteur</source>
        <translation>Notes from reading the file</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="471"/>
        <source>payée</source>
        <translation>paid</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../relance_desktop/views/template_editor/preview.py" line="102"/>
        <source>Courrier</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/preview.py" line="103"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/preview.py" line="104"/>
        <source>Appel</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/preview.py" line="133"/>
        <source>Objet :</source>
        <translation>Subject:</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../relance_desktop/views/printing.py" line="35"/>
        <source>Imprimer — {title}</source>
        <translation>Print — {title}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/printing.py" line="45"/>
        <source>Enregistré au format PDF : {path}</source>
        <translation>Saved as PDF: {path}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/printing.py" line="48"/>
        <source>Envoyé à l&apos;imprimante « {printer} ».</source>
        <translation>Sent to the printer “{printer}”.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/printing.py" line="51"/>
        <source>Impossible d&apos;enregistrer {path} : {error}</source>
        <translation>Could not save {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/printing.py" line="53"/>
        <location filename="../../relance_desktop/views/printing.py" line="55"/>
        <source>Imprimer</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="53"/>
        <source>Taux d&apos;intérêt</source>
        <translation>Interest rates</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="62"/>
        <source>Semestre</source>
        <translation>Half-year</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="124"/>
        <source>Semestre (ex. 2026-S2)</source>
        <translation>Half-year (e.g. 2026-S2)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="140"/>
        <source>&amp;Ajouter</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="62"/>
        <source>Taux</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="62"/>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="63"/>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="63"/>
        <source>Source</source>
        <translation>Source</translation>
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
        <translation>Import a file</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="71"/>
        <source>Mise à jour en ligne</source>
        <translation>Online update</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="72"/>
        <source>Saisir un taux publié</source>
        <translation>Enter a published rate</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="73"/>
        <source>Lecture de la loi</source>
        <translation>Reading of the law</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="88"/>
        <source>Un fichier de taux au format de Relance (rates.json), reçu par exemple de votre expert-comptable. Chaque taux est vérifié (semestre, plage plausible, pas de chiffre contradictoire ni de trou) ; si un seul est refusé, rien n&apos;est enregistré.</source>
        <translation>A rates file in Relance&apos;s format (rates.json), received for example from your accountant. Each rate is checked (half-year, plausible range, no conflicting figure, no gap); if a single one is refused, nothing is saved.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="91"/>
        <source>&amp;Importer un fichier de taux…</source>
        <translation>&amp;Import a rates file…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="102"/>
        <source>Autoriser Relance à se connecter pour mettre à jour les taux (désactivé par défaut : Relance fonctionne hors ligne)</source>
        <translation>Allow Relance to connect to update the rates (off by default: Relance works offline)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="107"/>
        <source>https://… (fichier de taux publié)</source>
        <translation>https://… (published rates file)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="108"/>
        <source>Taux légaux et belge : adresse du fichier publié</source>
        <translation>Legal and Belgian rates: address of the published file</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="110"/>
        <source>Taux BCE</source>
        <translation>ECB rate</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="111"/>
        <source>portail de données de la BCE, série {key}</source>
        <translation>ECB data portal, series {key}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="112"/>
        <source>Mettre à jour en &amp;ligne</source>
        <translation>Update on&amp;line</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="131"/>
        <source>Taux publiés (%)</source>
        <translation>Published rates (%)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="134"/>
        <source>obligatoire : qui l&apos;a publié et où (ex. arrêté du 20/06/2026, JO du 25/06/2026)</source>
        <translation>required: who published it and where (e.g. arrêté of 20/06/2026, JO of 25/06/2026)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="135"/>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="139"/>
        <source>Corriger un taux ajouté auparavant pour ce semestre</source>
        <translation>Correct a rate added earlier for this half-year</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="154"/>
        <source>Chaque semestre à son propre taux (lecture de l&apos;art. L441-10, par défaut)</source>
        <translation>Each half-year at its own rate (reading of art. L441-10, default)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="156"/>
        <source>Le taux du semestre de l&apos;échéance pour tout le retard</source>
        <translation>The rate of the due date&apos;s half-year for the whole delay</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="161"/>
        <source>365 jours, même les années bissextiles (usage, par défaut)</source>
        <translation>365 days, even in leap years (customary, default)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="163"/>
        <source>366 jours pour les jours d&apos;une année bissextile</source>
        <translation>366 days for the days in a leap year</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="167"/>
        <source>1 an après la fin de l&apos;année de la vente (prudent, par défaut)</source>
        <translation>1 year after the end of the year of sale (cautious, default)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="169"/>
        <source>10 ans (droit commun)</source>
        <translation>10 years (general law)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="172"/>
        <source>Retard sur plusieurs semestres</source>
        <translation>Delay spanning several half-years</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="173"/>
        <source>Base de calcul des jours</source>
        <translation>Day-count basis</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="174"/>
        <source>Prescription, consommateur belge</source>
        <translation>Limitation period, Belgian consumer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="189"/>
        <source>Dernier semestre publié dans Relance (toutes les séries) : {half_year}, taux connus jusqu&apos;au {day}.</source>
        <translation>Last half-year published in Relance (all series): {half_year}, rates known until {day}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="193"/>
        <source>Aucun semestre commencé ne manque.</source>
        <translation>No half-year that has begun is missing.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="200"/>
        <source>Table livrée avec Relance</source>
        <translation>Table shipped with Relance</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="216"/>
        <source>(provisoire)</source>
        <translation>(provisional)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/rates.py" line="233"/>
        <source>%n taux ajoutés : {list}.</source>
        <translation>
            <numerusform>%n rate added: {list}.</numerusform>
            <numerusform>%n rates added: {list}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/rates.py" line="236"/>
        <source>%n taux déjà connus, inchangés.</source>
        <translation>
            <numerusform>%n rate already known, unchanged.</numerusform>
            <numerusform>%n rates already known, unchanged.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="239"/>
        <source>Rien de nouveau.</source>
        <translation>Nothing new.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="251"/>
        <source>Fichier de taux</source>
        <translation>Rates file</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="252"/>
        <source>Taux (*.json);;Tous les fichiers (*)</source>
        <translation>Rates (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="267"/>
        <source>Connexion…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="283"/>
        <source>« {value} » : écrivez le semestre comme 2026-S2.</source>
        <translation>‘{value}’: write the half-year as 2026-S2.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="296"/>
        <source>« {value} » n&apos;est pas un taux en %.</source>
        <translation>‘{value}’ is not a rate in %.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates.py" line="302"/>
        <source>Indiquez au moins un taux pour ce semestre.</source>
        <translation>Enter at least one rate for this half-year.</translation>
    </message>
</context>
<context>
    <name>RatesNotice</name>
    <message>
        <location filename="../../relance_desktop/views/rates_notice.py" line="57"/>
        <source>Mettre à jour les taux…</source>
        <translation>Update the rates…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates_notice.py" line="64"/>
        <source>Masquer jusqu&apos;au prochain démarrage</source>
        <translation>Hide until the next start</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates_notice.py" line="96"/>
        <location filename="../../relance_desktop/views/rates_notice.py" line="109"/>
        <source>Taux non publiés dans Relance : semestre {half_years}.</source>
        <translation>Rates not published in Relance: half-year {half_years}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates_notice.py" line="99"/>
        <source>Manquent : {rates}. Les intérêts de ces jours ne sont pas chiffrés tant que les taux publiés ne sont pas ajoutés ; Relance ne les devine pas.</source>
        <translation>Missing: {rates}. Interest for these days is not computed until the published rates are added; Relance does not guess them.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates_notice.py" line="112"/>
        <source>Relance ne devine pas un taux : les intérêts de ces jours ne sont pas chiffrés tant que le taux publié n&apos;est pas ajouté (le principal et l&apos;indemnité forfaitaire restent dus).</source>
        <translation>Relance does not guess a rate: interest for these days is not computed until the published rate is added (the principal and the fixed indemnity remain due).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates_notice.py" line="129"/>
        <source>Dernier semestre complet : {half_year} (taux connus jusqu&apos;au {day}).</source>
        <translation>Last complete half-year: {half_year} (rates known until {day}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates_notice.py" line="132"/>
        <source>À compléter par un fichier de taux reçu, la mise à jour en ligne ou la saisie du taux avec sa source.</source>
        <translation>Complete it with a rates file you received, the online update, or by entering the rate with its source.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/rates_notice.py" line="135"/>
        <source>Trois façons de mettre la table à jour : importer le fichier de taux reçu (par exemple de votre expert-comptable), la mise à jour en ligne si vous l&apos;autorisez, ou saisir le taux publié avec sa source.</source>
        <translation>Three ways to update the table: import the rates file you received (for example from your accountant), the online update if you allow it, or enter the published rate with its source.</translation>
    </message>
</context>
<context>
    <name>ReceivablesModel</name>
    <message>
        <location filename="../../relance_desktop/views/invoice_cells.py" line="43"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/invoice_cells.py" line="44"/>
        <source>N° facture</source>
        <translation>Invoice no.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/invoice_cells.py" line="45"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/invoice_cells.py" line="46"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/invoice_cells.py" line="47"/>
        <source>Retard (j)</source>
        <translation>Days late</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/invoice_cells.py" line="48"/>
        <source>Montant TTC</source>
        <translation>Amount incl. VAT</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/invoice_cells.py" line="49"/>
        <source>Reste dû</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/invoice_cells.py" line="50"/>
        <source>Dernière action</source>
        <translation>Last action</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/invoice_cells.py" line="51"/>
        <source>Prochaine étape</source>
        <translation>Next step</translation>
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
        <translation>Import complete</translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="133"/>
        <source>%n clients créés</source>
        <translation>
            <numerusform>%n customer created</numerusform>
            <numerusform>%n customers created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="135"/>
        <source>%n factures créées</source>
        <translation>
            <numerusform>%n invoice created</numerusform>
            <numerusform>%n invoices created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="137"/>
        <source>%n factures mises à jour</source>
        <translation>
            <numerusform>%n invoice updated</numerusform>
            <numerusform>%n invoices updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="139"/>
        <source>%n avoirs appliqués</source>
        <translation>
            <numerusform>%n credit note applied</numerusform>
            <numerusform>%n credit notes applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="140"/>
        <source>%n factures marquées payées</source>
        <translation>
            <numerusform>%n invoice marked paid</numerusform>
            <numerusform>%n invoices marked paid</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="144"/>
        <source>Les factures ont été importées.</source>
        <translation>The invoices have been imported.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="146"/>
        <source>La liste des factures en retard est à jour. Un prochain import du même logiciel mettra à jour ces factures, sans doublon.</source>
        <translation>The list of overdue invoices is up to date. A later import from the same software will update these invoices, without duplicates.</translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="115"/>
        <source>Scénarios de relance</source>
        <translation>Dunning scenarios</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="121"/>
        <source>Scénario :</source>
        <translation>Scenario:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="126"/>
        <source>Nom :</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="167"/>
        <source>&amp;Ajouter une étape</source>
        <translation>&amp;Add a step</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="168"/>
        <source>&amp;Supprimer l&apos;étape</source>
        <translation>&amp;Delete the step</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="169"/>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="170"/>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="132"/>
        <source>Étapes</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="183"/>
        <source>La première règle qui convient donne le scénario ; sinon, le scénario par défaut. Types : business, sole_trader, consumer, public_body ; comportements : new, punctual, loyal_late_once, occasional, chronic, disputing.</source>
        <translation>The first matching rule gives the scenario; otherwise, the default scenario. Kinds: business, sole_trader, consumer, public_body; behaviours: new, punctual, loyal_late_once, occasional, chronic, disputing.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="192"/>
        <source>Ajouter une règle</source>
        <translation>Add a rule</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="194"/>
        <source>Supprimer la règle</source>
        <translation>Delete the rule</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="198"/>
        <source>Par défaut :</source>
        <translation>Default:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="133"/>
        <source>Règles d&apos;attribution</source>
        <translation>Assignment rules</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="144"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="145"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="255"/>
        <source>Étape {n} : seul un e-mail de rappel courtois peut partir automatiquement.</source>
        <translation>Step {n}: only a courtesy reminder e-mail can go out automatically.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="258"/>
        <source>Étape {n} : une répétition demande un nombre de jours et un nombre de fois.</source>
        <translation>Step {n}: a repeat needs a number of days and a number of times.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="261"/>
        <source>Étape {n} : le remerciement, et lui seul, compte à partir du paiement.</source>
        <translation>Step {n}: the thanks, and only the thanks, counts from the payment.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="273"/>
        <source>Un scénario a au moins une étape.</source>
        <translation>A scenario has at least one step.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="275"/>
        <source>Un seul remerciement par scénario.</source>
        <translation>Only one thanks per scenario.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="340"/>
        <source>Règle {n} : « {value} » n&apos;est pas un montant en euros entiers.</source>
        <translation>Rule {n}: “{value}” is not an amount in whole euros.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="345"/>
        <source>Règle {n} : comportement inconnu « {value} ».</source>
        <translation>Rule {n}: unknown behaviour “{value}”.</translation>
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
        <translation>Offset (d)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="44"/>
        <source>À partir de</source>
        <translation>Counted from</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="45"/>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="46"/>
        <source>Type de lettre</source>
        <translation>Letter kind</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="47"/>
        <source>Montant min. (€)</source>
        <translation>Min. amount (€)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="48"/>
        <source>Automatique</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="49"/>
        <source>Répéter tous les (j)</source>
        <translation>Repeat every (d)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="50"/>
        <source>Au plus (fois)</source>
        <translation>At most (times)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="51"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="55"/>
        <source>Types de clients</source>
        <translation>Customer kinds</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="56"/>
        <source>Pays</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="57"/>
        <source>Étiquettes</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="58"/>
        <source>Dû à partir de (€)</source>
        <translation>Owed from (€)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="59"/>
        <source>Dû sous (€)</source>
        <translation>Owed below (€)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="60"/>
        <source>Comportements</source>
        <translation>Behaviours</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="66"/>
        <source>l&apos;échéance</source>
        <translation>the due date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="67"/>
        <source>l&apos;étape précédente</source>
        <translation>the previous step</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/scenario_editor.py" line="68"/>
        <source>le paiement</source>
        <translation>the payment</translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/scenario_editor.py" line="365"/>
        <source>%n clients changent d&apos;étape aujourd&apos;hui avec ce scénario et ces règles.</source>
        <translation>
            <numerusform>%n customer changes step today with this scenario and these rules.</numerusform>
            <numerusform>%n customers change step today with this scenario and these rules.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relance_desktop/views/scenario_editor.py" line="377"/>
        <source>%n clients changent d&apos;étape aujourd&apos;hui. Enregistrer ?</source>
        <translation>
            <numerusform>%n customer changes step today. Save?</numerusform>
            <numerusform>%n customers change step today. Save?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScriptSteps</name>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/script_steps.py" line="94"/>
        <source>Ce que répond le client</source>
        <translation>What the customer says</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/script_steps.py" line="115"/>
        <source>À relire au client</source>
        <translation>To read back to the customer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/script_steps.py" line="121"/>
        <source>Co&amp;pier le récapitulatif</source>
        <translation>Co&amp;py the recap</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/script_steps.py" line="124"/>
        <source>Confirmer par &amp;écrit…</source>
        <translation>Confirm in &amp;writing…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/script_steps.py" line="127"/>
        <source>Prépare le courrier ou l&apos;e-mail de confirmation ; le récapitulatif est aussi copié dans le presse-papiers.</source>
        <translation>Prepares the confirmation letter or e-mail; the recap is also copied to the clipboard.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/script_steps.py" line="136"/>
        <source>Compte rendu</source>
        <translation>Call report</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/script_steps.py" line="140"/>
        <source>— choisir —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/script_steps.py" line="144"/>
        <source>&amp;Résultat :</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/script_steps.py" line="150"/>
        <source>No&amp;uveau…</source>
        <translation>Ne&amp;w…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/script_steps.py" line="153"/>
        <source>&amp;Personne jointe :</source>
        <translation>&amp;Person reached:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/script_steps.py" line="158"/>
        <source>— aucun / non dit —</source>
        <translation>— none / not stated —</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/script_steps.py" line="164"/>
        <source>&amp;Motif du retard :</source>
        <translation>&amp;Reason for late payment:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/script_steps.py" line="170"/>
        <source>&amp;Terminer l&apos;appel (Ctrl+Entrée)</source>
        <translation>&amp;Finish the call (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/script_steps.py" line="174"/>
        <source>A&amp;bandonner ce brouillon</source>
        <translation>Disc&amp;ard this draft</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/script_steps.py" line="236"/>
        <source>Appel avec {customer} enregistré : {what}{agreed}</source>
        <translation>Call with {customer} saved: {what}{agreed}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/script_steps.py" line="284"/>
        <source>Laissez parler le client, reformulez, puis choisissez ce qu&apos;il répond.</source>
        <translation>Let the customer talk, rephrase, then choose what they answer.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/script_steps.py" line="300"/>
        <source>— personne non précisée —</source>
        <translation>— not specified —</translation>
    </message>
</context>
<context>
    <name>SectionBox</name>
    <message>
        <location filename="../../relance_desktop/views/template_editor/document.py" line="134"/>
        <source>Texte d&apos;origine</source>
        <translation>Original text</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/document.py" line="135"/>
        <source>Revenir au texte livré avec Relance</source>
        <translation>Go back to the text supplied with Relance</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../relance_desktop/views/help.py" line="89"/>
        <source>Raccourcis clavier</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/help.py" line="94"/>
        <source>Commande</source>
        <translation>Command</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/help.py" line="94"/>
        <source>Touches</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>SmtpSettingsDialog</name>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="39"/>
        <source>Paramètres d&apos;envoi des e-mails</source>
        <translation>Email sending settings</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="44"/>
        <source>smtp.example.fr</source>
        <translation>smtp.example.fr</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="46"/>
        <source>SSL (port 465)</source>
        <translation>SSL (port 465)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="47"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="48"/>
        <source>Aucune (déconseillé)</source>
        <translation>None (not recommended)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="56"/>
        <source>souvent votre adresse e-mail</source>
        <translation>often your email address</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="61"/>
        <source>Oublier le mot de passe</source>
        <translation>Forget the password</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="63"/>
        <source>relances@votre-societe.fr</source>
        <translation>accounts@your-company.com</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="65"/>
        <source>Tester la connexion</source>
        <translation>Test the connection</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="76"/>
        <source>Serveur d&apos;envoi (SMTP) :</source>
        <translation>Outgoing mail server (SMTP):</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="77"/>
        <source>Sécurité :</source>
        <translation>Security:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="78"/>
        <source>Port :</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="79"/>
        <source>Identifiant :</source>
        <translation>Username:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="80"/>
        <source>Mot de passe :</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="85"/>
        <source>Adresse de l&apos;expéditeur :</source>
        <translation>Sender address:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="86"/>
        <source>Nom de l&apos;expéditeur :</source>
        <translation>Sender name:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="92"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="93"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="138"/>
        <source>Aucun trousseau de mots de passe n&apos;est disponible sur cet ordinateur : le mot de passe sera demandé à chaque envoi (il n&apos;est jamais enregistré en clair).</source>
        <translation>No password keyring is available on this computer: the password will be asked for every time you send (it is never stored in plain text).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="141"/>
        <source>demandé à chaque envoi</source>
        <translation>asked for every time you send</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="146"/>
        <source>Mot de passe enregistré dans le trousseau.</source>
        <translation>Password saved in the keyring.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="147"/>
        <source>Aucun mot de passe enregistré : tapez-le pour le garder dans le trousseau du système.</source>
        <translation>No password saved: type it to keep it in the system keyring.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="150"/>
        <source>laisser vide pour garder celui du trousseau</source>
        <translation>leave blank to keep the one in the keyring</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="181"/>
        <source>Connexion réussie à {server}.</source>
        <translation>Connected to {server} successfully.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/smtp_settings.py" line="202"/>
        <source>Indiquez l&apos;identifiant qui va avec ce mot de passe.</source>
        <translation>Enter the username that goes with this password.</translation>
    </message>
</context>
<context>
    <name>StopDialog</name>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="55"/>
        <source>Arrêter les relances</source>
        <translation>Stop the reminders</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="58"/>
        <source>ex. : litige en cours de règlement amiable</source>
        <translation>e.g.: dispute being settled amicably</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="59"/>
        <source>Raison :</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_timeline.py" line="60"/>
        <source>Reprendre après le</source>
        <translation>Resume after</translation>
    </message>
</context>
<context>
    <name>TeamMoveDialog</name>
    <message>
        <location filename="../../relance_desktop/views/team_move_dialog.py" line="44"/>
        <source>Déplacer une société</source>
        <translation>Move a company</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_move_dialog.py" line="46"/>
        <source>D&apos;un fichier vers un serveur d&apos;équipe</source>
        <translation>From a file to a team server</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_move_dialog.py" line="47"/>
        <source>D&apos;un serveur d&apos;équipe vers un nouveau fichier</source>
        <translation>From a team server to a new file</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_move_dialog.py" line="49"/>
        <source>&amp;Parcourir…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_move_dialog.py" line="68"/>
        <source>&amp;Sens :</source>
        <translation>&amp;Direction:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_move_dialog.py" line="69"/>
        <source>&amp;Fichier de société :</source>
        <translation>Company &amp;file:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_move_dialog.py" line="72"/>
        <source>&amp;Serveur :</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_move_dialog.py" line="73"/>
        <source>P&amp;ort :</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_move_dialog.py" line="74"/>
        <source>&amp;Base de données (vide) :</source>
        <translation>&amp;Database (empty):</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_move_dialog.py" line="75"/>
        <source>&amp;Utilisateur :</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_move_dialog.py" line="76"/>
        <source>&amp;Mot de passe :</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_move_dialog.py" line="78"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_move_dialog.py" line="79"/>
        <source>&amp;Copier et vérifier</source>
        <translation>&amp;Copy and verify</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_move_dialog.py" line="96"/>
        <source>Fichier de société</source>
        <translation>Company file</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_move_dialog.py" line="97"/>
        <location filename="../../relance_desktop/views/team_move_dialog.py" line="100"/>
        <source>Sociétés Relance (*.relance)</source>
        <translation>Relance companies (*.relance)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_move_dialog.py" line="99"/>
        <source>Nouveau fichier de société</source>
        <translation>New company file</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_move_dialog.py" line="107"/>
        <source>Indiquez le fichier, le serveur, la base de données et l&apos;utilisateur.</source>
        <translation>Enter the file, the server, the database and the user.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_move_dialog.py" line="131"/>
        <source>Copie vérifiée : {rows} lignes dans {tables} tables (clients : {customers} ; factures et avoirs : {documents}). Chaque nombre et chaque solde est identique à l&apos;original ; total dû : {owed}.</source>
        <translation>Copy verified: {rows} rows in {tables} tables (customers: {customers}; invoices and credit notes: {documents}). Every count and every balance is identical to the original; total owed: {owed}.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../relance_desktop/views/template_editor/editor.py" line="246"/>
        <source>Textes des appels</source>
        <translation>Call texts</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/editor.py" line="123"/>
        <source>&amp;Langue des textes :</source>
        <translation>Text &amp;language:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/editor.py" line="145"/>
        <source>&amp;Documents :</source>
        <translation>&amp;Documents:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/editor.py" line="194"/>
        <source>Aperçu avec des données d&apos;exemple</source>
        <translation>Preview with sample data</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/editor.py" line="199"/>
        <source>Client entreprise</source>
        <translation>Business customer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/editor.py" line="200"/>
        <source>Client particulier en France</source>
        <translation>Private customer in France</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/editor.py" line="201"/>
        <source>Client particulier en Belgique</source>
        <translation>Private customer in Belgium</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/editor.py" line="202"/>
        <source>Le client de l&apos;exemple : le texte et la loi qui s&apos;appliquent dépendent de lui</source>
        <translation>The sample customer: the text and the law that apply depend on them</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/editor.py" line="243"/>
        <source>Textes des courriers et e-mails</source>
        <translation>Letter and email texts</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/editor.py" line="244"/>
        <source>Le client reçoit le texte de sa langue. ✎ = modifié.</source>
        <translation>The customer receives the text in their own language. ✎ = edited.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/editor.py" line="247"/>
        <source>Le client entend le texte de sa langue. ✎ = modifié.</source>
        <translation>The customer hears the text in their own language. ✎ = edited.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/editor.py" line="398"/>
        <source>{title} : {problem}</source>
        <translation>{title}: {problem}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/editor.py" line="507"/>
        <source>« {page} » a des modifications non enregistrées. Les enregistrer ?</source>
        <translation>‘{page}’ has unsaved changes. Save them?</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/editor.py" line="59"/>
        <source>Appels</source>
        <translation>Calls</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/editor.py" line="60"/>
        <source>Courriers et e-mails</source>
        <translation>Letters and emails</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="247"/>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="248"/>
        <source>Conseils</source>
        <translation>Advice</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="249"/>
        <source>Objection</source>
        <translation>Objection</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="250"/>
        <source>Récapitulatif</source>
        <translation>Recap</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="251"/>
        <source>Mot</source>
        <translation>Word</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="252"/>
        <source>Moyen de paiement</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="253"/>
        <source>Périodicité</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="254"/>
        <source>entreprise</source>
        <translation>business</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="255"/>
        <source>indépendant</source>
        <translation>sole trader</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="256"/>
        <source>particulier</source>
        <translation>private individual</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="257"/>
        <source>bon payeur</source>
        <translation>good payer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="258"/>
        <source>retards fréquents</source>
        <translation>often late</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="259"/>
        <source>habituel</source>
        <translation>usual</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="260"/>
        <source>introduction</source>
        <translation>introduction</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="261"/>
        <source>Phrase</source>
        <translation>Sentence</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="262"/>
        <source>total des factures</source>
        <translation>invoice total</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="263"/>
        <source>une seule facture</source>
        <translation>one invoice</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="264"/>
        <source>plusieurs factures</source>
        <translation>several invoices</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="265"/>
        <source>après une promesse non tenue</source>
        <translation>after a broken promise</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="266"/>
        <source>retard ancien après plusieurs appels</source>
        <translation>long overdue after several calls</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="267"/>
        <source>après un courrier</source>
        <translation>after a letter</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="268"/>
        <source>après un premier appel</source>
        <translation>after an earlier call</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="271"/>
        <source>promesse</source>
        <translation>promise to pay</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="269"/>
        <source>échéancier</source>
        <translation>payment plan</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="272"/>
        <source>rappel</source>
        <translation>call-back</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="270"/>
        <source>litige</source>
        <translation>dispute</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="55"/>
        <source>Avis avant l&apos;échéance</source>
        <translation>Notice before the due date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="56"/>
        <source>Premier rappel</source>
        <translation>First reminder</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="57"/>
        <source>Deuxième rappel</source>
        <translation>Second reminder</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="58"/>
        <source>Mise en demeure</source>
        <translation>Formal notice</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="59"/>
        <source>Confirmation d&apos;un accord</source>
        <translation>Confirmation of an agreement</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="60"/>
        <source>Échéancier</source>
        <translation>Payment plan</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="61"/>
        <source>Remerciement</source>
        <translation>Thank-you letter</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="62"/>
        <source>Relevé de compte</source>
        <translation>Statement of account</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="63"/>
        <source>Dossier de recouvrement</source>
        <translation>Debt collection file</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="64"/>
        <source>E-mail : copie de facture</source>
        <translation>E-mail: copy of an invoice</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="65"/>
        <source>E-mail : récapitulatif d&apos;un appel</source>
        <translation>E-mail: summary of a call</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="67"/>
        <source>Libellés imprimés sur les documents</source>
        <translation>Labels printed on the documents</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="68"/>
        <source>Le courrier</source>
        <translation>The letter</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="69"/>
        <source>L&apos;e-mail qui accompagne le courrier</source>
        <translation>The e-mail sent with the letter</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="70"/>
        <source>L&apos;e-mail</source>
        <translation>The e-mail</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="72"/>
        <source>Objet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="73"/>
        <source>Formule d&apos;appel</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="74"/>
        <source>Texte avant le tableau</source>
        <translation>Text before the table</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="75"/>
        <source>Texte après les montants</source>
        <translation>Text after the amounts</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="76"/>
        <source>Formule de politesse</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="77"/>
        <source>Objet de l&apos;e-mail</source>
        <translation>E-mail subject</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="78"/>
        <source>Texte de l&apos;e-mail</source>
        <translation>E-mail text</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="81"/>
        <source>Seulement pour un particulier : remplace le texte général</source>
        <translation>Only for a private customer: replaces the general text</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="83"/>
        <source>Seulement pour un particulier, en droit belge : remplace le texte général</source>
        <translation>Only for a private customer, under Belgian law: replaces the general text</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="86"/>
        <source>Seulement pour une entreprise, en droit belge : remplace le texte général</source>
        <translation>Only for a business, under Belgian law: replaces the general text</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="91"/>
        <source>Le dossier : le client, ses factures, paiements, appels, courriers, promesses et litiges (rempli par Relance)</source>
        <translation>The file: the customer, its invoices, payments, calls, letters, promises and disputes (filled in by Relance)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="94"/>
        <source>Le tableau des échéances (rempli par Relance)</source>
        <translation>The table of instalments (filled in by Relance)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="96"/>
        <source>Les factures échues, puis celles à échoir (rempli par Relance)</source>
        <translation>The invoices due, then those not yet due (filled in by Relance)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="98"/>
        <source>Le tableau des factures (rempli par Relance)</source>
        <translation>The table of invoices (filled in by Relance)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="100"/>
        <source>Le détail des sommes réclamées : intérêts de retard et indemnité, quand la loi les permet (rempli par Relance)</source>
        <translation>The detail of the sums claimed: late interest and compensation, where the law allows them (filled in by Relance)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="103"/>
        <source>Comment payer : IBAN, BIC, référence, montant et QR code (rempli par Relance)</source>
        <translation>How to pay: IBAN, BIC, reference, amount and QR code (filled in by Relance)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="106"/>
        <source>La signature : votre nom et votre société, ou la signature des réglages des courriers</source>
        <translation>The signature: your name and your company, or the signature set in the letter settings</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="110"/>
        <source>Appel, étape {number} : {name}</source>
        <translation>Call, step {number}: {name}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="111"/>
        <source>Réponses aux objections</source>
        <translation>Answers to objections</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="112"/>
        <source>Récapitulatif lu au client</source>
        <translation>Summary read to the customer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="113"/>
        <source>Mots et tournures repris dans les phrases</source>
        <translation>Words and phrases used inside sentences</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="114"/>
        <source>Conseils à l&apos;appelant (lui seul les voit)</source>
        <translation>Advice to the caller (only they see it)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="115"/>
        <source>Script : texte général</source>
        <translation>Script: general text</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="116"/>
        <source>Script : variante</source>
        <translation>Script: variant</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="117"/>
        <source>Seulement {situation} : passe avant les autres textes de l&apos;étape</source>
        <translation>Only {situation}: comes before the step&apos;s other texts</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="119"/>
        <source>Seulement pour : {who} (remplace le texte général)</source>
        <translation>Only for: {who} (replaces the general text)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="121"/>
        <source>Lu quand c&apos;est convenu pendant l&apos;appel</source>
        <translation>Read when it is agreed during the call</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="273"/>
        <source>paiement annoncé</source>
        <translation>claimed payment</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="274"/>
        <source>copie envoyée</source>
        <translation>copy sent</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="275"/>
        <source>nouvel interlocuteur</source>
        <translation>new contact person</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="276"/>
        <source>confirmation écrite</source>
        <translation>written confirmation</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="277"/>
        <source>rien de convenu</source>
        <translation>nothing agreed</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="278"/>
        <source>aujourd&apos;hui</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="279"/>
        <source>demain</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="280"/>
        <source>et</source>
        <translation>and</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="281"/>
        <source>produit par défaut</source>
        <translation>default product</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/pages.py" line="282"/>
        <source>valeur inconnue</source>
        <translation>unknown value</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/editor.py" line="114"/>
        <source>&amp;Textes de :</source>
        <translation>&amp;Texts for:</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/editor.py" line="178"/>
        <source>&amp;Enregistrer (Ctrl+S)</source>
        <translation>&amp;Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/template_editor/editor.py" line="183"/>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
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
        <translation>The text of this e-mail cannot be filled in: {problem} Correct it in Tools › Call and letter texts.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/writing.py" line="57"/>
        <source>Copie de la facture</source>
        <translation>Invoice copy</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/writing.py" line="58"/>
        <source>Aucune copie n&apos;est jointe à ces factures : joignez le PDF depuis la fiche client, puis recommencez.</source>
        <translation>No copy is attached to these invoices: attach the PDF from the customer record, then try again.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/writing.py" line="72"/>
        <source>(adresse à demander)</source>
        <translation>(address to be asked for)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/writing.py" line="103"/>
        <source>Récapitulatif copié dans le presse-papiers.</source>
        <translation>Recap copied to the clipboard.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/writing.py" line="125"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/writing.py" line="134"/>
        <source>échoit aujourd&apos;hui</source>
        <translation>due today</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/writing.py" line="135"/>
        <source>échoit dans {days} j</source>
        <translation>due in {days} d</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/call_sheet/writing.py" line="143"/>
        <source>Fiche d&apos;appel — {name}</source>
        <translation>Call sheet — {name}</translation>
    </message>
</context>
<context>
    <name>calls</name>
    <message>
        <location filename="../../relance_desktop/domain/calls/guards.py" line="64"/>
        <source>Ce client a demandé à être contacté uniquement par écrit : ne l&apos;appelez pas, envoyez-lui un courrier ou un e-mail.</source>
        <translation>This customer has asked to be contacted in writing only: do not call them; send them a letter or an email.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/guards.py" line="69"/>
        <source>Il est {time} : en Belgique, les appels de recouvrement sont interdits entre 22:00 et 08:00. Rappelez à partir de 08:00.</source>
        <translation>It is {time}: in Belgium, debt collection calls are prohibited between 22:00 and 08:00. Call back from 08:00.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/guards.py" line="74"/>
        <source>Il est {time}, en dehors des heures d&apos;appel prévues ({hours}).</source>
        <translation>It is {time}, outside the set calling hours ({hours}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/guards.py" line="77"/>
        <source>Il est {time}, en dehors des heures où le client préfère être appelé ({hours}).</source>
        <translation>It is {time}, outside the hours when the customer prefers to be called ({hours}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/guards.py" line="80"/>
        <source>Nous sommes {day} : évitez d&apos;appeler un client le week-end.</source>
        <translation>It is {day}: avoid calling customers at the weekend.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/guards.py" line="83"/>
        <source>Aujourd&apos;hui est un jour férié dans le pays du client ({holiday}).</source>
        <translation>Today is a public holiday in the customer&apos;s country ({holiday}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/guards.py" line="86"/>
        <source>Déjà appelé aujourd&apos;hui à {time} par {who} (appels aujourd&apos;hui : {count} ; au plus {limit} par jour).</source>
        <translation>Already called today at {time} by {who} (calls today: {count}; at most {limit} a day).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/guards.py" line="91"/>
        <source>Appels ces 7 derniers jours : déjà {count} (au plus {limit}) ; le dernier le {day} à {time} par {who}.</source>
        <translation>Calls in the last 7 days: {count} already (at most {limit}); the last one on {day} at {time} by {who}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/guards.py" line="96"/>
        <source>Appels ces 30 derniers jours : déjà {count} (au plus {limit}) ; le dernier le {day} à {time} par {who}.</source>
        <translation>Calls in the last 30 days: {count} already (at most {limit}); the last one on {day} at {time} by {who}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/guards.py" line="101"/>
        <source>Le client a refusé l&apos;appel le {day} ({who}) : pas de nouvel appel conseillé avant le {until}.</source>
        <translation>The customer refused the call on {day} ({who}): no new call advised before {until}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/guards.py" line="106"/>
        <source>un utilisateur non renseigné</source>
        <translation>an unnamed user</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="107"/>
        <source>Heures d&apos;appel « {text} » non comprises : « {word} » n&apos;est ni un jour ni une heure. Écrivez par exemple « {example} ».</source>
        <translation>Call times ‘{text}’ not understood: ‘{word}’ is neither a day nor a time. Write, for example, ‘{example}’.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="112"/>
        <source>Heures d&apos;appel « {text} » non comprises : « {value} » n&apos;est pas une heure valide. Écrivez par exemple « {example} ».</source>
        <translation>Call times ‘{text}’ not understood: ‘{value}’ is not a valid time. Write, for example, ‘{example}’.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="117"/>
        <source>Heures d&apos;appel « {text} » : la plage {start}–{end} finit avant de commencer. Écrivez par exemple « {example} ».</source>
        <translation>Call times ‘{text}’: the range {start}–{end} ends before it starts. Write, for example, ‘{example}’.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="122"/>
        <source>Heures d&apos;appel « {text} » : indiquez aussi les heures, pas seulement les jours. Écrivez par exemple « {example} ».</source>
        <translation>Call times ‘{text}’: give the times as well, not just the days. Write, for example, ‘{example}’.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="127"/>
        <source>Heures d&apos;appel « {text} » non comprises : chaque plage a un début et une fin. Écrivez par exemple « {example} ».</source>
        <translation>Call times ‘{text}’ not understood: each range has a start and an end. Write, for example, ‘{example}’.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="332"/>
        <source>lundi</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="333"/>
        <source>mardi</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="334"/>
        <source>mercredi</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="335"/>
        <source>jeudi</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="336"/>
        <source>vendredi</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="337"/>
        <source>samedi</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="338"/>
        <source>dimanche</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="356"/>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="414"/>
        <source>tous les jours</source>
        <translation>every day</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="358"/>
        <source>du {first} au {last}</source>
        <translation>{first} to {last}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="362"/>
        <source>le {day}</source>
        <translation>on {day}</translation>
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
        <translation>on {first} and {last}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="371"/>
        <source>sans préférence</source>
        <translation>no preference</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="378"/>
        <source>de {start} à {end}</source>
        <translation>from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="382"/>
        <source>{first} et {rest}</source>
        <translation>{first} and {rest}</translation>
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
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="390"/>
        <source>mar</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="391"/>
        <source>mer</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="392"/>
        <source>jeu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="393"/>
        <source>ven</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="394"/>
        <source>sam</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="395"/>
        <source>dim</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/hours.py" line="397"/>
        <source>{first}–{last}</source>
        <translation>{first}–{last}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/objective.py" line="40"/>
        <source>Convenir avec le client des étapes qui règlent le litige sur {amount}, avec une date pour chacune</source>
        <translation>Agree with the customer on the steps that will settle the dispute over {amount}, with a date for each</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/objective.py" line="45"/>
        <source>Obtenir le paiement des {amount} aujourd&apos;hui ou demain</source>
        <translation>Get the {amount} paid today or tomorrow</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/objective.py" line="46"/>
        <source>Obtenir un engagement court et précis : les {amount} payés à une date ferme, dans les 7 jours</source>
        <translation>Get a short, precise commitment: the {amount} paid on a firm date within 7 days</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/objective.py" line="51"/>
        <source>Obtenir un engagement court et précis : un premier versement à une date ferme dans les 7 jours, sur les {amount} dus</source>
        <translation>Get a short, precise commitment: a first payment on a firm date within 7 days, out of the {amount} due</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/objective.py" line="56"/>
        <source>Obtenir une date ferme pour les {amount}, ou à défaut un échéancier daté</source>
        <translation>Get a firm date for the {amount} or, failing that, a dated payment plan</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/objective.py" line="60"/>
        <source>Comprendre ce qui bloque le paiement des {amount}, puis obtenir une date</source>
        <translation>Understand what is holding up payment of the {amount}, then get a date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/objective.py" line="63"/>
        <source>Obtenir une date ferme pour le paiement des {amount}, dans les 15 jours au plus</source>
        <translation>Get a firm date for payment of the {amount}, within 15 days at most</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/plans.py" line="37"/>
        <source>À ce montant, il faudrait {count} échéances (au plus {limit}) : demandez au client un montant plus élevé.</source>
        <translation>At this amount it would take {count} instalments (at most {limit}): ask the customer for a higher amount.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/plans.py" line="42"/>
        <source>Le montant à échelonner doit être positif.</source>
        <translation>The amount to spread must be positive.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/plans.py" line="43"/>
        <source>Le montant par échéance doit être positif.</source>
        <translation>The amount per instalment must be positive.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/plans.py" line="45"/>
        <source>Le nombre d&apos;échéances doit être compris entre 1 et {limit}.</source>
        <translation>The number of instalments must be between 1 and {limit}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/plans.py" line="47"/>
        <source>Trop d&apos;échéances pour ce montant : chacune serait de moins d&apos;un centime.</source>
        <translation>Too many instalments for this amount: each would be less than a cent.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/plans.py" line="123"/>
        <source>Ajoutez au moins une échéance.</source>
        <translation>Add at least one instalment.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/plans.py" line="124"/>
        <source>L&apos;échéance n° {number} du {day} doit avoir un montant positif.</source>
        <translation>Instalment no. {number} on {day} must have a positive amount.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/plans.py" line="127"/>
        <source>L&apos;échéance n° {number} ({day}) doit tomber après la précédente ({previous}).</source>
        <translation>Instalment no. {number} ({day}) must fall after the previous one ({previous}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/plans.py" line="130"/>
        <source>L&apos;échéance n° {number} tombe dans le passé ({day}).</source>
        <translation>Instalment no. {number} falls in the past ({day}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/plans.py" line="133"/>
        <source>Le total des échéances ({total}) dépasse ce qui est dû ({due}).</source>
        <translation>The instalments total ({total}) is more than what is due ({due}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/plans.py" line="136"/>
        <source>La dette ne serait soldée que le {end}, après {months} mois (au plus {limit} mois conseillés).</source>
        <translation>The debt would only be cleared on {end}, after {months} months (at most {limit} months advised).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/plans.py" line="141"/>
        <source>La dette ne serait soldée que le {end}, après {months} mois, soit environ {years} ans (au plus {limit} mois conseillés).</source>
        <translation>The debt would only be cleared on {end}, after {months} months, or about {years} years (at most {limit} months advised).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/plans.py" line="146"/>
        <source>Échéances inférieures au minimum conseillé de {minimum} : {count} (la plus petite : {smallest}).</source>
        <translation>Instalments below the advised minimum of {minimum}: {count} (the smallest: {smallest}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/plans.py" line="151"/>
        <source>La première échéance ({day}) est dans {days} jours : au plus {limit} jours conseillés.</source>
        <translation>The first instalment ({day}) is {days} days away: at most {limit} days advised.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/plans.py" line="155"/>
        <source>Le plan ne couvre pas tout ce qui est dû ({due}) : il manque {missing}.</source>
        <translation>The plan does not cover everything that is due ({due}): {missing} is missing.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/followup.py" line="55"/>
        <source>Promesse de paiement non tenue : rappeler le client.</source>
        <translation>Promise to pay broken: call the customer back.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/followup.py" line="56"/>
        <source>Promesse de paiement tenue en partie : rappeler le client pour le solde.</source>
        <translation>Promise to pay partly kept: call the customer back about the balance.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/followup.py" line="59"/>
        <source>Échéance du plan de paiement non payée : rappeler le client.</source>
        <translation>Payment plan instalment not paid: call the customer back.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/queue.py" line="115"/>
        <source>Promesse de {amount} pour le {day} non tenue</source>
        <translation>Promise of {amount} by {day} not kept</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/queue.py" line="116"/>
        <source>Promesse de {amount} pour le {day} tenue en partie : {paid} reçus</source>
        <translation>Promise of {amount} by {day} partly kept: {paid} received</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/queue.py" line="119"/>
        <source>Échéance de {amount} du {day} non payée (plan de paiement)</source>
        <translation>Instalment of {amount} due {day} not paid (payment plan)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/queue.py" line="122"/>
        <source>Rappel convenu à {time}</source>
        <translation>Call-back agreed for {time}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/queue.py" line="123"/>
        <source>Rappel convenu le {day} à {time}, pas encore fait</source>
        <translation>Call-back agreed for {day} at {time}, not done yet</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/queue.py" line="124"/>
        <source>Paiement annoncé à vérifier : {amount}</source>
        <translation>Claimed payment to check: {amount}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/queue.py" line="125"/>
        <source>Paiement promis pour le {day} à vérifier : {amount}</source>
        <translation>Payment promised for {day} to check: {amount}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/queue.py" line="126"/>
        <source>Échéance du {day} à vérifier : {amount}</source>
        <translation>Instalment due {day} to check: {amount}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/queue.py" line="127"/>
        <source>Paiement annoncé à vérifier</source>
        <translation>Claimed payment to check</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/queue.py" line="128"/>
        <source>{amount} en retard, jusqu&apos;à {days} jours</source>
        <translation>{amount} overdue, up to {days} days</translation>
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
        <translation>The person to ask for</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/callsheet.py" line="252"/>
        <source>Aucun contact nommé : demandez qui s&apos;occupe des factures fournisseurs et notez son nom et sa fonction.</source>
        <translation>No named contact: ask who handles supplier invoices and note their name and job title.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/callsheet.py" line="258"/>
        <source>Fonction inconnue : demandez-la pendant l&apos;appel.</source>
        <translation>Job title unknown: ask for it during the call.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/callsheet.py" line="262"/>
        <source>Un numéro de téléphone</source>
        <translation>A phone number</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/callsheet.py" line="264"/>
        <source>Aucun numéro : cherchez-le sur la facture, le bon de commande ou le site du client.</source>
        <translation>No number: look for it on the invoice, the purchase order or the customer&apos;s website.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/callsheet.py" line="268"/>
        <source>E-mail et adresse</source>
        <translation>E-mail and address</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/callsheet.py" line="270"/>
        <source>Il manque l&apos;e-mail ou l&apos;adresse : demandez-les pour envoyer la confirmation écrite.</source>
        <translation>The e-mail or the address is missing: ask for them to send the written confirmation.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/callsheet.py" line="274"/>
        <source>Les factures : numéro, date, montant, échéance</source>
        <translation>The invoices: number, date, amount, due date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/callsheet.py" line="276"/>
        <source>Aucune facture échue : appel de courtoisie avant l&apos;échéance.</source>
        <translation>No overdue invoice: a courtesy call before the due date.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/callsheet.py" line="279"/>
        <source>La copie de la facture sous la main</source>
        <translation>A copy of the invoice at hand</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/callsheet.py" line="280"/>
        <source>Pas de copie jointe pour : {numbers}. Joignez-la pour pouvoir l&apos;envoyer tout de suite si le client ne l&apos;a pas reçue.</source>
        <translation>No copy attached for: {numbers}. Attach it so you can send it at once if the customer never received it.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/callsheet.py" line="284"/>
        <source>Les échanges passés</source>
        <translation>Past exchanges</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/callsheet.py" line="286"/>
        <source>Relisez les paiements partiels, promesses, litiges et le dernier appel avant de composer le numéro.</source>
        <translation>Read the partial payments, promises, disputes and the last call again before dialling.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/callsheet.py" line="290"/>
        <source>Premier contact pour ces factures.</source>
        <translation>First contact about these invoices.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/callsheet.py" line="293"/>
        <source>Le circuit de paiement du client</source>
        <translation>How the customer pays</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/callsheet.py" line="297"/>
        <source>Inconnu : demandez qui valide les paiements, s&apos;il faut un bon de commande et les jours de paiement.</source>
        <translation>Unknown: ask who approves payments, whether a purchase order is needed and the payment-run days.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/callsheet.py" line="300"/>
        <source>L&apos;objectif de cet appel</source>
        <translation>The objective of this call</translation>
    </message>
</context>
<context>
    <name>claims</name>
    <message>
        <location filename="../../relance_desktop/services/claims.py" line="45"/>
        <location filename="../../relance_desktop/views/claim_watch.py" line="44"/>
        <source>En appel avec {holder} depuis {time}</source>
        <translation>On a call with {holder} since {time}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/claim_watch.py" line="71"/>
        <source>Client déjà en appel</source>
        <translation>Customer already on a call</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/claim_watch.py" line="73"/>
        <source>Ne l&apos;appelez pas en même temps.</source>
        <translation>Do not call them at the same time.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../relance_desktop/views/crash.py" line="78"/>
        <source>le fichier</source>
        <translation>the file</translation>
    </message>
</context>
<context>
    <name>dunning</name>
    <message>
        <location filename="../../relance_desktop/services/dunning_run.py" line="74"/>
        <source>{company} : sauf erreur, {amount} restent dus (factures n° {numbers}). Merci de régler ou de nous appeler.</source>
        <translation>{company}: unless we are mistaken, {amount} is still due (invoice no. {numbers}). Please pay or call us.</translation>
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
        <location filename="../../relance_desktop/services/invoices.py" line="221"/>
        <source>« {path} » est trop volumineux ({mb} Mo, 25 Mo au plus).</source>
        <translation>‘{path}’ is too large ({mb} MB; 25 MB at most).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="230"/>
        <location filename="../../relance_desktop/store/database.py" line="66"/>
        <source>Impossible de lire « {path} » : {reason}</source>
        <translation>Cannot read ‘{path}’: {reason}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/database.py" line="110"/>
        <source>Le fichier « {path} » n&apos;existe pas.</source>
        <translation>The file ‘{path}’ does not exist.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/database.py" line="62"/>
        <source>Vous n&apos;avez pas le droit de lire « {path} ».</source>
        <translation>You do not have permission to read ‘{path}’.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/database.py" line="131"/>
        <source>Le fichier « {path} » est incomplet ou endommagé ({size} octets au lieu de {expected}). Rouvrez une sauvegarde. Rien n&apos;a été modifié.</source>
        <translation>The file ‘{path}’ is incomplete or damaged ({size} bytes instead of {expected}). Open a backup instead. Nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/database.py" line="150"/>
        <source>« {path} » a été enregistré par une version plus récente de Relance (format {found}, cette version lit jusqu&apos;au format {known}). Mettez Relance à jour pour l&apos;ouvrir. Rien n&apos;a été modifié.</source>
        <translation>‘{path}’ was saved by a newer version of Relance (format {found}; this version reads up to format {known}). Update Relance to open it. Nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/database.py" line="163"/>
        <source>« {path} » est utilisé par un autre programme (verrouillé). Fermez-le puis réessayez.</source>
        <translation>‘{path}’ is being used by another program (locked). Close it, then try again.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/database.py" line="167"/>
        <source>« {path} » est en lecture seule : Relance ne peut pas y enregistrer. Copiez-le dans un dossier où vous pouvez écrire.</source>
        <translation>‘{path}’ is read-only: Relance cannot save to it. Copy it to a folder you can write to.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/database.py" line="172"/>
        <source>Le disque est plein : « {path} » n&apos;a pas pu être enregistré. Libérez de la place ; la dernière modification n&apos;a pas été enregistrée.</source>
        <translation>The disk is full: ‘{path}’ could not be saved. Free up some space; the last change has not been saved.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/database.py" line="177"/>
        <source>« {path} » est endommagé et ne peut pas être lu. Rouvrez une sauvegarde.</source>
        <translation>‘{path}’ is damaged and cannot be read. Open a backup instead.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/database.py" line="180"/>
        <source>Impossible d&apos;ouvrir « {path} ».</source>
        <translation>Cannot open ‘{path}’.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/demo.py" line="630"/>
        <location filename="../../relance_desktop/store/database.py" line="432"/>
        <source>« {path} » existe déjà : choisissez un autre nom de fichier.</source>
        <extracomment>Days from today to the due date of the invoices :func:`_fresh_invoices` adds: with the French business scenario, a courtesy e-mail (due in 5 days), a call (5 days late) and a first reminder letter (15 days late) all fall on the demo&apos;s day.</extracomment>
        <translation>‘{path}’ already exists: choose another file name.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/database.py" line="439"/>
        <source>Le dossier « {path} » n&apos;existe pas.</source>
        <translation>The folder ‘{path}’ does not exist.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/common.py" line="68"/>
        <source>Relance</source>
        <translation>Relance</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/server.py" line="78"/>
        <source>Le serveur {where} a refusé l&apos;utilisateur ou le mot de passe. Vérifiez-les.</source>
        <translation>The server {where} refused the user or the password. Check them.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/server.py" line="81"/>
        <source>Le serveur {where} ne répond pas : vérifiez son adresse, son port, qu&apos;il est démarré et que le réseau passe. Rien n&apos;a été modifié.</source>
        <translation>The server {where} does not answer: check its address, its port, that it is running and that the network gets through. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/server.py" line="85"/>
        <source>Le serveur {where} n&apos;accepte pas de connexion chiffrée (TLS), or Relance l&apos;exige pour un serveur qui n&apos;est pas sur cet ordinateur. Demandez à son administrateur d&apos;activer TLS (ssl = on).</source>
        <translation>The server {where} does not accept an encrypted connection (TLS), which Relance requires for a server that is not on this computer. Ask its administrator to turn TLS on (ssl = on).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/server.py" line="90"/>
        <source>Le certificat du serveur {where} n&apos;a pas pu être vérifié : {reason}</source>
        <translation>The certificate of the server {where} could not be verified: {reason}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/server.py" line="93"/>
        <source>Le certificat du serveur {where} n&apos;est pas signé par l&apos;autorité (CA) indiquée : ce n&apos;est peut-être pas le bon serveur. Demandez à son administrateur le certificat de l&apos;autorité qui l&apos;a signé et indiquez-le. Rien n&apos;a été envoyé.</source>
        <translation>The certificate of server {where} is not signed by the authority (CA) given: it may not be the right server. Ask its administrator for the certificate of the authority that signed it and give it here. Nothing was sent.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/server.py" line="98"/>
        <source>Le serveur {where} n&apos;est pas sur cet ordinateur : Relance vérifie son certificat. Indiquez le certificat de l&apos;autorité (CA) qui l&apos;a signé, fourni par l&apos;administrateur du serveur. Rien n&apos;a été envoyé.</source>
        <translation>Server {where} is not on this computer: Relance verifies its certificate. Give the certificate of the authority (CA) that signed it, provided by the server&apos;s administrator. Nothing was sent.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/server.py" line="103"/>
        <source>Le certificat présenté par le serveur {where} n&apos;est pas établi au nom « {host} » : vérifiez le nom du serveur (celui de son certificat). Rien n&apos;a été envoyé.</source>
        <translation>The certificate presented by server {where} is not issued for the name “{host}”: check the server&apos;s name (the one in its certificate). Nothing was sent.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/server.py" line="107"/>
        <source>La base « {database} » n&apos;existe pas sur le serveur {where}, ou vous n&apos;avez pas le droit de vous y connecter.</source>
        <translation>The database “{database}” does not exist on the server {where}, or you may not connect to it.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/server.py" line="111"/>
        <source>Le serveur {where} a refusé la connexion : {reason}</source>
        <translation>The server {where} refused the connection: {reason}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/server.py" line="165"/>
        <source>Serveur injoignable ({where}) : rien n&apos;a été enregistré sur le serveur. Relance se reconnecte dès qu&apos;il répond.</source>
        <translation>Server unreachable ({where}): nothing was saved on the server. Relance reconnects as soon as it answers.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/server.py" line="306"/>
        <source>La base « {where} » ne contient pas de société Relance. Rien n&apos;a été modifié.</source>
        <translation>The database “{where}” holds no Relance company. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/server.py" line="309"/>
        <source>La base « {where} » a été mise à jour par une version plus récente de Relance (format {found}, cette version lit jusqu&apos;au format {known}). Mettez Relance à jour.</source>
        <translation>The database “{where}” was updated by a newer version of Relance (format {found}; this version reads up to format {known}). Update Relance.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/server.py" line="330"/>
        <source>La base « {where} » contient déjà une société.</source>
        <translation>The database “{where}” already holds a company.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/store/server.py" line="362"/>
        <source>La société de « {where} » doit être mise à jour pour cette version de Relance, ce que seul un administrateur de l&apos;équipe peut faire : demandez-lui d&apos;ouvrir la société une fois. Rien n&apos;a été modifié.</source>
        <translation>The company in “{where}” must be updated for this version of Relance, which only a team administrator can do: ask them to open the company once. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/backup.py" line="40"/>
        <source>« {where} » est une société sur un serveur : ses sauvegardes se font sur le serveur, pas par Relance.</source>
        <translation>“{where}” is a company on a server: it is backed up on the server, not by Relance.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/backup.py" line="43"/>
        <source>Choisissez un autre fichier que la société ouverte pour y enregistrer la copie.</source>
        <translation>Choose a file other than the open company to save the copy to.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/concurrency.py" line="34"/>
        <source>« {name} » a été modifié ailleurs (une autre fenêtre, une autre session de Relance ou un autre poste) depuis l&apos;ouverture de ce formulaire. Rien n&apos;a été enregistré.</source>
        <translation>“{name}” was changed elsewhere (another window, another Relance session or another computer) since this form was opened. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/storage.py" line="14"/>
        <source>« {path} » est ouvert en lecture seule ici, car une autre fenêtre de Relance l&apos;utilise : rien n&apos;a été enregistré. Faites la modification dans cette autre fenêtre, ou fermez-la puis rouvrez le fichier ici.</source>
        <translation>“{path}” is open read-only here because another Relance window is using it: nothing was saved. Make the change in that other window, or close it and open the file here again.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/team_move.py" line="39"/>
        <source>La destination « {where} » contient déjà des données ({table} : {count}). Rien n&apos;a été copié : choisissez une base ou un fichier vide.</source>
        <translation>The destination “{where}” already holds data ({table}: {count}). Nothing was copied: choose an empty database or file.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/team_move.py" line="42"/>
        <source>La copie vers « {where} » ne correspond pas à l&apos;original ({what}) : elle a été annulée, l&apos;original n&apos;a pas changé.</source>
        <translation>The copy to “{where}” does not match the original ({what}): it was undone, the original has not changed.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/team_move.py" line="174"/>
        <source>Le fichier « {path} » existe déjà : choisissez un autre nom.</source>
        <translation>The file “{path}” already exists: choose another name.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/team_roles.py" line="37"/>
        <source>Votre rôle dans l&apos;équipe ne permet pas cette modification : le serveur l&apos;a refusée et rien n&apos;a été enregistré. Ce que vous avez saisi est toujours là. Demandez à un administrateur de l&apos;équipe de la faire, ou de changer votre rôle.</source>
        <translation>Your role in the team does not allow this change: the server refused it and nothing was saved. What you typed is still there. Ask a team administrator to make it, or to change your role.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/company.py" line="92"/>
        <source>Aucun courrier produit : il manque sur la fiche de la société {fields}. Complétez-la (Fichier › Fiche de la société) puis recommencez.</source>
        <translation>No letter produced: the company details lack {fields}. Complete them (File › Company details) and try again.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../relance_desktop/services/company.py" line="37"/>
        <location filename="../../relance_desktop/services/customers.py" line="60"/>
        <location filename="../../relance_desktop/services/customers.py" line="174"/>
        <source>Le nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/company.py" line="72"/>
        <source>la rue et le numéro</source>
        <translation>the street and number</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/company.py" line="73"/>
        <source>le code postal</source>
        <translation>the postcode</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/company.py" line="74"/>
        <source>la localité</source>
        <translation>the town</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/company.py" line="75"/>
        <source>le numéro d&apos;entreprise (SIREN ou BCE)</source>
        <translation>the company number (SIREN or BCE)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/company.py" line="76"/>
        <source>l&apos;IBAN où payer</source>
        <translation>the IBAN to pay into</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/company.py" line="77"/>
        <source>l&apos;adresse e-mail où vous répondre</source>
        <translation>the e-mail address to reply to</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/company.py" line="78"/>
        <source>le téléphone où vous joindre</source>
        <translation>the phone number to reach you</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="66"/>
        <source>Le numéro de facture</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="19"/>
        <source>Votre nom</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="20"/>
        <source>Votre société</source>
        <translation>Your company</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="21"/>
        <source>Nom du client</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="22"/>
        <source>Numéros des factures</source>
        <translation>Invoice numbers</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="23"/>
        <source>Nombre de factures</source>
        <translation>Number of invoices</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="24"/>
        <source>Référence de paiement</source>
        <translation>Payment reference</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="25"/>
        <source>Votre IBAN</source>
        <translation>Your IBAN</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="26"/>
        <source>Montant promis</source>
        <translation>Promised amount</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="27"/>
        <source>Date promise</source>
        <translation>Promised date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="28"/>
        <source>Moyen de paiement promis</source>
        <translation>Promised payment method</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="29"/>
        <source>Nombre d&apos;échéances</source>
        <translation>Number of instalments</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="30"/>
        <source>Montant par échéance</source>
        <translation>Amount per instalment</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="31"/>
        <source>Première échéance</source>
        <translation>First instalment</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="32"/>
        <source>Dernière échéance</source>
        <translation>Last instalment</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="37"/>
        <source>Interlocuteur</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="38"/>
        <source>Numéro de facture</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="39"/>
        <source>Date de facture</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="40"/>
        <source>Date d&apos;échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="41"/>
        <location filename="../../relance_desktop/domain/field_names.py" line="71"/>
        <source>Montant dû</source>
        <translation>Amount due</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="42"/>
        <source>Reste dû sur la facture</source>
        <translation>Still due on the invoice</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="43"/>
        <source>Phrase du total</source>
        <translation>Total sentence</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="44"/>
        <source>Montant de la promesse non tenue</source>
        <translation>Amount of the broken promise</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="45"/>
        <source>Date de la promesse non tenue</source>
        <translation>Date of the broken promise</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="46"/>
        <source>Montant de l&apos;échéance en cours</source>
        <translation>Current instalment amount</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="47"/>
        <source>Date de l&apos;échéance en cours</source>
        <translation>Current instalment date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="48"/>
        <source>Date du dernier courrier</source>
        <translation>Date of the last letter</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="49"/>
        <source>Date du dernier appel</source>
        <translation>Date of the last call</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="50"/>
        <source>Appels déjà passés</source>
        <translation>Calls already made</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="51"/>
        <source>Jours de retard</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="52"/>
        <source>Ce qui a été vendu</source>
        <translation>What was sold</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="53"/>
        <source>Objectif de l&apos;appel</source>
        <translation>Call objective</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="54"/>
        <source>E-mail du client</source>
        <translation>Customer e-mail</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="55"/>
        <source>Téléphone du client</source>
        <translation>Customer phone</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="56"/>
        <source>Qui valide les paiements</source>
        <translation>Who approves payments</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="57"/>
        <source>Jours de paiement du client</source>
        <translation>Customer payment days</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="58"/>
        <source>Rythme des échéances</source>
        <translation>Instalment frequency</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="59"/>
        <source>Moment du rappel</source>
        <translation>Call-back time</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="60"/>
        <source>Montant annoncé comme payé</source>
        <translation>Amount said to be paid</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="61"/>
        <source>Date du paiement annoncé</source>
        <translation>Date of the payment claimed</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="62"/>
        <source>Nouvel interlocuteur</source>
        <translation>New contact person</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="63"/>
        <source>Factures contestées</source>
        <translation>Disputed invoices</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="68"/>
        <source>Destinataire</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="69"/>
        <source>Votre ville</source>
        <translation>Your town</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="70"/>
        <source>Date du courrier</source>
        <translation>Letter date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="72"/>
        <source>Total réclamé</source>
        <translation>Total claimed</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="73"/>
        <source>Intérêts de retard</source>
        <translation>Late interest</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="74"/>
        <source>Indemnité de recouvrement</source>
        <translation>Recovery compensation</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="75"/>
        <source>Date limite de paiement</source>
        <translation>Payment deadline</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="76"/>
        <source>Délai de paiement en jours</source>
        <translation>Days to pay</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="77"/>
        <source>Votre BIC</source>
        <translation>Your BIC</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="78"/>
        <source>Total de l&apos;échéancier</source>
        <translation>Payment plan total</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="79"/>
        <source>Montant reçu</source>
        <translation>Amount received</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="80"/>
        <source>Date du paiement reçu</source>
        <translation>Date of the payment received</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="81"/>
        <source>Votre e-mail</source>
        <translation>Your e-mail</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="82"/>
        <source>Votre téléphone</source>
        <translation>Your phone</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="83"/>
        <source>Numéro de page</source>
        <translation>Page number</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="84"/>
        <source>Nombre de pages</source>
        <translation>Number of pages</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="85"/>
        <source>Objet du courrier</source>
        <translation>Letter subject</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="86"/>
        <source>Récapitulatif de l&apos;appel</source>
        <translation>Call summary</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="87"/>
        <source>Formule d&apos;appel</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="88"/>
        <source>Civilité</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="89"/>
        <source>Montant échu</source>
        <translation>Amount now due</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/field_names.py" line="90"/>
        <source>Nom de famille</source>
        <translation>Surname</translation>
    </message>
</context>
<context>
    <name>gdpr</name>
    <message>
        <location filename="../../relance_desktop/services/gdpr.py" line="70"/>
        <source>{name} ne peut pas être anonymisé : des factures ou avoirs sont encore ouverts ({count} : {numbers}).</source>
        <translation>{name} cannot be anonymised: invoices or credit notes are still open ({count}: {numbers}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/gdpr.py" line="73"/>
        <source>{name} ne peut pas être anonymisé : une promesse de paiement est encore ouverte.</source>
        <translation>{name} cannot be anonymised: a payment promise is still open.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/gdpr.py" line="75"/>
        <source>{name} ne peut pas être anonymisé : un échéancier est encore en cours.</source>
        <translation>{name} cannot be anonymised: a payment plan is still running.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/gdpr.py" line="77"/>
        <source>{name} ne peut pas être anonymisé : un litige est encore ouvert.</source>
        <translation>{name} cannot be anonymised: a dispute is still open.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/gdpr.py" line="79"/>
        <source>{name} ne peut pas être anonymisé avant le {until} : la durée de conservation ({years} ans après la dernière dette soldée, le {last}) n&apos;est pas écoulée.</source>
        <translation>{name} cannot be anonymised before {until}: the retention period ({years} years after the last debt settled, on {last}) is not over.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/gdpr.py" line="82"/>
        <source>Ce client est déjà anonymisé.</source>
        <translation>This customer is already anonymised.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/gdpr.py" line="398"/>
        <source>Impossible d&apos;écrire l&apos;export dans « {folder} » : {reason}.</source>
        <translation>Cannot write the export to &quot;{folder}&quot;: {reason}.</translation>
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
        <source>Litige ouvert sur {number}</source>
        <translation>Dispute opened for {number}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/history.py" line="29"/>
        <source>Échéancier de {count} échéances</source>
        <translation>Payment plan of {count} instalments</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/history.py" line="30"/>
        <source>Rappel convenu pour le {when}</source>
        <translation>Call-back agreed for {when}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/history.py" line="31"/>
        <source>Paiement annoncé par le client, à vérifier</source>
        <translation>Payment claimed by the customer, to be checked</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/history.py" line="32"/>
        <source>Correction d&apos;un appel</source>
        <translation>Call correction</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/history.py" line="33"/>
        <source>Suivi : {entity} {status}</source>
        <translation>Follow-up: {entity} {status}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/history.py" line="34"/>
        <source>Document produit : {kind}</source>
        <translation>Document produced: {kind}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/history.py" line="35"/>
        <source>Import « {file} »</source>
        <translation>Import ‘{file}’</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/history.py" line="36"/>
        <source>Modification : {entity}</source>
        <translation>Change: {entity}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/history.py" line="37"/>
        <source>Relance « {scenario} », étape {position} : {channel}</source>
        <translation>Reminder « {scenario} », step {position}: {channel}</translation>
    </message>
</context>
<context>
    <name>importers</name>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="102"/>
        <source>numéro de facture (BT-1)</source>
        <translation>invoice number (BT-1)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="103"/>
        <source>date de facture (BT-2)</source>
        <translation>invoice date (BT-2)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="104"/>
        <source>type de document (BT-3)</source>
        <translation>document type (BT-3)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="105"/>
        <source>devise (BT-5)</source>
        <translation>currency (BT-5)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="106"/>
        <source>date d&apos;échéance (BT-9)</source>
        <translation>due date (BT-9)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="107"/>
        <source>nom de l&apos;acheteur (BT-44)</source>
        <translation>buyer name (BT-44)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="108"/>
        <source>pays de l&apos;acheteur (BT-55)</source>
        <translation>buyer country (BT-55)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="109"/>
        <source>total TTC (BT-112)</source>
        <translation>total incl. VAT (BT-112)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="110"/>
        <source>montant déjà payé (BT-113)</source>
        <translation>amount already paid (BT-113)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="111"/>
        <source>arrondi (BT-114)</source>
        <translation>rounding amount (BT-114)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="112"/>
        <source>montant à payer (BT-115)</source>
        <translation>amount due for payment (BT-115)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="113"/>
        <source>acheteur (BG-7)</source>
        <translation>buyer (BG-7)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="114"/>
        <source>totaux (BG-22)</source>
        <translation>document totals (BG-22)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="115"/>
        <source>fichier</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="116"/>
        <source>type de fichier</source>
        <translation>file type</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_xml.py" line="44"/>
        <source>document XML</source>
        <translation>XML document</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="117"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="119"/>
        <source>une facture électronique lisible</source>
        <translation>a readable e-invoice</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="121"/>
        <source>un code de type (380 facture, 381 avoir…) ; pris comme {code}</source>
        <translation>a type code (380 invoice, 381 credit note…); taken as {code}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_xml.py" line="45"/>
        <source>{file} : {field} : attendu {expected}, trouvé « {found} »</source>
        <translation>{file}: {field}: expected {expected}, found ‘{found}’</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_xml.py" line="48"/>
        <source>{file} : {field} : attendu {expected}</source>
        <translation>{file}: {field}: expected {expected}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_xml.py" line="114"/>
        <source>un document XML ; le fichier est vide</source>
        <translation>an XML document; the file is empty</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_xml.py" line="116"/>
        <source>un document XML bien formé</source>
        <translation>a well-formed XML document</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_xml.py" line="134"/>
        <source>un document XML ; aucun élément racine</source>
        <translation>an XML document; there is no root element</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_xml.py" line="142"/>
        <source>une facture électronique sans DOCTYPE (les entités ne sont pas admises)</source>
        <translation>an e-invoice without a DOCTYPE (entities are not allowed)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_xml.py" line="274"/>
        <source>une valeur</source>
        <translation>a value</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_xml.py" line="287"/>
        <location filename="../../relance_desktop/importers/ubl.py" line="244"/>
        <source>un montant</source>
        <translation>an amount</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_xml.py" line="295"/>
        <source>un montant décimal avec un point (par exemple 1234.56)</source>
        <translation>a decimal amount with a point (for example 1234.56)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_xml.py" line="305"/>
        <source>un montant inférieur à mille milliards</source>
        <translation>an amount below one trillion</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_xml.py" line="313"/>
        <source>un montant avec au plus deux décimales (arrondi au centime)</source>
        <translation>an amount with at most two decimal places (rounded to the cent)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_xml.py" line="331"/>
        <source>un code devise ISO 4217 (EUR, GBP…)</source>
        <translation>an ISO 4217 currency code (EUR, GBP…)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_xml.py" line="345"/>
        <source>un code pays ISO 3166 à deux lettres (FR, BE…)</source>
        <translation>a two-letter ISO 3166 country code (FR, BE…)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_xml.py" line="361"/>
        <source>un montant dans la devise du document ({currency})</source>
        <translation>an amount in the document currency ({currency})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_xml.py" line="383"/>
        <source>une date</source>
        <translation>a date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_xml.py" line="391"/>
        <source>une date au format 102 (AAAAMMJJ) entre {first} et {last}, pas au format {format}</source>
        <translation>a date in format 102 (YYYYMMDD) between {first} and {last}, not in format {format}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_xml.py" line="397"/>
        <source>une date AAAAMMJJ (format 102) entre {first} et {last}</source>
        <translation>a YYYYMMDD date (format 102) between {first} and {last}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_xml.py" line="401"/>
        <source>une date AAAA-MM-JJ entre {first} et {last}</source>
        <translation>a YYYY-MM-DD date between {first} and {last}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="269"/>
        <source>un code de type d&apos;avoir (381…)</source>
        <translation>a credit note type code (381…)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="280"/>
        <source>un code de type de facture ou d&apos;avoir (UNTDID 1001 : 380, 381, 384, 389…) ; le document est pris comme une facture</source>
        <translation>an invoice or credit note type code (UNTDID 1001: 380, 381, 384, 389…); the document is taken as an invoice</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="302"/>
        <location filename="../../relance_desktop/importers/ubl.py" line="210"/>
        <source>la devise du document</source>
        <translation>the document currency</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="350"/>
        <source>le montant à payer ; calculé à la place : total − montant déjà payé = {computed}</source>
        <translation>the amount due for payment; calculated instead: total − amount already paid = {computed}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="362"/>
        <source>total {total} + arrondi {rounding} − déjà payé {prepaid} = {computed} ; le montant à payer du document est gardé : c&apos;est ce qui a été demandé au client</source>
        <translation>total {total} + rounding {rounding} − already paid {prepaid} = {computed}; the document&apos;s amount due for payment is kept: it is what the customer was asked to pay</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="389"/>
        <source>{file} : le document {number} (type {type}) a des montants négatifs : il est pris comme un avoir de {amount} {currency}.</source>
        <translation>{file}: document {number} (type {type}) has negative amounts: it is taken as a credit note for {amount} {currency}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="382"/>
        <source>{file} : le document {number} (type {type}) a des montants négatifs : il est pris comme une facture de {amount} {currency}.</source>
        <translation>{file}: document {number} (type {type}) has negative amounts: it is taken as an invoice for {amount} {currency}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="312"/>
        <source>un montant à payer positif ou nul (montant déjà payé supérieur au total ?)</source>
        <translation>an amount due for payment of zero or more (amount already paid greater than the total?)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="412"/>
        <source>une échéance égale ou postérieure à la date de facture ({date})</source>
        <translation>a due date on or after the invoice date ({date})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="472"/>
        <source>un fichier de moins de {limit} Mo ; celui-ci fait {size} Mo</source>
        <translation>a file under {limit} MB; this one is {size} MB</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/einvoice_records.py" line="488"/>
        <source>un fichier lisible</source>
        <translation>a readable file</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/facturx.py" line="142"/>
        <source>{file} : données de la facture lues dans le fichier joint {attachment} (profil {profile}).</source>
        <translation>{file}: invoice data read from the attached file {attachment} (profile {profile}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/facturx.py" line="148"/>
        <source>{file} : données de la facture lues dans le fichier joint {attachment}.</source>
        <translation>{file}: invoice data read from the attached file {attachment}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/facturx.py" line="168"/>
        <source>une facture électronique (PDF Factur-X/ZUGFeRD, XML CII ou UBL) ; ce fichier est vide</source>
        <translation>an e-invoice (Factur-X/ZUGFeRD PDF, CII or UBL XML); this file is empty</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/facturx.py" line="174"/>
        <source>un PDF Factur-X/ZUGFeRD ou un fichier XML CII ou UBL ; ce fichier n&apos;est ni un PDF ni un document XML</source>
        <translation>a Factur-X/ZUGFeRD PDF or a CII or UBL XML file; this file is neither a PDF nor an XML document</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/facturx.py" line="201"/>
        <source>une facture CII (rsm:CrossIndustryInvoice, Factur-X/ZUGFeRD 2) ou ZUGFeRD 1.0 (rsm:CrossIndustryDocument)</source>
        <translation>a CII invoice (rsm:CrossIndustryInvoice, Factur-X/ZUGFeRD 2) or ZUGFeRD 1.0 invoice (rsm:CrossIndustryDocument)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/facturx.py" line="232"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/facturx.py" line="233"/>
        <source>un fichier PDF lisible</source>
        <translation>a readable PDF file</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/facturx.py" line="249"/>
        <source>un PDF Factur-X/ZUGFeRD, avec la facture en XML dans un fichier joint ({names}) ; ce PDF n&apos;a pas de données de facture structurées, seulement d&apos;autres fichiers joints</source>
        <translation>a Factur-X/ZUGFeRD PDF, with the invoice as XML in an attached file ({names}); this PDF has no structured invoice data, only other attached files</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/facturx.py" line="256"/>
        <source>un PDF Factur-X/ZUGFeRD, avec la facture en XML dans un fichier joint ({names}) ; ce PDF simple n&apos;a pas de données de facture structurées</source>
        <translation>a Factur-X/ZUGFeRD PDF, with the invoice as XML in an attached file ({names}); this plain PDF has no structured invoice data</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/facturx.py" line="264"/>
        <source>données de facture structurées</source>
        <translation>structured invoice data</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/facturx.py" line="297"/>
        <source>en-tête du document</source>
        <translation>document header</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/facturx.py" line="298"/>
        <source>le numéro, le type et la date de la facture</source>
        <translation>the invoice number, type and date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/facturx.py" line="332"/>
        <location filename="../../relance_desktop/importers/ubl.py" line="267"/>
        <location filename="../../relance_desktop/importers/ubl.py" line="280"/>
        <source>le nom de l&apos;acheteur</source>
        <translation>the buyer&apos;s name</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/facturx.py" line="341"/>
        <source>règlement (devise et totaux)</source>
        <translation>settlement (currency and totals)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/facturx.py" line="342"/>
        <source>la devise et les totaux de la facture</source>
        <translation>the invoice currency and totals</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/facturx.py" line="384"/>
        <source>les totaux de la facture</source>
        <translation>the invoice totals</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="93"/>
        <source>carte bancaire</source>
        <translation>bank card</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="94"/>
        <source>espèces</source>
        <translation>cash</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="95"/>
        <source>caisse</source>
        <translation>till</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="96"/>
        <source>recettes</source>
        <translation>takings</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="97"/>
        <source>chèques</source>
        <translation>cheques</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="98"/>
        <source>virements</source>
        <translation>transfers</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="99"/>
        <source>paiement en ligne</source>
        <translation>online payment</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="100"/>
        <source>clients divers</source>
        <translation>sundry customers</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="101"/>
        <source>clients de passage</source>
        <translation>walk-in customers</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="102"/>
        <source>ventes au comptoir</source>
        <translation>counter sales</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec.py" line="122"/>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="72"/>
        <source>nombre de colonnes</source>
        <translation>number of columns</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec.py" line="152"/>
        <source>un montant comme 1234,56 ou 0000001234.56</source>
        <translation>an amount such as 1234,56 or 0000001234.56</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec.py" line="195"/>
        <source>un montant inférieur à dix mille milliards</source>
        <translation>an amount below ten trillion</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec.py" line="202"/>
        <source>une date AAAAMMJJ (ou AAAA-MM-JJ, JJ/MM/AAAA)</source>
        <translation>a YYYYMMDD date (or YYYY-MM-DD, DD/MM/YYYY)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec.py" line="220"/>
        <source>une date entre {first} et {last}</source>
        <translation>a date between {first} and {last}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="263"/>
        <source>libellé « {label} » : {what}</source>
        <translation>name ‘{label}’: {what}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="264"/>
        <source>compte « {account} » : {what}</source>
        <translation>account ‘{account}’: {what}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="279"/>
        <source>un compte générique, pas une personne</source>
        <translation>a generic account, not a person</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec.py" line="268"/>
        <source>{file} : le fichier est vide. Attendu un FEC (fichier des écritures comptables) dont la première ligne nomme les colonnes JournalCode, JournalLib, EcritureNum, EcritureDate, CompteNum…</source>
        <translation>{file}: the file is empty. Expected an FEC (French accounting entries file) whose first line names the columns JournalCode, JournalLib, EcritureNum, EcritureDate, CompteNum…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec.py" line="290"/>
        <source>{file}, ligne {line} : ce n&apos;est pas un FEC (fichier des écritures comptables). Attendu une ligne d&apos;en-tête avec les colonnes JournalCode, JournalLib, EcritureNum, EcritureDate, CompteNum, CompteLib, CompAuxNum, CompAuxLib, PieceRef, PieceDate, EcritureLib, Debit, Credit… séparées par des tabulations ou des « | » ; il manque : {missing}.</source>
        <translation>{file}, line {line}: this is not an FEC (French accounting entries file). Expected a header line with the columns JournalCode, JournalLib, EcritureNum, EcritureDate, CompteNum, CompteLib, CompAuxNum, CompAuxLib, PieceRef, PieceDate, EcritureLib, Debit, Credit… separated by tabs or ‘|’; missing: {missing}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec.py" line="303"/>
        <source>{file}, ligne {line} : ce n&apos;est pas un FEC (fichier des écritures comptables). Attendu une ligne d&apos;en-tête avec les colonnes JournalCode, JournalLib, EcritureNum, EcritureDate, CompteNum, CompteLib, CompAuxNum, CompAuxLib, PieceRef, PieceDate, EcritureLib, Debit, Credit… séparées par des tabulations ou des « | » ; trouvé « {found} ».</source>
        <translation>{file}, line {line}: this is not an FEC (French accounting entries file). Expected a header line with the columns JournalCode, JournalLib, EcritureNum, EcritureDate, CompteNum, CompteLib, CompAuxNum, CompAuxLib, PieceRef, PieceDate, EcritureLib, Debit, Credit… separated by tabs or ‘|’; found ‘{found}’.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec.py" line="406"/>
        <source>{file} : impossible de lire le fichier ({reason}).</source>
        <translation>{file}: cannot read the file ({reason}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec.py" line="425"/>
        <source>{file}, ligne {line} : cette ligne dépasse {limit} caractères, ce qu&apos;aucune ligne d&apos;écriture ne fait (une fin de ligne manque ?). Le fichier n&apos;est pas importé.</source>
        <translation>{file}, line {line}: this line is longer than {limit} characters, which no ledger line is (a missing line end?). The file is not imported.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec.py" line="441"/>
        <source>Le fichier n&apos;est pas en UTF-8 : il est lu en {encoding} (les lettres accentuées peuvent être mal affichées).</source>
        <translation>The file is not in UTF-8: it is read as {encoding} (accented letters may display incorrectly).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec.py" line="461"/>
        <source>Autres problèmes, non listés : {count}.</source>
        <translation>Other problems, not listed: {count}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec.py" line="596"/>
        <source>{count} colonnes séparées par une tabulation</source>
        <translation>{count} columns separated by a tab</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec.py" line="600"/>
        <source>{count} colonnes séparées par « {separator} »</source>
        <translation>{count} columns separated by ‘{separator}’</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec.py" line="550"/>
        <source>un numéro de compte</source>
        <translation>an account number</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec.py" line="557"/>
        <source>{file} : écritures non équilibrées (débits et crédits différents) : {count}. Vérifiez l&apos;export avant de relancer vos clients.</source>
        <translation>{file}: entries that do not balance (debits and credits differ): {count}. Check the export before chasing your customers.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec.py" line="589"/>
        <location filename="../../relance_desktop/importers/fec.py" line="662"/>
        <source>D ou C (ou +1 / -1)</source>
        <translation>D or C (or +1 / -1)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec.py" line="689"/>
        <source>{expected} ; la date d&apos;écriture (EcritureDate) est prise à la place</source>
        <translation>{expected}; the entry date (EcritureDate) is used instead</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec.py" line="708"/>
        <source>un code devise ISO 4217 comme USD ; la devise de la comptabilité est prise</source>
        <translation>an ISO 4217 currency code such as USD; the accounting currency is used</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="370"/>
        <source>Aucune ligne sur un compte client ({prefixes}) : rien à importer.</source>
        <translation>No lines on a customer account ({prefixes}): nothing to import.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="377"/>
        <source>Comptes clients : {accounts}, avec {lines} lignes d&apos;écritures du {first} au {last}.</source>
        <translation>Customer accounts: {accounts}, with {lines} entry lines from {first} to {last}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="324"/>
        <source>lignes sur le compte collectif, sans compte auxiliaire</source>
        <translation>lines on the control account, with no sub-ledger account</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="434"/>
        <source>un solde débiteur (ce que le client doit) ; ce compte a un solde créditeur : c&apos;est nous qui devons à ce client, rien à relancer</source>
        <translation>a debit balance (what the customer owes); this account has a credit balance: we owe this customer, nothing to chase</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="421"/>
        <source>{account} {name} a un solde créditeur de {balance} {currency} : c&apos;est nous qui devons à ce client, aucune facture n&apos;est donc importée pour lui.</source>
        <translation>{account} {name} has a credit balance of {balance} {currency}: we owe this customer, so no invoice is imported for them.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="347"/>
        <source>Factures non soldées sans PieceRef utilisable (vide, ou journal et mois comme « VE 0523 ») : {count}. Elles sont numérotées « journal, EcritureNum, date ».</source>
        <translation>Unsettled invoices without a usable PieceRef (empty, or a journal and month such as ‘VE 0523’): {count}. They are numbered ‘journal, EcritureNum, date’.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="468"/>
        <source>Ces comptes ressemblent à des caisses ou à des moyens de paiement, pas à des clients à relancer (excluez-les si c&apos;est le cas) : {accounts}.</source>
        <translation>These accounts look like tills or means of payment, not customers to chase (exclude them if so): {accounts}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="473"/>
        <source>des comptes de clients à relancer ; ceux-ci ressemblent à des caisses ou à des moyens de paiement</source>
        <translation>accounts of customers to chase; these look like tills or means of payment</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="358"/>
        <source>Exclus à votre demande : {accounts}.</source>
        <translation>Excluded at your request: {accounts}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="481"/>
        <source>Ces comptes sont des comptes clients génériques, qui regroupent plusieurs clients sans dire lesquels : leur solde ne peut pas être relancé auprès d&apos;un client précis (excluez-les, ou créez des comptes auxiliaires dans votre comptabilité) : {accounts}.</source>
        <translation>These are generic customer accounts, grouping several customers without saying which: their balance cannot be chased with one customer (exclude them, or create sub-accounts in your bookkeeping): {accounts}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="488"/>
        <source>un compte par client ; ceux-ci sont des comptes clients génériques</source>
        <translation>one account per customer; these are generic customer accounts</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_ledger.py" line="542"/>
        <source>{account} : lignes en plusieurs devises ; les montants sont pris en {currency}, la devise de la comptabilité.</source>
        <translation>{account}: lines in several currencies; the amounts are taken in {currency}, the accounting currency.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="48"/>
        <location filename="../../relance_desktop/services/import_plan.py" line="272"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="49"/>
        <source>N° de facture</source>
        <translation>Invoice no.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="50"/>
        <source>Date de facture</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="51"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="52"/>
        <source>Montant TTC</source>
        <translation>Amount incl. VAT</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="53"/>
        <location filename="../../relance_desktop/services/import_plan.py" line="245"/>
        <source>Déjà payé</source>
        <translation>Already paid</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="54"/>
        <source>Reste dû</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="55"/>
        <source>Devise</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="56"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="57"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="58"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="59"/>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="60"/>
        <source>Ville</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="61"/>
        <source>Pays</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="62"/>
        <source>N° d&apos;entreprise (SIREN, BCE)</source>
        <translation>Company number (SIREN, CBE)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="63"/>
        <source>N° de TVA</source>
        <translation>VAT number</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="64"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="65"/>
        <source>N° de compte client</source>
        <translation>Customer account code</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="66"/>
        <source>Date de paiement</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="67"/>
        <source>Délai de paiement (jours)</source>
        <translation>Payment terms (days)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="68"/>
        <source>Conditions de paiement</source>
        <translation>Payment conditions</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="69"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="73"/>
        <source>tabulation</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular.py" line="202"/>
        <source>Lu avec le profil « {profile} ».</source>
        <translation>Read with the ‘{profile}’ profile.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="189"/>
        <source>Un autre problème n&apos;est pas listé.</source>
        <translation>One more problem is not listed.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="192"/>
        <source>{count} autres problèmes ne sont pas listés.</source>
        <translation>Further problems not listed: {count}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="245"/>
        <source>une colonne n° {position} pour ce champ (le fichier en a {width})</source>
        <translation>column {position} for this field (the file has {width} columns)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="257"/>
        <source>une colonne « {column} » dans l&apos;en-tête, pour le champ « {field} »</source>
        <translation>a ‘{column}’ column in the header row, for the ‘{field}’ field</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="261"/>
        <source>une colonne « {column} » pour le champ « {field} » (le fichier n&apos;a pas de ligne d&apos;en-tête)</source>
        <translation>a ‘{column}’ column for the ‘{field}’ field (the file has no header row)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="217"/>
        <source>une colonne pour ce champ (choisissez-la parmi celles du fichier)</source>
        <translation>a column for this field (choose one of the file&apos;s columns)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_columns.py" line="224"/>
        <source>Rien ne peut être importé tant que chaque information obligatoire n&apos;a pas sa colonne.</source>
        <translation>Nothing can be imported until every required field has its column.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_rows.py" line="73"/>
        <source>des cellules de moins de {limit} caractères ; une cellule de cette ligne est plus longue (un guillemet non refermé ?) : la ligne est ignorée</source>
        <translation>cells shorter than {limit} characters; a cell of this line is longer (a quote not closed?): the line is left out</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_rows.py" line="86"/>
        <source>une ligne CSV bien formée (le lecteur CSV la refuse : {reason})</source>
        <translation>a well-formed CSV line (the CSV reader rejects it: {reason})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_rows.py" line="108"/>
        <source>Le tableau s&apos;arrête ligne {line}, où commence « {title} ».</source>
        <translation>The table ends at line {line}, where ‘{title}’ begins.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_rows.py" line="133"/>
        <source>aucune valeur au-delà des {width} colonnes du tableau</source>
        <translation>no value beyond the table&apos;s {width} columns</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_rows.py" line="143"/>
        <source>{width} colonnes séparées par « {separator} » (les lignes {line} à {end} n&apos;en font qu&apos;une : un guillemet non fermé ?)</source>
        <translation>{width} columns separated by ‘{separator}’ (lines {line} to {end} form a single line: an unclosed quotation mark?)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_rows.py" line="149"/>
        <source>{width} colonnes séparées par « {separator} », comme l&apos;en-tête</source>
        <translation>{width} columns separated by ‘{separator}’, like the header row</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_rows.py" line="153"/>
        <source>{width} colonnes séparées par « {separator} »</source>
        <translation>{width} columns separated by ‘{separator}’</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_rows.py" line="274"/>
        <source>un numéro de facture</source>
        <translation>an invoice number</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_rows.py" line="278"/>
        <source>le nom du client</source>
        <translation>the customer&apos;s name</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_rows.py" line="302"/>
        <location filename="../../relance_desktop/importers/values.py" line="316"/>
        <source>un montant comme {example}</source>
        <translation>an amount such as {example}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_rows.py" line="325"/>
        <source>un nombre de jours (3650 au plus)</source>
        <translation>a number of days (3650 at most)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_layouts.py" line="86"/>
        <source>La ligne {line} est une ligne de total : ignorée.</source>
        <translation>Line {line} is a total line: skipped.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_layouts.py" line="106"/>
        <source>La ligne {lines}, identique à une ligne précédente, a été écartée.</source>
        <translation>Line {lines}, identical to an earlier line, has been left out.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_layouts.py" line="113"/>
        <source>{count} lignes identiques à une ligne précédente ont été écartées (lignes {lines}).</source>
        <translation>{count} lines identical to an earlier line have been left out (lines {lines}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_invoices.py" line="194"/>
        <source>le client de la facture {number} (« {customer} », ligne {first_line}) : un numéro de facture n&apos;appartient qu&apos;à un client</source>
        <translation>the customer of invoice {number} (‘{customer}’, line {first_line}): an invoice number belongs to one customer only</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_invoices.py" line="210"/>
        <source>la devise de la facture {number} ({currency}, ligne {first_line})</source>
        <translation>the currency of invoice {number} ({currency}, line {first_line})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_invoices.py" line="177"/>
        <source>les mêmes montants qu&apos;à la ligne {first_line} (facture {number})</source>
        <translation>the same amounts as on line {first_line} (invoice {number})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_layouts.py" line="135"/>
        <source>Les totaux viennent de la feuille « {sheet} » (remises et taxes comprises).</source>
        <translation>The totals come from the ‘{sheet}’ sheet (discounts and taxes included).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_layouts.py" line="143"/>
        <source>Les paiements viennent de la feuille « {sheet} ».</source>
        <translation>The payments come from the ‘{sheet}’ sheet.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_layouts.py" line="201"/>
        <source>une colonne « {column} » (export des transactions de Wave)</source>
        <translation>a ‘{column}’ column (Wave transactions export)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_layouts.py" line="218"/>
        <source>Wave : chaque facture est la somme de ses lignes « {account} » (les paiements sont les lignes négatives). Le fichier ne donne pas d&apos;échéances : le délai de paiement du client ou de l&apos;entreprise s&apos;applique.</source>
        <translation>Wave: each invoice is the sum of its ‘{account}’ lines (payments are the negative lines). The file gives no due dates: the customer&apos;s or the company&apos;s payment terms apply.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_layouts.py" line="263"/>
        <source>{width} colonnes (format « Import Bills &amp; Invoices » de GnuCash)</source>
        <translation>{width} columns (GnuCash ‘Import Bills &amp; Invoices’ format)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_layouts.py" line="276"/>
        <source>id (colonne 1)</source>
        <translation>id (column 1)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_layouts.py" line="277"/>
        <source>le numéro de la facture client ou fournisseur</source>
        <translation>the customer or supplier invoice number</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_layouts.py" line="306"/>
        <source>{number} : une facture du fournisseur {owner} (ses lignes vont en comptes de charges) ; c&apos;est une dette de l&apos;entreprise, pas une facture à relancer.</source>
        <translation>{number}: an invoice from supplier {owner} (its lines go to expense accounts); it is a debt of the company, not an invoice to chase.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_layouts.py" line="313"/>
        <source>{number} : une facture du fournisseur {owner} (ses lignes vont en comptes de charges) ; c&apos;est une dette de l&apos;entreprise, pas une facture à relancer. Elle n&apos;est pas non plus validée dans GnuCash.</source>
        <translation>{number}: an invoice from supplier {owner} (its lines go to expense accounts); it is a debt of the company, not an invoice to chase. It is not posted in GnuCash either.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_layouts.py" line="325"/>
        <source>{number} : pas encore validée dans GnuCash (aucune date de validation), donc rien n&apos;est dû.</source>
        <translation>{number}: not yet posted in GnuCash (no posting date), so nothing is due.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_layouts.py" line="288"/>
        <source>Aucune facture client ouverte : un fichier d&apos;import GnuCash (bi-import) contient des factures avant leur validation, et seules les factures clients validées sont dues.</source>
        <translation>No open customer invoice: a GnuCash import file (bi-import) holds invoices before they are posted, and only posted customer invoices are due.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_layouts.py" line="351"/>
        <source>quantité × prix (colonnes 10 et 11)</source>
        <translation>quantity × price (columns 10 and 11)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_layouts.py" line="367"/>
        <source>prix (colonne 11)</source>
        <translation>price (column 11)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_layouts.py" line="368"/>
        <source>un montant inférieur à 10 000 000 000</source>
        <translation>an amount below 10,000,000,000</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_layouts.py" line="393"/>
        <source>tax_table (colonne 17)</source>
        <translation>tax_table (column 17)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_layouts.py" line="394"/>
        <source>des montants TTC : les tables de taxes de GnuCash ne sont pas dans le fichier, le montant de la facture {number} est le total de ses lignes hors taxes</source>
        <translation>amounts incl. VAT: GnuCash&apos;s tax tables are not in the file, so the amount of invoice {number} is the total of its lines excl. VAT</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_invoices.py" line="284"/>
        <source>des lignes toutes lisibles pour la facture {number} (la ligne {bad_line} ne l&apos;est pas : toute la facture est écartée)</source>
        <translation>only readable lines for invoice {number} (line {bad_line} is not: the whole invoice is left out)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_invoices.py" line="302"/>
        <source>une facture émise : la facture {number} est un brouillon, importé comme tel (les brouillons ne sont pas relancés)</source>
        <translation>an issued invoice: invoice {number} is a draft, imported as such (drafts are not chased)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_invoices.py" line="308"/>
        <source>une facture émise : la facture {number} est un brouillon, écarté (les brouillons ne sont pas relancés)</source>
        <translation>an issued invoice: invoice {number} is a draft, left out (drafts are not chased)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_invoices.py" line="325"/>
        <source>une facture valable : la facture {number} est annulée, elle est écartée</source>
        <translation>a valid invoice: invoice {number} is cancelled, so it is left out</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_invoices.py" line="339"/>
        <source>Brouillon écarté : {numbers}. Les brouillons ne sont pas relancés (pour les importer : option de profil drafts=import).</source>
        <translation>Draft left out: {numbers}. Drafts are not chased (to import them: profile option drafts=import).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_invoices.py" line="345"/>
        <source>{count} brouillons écartés : {numbers}. Les brouillons ne sont pas relancés (pour les importer : option de profil drafts=import).</source>
        <translation>{count} drafts left out: {numbers}. Drafts are not chased (to import them: profile option drafts=import).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_invoices.py" line="355"/>
        <source>Le fichier ne précise aucune devise : les montants sont lus en {currency}.</source>
        <translation>The file specifies no currency: amounts are read in {currency}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_invoices.py" line="466"/>
        <source>le montant déjà payé : la facture {number} est partiellement payée mais le fichier ne dit pas combien, tout son montant est compté comme dû</source>
        <translation>the amount already paid: invoice {number} is partly paid but the file does not say how much, so its whole amount is counted as due</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_invoices.py" line="481"/>
        <source>montant − payé = reste dû pour la facture {number} (le reste dû est retenu)</source>
        <translation>amount − paid = balance due for invoice {number} (the balance due is kept)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_invoices.py" line="427"/>
        <source>un montant payé entre 0 et le montant de la facture {number} ({amount})</source>
        <translation>an amount paid between 0 and the amount of invoice {number} ({amount})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_layouts.py" line="43"/>
        <source>un nombre comme {example}</source>
        <translation>a number such as {example}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_profiles.py" line="142"/>
        <source>Ce n&apos;est pas un profil d&apos;import enregistré ({reason}).</source>
        <translation>This is not a saved import profile ({reason}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_profiles.py" line="149"/>
        <source>Ce n&apos;est pas un profil d&apos;import enregistré : il n&apos;a pas de nom.</source>
        <translation>This is not a saved import profile: it has no name.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_profiles.py" line="157"/>
        <source>Ce n&apos;est pas un profil d&apos;import enregistré : ses colonnes et ses options doivent être des objets JSON.</source>
        <translation>This is not a saved import profile: its columns and options must be JSON objects.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_profiles.py" line="190"/>
        <source>Profil « {profile} » : champ inconnu « {field} ».</source>
        <translation>Profile ‘{profile}’: unknown field ‘{field}’.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_profiles.py" line="196"/>
        <source>Profil « {profile} » : le champ « {field} » doit donner le nom d&apos;une colonne ou son numéro.</source>
        <translation>Profile ‘{profile}’: field ‘{field}’ must give a column name or number.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_profiles.py" line="206"/>
        <source>Profil « {profile} » : numéro de colonne négatif pour « {field} ».</source>
        <translation>Profile ‘{profile}’: negative column number for ‘{field}’.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_profiles.py" line="217"/>
        <source>Profil « {profile} » : l&apos;option « {option} » doit valoir {choices}, pas {value}.</source>
        <translation>Profile ‘{profile}’: option ‘{option}’ must be {choices}, not {value}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_profiles.py" line="232"/>
        <source>Profil « {profile} » : l&apos;option « {option} » n&apos;a pas le bon type.</source>
        <translation>Profile ‘{profile}’: option ‘{option}’ has the wrong type.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_profiles.py" line="243"/>
        <source>Profil « {profile} » : « {currency} » n&apos;est pas une devise.</source>
        <translation>Profile ‘{profile}’: ‘{currency}’ is not a currency.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/decoding.py" line="136"/>
        <source>encodage</source>
        <translation>encoding</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/decoding.py" line="137"/>
        <source>du texte en Windows-1252 (cet octet n&apos;y correspond à aucun caractère)</source>
        <translation>Windows-1252 text (this byte matches no character in it)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/decoding.py" line="140"/>
        <source>du texte en UTF-8 (des octets de cette ligne sont illisibles)</source>
        <translation>UTF-8 text (some bytes on this line are unreadable)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/decoding.py" line="144"/>
        <source>du texte en UTF-8, comme le reste du fichier ; cette ligne est en Windows-1252 et elle est lue ainsi : vérifiez ses accents</source>
        <translation>text in UTF-8, like the rest of the file; this line is in Windows-1252 and is read as such: check its accents</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/decoding.py" line="149"/>
        <source>du texte en Windows-1252, comme le reste du fichier ; cette ligne est en UTF-8 et elle est lue ainsi : vérifiez ses accents</source>
        <translation>text in Windows-1252, like the rest of the file; this line is in UTF-8 and is read as such: check its accents</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="159"/>
        <source>« {file} » est vide : il n&apos;y a aucun tableau à importer.</source>
        <translation>‘{file}’ is empty: there is no table to import.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="166"/>
        <source>« {file} » est un PDF, pas un tableau CSV ou Excel (une facture Factur-X s&apos;importe comme facture électronique).</source>
        <translation>‘{file}’ is a PDF, not a CSV or Excel table (a Factur-X invoice is imported as an e-invoice).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="175"/>
        <source>« {file} » est un ancien fichier Excel (.xls) : enregistrez-le en .xlsx ou en CSV, puis importez-le.</source>
        <translation>‘{file}’ is an old Excel file (.xls): save it as .xlsx or CSV, then import it.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="185"/>
        <source>« {file} » est un document XML, pas un tableau (les factures UBL et Factur-X s&apos;importent comme factures électroniques).</source>
        <translation>‘{file}’ is an XML document, not a table (UBL and Factur-X invoices are imported as e-invoices).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="199"/>
        <source>« {file} » n&apos;est pas un tableau texte : il contient des données binaires (caractères de contrôle).</source>
        <translation>‘{file}’ is not a text table: it contains binary data (control characters).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="275"/>
        <source>« {file} » se décompresse en {size} Mo, au-delà des {limit} Mo qu&apos;une liste de factures peut occuper : le classeur n&apos;est pas ouvert. Enregistrez la feuille des factures seule, en CSV, puis importez-la.</source>
        <translation>‘{file}’ expands to {size} MB, beyond the {limit} MB an invoice list can take: the workbook is not opened. Save the invoice sheet alone as CSV, then import that.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="292"/>
        <source>« {file} » ne peut pas être lu comme un classeur Excel (.xlsx) : {reason}</source>
        <translation>‘{file}’ cannot be read as an Excel workbook (.xlsx): {reason}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="317"/>
        <source>« {file} » : une feuille de ce classeur est illisible ({reason}).</source>
        <translation>‘{file}’: a sheet of this workbook is unreadable ({reason}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="460"/>
        <source>Des dates se lisent jour d&apos;abord ({day_first}), d&apos;autres mois d&apos;abord ({month_first}) : l&apos;ordre JJ/MM est retenu, les autres dates sont signalées.</source>
        <translation>Some dates read day first ({day_first}), others month first ({month_first}): the DD/MM order is used and the other dates are flagged.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="466"/>
        <source>Des dates se lisent jour d&apos;abord ({day_first}), d&apos;autres mois d&apos;abord ({month_first}) : l&apos;ordre MM/JJ est retenu, les autres dates sont signalées.</source>
        <translation>Some dates read day first ({day_first}), others month first ({month_first}): the MM/DD order is used and the other dates are flagged.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="478"/>
        <source>Toutes les dates du fichier se lisent aussi bien JJ/MM que MM/JJ : JJ/MM/AAAA est retenu. Vérifiez l&apos;aperçu et changez l&apos;ordre des dates si besoin.</source>
        <translation>Every date in the file reads equally well as DD/MM or MM/DD: DD/MM/YYYY is used. Check the preview and change the date order if needed.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="520"/>
        <source>« {file} » est trop volumineux pour une liste de factures.</source>
        <translation>‘{file}’ is too large for a list of invoices.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="541"/>
        <source>« {file} » n&apos;est pas un tableau : aucun séparateur de colonnes (virgule, point-virgule, tabulation ou barre verticale) ne donne des lignes d&apos;au moins deux colonnes.</source>
        <translation>‘{file}’ is not a table: no column separator (comma, semicolon, tab or vertical bar) gives lines of at least two columns.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="570"/>
        <source>« {file} », ligne {line} : cette ligne dépasse {limit} caractères, ce qu&apos;aucune liste de factures ne fait (une fin de ligne ou un séparateur manque ?). Le fichier n&apos;est pas importé.</source>
        <translation>‘{file}’, line {line}: this line is longer than {limit} characters, which no invoice list is (a missing line end or separator?). The file is not imported.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="588"/>
        <source>« {file} », feuille « {sheet} », ligne {line} : {count} colonnes, au-delà des {limit} qu&apos;une liste de factures peut avoir. Le fichier n&apos;est pas importé.</source>
        <translation>‘{file}’, sheet ‘{sheet}’, row {line}: {count} columns, beyond the {limit} an invoice list can have. The file is not imported.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="597"/>
        <source>« {file} », ligne {line} : {count} colonnes, au-delà des {limit} qu&apos;une liste de factures peut avoir. Le fichier n&apos;est pas importé.</source>
        <translation>‘{file}’, line {line}: {count} columns, beyond the {limit} an invoice list can have. The file is not imported.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="610"/>
        <source>« {file} » n&apos;a pas de feuille « {sheet} » (feuilles : {sheets}).</source>
        <translation>‘{file}’ has no ‘{sheet}’ sheet (sheets: {sheets}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="620"/>
        <source>« {file} » : toutes les feuilles du classeur sont vides.</source>
        <translation>‘{file}’: every sheet of the workbook is empty.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="697"/>
        <source>La ligne 1, avant l&apos;en-tête, est ignorée.</source>
        <translation>Line 1, before the header row, is skipped.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="699"/>
        <source>Les lignes 1 à {last}, avant l&apos;en-tête, sont ignorées.</source>
        <translation>Lines 1 to {last}, before the header row, are skipped.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="705"/>
        <source>La ligne 1, avant les données, est ignorée.</source>
        <translation>Line 1, before the data, is skipped.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="707"/>
        <source>Les lignes 1 à {last}, avant les données, sont ignorées.</source>
        <translation>Lines 1 to {last}, before the data, are skipped.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="718"/>
        <source>Le fichier n&apos;a pas de ligne d&apos;en-tête : les colonnes sont désignées par leur position.</source>
        <translation>The file has no header row: columns are referred to by their position.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="654"/>
        <source>« {file} » n&apos;est pas un tableau : il a moins de deux colonnes de données.</source>
        <translation>‘{file}’ is not a table: it has fewer than two data columns.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/tabular_sniff.py" line="731"/>
        <source>« {file} » ne peut pas être lu : {reason}</source>
        <translation>‘{file}’ cannot be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/values.py" line="356"/>
        <source>un montant inférieur à 10 000 000 000 (comme {example})</source>
        <translation>an amount below 10,000,000,000 (such as {example})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/values.py" line="600"/>
        <source>une date {pattern} entre {first} et {last}</source>
        <translation>a {pattern} date between {first} and {last}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/values.py" line="607"/>
        <source>une date {pattern} qui existe dans le calendrier</source>
        <translation>a {pattern} date that exists in the calendar</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/values.py" line="519"/>
        <source>JJ/MM/AAAA</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/values.py" line="520"/>
        <source>MM/JJ/AAAA</source>
        <translation>MM/DD/YYYY</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/values.py" line="521"/>
        <source>AAAA-MM-JJ</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/values.py" line="522"/>
        <source>AAAAMMJJ</source>
        <translation>YYYYMMDD</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/values.py" line="535"/>
        <source>une date {pattern}</source>
        <translation>a {pattern} date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/values.py" line="313"/>
        <source>un code de devise ISO comme EUR</source>
        <translation>an ISO currency code such as EUR</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/ubl.py" line="87"/>
        <source>une facture ou un avoir UBL (fichier XML) ; ce fichier est un PDF</source>
        <translation>a UBL invoice or credit note (XML file); this file is a PDF</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/ubl.py" line="91"/>
        <source>une facture ou un avoir UBL (fichier XML) ; ce fichier n&apos;est pas un document XML</source>
        <translation>a UBL invoice or credit note (XML file); this file is not an XML document</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/ubl.py" line="102"/>
        <source>une facture ou un avoir UBL 2.1 (urn:oasis:names:specification:ubl:schema:xsd:Invoice-2 / CreditNote-2) ; ce document est une facture CII (Factur-X/ZUGFeRD)</source>
        <translation>a UBL 2.1 invoice or credit note (urn:oasis:names:specification:ubl:schema:xsd:Invoice-2 / CreditNote-2); this document is a CII invoice (Factur-X/ZUGFeRD)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/ubl.py" line="109"/>
        <source>une facture ou un avoir UBL 2.1 (urn:oasis:names:specification:ubl:schema:xsd:Invoice-2 / CreditNote-2)</source>
        <translation>a UBL 2.1 invoice or credit note (urn:oasis:names:specification:ubl:schema:xsd:Invoice-2 / CreditNote-2)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/ubl.py" line="196"/>
        <source>les totaux du document</source>
        <translation>the document totals</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/ubl.py" line="206"/>
        <source>la devise du document ; celle des montants est prise : {currency}</source>
        <translation>the document currency; the currency of the amounts is used: {currency}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/ubl.py" line="249"/>
        <source>le total TTC ; calculé à la place : montant à payer + déjà payé − arrondi = {computed}</source>
        <translation>the total including VAT; computed instead: amount due + already paid − rounding = {computed}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_checks.py" line="43"/>
        <source>un montant à deux décimales ; avec trois, le séparateur peut être celui des milliers : le montant est lu {read}, vérifiez-le</source>
        <translation>an amount with two decimals; with three, the mark may be a thousands separator: the amount is read as {read}, check it</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/importers/fec_checks.py" line="100"/>
        <source>une écriture équilibrée ; l&apos;écriture {number} du journal {journal} a {debit} au débit et {credit} au crédit (écart {gap}) : une ligne manque ou un montant est faux</source>
        <translation>a balanced entry; entry {number} of journal {journal} has {debit} in debit and {credit} in credit (difference {gap}): a line is missing or an amount is wrong</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/import_plan.py" line="246"/>
        <source>un montant déjà payé entre 0 et le total du document {number} ({total}) ; Relance compte {recorded} comme payé, il reste dû {due}</source>
        <translation>an amount already paid between 0 and the total of document {number} ({total}); Relance counts {recorded} as paid, {due} remains due</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/import_plan.py" line="261"/>
        <source>Numéro de document</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/import_plan.py" line="262"/>
        <source>un numéro de document unique : le numéro {number} est aussi dans « {other} » ; seul celui de « {other} » est importé, celui-ci est laissé de côté</source>
        <translation>a unique document number: number {number} is also in “{other}”; only the one in “{other}” is imported, this one is left out</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/import_plan.py" line="273"/>
        <source>un client déjà connu : « {name} » ({own}) est créé à part, car le client de ce nom a un autre compte ({other}) ; fusionnez les deux fiches s&apos;il s&apos;agit du même</source>
        <translation>a known customer: “{name}” ({own}) is created separately, because the customer of that name has another account ({other}); merge the two records if they are the same customer</translation>
    </message>
</context>
<context>
    <name>imports</name>
    <message>
        <location filename="../../relance_desktop/services/import_read.py" line="54"/>
        <source>Impossible de lire « {path} » : {reason}</source>
        <translation>Cannot read ‘{path}’: {reason}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/import_read.py" line="60"/>
        <source>« {path} » ne peut pas être importé : {reason}</source>
        <translation>‘{path}’ cannot be imported: {reason}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/import_read.py" line="65"/>
        <source>« {path} » : format non reconnu. Relance importe les fichiers CSV et Excel, le FEC, les factures Factur-X (PDF) et UBL (XML).</source>
        <translation>‘{path}’: format not recognised. Relance imports CSV and Excel files, the FEC (French accounting entries file), and Factur-X (PDF) and UBL (XML) invoices.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/import_profiles.py" line="65"/>
        <source>Aucun profil d&apos;import nommé « {name} ».</source>
        <translation>No import profile named ‘{name}’.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="24"/>
        <source>Entreprise</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="25"/>
        <source>Indépendant</source>
        <translation>Sole trader</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="26"/>
        <source>Particulier</source>
        <translation>Private individual</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="27"/>
        <source>Organisme public</source>
        <translation>Public body</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="30"/>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="31"/>
        <source>Belgique</source>
        <translation>Belgium</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="34"/>
        <source>Français</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="35"/>
        <source>Néerlandais</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="36"/>
        <source>Anglais</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="39"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="61"/>
        <location filename="../../relance_desktop/views/labels.py" line="40"/>
        <location filename="../../relance_desktop/views/labels.py" line="59"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="41"/>
        <location filename="../../relance_desktop/views/labels.py" line="60"/>
        <source>Courrier</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="44"/>
        <source>Payée</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="45"/>
        <source>Payée en partie</source>
        <translation>Partly paid</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="46"/>
        <source>À échoir</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="47"/>
        <source>En retard</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="48"/>
        <source>En litige</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="49"/>
        <source>Promesse</source>
        <translation>Promise to pay</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="50"/>
        <location filename="../../relance_desktop/views/labels.py" line="54"/>
        <source>Annulée</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="53"/>
        <source>Ouverte</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="55"/>
        <source>Passée en perte</source>
        <translation>Written off</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="13"/>
        <source>Virement</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="14"/>
        <source>Carte</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="15"/>
        <source>Chèque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="16"/>
        <source>Espèces</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="17"/>
        <source>Prélèvement</source>
        <translation>Direct debit</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="18"/>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="58"/>
        <source>Appel</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="61"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="62"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="22"/>
        <source>joint</source>
        <translation>reached</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="23"/>
        <source>pas de réponse</source>
        <translation>no answer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="24"/>
        <source>messagerie</source>
        <translation>voicemail</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="25"/>
        <source>faux numéro</source>
        <translation>wrong number</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="26"/>
        <source>refus</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="27"/>
        <source>à rappeler</source>
        <translation>call back</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="65"/>
        <source>Rappeler</source>
        <translation>Call back</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="66"/>
        <source>Vérifier le paiement</source>
        <translation>Check payment</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="67"/>
        <source>Envoyer un courrier</source>
        <translation>Send a letter</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="70"/>
        <source>client</source>
        <translation>customer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="71"/>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="72"/>
        <source>facture</source>
        <translation>invoice</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="73"/>
        <source>paiement</source>
        <translation>payment</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="74"/>
        <source>société</source>
        <translation>company</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="75"/>
        <source>promesse</source>
        <translation>promise to pay</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="76"/>
        <source>échéancier</source>
        <translation>payment plan</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="77"/>
        <source>litige</source>
        <translation>dispute</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="78"/>
        <source>tâche</source>
        <translation>task</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="79"/>
        <source>appel</source>
        <translation>call</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="80"/>
        <source>texte</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="83"/>
        <source>modifié</source>
        <translation>updated</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="84"/>
        <source>supprimé</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="85"/>
        <source>copie jointe</source>
        <translation>copy attached</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="86"/>
        <source>ajouté</source>
        <translation>added</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="89"/>
        <source>nom</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="90"/>
        <source>numéro</source>
        <translation>number</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="91"/>
        <source>montant</source>
        <translation>amount</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="92"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="93"/>
        <source>échéance</source>
        <translation>due date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="94"/>
        <source>date du paiement</source>
        <translation>payment date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="95"/>
        <source>téléphone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="96"/>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="66"/>
        <location filename="../../relance_desktop/views/labels.py" line="97"/>
        <source>e-mail</source>
        <translation>email</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="98"/>
        <source>fonction</source>
        <translation>job title</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="99"/>
        <source>adresse</source>
        <translation>address</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="100"/>
        <source>ville</source>
        <translation>town</translation>
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
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="104"/>
        <source>copie</source>
        <translation>copy</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="105"/>
        <source>délai de paiement</source>
        <translation>payment terms</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="107"/>
        <source>Appeler</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="109"/>
        <source>Facture pas reçue</source>
        <translation>Invoice not received</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="110"/>
        <source>Conteste la facture</source>
        <translation>Disputes the invoice</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="111"/>
        <source>Oubli</source>
        <translation>Forgot to pay</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="112"/>
        <source>Difficultés de trésorerie</source>
        <translation>Cash-flow difficulties</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="113"/>
        <source>En attente de validation</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="114"/>
        <source>Mauvais interlocuteur ou absent</source>
        <translation>Wrong person or not available</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="115"/>
        <source>Dit avoir déjà payé</source>
        <translation>Says they have already paid</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="118"/>
        <source>Envoyer la copie par e-mail maintenant…</source>
        <translation>Email the copy now…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="119"/>
        <source>Ouvrir un litige…</source>
        <translation>Open a dispute…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="120"/>
        <source>Noter une promesse de paiement</source>
        <translation>Record a promise to pay</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="121"/>
        <source>Construire un échéancier…</source>
        <translation>Build a payment plan…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="122"/>
        <source>Noter le paiement annoncé à vérifier…</source>
        <translation>Record the claimed payment to check…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="123"/>
        <source>Noter un nouvel interlocuteur…</source>
        <translation>Record a new contact person…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="124"/>
        <source>Noter le circuit de paiement…</source>
        <translation>Record their payment process…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="31"/>
        <source>en attente</source>
        <translation>pending</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="32"/>
        <source>tenue</source>
        <translation>kept</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="33"/>
        <source>tenue en partie</source>
        <translation>partly kept</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="34"/>
        <source>non tenue</source>
        <translation>broken</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="35"/>
        <source>annulée</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="39"/>
        <source>en cours</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="40"/>
        <source>respecté</source>
        <translation>kept</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="41"/>
        <source>non respecté</source>
        <translation>broken</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="42"/>
        <source>annulé</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="52"/>
        <source>Rappel avant échéance</source>
        <translation>Reminder before the due date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="53"/>
        <source>Première relance</source>
        <translation>First reminder</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="54"/>
        <source>Deuxième relance</source>
        <translation>Second reminder</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="55"/>
        <source>Mise en demeure</source>
        <translation>Formal notice</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="56"/>
        <source>Confirmation de l&apos;accord téléphonique</source>
        <translation>Confirmation of the telephone agreement</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="57"/>
        <source>Échéancier de paiement</source>
        <translation>Payment plan</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="58"/>
        <source>Remerciement après paiement</source>
        <translation>Thank-you after payment</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="59"/>
        <source>Relevé de compte</source>
        <translation>Statement of account</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="60"/>
        <source>Dossier de recouvrement</source>
        <translation>Debt collection file</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="65"/>
        <source>imprimé</source>
        <translation>printed</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="67"/>
        <source>courrier</source>
        <translation>post</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="127"/>
        <source>à venir</source>
        <translation>upcoming</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="128"/>
        <source>payée</source>
        <translation>paid</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="129"/>
        <source>payée en partie</source>
        <translation>partly paid</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="130"/>
        <source>en retard</source>
        <translation>late</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="46"/>
        <source>ouvert</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="47"/>
        <source>résolu</source>
        <translation>resolved</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/vocabulary.py" line="48"/>
        <source>rejeté (la facture reste due)</source>
        <translation>rejected (the invoice is still due)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="133"/>
        <source>Bon payeur, en retard cette fois</source>
        <translation>Good payer, late this time</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="134"/>
        <source>Retards fréquents : soyez ferme et précis</source>
        <translation>Often late: be firm and precise</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="135"/>
        <source>Profil de paiement habituel</source>
        <translation>Usual payment pattern</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="138"/>
        <source>tous les mois</source>
        <translation>every month</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="139"/>
        <source>toutes les deux semaines</source>
        <translation>every two weeks</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="140"/>
        <source>toutes les semaines</source>
        <translation>every week</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="143"/>
        <source>&amp;1 Préparer</source>
        <translation>&amp;1 Prepare</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="144"/>
        <source>&amp;2 Se présenter</source>
        <translation>&amp;2 Introduce yourself</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="145"/>
        <source>&amp;3 Écouter</source>
        <translation>&amp;3 Listen</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="146"/>
        <source>&amp;4 Négocier</source>
        <translation>&amp;4 Negotiate</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="147"/>
        <source>&amp;5 Conclure</source>
        <translation>&amp;5 Conclude</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/labels.py" line="148"/>
        <source>&amp;6 Documenter</source>
        <translation>&amp;6 Write up</translation>
    </message>
</context>
<context>
    <name>legal</name>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="76"/>
        <source>Le taux du semestre {half_years} n&apos;est pas encore connu de Relance (table à jour jusqu&apos;au {known_until}). Ajoutez-le dans Outils › Taux d&apos;intérêt (fichier de mise à jour, mise à jour en ligne ou saisie avec sa source), puis recalculez : Relance ne devine jamais un taux.</source>
        <translation>The rate for half-year {half_years} is not yet known to Relance (table up to date until {known_until}). Add it in Tools › Interest rates (update file, online update or typed with its source), then compute again: Relance never guesses a rate.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="91"/>
        <source>Principal restant dû</source>
        <translation>Outstanding principal</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="92"/>
        <source>Intérêts de retard</source>
        <translation>Late-payment interest</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="93"/>
        <source>Indemnité forfaitaire pour frais de recouvrement</source>
        <translation>Fixed compensation for recovery costs</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="95"/>
        <source>Indemnité forfaitaire (montant maximal autorisé)</source>
        <translation>Fixed compensation (maximum amount allowed)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="97"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="100"/>
        <source>C. com. art. L441-10 : taux BCE au 1er janvier / 1er juillet + 10 points, sur le montant TTC, du lendemain de l&apos;échéance au jour du calcul</source>
        <translation>French Commercial Code art. L441-10: ECB rate on 1 January / 1 July + 10 points, on the amount incl. VAT, from the day after the due date to the day of calculation</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="103"/>
        <source>C. com. art. D441-5 : 40 € par facture payée en retard</source>
        <translation>French Commercial Code, art. D441-5: €40 per invoice paid late</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="105"/>
        <source>C. civ. art. 1231-6 et 1344-1 : taux d&apos;intérêt légal (« autres cas ») à partir de la mise en demeure</source>
        <translation>French Civil Code, arts 1231-6 and 1344-1: statutory interest rate (‘other cases’) from the formal notice</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="108"/>
        <source>Loi du 2 août 2002, art. 5 : taux directeur BCE + 8 points (arrondi au demi-point supérieur), publié par semestre</source>
        <translation>Law of 2 August 2002, art. 5: ECB main refinancing rate + 8 percentage points (rounded up to the next half point), published every half-year</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="111"/>
        <source>Loi du 2 août 2002, art. 6 : indemnité forfaitaire de 40 € par facture</source>
        <translation>Law of 2 August 2002, art. 6: fixed compensation of €40 per invoice</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="113"/>
        <source>CDE livre XIX, art. XIX.4 : maximums autorisés envers un consommateur, après le délai de 14 jours suivant le premier rappel gratuit</source>
        <translation>Book XIX of the Code of Economic Law, art. XIX.4: maximum amounts allowed against a consumer, after the 14-day waiting period following the free first reminder</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="119"/>
        <source>C. com. L441-10</source>
        <translation>Fr. Com. Code L441-10</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="120"/>
        <source>C. com. D441-5</source>
        <translation>Fr. Com. Code D441-5</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="121"/>
        <source>C. civ. 1231-6</source>
        <translation>Fr. Civil Code 1231-6</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="122"/>
        <source>Loi 2/8/2002, art. 5</source>
        <translation>Law 2/8/2002, art. 5</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="123"/>
        <source>Loi 2/8/2002, art. 6</source>
        <translation>Law 2/8/2002, art. 6</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="124"/>
        <source>CDE XIX.4</source>
        <translation>CEL XIX.4</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="127"/>
        <source>Rien n&apos;est dû sur cette facture.</source>
        <translation>Nothing is due on this invoice.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="128"/>
        <source>Pas encore en retard : l&apos;échéance du {due_date} n&apos;est pas dépassée au {assessed_on}.</source>
        <translation>Not yet overdue: on {assessed_on}, the due date ({due_date}) has not passed.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="131"/>
        <source>L&apos;échéance du {due_date} tombe un jour non ouvrable ; les intérêts courent quand même dès le lendemain (aucune règle ne la reporte au {next_business_day}).</source>
        <translation>The due date ({due_date}) falls on a non-business day; interest still runs from the next day (no rule postpones it to {next_business_day}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="134"/>
        <source>Attention : le taux contractuel de {rate} % est inférieur au minimum légal de {floor} % (3 × le taux légal, {half_year}). La clause est contestable (L441-10).</source>
        <translation>Warning: the contractual rate of {rate}% is below the statutory minimum of {floor}% (3 × the statutory interest rate, {half_year}). The clause may be challenged (L441-10).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="137"/>
        <source>Le taux légal de {half_years} n&apos;est pas dans la table : le minimum du taux contractuel n&apos;a pas pu être vérifié.</source>
        <translation>The statutory interest rate for {half_years} is not in the table: the minimum contractual rate could not be checked.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="140"/>
        <source>En {half_year}, 3 × le taux légal ({floor} %) dépasse le taux par défaut ({default_rate} %) ; sans clause, c&apos;est le taux par défaut qui s&apos;applique.</source>
        <translation>In {half_year}, 3 × the statutory interest rate ({floor}%) exceeds the default rate ({default_rate}%); without a clause, the default rate applies.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="143"/>
        <source>Procédure collective en cours : l&apos;indemnité de 40 € n&apos;est pas réclamable.</source>
        <translation>Insolvency proceedings under way: the €40 compensation cannot be claimed.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="145"/>
        <source>Procédure d&apos;insolvabilité belge : non prise en compte dans ce calcul.</source>
        <translation>Belgian insolvency proceedings: not taken into account in this calculation.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="147"/>
        <source>Taux {half_year} provisoire (pas encore publié officiellement quand la table a été faite) : vérifiez-le avant de l&apos;envoyer.</source>
        <translation>Provisional {half_year} rate (not yet officially published when the table was compiled): check it before sending.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="150"/>
        <source>Consommateur : le taux légal « autres cas » s&apos;applique, le créancier étant un professionnel.</source>
        <translation>Consumer: the ‘other cases’ statutory interest rate applies, as the creditor is a business.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="153"/>
        <source>Consommateur : ni indemnité de 40 € ni frais de relance (CPCE L111-8).</source>
        <translation>Consumer: neither the €40 compensation nor reminder fees (French Code of Civil Enforcement Procedures, art. L111-8).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="155"/>
        <source>Pas d&apos;intérêts sans mise en demeure : envoyez-la en recommandé avec accusé de réception, les intérêts au taux légal courront dès sa réception.</source>
        <translation>No interest without a formal notice: send it by registered post with acknowledgement of receipt; interest at the statutory rate will run from its receipt.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="158"/>
        <source>La mise en demeure du {notice_received_on} précède l&apos;échéance du {due_date} : les intérêts ne courent qu&apos;après l&apos;échéance.</source>
        <translation>The formal notice of {notice_received_on} predates the due date ({due_date}): interest only runs after the due date.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="161"/>
        <source>Consommateur : seul le taux légal est calculé (taux contractuel de {rate} % ignoré).</source>
        <translation>Consumer: only the statutory interest rate is applied (contractual rate of {rate}% ignored).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="164"/>
        <source>Le premier rappel à un consommateur belge est gratuit.</source>
        <translation>The first reminder to a Belgian consumer is free of charge.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="166"/>
        <source>Aucun premier rappel enregistré : rien ne peut être ajouté avant d&apos;avoir envoyé le rappel gratuit et attendu 14 jours.</source>
        <translation>No first reminder recorded: nothing can be added until the free reminder has been sent and 14 days have passed.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="169"/>
        <source>Échéance antérieure au {all_contracts_from} : le livre XIX ne s&apos;applique qu&apos;aux contrats conclus depuis le {new_contracts_from} (sinon la loi du 20/12/2002).</source>
        <translation>Due date before {all_contracts_from}: Book XIX only applies to contracts concluded since {new_contracts_from} (otherwise the Law of 20/12/2002).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="172"/>
        <source>Le rappel du {reminder_sent_on} précède l&apos;échéance du {due_date} : il ne vaut pas premier rappel.</source>
        <translation>The reminder of {reminder_sent_on} predates the due date ({due_date}): it does not count as the first reminder.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="175"/>
        <source>Mode d&apos;envoi du rappel inconnu : compté comme un courrier (début plus tardif).</source>
        <translation>Reminder sending method unknown: treated as a letter by post (later start).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="177"/>
        <source>Délai de 14 jours du {first_day} au {last_day} : aucuns frais avant le {charges_from} ; indemnité maximale ensuite : {damages_cap}.</source>
        <translation>14-day waiting period from {first_day} to {last_day}: no charges before {charges_from}; maximum compensation thereafter: {damages_cap}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="180"/>
        <source>Les conditions ne prévoient ni intérêts ni indemnité : rien ne peut être ajouté.</source>
        <translation>The terms provide for neither interest nor compensation: nothing can be added.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="183"/>
        <source>Sans taux contractuel indiqué, les intérêts sont calculés au taux maximal.</source>
        <translation>With no contractual rate entered, interest is calculated at the maximum rate.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="185"/>
        <source>Le taux contractuel de {rate} % dépasse le maximum de {cap} % ({half_year}) : la clause est réputée non écrite, aucun intérêt n&apos;est dû.</source>
        <translation>The contractual rate of {rate}% exceeds the maximum of {cap}% ({half_year}): the clause is deemed unwritten and no interest is due.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="188"/>
        <source>Intérêts comptés à partir du {start}.</source>
        <translation>Interest counted from {start}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="190"/>
        <source>Prescription envers un consommateur belge : {reading} (point incertain, réglable dans Outils › Taux d&apos;intérêt).</source>
        <translation>Limitation period for a Belgian consumer: {reading} (unsettled point, adjustable in Tools › Interest rates).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="193"/>
        <source>Prescription proche : la créance ne peut plus être réclamée après le {date} ({days_left} jours). Obtenez une reconnaissance de dette ou agissez en justice.</source>
        <translation>Limitation period ending soon: the claim can no longer be enforced after {date} ({days_left} days). Obtain an acknowledgement of debt or take legal action.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="196"/>
        <source>Prescrite : la créance ne peut plus être réclamée en justice depuis le lendemain du {date}.</source>
        <translation>Time-barred: the claim has been unenforceable in court since the day after {date}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="199"/>
        <source>La reconnaissance du {date} est postérieure à la prescription : elle ne fait pas revivre la créance.</source>
        <translation>The acknowledgement of {date} came after the limitation period expired: it does not revive the claim.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="202"/>
        <source>Taux de {half_years} pas encore connu : intérêts calculés jusqu&apos;au {computed_until}, puis réclamés au taux légal jusqu&apos;à parfait paiement, sans montant (aucun taux deviné).</source>
        <translation>Rate for {half_years} not known yet: interest calculated up to {computed_until}, then claimed at the statutory rate until payment in full, without an amount (no rate guessed).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="211"/>
        <source>1 an à compter de la fin de l&apos;année civile de la vente (loi du 1er mai 1913)</source>
        <translation>1 year from the end of the calendar year of the sale (Law of 1 May 1913)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="213"/>
        <source>10 ans (droit commun des actions personnelles)</source>
        <translation>10 years (general rule for personal actions)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="214"/>
        <source>courrier</source>
        <translation>letter</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="215"/>
        <source>e-mail</source>
        <translation>email</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="414"/>
        <source>{days} j</source>
        <translation>{days} d</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="415"/>
        <source>{country}, {debtor} — échéance le {due}, calcul au {on}</source>
        <translation>{country}, {debtor} — due on {due}, calculated as of {on}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="416"/>
        <source>Délai d&apos;attente de 14 jours : jusqu&apos;au {end} inclus</source>
        <translation>14-day waiting period: until {end} inclusive</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="417"/>
        <source>Frais et intérêts réclamables à partir du {day}</source>
        <translation>Charges and interest claimable from {day}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="418"/>
        <source>Prescription : la créance peut être réclamée jusqu&apos;au {day} inclus</source>
        <translation>Limitation period: the claim can be enforced until {day} inclusive</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="421"/>
        <source>débiteur professionnel</source>
        <translation>business debtor</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="422"/>
        <source>débiteur consommateur</source>
        <translation>consumer debtor</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="425"/>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/legal.py" line="426"/>
        <source>Belgique</source>
        <translation>Belgium</translation>
    </message>
</context>
<context>
    <name>letters</name>
    <message>
        <location filename="../../relance_desktop/services/letters.py" line="246"/>
        <source>« {kind} » n&apos;est pas un type de document connu.</source>
        <translation>‘{kind}’ is not a known document type.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/letters.py" line="250"/>
        <source>Aucun client n&apos;a le numéro {id} dans ce fichier.</source>
        <translation>No customer has the number {id} in this file.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/letters.py" line="333"/>
        <source>Rien à écrire à « {customer} » pour ce document : aucune facture concernée aujourd&apos;hui.</source>
        <translation>Nothing to write to ‘{customer}’ for this document: no invoice qualifies today.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/letters.py" line="300"/>
        <source>Aucune promesse de paiement à confirmer pour « {customer} ».</source>
        <translation>No promise to pay to confirm for ‘{customer}’.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/letters.py" line="308"/>
        <source>Aucun échéancier en cours pour « {customer} ».</source>
        <translation>No active payment plan for ‘{customer}’.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/collection_file.py" line="66"/>
        <location filename="../../relance_desktop/services/collection_file.py" line="80"/>
        <location filename="../../relance_desktop/services/collection_file.py" line="97"/>
        <location filename="../../relance_desktop/services/collection_file.py" line="112"/>
        <location filename="../../relance_desktop/services/collection_file.py" line="125"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/collection_file.py" line="67"/>
        <source>Moyen</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/collection_file.py" line="68"/>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/collection_file.py" line="81"/>
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/collection_file.py" line="82"/>
        <source>Résultat</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/collection_file.py" line="83"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/collection_file.py" line="98"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/collection_file.py" line="99"/>
        <source>Envoi</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/collection_file.py" line="113"/>
        <source>Promis pour le</source>
        <translation>Promised for</translation>
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
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/letter_parts.py" line="109"/>
        <source>{amount} calculés jusqu&apos;au {until}, outre les intérêts au taux prévu par la loi, qui continuent de courir jusqu&apos;à parfait paiement</source>
        <translation>{amount} calculated up to {until}, plus interest at the rate set by law, which continues to run until payment in full</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/letter_parts.py" line="112"/>
        <source>Intérêts de retard à compter du {start} — facture {invoice}</source>
        <translation>Late-payment interest from {start} — invoice {invoice}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/letter_parts.py" line="114"/>
        <source>{rule} : au taux prévu par ce texte, jusqu&apos;à parfait paiement (taux du semestre {half_years} pas encore publié : montant non chiffré)</source>
        <translation>{rule}: at the rate this text sets, until payment in full (rate for half-year {half_years} not yet published: amount not computed)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/letter_parts.py" line="117"/>
        <source>pour mémoire</source>
        <translation>to be added</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/letter_parts.py" line="118"/>
        <source>Le taux du semestre {half_years} n&apos;est pas encore publié (table connue jusqu&apos;au {known_until}) : le courrier réclame les intérêts calculés jusqu&apos;à cette date, puis les intérêts au taux prévu par la loi jusqu&apos;à parfait paiement, sans montant. Aucun taux n&apos;est deviné. Ajoutez le taux dans Outils › Taux d&apos;intérêt pour les chiffrer.</source>
        <translation>The rate for half-year {half_years} is not published yet (table known until {known_until}): the letter claims the interest calculated up to that date, then interest at the rate set by law until payment in full, without an amount. No rate is guessed. Add the rate in Tools › Interest rates to compute it.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/letter_parts.py" line="123"/>
        <source>{label} — facture {invoice}</source>
        <translation>{label} — invoice {invoice}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/letter_batch.py" line="66"/>
        <source>Le disque est plein : les courriers n&apos;ont pas pu être écrits dans « {folder} ». Rien n&apos;a été enregistré ; libérez de la place puis recommencez.</source>
        <translation>The disk is full: the letters could not be written to “{folder}”. Nothing was recorded; free some space and try again.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/letter_batch.py" line="69"/>
        <source>Impossible d&apos;écrire les courriers dans « {folder} » : {reason}. Rien n&apos;a été enregistré.</source>
        <translation>The letters cannot be written to “{folder}”: {reason}. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/letter_batch.py" line="72"/>
        <source>Les courriers sont enregistrés dans l&apos;historique, mais des fichiers n&apos;ont pas pu être écrits dans « {folder} » ({count}) : {reason}. Relancez la même commande (même type, même date) : elle écrira les fichiers manquants sans refaire les courriers.</source>
        <translation>The letters are recorded in the history, but some files could not be written to “{folder}” ({count}): {reason}. Run the same command again (same kind, same date): it will write the missing files without making the letters again.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/letter_batch.py" line="171"/>
        <source>Aucun client ne correspond à « {text} » (numéro de compte, nom, ou numéro dans Relance).</source>
        <translation>No customer matches “{text}” (account number, name, or number in Relance).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/letter_batch.py" line="174"/>
        <source>Plusieurs clients correspondent à « {text} » : {matches}. Indiquez le numéro de compte.</source>
        <translation>Several customers match “{text}”: {matches}. Give the account number.</translation>
    </message>
</context>
<context>
    <name>mail</name>
    <message>
        <location filename="../../relance_desktop/secrets.py" line="26"/>
        <source>Aucun trousseau de mots de passe n&apos;est disponible sur cet ordinateur : le mot de passe sera demandé à chaque envoi (il n&apos;est jamais enregistré en clair).</source>
        <translation>No password keyring is available on this computer: the password will be asked for every time you send (it is never stored in plain text).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/secrets.py" line="31"/>
        <source>Le trousseau de mots de passe est verrouillé : déverrouillez-le (session du système) puis réessayez, ou tapez le mot de passe.</source>
        <translation>The password keyring is locked: unlock it (system session) and try again, or type the password.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/secrets.py" line="36"/>
        <source>Le trousseau de mots de passe a refusé l&apos;opération : {reason}</source>
        <translation>The password keyring refused the operation: {reason}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="290"/>
        <source>Le serveur d&apos;envoi {server} refuse la connexion : il est arrêté ou le port n&apos;est pas le bon. L&apos;e-mail n&apos;est pas parti.</source>
        <translation>The outgoing mail server {server} refuses the connection: it is down or the port is wrong. The email has not been sent.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="294"/>
        <source>Le serveur d&apos;envoi {server} ne répond pas (délai de {seconds} s dépassé) : vérifiez la connexion à Internet, le port et la sécurité choisie. L&apos;e-mail n&apos;est pas parti.</source>
        <translation>The outgoing mail server {server} is not responding (timed out after {seconds} s): check the Internet connection, the port and the security selected. The email has not been sent.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="299"/>
        <source>Le serveur d&apos;envoi « {host} » est introuvable : vérifiez son nom et la connexion à Internet. L&apos;e-mail n&apos;est pas parti.</source>
        <translation>The outgoing mail server ‘{host}’ cannot be found: check its name and the Internet connection. The email has not been sent.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="303"/>
        <source>Le serveur d&apos;envoi {server} a coupé la connexion : vérifiez le port et la sécurité choisie (SSL sur le port 465, STARTTLS sur le port 587). L&apos;e-mail n&apos;est pas parti.</source>
        <translation>The outgoing mail server {server} closed the connection: check the port and the security selected (SSL on port 465, STARTTLS on port 587). The email has not been sent.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="308"/>
        <source>Impossible de joindre le serveur d&apos;envoi {server} : {reason}. L&apos;e-mail n&apos;est pas parti.</source>
        <translation>Cannot reach the outgoing mail server {server}: {reason}. The email has not been sent.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="315"/>
        <source>Le certificat du serveur d&apos;envoi {server} n&apos;est pas reconnu ({reason}) : la connexion sécurisée est refusée. L&apos;e-mail n&apos;est pas parti.</source>
        <translation>The certificate of the outgoing mail server {server} is not recognised ({reason}): the secure connection is refused. The email has not been sent.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="320"/>
        <source>Le serveur d&apos;envoi {server} ne propose pas STARTTLS : choisissez SSL (port 465) ou demandez le bon réglage à votre fournisseur. L&apos;e-mail n&apos;est pas parti.</source>
        <translation>The outgoing mail server {server} does not offer STARTTLS: choose SSL (port 465) or ask your provider for the right setting. The email has not been sent.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="325"/>
        <source>La connexion sécurisée ({security}) avec le serveur d&apos;envoi {server} a échoué ({reason}) : vérifiez la sécurité choisie (SSL sur le port 465, STARTTLS sur le port 587). L&apos;e-mail n&apos;est pas parti.</source>
        <translation>The secure connection ({security}) to the outgoing mail server {server} failed ({reason}): check the security selected (SSL on port 465, STARTTLS on port 587). The email has not been sent.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="350"/>
        <source>Le serveur d&apos;envoi {server} refuse la conversation : {code} {reason}. L&apos;e-mail n&apos;est pas parti.</source>
        <translation>The outgoing mail server {server} refused the session: {code} {reason}. The email has not been sent.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="397"/>
        <source>Le serveur d&apos;envoi {server} a refusé l&apos;identifiant « {user} » ou le mot de passe : vérifiez-les dans les paramètres d&apos;envoi. L&apos;e-mail n&apos;est pas parti.</source>
        <translation>The outgoing mail server {server} rejected the username ‘{user}’ or the password: check them in the sending settings. The email has not been sent.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="402"/>
        <source>Le serveur d&apos;envoi {server} ne propose pas d&apos;identification sur cette connexion : choisissez SSL ou STARTTLS, ou laissez l&apos;identifiant vide. L&apos;e-mail n&apos;est pas parti.</source>
        <translation>The outgoing mail server {server} does not offer authentication on this connection: choose SSL or STARTTLS, or leave the username blank. The email has not been sent.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="409"/>
        <source>L&apos;identification auprès du serveur d&apos;envoi {server} a échoué : vérifiez l&apos;identifiant « {user} » et le mot de passe. L&apos;e-mail n&apos;est pas parti.</source>
        <translation>Authentication with the outgoing mail server {server} failed: check the username ‘{user}’ and the password. The email has not been sent.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="445"/>
        <source>Le serveur d&apos;envoi a refusé le destinataire {address} ({reason}) : vérifiez l&apos;adresse. L&apos;e-mail n&apos;est pas parti.</source>
        <translation>The outgoing mail server rejected the recipient {address} ({reason}): check the address. The email has not been sent.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="451"/>
        <source>Le serveur d&apos;envoi a refusé l&apos;adresse de l&apos;expéditeur {address} ({reason}) : elle doit souvent être celle du compte d&apos;envoi. L&apos;e-mail n&apos;est pas parti.</source>
        <translation>The outgoing mail server rejected the sender address {address} ({reason}): it often has to be the address of the sending account. The email has not been sent.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="456"/>
        <source>Le serveur d&apos;envoi {server} a refusé l&apos;e-mail : {code} {reason}. L&apos;e-mail n&apos;est pas parti.</source>
        <translation>The outgoing mail server {server} rejected the email: {code} {reason}. The email has not been sent.</translation>
    </message>
</context>
<context>
    <name>rates</name>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="62"/>
        <source>Taux BCE (opérations principales de refinancement)</source>
        <extracomment>ECB data portal, main refinancing operations fixed rate (daily series, level in percent).</extracomment>
        <translation>ECB rate (main refinancing operations)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="63"/>
        <source>Taux légal France, créancier particulier</source>
        <translation>French legal rate, individual creditor</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="65"/>
        <source>Taux légal France, autres cas</source>
        <translation>French legal rate, other cases</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="66"/>
        <source>Taux belge, loi du 2 août 2002</source>
        <translation>Belgian rate, law of 2 August 2002</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="69"/>
        <source>fichier de mise à jour</source>
        <translation>update file</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="70"/>
        <source>mise à jour en ligne</source>
        <translation>online update</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="71"/>
        <source>saisi à la main</source>
        <translation>typed by hand</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="72"/>
        <source>saisi à la main (version précédente)</source>
        <translation>typed by hand (earlier version)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="75"/>
        <source>série inconnue.</source>
        <translation>unknown series.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="76"/>
        <source>la source est obligatoire (qui a publié ce taux, où vous l&apos;avez lu).</source>
        <translation>the source is required (who published this rate, where you read it).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="78"/>
        <source>{rate} % n&apos;est pas plausible pour ce taux (attendu entre {low} et {high} %).</source>
        <translation>{rate} % is not plausible for this rate (expected between {low} and {high} %).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="80"/>
        <source>{rate} % : le taux belge est publié au demi-point près (ex. 10,50).</source>
        <translation>{rate} %: the Belgian rate is published to the half point (e.g. 10.50).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="82"/>
        <source>ce semestre n&apos;a pas encore pu être publié (au plus tard {latest} aujourd&apos;hui).</source>
        <translation>this half-year cannot have been published yet (at most {latest} today).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="84"/>
        <source>donné deux fois avec deux valeurs différentes ({other} % et {rate} %).</source>
        <translation>given twice with two different values ({other} % and {rate} %).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="86"/>
        <source>la table connaît déjà {current} % pour ce semestre, la mise à jour dit {rate} % : rien n&apos;est remplacé (vérifiez la publication officielle).</source>
        <translation>the table already holds {current} % for this half-year, the update says {rate} %: nothing is replaced (check the official publication).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="89"/>
        <source>il manque d&apos;abord le semestre {missing} (une série ne peut pas avoir de trou).</source>
        <translation>half-year {missing} is missing first (a series cannot have a gap).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="91"/>
        <source>{rate} % diffère du calcul BCE {ecb} % + 8 points arrondi au demi-point supérieur ({expected} %) : vérifiez l&apos;avis publié.</source>
        <translation>{rate} % differs from ECB {ecb} % + 8 points rounded up to the half point ({expected} %): check the published notice.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="96"/>
        <source>ce n&apos;est pas du JSON valide ({reason}).</source>
        <translation>this is not valid JSON ({reason}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="97"/>
        <source>un objet « {key} » est attendu.</source>
        <translation>an object &quot;{key}&quot; is expected.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="98"/>
        <source>format « {value} » inconnu (attendu : 1).</source>
        <translation>unknown format &quot;{value}&quot; (expected: 1).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="99"/>
        <source>série inconnue (attendu : {known}).</source>
        <translation>unknown series (expected: {known}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="100"/>
        <source>« {value} » n&apos;est pas un semestre (ex. 2026-S2).</source>
        <translation>&quot;{value}&quot; is not a half-year (e.g. 2026-S2).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="101"/>
        <source>« {value} » n&apos;est pas un taux.</source>
        <translation>&quot;{value}&quot; is not a rate.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="103"/>
        <source>{file}, ligne {line} : </source>
        <translation>{file}, line {line}: </translation>
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
        <translation>Rate update refused, nothing was saved:
{details}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="189"/>
        <source>Le fichier des taux ajoutés « {path} » est illisible ({reason}). Il n&apos;a pas été modifié : réparez-le ou mettez-le de côté, puis recommencez.</source>
        <translation>The file of added rates &quot;{path}&quot; is unreadable ({reason}). It was not changed: repair it or move it aside, then try again.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="303"/>
        <source>Indiquez la source du taux (ex. « arrêté du 15/12/2026, JO du 26/12/2026 ») : Relance garde d&apos;où vient chaque taux.</source>
        <translation>Give the source of the rate (e.g. &quot;arrêté of 15/12/2026, JO of 26/12/2026&quot;): Relance keeps where each rate comes from.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="393"/>
        <source>Impossible de lire « {path} » : {reason}</source>
        <translation>Cannot read &quot;{path}&quot;: {reason}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="410"/>
        <source>« {url} » n&apos;est pas une adresse web (http ou https).</source>
        <translation>“{url}” is not a web address (http or https).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="418"/>
        <source>{host} a répondu « {status} {reason} » pour {url}. Rien n&apos;a changé.</source>
        <translation>{host} answered &quot;{status} {reason}&quot; for {url}. Nothing changed.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="424"/>
        <source>Impossible de joindre {host} ({reason}) : l&apos;ordinateur est peut-être hors ligne. Rien n&apos;a changé ; vous pouvez importer un fichier de taux ou saisir le taux avec sa source.</source>
        <translation>Cannot reach {host} ({reason}): the computer may be offline. Nothing changed; you can import a rates file or enter the rate with its source.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="429"/>
        <source>La réponse de {host} est trop longue pour une table de taux.</source>
        <translation>The answer from {host} is too long for a rate table.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="462"/>
        <source>La mise à jour en ligne est désactivée (Relance fonctionne hors ligne). Autorisez-la dans Outils › Taux d&apos;intérêt, ou importez un fichier de taux.</source>
        <translation>The online update is off (Relance works offline). Allow it in Tools › Interest rates, or import a rates file.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="482"/>
        <source>Réponse inattendue du portail de données de la BCE ({reason}). Rien n&apos;a changé.</source>
        <translation>Unexpected answer from the ECB data portal ({reason}). Nothing changed.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="488"/>
        <source>La BCE ne donne pas de taux en vigueur au {day}.</source>
        <translation>The ECB gives no rate in force on {day}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/rates_update.py" line="506"/>
        <source>Aucune adresse de fichier de taux publié n&apos;est réglée : les taux légaux français et le taux belge ne sont pas mis à jour en ligne.</source>
        <translation>No published rates file address is set: the French legal rates and the Belgian rate are not updated online.</translation>
    </message>
</context>
<context>
    <name>regime</name>
    <message>
        <location filename="../../relance_desktop/services/regime.py" line="19"/>
        <source>Droit français entre professionnels (C. com. L441-10 et D441-5)</source>
        <translation>French business-to-business law (C. com. L441-10 and D441-5)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/regime.py" line="21"/>
        <source>Droit français de la consommation (C. civ. 1231-6 et 1344-1 ; CPCE L111-8)</source>
        <translation>French consumer law (C. civ. 1231-6 and 1344-1; CPCE L111-8)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/regime.py" line="23"/>
        <source>Droit belge entre entreprises (loi du 2 août 2002)</source>
        <translation>Belgian business-to-business law (Act of 2 August 2002)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/regime.py" line="25"/>
        <source>Droit belge de la consommation (livre XIX du Code de droit économique)</source>
        <translation>Belgian consumer law (Book XIX of the Code of Economic Law)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/regime.py" line="29"/>
        <source>client professionnel, aucune loi choisie au contrat : loi du pays du vendeur ({creditor})</source>
        <translation>business customer, no law chosen in the contract: law of the seller&apos;s country ({creditor})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/regime.py" line="32"/>
        <source>client professionnel : loi choisie au contrat ({law})</source>
        <translation>business customer: law chosen in the contract ({law})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/regime.py" line="34"/>
        <source>consommateur : loi du pays où il vit ({debtor})</source>
        <translation>consumer: law of the country where they live ({debtor})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/regime.py" line="36"/>
        <source>consommateur : loi du pays où il vit ({debtor}), qui prime sur la loi choisie au contrat ({law})</source>
        <translation>consumer: law of the country where they live ({debtor}), which prevails over the law chosen in the contract ({law})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/regime.py" line="39"/>
        <source>consommateur hors de France et de Belgique : loi du contrat ou du vendeur ({law})</source>
        <translation>consumer outside France and Belgium: law of the contract or of the seller ({law})</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/regime.py" line="44"/>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/regime.py" line="45"/>
        <source>Belgique</source>
        <translation>Belgium</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/regime.py" line="47"/>
        <source>Loi applicable : {law} — {reason}.</source>
        <translation>Applicable law: {law} — {reason}.</translation>
    </message>
</context>
<context>
    <name>scenarios</name>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="55"/>
        <source>France — clients professionnels</source>
        <extracomment>The names and step notes of the scenarios Relance ships (resources/dunning/scenarios.json), for the translations: a company keeps them in French, each person reads them in the language of the interface. A text the user wrote is shown as written.</extracomment>
        <translation>France — business customers</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="56"/>
        <source>Rappel courtois avant l&apos;échéance : la facture arrive à terme.</source>
        <translation>Courtesy reminder before the due date: the invoice is falling due.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="57"/>
        <source>Appel : vérifier que la facture est reçue et validée, obtenir une date.</source>
        <translation>Call: check that the invoice was received and approved, get a date.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="58"/>
        <source>Première relance écrite, rappel des pénalités de retard.</source>
        <translation>First written reminder, recalling the late-payment penalties.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="59"/>
        <source>Second appel, au décideur ou au service comptable.</source>
        <translation>Second call, to the decision-maker or the accounts department.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="60"/>
        <source>Mise en demeure : principal, pénalités au taux légal B2B, indemnité de 40 € par facture.</source>
        <translation>Formal notice: principal, penalties at the statutory B2B rate, €40 indemnity per invoice.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="61"/>
        <source>Dossier de recouvrement (injonction de payer) si rien n&apos;a bougé quinze jours après la mise en demeure.</source>
        <translation>Collection file (order for payment) if nothing has moved fifteen days after the formal notice.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="62"/>
        <source>Remercier du règlement.</source>
        <translation>Thank the customer for paying.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="63"/>
        <source>France — particuliers</source>
        <translation>France — consumers</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="64"/>
        <source>Rappel courtois avant l&apos;échéance.</source>
        <translation>Courtesy reminder before the due date.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="65"/>
        <source>Appel bienveillant : oubli, difficulté, besoin d&apos;un échéancier ?</source>
        <translation>Friendly call: forgotten, in difficulty, in need of a payment plan?</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="66"/>
        <source>Relance écrite, sans frais.</source>
        <translation>Written reminder, free of charge.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="67"/>
        <source>Mise en demeure par lettre recommandée : les intérêts au taux légal courent à partir de sa réception ; aucun frais de relance.</source>
        <translation>Formal notice by registered letter: interest at the statutory rate runs from its receipt; no reminder fees.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="68"/>
        <source>Dernière relance avant transmission du dossier.</source>
        <translation>Last reminder before the file is handed over.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="69"/>
        <source>Dossier de recouvrement ; les frais restent à la charge du créancier.</source>
        <translation>Collection file; the costs stay with the creditor.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="70"/>
        <source>Belgique — clients professionnels</source>
        <translation>Belgium — business customers</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="71"/>
        <source>Appel : facture reçue, validée, date de paiement ?</source>
        <translation>Call: invoice received, approved, payment date?</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="72"/>
        <source>Première relance écrite, intérêts et indemnité rappelés.</source>
        <translation>First written reminder, recalling interest and indemnity.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="73"/>
        <source>Mise en demeure : principal, intérêts de la loi de 2002, indemnité forfaitaire de 40 €.</source>
        <translation>Formal notice: principal, interest under the 2002 act, €40 fixed indemnity.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="74"/>
        <source>Dossier de recouvrement.</source>
        <translation>Collection file.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="75"/>
        <source>Belgique — particuliers</source>
        <translation>Belgium — consumers</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="76"/>
        <source>Rappel courtois avant l&apos;échéance (ce n&apos;est pas encore un rappel de paiement).</source>
        <translation>Courtesy reminder before the due date (not yet a payment reminder).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="77"/>
        <source>Premier rappel gratuit : solde, indemnité éventuelle, délai d&apos;au moins 14 jours.</source>
        <translation>Free first reminder: balance, any indemnity, at least 14 days to pay.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="78"/>
        <source>Appel courtois (jamais entre 22 h et 8 h).</source>
        <translation>Courteous call (never between 10 pm and 8 am).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="79"/>
        <source>Mise en demeure après le délai de 14 jours ; frais dans les plafonds de XIX.4 s&apos;ils sont prévus aux conditions.</source>
        <translation>Formal notice after the 14-day period; charges within the caps of XIX.4 if the terms provide for them.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/dunning_labels.py" line="80"/>
        <source>Dossier de recouvrement (huissier ou avocat).</source>
        <translation>Collection file (bailiff or lawyer).</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../relance_desktop/settings.py" line="57"/>
        <source>Langue de l&apos;interface</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="59"/>
        <source>Format des nombres</source>
        <translation>Number format</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="61"/>
        <source>Votre nom (dans les scripts)</source>
        <translation>Your name (in scripts)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="62"/>
        <source>Fichiers récents</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="63"/>
        <source>Serveurs d&apos;équipe récents</source>
        <translation>Recent team servers</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="64"/>
        <source>Dernier fichier ouvert</source>
        <translation>Last file opened</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="65"/>
        <source>Rouvrir le dernier fichier</source>
        <translation>Reopen the last file</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="66"/>
        <source>Position de la fenêtre</source>
        <translation>Window position</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="69"/>
        <source>Taux ajoutés</source>
        <translation>Added rates</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="70"/>
        <source>Taux d&apos;intérêt quand le retard couvre plusieurs semestres</source>
        <translation>Interest rate when the delay spans several half-years</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="72"/>
        <source>Base de calcul des jours</source>
        <translation>Day-count basis</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="73"/>
        <source>Prescription envers un consommateur belge</source>
        <translation>Limitation period for a Belgian consumer</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="77"/>
        <source>Autoriser la mise à jour des taux en ligne</source>
        <translation>Allow the online rate update</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="81"/>
        <source>Adresse du taux BCE (portail de données de la BCE)</source>
        <translation>ECB rate address (ECB data portal)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="82"/>
        <source>Adresse du fichier de taux publié</source>
        <translation>Published rates file address</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="85"/>
        <source>Heures où l&apos;on peut appeler</source>
        <translation>Hours when calls are allowed</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="87"/>
        <source>Appels au même client par jour, au plus</source>
        <translation>Calls to the same customer per day, at most</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="89"/>
        <source>Appels au même client sur 7 jours, au plus</source>
        <translation>Calls to the same customer over 7 days, at most</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="91"/>
        <source>Appels au même client sur 30 jours, au plus</source>
        <translation>Calls to the same customer over 30 days, at most</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="93"/>
        <source>Jours d&apos;attente après la date promise avant de conclure</source>
        <translation>Days to wait after the promised date before drawing a conclusion</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="96"/>
        <source>Durée raisonnable d&apos;un échéancier (mois)</source>
        <translation>Reasonable length of a payment plan (months)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="98"/>
        <source>Échéance minimale (centimes)</source>
        <translation>Minimum instalment (cents)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="100"/>
        <source>Petite dette : paiement immédiat en dessous de (centimes)</source>
        <translation>Small debt: immediate payment below (cents)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="102"/>
        <source>Grosse dette : échéancier au-dessus de (centimes)</source>
        <translation>Large debt: payment plan above (cents)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="106"/>
        <source>Conservation des données d&apos;un client après sa dernière dette soldée (ans)</source>
        <translation>Keep a customer&apos;s data after their last debt is settled (years)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="110"/>
        <source>Sauvegardes automatiques quotidiennes à garder (0 : aucune)</source>
        <translation>Daily automatic backups to keep (0: none)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="113"/>
        <source>Serveur d&apos;envoi (SMTP)</source>
        <translation>Outgoing mail server (SMTP)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="114"/>
        <source>Port du serveur d&apos;envoi</source>
        <translation>Outgoing mail server port</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="116"/>
        <source>Sécurité de la connexion d&apos;envoi</source>
        <translation>Outgoing connection security</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="118"/>
        <source>Identifiant d&apos;envoi</source>
        <translation>Sending username</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="119"/>
        <source>Adresse de l&apos;expéditeur</source>
        <translation>Sender address</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="120"/>
        <source>Nom de l&apos;expéditeur</source>
        <translation>Sender name</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/settings.py" line="123"/>
        <source>Envoyer sans validation les étapes marquées automatiques</source>
        <translation>Send the steps marked automatic without validation</translation>
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
    <name>team</name>
    <message>
        <location filename="../../relance_desktop/services/assignment.py" line="27"/>
        <source>Ce chargé de recouvrement n&apos;existe pas ou a été désactivé.</source>
        <translation>This collector does not exist or has been disabled.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/assignment.py" line="30"/>
        <source>Le montant minimum dépasse le maximum : corrigez la tranche de la règle {number}.</source>
        <translation>The minimum amount exceeds the maximum: correct the range of rule {number}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/team_roles.py" line="32"/>
        <source>Administrateur</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/team_roles.py" line="33"/>
        <location filename="../../relance_desktop/views/team_assign.py" line="112"/>
        <source>Chargé de recouvrement</source>
        <translation>Collector</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/team_roles.py" line="34"/>
        <source>Lecture seule</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/team_roles.py" line="42"/>
        <source>L&apos;identifiant s&apos;écrit en minuscules sans accent ni espace (lettres, chiffres, « _ », « . » ou « - »), commence par une lettre et fait au plus 63 caractères.</source>
        <translation>The login is written in lower case without accents or spaces (letters, digits, “_”, “.” or “-”), starts with a letter and is at most 63 characters long.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/team_roles.py" line="46"/>
        <source>Le mot de passe doit faire au moins {count} caractères.</source>
        <translation>The password must be at least {count} characters long.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/team_roles.py" line="49"/>
        <source>L&apos;identifiant « {login} » existe déjà sur ce serveur : choisissez-en un autre.</source>
        <translation>The login “{login}” already exists on this server: choose another one.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_assign.py" line="42"/>
        <source>Montant illisible « {value} » : écrivez par exemple 1 500,00.</source>
        <translation>Unreadable amount “{value}”: write for example 1,500.00.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_assign.py" line="71"/>
        <source>Affecter à</source>
        <translation>Assign to</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_assign.py" line="83"/>
        <source>Personne (à prendre par l&apos;équipe)</source>
        <translation>Nobody (up for grabs by the team)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_assign.py" line="93"/>
        <source>Non affecté (à prendre par l&apos;équipe)</source>
        <translation>Unassigned (up for grabs by the team)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_assign.py" line="94"/>
        <source>Suivi par {name}</source>
        <translation>Handled by {name}</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_assign.py" line="103"/>
        <location filename="../../relance_desktop/views/team_assign.py" line="186"/>
        <source>Règles d&apos;affectation</source>
        <translation>Assignment rules</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_assign.py" line="105"/>
        <source>Chaque client va à la première règle qu&apos;il remplit. Une case vide : n&apos;importe lequel. Montants : ce que le client doit encore, bornes comprises.</source>
        <translation>Each customer goes to the first rule it matches. An empty box: any. Amounts: what the customer still owes, bounds included.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_assign.py" line="112"/>
        <source>Pays</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_assign.py" line="113"/>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_assign.py" line="113"/>
        <source>Doit au moins</source>
        <translation>Owes at least</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_assign.py" line="114"/>
        <source>Doit au plus</source>
        <translation>Owes at most</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_assign.py" line="114"/>
        <source>Clients</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_assign.py" line="121"/>
        <source>(règle inutilisée)</source>
        <translation>(rule not used)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_assign.py" line="133"/>
        <source>Seulement les clients non affectés</source>
        <translation>Only unassigned customers</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_assign.py" line="136"/>
        <source>&amp;Aperçu</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_assign.py" line="140"/>
        <source>A&amp;ppliquer</source>
        <translation>A&amp;pply</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_assign.py" line="187"/>
        <source>Affecter {count} clients selon ces règles ?</source>
        <translation>Assign {count} customers by these rules?</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_dialog.py" line="80"/>
        <source>Ajouter une personne</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_dialog.py" line="83"/>
        <source>ex. Claire Martin</source>
        <translation>e.g. Claire Martin</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_dialog.py" line="85"/>
        <source>ex. claire.martin</source>
        <translation>e.g. claire.martin</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_dialog.py" line="89"/>
        <source>&amp;Nom</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_dialog.py" line="90"/>
        <source>&amp;Identifiant de connexion</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_dialog.py" line="91"/>
        <source>&amp;Mot de passe initial</source>
        <translation>Initial &amp;password</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_dialog.py" line="92"/>
        <source>&amp;Rôle</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_dialog.py" line="93"/>
        <source>Donnez-lui le mot de passe de vive voix ; Relance ne le garde pas.</source>
        <translation>Give them the password in person; Relance does not keep it.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_dialog.py" line="131"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_dialog.py" line="131"/>
        <source>Identifiant</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_dialog.py" line="132"/>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_dialog.py" line="132"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_dialog.py" line="137"/>
        <source>Équipe</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_dialog.py" line="140"/>
        <source>Chacun se connecte avec son propre identifiant. Le serveur applique les rôles : administrateur (personnes, réglages, taux, textes), chargé de recouvrement (appels, courriers, paiements, promesses), lecture seule (comptable, direction).</source>
        <translation>Everyone signs in with their own login. The server enforces the roles: administrator (people, settings, rates, texts), collector (calls, letters, payments, promises), read-only (accountant, management).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_dialog.py" line="158"/>
        <source>&amp;Ajouter une personne…</source>
        <translation>&amp;Add a person…</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_dialog.py" line="161"/>
        <source>&amp;Changer le rôle</source>
        <translation>&amp;Change the role</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_dialog.py" line="163"/>
        <location filename="../../relance_desktop/views/team_dialog.py" line="197"/>
        <source>&amp;Désactiver</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_dialog.py" line="179"/>
        <source>actif</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_dialog.py" line="179"/>
        <source>désactivé</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_dialog.py" line="198"/>
        <source>&amp;Réactiver</source>
        <translation>&amp;Enable again</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_dialog.py" line="219"/>
        <source>Désactiver</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/views/team_dialog.py" line="220"/>
        <source>{name} ne pourra plus se connecter. Son historique reste à son nom. Continuer ?</source>
        <translation>{name} will no longer be able to sign in. Their history keeps their name. Continue?</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="124"/>
        <source>Votre nom (la personne qui appelle)</source>
        <translation>Your name (the person calling)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="125"/>
        <location filename="../../relance_desktop/domain/letters_text.py" line="117"/>
        <source>Le nom de votre société</source>
        <translation>Your company&apos;s name</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="126"/>
        <source>La personne à demander (à défaut, le nom du client)</source>
        <translation>The person to ask for (failing that, the customer&apos;s name)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="128"/>
        <location filename="../../relance_desktop/domain/letters_text.py" line="114"/>
        <source>Le nom du client</source>
        <translation>The customer&apos;s name</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="129"/>
        <source>Le numéro de la facture principale (la plus ancienne)</source>
        <translation>The number of the main invoice (the oldest one)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="131"/>
        <location filename="../../relance_desktop/domain/letters_text.py" line="121"/>
        <source>Les numéros de toutes les factures concernées</source>
        <translation>The numbers of all the invoices concerned</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="133"/>
        <source>La date de la facture principale</source>
        <translation>The date of the main invoice</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="134"/>
        <source>L&apos;échéance de la facture principale</source>
        <translation>The due date of the main invoice</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="135"/>
        <source>Le total échu (toutes les factures en retard, ensemble)</source>
        <translation>The overdue total (all overdue invoices together)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="137"/>
        <source>Le reste dû sur la facture principale (elle seule)</source>
        <translation>What is still due on the main invoice (on its own)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="139"/>
        <source>Le nombre de factures en retard</source>
        <translation>The number of overdue invoices</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="140"/>
        <source>La phrase qui situe la facture principale parmi les autres (total)</source>
        <translation>The sentence placing the main invoice among the others (total)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="142"/>
        <source>Le montant de la promesse non tenue</source>
        <translation>The amount of the broken promise</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="143"/>
        <source>La date de la promesse non tenue</source>
        <translation>The date of the broken promise</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="144"/>
        <source>Le montant de l&apos;échéance en cours de l&apos;échéancier</source>
        <translation>The amount of the current instalment of the plan</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="146"/>
        <source>La date de l&apos;échéance en cours</source>
        <translation>The date of the current instalment</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="147"/>
        <source>La date du dernier courrier de relance</source>
        <translation>The date of the last reminder letter</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="148"/>
        <source>La date du dernier appel</source>
        <translation>The date of the last call</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="149"/>
        <source>Le nombre d&apos;appels déjà passés</source>
        <translation>The number of calls already made</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="150"/>
        <source>Le nombre de jours de retard</source>
        <translation>The number of days overdue</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="151"/>
        <source>Ce qui a été vendu (description de la facture)</source>
        <translation>What was sold (invoice description)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="153"/>
        <source>L&apos;objectif de l&apos;appel</source>
        <translation>The objective of the call</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="154"/>
        <source>L&apos;adresse e-mail du client</source>
        <translation>The customer&apos;s email address</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="155"/>
        <source>Le numéro de téléphone du client</source>
        <translation>The customer&apos;s phone number</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="156"/>
        <location filename="../../relance_desktop/domain/letters_text.py" line="135"/>
        <source>La référence à indiquer avec le paiement</source>
        <translation>The reference to quote with the payment</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="157"/>
        <location filename="../../relance_desktop/domain/letters_text.py" line="136"/>
        <source>Votre IBAN</source>
        <translation>Your IBAN</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="158"/>
        <source>Qui valide les paiements chez le client</source>
        <translation>Who approves payments at the customer&apos;s</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="159"/>
        <source>Les jours de paiement du client</source>
        <translation>The customer&apos;s payment days</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="161"/>
        <location filename="../../relance_desktop/domain/letters_text.py" line="138"/>
        <source>Le montant promis</source>
        <translation>The amount promised</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="162"/>
        <location filename="../../relance_desktop/domain/letters_text.py" line="139"/>
        <source>La date promise</source>
        <translation>The date promised</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="163"/>
        <location filename="../../relance_desktop/domain/letters_text.py" line="140"/>
        <source>Le moyen de paiement promis</source>
        <translation>The payment method promised</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="164"/>
        <location filename="../../relance_desktop/domain/letters_text.py" line="141"/>
        <source>Le nombre d&apos;échéances de l&apos;échéancier</source>
        <translation>The number of instalments in the payment plan</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="165"/>
        <location filename="../../relance_desktop/domain/letters_text.py" line="142"/>
        <source>Le montant de chaque échéance</source>
        <translation>The amount of each instalment</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="166"/>
        <location filename="../../relance_desktop/domain/letters_text.py" line="143"/>
        <source>La date de la première échéance</source>
        <translation>The date of the first instalment</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="167"/>
        <location filename="../../relance_desktop/domain/letters_text.py" line="144"/>
        <source>La date de la dernière échéance</source>
        <translation>The date of the last instalment</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="168"/>
        <source>Le rythme des échéances (« chaque mois »...)</source>
        <translation>How often the instalments fall due (‘every month’…)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="170"/>
        <source>Quand vous rappelez</source>
        <translation>When you will call back</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="171"/>
        <source>Le montant que le client dit avoir payé</source>
        <translation>The amount the customer says they have paid</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="173"/>
        <source>La date du paiement annoncé</source>
        <translation>The date of the claimed payment</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="174"/>
        <source>La bonne personne à contacter (nom, fonction, numéro)</source>
        <translation>The right person to contact (name, job title, number)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="176"/>
        <source>Les factures contestées</source>
        <translation>The disputed invoices</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/templating.py" line="35"/>
        <source>Le champ « {field} » n&apos;existe pas (ligne {line}, colonne {column}). Choisissez un champ dans la liste ; pour écrire une accolade dans le texte, doublez-la ({example}).</source>
        <translation>The field ‘{field}’ does not exist (line {line}, column {column}). Choose a field from the list; to write a brace in the text, double it ({example}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="314"/>
        <source>Le champ « {field} » n&apos;est pas encore connu à ce moment de l&apos;appel et ne peut pas servir dans ce texte (ligne {line}, colonne {column}).</source>
        <translation>The field ‘{field}’ is not yet known at this point in the call and cannot be used in this text (line {line}, column {column}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/calls/script.py" line="319"/>
        <source>Ce texte est un simple mot repris dans d&apos;autres phrases : il ne peut pas contenir de champ comme « {field} » (ligne {line}, colonne {column}).</source>
        <translation>This text is a single word used within other sentences: it cannot contain a field such as ‘{field}’ (line {line}, column {column}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/templating.py" line="40"/>
        <source>Le champ « {field} » ne peut pas servir dans ce texte (ligne {line}, colonne {column}) : choisissez un champ dans la liste.</source>
        <translation>The field ‘{field}’ cannot be used in this text (line {line}, column {column}): choose a field from the list.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/templating.py" line="45"/>
        <source>Ce texte est imprimé tel quel : il ne peut pas contenir de champ comme « {field} » (ligne {line}, colonne {column}).</source>
        <translation>This text is printed as it is: it cannot contain a field such as ‘{field}’ (line {line}, column {column}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/templating.py" line="50"/>
        <source>Accolade « {brace} » ouverte sans être refermée (ligne {line}, colonne {column}). Pour écrire une accolade dans le texte, doublez-la ({example}).</source>
        <translation>Brace ‘{brace}’ opened but never closed (line {line}, column {column}). To write a brace in the text, double it ({example}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/templating.py" line="55"/>
        <source>Accolade « {brace} » refermée sans avoir été ouverte (ligne {line}, colonne {column}). Pour écrire une accolade dans le texte, doublez-la ({example}).</source>
        <translation>Brace ‘{brace}’ closed without having been opened (line {line}, column {column}). To write a brace in the text, double it ({example}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/templating.py" line="60"/>
        <source>Le champ « {field} » n&apos;a pas de nom (ligne {line}, colonne {column}) : écrivez le nom d&apos;un champ de la liste, par exemple {sample}.</source>
        <translation>The field ‘{field}’ has no name (line {line}, column {column}): write the name of a field from the list, for example {sample}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/templating.py" line="65"/>
        <source>Le champ « {field} » contient une mise en forme (ligne {line}, colonne {column}) : écrivez seulement son nom entre accolades, par exemple {sample}.</source>
        <translation>The field ‘{field}’ contains formatting (line {line}, column {column}): write only its name between braces, for example {sample}.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/templating.py" line="70"/>
        <source>Le texte utilise le champ « {field} », dont la valeur n&apos;est pas connue ici : complétez la fiche ou retirez ce champ du texte.</source>
        <translation>The text uses the field ‘{field}’, whose value is not known here: complete the record or remove this field from the text.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/templating.py" line="75"/>
        <source>Le texte « {name} » n&apos;existe pas.</source>
        <translation>The text ‘{name}’ does not exist.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/templating.py" line="230"/>
        <source>Le champ « {field} » n&apos;existe pas (ligne {line}, colonne {column}). Choisissez un champ dans la liste ; pour écrire un crochet dans le texte, doublez-le ({example}).</source>
        <translation>The field ‘{field}’ does not exist (line {line}, column {column}). Choose a field from the list; to write a square bracket in the text, type it twice ({example}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="115"/>
        <source>La personne à qui s&apos;adresse le courrier (à défaut, le nom du client)</source>
        <translation>The person the letter is addressed to (failing that, the customer&apos;s name)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="118"/>
        <source>Votre nom (la personne qui signe)</source>
        <translation>Your name (the person signing)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="119"/>
        <source>La ville d&apos;où part le courrier</source>
        <translation>The town the letter is sent from</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="120"/>
        <source>La date du courrier</source>
        <translation>The date of the letter</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="123"/>
        <source>Le nombre de factures concernées</source>
        <translation>The number of invoices concerned</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="124"/>
        <source>Le total restant dû sur les factures (hors intérêts et indemnités)</source>
        <translation>The total balance due on the invoices (excluding interest and compensation)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="126"/>
        <source>Le total réclamé (restant dû, intérêts et indemnités compris)</source>
        <translation>The total claimed (balance due, including interest and compensation)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="128"/>
        <source>Le montant des intérêts de retard</source>
        <translation>The amount of late-payment interest</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="129"/>
        <source>L&apos;indemnité pour frais de recouvrement (ou les dommages et intérêts prévus au contrat)</source>
        <translation>The compensation for recovery costs (or the damages provided for in the contract)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="132"/>
        <source>La date limite de paiement (l&apos;échéance, avant échéance)</source>
        <translation>The payment deadline (the due date, if the letter is sent before it)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="134"/>
        <source>Le délai de paiement accordé, en jours</source>
        <translation>The payment period granted, in days</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="137"/>
        <source>Votre BIC</source>
        <translation>Your BIC</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="145"/>
        <source>Le montant total de l&apos;échéancier</source>
        <translation>The total amount of the payment plan</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="146"/>
        <source>Le montant du paiement reçu</source>
        <translation>The amount of the payment received</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="147"/>
        <source>La date du paiement reçu</source>
        <translation>The date of the payment received</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="148"/>
        <source>Votre adresse e-mail (pour vous répondre)</source>
        <translation>Your email address (for replies)</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="149"/>
        <source>Votre numéro de téléphone</source>
        <translation>Your phone number</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="150"/>
        <source>Le numéro de la page</source>
        <translation>The page number</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="151"/>
        <source>Le nombre de pages</source>
        <translation>The number of pages</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="152"/>
        <source>L&apos;objet du courrier</source>
        <translation>The subject of the letter</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="153"/>
        <source>Le récapitulatif de l&apos;appel : ce qui a été convenu au téléphone</source>
        <translation>The call recap: what was agreed on the phone</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="155"/>
        <source>L&apos;appel du courrier : « Madame Dupont » quand la personne est connue, sinon « Madame, Monsieur »</source>
        <translation>The letter&apos;s salutation: “Ms Dupont” when the person is known, otherwise “Sir or Madam”</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="158"/>
        <source>La personne dans la formule de politesse : « Madame », « Monsieur » ou « Madame, Monsieur »</source>
        <translation>The person in the closing formula: “Madam”, “Sir” or “Sir or Madam”</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="161"/>
        <source>Le montant échu (à payer maintenant), sans ce qui est à échoir</source>
        <translation>The amount due (to pay now), without what is not yet due</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/domain/letters_text.py" line="163"/>
        <source>Le nom de famille de la personne</source>
        <translation>The person&apos;s family name</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../relance_desktop/services/company.py" line="43"/>
        <source>Le délai de paiement doit être compris entre 0 et 120 jours (60 jours au plus entre entreprises, sauf exceptions).</source>
        <translation>Payment terms must be between 0 and 120 days (60 days at most between businesses, save for exceptions).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/company.py" line="210"/>
        <source>Choisissez la position de la fenêtre de l&apos;enveloppe.</source>
        <translation>Choose where the envelope&apos;s window is.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/company.py" line="215"/>
        <source>Le logo doit être une image PNG ou JPEG.</source>
        <translation>The logo must be a PNG or JPEG image.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/company.py" line="218"/>
        <source>Le logo est trop lourd (2 Mo au plus).</source>
        <translation>The logo is too large (2 MB at most).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/customers.py" line="55"/>
        <source>Le délai de paiement doit être compris entre 0 et 365 jours.</source>
        <translation>Payment terms must be between 0 and 365 days.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/customers.py" line="149"/>
        <source>Ce client a des factures : il ne peut pas être supprimé. Archivez-le plutôt.</source>
        <translation>This customer has invoices, so it cannot be deleted. Archive it instead.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/customers.py" line="352"/>
        <source>Choisissez deux clients différents.</source>
        <translation>Choose two different customers.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="70"/>
        <source>Choisissez le client.</source>
        <translation>Choose the customer.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="75"/>
        <source>Le montant TTC doit être positif (un avoir se saisit comme un paiement).</source>
        <translation>The amount incl. VAT must be positive (enter a credit note as a payment).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="83"/>
        <source>Montant trop élevé : vérifiez la saisie.</source>
        <translation>Amount too high: please check what you entered.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="89"/>
        <source>L&apos;échéance ne peut pas précéder la date de la facture.</source>
        <translation>The due date cannot be earlier than the invoice date.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="97"/>
        <source>Devise inconnue « {value} ».</source>
        <translation>Unknown currency ‘{value}’.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="121"/>
        <source>La facture n° {number} existe déjà.</source>
        <translation>Invoice no. {number} already exists.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="173"/>
        <source>Le montant ne peut pas être inférieur à ce qui a déjà été payé ({paid}).</source>
        <translation>The amount cannot be less than what has already been paid ({paid}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="288"/>
        <source>Le montant payé doit être positif.</source>
        <translation>The amount paid must be positive.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="293"/>
        <source>Le paiement ({amount}) dépasse ce qui reste dû sur la facture {number} ({due}).</source>
        <translation>The payment ({amount}) is more than the balance due on invoice {number} ({due}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/invoices.py" line="305"/>
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
    <message>
        <location filename="../../relance_desktop/services/calls.py" line="153"/>
        <source>Cet appel a déjà enregistré des engagements : terminez-le en indiquant son résultat au lieu de l&apos;abandonner.</source>
        <translation>Commitments have already been recorded in this call: finish it by entering its outcome instead of discarding it.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/calls.py" line="166"/>
        <source>Indiquez le résultat de l&apos;appel (joint, pas de réponse, messagerie…).</source>
        <translation>Enter the outcome of the call (reached, no answer, voicemail…).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/calls.py" line="201"/>
        <source>Écrivez la correction à ajouter.</source>
        <translation>Write the correction to be added.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/calls.py" line="217"/>
        <source>Choisissez le moyen de paiement.</source>
        <translation>Choose the payment method.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/calls.py" line="231"/>
        <source>Le montant promis doit être positif.</source>
        <translation>The amount promised must be positive.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/calls.py" line="234"/>
        <source>Le montant promis ({amount}) dépasse ce qui reste dû ({due}).</source>
        <translation>The amount promised ({amount}) is more than the balance due ({due}).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/calls.py" line="238"/>
        <source>La date promise ne peut pas être dans le passé.</source>
        <translation>The date promised cannot be in the past.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/calls.py" line="241"/>
        <source>Une date à plus d&apos;un an n&apos;est pas une promesse : proposez plutôt un échéancier.</source>
        <translation>A date more than a year away is not a promise: offer a payment plan instead.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/calls.py" line="246"/>
        <source>Le délai de grâce doit être compris entre 0 et {limit} jours.</source>
        <translation>The grace period must be between 0 and {limit} days.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/calls.py" line="330"/>
        <source>Notez ce que le client conteste.</source>
        <translation>Write down what the customer disputes.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/calls.py" line="333"/>
        <source>Choisissez au moins une facture contestée.</source>
        <translation>Choose at least one disputed invoice.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/calls.py" line="352"/>
        <source>Choisissez comment le litige s&apos;est terminé.</source>
        <translation>Choose how the dispute ended.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/calls.py" line="372"/>
        <source>Le rappel doit être prévu dans le futur.</source>
        <translation>The call-back must be scheduled in the future.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/calls.py" line="392"/>
        <source>Le montant annoncé doit être positif.</source>
        <translation>The amount claimed must be positive.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/calls.py" line="395"/>
        <source>La date du paiement annoncé ne peut pas être dans le futur.</source>
        <translation>The date of the claimed payment cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="154"/>
        <source>Indiquez le serveur d&apos;envoi (SMTP), par exemple smtp.example.fr.</source>
        <translation>Enter the outgoing mail server (SMTP), for example smtp.example.fr.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="157"/>
        <source>« {host} » n&apos;est pas un nom de serveur : tapez par exemple smtp.example.fr (sans « https:// » ni espace).</source>
        <translation>‘{host}’ is not a server name: type, for example, smtp.example.fr (without ‘https://’ or spaces).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="161"/>
        <source>Le port doit être compris entre 1 et 65535 (465 pour SSL, 587 pour STARTTLS).</source>
        <translation>The port must be between 1 and 65535 (465 for SSL, 587 for STARTTLS).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="165"/>
        <source>Choisissez la sécurité de la connexion : SSL, STARTTLS ou aucune.</source>
        <translation>Choose the connection security: SSL, STARTTLS or none.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="168"/>
        <source>Sans sécurité, le mot de passe partirait en clair vers {host} : choisissez SSL ou STARTTLS (ou laissez l&apos;identifiant vide si ce serveur envoie sans identification). Seul un serveur sur cet ordinateur (localhost) peut être utilisé sans sécurité avec un identifiant.</source>
        <translation>Without security the password would travel in clear text to {host}: choose SSL or STARTTLS (or leave the login empty if this server sends without one). Only a server on this computer (localhost) may be used without security together with a login.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="174"/>
        <source>Indiquez l&apos;adresse de l&apos;expéditeur (celle qui envoie les e-mails).</source>
        <translation>Enter the sender address (the one the emails are sent from).</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="177"/>
        <location filename="../../relance_desktop/services/mailer.py" line="196"/>
        <source>« {address} » n&apos;est pas une adresse e-mail valable.</source>
        <translation>‘{address}’ is not a valid email address.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="191"/>
        <source>Indiquez au moins un destinataire.</source>
        <translation>Enter at least one recipient.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="200"/>
        <source>Indiquez l&apos;objet de l&apos;e-mail.</source>
        <translation>Enter the subject of the email.</translation>
    </message>
    <message>
        <location filename="../../relance_desktop/services/mailer.py" line="204"/>
        <source>Les pièces jointes pèsent {mb} Mo : la plupart des serveurs refusent plus de 20 Mo.</source>
        <translation>The attachments come to {mb} MB: most servers refuse more than 20 MB.</translation>
    </message>
</context>
</TS>
