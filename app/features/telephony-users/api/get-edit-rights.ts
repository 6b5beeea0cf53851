import { queryOptions, useQuery } from '@tanstack/react-query'
import type { B24Client } from '@/api/b24/client.ts'
import { usePortal } from '@/api/b24/portal-context.tsx'
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

/**
 * `scope` and `user.admin` in one request; when either cannot be read, editing stays off and says so.
 * It is part of the screen's load, so it goes through the load pool, leaving the SIP settings their lane
 * like the list's later pages do: the browser has only six connections to the portal.
 */
export async function getEditRights(client: B24Client): Promise<EditRights> {
  const outcomes = await loadPool(client).run(
    () => client.batch({ scope: { method: 'scope' }, profile: { method: 'profile' } }),
    LIST,
  )
  const { scope, profile } = outcomes
  if (!scope?.ok || !profile?.ok) return { canEdit: false, reason: 'unknown' }
  const scopes = Array.isArray(scope.result) ? scope.result : []
  if (!scopes.includes('user')) return { canEdit: false, reason: 'no-scope' }
  const me = typeof profile.result === 'object' && profile.result !== null ? profile.result : {}
  if ('ADMIN' in me && me.ADMIN === true) return { canEdit: true }
  const ownId = 'ID' in me ? Number(me.ID) : NaN
  return Number.isInteger(ownId) && ownId > 0
    ? { canEdit: false, reason: 'not-admin', ownId }
    : { canEdit: false, reason: 'not-admin' }
}

export const editRightsQuery = (client: B24Client) =>
  queryOptions({
    queryKey: telephonyKeys.editRights(),
    queryFn: () => getEditRights(client),
    // Scopes change only with a reinstall, and that reloads the app.
    staleTime: Infinity,
  })

/** Undefined while the answer is on its way (nothing to explain yet). */
export function useEditRights(): EditRights | undefined {
  const { client } = usePortal()
  const { data, isError } = useQuery(editRightsQuery(client))
  return isError ? { canEdit: false, reason: 'unknown' } : data
}
