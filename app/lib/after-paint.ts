/**
 * Resolves once the browser has painted its next frame (in a task after that frame's animation
 * callbacks), or after `maxMs` where no frame comes: a hidden frame gets no animation frames.
 */
export function afterNextPaint(maxMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, maxMs)
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer)
        resolve()
      }, 0),
    )
  })
}
