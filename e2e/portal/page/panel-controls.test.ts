import { readFileSync } from 'node:fs'
import { defaultSettings } from '../engine/settings.ts'
import { validateSettingsPatch } from '../server/settings-patch.ts'
import { DATA_CONTROLS, parseIds, withScope } from './panel.js'

const html = readFileSync(new URL('./index.html', import.meta.url), 'utf8')
const form = html.slice(html.indexOf('id="panel-form"'), html.indexOf('</form>'))
/** Controls the panel maps by hand (panel.js): the plan picks a bucket, the kinds are checkboxes of one array. */
const MAPPED_BY_HAND = new Set(['plan', 'faults.kinds'])

test('every panel control names a setting the control API accepts, with a value of its type', () => {
  const names = [...new Set([...form.matchAll(/\sname="([^"]+)"/g)].map((match) => match[1] ?? ''))]
  expect(names.length).toBeGreaterThan(10)
  const settings = defaultSettings()
  for (const name of names.filter((n) => !MAPPED_BY_HAND.has(n))) {
    // What panel.js sends for a change of this control: its dotted name as nested keys, today's value.
    const value = name
      .split('.')
      .reduce<unknown>((object, key) => (object as Record<string, unknown>)[key], settings)
    const patch = name.split('.').reduceRight<unknown>((inner, key) => ({ [key]: inner }), value)
    expect(validateSettingsPatch(patch, settings), name).toEqual({ ok: true, patch })
  }
})

test('the operating-time and gateway controls are there', () => {
  for (const name of ['operatingLimitSeconds', 'operatingWindowSeconds', 'faults.gatewayTimeoutMs'])
    expect(form).toContain(`name="${name}"`)
})

test('the frame delay controls are there', () => {
  for (const name of ['frame.installReloadDelayMs', 'frame.userOptionSaveDelayMs'])
    expect(form).toContain(`name="${name}"`)
})

test('the Bitrix24 data controls panel.js adds name settings the control API accepts', () => {
  const settings = defaultSettings()
  for (const { name, type } of DATA_CONTROLS) {
    const value =
      type === 'ids' ? parseIds('6, 12;x 0') : (settings as unknown as Record<string, unknown>)[name]
    expect(value, name).toBeDefined()
    expect(validateSettingsPatch({ [name]: value }, settings), name).toEqual({
      ok: true,
      patch: { [name]: value },
    })
  }
  expect(parseIds('6, 12;x 0')).toEqual([6, 12])
  expect(validateSettingsPatch({ permission: 'roles' }, settings).ok).toBe(true)
})

test('the scope user can be granted and withheld from the panel', () => {
  const settings = defaultSettings()
  expect(DATA_CONTROLS).toContainEqual(expect.objectContaining({ name: 'appScopes', value: 'user' }))
  const granted = withScope(settings.appScopes, 'user', true)
  expect(granted).toEqual(['telephony', 'user_brief', 'department', 'user'])
  expect(withScope(granted, 'user', false)).toEqual(['telephony', 'user_brief', 'department'])
  expect(validateSettingsPatch({ appScopes: granted }, settings).ok).toBe(true)
})
