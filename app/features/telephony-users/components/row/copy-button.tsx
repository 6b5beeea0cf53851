import { Text } from '@mantine/core'
import masks from '@/components/icons/icon-masks.module.css'
import classes from './row.module.css'
import { useState } from 'react'
import { copySecret, copyText } from '@/lib/clipboard.ts'
import { useRowText } from './row-text.tsx'

/**
 * Copies a value the user asked for; says whether it worked (a third-party frame may block the clipboard).
 * A `secret` (the SIP password) is taken off the clipboard again after a while; where the frame may not
 * read the clipboard to check, a lasting warning says the secret may still be there.
 */
export function CopyButton({
  value,
  label,
  secret = false,
}: {
  value: string
  label: string
  secret?: boolean
}) {
  const t = useRowText()
  const [result, setResult] = useState<'copied' | 'failed' | null>(null)
  const [notCleared, setNotCleared] = useState(false)
  const onClick = async () => {
    setNotCleared(false)
    const copy = secret ? copySecret(value, { onNotCleared: () => setNotCleared(true) }) : copyText(value)
    setResult((await copy) ? 'copied' : 'failed')
    setTimeout(() => setResult(null), 2000)
  }
  return (
    <>
      <button
        type="button"
        className={`${classes.icon} ${masks.copy}`}
        aria-label={label}
        title={label}
        onClick={() => void onClick()}
      />
      {result && (
        <Text size="xs" c={result === 'copied' ? 'teal.8' : 'red.8'} role="status">
          {result === 'copied' ? t('sip.copied') : t('sip.copyFailed')}
        </Text>
      )}
      {notCleared && (
        <Text size="xs" c="red.8" role="alert">
          {t('sip.notCleared')}
        </Text>
      )}
    </>
  )
}
