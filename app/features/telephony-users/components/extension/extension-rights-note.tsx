import { Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { EditRights } from '@/features/telephony-users/api/get-edit-rights.ts'

const NOTES = {
  'no-scope': 'extension.readOnlyNoScope',
  'not-admin': 'extension.readOnlyNotAdmin',
  unknown: 'extension.readOnlyUnknown',
} as const

/** One line on why extensions are read-only here and how to allow editing; nothing while still asking. */
export function ExtensionRightsNote({ rights }: { rights: EditRights | undefined }) {
  const { t } = useTranslation()
  if (!rights || rights.canEdit) return null
  return (
    <Text size="xs" c="dimmed">
      {t(NOTES[rights.reason])}
    </Text>
  )
}
