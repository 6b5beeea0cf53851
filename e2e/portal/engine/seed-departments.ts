import { DEPARTMENT_BASES, DEPARTMENT_REGIONS, FIXED_DEPARTMENTS } from './names.ts'
import { pick, type Random } from './random.ts'
import type { Department } from './types.ts'

const MAX_DEPTH = 4

/**
 * A company tree: department 1 is the company itself, then 2–4 levels below it. Names repeat at
 * scale (two "Sales (EMEA)" under different parents), as in real portals.
 */
export function seedDepartments(count: number, portalName: string, random: Random): Department[] {
  const departments: Department[] = [
    { id: 1, name: portalName, sort: 500, parent: null, head: null, active: true },
  ]
  const depth = new Map<number, number>([[1, 1]])
  const shallow: number[] = [1]
  for (let id = 2; id <= count; id++) {
    const parent = id <= 6 ? 1 : pick(random, shallow)
    const level = (depth.get(parent) ?? 1) + 1
    depth.set(id, level)
    if (level < MAX_DEPTH) shallow.push(id)
    const name =
      FIXED_DEPARTMENTS[id - 2] ??
      (random() < 0.5
        ? pick(random, DEPARTMENT_BASES)
        : `${pick(random, DEPARTMENT_BASES)} (${pick(random, DEPARTMENT_REGIONS)})`)
    const sort = id % 9 === 0 ? 100 : id % 13 === 0 ? 300 : 500
    departments.push({ id, name, sort, parent, head: null, active: true })
  }
  moveLeafUnderLaterDepartment(departments, depth)
  return departments
}

/**
 * A deactivated branch with a department under it, after every other one (nobody works there):
 * department.get shows neither, as only globally active departments are listed (docs/bitrix24.md
 * "department.get").
 */
export function addArchivedBranch(departments: Department[]): void {
  const id = departments.length + 1
  departments.push(
    { id, name: ARCHIVED_BRANCH, sort: 500, parent: 1, head: null, active: false },
    { id: id + 1, name: 'Former projects', sort: 500, parent: id, head: null, active: true },
  )
}

export const ARCHIVED_BRANCH = 'Closed branch (archived)'

/** Re-parented departments exist: one child gets a parent with a higher id, so order proves nothing. */
function moveLeafUnderLaterDepartment(departments: Department[], depth: Map<number, number>): void {
  const parents = new Set(departments.map((d) => d.parent))
  const leaf = departments.find((d) => d.id > 1 && !parents.has(d.id))
  if (!leaf) return
  const target = departments.findLast(
    (d) => d.id > leaf.id && (depth.get(d.id) ?? MAX_DEPTH) < MAX_DEPTH && d.id !== leaf.parent,
  )
  if (target) leaf.parent = target.id
}

/** The department ids of `roots` and everything below them. */
export function subtree(departments: readonly Department[], roots: Iterable<number>): Set<number> {
  const children = new Map<number, number[]>()
  for (const d of departments) {
    if (d.parent === null) continue
    const list = children.get(d.parent) ?? []
    list.push(d.id)
    children.set(d.parent, list)
  }
  const found = new Set<number>()
  const queue = [...roots]
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (found.has(id)) continue
    found.add(id)
    queue.push(...(children.get(id) ?? []))
  }
  return found
}
