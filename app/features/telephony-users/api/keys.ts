export const telephonyKeys = {
  all: ['telephony-users'] as const,
  directory: () => [...telephonyKeys.all, 'directory'] as const,
  sip: () => [...telephonyKeys.all, 'sip'] as const,
}
