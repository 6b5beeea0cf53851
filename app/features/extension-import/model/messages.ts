import { MAX_EXTENSION_DIGITS } from './plan.ts'
import type { LineProblem, LineStatus } from './plan-types.ts'
import type { FileProblem } from './types.ts'

/** An i18n key with its values: the model says what happened, the UI translates it. */
export interface MessageRef {
  key: string
  values?: Record<string, string | number>
}

/** Why a file cannot be imported (`import.file.*`). */
export function fileProblemMessage(problem: FileProblem): MessageRef {
  const key = `import.file.${problem.kind}`
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
  const key = `import.problems.${problem.kind}`
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
