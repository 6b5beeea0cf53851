import { queryOptions, useQuery } from '@tanstack/react-query'
import type { B24Client } from '@/api/b24/client.ts'
import { usePortal } from '@/api/b24/portal-context.tsx'
import { LIST, loadPool } from './load-pool.ts'
import { telephonyKeys } from './query-keys.ts'

/**
 * Whether extensions may be changed here: user.update needs the optional scope `user` (chosen when the
 * app is installed) and an administrator (docs/bitrix24.md "user.update and the extension").
 */
export type EditRights = { canEdit: true } | { canEdit: false; reason: 'no-scope' | 'not-admin' | 'unknown' }

/**
 * `scope` and `user.admin` in one request; when either cannot be read, editing stays off and says so.
 * It is part of the screen's load, so it goes through the load pool, leaving the SIP settings their lane
 * like the list's later pages do: the browser has only six connections to the portal.
 */
export async function getEditRights(client: B24Client): Promise<EditRights> {
  const outcomes = await loadPool(client).run(
    () => client.batch({ scope: { method: 'scope' }, admin: { method: 'user.admin' } }),
    LIST,
  )
  const { scope, admin } = outcomes
  if (!scope?.ok || !admin?.ok) return { canEdit: false, reason: 'unknown' }
  const scopes = Array.isArray(scope.result) ? scope.result : []
  if (!scopes.includes('user')) return { canEdit: false, reason: 'no-scope' }
  if (admin.result !== true) return { canEdit: false, reason: 'not-admin' }
  return { canEdit: true }
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
