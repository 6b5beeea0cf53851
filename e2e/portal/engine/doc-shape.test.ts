import { shapeDrift } from './doc-shape.ts'

test('same keys and types agree; extra keys are fine', () => {
  expect(shapeDrift({ result: [{ ID: '1', A: true }] }, { result: [{ ID: '2', A: false, B: 1 }] })).toEqual(
    [],
  )
})

test('a missing key, a changed type, a present withheld key are drift', () => {
  const example = { result: [{ ID: '1', EMAIL: 'a@b.c', N: 1 }] }
  expect(
    shapeDrift(example, { result: [{ ID: 2, EMAIL: 'x', N: 'n' }] }, { withheld: ['result[].EMAIL'] }),
  ).toEqual([
    'result[].ID: number, docs string',
    'result[].EMAIL: present, but withheld on purpose',
    'result[].N: string, docs number',
  ])
  expect(shapeDrift(example, { result: [{ ID: '2' }] }, { withheld: ['result[].EMAIL'] })).toEqual([
    'result[].N: missing',
  ])
})

test('keys some items of the example lack are optional; maps compare values only; nullable allows both', () => {
  const example = { result: [{ ID: '1', X: null }, { ID: '2' }], names: { a: 'A' } }
  const rules = { maps: ['names'], nullable: ['result[].X'] }
  expect(
    shapeDrift(example, { result: [{ ID: '3', X: 'x' }, { ID: '4' }], names: { zz: 'Z' } }, rules),
  ).toEqual([])
  expect(shapeDrift(example, { result: [], names: { zz: 1 } }, rules)).toEqual([
    'names.zz: number, docs string',
  ])
  expect(shapeDrift({ result: [] }, { result: {} })).toEqual(['result: object, docs array'])
})
