import { Button, Group, Stack, Text } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { planImport } from '@/features/telephony-users/import/plan.ts'
import type { WriteStep } from '@/features/telephony-users/import/plan-types.ts'
import type { ColumnMapping, ImportEmployee, Sheet } from '@/features/telephony-users/import/types.ts'
import type { Employee } from '@/features/telephony-users/model/types.ts'
import { ImportFilePicker } from './import-file-picker.tsx'
import { ImportMapping } from './import-mapping.tsx'
import { ImportPreview } from './import-preview.tsx'

export interface LoadedSheet {
  name: string
  sheet: Sheet
  mapping: ColumnMapping
  /** Good lines the admin unticked: kept with the file, so a retry does not send them either. */
  excluded?: ReadonlySet<number>
}

const NONE: ReadonlySet<number> = new Set()

/** The file, its columns and the preview; the confirm button sends the good lines' steps, in order. */
export function ImportPlanStep({
  employees,
  loaded,
  setLoaded,
  onConfirm,
  onClose,
}: {
  employees: Map<number, Employee>
  /** Kept by the dialog, so a retry comes back to the same file, planned again. */
  loaded: LoadedSheet | null
  setLoaded: (loaded: LoadedSheet | null) => void
  onConfirm: (steps: WriteStep[]) => void
  onClose: () => void
}) {
  const { t } = useTranslation()
  // The screen lists active employees only; their e-mails come with the scope `user`, which the import needs.
  const people = useMemo(
    () =>
      [...employees.values()].map((e): ImportEmployee => ({
        id: e.id,
        fullName: e.fullName,
        email: e.email ?? null,
        extension: e.extension,
        active: true,
      })),
    [employees],
  )
  const sheet = loaded?.sheet
  const mapping = loaded?.mapping
  const excluded = loaded?.excluded ?? NONE
  const whole = useMemo(
    () =>
      sheet && mapping?.who && mapping.newExtension !== null ? planImport(sheet, mapping, people) : null,
    [sheet, mapping, people],
  )
  // Planned again without the unticked lines: a swap whose partner is left out becomes a conflict.
  const plan = useMemo(
    () =>
      whole && sheet && mapping && excluded.size > 0 ? planImport(sheet, mapping, people, excluded) : whole,
    [whole, sheet, mapping, people, excluded],
  )
  const toggle = (line: number, included: boolean) => {
    if (!loaded) return
    const next = new Set(excluded)
    if (included) next.delete(line)
    else next.add(line)
    setLoaded({ ...loaded, excluded: next })
  }
  const changes = plan ? plan.counts.ready : 0
  return (
    <Stack>
      <Text size="sm">{t('import.intro')}</Text>
      <ImportFilePicker
        fileName={loaded?.name ?? null}
        columnsChosen={Boolean(loaded?.mapping.who) && loaded?.mapping.newExtension != null}
        onLoaded={setLoaded}
      />
      {loaded && (
        <ImportMapping
          sheet={loaded.sheet}
          mapping={loaded.mapping}
          // Other columns make other lines: what was unticked no longer means the same.
          onChange={(mapping) => setLoaded({ name: loaded.name, sheet: loaded.sheet, mapping })}
        />
      )}
      {plan && whole && <ImportPreview plan={plan} whole={whole} onToggle={toggle} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('bulk.cancel')}
        </Button>
        <Button onClick={() => plan && onConfirm(plan.steps)} disabled={changes === 0}>
          {t('import.confirm', { count: changes })}
        </Button>
      </Group>
    </Stack>
  )
}
