import { batchAll } from '@/api/b24/batch-all.ts'
import type { B24Client, BatchCommand } from '@/api/b24/client.ts'
import type { AppError } from '@/api/b24/errors.ts'
import type { Employee } from '../model/types.ts'
import { parseRows, RestUser, USER_SELECT } from './rest/rest-schemas.ts'
import { toEmployee } from './rest/to-view-model.ts'

export interface EmployeesRead {
  /** As Bitrix24 holds them now; `null` when the employee is no longer an active employee. */
  byId: Map<number, Employee | null>
  /** Their read failed: nothing is known. */
  failed: Map<number, AppError>
}

/**
 * Reads employees again after a change: one user.get per id (readable without any approval), 50 to a
 * request. The extension read here is also voximplant.user.get's INNER_NUMBER: one stored value.
 */
export async function readEmployees(client: B24Client, ids: readonly number[]): Promise<EmployeesRead> {
  const commands: Record<string, BatchCommand> = {}
  for (const id of ids)
    commands[`u${id}`] = {
      method: 'user.get',
      // The small photo, as the directory has it: the original would replace it after an edit.
      params: {
        FILTER: { ID: id, ACTIVE: true, USER_TYPE: 'employee' },
        select: USER_SELECT,
        IMAGE_RESIZE: 'small',
      },
    }
  const read: EmployeesRead = { byId: new Map(), failed: new Map() }
  const outcomes = await batchAll(client, commands)
  for (const id of ids) {
    const outcome = outcomes[`u${id}`]
    if (!outcome) continue
    if (!outcome.ok) {
      read.failed.set(id, outcome.error)
      continue
    }
    const found = parseRows(RestUser, outcome.result)
      .rows.map(toEmployee)
      .find((e) => e.id === id)
    read.byId.set(id, found ?? null)
  }
  return read
}
