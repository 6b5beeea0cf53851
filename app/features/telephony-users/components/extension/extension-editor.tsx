import { ActionIcon, Button, Group, Stack, TextInput } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import type { TFunction } from 'i18next'
import { useId, useLayoutEffect, useRef, useState, type FormEvent } from 'react'
import { createPortal } from 'react-dom'
import { useTranslation } from 'react-i18next'
import { CheckIcon } from '@/components/icons/check-icon.tsx'
import { CrossIcon } from '@/components/icons/cross-icon.tsx'
import { errorText } from '@/i18n/error-text.ts'
import { showToast } from '@/lib/toasts.ts'
import { directoryCache } from '@/features/telephony-users/api/directory-cache.ts'
import { useUpdateExtension } from '@/features/telephony-users/writes/use-update-extension.ts'
import { checkExtension, type ExtensionCheck } from '@/features/telephony-users/model/extension-rules.ts'
import type { Employee } from '@/features/telephony-users/model/types.ts'
import { conflictsOf } from '@/features/telephony-users/model/extension-conflicts.ts'
import classes from './extension-editor.module.css'

/**
 * Edits one extension: checked as Bitrix24 checks it (and against every employee the app holds) while
 * typing, sent on Enter or Save, closed on Escape or Cancel. The change shows at once and is read back;
 * a refusal rolls it back with a notification.
 */
export function ExtensionEditor({
  employee,
  compact = false,
  onDone,
}: {
  employee: Employee
  /** In a table row: a narrow input, icon buttons, the message floating below (fixed: the row clips). */
  compact?: boolean
  onDone: () => void
}) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const update = useUpdateExtension(employee.id, (error) =>
    showToast({
      tone: 'error',
      title: t('extension.failed', { name: employee.fullName }),
      message: errorText(t, error),
    }),
  )
  const [text, setText] = useState(employee.extension ?? '')
  const [tried, setTried] = useState(false)
  const messageId = useId()
  const employees = directoryCache.read(queryClient)?.employees ?? []
  const check = checkExtension(text, employee.id, conflictsOf(employees).holders)
  const nameOf = (id: number) => employees.find((e) => e.id === id)?.fullName ?? `#${id}`
  // Said as soon as the text is wrong, except while it is still the saved value.
  const message =
    !check.ok && (tried || text !== (employee.extension ?? '')) ? messageOf(check, t, nameOf) : null

  const anchor = useRef<HTMLDivElement>(null)
  const bubble = useRef<HTMLDivElement>(null)
  // The floating message sits under the input and follows it when the page or the table scrolls.
  useLayoutEffect(() => {
    if (!compact || message === null) return
    const place = () => placeUnder(anchor.current, bubble.current)
    place()
    window.addEventListener('scroll', place, true)
    window.addEventListener('resize', place)
    return () => {
      window.removeEventListener('scroll', place, true)
      window.removeEventListener('resize', place)
    }
  }, [compact, message])

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
  const common = {
    value: text,
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => setText(event.currentTarget.value),
    onKeyDown,
    inputMode: 'numeric' as const,
    autoComplete: 'off',
    maxLength: 16,
  }
  const label = t('extension.inputLabel', { name: employee.fullName })
  if (compact)
    return (
      <form className={classes.compact} onSubmit={submit}>
        {/* A plain input: Mantine's would drop the description that points at the floating message. */}
        <div ref={anchor}>
          <input
            {...common}
            className={classes.input}
            aria-label={label}
            aria-invalid={message !== null}
            aria-describedby={message ? messageId : undefined}
            // eslint-disable-next-line jsx-a11y/no-autofocus -- the person just asked to edit this field
            autoFocus
          />
        </div>
        <ActionIcon type="submit" size="xs" variant="subtle" aria-label={t('extension.save')}>
          <CheckIcon />
        </ActionIcon>
        <ActionIcon
          size="sm"
          variant="subtle"
          color="gray"
          aria-label={t('extension.cancel')}
          onClick={onDone}
        >
          <CrossIcon />
        </ActionIcon>
        {/* In the body: the table's scroller would clip it or be its containing block. */}
        {message &&
          createPortal(
            <div ref={bubble} id={messageId} role="alert" className={classes.bubble}>
              {message}
            </div>,
            document.body,
          )}
      </form>
    )
  return (
    <form onSubmit={submit}>
      <Stack gap="xs" align="flex-start">
        <TextInput
          {...common}
          size="xs"
          label={label}
          description={t('extension.removeHint')}
          error={message}
          // eslint-disable-next-line jsx-a11y/no-autofocus -- the person just asked to edit this field
          autoFocus
          w={200}
        />
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
  if (check.reason === 'taken') return t('extension.taken', { names: check.holders.map(nameOf).join(', ') })
  return t(check.reason === 'length' ? 'extension.invalidLength' : 'extension.invalidCharacters')
}

/** Just under the input, in the viewport's coordinates: no table cell or scroller clips it. */
function placeUnder(input: HTMLElement | null, bubble: HTMLElement | null) {
  if (!input || !bubble) return
  const box = input.getBoundingClientRect()
  bubble.style.top = `${box.bottom + 4}px`
  bubble.style.left = `${box.left}px`
}
