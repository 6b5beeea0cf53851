import { ActionIcon, Button, Group, Stack, TextInput } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import type { TFunction } from 'i18next'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { StrokeIcon } from '@/components/stroke-icon.tsx'
import { directoryCache } from '../api/directory-cache.ts'
import { useUpdateExtension } from '../api/update-extension.ts'
import { checkExtension, type ExtensionCheck } from '../model/extension-rules.ts'
import type { Employee } from '../model/types.ts'
import { conflictsOf } from '../table/extension-conflicts.ts'
import classes from './extension-editor.module.css'

/**
 * Edits one extension: checked as Bitrix24 checks it (and against every employee the app holds) while
 * typing, sent on Enter or Save, closed on Escape or Cancel. The change shows at once and is read back;
 * a refusal rolls it back with a notification (api/update-extension.ts).
 */
export function ExtensionEditor({
  employee,
  compact = false,
  onDone,
}: {
  employee: Employee
  /** In a table row: a narrow input, icon buttons, the message floating below. */
  compact?: boolean
  onDone: () => void
}) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const update = useUpdateExtension(employee, t)
  const [text, setText] = useState(employee.extension ?? '')
  const [tried, setTried] = useState(false)
  const messageId = useId()
  const employees = directoryCache.read(queryClient)?.employees ?? []
  const check = checkExtension(text, employee.id, conflictsOf(employees).holders)
  const nameOf = (id: number) => employees.find((e) => e.id === id)?.fullName ?? `#${id}`
  // Said as soon as the text is wrong, except while it is still the saved value.
  const message =
    !check.ok && (tried || text !== (employee.extension ?? '')) ? messageOf(check, t, nameOf) : null

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setTried(true)
    if (!check.ok) return
    if (check.value !== (employee.extension ?? '')) update.mutate(check.value)
    onDone()
  }
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key !== 'Escape') return
    event.stopPropagation() // a dialog around the field must not close with it
    onDone()
  }
  const input = (
    <TextInput
      size="xs"
      label={compact ? undefined : t('extension.inputLabel', { name: employee.fullName })}
      aria-label={compact ? t('extension.inputLabel', { name: employee.fullName }) : undefined}
      description={compact ? undefined : t('extension.removeHint')}
      value={text}
      onChange={(event) => setText(event.currentTarget.value)}
      inputMode="numeric"
      autoComplete="off"
      maxLength={16}
      // eslint-disable-next-line jsx-a11y/no-autofocus -- the person just asked to edit this field
      autoFocus
      error={compact ? message !== null : message}
      aria-describedby={compact && message ? messageId : undefined}
      w={compact ? 56 : 200}
    />
  )
  if (compact)
    return (
      <form className={classes.compact} onSubmit={submit} onKeyDown={onKeyDown}>
        {input}
        <ActionIcon type="submit" size="sm" variant="subtle" aria-label={t('extension.save')}>
          <StrokeIcon>
            <path d="M5 12l5 5L20 7" />
          </StrokeIcon>
        </ActionIcon>
        <ActionIcon
          size="sm"
          variant="subtle"
          color="gray"
          aria-label={t('extension.cancel')}
          onClick={onDone}
        >
          <StrokeIcon>
            <path d="M6 6l12 12M18 6L6 18" />
          </StrokeIcon>
        </ActionIcon>
        {message && (
          <div id={messageId} className={classes.bubble} role="alert">
            {message}
          </div>
        )}
      </form>
    )
  return (
    <form onSubmit={submit} onKeyDown={onKeyDown}>
      <Stack gap="xs" align="flex-start">
        {input}
        <Group gap="xs">
          <Button type="submit" size="xs">
            {t('extension.save')}
          </Button>
          <Button size="xs" variant="default" onClick={onDone}>
            {t('extension.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

function messageOf(
  check: Extract<ExtensionCheck, { ok: false }>,
  t: TFunction,
  nameOf: (id: number) => string,
): string {
  if (check.reason === 'characters') return t('extension.invalidCharacters')
  if (check.reason === 'length') return t('extension.invalidLength')
  return t('extension.taken', { names: check.holders.map(nameOf).join(', ') })
}
