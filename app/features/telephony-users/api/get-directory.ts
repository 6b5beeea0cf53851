import { experimental_streamedQuery as streamedQuery, queryOptions, useQuery } from '@tanstack/react-query'
import * as v from 'valibot'
import { usePortal } from '@/api/b24/portal-context.tsx'
import { splitEvenlyWith } from '@/lib/chunk.ts'
import { isRecord } from '@/lib/is-record.ts'
import { afterNextPaint } from '@/lib/after-paint.ts'
import { sleep } from '@/lib/sleep.ts'
import { MAX_BATCH_COMMANDS, type B24Client, type BatchCommand, type BatchOutcome } from '@/api/b24/client.ts'
import { AppError } from '@/api/b24/errors.ts'
import { LIST, LIST_LANES, loadPool } from './load-pool.ts'
import { createChannel, pacedMerge } from '@/lib/channel.ts'
import { addChunk, emptyDirectory, mergeChunks, shareDirectory } from '../model/merge-directory.ts'
import type { Department, DirectoryChunk, Employee, LineNames } from '../model/types.ts'
import { telephonyKeys } from './query-keys.ts'
import { whenRowsShown } from './rows-shown.ts'
import { untilSearchesAnswered } from './searches-first.ts'
import { beginRoster } from './roster.ts'
import { parseRows, RestDepartment, RestLineNames, RestUser, USER_SELECT } from './rest/rest-schemas.ts'
import { toDepartment, toEmployee, toLineNames } from './rest/to-view-model.ts'

/** user.get and department.get answer 50 rows a page, whatever is asked (docs: settings/performance/huge-data.md). */
export const PAGE_SIZE = 50

/** Active employees only: extranet and e-mail users have no telephony settings to manage here. */
const USER_FILTER = { ACTIVE: true, USER_TYPE: 'employee' }
const userPage = (start: number): BatchCommand => ({
  method: 'user.get',
  // The 150×150 copy of each photo, not the original upload (docs/bitrix24.md "Photos").
  params: {
    FILTER: USER_FILTER,
    select: USER_SELECT,
    sort: 'ID',
    order: 'ASC',
    start,
    IMAGE_RESIZE: 'small',
  },
})
const departmentPage = (start: number): BatchCommand => ({ method: 'department.get', params: { start } })

/** How long the list's later pages wait for the screen's first batch at most (a screen that never draws it). */
const ROWS_SHOWN_WITHIN_MS = 1_000

/**
 * How long the list's later pages wait for a search the user typed before they were sent, at most. A
 * search is one request (about 0.4 s of Bitrix24's time under the honest model); a dozen large list
 * batches sent and answered beside it held its hit back by about 0.2 s at 20,000 (benchmark runs).
 */
const SEARCH_FIRST_WITHIN_MS = 1_000

/** Fewer commands a batch than this and the request itself costs more than the commands it saves. */
const MIN_BATCH_COMMANDS = 10

/**
 * Employees, departments and line names. The first pages (they tell the totals) and the lines, in two
 * requests at once; then every other page at once, spread evenly over all but one of the load pool's lanes (at
 * most 50 commands a batch), each batch yielded as soon as it lands: Bitrix24 runs parallel requests in
 * parallel. Each of those batches also reads its own employees' SIP settings, by reference to its pages'
 * rows, so they come with the rows instead of one request later. The free lane is the SIP settings':
 * the first page's get theirs without waiting for the rest of the list. Pages can land out of order;
 * `addChunk` keeps the list in ID order, as user.get sorts it.
 */
export function streamDirectory(client: B24Client): AsyncGenerator<DirectoryChunk> {
  // Begun at once, not at the first read: settings re-read in the same moment (Reload) follow this load.
  const roster = beginRoster(client)
  return endingRoster(
    roster,
    readDirectory(client, (ids, sip) => roster.add(ids, sip)),
  )
}

/** The roster is whole when the list is, or stops with it (failed, cancelled). */
async function* endingRoster(
  roster: ReturnType<typeof beginRoster>,
  pieces: AsyncGenerator<DirectoryChunk>,
): AsyncGenerator<DirectoryChunk> {
  try {
    yield* pieces
  } finally {
    roster.end()
  }
}

/**
 * Hears each batch's employees the moment the batch is read, before the screen takes it in, with their
 * SIP settings when the batch read them too: those are taken, or asked for, at once (the roster), not
 * after the batches that landed before it have been drawn.
 */
type Landed = (ids: number[], sip?: BatchOutcome) => void

async function* readDirectory(client: B24Client, landed: Landed): AsyncGenerator<DirectoryChunk> {
  const pool = loadPool(client)
  // Two requests at once, not one batch: Bitrix24 would run the three commands one after another, and
  // the first page alone tells the list's total. The rows wait for both, so no department shows as an id.
  const [users0, extras] = await Promise.all([
    pool.run(() => client.batch({ u0: userPage(0) })),
    pool.run(() => client.batch({ d0: departmentPage(0), lines: { method: 'voximplant.line.get' } })),
  ])
  const first = { ...users0, ...extras }
  const firstUsers = users(first.u0)
  const total = first.u0?.ok ? (first.u0.total ?? firstUsers.employees.length) : 0
  const rest: Pages = {
    users: offsets(total).map((start) => [`u${start}`, userPage(start)]),
    departments: offsets(first.d0?.ok ? (first.d0.total ?? 0) : 0).map((start) => [
      `d${start}`,
      departmentPage(start),
    ]),
  }
  landed(firstUsers.employees.map((employee) => employee.id))
  yield { ...firstUsers, departments: departmentsIn(first.d0), lines: toLines(first.lines), total }
  if (rest.users.length + rest.departments.length === 0) return
  // The first rows are drawn before the other pages are asked for. Sending a dozen large batches is
  // main-thread work too: on a slow machine it held the first rows back by longer than drawing them
  // holds the pages back (0.45 s at 20,000 with the CPU 4× slower), and a page spends far longer in
  // Bitrix24 than a frame. Waiting for a painted frame alone was not enough: when the first page
  // landed before the table was mounted, the frame came (or the wait gave up) before any row did,
  // and the batches went first (0.3–0.8 s with the CPU 4× slower).
  await whenRowsShown(ROWS_SHOWN_WITHIN_MS)
  await afterNextPaint()
  // Someone already searching waits for one person: their answer, drawn, comes before the rest of the list.
  if (await untilSearchesAnswered(client, SEARCH_FIRST_WITHIN_MS)) await afterNextPaint()
  yield* requestPages(client, rest, total, landed)
}

type Page = [key: string, command: BatchCommand]

/** The list's later pages: the employees' and the departments'. */
interface Pages {
  users: Page[]
  departments: Page[]
}

/** The key of a batch's own read of its employees' SIP settings. */
const SIP_KEY = 'sip'

/**
 * voximplant.user.get of the rows the batch's user pages answer, by reference (docs/bitrix24.md
 * "Batch"), in page order, as `userIds` lists them. As in the search (search-directory.ts), the leading
 * 0 keeps each reference text: one past a short page's last row reaches nothing and stays text, which
 * getUser's `intval` reads as 0, nobody.
 */
function sipOfPages(pageKeys: string[]): BatchCommand {
  const USER_ID = pageKeys.flatMap((key) =>
    Array.from({ length: PAGE_SIZE }, (_, row) => `0$result[${key}][${row}][ID]`),
  )
  return { method: 'voximplant.user.get', params: { USER_ID } }
}

function requestPages(
  client: B24Client,
  pages: Pages,
  total: number,
  landed: Landed,
): AsyncIterable<DirectoryChunk> {
  const pool = loadPool(client)
  // Whole waves over the lanes, so no lane is left with a last batch of its own; batches of about the
  // same cost, so they land together; no batch so small that its request costs more than it saves.
  // A department page costs Bitrix24 less than half an employee page (docs/bitrix24.md "Latency
  // model"): each kind is spread evenly, not the department pages all in the last batch, which then
  // landed a second before the others at 20,000 employees while they each carried one page more.
  const count = pages.users.length + pages.departments.length
  const waves = Math.ceil(count / (LIST_LANES * MAX_BATCH_COMMANDS))
  const parts = splitEvenlyWith(
    pages.users,
    pages.departments,
    Math.max(1, Math.min(LIST_LANES * waves, Math.floor(count / MIN_BATCH_COMMANDS))),
  )
  const pieces = createChannel<DirectoryChunk>()
  let left = parts.length
  for (const part of parts) {
    const commands = Object.fromEntries(part)
    const pageKeys = part.flatMap(([key]) => (isUserPage(key) ? [key] : []))
    // Its SIP settings cost Bitrix24 one command's fixed cost and half a millisecond an id more
    // (docs/bitrix24.md "Latency model"); asked for after the batch lands, they cost a whole request
    // more, sent only once the batch's answer is read, and a lane of the bucket's 30.
    if (pageKeys.length > 0) commands[SIP_KEY] = sipOfPages(pageKeys)
    pool
      .run(() => client.batch(commands), LIST)
      .then(async (outcomes) => {
        // The ids first, and the checking of every row in a task of its own: the batch's SIP settings
        // are taken before the batches landing beside it are read through.
        landed(userIds(outcomes), outcomes[SIP_KEY])
        await sleep(0)
        pieces.push(toChunk(outcomes, total))
        if (--left === 0) pieces.close()
      })
      .catch((error: unknown) => pieces.fail(error))
  }
  // Each piece redraws the screen (the count, the order, the rows): pieces that land while it draws
  // come as one, so a burst of batches costs one redraw, not one each.
  return pacedMerge(pieces, mergeChunks, afterNextPaint)
}

/** The ids of a batch's user pages, as answered (rows are checked later; a bad one costs a wasted id). */
function userIds(outcomes: Record<string, BatchOutcome>): number[] {
  const ids: number[] = []
  for (const [key, outcome] of Object.entries(outcomes))
    if (isUserPage(key) && outcome.ok && Array.isArray(outcome.result))
      for (const row of outcome.result)
        if (isRecord(row) && Number.isInteger(Number(row.ID))) ids.push(Number(row.ID))
  return ids
}

function toChunk(outcomes: Record<string, BatchOutcome>, total: number): DirectoryChunk {
  const piece: DirectoryChunk = { employees: [], departments: [], total, rejected: 0 }
  for (const [key, outcome] of Object.entries(outcomes)) {
    if (isUserPage(key)) {
      const page = users(outcome)
      piece.employees.push(...page.employees)
      piece.rejected += page.rejected
    } else if (isDepartmentPage(key)) {
      piece.departments.push(...departmentsIn(outcome))
    }
  }
  return piece
}

const isUserPage = (key: string) => key.startsWith('u')
const isDepartmentPage = (key: string) => key.startsWith('d')

/** Offsets of the pages after the first. */
function offsets(total: number): number[] {
  const starts: number[] = []
  for (let start = PAGE_SIZE; start < total; start += PAGE_SIZE) starts.push(start)
  return starts
}

/** A user page must load: without it the list would silently miss people. */
function users(outcome: BatchOutcome | undefined): { employees: Employee[]; rejected: number } {
  if (!outcome)
    throw new AppError({ kind: 'invalid-answer', description: 'user.get page missing from batch' })
  if (!outcome.ok) throw outcome.error
  const { rows, rejected } = parseRows(RestUser, outcome.result)
  return { employees: rows.map(toEmployee), rejected }
}

// Departments are a nicety: without the `department` answer the table shows department ids.
export function departmentsIn(outcome: BatchOutcome | undefined): Department[] {
  return outcome?.ok ? parseRows(RestDepartment, outcome.result).rows.map(toDepartment) : []
}

// voximplant.line.get needs "Management of Numbers": without it the raw line id is shown.
function toLines(outcome: BatchOutcome | undefined): LineNames {
  if (!outcome?.ok) return { readable: false }
  const parsed = v.safeParse(RestLineNames, outcome.result)
  return parsed.success ? { readable: true, names: toLineNames(parsed.output) } : { readable: false }
}

export const directoryQuery = (client: B24Client) =>
  queryOptions({
    queryKey: telephonyKeys.directory(),
    // Rows show after the first batch; a refetch keeps the shown list until the new one is whole.
    queryFn: streamedQuery({
      streamFn: () => streamDirectory(client),
      reducer: addChunk,
      initialValue: emptyDirectory,
      refetchMode: 'replace',
    }),
    structuralSharing: shareDirectory,
    staleTime: 5 * 60_000,
  })

/** Every active employee, with departments and line names, streamed in as the batches land. */
export function useDirectory() {
  const { client } = usePortal()
  return useQuery(directoryQuery(client))
}

/**
 * The directory as the cache holds it, without ever starting a read: panels and editors follow what the
 * screen loaded, and opening one must not re-read thousands of employees because the list went stale.
 */
export function useCachedDirectory() {
  const { client } = usePortal()
  return useQuery({ ...directoryQuery(client), enabled: false })
}
