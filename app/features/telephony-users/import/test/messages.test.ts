import i18next from 'i18next'
import { en } from '@/i18n/locales/en.ts'
import { enLater } from '@/i18n/locales/en-later.ts'
import { ru } from '@/i18n/locales/ru.ts'
import {
  fileProblemMessage,
  lineProblemMessage,
  messageText,
  statusMessage,
  type MessageRef,
} from '../messages.ts'
import type { LineProblem } from '../plan-types.ts'
import type { FileProblem } from '../types.ts'

const FILE_PROBLEMS: FileProblem[] = [
  { kind: 'empty' },
  { kind: 'binary' },
  { kind: 'too-large', maxBytes: 5 * 1024 * 1024 },
  { kind: 'too-many-lines', maxLines: 50_000 },
  { kind: 'password-protected' },
  { kind: 'legacy-xls' },
  { kind: 'unreadable' },
  { kind: 'no-columns' },
]
const LINE_PROBLEMS: LineProblem[] = [
  { kind: 'no-employee' },
  { kind: 'not-found' },
  { kind: 'ambiguous', candidates: [3, 4] },
  { kind: 'inactive' },
  { kind: 'email-unavailable' },
  { kind: 'formula' },
  { kind: 'no-extension' },
  { kind: 'characters' },
  { kind: 'length' },
  { kind: 'employee-twice', lines: [2, 7] },
  { kind: 'extension-twice', lines: [2, 7, 9] },
  { kind: 'taken', holders: [1] },
]

describe('import messages', () => {
  const t = i18next.createInstance()
  beforeAll(async () => {
    await t.init({
      lng: 'en',
      resources: { en: { translation: en }, ru: { translation: ru } },
      interpolation: { escapeValue: false },
    })
    // The import's English texts load with it, not with the first screen (app/i18n/i18n.ts).
    t.addResourceBundle('en', 'translation', enLater, true, false)
  })
  const text = (ref: MessageRef, lng = 'en') => messageText(t.getFixedT(lng), ref)

  test('every file problem has a text in English and Russian, with its limit', () => {
    for (const problem of FILE_PROBLEMS) {
      const ref = fileProblemMessage(problem)
      expect(t.exists(ref.key, { lng: 'en' }), ref.key).toBe(true)
      expect(t.exists(ref.key, { lng: 'ru' }), ref.key).toBe(true)
    }
    expect(text(fileProblemMessage({ kind: 'too-large', maxBytes: 5 * 1024 * 1024 }))).toContain('5 MB')
    expect(text(fileProblemMessage({ kind: 'too-many-lines', maxLines: 50_000 }))).toContain('50,000')
  })

  test('every line problem and status has a text; a clash names the other lines', () => {
    for (const problem of LINE_PROBLEMS)
      expect(t.exists(lineProblemMessage(problem, 2).key), problem.kind).toBe(true)
    for (const status of ['ready', 'unchanged', 'problem', 'excluded'] as const)
      expect(t.exists(statusMessage(status).key)).toBe(true)
    expect(text(lineProblemMessage({ kind: 'extension-twice', lines: [2, 7, 9] }, 7))).toBe(
      'The same extension is also on line 2, 9',
    )
    expect(text(lineProblemMessage({ kind: 'length' }, 2))).toContain('At most 4 digits')
    expect(text(fileProblemMessage({ kind: 'empty' }), 'ru')).toBe('Файл пуст: импортировать нечего.')
  })
})
