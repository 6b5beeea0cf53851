import { Drawer, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { EmployeePanelBody } from './employee-panel-body.tsx'
import { useEmployeePanelData } from './employee-panel-data.ts'
import { RowTextProvider } from './row-text.tsx'

/**
 * Everything Bitrix24's own per-user editor shows about one employee, whatever columns the frame's
 * width left in the table. A dialog: it traps focus, closes with Escape and gives focus back to the
 * name that opened it. Loaded on first use (not part of the first screen's bundle).
 */
export function EmployeePanel({ employeeId, onClose }: { employeeId: number; onClose: () => void }) {
  const { t } = useTranslation()
  const data = useEmployeePanelData(employeeId)
  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size="md"
      title={data.employee?.fullName ?? t('panel.gone')}
      closeButtonProps={{ 'aria-label': t('panel.close') }}
    >
      {/* The cells the table uses (switch, password, copy) take their texts from here. */}
      <RowTextProvider t={t}>
        {data.employee ? (
          <EmployeePanelBody {...data} employee={data.employee} />
        ) : (
          <Text>{t('panel.goneBody')}</Text>
        )}
      </RowTextProvider>
    </Drawer>
  )
}
