import { initializeB24Frame, ParamsFactory } from '@bitrix24/b24jssdk'

/**
 * The benchmark's baseline, never shipped: the list loaded the obvious way, one user.get page per
 * request through the SDK's list helper, then voximplant.user.get once per page of 50 ids.
 */
declare global {
  interface Window {
    naiveResult?: { employees: number; sipRows: number; firstRowsMs: number; fullMs: number; error?: string }
  }
}

async function run() {
  const started = performance.now()
  const b24 = await initializeB24Frame({ restrictionParams: ParamsFactory.getDefault() })
  let firstRowsMs = 0
  let employees = 0
  let sipRows = 0
  const pages = b24.actions.v2.fetchList.make<{ ID: string }>({
    method: 'user.get',
    params: { filter: { ACTIVE: true, USER_TYPE: 'employee' } },
    idKey: 'ID',
  })
  for await (const page of pages) {
    if (employees === 0) firstRowsMs = performance.now() - started
    employees += page.length
    const answer = await b24.actions.v2.call.make<unknown[]>({
      method: 'voximplant.user.get',
      params: { USER_ID: page.map((row) => Number(row.ID)) },
    })
    sipRows += answer.getData()?.result.length ?? 0
  }
  window.naiveResult = { employees, sipRows, firstRowsMs, fullMs: performance.now() - started }
}

run().catch((error: unknown) => {
  window.naiveResult = { employees: 0, sipRows: 0, firstRowsMs: 0, fullMs: 0, error: String(error) }
})
