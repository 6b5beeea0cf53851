// German catalog: served when the Bitrix24 portal's LANG is "de".
export const de = {
  app: {
    title: 'SIP-Telefone',
    loading: 'Verbindung zu Bitrix24 wird hergestellt…',
    signedInAs: '{{name}} · {{language}}',
    dismiss: 'Schließen',
  },
  install: {
    title: 'SIP-Telefone installieren',
    intro:
      'Mit dieser Anwendung sehen Telefonie-Administratoren die SIP-Telefone aller Mitarbeiter und können sie ein- und ausschalten. Sie benötigt:',
    scopes:
      'Zugriff auf Telefonie, grundlegende Nutzerdaten und Abteilungen (Scopes telephony, user_brief, department).',
    permission:
      'Für alle, die sie verwenden: das Telefonie-Zugriffsrecht „Benutzereinstellungen — Ändern“ (für die eigenen Einstellungen, die eigene Abteilung oder alle).',
    approval:
      'Einmal pro Sitzung die Freigabe eines Bitrix24-Administrators zum Lesen der SIP-Zugangsdaten (Bitrix24 benachrichtigt die Administratoren).',
    userScope:
      'Optional: der Bereich user, um Durchwahlen zu ändern (Bitrix24 erlaubt das nur Administratoren). Ohne ihn funktioniert die App und zeigt Durchwahlen schreibgeschützt.',
    finishing:
      'Die Installation wird abgeschlossen. Bitrix24 lädt die Seite danach neu, und die App öffnet sich.',
    finishingSlow:
      'Der Abschluss dauert noch. Bitrix24 hat die Seite noch nicht neu geladen; passiert innerhalb einer Minute nichts, laden Sie die Bitrix24-Seite selbst neu.',
    finish: 'Installation abschließen',
    failed: 'Die Installation konnte nicht abgeschlossen werden',
  },
  crash: {
    title: 'Auf dieser Seite ist ein Fehler aufgetreten',
    body: 'Die App ist auf einen unerwarteten Fehler gestoßen. In Bitrix24 wurde dadurch nichts geändert. Laden Sie die App neu; tritt er erneut auf, teilen Sie den Entwicklern der App mit, was Sie zuvor getan haben.',
    reload: 'App neu laden',
    tryAgain: 'Erneut versuchen',
  },
  outside: {
    title: 'Öffnen Sie diese Anwendung in Ihrem Bitrix24-Portal',
    notInFrame:
      'Diese Seite ist eine Bitrix24-Anwendung. Öffnen Sie sie im Bereich „Anwendungen“ im linken Menü Ihres Portals.',
    noAnswer:
      'Das Bitrix24-Portal, in dem diese Seite geöffnet ist, hat nicht geantwortet. Laden Sie die Seite neu; hilft das nicht, öffnen Sie die Anwendung erneut über das Menü „Anwendungen“.',
    reload: 'Neu laden',
  },
  users: {
    searchLabel: 'Nach Name oder Durchwahl suchen',
    searchPlaceholder: 'Name oder Durchwahl',
    count_one: '{{shown, number}} von {{count, number}} Mitarbeiter',
    count_other: '{{shown, number}} von {{count, number}} Mitarbeitern',
    loadingList: 'Mitarbeiter werden geladen…',
    progress: 'Mitarbeiter werden geladen: {{loaded, number}} von {{total, number}}',
    empty: 'In diesem Portal gibt es keine aktiven Mitarbeiter.',
    noMatch: 'Kein Mitarbeiter entspricht der Suche und den Filtern.',
    rejected_one:
      '{{count, number}} Mitarbeiter konnte nicht aus Bitrix24 gelesen werden und wird nicht angezeigt.',
    rejected_other:
      '{{count, number}} Mitarbeiter konnten nicht aus Bitrix24 gelesen werden und werden nicht angezeigt.',
    tableLabel: 'Mitarbeiter und ihre SIP-Telefone',
    refresh: 'Aktualisieren',
    columns: {
      employee: 'Mitarbeiter',
      department: 'Abteilung',
      extension: 'Durchwahl',
      line: 'Ausgehende Leitung',
      phone: 'SIP-Telefon',
      server: 'SIP-Server',
      login: 'SIP-Login',
      password: 'SIP-Passwort',
    },
    portalDefault: 'Portal-Standard',
    noValue: '—',
  },
  filters: {
    department: 'Abteilung',
    allDepartments: 'Alle Abteilungen',
    phone: 'SIP-Telefon',
    phone_all: 'Alle',
    phone_on: 'Ein',
    phone_off: 'Aus',
    'phone_not-set': 'Nicht festgelegt',
    extension: 'Durchwahl',
    extension_all: 'Alle',
    extension_with: 'Vorhanden',
    extension_without: 'Keine',
    extension_shared: 'Doppelt',
  },
  bulk: {
    selected_one: '{{count, number}} ausgewählt',
    selected_other: '{{count, number}} ausgewählt',
    switchOn: 'Einschalten',
    switchOff: 'Ausschalten',
    exportCsv: 'CSV exportieren',
    clear: 'Auswahl aufheben',
    selectAll: 'Alle {{count, number}} passenden Mitarbeiter auswählen',
    selectRow: '{{name}} auswählen',
    confirmTitleOn: 'SIP-Telefone einschalten',
    confirmTitleOff: 'SIP-Telefone ausschalten',
    confirmOn_one: 'Das SIP-Telefon von {{count, number}} Mitarbeiter einschalten?',
    confirmOn_other: 'Die SIP-Telefone von {{count, number}} Mitarbeitern einschalten?',
    confirmOff_one: 'Das SIP-Telefon von {{count, number}} Mitarbeiter ausschalten?',
    confirmOff_other: 'Die SIP-Telefone von {{count, number}} Mitarbeitern ausschalten?',
    offWarning:
      'Bitrix24 kann Erfolg melden und ein Telefon trotzdem eingeschaltet lassen; die Ergebnisse zeigen, welche.',
    cancel: 'Abbrechen',
    running: '{{sent, number}} von {{total, number}} gesendet · {{failed, number}} fehlgeschlagen',
    cancelling: 'Wird nach der aktuellen Anfrage angehalten…',
    resultsTitle: 'Ergebnisse',
    done: 'Erledigt: {{count, number}}',
    failed: 'Fehlgeschlagen: {{count, number}}',
    unverified: 'Nicht geprüft: {{count, number}}',
    unchanged: 'Von Bitrix24 nicht geändert: {{count, number}}',
    skipped: 'Nicht gesendet: {{count, number}}',
    retryFailed: 'Fehlgeschlagene wiederholen',
    checkAgain: 'Erneut prüfen',
    unverifiedHint:
      'Bitrix24 konnte für diese nicht erneut gelesen werden; ob die Änderung erfolgt ist, ist unbekannt.',
    close: 'Schließen',
    status_done: 'Erledigt',
    status_failed: 'Fehlgeschlagen',
    status_unchanged: 'Von Bitrix24 nicht geändert',
    status_skipped: 'Nicht gesendet',
    status_unverified: 'Nicht geprüft',
    progressLabel: 'Fortschritt der Massenänderung',
    interruptedTitle: 'Eine Massenänderung wurde unterbrochen',
    interruptedOn:
      'Das Einschalten der SIP-Telefone endete, als die Seite geschlossen wurde: {{sent, number}} von {{total, number}} gesendet, {{pending, number}} nicht.',
    interruptedOff:
      'Das Ausschalten der SIP-Telefone endete, als die Seite geschlossen wurde: {{sent, number}} von {{total, number}} gesendet, {{pending, number}} nicht.',
    resume: 'Mit dem Rest fortfahren',
    dismiss: 'Ausblenden',
  },
  export: {
    title: 'Export für die Telefon-Provisionierung',
    body_one: '{{count, number}} Mitarbeiter: Name, Abteilung, Durchwahl, SIP-Server und Login.',
    body_other: '{{count, number}} Mitarbeiter: Name, Abteilung, Durchwahl, SIP-Server und Login.',
    noSip:
      'SIP-Server, Login und Passwort fehlen in der Datei: Bitrix24 hat der App das Lesen in der aktuellen Sitzung noch nicht erlaubt (die Zustimmung eines Administrators fehlt, oder sie werden neu gelesen).',
    includePasswords: 'SIP-Passwörter einschließen',
    passwordWarning:
      'Die Datei enthält die Passwörter im Klartext. Bewahren Sie sie sicher auf und löschen Sie sie nach der Verwendung.',
    download: 'CSV herunterladen',
    cancel: 'Abbrechen',
    columns: {
      name: 'Name',
      department: 'Abteilung',
      extension: 'Durchwahl',
      server: 'SIP-Server',
      login: 'SIP-Login',
      password: 'SIP-Passwort',
    },
  },
  activity: {
    title: 'Letzte Anrufe',
    estimate_one:
      'Den letzten Anruf von {{count, number}} Mitarbeitenden aus der Anrufstatistik von Bitrix24 lesen. Anfragen an Bitrix24: {{requests, number}}.',
    estimate_other:
      'Die letzten Anrufe von {{count, number}} Mitarbeitenden aus der Anrufstatistik von Bitrix24 lesen. Anfragen an Bitrix24: {{requests, number}}.',
    rightsNote:
      'Erfordert die Telefonie-Berechtigung „Anrufstatistik — Anzeigen“. Mit engeren Rechten zeigt Bitrix24 nur die Anrufe, die Sie sehen dürfen; die App sagt dann, wessen Anrufe sie nicht lesen konnte.',
    cancel: 'Abbrechen',
    start: 'Letzte Anrufe lesen',
    progressLabel: 'Fortschritt der letzten Anrufe',
    progress: '{{read, number}} von {{total, number}} gelesen',
    failedTitle: 'Die letzten Anrufe konnten nicht gelesen werden',
    noPermission:
      'Bitrix24 hat abgelehnt: Die Anrufstatistik erfordert die Telefonie-Berechtigung „Anrufstatistik — Anzeigen“. Bitten Sie einen Bitrix24-Administrator darum.',
    close: 'Schließen',
    cancelled_one: 'Angehalten: {{count, number}} Mitarbeitende(r) nicht gelesen.',
    cancelled_other: 'Angehalten: {{count, number}} Mitarbeitende nicht gelesen.',
    done_one: 'Fertig: Der letzte Anruf von {{count, number}} Mitarbeitenden steht in der Tabelle.',
    done_other: 'Fertig: Die letzten Anrufe von {{count, number}} Mitarbeitenden stehen in der Tabelle.',
    unreadableTitle_one: '{{count, number}} Mitarbeitende(r) konnte nicht gelesen werden',
    unreadableTitle_other: '{{count, number}} Mitarbeitende konnten nicht gelesen werden',
    failedHint: 'Bitrix24 hat für diese Mitarbeitenden nicht geantwortet; starten Sie die Prüfung erneut.',
    unreadableHint:
      'Bitrix24 hat für sie keine Anrufe geliefert, aber Ihre Rechte können sie verbergen: Sie erscheinen als „Nicht lesbar“, nie als „Nie“.',
    scan: 'Letzte Anrufe anzeigen',
    scanSelected_one: 'Letzten Anruf von {{count, number}} Ausgewählten anzeigen',
    scanSelected_other: 'Letzte Anrufe von {{count, number}} Ausgewählten anzeigen',
    filter: 'Anrufe',
    filter_all: 'Alle',
    'filter_unused-30': 'Telefon an, 30 Tage ohne Anruf',
    'filter_unused-90': 'Telefon an, 90 Tage ohne Anruf',
    filter_never: 'Nie angerufen',
    unusedNote_one:
      '{{count, number}} SIP-Telefon ist an, ohne Anruf seit 90 Tagen. Bitrix24 lässt keine App ein Telefon ausschalten: Schalten Sie es unter Telefonie → Benutzer aus.',
    unusedNote_other:
      '{{count, number}} SIP-Telefone sind an, ohne Anruf seit 90 Tagen. Bitrix24 lässt keine App ein Telefon ausschalten: Schalten Sie sie unter Telefonie → Benutzer aus.',
    unusedOne:
      'Das SIP-Telefon ist an, ohne Anruf seit 90 Tagen. Bitrix24 lässt keine App ein Telefon ausschalten: Schalten Sie es unter Telefonie → Benutzer aus.',
    column: 'Letzter Anruf',
    never: 'Nie',
    unreadable: 'Nicht lesbar',
    notRead: 'Nicht gelesen',
    noCalls90: 'Seit 90 Tagen kein Anruf',
    callAt: '{{date}} · {{direction}}',
    direction_outgoing: 'ausgehend',
    direction_incoming: 'eingehend',
    direction_missed: 'verpasst',
    direction_redirected: 'weitergeleitet',
    direction_callback: 'Rückruf',
    direction_info: 'Infoanruf',
  },
  sip: {
    pending: 'Wartet auf Freigabe',
    denied: 'Zugriff verweigert',
    noPermission: 'Keine Berechtigung',
    unavailable: 'Nicht geladen',
    loading: 'Wird geladen…',
    noPassword: 'Kein Passwort',
    masked: 'Verborgenes Passwort',
    show: 'SIP-Passwort von {{name}} anzeigen',
    hide: 'SIP-Passwort von {{name}} verbergen',
    copyPassword: 'SIP-Passwort von {{name}} kopieren',
    copyServer: 'SIP-Server von {{name}} kopieren',
    copyLogin: 'SIP-Login von {{name}} kopieren',
    copied: 'Kopiert',
    copyFailed: 'Kopieren nicht möglich: Markieren Sie den Text und kopieren Sie ihn manuell',
    notCleared:
      'Das Passwort ist noch in der Zwischenablage: Dieser Rahmen darf sie nicht leeren. Kopieren Sie etwas anderes darüber.',
  },
  phone: {
    switchLabel: 'SIP-Telefon von {{name}}',
    on: 'Ein',
    off: 'Aus',
    'not-set': 'Nicht festgelegt',
    unknown: 'Unbekannt',
    saving: 'Wird gespeichert…',
    reasonPending: 'Die SIP-Einstellungen warten auf die Freigabe durch einen Administrator.',
    reasonDenied: 'Der Zugriff auf die SIP-Einstellungen wurde verweigert.',
    reasonNoPermission: 'Sie dürfen die Telefonie-Einstellungen dieses Mitarbeiters nicht ändern.',
    reasonUnavailable: 'Die SIP-Einstellungen sind nicht geladen.',
    keptOn: 'Bitrix24 hat dieses Telefon eingeschaltet gelassen.',
    keptOnShort: 'Noch an',
    keptOnHelp:
      'Bitrix24 hat Erfolg gemeldet, das Telefon aber eingeschaltet gelassen; schalten Sie es unter „Telefonie → Benutzer“ aus.',
    stayedOff: 'Bitrix24 hat dieses Telefon ausgeschaltet gelassen.',
    stayedOffShort: 'Noch aus',
    stayedOffHelp:
      'Bitrix24 meldete Erfolg, konnte das SIP-Telefon aber nicht einrichten, daher bleibt es aus (etwa weil der Mitarbeiter entlassen oder die E-Mail des Portals nicht bestätigt ist); prüfen Sie es unter Telefonie → Benutzer.',
    openTelephonyUsers: 'Telefonie → Benutzer',
    openFailed: 'Telefonie → Benutzer wurde nicht geöffnet',
  },
  panel: {
    close: 'Schließen',
    gone: 'Mitarbeiter nicht gefunden',
    goneBody:
      'Dieser Mitarbeiter ist nicht mehr in der Liste: Sie wurde seit dem Öffnen des Bereichs neu aus Bitrix24 gelesen.',
    departments: 'Abteilungen',
    profile: 'Profil in Bitrix24 öffnen',
    profileFailed: 'Das Profil wurde nicht geöffnet',
    telephonyUsersHint: 'Dort werden die ausgehende Leitung und das SIP-Passwort geändert.',
  },
  permission: {
    noneTitle: 'Sie dürfen die SIP-Telefone anderer nicht verwalten',
    noneBody:
      'Bitrix24 lässt nur Personen mit der Telefonie-Berechtigung „Benutzereinstellungen — Ändern“ SIP-Einstellungen lesen und ändern; standardmäßig haben sie nur Administratoren. Bitten Sie einen Administrator, sie unter Telefonie → Zugriffsrechte zu erteilen (für Sie, Ihre Abteilung oder alle).',
  },
  approval: {
    pendingTitle: 'Die SIP-Einstellungen warten auf die Freigabe durch einen Administrator',
    pendingBodyAdmin:
      'Bitrix24 bittet einen Administrator, dieser Anwendung das Lesen der SIP-Einstellungen zu erlauben. Sie sind Administrator: Prüfen Sie Ihre Bitrix24-Benachrichtigungen und wählen Sie „Erlauben“.',
    pendingBodyUser:
      'Bitrix24 bittet einen Administrator, dieser Anwendung das Lesen der SIP-Einstellungen zu erlauben. Ein Portal-Administrator hat eine Benachrichtigung erhalten und muss „Erlauben“ wählen. Die Liste unten können Sie so lange weiter nutzen.',
    autoCheck:
      'Die Anwendung prüft selbstständig erneut; die Einstellungen erscheinen hier, sobald der Zugriff erlaubt ist.',
    checkAgain: 'Erneut prüfen',
    deniedTitle: 'Ein Administrator hat den Zugriff auf die SIP-Einstellungen verweigert',
    deniedBody:
      'Die SIP-Einstellungen bleiben in dieser Sitzung verborgen. Um erneut anzufragen, schließen Sie die Anwendung und öffnen Sie sie wieder über das Menü „Anwendungen“: Bitrix24 sendet den Administratoren dann eine neue Anfrage.',
  },
  state: {
    loadFailedTitle: 'Die Mitarbeiterliste konnte nicht geladen werden',
    sipFailedTitle: 'Die SIP-Einstellungen konnten nicht geladen werden',
    staleNotice:
      'Angezeigt wird der zuletzt aus Bitrix24 gelesene Stand; die Aktualisierung ist fehlgeschlagen.',
  },
  toggle: {
    failedOn: 'Das SIP-Telefon von {{name}} konnte nicht eingeschaltet werden',
    failedOff: 'Das SIP-Telefon von {{name}} konnte nicht ausgeschaltet werden',
  },
  waiting: {
    limitedTitle: 'Bitrix24 begrenzt die Anfragen',
    faultTitle: 'Bitrix24 hat nicht geantwortet',
    until: 'Die Anwendung wartet und macht um {{time}} von selbst weiter. Nichts geht verloren.',
  },
  extension: {
    label: 'Durchwahl',
    edit: 'Durchwahl von {{name}} bearbeiten',
    inputLabel: 'Durchwahl von {{name}}',
    removeHint: '1 bis 4 Ziffern; leer lassen, um die Durchwahl zu entfernen.',
    save: 'Speichern',
    cancel: 'Abbrechen',
    invalidCharacters: 'Nur Ziffern.',
    invalidLength: 'Höchstens 4 Ziffern: Bitrix24 akzeptiert Durchwahlen mit 1 bis 4 Ziffern.',
    taken: 'Bereits vergeben an {{names}}.',
    failed: 'Die Durchwahl von {{name}} konnte nicht geändert werden',
    shared: 'Doppelt',
    sharedHelp: 'Ein anderer Mitarbeiter hat dieselbe Durchwahl',
    sharedWith: 'Auch vergeben an {{names}}',
    sharedCount_one: '{{count, number}} Mitarbeiter teilt eine Durchwahl',
    sharedCount_other: '{{count, number}} Mitarbeiter teilen eine Durchwahl',
    readOnlyNoScope:
      'Durchwahlen sind schreibgeschützt: Um sie hier zu ändern, geben Sie der App in Bitrix24 den optionalen Bereich „user“ und öffnen Sie sie erneut.',
    readOnlyNotAdmin: 'Durchwahlen sind schreibgeschützt: Nur Bitrix24-Administratoren können sie ändern.',
    readOnlyUnknown:
      'Durchwahlen sind schreibgeschützt: Die App konnte nicht prüfen, ob sie sie ändern darf.',
    assign: 'Durchwahlen vergeben',
    assignTitle: 'Durchwahlen vergeben',
    assignIntro_one:
      '{{count, number}} ausgewählter Mitarbeiter, in der Reihenfolge der Tabelle. Jeder erhält die niedrigste freie Nummer des Bereichs.',
    assignIntro_other:
      '{{count, number}} ausgewählte Mitarbeiter, in der Reihenfolge der Tabelle. Jeder erhält die niedrigste freie Nummer des Bereichs.',
    rangeFrom: 'Von',
    rangeTo: 'Bis',
    rangeInvalid: 'Geben Sie Zahlen mit 1 bis 4 Ziffern an, die erste nicht größer als die letzte.',
    replace: 'Vorhandene Durchwahlen ersetzen',
    planSummary:
      'Neu: {{assign, number}} · Behalten: {{keep, number}} · Keine freie Nummer: {{none, number}}',
    previewLabel: 'Wer welche Durchwahl erhält',
    previewEmployee: 'Mitarbeiter',
    previewNow: 'Jetzt',
    previewNew: 'Neu',
    keep: 'Behält sie',
    noneFree: 'Keine freie Nummer',
    more_one: '… und {{count, number}} weiterer',
    more_other: '… und {{count, number}} weitere',
    confirm_one: '{{count, number}} Durchwahl vergeben',
    confirm_other: '{{count, number}} Durchwahlen vergeben',
    progressLabel: 'Durchwahlen werden vergeben',
  },
  import: {
    file: {
      empty: 'Die Datei ist leer: Es gibt nichts zu importieren.',
      binary: 'Das ist keine Tabelle: Wählen Sie eine CSV- oder Excel-Datei (.xlsx).',
      'too-large':
        'Die Datei ist größer als {{megabytes, number}} MB. Teilen Sie sie auf oder entfernen Sie Spalten, die der Import nicht braucht.',
      'too-many-lines':
        'Die Datei hat mehr als {{count, number}} Zeilen. Teilen Sie sie in kleinere Dateien auf.',
      'password-protected':
        'Die Arbeitsmappe ist mit einem Kennwort geschützt. Speichern Sie sie ohne Kennwort oder als CSV und wählen Sie sie erneut.',
      'legacy-xls':
        'Das ist eine Excel-97–2003-Arbeitsmappe (.xls). Speichern Sie sie als .xlsx oder CSV und wählen Sie sie erneut.',
      unreadable: 'Die Datei ließ sich nicht als Tabelle lesen. Speichern Sie sie erneut als .xlsx oder CSV.',
      'no-columns':
        'Keine Spalte wurde erkannt. Wählen Sie, welche Spalte den Mitarbeiter nennt und welche die neue Durchwahl enthält.',
    },
    problems: {
      'no-employee': 'In dieser Zeile steht kein Mitarbeiter',
      'not-found': 'Kein Mitarbeiter gefunden',
      ambiguous: 'Mehrere Mitarbeiter passen ({{count, number}}): Verwenden Sie die ID oder die E-Mail',
      inactive: 'Der Mitarbeiter ist ausgeschieden',
      'email-unavailable':
        'E-Mails sind nur mit dem Bereich user lesbar, den auch das Ändern von Durchwahlen braucht',
      formula: 'Eine Formel, kein Wert: Formeln werden nie berechnet oder gesendet',
      'no-extension': 'In dieser Zeile steht keine neue Durchwahl',
      characters: 'Eine Durchwahl darf nur Ziffern enthalten',
      length:
        'Höchstens {{max, number}} Ziffern: Bitrix24 akzeptiert Durchwahlen mit 1 bis {{max, number}} Ziffern',
      'employee-twice': 'Derselbe Mitarbeiter steht auch in Zeile {{lines}}',
      'extension-twice': 'Dieselbe Durchwahl steht auch in Zeile {{lines}}',
      taken: 'Ein anderer aktiver Mitarbeiter hat diese Durchwahl und behält sie',
    },
    status: {
      ready: 'Wird geändert',
      unchanged: 'Hat diese Durchwahl schon',
      problem: 'Wird nicht gesendet',
      excluded: 'Ausgelassen',
    },
  },
  errors: {
    'approval-pending':
      'Ein Bitrix24-Administrator hat den Zugriff auf die SIP-Einstellungen noch nicht freigegeben.',
    'approval-denied': 'Ein Bitrix24-Administrator hat den Zugriff auf die SIP-Einstellungen verweigert.',
    'access-denied': 'Dafür haben Sie in Bitrix24 keine Berechtigung.',
    'rate-limited': 'Bitrix24 begrenzt gerade die Anfragen. Die Anwendung versucht es in Kürze erneut.',
    auth: 'Die Sitzung mit Bitrix24 ist abgelaufen. Laden Sie die Anwendung neu.',
    network: 'Bitrix24 ist nicht erreichbar. Prüfen Sie die Verbindung.',
    'not-in-frame': 'Die Anwendung läuft nicht innerhalb von Bitrix24.',
    'frame-timeout': 'Die Bitrix24-Seite, in der die Anwendung läuft, hat nicht geantwortet.',
    'invalid-answer': 'Bitrix24 hat eine Antwort gesendet, die die Anwendung nicht versteht.',
    unverified:
      'Die Änderung wurde gesendet, ihr Ergebnis konnte aber nicht aus Bitrix24 zurückgelesen werden.',
    rest: 'Bitrix24 hat mit einem Fehler geantwortet: {{description}}',
    retry: 'Erneut versuchen',
  },
} as const
