/**
 * Copies text. The app runs in a cross-site frame where the async Clipboard API may be refused by
 * permissions policy; the older selection-based copy still works there on a user click.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return legacyCopy(text)
  }
}

/** A copied secret leaves the clipboard after this long, if it is still what the clipboard holds. */
export const CLEAR_SECRET_MS = 30_000

export interface SecretCopyOptions {
  clearAfterMs?: number
  /** Called when the time came and the clipboard could not be read back, so the secret may still be on it. */
  onNotCleared?: () => void
}

/**
 * Copies a secret (a SIP password) and later clears it from the clipboard, but only if the clipboard
 * still holds it (the person may have copied something else since) and the browser lets the frame read
 * the clipboard; where it may not (a frame without `clipboard-read`), nothing is overwritten blindly
 * and `onNotCleared` lets the person know the secret may still be there.
 */
export async function copySecret(text: string, options: SecretCopyOptions = {}): Promise<boolean> {
  const copied = await copyText(text)
  if (copied) {
    setTimeout(() => {
      void clearIfStill(text).then((cleared) => {
        if (!cleared) options.onNotCleared?.()
      })
    }, options.clearAfterMs ?? CLEAR_SECRET_MS)
  }
  return copied
}

/** False only when the clipboard could not be read: then nobody knows whether the secret is still there. */
async function clearIfStill(text: string): Promise<boolean> {
  try {
    if ((await navigator.clipboard.readText()) === text) await navigator.clipboard.writeText('')
    return true
  } catch {
    // Reading is refused here (permission, or the frame is not focused): leave the clipboard alone.
    return false
  }
}

/** The selection-based copy: the text is in the DOM only for the instant of the copy, never after. */
function legacyCopy(text: string): boolean {
  const area = document.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.setAttribute('aria-hidden', 'true')
  area.style.position = 'fixed'
  area.style.opacity = '0'
  document.body.append(area)
  try {
    area.select()
    return document.execCommand('copy')
  } catch {
    return false
  } finally {
    area.value = ''
    area.remove()
  }
}
