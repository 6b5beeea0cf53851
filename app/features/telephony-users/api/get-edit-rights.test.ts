import type { B24Client, BatchOutcome } from '@/api/b24/client.ts'
import { getEditRights, mayEditExtension } from './get-edit-rights.ts'

/** A client whose one batch answers `scope` and `profile` as Bitrix24 would for this caller. */
function clientFor(scopes: string[], profile: { ID: string; ADMIN: boolean }): B24Client {
  const ok = (result: unknown): BatchOutcome => ({ ok: true, result, total: undefined })
  return {
    call: async () => ({ result: undefined, total: undefined }),
    batch: async (commands) =>
      Object.fromEntries(
        Object.entries(commands).map(([key, { method }]) => [
          key,
          method === 'scope' ? ok(scopes) : method === 'profile' ? ok(profile) : ok(undefined),
        ]),
      ),
    session: () => 1,
  }
}

const withUser = ['telephony', 'user_brief', 'department', 'user']

test('an administrator may change every extension', async () => {
  const rights = await getEditRights(clientFor(withUser, { ID: '1', ADMIN: true }))
  expect(rights).toEqual({ canEdit: true })
  expect(mayEditExtension(rights, 5)).toBe(true)
})

test('anyone else may change their own extension only, as userUpdate lets people edit their own profile', async () => {
  const rights = await getEditRights(clientFor(withUser, { ID: '2', ADMIN: false }))
  expect(rights).toEqual({ canEdit: false, reason: 'not-admin', ownId: 2 })
  expect(mayEditExtension(rights, 2)).toBe(true)
  expect(mayEditExtension(rights, 3)).toBe(false)
})

test('without scope user nobody may, not even for themselves', async () => {
  const rights = await getEditRights(clientFor(['telephony', 'user_brief'], { ID: '2', ADMIN: false }))
  expect(rights).toEqual({ canEdit: false, reason: 'no-scope' })
  expect(mayEditExtension(rights, 2)).toBe(false)
  expect(mayEditExtension(undefined, 2)).toBe(false)
})
