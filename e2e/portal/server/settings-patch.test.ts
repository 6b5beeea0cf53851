import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../engine/settings.ts'
import { validateSettingsPatch } from './settings-patch.ts'

describe('latency.perMethodMs', () => {
  it('takes any method name with a cost of at least 0', () => {
    const patch = { latency: { perMethodMs: { 'user.get': 100, 'voximplant.user.get': 0 } } }
    expect(validateSettingsPatch(patch, defaultSettings())).toEqual({ ok: true, patch })
  })

  it('refuses a cost that is not a number of at least 0, naming it', () => {
    const settings = defaultSettings()
    expect(validateSettingsPatch({ latency: { perMethodMs: { 'user.get': -1 } } }, settings)).toEqual({
      ok: false,
      error: '"latency.perMethodMs.user.get" must be a number of at least 0',
    })
    expect(validateSettingsPatch({ latency: { perMethodMs: 5 } }, settings)).toMatchObject({ ok: false })
    expect(validateSettingsPatch({ latency: { perMethod: {} } }, settings)).toMatchObject({ ok: false })
  })
})
