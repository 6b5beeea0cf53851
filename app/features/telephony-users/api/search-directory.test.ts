import { inProcessPortal } from '@/test/in-process-portal.ts'
import { searchDirectory, searchFilter } from './search-directory.ts'

test('names go as NAME_SEARCH of their words of three letters or more; digits as an extension prefix', () => {
  expect(searchFilter('  anna  Petr ')).toEqual({ NAME_SEARCH: 'anna Petr' })
  expect(searchFilter("o'connor li")).toEqual({ NAME_SEARCH: 'connor' })
  expect(searchFilter('Ångström-Müller')).toEqual({ NAME_SEARCH: 'Ångström Müller' })
  expect(searchFilter('10')).toEqual({ UF_PHONE_INNER: '10%' })
  expect(searchFilter('1234')).toEqual({ UF_PHONE_INNER: '1234%' })
  // Bitrix24 would answer everyone (docs/bitrix24.md "user.get search filters"), or nobody can match.
  expect(searchFilter('an')).toBeNull()
  expect(searchFilter('an pe')).toBeNull()
  expect(searchFilter('12345')).toBeNull()
  expect(searchFilter('   ')).toBeNull()
})

test('one page of active employees and their SIP settings, in one request', async () => {
  const { portal, engine } = inProcessPortal({ employees: 120 })
  const hits = await searchDirectory(portal.client, { NAME_SEARCH: 'Last117' })
  expect(hits.employees.map((e) => e.id)).toEqual([117])
  expect(hits.more).toBe(false)
  expect(hits.sip?.byId.get(117)?.login).toBe('phone117')
  expect(hits.sipError).toBeNull()
  const sent = JSON.stringify(engine.log.map((entry) => entry.params))
  expect(sent).toContain('NAME_SEARCH')
  expect(sent).toContain('IMAGE_RESIZE')
  // The SIP read names the page's rows by reference: nobody else is read, user 1 included.
  expect(engine.log.map((entry) => entry.commands ?? [entry.method])).toEqual([
    ['user.get', 'voximplant.user.get'],
  ])
  expect([...(hits.sip?.byId.keys() ?? [])]).toEqual([117])
})

test('more than a page: 50 hits and `more`; an extension finds by its start', async () => {
  const { portal } = inProcessPortal({ employees: 120 })
  const many = await searchDirectory(portal.client, { NAME_SEARCH: 'Name' })
  expect(many.employees).toHaveLength(50)
  expect(many.more).toBe(true)
  expect([...(many.sip?.byId.keys() ?? [])].sort((a, b) => a - b)).toEqual(
    many.employees.map((e) => e.id).sort((a, b) => a - b),
  )
  const boris = await searchDirectory(portal.client, { UF_PHONE_INNER: '10%' })
  expect(boris.employees.map((e) => e.fullName)).toContain('Boris Ivanov')
})

test('approval pending: the hits come without SIP settings, with the reason', async () => {
  const { portal } = inProcessPortal({ employees: 120, approval: 'waiting' })
  const hits = await searchDirectory(portal.client, { NAME_SEARCH: 'Last117' })
  expect(hits.employees.map((e) => e.id)).toEqual([117])
  expect(hits.sip).toBeNull()
  expect(hits.sipError?.kind).toBe('approval-pending')
})

test('a failed search is thrown as the app error it is', async () => {
  const { portal, failWhen } = inProcessPortal({ employees: 120 })
  failWhen((call) => call.method === 'user.get', { kind: 'drop', when: 'before' })
  await expect(searchDirectory(portal.client, { NAME_SEARCH: 'Last117' })).rejects.toMatchObject({
    kind: 'network',
  })
})
