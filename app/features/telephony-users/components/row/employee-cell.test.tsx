import { act, render } from '@testing-library/react'
import type { Employee } from '@/features/telephony-users/model/types.ts'
import { Avatar, EmployeeCell, ROW_PHOTO_DELAY_MS } from './employee-cell.tsx'

const anna: Employee = {
  id: 7,
  fullName: 'Anna Petrova',
  position: 'Sales',
  photoUrl: 'https://portal.example/upload/resize_cache/main/a1b/150_150_0/avatar-7.png',
  departmentIds: [],
  extension: null,
}

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

test("a row's photo is asked for once the row has stayed on screen, over the initials shown meanwhile", () => {
  const { container } = render(<EmployeeCell employee={anna} onOpen={() => undefined} />)
  const image = container.querySelector('img')
  expect(container.textContent).toContain('AP')
  expect(image?.getAttribute('src')).toBeNull()
  act(() => vi.advanceTimersByTime(ROW_PHOTO_DELAY_MS - 1))
  expect(image?.getAttribute('src')).toBeNull()
  act(() => vi.advanceTimersByTime(1))
  expect(image?.getAttribute('src')).toBe(anna.photoUrl)
})

test('a row that only flashes past (typing, scrolling) never asks for its photo', () => {
  const { container, unmount } = render(<EmployeeCell employee={anna} onOpen={() => undefined} />)
  const image = container.querySelector('img')
  act(() => vi.advanceTimersByTime(ROW_PHOTO_DELAY_MS / 2))
  unmount()
  act(() => vi.advanceTimersByTime(ROW_PHOTO_DELAY_MS * 2))
  expect(image?.getAttribute('src')).toBeNull()
})

test('the panel shows the photo at once; no photo means initials only', () => {
  const { container, rerender } = render(<Avatar employee={anna} large />)
  expect(container.querySelector('img')?.getAttribute('src')).toBe(anna.photoUrl)
  rerender(<Avatar employee={{ ...anna, photoUrl: null }} large />)
  expect(container.querySelector('img')).toBeNull()
  expect(container.textContent).toBe('AP')
})
