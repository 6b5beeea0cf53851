import type { TFunction } from 'i18next'
import { MAX_EXTENSION_DIGITS } from './plan.ts'
import type { LineProblem, LineStatus } from './plan-types.ts'
import type { FileProblem } from './types.ts'

/** The catalog keys of the import's messages (`app/i18n/locales/*.ts`, section `import`). */
export type ImportMessageKey =
  | `import.file.${FileProblem['kind']}`
  | `import.problems.${LineProblem['kind']}`
  | `import.status.${LineStatus}`

/** An i18n key with its values: the model says what happened, the UI translates it. */
export interface MessageRef {
  key: ImportMessageKey
  values?: Record<string, string | number>
}

/** Why a file cannot be imported (`import.file.*`). */
export function fileProblemMessage(problem: FileProblem): MessageRef {
  const key = `import.file.${problem.kind}` as const
  switch (problem.kind) {
    case 'too-large':
      return { key, values: { megabytes: Math.round(problem.maxBytes / (1024 * 1024)) } }
    case 'too-many-lines':
      return { key, values: { count: problem.maxLines } }
    default:
      return { key }
  }
}

/** Why a line will not be sent (`import.problems.*`); `lines` lists the other lines of a clash. */
export function lineProblemMessage(problem: LineProblem, line: number): MessageRef {
  const key = `import.problems.${problem.kind}` as const
  switch (problem.kind) {
    case 'ambiguous':
      return { key, values: { count: problem.candidates.length } }
    case 'length':
      return { key, values: { max: MAX_EXTENSION_DIGITS } }
    case 'employee-twice':
    case 'extension-twice':
      return { key, values: { lines: problem.lines.filter((l) => l !== line).join(', ') } }
    default:
      return { key }
  }
}

export function statusMessage(status: LineStatus): MessageRef {
  return { key: `import.status.${status}` }
}

/** The message in the user's language. */
export function messageText(t: TFunction, ref: MessageRef): string {
  // The values are built per key above; i18next's per-key interpolation types cannot follow a key
  // chosen at run time, so the call goes through its plain signature.
  const translate = t as unknown as (key: string, values?: Record<string, string | number>) => string
  return translate(ref.key, ref.values)
}
