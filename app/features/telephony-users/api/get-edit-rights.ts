import { queryOptions, useQuery } from '@tanstack/react-query'
import type { B24Client } from '@/api/b24/client.ts'
import { usePortal } from '@/api/b24/portal-context.tsx'
import { useCachedDirectory } from './get-directory.ts'
import { LIST, loadPool } from './load-pool.ts'
import { telephonyKeys } from './query-keys.ts'

/**
 * Whether extensions may be changed here: user.update needs the optional scope `user` (chosen when the
 * app is installed), then someone who may edit all users, or the person's own profile. REST tells the
 * app only whether the caller is an administrator (`profile`'s ADMIN, as `user.admin`) and who they are;
 * the invite right that also lets people edit others is not readable (docs/bitrix24.md "user.update and
 * the extension"): such people get their own row only, and the server's answer stays the judge.
 */
export type EditRights =
  | { canEdit: true }
  | { canEdit: false; reason: 'no-scope' | 'unknown' }
  | { canEdit: false; reason: 'not-admin'; ownId?: number }

/** Whether this employee's extension may be edited under these rights: all of them, or one's own. */
export function mayEditExtension(rights: EditRights | undefined, employeeId: number): boolean {
  if (!rights) return false
  return rights.canEdit || (rights.reason === 'not-admin' && rights.ownId === employeeId)
}

/** Who is here: the app's scopes and the caller's `profile`; null when either cannot be read (a query's data is never undefined). */
export interface Caller {
  scopes: string[]
  /** The caller's user id (`profile`'s ID), when Bitrix24 tells it. */
  userId?: number
  isAdmin: boolean
}

/**
 * `scope` and `profile` in one request. It is part of the screen's load, so it goes through the load
 * pool, leaving the SIP settings their lane like the list's later pages do: the browser has only six
 * connections to the portal.
 */
export async function readCaller(client: B24Client): Promise<Caller | null> {
  const outcomes = await loadPool(client).run(
    () => client.batch({ scope: { method: 'scope' }, profile: { method: 'profile' } }),
    LIST,
  )
  const { scope, profile } = outcomes
  if (!scope?.ok || !profile?.ok) return null
  const scopes = Array.isArray(scope.result) ? scope.result.filter((s) => typeof s === 'string') : []
  const me = typeof profile.result === 'object' && profile.result !== null ? profile.result : {}
  const userId = 'ID' in me ? Number(me.ID) : NaN
  return {
    scopes,
    isAdmin: 'ADMIN' in me && me.ADMIN === true,
    ...(Number.isInteger(userId) && userId > 0 && { userId }),
  }
}

/** When scope or profile cannot be read, editing stays off and says so. */
export function toEditRights(caller: Caller | null): EditRights {
  if (!caller) return { canEdit: false, reason: 'unknown' }
  if (!caller.scopes.includes('user')) return { canEdit: false, reason: 'no-scope' }
  if (caller.isAdmin) return { canEdit: true }
  return caller.userId === undefined
    ? { canEdit: false, reason: 'not-admin' }
    : { canEdit: false, reason: 'not-admin', ownId: caller.userId }
}

export async function getEditRights(client: B24Client): Promise<EditRights> {
  return toEditRights(await readCaller(client))
}

export const callerQuery = (client: B24Client) =>
  queryOptions({
    queryKey: telephonyKeys.caller(),
    queryFn: () => readCaller(client),
    // Scopes change only with a reinstall, and that reloads the app; the user only with a new page.
    staleTime: Infinity,
  })

/**
 * Undefined while the answer is on its way (nothing to explain yet), and while the list on screen is
 * the one kept from the last visit: no extension is changed on the strength of a list that may be old.
 */
export function useEditRights(): EditRights | undefined {
  const { client } = usePortal()
  const { data, isError, isSuccess } = useQuery({ ...callerQuery(client), select: toEditRights })
  const restored = useCachedDirectory().data?.restored === true
  if (restored) return undefined
  return isError ? { canEdit: false, reason: 'unknown' } : isSuccess ? data : undefined
}
