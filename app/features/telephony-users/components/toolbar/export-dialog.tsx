import { Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core'
import type { UseQueryResult } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppError } from '@/api/b24/errors.ts'
import { usePortal } from '@/api/b24/portal-context.tsx'
import {
  exportableSip,
  exportFileName,
  provisioningRows,
  toCsv,
} from '@/features/telephony-users/model/csv-export.ts'
import type { Department, Employee, SipTable } from '@/features/telephony-users/model/types.ts'
import type { ActivityScan } from '@/features/telephony-users/activity/read-last-calls.ts'
import { lastCallText } from '../activity/last-call-text.ts'

/**
 * CSV of the chosen rows; passwords only when ticked here. SIP columns only hold what the table may show
 * as current: not while approval is pending or denied, nor after a new token until they are read again.
 */
export function ExportDialog({
  employees,
  departments,
  sip,
  activity,
  onClose,
}: {
  employees: Employee[] | null
  departments: Map<number, Department>
  sip: Pick<UseQueryResult<SipTable, AppError>, 'data' | 'error' | 'refetch'>
  /** After an activity scan the file carries each employee's last call. */
  activity?: ActivityScan | undefined
  onClose: () => void
}) {
  const { t, i18n } = useTranslation()
  const { domain, client } = usePortal()
  const [includePasswords, setIncludePasswords] = useState(false)
  const readable = exportableSip(sip.data, sip.error, client.session())
  // Read under an older token: read again now, so the export can hold them once Bitrix24 allows it.
  const stale = sip.data !== undefined && !readable && !sip.error
  const { refetch } = sip
  useEffect(() => {
    if (stale) void refetch()
  }, [stale, refetch])
  if (!employees) return null
  const download = () => {
    const header = {
      name: t('export.columns.name'),
      department: t('export.columns.department'),
      extension: t('export.columns.extension'),
      server: t('export.columns.server'),
      login: t('export.columns.login'),
      password: t('export.columns.password'),
      lastCall: t('activity.column'),
    }
    const lastCall =
      activity &&
      ((id: number) => {
        const { text, detail } = lastCallText(t, activity.byId.get(id), activity.readAt, i18n.language)
        return detail ? `${text} (${detail})` : text
      })
    const csv = toCsv(provisioningRows(employees, departments, readable, header, includePasswords, lastCall))
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }))
    const link = Object.assign(document.createElement('a'), {
      href: url,
      download: exportFileName(domain, new Date()),
    })
    link.click()
    setTimeout(() => URL.revokeObjectURL(url), 1000)
    setIncludePasswords(false)
    onClose()
  }
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('export.title')}
      closeButtonProps={{ 'aria-label': t('app.dismiss') }}
    >
      <Stack>
        <Text>{t('export.body', { count: employees.length })}</Text>
        {readable ? (
          <Checkbox
            label={t('export.includePasswords')}
            checked={includePasswords}
            onChange={(event) => setIncludePasswords(event.currentTarget.checked)}
          />
        ) : (
          <Text size="sm" role="status">
            {t('export.noSip')}
          </Text>
        )}
        {readable && includePasswords && (
          <Text size="sm" c="orange.8">
            {t('export.passwordWarning')}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('export.cancel')}
          </Button>
          <Button onClick={download}>{t('export.download')}</Button>
        </Group>
      </Stack>
    </Modal>
  )
}
