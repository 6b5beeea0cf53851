import { Button, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import classes from './bulk-bar.module.css'

/** Actions on the selected rows. */
export function BulkBar({
  count,
  onSwitch,
  onExport,
  onClear,
  onAssign,
  disabled,
}: {
  count: number
  onSwitch: (on: boolean) => void
  onExport: () => void
  onClear: () => void
  /** Only when the app may change extensions (scope `user`, an administrator). */
  onAssign?: () => void
  disabled: boolean
}) {
  const { t } = useTranslation()
  if (count === 0) return null
  return (
    <div className={classes.bar} role="region" aria-label={t('bulk.selected', { count })}>
      <Group gap="sm">
        <Text size="sm" fw={600}>
          {t('bulk.selected', { count })}
        </Text>
        <Button size="xs" onClick={() => onSwitch(true)} disabled={disabled}>
          {t('bulk.switchOn')}
        </Button>
        <Button size="xs" variant="default" onClick={() => onSwitch(false)} disabled={disabled}>
          {t('bulk.switchOff')}
        </Button>
        {onAssign && (
          <Button size="xs" variant="default" onClick={onAssign}>
            {t('extension.assign')}
          </Button>
        )}
        <Button size="xs" variant="default" onClick={onExport}>
          {t('bulk.exportCsv')}
        </Button>
        <Button size="xs" variant="subtle" onClick={onClear}>
          {t('bulk.clear')}
        </Button>
      </Group>
    </div>
  )
}
