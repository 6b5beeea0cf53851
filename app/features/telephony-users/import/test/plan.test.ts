import { planImport } from '../plan.ts'
import type { CellValue, ColumnMapping, ImportEmployee, Sheet } from '../types.ts'

const employee = (id: number, fullName: string, extension: string | null, active = true): ImportEmployee => ({
  id,
  fullName,
  email: null,
  extension,
  active,
})
const staff = [
  employee(1, 'Anna Petrova', '100'),
  employee(2, 'Boris Ivanov', '200'),
  employee(3, 'Chen Li', '300'),
  employee(4, 'Dmitry Orlov', null),
  employee(5, 'Elena Gromova', '500', false),
  employee(6, 'Ivan Sidorov', null),
  employee(7, 'Ivan Sidorov', null),
]
const byName: ColumnMapping = { headerRow: 0, who: { kind: 'name', column: 0 }, newExtension: 1 }
const sheet = (...rows: CellValue[][]): Sheet => ({
  format: 'csv',
  rows: [['Name', 'Extension'], ...rows].map((cells, index) => ({ line: index + 1, cells })),
})
const summary = (plan: ReturnType<typeof planImport>) =>
  plan.lines.map((l) => [l.line, l.status, l.problems.map((p) => p.kind).join(',')])

describe('planImport', () => {
  test('each line with its employee, current and new number, and its status', () => {
    const plan = planImport(
      sheet(['Anna Petrova', '101'], ['Dmitry Orlov', '4-00'], ['Chen Li', '300']),
      byName,
      staff,
    )
    expect(plan.lines[0]).toMatchObject({
      line: 2,
      who: 'Anna Petrova',
      given: '101',
      current: '100',
      next: '101',
      status: 'ready',
    })
    expect(plan.lines[1]).toMatchObject({ employee: { id: 4 }, current: null, next: '400', status: 'ready' })
    expect(plan.lines[2]).toMatchObject({ status: 'unchanged', problems: [] })
    expect(plan.steps.map((s) => [s.employeeId, s.extension])).toEqual([
      [1, '101'],
      [4, '400'],
    ])
    expect(plan.counts).toEqual({ ready: 2, unchanged: 1, problem: 0, excluded: 0 })
  })

  test('problems are listed, never dropped: who and what Bitrix24 would refuse', () => {
    const plan = planImport(
      sheet(
        ['Nobody', '101'],
        ['Ivan Sidorov', '102'],
        ['Elena Gromova', '103'],
        ['', '104'],
        ['Dmitry Orlov', 'ext 1'],
        ['Dmitry Orlov', '12345'],
        ['Anna Petrova', ''],
        ['Chen Li', '=100+1'],
      ),
      byName,
      staff,
    )
    expect(summary(plan)).toEqual([
      [2, 'problem', 'not-found'],
      [3, 'problem', 'ambiguous'],
      [4, 'problem', 'inactive'],
      [5, 'problem', 'no-employee'],
      [6, 'problem', 'characters,employee-twice'],
      [7, 'problem', 'length,employee-twice'],
      [8, 'problem', 'no-extension'],
      [9, 'problem', 'formula'],
    ])
    expect(plan.steps).toEqual([])
  })

  test("another active employee's number is refused unless that employee moves in the same file", () => {
    const taken = planImport(sheet(['Dmitry Orlov', '100']), byName, staff)
    expect(taken.lines[0]?.problems).toEqual([{ kind: 'taken', holders: [1] }])
    const freed = planImport(sheet(['Dmitry Orlov', '100'], ['Anna Petrova', '101']), byName, staff)
    expect(summary(freed)).toEqual([
      [2, 'ready', ''],
      [3, 'ready', ''],
    ])
    // Anna must move before Dmitry may take her number.
    expect(freed.steps.map((s) => s.employeeId)).toEqual([1, 4])
    // A dismissed employee's number is free (Bitrix24 checks active employees only).
    expect(planImport(sheet(['Dmitry Orlov', '500']), byName, staff).lines[0]?.status).toBe('ready')
  })

  test('a swap works: one temporary step, no collision', () => {
    const plan = planImport(sheet(['Anna Petrova', '200'], ['Boris Ivanov', '100']), byName, staff)
    expect(plan.counts.ready).toBe(2)
    expect(plan.steps.map((s) => [s.employeeId, s.extension])).toEqual([
      [1, ''],
      [2, '100'],
      [1, '200'],
    ])
  })

  test('a failing line keeps its number taken: the line that needed it fails too, in a chain', () => {
    // Boris cannot move (not a valid number), so Anna cannot take 200, so Dmitry cannot take 100.
    const plan = planImport(
      sheet(['Dmitry Orlov', '100'], ['Anna Petrova', '200'], ['Boris Ivanov', 'x']),
      byName,
      staff,
    )
    expect(summary(plan)).toEqual([
      [2, 'problem', 'taken'],
      [3, 'problem', 'taken'],
      [4, 'problem', 'characters'],
    ])
  })

  test('the same number twice in the file: every such line is a problem', () => {
    const plan = planImport(sheet(['Dmitry Orlov', '400'], ['Anna Petrova', '4 00']), byName, staff)
    expect(plan.lines.map((l) => l.problems)).toEqual([
      [{ kind: 'extension-twice', lines: [2, 3] }],
      [{ kind: 'extension-twice', lines: [2, 3] }],
    ])
  })

  test('lines the admin leaves out keep their numbers, and the plan is made again', () => {
    const file = sheet(['Dmitry Orlov', '100'], ['Anna Petrova', '101'], ['Chen Li', '101'])
    expect(planImport(file, byName, staff).counts.problem).toBe(3)
    const withoutChen = planImport(file, byName, staff, new Set([4]))
    expect(summary(withoutChen)).toEqual([
      [2, 'ready', ''],
      [3, 'ready', ''],
      [4, 'excluded', ''],
    ])
    const withoutAnna = planImport(file, byName, staff, new Set([3]))
    expect(summary(withoutAnna)).toEqual([
      [2, 'problem', 'taken'],
      [3, 'excluded', ''],
      [4, 'ready', ''],
    ])
  })

  test('a renumbering file: old number to new number, a whole block shifted by one', () => {
    const mapping: ColumnMapping = { headerRow: 0, who: { kind: 'extension', column: 0 }, newExtension: 1 }
    const plan = planImport(sheet(['100', '200'], ['200', '300'], ['300', '301']), mapping, staff)
    expect(plan.counts.ready).toBe(3)
    expect(plan.steps.map((s) => [s.employeeId, s.extension])).toEqual([
      [3, '301'],
      [2, '300'],
      [1, '200'],
    ])
  })

  test('XLSX: numbers are read as their digits; formula cells are never used', () => {
    const xlsx: Sheet = {
      format: 'xlsx',
      rows: [
        { line: 1, cells: ['Name', 'Extension'] },
        { line: 2, cells: ['Anna Petrova', 101] },
        { line: 3, cells: ['Dmitry Orlov', 102], formulas: [1] },
        { line: 4, cells: ['Chen Li', 101.5] },
      ],
    }
    expect(summary(planImport(xlsx, byName, staff))).toEqual([
      [2, 'ready', ''],
      [3, 'problem', 'formula'],
      [4, 'problem', 'characters'],
    ])
  })

  test('a whole plan of 10,000 lines is made quickly', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      employee(100 + i, `Person ${i} Test`, String(i % 9000)),
    )
    const rows = many.map((e, i) => [e.fullName, String((i + 1) % 9000)])
    const started = performance.now()
    const plan = planImport(sheet(...rows), byName, many)
    expect(plan.lines).toHaveLength(10_000)
    expect(performance.now() - started).toBeLessThan(5000)
  })
})
