<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="fr">
  <context>
    <name>ConfirmPage</name>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="78" />
      <source>%n nouveau(x) client(s)</source>
      <translation>
        <numerusform>%n nouveau client</numerusform>
        <numerusform>%n nouveaux clients</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="79" />
      <source>%n nouvelle(s) facture(s)</source>
      <translation>
        <numerusform>%n nouvelle facture</numerusform>
        <numerusform>%n nouvelles factures</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="80" />
      <source>%n facture(s) mise(s) à jour</source>
      <translation>
        <numerusform>%n facture mise à jour</numerusform>
        <numerusform>%n factures mises à jour</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="81" />
      <source>%n avoir(s) à appliquer</source>
      <translation>
        <numerusform>%n avoir à appliquer</numerusform>
        <numerusform>%n avoirs à appliquer</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="82" />
      <source>%n facture(s) marquée(s) payée(s), comme vous l'avez coché</source>
      <translation>
        <numerusform>%n facture marquée payée, comme vous l'avez coché</numerusform>
        <numerusform>%n factures marquées payées, comme vous l'avez coché</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="84" />
      <source>%n problème(s) : les lignes en erreur ne sont pas importées</source>
      <translation>
        <numerusform>%n problème : les lignes en erreur ne sont pas importées</numerusform>
        <numerusform>%n problèmes : les lignes en erreur ne sont pas importées</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Counts</name>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/main_invoices.py" line="75" />
      <source>%n facture(s) affichée(s)</source>
      <translation>
        <numerusform>%n facture affichée</numerusform>
        <numerusform>%n factures affichées</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CustomerWindow</name>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/customer_window.py" line="345" />
      <source>%n facture(s) ouverte(s) — reste dû {due}, dont échu {overdue}</source>
      <translation>
        <numerusform>%n facture ouverte — reste dû {due}, dont échu {overdue}</numerusform>
        <numerusform>%n factures ouvertes — reste dû {due}, dont échu {overdue}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LettersPage</name>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/letters_page.py" line="253" />
      <source>%n client(s)</source>
      <translation>
        <numerusform>%n client</numerusform>
        <numerusform>%n clients</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/letters_page.py" line="401" />
      <source>%n fichier(s) écrit(s) dans {folder}.</source>
      <translation>
        <numerusform>%n fichier écrit dans {folder}.</numerusform>
        <numerusform>%n fichiers écrits dans {folder}.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MappingPage</name>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="609" />
      <source>%n document(s)</source>
      <translation>
        <numerusform>%n document</numerusform>
        <numerusform>%n documents</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="610" />
      <source>%n client(s)</source>
      <translation>
        <numerusform>%n client</numerusform>
        <numerusform>%n clients</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/mapping_page.py" line="612" />
      <source>%n problème(s).</source>
      <translation>
        <numerusform>%n problème.</numerusform>
        <numerusform>%n problèmes.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PreviewPage</name>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="232" />
      <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="418" />
      <source>%n nouveau(x) client(s)</source>
      <translation>
        <numerusform>%n nouveau client</numerusform>
        <numerusform>%n nouveaux clients</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="233" />
      <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="423" />
      <source>%n nouvelle(s) facture(s)</source>
      <translation>
        <numerusform>%n nouvelle facture</numerusform>
        <numerusform>%n nouvelles factures</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="234" />
      <source>%n modifiée(s)</source>
      <translation>
        <numerusform>%n modifiée</numerusform>
        <numerusform>%n modifiées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="235" />
      <source>%n inchangée(s)</source>
      <translation>
        <numerusform>%n inchangée</numerusform>
        <numerusform>%n inchangées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="236" />
      <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="427" />
      <source>%n avoir(s)</source>
      <translation>
        <numerusform>%n avoir</numerusform>
        <numerusform>%n avoirs</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="237" />
      <source>%n problème(s)</source>
      <translation>
        <numerusform>%n problème</numerusform>
        <numerusform>%n problèmes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="239" />
      <source>%n fichier(s)</source>
      <translation>
        <numerusform>%n fichier</numerusform>
        <numerusform>%n fichiers</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="268" />
      <source>%n facture(s) ouverte(s) dans Relance absente(s) ou soldée(s) dans l'export : cochez celles qui ont été payées (onglet « À marquer payées »).</source>
      <translation>
        <numerusform>%n facture ouverte dans Relance est absente ou soldée dans l'export : cochez-la si elle a été payée (onglet « À marquer payées »).</numerusform>
        <numerusform>%n factures ouvertes dans Relance sont absentes ou soldées dans l'export : cochez celles qui ont été payées (onglet « À marquer payées »).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="377" />
      <source>… et %n autre(s) problème(s).</source>
      <translation>
        <numerusform>… et %n autre problème.</numerusform>
        <numerusform>… et %n autres problèmes.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="419" />
      <source>%n client(s) déjà dans Relance</source>
      <translation>
        <numerusform>%n client déjà dans Relance</numerusform>
        <numerusform>%n clients déjà dans Relance</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="421" />
      <source>%n client(s) d'un autre fichier de cet import</source>
      <translation>
        <numerusform>%n client d'un autre fichier de cet import</numerusform>
        <numerusform>%n clients d'un autre fichier de cet import</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="424" />
      <source>%n facture(s) modifiée(s)</source>
      <translation>
        <numerusform>%n facture modifiée</numerusform>
        <numerusform>%n factures modifiées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="426" />
      <source>%n facture(s) inchangée(s)</source>
      <translation>
        <numerusform>%n facture inchangée</numerusform>
        <numerusform>%n factures inchangées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/preview_page.py" line="428" />
      <source>%n facture(s) absente(s) de l'export, à marquer payée(s) si vous le confirmez</source>
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
      <source>%n taux ajouté(s) : {list}.</source>
      <translation>
        <numerusform>%n taux ajouté : {list}.</numerusform>
        <numerusform>%n taux ajoutés : {list}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/rates.py" line="236" />
      <source>%n taux déjà connu(s), inchangé(s).</source>
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
      <source>%n client(s) créé(s)</source>
      <translation>
        <numerusform>%n client créé</numerusform>
        <numerusform>%n clients créés</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="135" />
      <source>%n facture(s) créée(s)</source>
      <translation>
        <numerusform>%n facture créée</numerusform>
        <numerusform>%n factures créées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="137" />
      <source>%n facture(s) mise(s) à jour</source>
      <translation>
        <numerusform>%n facture mise à jour</numerusform>
        <numerusform>%n factures mises à jour</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="139" />
      <source>%n avoir(s) appliqué(s)</source>
      <translation>
        <numerusform>%n avoir appliqué</numerusform>
        <numerusform>%n avoirs appliqués</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../relance_desktop/views/import_wizard/apply_pages.py" line="140" />
      <source>%n facture(s) marquée(s) payée(s)</source>
      <translation>
        <numerusform>%n facture marquée payée</numerusform>
        <numerusform>%n factures marquées payées</numerusform>
      </translation>
    </message>
  </context>
</TS>
