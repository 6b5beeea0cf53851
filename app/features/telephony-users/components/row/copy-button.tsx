import { Text } from '@mantine/core'
import { CopyIcon } from '@/components/icons/copy-icon.tsx'
import classes from './row.module.css'
import { useState } from 'react'
import { copySecret, copyText } from '@/lib/clipboard.ts'
import { useRowText } from './row-text.tsx'

/**
 * Copies a value the user asked for; says whether it worked (a third-party frame may block the clipboard).
 * A `secret` (the SIP password) is taken off the clipboard again after a while.
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
  const onClick = async () => {
    setResult((await (secret ? copySecret : copyText)(value)) ? 'copied' : 'failed')
    setTimeout(() => setResult(null), 2000)
  }
  return (
    <>
      <button
        type="button"
        className={classes.icon}
        aria-label={label}
        title={label}
        onClick={() => void onClick()}
      >
        <CopyIcon />
      </button>
      {result && (
        <Text size="xs" c={result === 'copied' ? 'teal.8' : 'red.8'} role="status">
          {result === 'copied' ? t('sip.copied') : t('sip.copyFailed')}
        </Text>
      )}
    </>
  )
}
