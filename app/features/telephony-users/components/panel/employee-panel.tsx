import { lazy, Suspense, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EmployeePanelBody } from './employee-panel-body.tsx'
import { useEmployeePanelData } from './employee-panel-data.ts'
import classes from './employee-panel.module.css'
import { LastCallSection } from '../activity/last-call-section.tsx'
import { ExtensionField } from '../extension/extension-field.tsx'
import { PhoneSwitch } from '../row/phone-switch.tsx'
import { RowTextProvider } from '../row/row-text.tsx'

// Mantine's Drawer loads on first use: it is not part of the first screen's bundle.
const EmployeePanelDrawer = lazy(() =>
  import('./employee-panel-drawer.tsx').then((m) => ({ default: m.EmployeePanelDrawer })),
)

/**
 * Everything Bitrix24's own per-user editor shows about one employee, whatever columns the frame's width
 * left in the table; opened from the employee's name, read from the caches the table uses.
 */
export function EmployeePanel({ employeeId, onClose }: { employeeId: number; onClose: () => void }) {
  const { t } = useTranslation()
  const { employee, departments, lines, status } = useEmployeePanelData(employeeId)
  // The name that opened the panel has focus now (click or Enter); it gets it back on close.
  const [opener] = useState(() => document.activeElement)
  const close = () => {
    onClose()
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus()
  }
  return (
    // The cells the table uses (switch, password, copy) take their texts from here.
    <RowTextProvider t={t}>
      <Suspense>
        <EmployeePanelDrawer
          title={employee?.fullName ?? t('panel.gone')}
          closeLabel={t('panel.close')}
          titleClassName={classes.title}
          onClose={close}
        >
          {employee ? (
            <>
              <EmployeePanelBody
                employee={employee}
                departments={departments}
                lines={lines}
                status={status}
                extension={<ExtensionField employee={employee} />}
                phoneSwitch={<PhoneSwitch employee={employee} status={status} />}
              />
              <LastCallSection
                employeeId={employee.id}
                phone={status.state === 'ready' ? status.settings.phone : undefined}
              />
            </>
          ) : (
            <p>{t('panel.goneBody')}</p>
          )}
        </EmployeePanelDrawer>
      </Suspense>
    </RowTextProvider>
  )
}
