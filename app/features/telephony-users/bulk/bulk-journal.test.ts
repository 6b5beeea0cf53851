import { decodeIds, encodeIds, readJournal, writeJournal } from './bulk-journal.ts'

test('ids are kept as ranges and read back', () => {
  expect(encodeIds([5, 1, 2, 3, 9, 10, 3])).toBe('1-3,5,9-10')
  expect(decodeIds('1-3,5,9-10')).toEqual([1, 2, 3, 5, 9, 10])
  const many = Array.from({ length: 20_000 }, (_, i) => i + 1)
  expect(decodeIds(encodeIds(many))).toEqual(many)
})

test('a journal round-trips; a too long id list keeps only the count; junk is ignored', () => {
  expect(readJournal(writeJournal(true, 500, [7, 8, 9]))).toEqual({
    on: true,
    total: 500,
    pendingCount: 3,
    pending: [7, 8, 9],
  })
  const scattered = Array.from({ length: 3000 }, (_, i) => i * 2 + 1)
  expect(readJournal(writeJournal(false, 6000, scattered))).toEqual({
    on: false,
    total: 6000,
    pendingCount: 3000,
    pending: null,
  })
  expect(readJournal('{"on":"yes"}')).toBeNull()
  expect(readJournal('not json')).toBeNull()
  expect(readJournal(undefined)).toBeNull()
  expect(decodeIds('x,-3,5-2,4')).toEqual([4])
})

/** The option as Bitrix24's page keeps it in the LAST_SETTINGS cookie until it is saved: encoded twice. */
const asCookie = (name: string, value: string) =>
  encodeURIComponent(`p[0][v][${encodeURIComponent(name)}]=${encodeURIComponent(value)}`)

test('any journal fits in half of the cookie Bitrix24 keeps it in before saving, so a reload keeps it', () => {
  const worst = [
    Array.from({ length: 20_000 }, (_, i) => i * 2 + 1), // scattered: one id a range
    Array.from({ length: 20_000 }, (_, i) => i * 3 + 100_000), // long ids
    Array.from({ length: 150 }, (_, i) => i * 2 + 1), // short enough to keep
  ]
  for (const ids of worst) {
    expect(asCookie('telephonyUsersBulk', writeJournal(true, 20_000, ids)).length).toBeLessThanOrEqual(2048)
  }
  expect(readJournal(writeJournal(true, 600, worst[2]!))?.pending).toHaveLength(150) // still resumable
})
