import { kit, resultOf } from '../test-kit.ts'

type Row = Record<string, unknown>
type Body = { result: Row[]; total?: number; next?: number }

describe('user.get under scope user_brief', () => {
  const { call } = kit({ employees: 200 })
  const body = (params: Record<string, unknown>) => call('user.get', params).body as Body

  test('EMAIL and LAST_LOGIN never come back, even when selected', () => {
    const [anna] = body({ FILTER: { ID: 1 } }).result
    expect(anna).toMatchObject({ ID: '1', NAME: 'Anna', ACTIVE: true, USER_TYPE: 'employee' })
    expect(anna).not.toHaveProperty('EMAIL')
    expect(anna).not.toHaveProperty('LAST_LOGIN')
    const [selected] = body({ FILTER: { ID: 1 }, select: ['ID', 'EMAIL', 'LAST_LOGIN'] }).result
    expect(selected).toEqual({ ID: '1' })
  })

  test('select names fields exactly, in the server order; none of them known gives empty rows', () => {
    const [row] = body({
      FILTER: { ID: 1 },
      select: ['UF_PHONE_INNER', 'ID', 'NAME', 'UF_DEPARTMENT', 'ACTIVE'],
    }).result
    expect(row).toEqual({ ID: '1', ACTIVE: true, NAME: 'Anna', UF_DEPARTMENT: [1], UF_PHONE_INNER: '101' })
    expect(Object.keys(row ?? {})).toEqual(['ID', 'ACTIVE', 'NAME', 'UF_DEPARTMENT', 'UF_PHONE_INNER'])
    expect(body({ FILTER: { ID: 1 }, select: ['id', 'name'] }).result).toEqual([[]])
    expect(body({ FILTER: { ID: 1 }, select: ['NOPE'] }).result).toEqual([[]])
    expect(Object.keys(body({ FILTER: { ID: 1 }, select: ['*'] }).result[0] ?? {})).toContain(
      'PERSONAL_PHOTO',
    )
    expect(Object.keys(body({ FILTER: { ID: 1 }, select: 'ID' }).result[0] ?? {})).toContain('NAME')
    expect(body({ FILTER: { ID: 1 }, select: ['ID', 'UF_*'] }).result[0]).toEqual({
      ID: '1',
      UF_EMPLOYMENT_DATE: '',
      UF_DEPARTMENT: [1],
      UF_PHONE_INNER: '101',
    })
  })

  test('a NULL field is left out: no photo, no extension', () => {
    const [noPhoto] = body({ FILTER: { ID: 5 } }).result
    expect(noPhoto).not.toHaveProperty('PERSONAL_PHOTO')
    const [noExtension] = body({ FILTER: { ID: 6 } }).result
    expect(noExtension).not.toHaveProperty('UF_PHONE_INNER')
    expect(noExtension).toHaveProperty('PERSONAL_PHOTO')
  })

  test('without IMAGE_RESIZE the original photo; "small" the 150×150 copy; unknown presets the original', () => {
    const photo = (params: Row) =>
      body({ FILTER: { ID: 1 }, select: ['PERSONAL_PHOTO'], ...params }).result[0]?.PERSONAL_PHOTO
    const original = String(photo({}))
    expect(original).toMatch(
      /^http:\/\/127\.0\.0\.1:9\/upload\/main\/[0-9a-f]{3}\/[0-9a-f]{32}\/avatar-1\.png$/,
    )
    expect(photo({ IMAGE_RESIZE: 'small' })).toBe(
      original
        .replace('/upload/main/', '/upload/resize_cache/main/')
        .replace('/avatar-1', '/150_150_0/avatar-1'),
    )
    expect(photo({ image_resize: 'medium' })).toContain('/300_300_0/')
    expect(photo({ IMAGE_RESIZE: 'SMALL' })).toBe(original)
    expect(photo({ IMAGE_RESIZE: 'tiny' })).toBe(original)
  })
})

describe('user.current, user.admin, profile', () => {
  test('describe the token user, with the same scope fields', () => {
    const { call, engine } = kit()
    const me = resultOf(call('user.current')) as Row
    expect(me).toMatchObject({ ID: '1', NAME: 'Anna', LAST_NAME: 'Petrova', UF_PHONE_INNER: '101' })
    expect(me).not.toHaveProperty('EMAIL')
    expect(me).not.toHaveProperty('LAST_LOGIN')
    expect(String(me.PERSONAL_PHOTO)).not.toContain('resize_cache')
    expect(resultOf(call('user.admin'))).toBe(true)
    expect(resultOf(call('profile'))).toMatchObject({ ID: '1', ADMIN: true, NAME: 'Anna', TIME_ZONE: '' })
    engine.updateSettings({ currentUserId: 2 })
    const token = engine.issueToken(0).AUTH_ID
    expect(engine.handleRest('user.admin', { auth: token }, 1).body).toMatchObject({ result: false })
  })

  test('profile of a dismissed user is an empty array', () => {
    const { engine } = kit()
    engine.updateSettings({ currentUserId: 7 })
    const token = engine.issueToken(0).AUTH_ID
    expect(engine.handleRest('profile', { auth: token }, 1).body).toMatchObject({ result: [] })
  })
})
