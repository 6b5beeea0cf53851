import { Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core'
import { memo, useCallback, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { EditRights } from '@/features/telephony-users/api/get-edit-rights.ts'
import type { Department } from '@/features/telephony-users/model/types.ts'
import type { TableView } from '@/features/telephony-users/view/table-view.ts'
import { ExtensionRightsNote } from '../extension/extension-rights-note.tsx'

const PHONE_FILTERS = ['all', 'on', 'off', 'not-set'] as const
const EXTENSION_FILTERS = ['all', 'with', 'without', 'shared'] as const

/** Search, filters, the "312 of 10,000" count, shared extensions, and why extensions are read-only. */
export function ViewToolbar({
  view,
  onChange,
  departments,
  shown,
  total,
  sipReady,
  onExport,
  onRefresh,
  refreshing,
  shared,
  rights,
  onImport,
}: {
  view: TableView
  onChange: (patch: Partial<TableView>) => void
  departments: Map<number, Department>
  shown: number
  /** Null before the list's first batch: no count to show yet. */
  total: number | null
  sipReady: boolean
  onExport: () => void
  onRefresh: () => void
  refreshing: boolean
  /** Employees whose extension another employee holds too. */
  shared: number
  rights: EditRights | undefined
  /** Only when the app may change extensions (scope `user`, an administrator). */
  onImport?: () => void
}) {
  const { t } = useTranslation()
  const onDepartment = useCallback((departmentId: number | null) => onChange({ departmentId }), [onChange])
  const onPhone = useCallback(
    (value: string) => onChange({ phone: PHONE_FILTERS.find((v) => v === value) ?? 'all' }),
    [onChange],
  )
  const onExtension = useCallback(
    (value: string) => onChange({ extension: EXTENSION_FILTERS.find((v) => v === value) ?? 'all' }),
    [onChange],
  )
  const phoneOptions = useMemo(
    () => PHONE_FILTERS.map((value) => ({ value, label: t(`filters.phone_${value}`) })),
    [t],
  )
  const extensionOptions = useMemo(
    () => EXTENSION_FILTERS.map((value) => ({ value, label: t(`filters.extension_${value}`) })),
    [t],
  )
  const sharedOnly = view.extension === 'shared'
  return (
    <Stack gap={4}>
      <Group justify="space-between" align="end" wrap="wrap" gap="sm">
        <Group align="end" gap="sm" wrap="wrap">
          <TextInput
            label={t('users.searchLabel')}
            placeholder={t('users.searchPlaceholder')}
            type="search"
            value={view.search}
            onChange={(event) => onChange({ search: event.currentTarget.value })}
            w={260}
          />
          {/* Native selects: keyboard and screen-reader behaviour for free, and no popover code in the bundle. */}
          <DepartmentSelect
            label={t('filters.department')}
            allLabel={t('filters.allDepartments')}
            departments={departments}
            value={view.departmentId}
            onChange={onDepartment}
          />
          <FilterSelect
            label={t('filters.phone')}
            options={phoneOptions}
            value={view.phone}
            onChange={onPhone}
            disabled={!sipReady && view.phone === 'all'}
          />
          <FilterSelect
            label={t('filters.extension')}
            options={extensionOptions}
            value={view.extension}
            onChange={onExtension}
          />
        </Group>
        <Group gap="sm">
          {shared > 0 && (
            <Button
              size="xs"
              variant={sharedOnly ? 'filled' : 'light'}
              color="orange"
              aria-pressed={sharedOnly}
              onClick={() => onChange({ extension: sharedOnly ? 'all' : 'shared' })}
            >
              {t('extension.sharedCount', { count: shared })}
            </Button>
          )}
          {total !== null && (
            <Text size="sm" c="dimmed" role="status">
              {t('users.count', { count: total, shown })}
            </Text>
          )}
          <Button size="xs" variant="default" onClick={onRefresh} loading={refreshing}>
            {t('users.refresh')}
          </Button>
          <Button size="xs" variant="default" onClick={onExport} disabled={shown === 0}>
            {t('bulk.exportCsv')}
          </Button>
          {onImport && (
            <Button size="xs" variant="default" onClick={onImport}>
              {t('import.open')}
            </Button>
          )}
        </Group>
      </Group>
      <ExtensionRightsNote rights={rights} />
    </Stack>
  )
}

/** The phone or extension filter: kept out of the re-render each search keystroke causes. */
const FilterSelect = memo(function FilterSelect({
  label,
  options,
  value,
  onChange,
  disabled = false,
}: {
  label: string
  /** Stable between renders, or the memo would not hold. */
  options: ReadonlyArray<{ value: string; label: string }>
  value: string
  onChange: (value: string) => void
  disabled?: boolean
}) {
  return (
    <NativeSelect
      label={label}
      data={options}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      disabled={disabled}
      w={150}
    />
  )
})

/** Hundreds of options: kept out of the re-render each search keystroke causes. */
const DepartmentSelect = memo(function DepartmentSelect({
  label,
  allLabel,
  departments,
  value,
  onChange,
}: {
  label: string
  allLabel: string
  departments: Map<number, Department>
  value: number | null
  onChange: (departmentId: number | null) => void
}) {
  const options = useMemo(
    () => [{ value: '', label: allLabel }, ...treeOptions(departments)],
    [allLabel, departments],
  )
  return (
    <NativeSelect
      label={label}
      data={options}
      value={value === null ? '' : String(value)}
      onChange={(event) => {
        const selected = event.currentTarget.value
        onChange(selected === '' ? null : Number(selected))
      }}
      w={240}
    />
  )
})

/** Departments as an indented list, parents before children. */
function treeOptions(departments: Map<number, Department>): Array<{ value: string; label: string }> {
  const children = new Map<number | null, Department[]>()
  for (const department of departments.values()) {
    const parent =
      department.parentId !== null && departments.has(department.parentId) ? department.parentId : null
    children.set(parent, [...(children.get(parent) ?? []), department])
  }
  const options: Array<{ value: string; label: string }> = []
  const walk = (parent: number | null, depth: number) => {
    for (const department of children.get(parent) ?? []) {
      options.push({ value: String(department.id), label: `${'\u2003'.repeat(depth)}${department.name}` })
      walk(department.id, depth + 1)
    }
  }
  walk(null, 0)
  return options
}
