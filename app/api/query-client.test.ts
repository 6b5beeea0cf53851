import { notifyManager } from '@tanstack/react-query'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { coalescingScheduler, createQueryClient } from './query-client.ts'

describe('coalescingScheduler', () => {
  it('runs the callbacks scheduled before its timer in that one timer, in order', () => {
    const timers: Array<() => void> = []
    const schedule = coalescingScheduler((run) => timers.push(run))
    const ran: string[] = []
    schedule(() => ran.push('a'))
    schedule(() => ran.push('b'))
    schedule(() => ran.push('c'))
    expect(ran).toEqual([])
    expect(timers).toHaveLength(1)
    timers[0]?.()
    expect(ran).toEqual(['a', 'b', 'c'])
  })

  it('gives a callback scheduled while it runs a timer of its own', () => {
    const timers: Array<() => void> = []
    const schedule = coalescingScheduler((run) => timers.push(run))
    const ran: string[] = []
    schedule(() => {
      ran.push('first')
      schedule(() => ran.push('later'))
    })
    timers[0]?.()
    expect(ran).toEqual(['first'])
    expect(timers).toHaveLength(2)
    timers[1]?.()
    expect(ran).toEqual(['first', 'later'])
  })

  it('runs the others when one throws, and hands its error on', () => {
    const timers: Array<() => void> = []
    const errors: unknown[] = []
    const schedule = coalescingScheduler(
      (run) => timers.push(run),
      (error) => errors.push(error),
    )
    const ran: string[] = []
    const failure = new Error('subscriber failed')
    schedule(() => {
      throw failure
    })
    schedule(() => ran.push('after'))
    timers[0]?.()
    expect(ran).toEqual(['after'])
    expect(errors).toEqual([failure])
  })
})

describe('createQueryClient', () => {
  afterEach(() => {
    notifyManager.setScheduler((run) => setTimeout(run, 0))
    vi.useRealTimers()
  })

  it('has TanStack Query notify in one timer what is due together', () => {
    vi.useFakeTimers()
    createQueryClient()
    const ran: string[] = []
    notifyManager.schedule(() => ran.push('rights'))
    notifyManager.schedule(() => ran.push('first page'))
    // TanStack Query's own scheduler sets a timer for each.
    expect(vi.getTimerCount()).toBe(1)
    vi.runOnlyPendingTimers()
    expect(ran).toEqual(['rights', 'first page'])
  })
})
