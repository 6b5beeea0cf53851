import { useEffect, useState } from 'react'
import { CopyButton } from './copy-button.tsx'
import masks from '@/components/icons/icon-masks.module.css'
import classes from './row.module.css'
import { useRowText } from './row-text.tsx'

/** A revealed password hides again after this long. */
export const REVEAL_MS = 20_000

/**
 * The SIP password: masked until the user asks; the DOM holds the real value only while revealed.
 * Never logged, never stored by the app.
 */
export function PasswordCell({ password, name }: { password: string | null; name: string }) {
  const t = useRowText()
  const [revealed, setRevealed] = useState(false)
  useEffect(() => {
    if (!revealed) return
    const timer = setTimeout(() => setRevealed(false), REVEAL_MS)
    return () => clearTimeout(timer)
  }, [revealed])

  if (password === null) {
    return <span className={classes.dim}>{t('sip.noPassword')}</span>
  }
  return (
    <div className={classes.line}>
      {revealed ? (
        // translate="no": page translation must never send the password anywhere.
        <span className={classes.mono} translate="no">
          {password}
        </span>
      ) : (
        <span className={classes.mono} role="img" aria-label={t('sip.masked')}>
          ••••••••
        </span>
      )}
      <button
        type="button"
        className={`${classes.icon} ${revealed ? masks.crossedEye : masks.eye}`}
        aria-label={t(revealed ? 'sip.hide' : 'sip.show', { name })}
        aria-pressed={revealed}
        onClick={() => setRevealed((value) => !value)}
      />
      <CopyButton value={password} label={t('sip.copyPassword', { name })} secret />
    </div>
  )
}
