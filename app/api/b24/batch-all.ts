import { chunk } from '@/lib/chunk.ts'
import { MAX_BATCH_COMMANDS, type B24Client, type BatchCommand, type BatchOutcome } from './client.ts'

/**
 * Any number of commands as consecutive batches of at most 50, one HTTP request at a time:
 * the SDK paces them to the portal's bucket. `onBatch` reports each batch's outcomes as they land.
 */
export async function batchAll(
  client: B24Client,
  commands: Record<string, BatchCommand>,
  onBatch?: (outcomes: Record<string, BatchOutcome>) => void,
): Promise<Record<string, BatchOutcome>> {
  const all: Record<string, BatchOutcome> = {}
  for (const keys of chunk(Object.keys(commands), MAX_BATCH_COMMANDS)) {
    const part: Record<string, BatchCommand> = {}
    for (const key of keys) {
      const command = commands[key]
      if (command) part[key] = command
    }
    const outcomes = await client.batch(part)
    Object.assign(all, outcomes)
    onBatch?.(outcomes)
  }
  return all
}
