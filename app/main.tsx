// First, before anything else runs: the handshake with the portal.
import './start-handshake.ts'
// Only the styles of the Mantine components the first screen uses (Mantine's per-component imports),
// in the order Mantine documents: baseline, default variables, global, then components. The `.layer`
// files sit in the `mantine` cascade layer, so the app's own styles win whatever order chunks load in.
import '@mantine/core/styles/baseline.layer.css'
import '@mantine/core/styles/default-css-variables.layer.css'
import '@mantine/core/styles/global.layer.css'
import '@mantine/core/styles/UnstyledButton.layer.css'
import '@mantine/core/styles/Button.layer.css'
import '@mantine/core/styles/CloseButton.layer.css'
import '@mantine/core/styles/Text.layer.css'
import '@mantine/core/styles/Title.layer.css'
import '@mantine/core/styles/Anchor.layer.css'
import '@mantine/core/styles/Stack.layer.css'
import '@mantine/core/styles/Group.layer.css'
import '@mantine/core/styles/Center.layer.css'
import '@mantine/core/styles/VisuallyHidden.layer.css'
import '@mantine/core/styles/Loader.layer.css'
import '@mantine/core/styles/Progress.layer.css'
import '@mantine/core/styles/Alert.layer.css'
import '@mantine/core/styles/Input.layer.css'
import '@mantine/core/styles/InlineInput.layer.css'
import '@mantine/core/styles/Checkbox.layer.css'
import '@mantine/core/styles/Table.layer.css'
// The theme's values of Mantine's variables, generated from app/theme.ts (providers.tsx says why).
import './theme-variables.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App, openingSettled, startOpening } from './app.tsx'

const root = document.getElementById('root')
if (root) {
  // Opening does not wait for React, and React waits a moment for the opening: where the portal answers
  // quickly, the first render is the app, not a connecting screen drawn only to be replaced. Not a
  // transition: the opening's steps have run by then, so nothing needs to slip between its slices, and a
  // transition was started over, synchronously, when the first answers landed in the middle of it.
  // (`app.tsx` `openingSettled`)
  const opening = startOpening()
  const reactRoot = createRoot(root)
  void openingSettled(opening).then(() =>
    reactRoot.render(
      <StrictMode>
        <App opening={opening} />
      </StrictMode>,
    ),
  )
  // What opens on top (dialogs, the panel) is styled by the time anyone can click.
  void import('./overlay-styles.ts')
}
