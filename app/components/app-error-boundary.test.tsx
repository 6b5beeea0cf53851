import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { inProcessPortal } from '@/test/in-process-portal.ts'
import { render } from '@/test/render.tsx'
import { AppErrorBoundary } from './app-error-boundary.tsx'

test('a render bug shows what happened and a reload, not a blank frame', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined) // React reports the caught error too
  const reload = vi.fn()
  vi.stubGlobal('location', { ...window.location, reload })
  let broken = true
  function Screen() {
    if (broken) throw new Error('rows is undefined')
    return <p>The list</p>
  }
  render(
    <AppErrorBoundary>
      <Screen />
    </AppErrorBoundary>,
    { portal: inProcessPortal().portal },
  )
  expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong on this screen')
  expect(screen.getByRole('alert')).toHaveTextContent('rows is undefined')
  await userEvent.click(screen.getByRole('button', { name: 'Reload the app' }))
  expect(reload).toHaveBeenCalled()

  broken = false
  await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
  expect(screen.getByText('The list')).toBeInTheDocument()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})
