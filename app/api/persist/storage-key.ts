import type { Portal } from '@/api/b24/portal.ts'
import { randomHex } from '@/lib/random-hex.ts'

/** The user option holding this user's random storage name (docs/bitrix24.md "User options"). */
export const STORAGE_KEY_OPTION = 'storageKey'

/**
 * The name the current user's data is kept under in this browser: the portal (its domain and
 * MEMBER_ID) and a random name kept in the user's own app options. Bitrix24 gives a frame no user id
 * without a REST request, but it hands over the user's options with the frame's first message, and they
 * are the user's alone: another user of the portal, or the same person on another portal, gets another
 * name and never reads this one's data. A user without one gets a new one (nothing kept to read yet).
 * It outlives a reinstall (it names the user's own data, nothing of the installation), and writing it
 * must not make an earlier installation's options readable again (`lastingOption`).
 */
export function storageKey(
  portal: Pick<Portal, 'domain' | 'memberId' | 'lastingOption' | 'setLastingOption'>,
  prefix: string,
): string {
  let name = storageName(portal)
  if (!name) {
    name = randomHex(16)
    portal.setLastingOption(STORAGE_KEY_OPTION, name).catch(() => undefined)
  }
  return [prefix, portal.domain, portal.memberId, name].join('|')
}

/**
 * The user's storage name, if they have one: without one this browser cannot hold anything of theirs
 * (it is made the first time, before anything is kept), so there is nothing to read.
 */
export function storageName(portal: Pick<Portal, 'lastingOption'>): string | undefined {
  const name = portal.lastingOption(STORAGE_KEY_OPTION)
  return name && /^[0-9a-f]{32}$/.test(name) ? name : undefined
}
