/** The i18n key of the short text each non-ready SIP status shows in the SIP columns. */
export const SIP_STATE_TEXT = {
  loading: 'sip.loading',
  pending: 'sip.pending',
  denied: 'sip.denied',
  'no-permission': 'sip.noPermission',
  unavailable: 'sip.unavailable',
} as const
