import { createChannel } from './channel.ts'

async function read<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const seen: T[] = []
  for await (const value of iterable) seen.push(value)
  return seen
}

test('values in push order, including those pushed before the reader came; ends on close', async () => {
  const channel = createChannel<number>()
  channel.push(1)
  const reading = read(channel)
  channel.push(2)
  setTimeout(() => {
    channel.push(3)
    channel.close()
    channel.push(4) // after close: dropped
  }, 5)
  await expect(reading).resolves.toEqual([1, 2, 3])
})

test('a failure reaches the reader after what was pushed before it', async () => {
  const channel = createChannel<number>()
  const seen: number[] = []
  channel.push(1)
  channel.fail(new Error('lost'))
  await expect(
    (async () => {
      for await (const value of channel) seen.push(value)
    })(),
  ).rejects.toThrow('lost')
  expect(seen).toEqual([1])
})
