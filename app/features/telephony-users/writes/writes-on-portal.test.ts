import { inProcessPortal, type InProcessOptions } from '@/test/in-process-portal.ts'
import { extensionWrites } from './extension-writes.ts'
import { phoneWrites } from './phone-writes.ts'
import { checkAgain, runWrites } from './verified-writes.ts'

// The same engine as the e2e suite (the small portal: Anna 1 on, Boris 2 off, Zoë 3 never set up).
const noWait = async () => undefined
const all = (on: boolean) => [1, 2, 3].map((userId) => ({ userId, on }))

function portalWith(options: InProcessOptions = {}) {
  const local = inProcessPortal(options)
  const switchAll = (on: boolean) => runWrites(local.portal.client, phoneWrites, all(on), { wait: noWait })
  return { ...local, client: local.portal.client, switchAll }
}

test('one request carries the commands, one read-back settles them: done', async () => {
  const { switchAll, commands, phone } = portalWith()
  const { results } = await switchAll(true)
  expect(commands()).toEqual([
    'voximplant.user.activatePhone',
    'voximplant.user.activatePhone',
    'voximplant.user.activatePhone',
    'voximplant.user.get',
  ])
  expect([...results.values()]).toEqual([{ status: 'done' }, { status: 'done' }, { status: 'done' }])
  expect([1, 2, 3].map(phone)).toEqual(['Y', 'Y', 'Y'])
})

test('success answered but not carried out is "unchanged": deactivatePhone today, a failed registration', async () => {
  const broken = portalWith({ settings: { deactivateMode: 'broken' } })
  const off = await broken.switchAll(false)
  expect(off.results.get(1)).toEqual({ status: 'unchanged' })
  expect(broken.phone(1)).toBe('Y')

  const failing = portalWith({ settings: { registrationFailsFor: [2] } })
  const on = await failing.switchAll(true)
  expect(on.results.get(2)).toEqual({ status: 'unchanged' })
  expect(on.results.get(3)).toEqual({ status: 'done' })
})

test('a command Bitrix24 refuses is failed with its reason, though the employee is not readable either', async () => {
  const { switchAll } = portalWith({ settings: { permission: 'own' } })
  const { results } = await switchAll(true)
  expect(results.get(1)).toEqual({ status: 'done' })
  expect(results.get(2)).toMatchObject({ status: 'failed' })
  expect(results.get(2)?.status === 'failed' && results.get(2)).toMatchObject({ error: { kind: 'rest' } })
})

test('a connection dropped after the work: lost on the way, done by the read-back', async () => {
  const faults = { rate: 1, kinds: ['drop' as const], scope: 'writes' as const, when: 'after' as const }
  const { switchAll, phone } = portalWith({ settings: { faults } })
  const { results } = await switchAll(true)
  expect(phone(2)).toBe('Y')
  expect(results.get(2)).toEqual({ status: 'done' })
})

test('a connection dropped before the work: failed, with the lost request as the reason', async () => {
  const faults = { rate: 1, kinds: ['drop' as const], scope: 'writes' as const, when: 'before' as const }
  const { switchAll, phone } = portalWith({ settings: { faults } })
  const { results } = await switchAll(true)
  expect(phone(2)).toBe('N')
  expect(results.get(2)).toMatchObject({ status: 'failed', error: { kind: 'network' } })
})

test('a read-back that fails leaves the employees "not verified"; Check again settles them', async () => {
  const faults = { rate: 1, kinds: ['error500' as const], scope: 'reads' as const, when: 'before' as const }
  const { switchAll, client, engine } = portalWith({ settings: { faults } })
  const first = await switchAll(true)
  expect([...first.results.values()].map((result) => result.status)).toEqual([
    'unverified',
    'unverified',
    'unverified',
  ])
  engine.updateSettings({ faults: { ...faults, rate: 0 } })
  const again = await checkAgain(client, phoneWrites, all(true), first.results, noWait)
  expect([...again.results.values()]).toEqual([{ status: 'done' }, { status: 'done' }, { status: 'done' }])
})

test('extensions: a number a telephony queue holds is refused; the others are set and read back', async () => {
  const { client } = portalWith({
    settings: { appScopes: ['telephony', 'user_brief', 'department', 'user'] },
  })
  const { results, read } = await runWrites(client, extensionWrites, [
    { userId: 2, extension: '5000' },
    { userId: 3, extension: '2000' },
    { userId: 1, extension: '' },
  ])
  expect(results.get(2)).toMatchObject({ status: 'failed', error: { detail: { kind: 'rest' } } })
  expect(JSON.stringify(results.get(2))).toContain('ERROR_PHONE_INNER_IN_USAGE')
  expect(results.get(3)).toEqual({ status: 'done' })
  expect(results.get(1)).toEqual({ status: 'done' })
  expect(read?.get(3)?.extension).toBe('2000')
  expect(read?.get(2)?.extension).toBe('102')
})
