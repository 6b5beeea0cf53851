import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test'
import type { startLocalPortal } from './portal/start.ts'

type LocalPortal = Awaited<ReturnType<typeof startLocalPortal>>

export interface SeededEmployee {
  id: number
  name: string
  sip: Record<string, string | null>
}

/**
 * Active employees of the seeded portal with their SIP settings, read from the portal's side
 * (user.get for names, the portal's own store for SIP: no approval is asked for).
 */
export function seededEmployees(portal: LocalPortal, count = 50): SeededEmployee[] {
  const rows = activeUserRows<{ ID: string; NAME?: string; LAST_NAME?: string }>(portal, count)
  return rows.slice(0, count).map((row) => ({
    id: Number(row.ID),
    name: `${row.NAME ?? ''} ${row.LAST_NAME ?? ''}`.trim(),
    sip: portal.engine.voximplantUser(Number(row.ID)) ?? {},
  }))
}

/** The first seeded employee with a plain Latin name matching `test`. */
export function employeeWhere(
  portal: LocalPortal,
  test: (employee: SeededEmployee) => boolean,
  among = 50,
): SeededEmployee {
  const found = seededEmployees(portal, among).find((e) => /^[A-Za-z]+ [A-Za-z]+$/.test(e.name) && test(e))
  if (!found) throw new Error('no seeded employee matches')
  return found
}

/** Narrows the table to one employee and returns their row. */
export async function rowOf(app: FrameLocator, name: string): Promise<Locator> {
  await app.getByRole('searchbox', { name: 'Search by name or extension' }).fill(name)
  return app.getByRole('row', { name: new RegExp(name) })
}

/** Every active employee's id, paged through user.get as the app sees them. */
export function activeEmployeeIds(portal: LocalPortal): number[] {
  return activeUserRows<{ ID: string }>(portal).map((row) => Number(row.ID))
}

/**
 * Active employees as user.get answers them, 50 a page, until `count` are in or a page comes back
 * short.
 */
function activeUserRows<Row>(portal: LocalPortal, count = Infinity): Row[] {
  return asTheTest(portal, (call) => {
    const rows: Row[] = []
    for (let start = 0; rows.length < count; start += 50) {
      const page = call<Row[]>('user.get', { FILTER: { ACTIVE: true, USER_TYPE: 'employee' }, start })
      rows.push(...page)
      if (page.length < 50) break
    }
    return rows
  })
}

/** The names of an employee's departments, as department.get answers them. */
export function departmentNamesOf(portal: LocalPortal, userId: number): string[] {
  return asTheTest(portal, (call) => {
    const [user] = call<Array<{ UF_DEPARTMENT?: number[] }>>('user.get', { FILTER: { ID: userId } })
    return (user?.UF_DEPARTMENT ?? []).flatMap((id) =>
      call<Array<{ NAME: string }>>('department.get', { FILTER: { ID: id } }).map((row) => row.NAME),
    )
  })
}

/**
 * The test's own reads of the portal, in-process, with one token and the portal's rate limit lifted
 * for this one synchronous call: they neither fail under a throttled bucket nor take from the bucket
 * the app under test draws on. `call` gives a method's `result`.
 */
function asTheTest<T>(
  portal: LocalPortal,
  read: (call: <R>(method: string, params: Record<string, unknown>) => R) => T,
): T {
  const { drainPerSecond } = portal.engine.settings.bucket
  portal.engine.updateSettings({ bucket: { drainPerSecond: 0 } })
  try {
    const token = portal.engine.issueToken(Date.now())
    return read(
      <R>(method: string, params: Record<string, unknown>) =>
        (
          portal.engine.handleRest(method, { auth: token.AUTH_ID, ...params }, Date.now()).body as {
            result: R
          }
        ).result,
    )
  } finally {
    portal.engine.updateSettings({ bucket: { drainPerSecond } })
  }
}

/** Selects every employee the table shows (`total` of them), starts a bulk change and confirms it. */
export async function startBulk(
  app: FrameLocator,
  total: number,
  action: 'Switch on' | 'Switch off',
): Promise<Locator> {
  await app.getByRole('checkbox', { name: `Select all ${total} matching employees` }).check()
  await app
    .getByRole('region', { name: `${total} selected` })
    .getByRole('button', { name: action })
    .click()
  const dialog = app.getByRole('dialog')
  await dialog.getByRole('button', { name: action }).click()
  return dialog
}

/** The toolbar's "N of M employees" status. */
export const employeeCount = (app: FrameLocator): Locator =>
  app.getByRole('status').filter({ hasText: /of [\d,]+ employees?$/ })

/**
 * Waits until the table holds every active employee ("N of N employees", N from the portal itself)
 * and returns N. A usable first switch does not mean the list is whole: the first page's SIP settings
 * can come before the list's last page.
 */
export async function wholeList(app: FrameLocator, portal: LocalPortal): Promise<number> {
  const total = activeEmployeeIds(portal).length
  const count = total.toLocaleString('en-US')
  await expect(employeeCount(app)).toHaveText(`${count} of ${count} employees`, { timeout: 30_000 })
  return total
}

/** M of "N of M employees": every employee the list holds. */
export async function listedTotal(app: FrameLocator): Promise<number> {
  const text = (await employeeCount(app).textContent()) ?? ''
  return Number(text.split(' of ')[1]?.split(' ')[0]?.replace(/,/g, ''))
}

/**
 * How far the app frame's clock runs ahead of the real one, in ms: it shows that Playwright's clock
 * (the `fakeClock` fixture) reached the app's own cross-origin frame, not only the portal page.
 */
export async function appClockOffset(page: Page): Promise<number> {
  const frame = page.frames().find((f) => f.name().includes('|'))
  if (!frame) throw new Error('the app frame is not there')
  return (await frame.evaluate(() => Date.now())) - Date.now()
}

/** The bulk dialog's summary: only what happened ("57 SIP phones switched on · Failed: 2"). */
export const bulkSummary = (dialog: Locator): Locator =>
  dialog.getByRole('status').filter({
    hasText: /SIP phones? switched (on|off)|^(Failed|Not verified|Not changed by Bitrix24|Not sent): /,
  })

/** "57 SIP phones switched on", as a clean bulk run's summary says it. */
export const switched = (count: number, on: boolean): string =>
  `${count.toLocaleString('en')} SIP phone${count === 1 ? '' : 's'} switched ${on ? 'on' : 'off'}`

/** The counts a summary names; one it leaves out is 0. */
export function summaryCounts(text: string) {
  const count = (pattern: RegExp) => Number(pattern.exec(text)?.[1]?.replace(/,/g, '') ?? 0)
  return {
    done: count(/([\d,]+) SIP phones? switched/),
    failed: count(/Failed: ([\d,]+)/),
    unverified: count(/Not verified: ([\d,]+)/),
    unchanged: count(/Not changed by Bitrix24: ([\d,]+)/),
    skipped: count(/Not sent: ([\d,]+)/),
  }
}

/** The list's count once every employee is in ("192 of 192 employees"): the app booted and REST works. */
export const everyoneListed = (app: FrameLocator): Locator =>
  app.getByRole('status').filter({ hasText: /^([\d,]+) of \1 employees$/ })
