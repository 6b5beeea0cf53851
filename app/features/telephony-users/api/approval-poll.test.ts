import { approvalPollDelay } from './approval-poll.ts'

test('polls briskly at first, then backs off, and never stops', () => {
  const delays = [0, 29_000, 31_000, 119_000, 121_000, 599_000, 601_000, 86_400_000].map(approvalPollDelay)
  expect(delays).toEqual([3000, 3000, 5000, 5000, 15000, 15000, 30000, 30000])
})
