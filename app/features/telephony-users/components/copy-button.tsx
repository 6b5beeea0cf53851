import { ActionIcon, Tooltip } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { copyText } from '../../../lib/clipboard.ts'

/** Copies a value the user asked for; says whether it worked (a third-party frame may block the clipboard). */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const { t } = useTranslation()
  const [result, setResult] = useState<'copied' | 'failed' | null>(null)
  const onClick = async () => {
    setResult((await copyText(value)) ? 'copied' : 'failed')
    setTimeout(() => setResult(null), 2000)
  }
  const tip = result === 'copied' ? t('sip.copied') : result === 'failed' ? t('sip.copyFailed') : label
  return (
    <Tooltip label={tip} opened={result !== null ? true : undefined} withinPortal>
      <ActionIcon variant="subtle" size="sm" aria-label={label} onClick={() => void onClick()}>
        <CopyIcon />
      </ActionIcon>
    </Tooltip>
  )
}

function CopyIcon() {
  return (
    <svg
      width="14"
      height="14"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden
    >
      <rect x="9" y="9" width="12" height="12" rx="2" />
      <path d="M5 15V5a2 2 0 0 1 2-2h10" />
    </svg>
  )
}
