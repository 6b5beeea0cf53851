import { readFileSync } from 'node:fs'
import { defaultSettings } from '../engine/settings.ts'
import { validateSettingsPatch } from '../server/settings-patch.ts'

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
