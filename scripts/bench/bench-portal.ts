import type { DeepPartial, PortalEngine, PortalSettings, RequestLogEntry } from '../../e2e/portal/contract.ts'
import { startLocalPortal, type LocalPortal } from '../../e2e/portal/start.ts'

export interface BenchConditions {
  /** The portal's request bucket (standard plan: 2 a second drained, refused above 50). */
  bucket: PortalSettings['bucket']
  latency: PortalSettings['latency']
}

export interface SeededPortal {
  /** Active employees, as user.get counts them: what "N of N employees" must reach. */
  employees: number
  /** Real names from the first page, plain Latin letters first (what a person would type). */
  names: string[]
}

/** A fresh portal for one measurement, administrator confirmation off so SIP data loads at once. */
export async function startBenchPortal(
  employees: number,
  conditions: BenchConditions,
  appDir: string,
): Promise<LocalPortal> {
  const settings: DeepPartial<PortalSettings> = {
    confirmationRequired: false,
    bucket: conditions.bucket,
    latency: conditions.latency,
  }
  // HTTPS with HTTP/2, as Bitrix24 Cloud answers: parallel requests are not capped at six connections.
  return startLocalPortal({ employees, appDir, portalPort: 0, appPort: 0, settings, https: true })
}

/**
 * One user.get on the engine itself (not over HTTP, so no latency) for the total and some names, then
 * the log is cleared: from here on every entry is the page's.
 */
export function readSeeded(portal: LocalPortal): SeededPortal {
  const now = Date.now()
  const token = portal.engine.issueToken(now)
  const answer = portal.engine.handleRest(
    'user.get',
    { auth: token.AUTH_ID, FILTER: { ACTIVE: true, USER_TYPE: 'employee' }, start: 0 },
    now,
  )
  const body = answer.body as { total?: number; result?: Array<{ NAME?: string; LAST_NAME?: string }> }
  if (answer.status !== 200 || typeof body.total !== 'number')
    throw new Error(`user.get on the seeded portal answered ${answer.status}`)
  const names = (body.result ?? []).map((row) => `${row.NAME ?? ''} ${row.LAST_NAME ?? ''}`.trim())
  const plain = names.filter((name) => /^[A-Za-z]+ [A-Za-z]+$/.test(name))
  portal.engine.clearLog()
  return { employees: body.total, names: [...plain, ...names.filter((name) => !plain.includes(name))] }
}

export interface RequestCount {
  requests: number
  /** Answered 503 QUERY_LIMIT_EXCEEDED: the bucket refused them. */
  limited: number
}

/** Entries the engine logged that started at or before `until` (epoch ms). */
export function countRequests(log: readonly RequestLogEntry[], until: number): RequestCount {
  const entries = log.filter((entry) => entry.at <= until)
  return {
    requests: entries.length,
    limited: entries.filter((entry) => entry.status === 503 && entry.error === 'QUERY_LIMIT_EXCEEDED').length,
  }
}

/**
 * Of the employees the list loads last (it reads by ID), the last whose first and last names are plain
 * words of three letters or more, as a person types them (Bitrix24's name search drops shorter words,
 * docs/bitrix24.md "user.get search filters"), with their SIP login. Read from the engine itself: no
 * latency, and the log cleared after.
 */
export function lastLoadedEmployee(engine: PortalEngine): { id: number; name: string; login: string } {
  const now = Date.now()
  const answer = engine.handleRest(
    'user.get',
    {
      auth: engine.issueToken(now).AUTH_ID,
      FILTER: { ACTIVE: true, USER_TYPE: 'employee' },
      sort: 'ID',
      order: 'DESC',
      start: 0,
    },
    now,
  ).body as { result?: Array<{ ID: string; NAME?: string; LAST_NAME?: string }> }
  engine.clearLog()
  const plain = /^[A-Za-z]{3,}$/
  for (const row of answer.result ?? []) {
    if (!plain.test(row.NAME ?? '') || !plain.test(row.LAST_NAME ?? '')) continue
    const id = Number(row.ID)
    const login = engine.voximplantUser(id)?.SIP_LOGIN
    if (login) return { id, name: `${row.NAME} ${row.LAST_NAME}`, login }
  }
  throw new Error('no employee on the last page has a plain name and a SIP login')
}
