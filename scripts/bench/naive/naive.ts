import { initializeB24Frame, ParamsFactory } from '@bitrix24/b24jssdk'
import type { NaiveProgress } from './naive-result.ts'

/**
 * The benchmark's baseline, never shipped: the list loaded the obvious way, one user.get page per
 * request through the SDK's list helper, then voximplant.user.get once per page of 50 ids.
 */

const epochNow = () => performance.timeOrigin + performance.now()

async function run(progress: NaiveProgress) {
  // The SDK's own pacing for the standard plan (50 burst, 2 a second), as a straightforward app would use.
  const b24 = await initializeB24Frame({ restrictionParams: ParamsFactory.getDefault() })
  const pages = b24.actions.v2.fetchList.make<{ ID: string }>({
    method: 'user.get',
    params: { filter: { ACTIVE: true, USER_TYPE: 'employee' } },
    idKey: 'ID',
  })
  for await (const page of pages) {
    progress.firstRowsAt ??= epochNow()
    progress.employees += page.length
    const answer = await b24.actions.v2.call.make<unknown[]>({
      method: 'voximplant.user.get',
      params: { USER_ID: page.map((row) => Number(row.ID)) },
    })
    progress.sipRows += answer.getData()?.result.length ?? 0
  }
  window.naiveResult = { ...progress, fullAt: epochNow() }
}

const progress: NaiveProgress = { employees: 0, sipRows: 0, firstRowsAt: null }
window.naiveProgress = progress
run(progress).catch((error: unknown) => {
  window.naiveResult = { ...progress, fullAt: epochNow(), error: String(error) }
})
