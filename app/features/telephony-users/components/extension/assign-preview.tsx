import { ScrollArea, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { PlanRow } from '@/features/telephony-users/bulk/plan-extensions.ts'

/** Rows shown in the preview; the rest are counted (the plan itself covers everyone). */
const PREVIEW_ROWS = 200

/** Who gets which extension, before anything is sent. */
export function AssignPreview({ plan }: { plan: PlanRow[] }) {
  const { t } = useTranslation()
  const hidden = plan.length - PREVIEW_ROWS
  return (
    <>
      {/* A scrolling region is reached by keyboard too (axe: scrollable-region-focusable). */}
      <ScrollArea.Autosize
        mah={280}
        type="auto"
        viewportProps={{ tabIndex: 0, role: 'region', 'aria-label': t('extension.previewLabel') }}
      >
        <Table aria-label={t('extension.previewLabel')} layout="fixed" stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('extension.previewEmployee')}</Table.Th>
              <Table.Th scope="col" w={90}>
                {t('extension.previewNow')}
              </Table.Th>
              <Table.Th scope="col" w={120}>
                {t('extension.previewNew')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plan.slice(0, PREVIEW_ROWS).map((row) => (
              <Table.Tr key={row.employee.id}>
                <Table.Td>{row.employee.fullName}</Table.Td>
                <Table.Td>{row.employee.extension ?? t('users.noValue')}</Table.Td>
                <Table.Td>
                  {row.action === 'assign'
                    ? row.extension
                    : row.action === 'keep'
                      ? t('extension.keep')
                      : t('extension.noneFree')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {hidden > 0 && (
        <Text size="sm" c="dimmed">
          {t('extension.more', { count: hidden })}
        </Text>
      )}
    </>
  )
}
