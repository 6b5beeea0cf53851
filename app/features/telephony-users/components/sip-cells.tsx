import { Group, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Employee, LineNames } from '../api/model.ts'
import { SIP_STATE_TEXT, type SipCell } from '../api/sip-cell.ts'
import { CopyButton } from './copy-button.tsx'
import { PasswordCell } from './password-cell.tsx'

/** Outgoing line, server, login and password cells of one row. */
export function SipCells({ employee, cell, lines }: { employee: Employee; cell: SipCell; lines: LineNames }) {
  const { t } = useTranslation()
  if (cell.state !== 'ready') {
    const text = t(SIP_STATE_TEXT[cell.state])
    return (
      <>
        {[0, 1, 2, 3].map((column) => (
          <Table.Td key={column}>
            <Text size="xs" c="dimmed">
              {text}
            </Text>
          </Table.Td>
        ))}
      </>
    )
  }
  const { settings } = cell
  const name = employee.fullName
  return (
    <>
      <Table.Td>
        <Text size="sm" truncate="end">
          {lineName(settings.defaultLine, lines) ?? t('users.portalDefault')}
        </Text>
      </Table.Td>
      <Table.Td>
        <CopyableText value={settings.server} label={t('sip.copyServer', { name })} />
      </Table.Td>
      <Table.Td>
        <CopyableText value={settings.login} label={t('sip.copyLogin', { name })} />
      </Table.Td>
      <Table.Td>
        <PasswordCell password={settings.password} name={name} />
      </Table.Td>
    </>
  )
}

/** The line's name where it can be read; the raw id otherwise; null for "portal default". */
export function lineName(lineId: string | null, lines: LineNames): string | null {
  if (lineId === null) return null
  return lines.readable ? (lines.names[lineId] ?? lineId) : lineId
}

function CopyableText({ value, label }: { value: string | null; label: string }) {
  const { t } = useTranslation()
  if (value === null) return <Text size="sm">{t('users.noValue')}</Text>
  return (
    <Group gap={4} wrap="nowrap" miw={0}>
      <Text size="sm" truncate="end" title={value}>
        {value}
      </Text>
      <CopyButton value={value} label={label} />
    </Group>
  )
}
