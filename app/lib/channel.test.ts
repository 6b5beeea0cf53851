import { createChannel, pacedMerge } from './channel.ts'

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

test('bursts: what was pushed while the reader paced comes at once; no pace after the last', async () => {
  const channel = createChannel<number>()
  let paces = 0
  channel.push(1)
  const bursts = read(
    channel.bursts(async () => {
      paces++
      // Pushed while the reader is away (drawing): they come in one burst.
      if (paces === 1) {
        channel.push(2)
        channel.push(3)
      } else channel.close()
      await Promise.resolve()
    }),
  )
  await expect(bursts).resolves.toEqual([[1], [2, 3]])
  expect(paces).toBe(2)

  const ended = createChannel<number>()
  let waited = 0
  ended.push(1)
  ended.close()
  await expect(read(ended.bursts(async () => void waited++))).resolves.toEqual([[1]])
  expect(waited).toBe(0)
})

test('bursts: a failure comes after the bursts pushed before it', async () => {
  const channel = createChannel<number>()
  const seen: number[][] = []
  channel.push(1)
  channel.push(2)
  channel.fail(new Error('lost'))
  await expect(
    (async () => {
      for await (const burst of channel.bursts(() => Promise.resolve())) seen.push(burst)
    })(),
  ).rejects.toThrow('lost')
  expect(seen).toEqual([[1, 2]])
})

test('pacedMerge: a burst of several is merged into one item, a single one passes as it is', async () => {
  const channel = createChannel<number[]>()
  const one = [1]
  channel.push(one)
  let paced = false
  const pace = async () => {
    if (!paced) {
      paced = true
      channel.push([2])
      channel.push([3, 4])
      channel.close()
    }
    await Promise.resolve()
  }
  const items = await read(pacedMerge(channel, (bursts) => bursts.flat(), pace))
  expect(items).toEqual([[1], [2, 3, 4]])
  expect(items[0]).toBe(one)
})
