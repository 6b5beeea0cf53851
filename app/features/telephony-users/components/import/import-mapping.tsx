import { Group, NativeSelect } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { columnLabels } from '@/features/telephony-users/import/headers.ts'
import type { ColumnMapping, Sheet, WhoKind } from '@/features/telephony-users/import/types.ts'

const KINDS = ['id', 'email', 'name', 'extension'] as const satisfies readonly WhoKind[]
const NONE = ''

/** The columns as guessed from the headers, each choosable by hand. */
export function ImportMapping({
  sheet,
  mapping,
  onChange,
}: {
  sheet: Sheet
  mapping: ColumnMapping
  onChange: (mapping: ColumnMapping) => void
}) {
  const { t } = useTranslation()
  const labels = columnLabels(sheet, mapping.headerRow)
  const columns = [
    { value: NONE, label: t('import.chooseColumn') },
    ...labels.map((label, index) => ({ value: String(index), label })),
  ]
  const who = mapping.who
  const kinds = [...KINDS, ...(who?.kind === 'name-parts' ? (['name-parts'] as const) : [])]
  const kind: WhoKind = who?.kind ?? 'id'
  const whoColumn = who && who.kind !== 'name-parts' ? String(who.column) : NONE
  const pick = (value: string) => (value === NONE ? null : Number(value))

  return (
    <Group align="flex-end" gap="sm" grow>
      <NativeSelect
        label={t('import.whoKind')}
        value={kind}
        data={kinds.map((value) => ({ value, label: t(`import.who.${value}`) }))}
        onChange={(event) => {
          const next = event.currentTarget.value as WhoKind
          if (next === 'name-parts') return
          const column = who && who.kind !== 'name-parts' ? who.column : who ? who.first : null
          onChange({ ...mapping, who: column === null ? null : { kind: next, column } })
        }}
      />
      {kind !== 'name-parts' && (
        <NativeSelect
          label={t('import.whoColumn')}
          value={whoColumn}
          data={columns}
          onChange={(event) => {
            const column = pick(event.currentTarget.value)
            onChange({
              ...mapping,
              who: column === null ? null : { kind, column },
            })
          }}
        />
      )}
      <NativeSelect
        label={t('import.newColumn')}
        value={mapping.newExtension === null ? NONE : String(mapping.newExtension)}
        data={columns}
        onChange={(event) => onChange({ ...mapping, newExtension: pick(event.currentTarget.value) })}
      />
    </Group>
  )
}
