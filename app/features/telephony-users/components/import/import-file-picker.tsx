import { Input, Paper, Text } from '@mantine/core'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { guessMapping } from '@/features/telephony-users/import/headers.ts'
import {
  fileProblemMessage,
  messageText,
  type MessageRef,
} from '@/features/telephony-users/import/messages.ts'
import { readImportFile } from '@/features/telephony-users/import/read-file.ts'
import type { LoadedSheet } from './import-plan-step.tsx'

/** A file chosen or dropped, read and checked before anything else happens; a bad one says why. */
export function ImportFilePicker({
  fileName,
  columnsChosen,
  onLoaded,
}: {
  fileName: string | null
  /** Both columns known (recognised or chosen by hand): no call to choose them. */
  columnsChosen: boolean
  onLoaded: (loaded: LoadedSheet | null) => void
}) {
  const { t } = useTranslation()
  const id = useId()
  const [problem, setProblem] = useState<MessageRef | null>(null)
  const [reading, setReading] = useState(false)

  async function read(file: File | undefined) {
    if (!file) return
    setReading(true)
    // A file removed or locked after it was chosen cannot be read: it says so, like any unreadable file.
    const result = await readImportFile(file).catch(
      () => ({ ok: false, problem: { kind: 'unreadable' } }) as const,
    )
    setReading(false)
    if (!result.ok) {
      setProblem(fileProblemMessage(result.problem))
      onLoaded(null)
      return
    }
    const guessed = guessMapping(result.sheet)
    // Without recognisable headers the admin chooses the columns; the first row is taken as headers.
    setProblem(null)
    onLoaded({
      name: file.name,
      sheet: result.sheet,
      mapping: guessed ?? { headerRow: 0, who: null, newExtension: null },
    })
  }

  // The call to choose columns lasts only until both are chosen.
  const shown = problem ?? (fileName && !columnsChosen ? fileProblemMessage({ kind: 'no-columns' }) : null)
  return (
    <Paper
      withBorder
      p="sm"
      style={{ borderStyle: 'dashed' }}
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => {
        event.preventDefault()
        void read(event.dataTransfer.files[0])
      }}
    >
      <Input.Wrapper label={t('import.fileLabel')} description={t('import.fileHint')} id={id}>
        <input
          id={id}
          type="file"
          accept=".csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(event) => void read(event.currentTarget.files?.[0])}
          data-autofocus
        />
      </Input.Wrapper>
      {reading && <Text size="sm">{t('import.reading')}</Text>}
      {!reading && fileName && !shown && (
        <Text size="sm" c="dimmed">
          {t('import.fileRead', { name: fileName })}
        </Text>
      )}
      {shown && (
        <Text size="sm" c="red.8" role="alert" mt="xs">
          {messageText(t, shown)}
        </Text>
      )}
    </Paper>
  )
}
