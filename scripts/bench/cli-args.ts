import { parseArgs } from 'node:util'
import { HONEST_MODEL, TODAY_MODEL, type LatencyModel } from './latency-models.ts'

export interface BenchArgs {
  sizes: number[]
  naive: boolean
  /** Time a bulk change of about 500 phones. */
  bulk: boolean
  targets: boolean
  /** Write the Markdown to `scripts/bench/last-result.md` (the README quotes it). */
  write: boolean
  /** The naive loader is stopped after this long per size. */
  naiveLimitMs: number
  /** Latency models, each run on every size: today's (the targets' own) and the honest one. */
  models: LatencyModel[]
  /** Each size's app is measured again with Chrome's CPU this many times slower; 1: not. */
  cpuSlowdown: number
  /** Opens of the app with the CPU slowed down per size (the first measures search too); first rows: their median. */
  slowRuns: number
  /** The search is typed this many times per measurement, each run reported. */
  searchRuns: number
  /** Time a search for the employee the list loads last, from the app's open (on a fresh portal). */
  hit: boolean
  /** Opens per size that time that search, each on a fresh portal; the figure is their median. */
  hitRuns: number
  /** Time a second open in the same browser profile. */
  reopen: boolean
  reopenRuns: number
}

export const DEFAULT_ARGS: BenchArgs = {
  sizes: [200, 2_000, 10_000, 20_000],
  naive: true,
  bulk: true,
  targets: true,
  write: true,
  naiveLimitMs: 60_000,
  models: [TODAY_MODEL, HONEST_MODEL],
  cpuSlowdown: 4,
  slowRuns: 5,
  searchRuns: 5,
  hit: true,
  hitRuns: 3,
  reopen: true,
  reopenRuns: 3,
}

export const USAGE = `tsx scripts/bench/run.ts [options]
  --sizes 200,2000,10000,20000  seeded employees, one fresh portal each
  --no-naive                 skip the naive loader
  --no-bulk                  skip the bulk change of about 500 phones
  --no-targets               report only; exit 0 whatever the figures
  --no-write                 do not write scripts/bench/last-result.md
  --naive-limit-s 60         stop the naive loader after this long (it needs minutes at 20,000)
  --models today,honest      latency models to run (today: 120 ms a request + 6 ms a command;
                             honest: per-method command costs, scripts/bench/latency-models.ts)
  --request-ms 120           today's model: latency per HTTP request
  --command-ms 6             today's model: latency per executed command (a batch of 50 costs 50)
  --cpu-slowdown 4           measure each size's app again with Chrome's CPU throttled this many
                             times (first rows, worst keystroke); 1 skips it
  --slow-runs 5              open the app this many times on the slowed CPU: first rows are their
                             median (each listed), the keystroke is the first open's
  --search-runs 5            type the search this many times, from a cleared box each time
  --no-hit                   skip the search for the employee the list loads last
  --hit-runs 3               time that search this many times, each on a fresh portal: the figure is
                             their median (each listed)
  --no-reopen                skip the second open in the same browser profile
  --reopen-runs 3            time that second open this many times, each on a fresh portal: the
                             figures are their medians (each listed)`

function count(name: string, text: string, min: number, max: number): number {
  const value = /^\d[\d_]*$/.test(text) ? Number(text.replace(/_/g, '')) : Number.NaN
  if (!Number.isInteger(value) || value < min || value > max)
    throw new Error(`--${name}: expected a whole number from ${min} to ${max}, got "${text}"`)
  return value
}

export function parseBenchArgs(argv: string[]): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      sizes: { type: 'string' },
      'no-naive': { type: 'boolean' },
      'no-bulk': { type: 'boolean' },
      'no-targets': { type: 'boolean' },
      'no-write': { type: 'boolean' },
      'naive-limit-s': { type: 'string' },
      'request-ms': { type: 'string' },
      'command-ms': { type: 'string' },
      models: { type: 'string' },
      'cpu-slowdown': { type: 'string' },
      'search-runs': { type: 'string' },
      'slow-runs': { type: 'string' },
      'no-hit': { type: 'boolean' },
      'hit-runs': { type: 'string' },
      'no-reopen': { type: 'boolean' },
      'reopen-runs': { type: 'string' },
    },
  })
  const sizes =
    values.sizes === undefined
      ? DEFAULT_ARGS.sizes
      : values.sizes.split(',').map((size) => count('sizes', size.trim(), 1, 100_000))
  return {
    sizes: [...new Set(sizes)],
    naive: !values['no-naive'],
    bulk: !values['no-bulk'],
    targets: !values['no-targets'],
    write: !values['no-write'],
    naiveLimitMs:
      values['naive-limit-s'] === undefined
        ? DEFAULT_ARGS.naiveLimitMs
        : 1000 * count('naive-limit-s', values['naive-limit-s'], 1, 600),
    cpuSlowdown:
      values['cpu-slowdown'] === undefined
        ? DEFAULT_ARGS.cpuSlowdown
        : count('cpu-slowdown', values['cpu-slowdown'], 1, 20),
    slowRuns:
      values['slow-runs'] === undefined
        ? DEFAULT_ARGS.slowRuns
        : count('slow-runs', values['slow-runs'], 1, 20),
    searchRuns:
      values['search-runs'] === undefined
        ? DEFAULT_ARGS.searchRuns
        : count('search-runs', values['search-runs'], 1, 20),
    hit: !values['no-hit'],
    hitRuns:
      values['hit-runs'] === undefined ? DEFAULT_ARGS.hitRuns : count('hit-runs', values['hit-runs'], 1, 20),
    reopen: !values['no-reopen'],
    reopenRuns:
      values['reopen-runs'] === undefined
        ? DEFAULT_ARGS.reopenRuns
        : count('reopen-runs', values['reopen-runs'], 1, 20),
    models: models(values.models).map((model) =>
      model.id !== 'today'
        ? model
        : {
            ...model,
            latency: {
              ...model.latency,
              perRequestMs:
                values['request-ms'] === undefined
                  ? model.latency.perRequestMs
                  : count('request-ms', values['request-ms'], 0, 10_000),
              perCommandMs:
                values['command-ms'] === undefined
                  ? model.latency.perCommandMs
                  : count('command-ms', values['command-ms'], 0, 1_000),
            },
          },
    ),
  }
}

function models(text: string | undefined): LatencyModel[] {
  if (text === undefined) return DEFAULT_ARGS.models
  const known = [TODAY_MODEL, HONEST_MODEL]
  const picked = [...new Set(text.split(',').map((id) => id.trim()))].map((id) => {
    const model = known.find((candidate) => candidate.id === id)
    if (!model) throw new Error(`--models: expected today and/or honest, got "${id}"`)
    return model
  })
  if (picked.length === 0) throw new Error('--models: name at least one model')
  return picked
}
