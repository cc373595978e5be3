<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="fr">
  <context>
    <name>ActionsPage</name>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/actions_page.py" line="253" />
      <source>%n actions proposées</source>
      <translation>
        <numerusform>%n action proposée</numerusform>
        <numerusform>%n actions proposées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/actions_page.py" line="418" />
      <source>%n appels ajoutés à « Aujourd'hui » : chaque étape sera notée faite quand l'appel sera enregistré.</source>
      <translation>
        <numerusform>%n appel ajouté à « Aujourd'hui » : l'étape sera notée faite quand l'appel sera enregistré.</numerusform>
        <numerusform>%n appels ajoutés à « Aujourd'hui » : chaque étape sera notée faite quand l'appel sera enregistré.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/actions_page.py" line="421" />
      <source>%n SMS notés comme envoyés.</source>
      <translation>
        <numerusform>%n SMS noté comme envoyé.</numerusform>
        <numerusform>%n SMS notés comme envoyés.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/actions_page.py" line="492" />
      <source>%n courriers produits.</source>
      <translation>
        <numerusform>%n courrier produit.</numerusform>
        <numerusform>%n courriers produits.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/actions_page.py" line="497" />
      <source>%n e-mails envoyés.</source>
      <translation>
        <numerusform>%n e-mail envoyé.</numerusform>
        <numerusform>%n e-mails envoyés.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ConfirmPage</name>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="78" />
      <source>%n nouveaux clients</source>
      <translation>
        <numerusform>%n nouveau client</numerusform>
        <numerusform>%n nouveaux clients</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="79" />
      <source>%n nouvelles factures</source>
      <translation>
        <numerusform>%n nouvelle facture</numerusform>
        <numerusform>%n nouvelles factures</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="80" />
      <source>%n factures mises à jour</source>
      <translation>
        <numerusform>%n facture mise à jour</numerusform>
        <numerusform>%n factures mises à jour</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="81" />
      <source>%n avoirs à appliquer</source>
      <translation>
        <numerusform>%n avoir à appliquer</numerusform>
        <numerusform>%n avoirs à appliquer</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="82" />
      <source>%n factures marquées payées, comme vous l'avez coché</source>
      <translation>
        <numerusform>%n facture marquée payée, comme vous l'avez coché</numerusform>
        <numerusform>%n factures marquées payées, comme vous l'avez coché</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="84" />
      <source>%n problèmes : les lignes en erreur ne sont pas importées</source>
      <translation>
        <numerusform>%n problème : les lignes en erreur ne sont pas importées</numerusform>
        <numerusform>%n problèmes : les lignes en erreur ne sont pas importées</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Counts</name>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/main_invoices.py" line="76" />
      <source>%n factures affichées</source>
      <translation>
        <numerusform>%n facture affichée</numerusform>
        <numerusform>%n factures affichées</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CustomerWindow</name>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/customer_window.py" line="352" />
      <source>%n factures ouvertes — reste dû {due}, dont échu {overdue}</source>
      <translation>
        <numerusform>%n facture ouverte — reste dû {due}, dont échu {overdue}</numerusform>
        <numerusform>%n factures ouvertes — reste dû {due}, dont échu {overdue}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DunningCalendar</name>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/dunning_calendar.py" line="125" />
      <source>%n actions prévues</source>
      <translation>
        <numerusform>%n action prévue</numerusform>
        <numerusform>%n actions prévues</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/dunning_calendar.py" line="126" />
      <source>sur %n jours d'envoi</source>
      <translation>
        <numerusform>sur %n jour d'envoi</numerusform>
        <numerusform>sur %n jours d'envoi</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LettersPage</name>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/letters_page.py" line="273" />
      <source>%n clients</source>
      <translation>
        <numerusform>%n client</numerusform>
        <numerusform>%n clients</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/letters_page.py" line="289" />
      <source>%n clients masqués par le filtre « Seulement les clients au niveau précédent ».</source>
      <translation>
        <numerusform>%n client masqué par le filtre « Seulement les clients au niveau précédent ».</numerusform>
        <numerusform>%n clients masqués par le filtre « Seulement les clients au niveau précédent ».</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/letters_page.py" line="416" />
      <source>%n fichiers écrits dans {folder}.</source>
      <translation>
        <numerusform>%n fichier écrit dans {folder}.</numerusform>
        <numerusform>%n fichiers écrits dans {folder}.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MappingPage</name>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="612" />
      <source>%n documents</source>
      <translation>
        <numerusform>%n document</numerusform>
        <numerusform>%n documents</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="613" />
      <source>%n clients</source>
      <translation>
        <numerusform>%n client</numerusform>
        <numerusform>%n clients</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="615" />
      <source>%n problèmes.</source>
      <translation>
        <numerusform>%n problème.</numerusform>
        <numerusform>%n problèmes.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PagedCustomerTree</name>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/paged_tree.py" line="341" />
      <source>%n factures</source>
      <translation>
        <numerusform>%n facture</numerusform>
        <numerusform>%n factures</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PreviewPage</name>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="232" />
      <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="418" />
      <source>%n nouveaux clients</source>
      <translation>
        <numerusform>%n nouveau client</numerusform>
        <numerusform>%n nouveaux clients</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="233" />
      <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="423" />
      <source>%n nouvelles factures</source>
      <translation>
        <numerusform>%n nouvelle facture</numerusform>
        <numerusform>%n nouvelles factures</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="234" />
      <source>%n modifiées</source>
      <translation>
        <numerusform>%n modifiée</numerusform>
        <numerusform>%n modifiées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="235" />
      <source>%n inchangées</source>
      <translation>
        <numerusform>%n inchangée</numerusform>
        <numerusform>%n inchangées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="236" />
      <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="427" />
      <source>%n avoirs</source>
      <translation>
        <numerusform>%n avoir</numerusform>
        <numerusform>%n avoirs</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="237" />
      <source>%n problèmes</source>
      <translation>
        <numerusform>%n problème</numerusform>
        <numerusform>%n problèmes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="239" />
      <source>%n fichiers</source>
      <translation>
        <numerusform>%n fichier</numerusform>
        <numerusform>%n fichiers</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="268" />
      <source>%n factures ouvertes dans Relance sont absentes ou soldées dans l'export : cochez celles qui ont été payées (onglet « À marquer payées »).</source>
      <translation>
        <numerusform>%n facture ouverte dans Relance est absente ou soldée dans l'export : cochez-la si elle a été payée (onglet « À marquer payées »).</numerusform>
        <numerusform>%n factures ouvertes dans Relance sont absentes ou soldées dans l'export : cochez celles qui ont été payées (onglet « À marquer payées »).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="377" />
      <source>… et %n autres problèmes.</source>
      <translation>
        <numerusform>… et %n autre problème.</numerusform>
        <numerusform>… et %n autres problèmes.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="419" />
      <source>%n clients déjà dans Relance</source>
      <translation>
        <numerusform>%n client déjà dans Relance</numerusform>
        <numerusform>%n clients déjà dans Relance</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="421" />
      <source>%n clients d'un autre fichier de cet import</source>
      <translation>
        <numerusform>%n client d'un autre fichier de cet import</numerusform>
        <numerusform>%n clients d'un autre fichier de cet import</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="424" />
      <source>%n factures modifiées</source>
      <translation>
        <numerusform>%n facture modifiée</numerusform>
        <numerusform>%n factures modifiées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="426" />
      <source>%n factures inchangées</source>
      <translation>
        <numerusform>%n facture inchangée</numerusform>
        <numerusform>%n factures inchangées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="428" />
      <source>%n factures absentes de l'export, à marquer payées si vous le confirmez</source>
      <translation>
        <numerusform>%n facture absente de l'export, à marquer payée si vous le confirmez</numerusform>
        <numerusform>%n factures absentes de l'export, à marquer payées si vous le confirmez</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RatesDialog</name>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/rates.py" line="233" />
      <source>%n taux ajoutés : {list}.</source>
      <translation>
        <numerusform>%n taux ajouté : {list}.</numerusform>
        <numerusform>%n taux ajoutés : {list}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/rates.py" line="236" />
      <source>%n taux déjà connus, inchangés.</source>
      <translation>
        <numerusform>%n taux déjà connu, inchangé.</numerusform>
        <numerusform>%n taux déjà connus, inchangés.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ResultPage</name>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="133" />
      <source>%n clients créés</source>
      <translation>
        <numerusform>%n client créé</numerusform>
        <numerusform>%n clients créés</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="135" />
      <source>%n factures créées</source>
      <translation>
        <numerusform>%n facture créée</numerusform>
        <numerusform>%n factures créées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="137" />
      <source>%n factures mises à jour</source>
      <translation>
        <numerusform>%n facture mise à jour</numerusform>
        <numerusform>%n factures mises à jour</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="139" />
      <source>%n avoirs appliqués</source>
      <translation>
        <numerusform>%n avoir appliqué</numerusform>
        <numerusform>%n avoirs appliqués</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="140" />
      <source>%n factures marquées payées</source>
      <translation>
        <numerusform>%n facture marquée payée</numerusform>
        <numerusform>%n factures marquées payées</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ScenarioEditor</name>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/scenario_editor.py" line="365" />
      <source>%n clients changent d'étape aujourd'hui avec ce scénario et ces règles.</source>
      <translation>
        <numerusform>%n client change d'étape aujourd'hui avec ce scénario et ces règles.</numerusform>
        <numerusform>%n clients changent d'étape aujourd'hui avec ce scénario et ces règles.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/scenario_editor.py" line="377" />
      <source>%n clients changent d'étape aujourd'hui. Enregistrer ?</source>
      <translation>
        <numerusform>%n client change d'étape aujourd'hui. Enregistrer ?</numerusform>
        <numerusform>%n clients changent d'étape aujourd'hui. Enregistrer ?</numerusform>
      </translation>
    </message>
  </context>
</TS>
