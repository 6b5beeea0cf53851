import { screen, within } from '@testing-library/react'
import { render } from '@/test/render.tsx'
import { inProcessPortal, type InProcessOptions } from '@/test/in-process-portal.ts'
import { activityKey, mergeScans } from '@/features/telephony-users/activity/activity-cache.ts'
import { readLastCalls } from '@/features/telephony-users/activity/read-last-calls.ts'
import type { PhoneState } from '@/features/telephony-users/model/types.ts'
import { loadLaterTexts } from '@/i18n/i18n.ts'
import { LastCallSection } from './last-call-section.tsx'

const DAY = 86_400
/** Noon UTC: the calls' dates read the same in every time zone the tests may run in. */
const NOW = Date.UTC(2026, 2, 15, 12)
const UNUSED = /^The SIP phone is on without a call in 90 days\./

// The section loads with the panel, whose loader brings these texts (i18n.ts `withLaterTexts`).
beforeAll(() => loadLaterTexts())
beforeEach(() => {
  // Only the date is fixed (the portal dates its calls from it); timers stay real for the SDK's waits.
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(NOW)
})
afterEach(() => vi.useRealTimers())

type Call = Parameters<ReturnType<typeof inProcessPortal>['addCall']>[0]

/**
 * The last call sections of Anna Petrova (id 1, the phone as given) and Boris Ivanov (id 2, phone on),
 * each in a region named after them, as their panels would show them, before any scan. `scan` reads
 * the given employees' last calls from the portal as the scan dialog does (an empty answer proves
 * "never" only for an administrator) and puts them where the panel reads them.
 */
function panels(
  phone: PhoneState | undefined,
  { calls = [], ...options }: InProcessOptions & { calls?: Call[] } = {},
) {
  const local = inProcessPortal(options)
  for (const call of calls) local.addCall(call)
  const { queryClient } = render(
    <>
      <section aria-label="Anna Petrova">
        <LastCallSection employeeId={1} phone={phone} />
      </section>
      <section aria-label="Boris Ivanov">
        <LastCallSection employeeId={2} phone="on" />
      </section>
    </>,
    { portal: local.portal },
  )
  const scan = async (ids: number[]) => {
    const read = await readLastCalls(local.portal.client, ids, { reachAll: local.portal.isAdmin })
    queryClient.setQueryData(activityKey, (previous) => mergeScans(previous, read))
  }
  const panel = (name: string) => within(screen.getByRole('region', { name }))
  /** The section, once the scan's result has reached the screen. */
  const lastCall = (name: string) => panel(name).findByRole('region', { name: 'Last call' })
  return { ...local, scan, panel, lastCall }
}

test('not scanned yet, or scanned without her: her panel has no last call to show', async () => {
  const { scan, panel, lastCall, commands } = panels('on', {
    calls: [
      { userId: 1, ageSeconds: 2 * DAY },
      { userId: 2, ageSeconds: 2 * DAY },
    ],
  })
  expect(panel('Anna Petrova').queryByRole('region', { name: 'Last call' })).not.toBeInTheDocument()
  expect(commands('voximplant.statistic.get')).toEqual([])
  // A scan of a selection without her: Boris's section shows it arrived; hers still says nothing.
  await scan([2])
  expect(await lastCall('Boris Ivanov')).toHaveTextContent('Mar 13, 2026 · outgoing')
  expect(panel('Anna Petrova').queryByRole('region', { name: 'Last call' })).not.toBeInTheDocument()
  await scan([1])
  expect(await lastCall('Anna Petrova')).toHaveTextContent('Mar 13, 2026 · outgoing')
})

test('a recent call: its date and direction, and no word about an unused phone', async () => {
  const { scan, lastCall } = panels('on', {
    calls: [
      { userId: 1, ageSeconds: 40 * DAY, incoming: 1 },
      { userId: 1, ageSeconds: 10 * DAY, incoming: 2 },
      { userId: 2, ageSeconds: 1 * DAY, incoming: 1 },
    ],
  })
  await scan([1, 2])
  expect(await lastCall('Anna Petrova')).toHaveTextContent(/^Last callMar 5, 2026 · incoming$/)
})

test('a missed call reads as missed', async () => {
  const { scan, lastCall } = panels('on', {
    calls: [{ userId: 1, ageSeconds: 3 * DAY, incoming: 2, code: '304' }],
  })
  await scan([1])
  expect(await lastCall('Anna Petrova')).toHaveTextContent(/^Last callMar 12, 2026 · missed$/)
})

test('no calls in 90 days: said, with the last date; a phone still on is explained', async () => {
  const { scan, lastCall } = panels('on', { calls: [{ userId: 1, ageSeconds: 120 * DAY, incoming: 1 }] })
  await scan([1])
  const section = await lastCall('Anna Petrova')
  expect(section).toHaveTextContent(/^Last callNo calls in 90 days · Nov 15, 2025 · outgoing/)
  expect(within(section).getByText(UNUSED)).toBeInTheDocument()
})

test('no calls in 90 days with the phone off: nothing to switch off, no note', async () => {
  const { scan, lastCall } = panels('off', { calls: [{ userId: 1, ageSeconds: 120 * DAY }] })
  await scan([1])
  expect(await lastCall('Anna Petrova')).toHaveTextContent(
    /^Last callNo calls in 90 days · Nov 15, 2025 · outgoing$/,
  )
})

test('never called (read by an administrator): "Never", and the unused phone is explained', async () => {
  const { scan, lastCall } = panels('on', { calls: [{ userId: 2, ageSeconds: 2 * DAY }] })
  await scan([1, 2])
  const section = await lastCall('Anna Petrova')
  expect(section).toHaveTextContent(/^Last callNever/)
  expect(within(section).getByText(UNUSED)).toBeInTheDocument()
})

test('under narrowed rights her call is hidden: "Not readable", never "Never" nor a date', async () => {
  // Boris (id 2) may see only his own calls; Anna called two days ago.
  const { scan, lastCall } = panels('on', {
    settings: { currentUserId: 2, callStatisticsPermission: 'own', permission: 'any' },
    calls: [
      { userId: 1, ageSeconds: 2 * DAY },
      { userId: 2, ageSeconds: 5 * DAY },
    ],
  })
  await scan([1, 2])
  // Unknown is not unused: no advice to switch her phone off either.
  expect(await lastCall('Anna Petrova')).toHaveTextContent(/^Last callNot readable$/)
  expect(await lastCall('Boris Ivanov')).toHaveTextContent(/^Last callMar 10, 2026 · outgoing$/)
})
