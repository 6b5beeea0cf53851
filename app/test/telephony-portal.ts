import type { Params } from '@/api/b24/client.ts'
import { fakePortal, page, restError } from './fake-portal.ts'

/** The employees every telephony portal starts with (copied per portal: tests may add to theirs). */
const seedUsers = [
  {
    ID: '1',
    NAME: 'Anna',
    LAST_NAME: 'Petrova',
    WORK_POSITION: 'Head of sales',
    UF_DEPARTMENT: [1],
    UF_PHONE_INNER: '101',
  },
  {
    ID: '2',
    NAME: 'Boris',
    LAST_NAME: 'Ivanov',
    WORK_POSITION: 'Operator',
    UF_DEPARTMENT: [2],
    UF_PHONE_INNER: '102',
  },
  {
    ID: '3',
    NAME: '<b>Zoë</b>',
    LAST_NAME: 'Ångström',
    WORK_POSITION: '',
    UF_DEPARTMENT: [2],
    UF_PHONE_INNER: '',
  },
]
const sipOf = (id: string, phone: string | null, password: string | null) => ({
  ID: id,
  DEFAULT_LINE: id === '1' ? 'reg1' : null,
  PHONE_ENABLED: phone,
  SIP_SERVER: 'ip.b24-1.bitrixphone.com',
  SIP_LOGIN: `phone${id}`,
  SIP_PASSWORD: password,
  INNER_NUMBER: null,
})

/**
 * A small portal for the telephony screens' component tests: three employees, two departments, a line.
 * Its state is the test's to change (approval, faults, phones, users), acting as Bitrix24 would.
 */
export function telephonyPortal(
  options: { approval?: 'waiting' | 'approved' | 'denied'; manage?: string[]; deactivate?: 'broken' } = {},
) {
  const users: Array<Record<string, unknown>> = seedUsers.map((user) => ({ ...user }))
  const phones: Record<string, string | null> = { '1': 'Y', '2': 'N', '3': null }
  // Bitrix24 creates a SIP password when a phone is first switched on (docs/bitrix24.md, "activatePhone").
  const passwords: Record<string, string | null> = { '1': 'secret-1', '2': 'secret-2', '3': null }
  const state = {
    approval: options.approval ?? 'approved',
    failNext: null as string | null,
    failReads: 0,
    /** Employees whose activation Bitrix24 answers with success and then reverts (a failed SIP setup). */
    activationReverts: new Set<string>(),
  }
  const portal = fakePortal((method: string, params: Params) => {
    if (method === 'user.get') return page(users, users.length)
    if (method === 'department.get')
      return page(
        [
          { ID: '1', NAME: 'Sales' },
          { ID: '2', NAME: 'Support', PARENT: '1' },
        ],
        2,
      )
    if (method === 'voximplant.line.get') return { reg1: 'Office PBX' }
    const id = String(Array.isArray(params.USER_ID) ? '' : params.USER_ID)
    if (method === 'voximplant.user.get') {
      if (state.failReads > 0) {
        state.failReads -= 1
        throw restError('NETWORK_ERROR', 0)
      }
      const ids = (params.USER_ID as number[])
        .map(String)
        .filter((uid) => !options.manage || options.manage.includes(uid))
      // Rights first, approval only after (docs/bitrix24.md "voximplant.user.get").
      if (ids.length === 0) throw restError('ACCESS_DENIED', 403)
      if (state.approval === 'waiting') throw restError('METHOD_CONFIRM_WAITING', 401)
      if (state.approval === 'denied') throw restError('METHOD_CONFIRM_DENIED', 403)
      return ids.map((uid) => sipOf(uid, phones[uid] ?? null, passwords[uid] ?? null))
    }
    if (state.failNext) {
      const code = state.failNext
      state.failNext = null
      throw restError(code, 503)
    }
    if (method === 'voximplant.user.activatePhone' && !state.activationReverts.has(id)) {
      phones[id] = 'Y'
      passwords[id] ??= `created-${id}`
    }
    if (method === 'voximplant.user.deactivatePhone') phones[id] = options.deactivate === 'broken' ? 'Y' : 'N'
    return 1
  })
  return { portal, state, phones, users }
}
