import { QueryClient } from '@tanstack/react-query'
import { emptyDirectory } from '../model/merge-directory.ts'
import type { Directory } from '../model/types.ts'
import { fromStoredDirectory, keepsDirectory, toStoredDirectory } from './keep-directory.ts'
import { telephonyKeys } from './query-keys.ts'

const directory: Directory = {
  ...emptyDirectory,
  employees: [
    {
      id: 1,
      fullName: 'Anna Petrova',
      position: 'CEO',
      photoUrl: null,
      departmentIds: [1],
      extension: '100',
      email: 'anna@example.com',
    },
  ],
  departments: new Map([[1, { id: 1, name: 'Sales', parentId: null }]]),
  total: 1,
}

const queryOf = (client: QueryClient, key: readonly unknown[]) => {
  const query = client.getQueryCache().find({ queryKey: key, exact: true })
  if (!query) throw new Error('no query')
  return query
}

test('the directory is stored without e-mails, which the import holds in memory only', () => {
  const stored = JSON.stringify(toStoredDirectory(directory, 'en'), (_key, value: unknown) =>
    value instanceof Map ? [...value] : value,
  )
  expect(stored).toContain('Anna Petrova')
  expect(stored).not.toContain('anna@example.com')
  expect(stored).not.toContain('email')
})

test('the employees are kept in the order the table first shows: by name in the given language', () => {
  const [anna] = directory.employees
  if (!anna) throw new Error('no employee')
  const employees = [
    { ...anna, id: 3, fullName: 'Zoe Young' },
    { ...anna, id: 2, fullName: 'Örjan Berg' },
    { ...anna, id: 1, fullName: 'Anna Petrova' },
  ]
  const names = (locale: string) =>
    fromStoredDirectory(toStoredDirectory({ ...directory, employees }, locale)).employees.map((e) => e.id)
  expect(names('en')).toEqual([1, 2, 3]) // Ö sorts as O in English
  expect(names('sv')).toEqual([1, 3, 2]) // and after Z in Swedish
})

test('only the directory is kept, once read whole from Bitrix24: never the SIP settings, never a kept one', () => {
  const client = new QueryClient()
  client.setQueryData(telephonyKeys.directory(), directory)
  client.setQueryData(telephonyKeys.sip(), {
    byId: new Map(),
    noPermission: new Set<number>(),
    keptOn: new Set<number>(),
    stayedOff: new Set<number>(),
    failed: new Set<number>(),
    session: 1,
  })
  expect(keepsDirectory(queryOf(client, telephonyKeys.directory()))).toBe(true)
  expect(keepsDirectory(queryOf(client, telephonyKeys.sip()))).toBe(false)

  client.setQueryData(telephonyKeys.directory(), { ...directory, restored: true })
  expect(keepsDirectory(queryOf(client, telephonyKeys.directory()))).toBe(false)

  const loading = queryOf(client, telephonyKeys.directory())
  loading.setState({ data: directory, fetchStatus: 'fetching' })
  expect(keepsDirectory(loading)).toBe(false)
})

test('a restored directory is marked; anything else in storage is refused', () => {
  const restored = fromStoredDirectory(toStoredDirectory(directory, 'en'))
  expect(restored.restored).toBe(true)
  expect(restored.departments).toEqual(directory.departments)
  expect(restored.employees[0]?.fullName).toBe('Anna Petrova')
  expect(() => fromStoredDirectory({ employees: 'x' })).toThrow()
  expect(() => fromStoredDirectory('{"employees":[]')).toThrow()
  // A kept state of the shape before (objects, not text) is not read either.
  expect(() => fromStoredDirectory({ ...directory })).toThrow()
  expect(() => fromStoredDirectory(null)).toThrow()
})
