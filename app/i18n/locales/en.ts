/** The source catalog: every UI text is keyed here first. Other languages follow its shape. */
export const en = {
  app: {
    title: 'SIP phones',
    loading: 'Connecting to Bitrix24…',
    signedInAs: '{{name}} · {{language}}',
  },
  outside: {
    title: 'Open this app from your Bitrix24 portal',
    notInFrame:
      'This page is a Bitrix24 application. Open it from the Applications section of your portal’s left menu.',
    noAnswer:
      'The Bitrix24 portal around this page did not answer. Reload the page; if that does not help, open the app again from the Applications menu.',
    reload: 'Reload',
  },
  errors: {
    'approval-pending': 'A Bitrix24 administrator has not yet approved access to SIP settings.',
    'approval-denied': 'A Bitrix24 administrator denied access to SIP settings.',
    'access-denied': 'You do not have the permission for this in Bitrix24.',
    'rate-limited': 'Bitrix24 is limiting requests right now. The app will try again shortly.',
    auth: 'The session with Bitrix24 expired. Reload the app.',
    network: 'Bitrix24 could not be reached. Check the connection.',
    'not-in-frame': 'The app is not running inside Bitrix24.',
    'frame-timeout': 'The Bitrix24 page around the app did not answer.',
    'invalid-answer': 'Bitrix24 sent an answer the app does not understand.',
    rest: 'Bitrix24 answered with an error: {{description}}',
    retry: 'Try again',
  },
} as const
