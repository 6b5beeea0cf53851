import { getFrame } from './api/b24/frame.ts'

// main.tsx imports this module before React, the UI and their styles. Modules run in import order, so
// getInitData goes to the portal as soon as the SDK has run, and the portal answers while the rest of
// the bundle is still being evaluated (at four times slower CPU that took 0.2-0.5 s here); `App` reads
// the same promise, and shows its failure. Outside a frame (the unit tests' jsdom) it only rejects.
getFrame().catch(() => undefined)
