import { MAX_BATCH_COMMANDS, type B24Client, type BatchCommand } from '@/api/b24/client.ts'
import type { Department } from '../model/types.ts'
import { departmentsIn } from './get-directory.ts'

/**
 * Some departments by id, in one request: one department.get a department, since its `ID` filter
 * takes a single id (docs/bitrix24.md "department.get"); at most a batch's 50. A department that
 * cannot be read is left out: the table shows its id, as it does for any department it has not read.
 */
export async function readDepartments(
  client: B24Client,
  ids: readonly number[],
  signal?: AbortSignal,
): Promise<Department[]> {
  if (ids.length === 0) return []
  const commands: Record<string, BatchCommand> = {}
  for (const id of ids.slice(0, MAX_BATCH_COMMANDS))
    commands[`d${id}`] = { method: 'department.get', params: { FILTER: { ID: id } } }
  const outcomes = await client.batch(commands, { signal })
  return Object.values(outcomes).flatMap(departmentsIn)
}

/** The departments of these employees, each once, in ascending order. */
export function departmentsOf(employees: ReadonlyArray<{ departmentIds: readonly number[] }>): number[] {
  return [...new Set(employees.flatMap((employee) => employee.departmentIds))].sort((a, b) => a - b)
}
