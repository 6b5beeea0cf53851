import { Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { usePortal } from '@/api/b24/portal-context.tsx'
import { exportFileName, provisioningRows, toCsv } from '../table/csv-export.ts'
import type { Department, Employee, SipTable } from '../model/types.ts'

/** CSV of the chosen rows; passwords only when ticked here. */
export function ExportDialog({
  employees,
  departments,
  sip,
  onClose,
}: {
  employees: Employee[] | null
  departments: Map<number, Department>
  sip: SipTable | undefined
  onClose: () => void
}) {
  const { t } = useTranslation()
  const { domain } = usePortal()
  const [includePasswords, setIncludePasswords] = useState(false)
  if (!employees) return null
  const download = () => {
    const header = {
      name: t('export.columns.name'),
      department: t('export.columns.department'),
      extension: t('export.columns.extension'),
      server: t('export.columns.server'),
      login: t('export.columns.login'),
      password: t('export.columns.password'),
    }
    const csv = toCsv(provisioningRows(employees, departments, sip, header, includePasswords))
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
        <Checkbox
          label={t('export.includePasswords')}
          checked={includePasswords}
          onChange={(event) => setIncludePasswords(event.currentTarget.checked)}
        />
        {includePasswords && (
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
