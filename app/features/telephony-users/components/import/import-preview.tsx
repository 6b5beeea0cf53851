import { Checkbox, ScrollArea, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { lineProblemMessage, messageText, statusMessage } from '@/features/telephony-users/import/messages.ts'
import type { ImportPlan, LineStatus, PlannedLine } from '@/features/telephony-users/import/plan-types.ts'

/** Lines with problems first: none is dropped silently, so the admin sees them before anything is sent. */
const ORDER: Record<LineStatus, number> = { problem: 0, ready: 1, unchanged: 2, excluded: 3 }
/** Rows drawn at once; the rest are counted (a 50,000-line file would not fit a dialog). */
const SHOWN = 300

/**
 * Every line's employee, current and new extension, and what will happen to it. Each line that can be
 * sent has a box to leave it out (or take it back). Lines keep the places the whole file gives them, so
 * a line does not move away from the keyboard when it is unticked or when that makes another a conflict.
 */
export function ImportPreview({
  plan,
  whole,
  onToggle,
}: {
  plan: ImportPlan
  /** The plan with no line left out: the order of the rows. */
  whole: ImportPlan
  onToggle: (line: number, included: boolean) => void
}) {
  const { t } = useTranslation()
  const lines = whole.lines
    .map((line, index) => ({ rank: ORDER[line.status], line: plan.lines[index] ?? line }))
    .sort((a, b) => a.rank - b.rank || a.line.line - b.line.line)
    .map(({ line }) => line)
  const counts = {
    ready: plan.counts.ready,
    unchanged: plan.counts.unchanged,
    problem: plan.counts.problem,
    excluded: plan.counts.excluded,
  }
  return (
    <>
      <Text size="sm" role="status">
        {counts.excluded > 0 ? t('import.summaryLeftOut', counts) : t('import.summary', counts)}
      </Text>
      {/* Focusable, so the keyboard can scroll a long preview. */}
      <ScrollArea.Autosize
        mah={320}
        viewportProps={{ tabIndex: 0, role: 'region', 'aria-label': t('import.previewLabel') }}
      >
        <Table aria-label={t('import.previewLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('import.applyColumn')}</Table.Th>
              <Table.Th>{t('import.line')}</Table.Th>
              <Table.Th>{t('import.fromFile')}</Table.Th>
              <Table.Th>{t('import.employee')}</Table.Th>
              <Table.Th>{t('import.now')}</Table.Th>
              <Table.Th>{t('import.next')}</Table.Th>
              <Table.Th>{t('import.fate')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.slice(0, SHOWN).map((line) => (
              <PreviewRow key={line.line} line={line} onToggle={onToggle} />
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {lines.length > SHOWN && (
        <Text size="sm" c="dimmed">
          {t('extension.more', { count: lines.length - SHOWN })}
        </Text>
      )}
    </>
  )
}

function PreviewRow({
  line,
  onToggle,
}: {
  line: PlannedLine
  onToggle: (line: number, included: boolean) => void
}) {
  const { t } = useTranslation()
  // Only a line that would be sent (or was unticked) has a box; problem lines are never sent.
  const choice =
    (line.status === 'ready' || line.status === 'excluded') && line.employee && line.next !== null
      ? { line: line.line, name: line.employee.fullName, extension: line.next }
      : null
  const fate =
    line.status === 'problem'
      ? line.problems.map((problem) => messageText(t, lineProblemMessage(problem, line.line))).join('; ')
      : messageText(t, statusMessage(line.status))
  return (
    <Table.Tr>
      <Table.Td>
        {choice && (
          <Checkbox
            aria-label={t('import.applyLine', choice)}
            checked={line.status === 'ready'}
            onChange={(event) => onToggle(line.line, event.currentTarget.checked)}
          />
        )}
      </Table.Td>
      <Table.Td>{line.line}</Table.Td>
      <Table.Td>{line.who}</Table.Td>
      <Table.Td>{line.employee?.fullName ?? '—'}</Table.Td>
      <Table.Td>{line.current ?? '—'}</Table.Td>
      <Table.Td>{line.next ?? line.given}</Table.Td>
      <Table.Td c={line.status === 'problem' ? 'red.8' : undefined}>{fate}</Table.Td>
    </Table.Tr>
  )
}
