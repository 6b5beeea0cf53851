// ICU sets itself up at a page's first collator and first number format: tens of milliseconds each on
// a slow machine, which the first screen's render paid when the app made its own. This file is loaded
// `async` beside the bundle and runs while the bundle is still being fetched and compiled, so the
// app's collator and number format (in the portal's language) are then quick to make. A classic
// script of its own, not inline: the app's Content-Security-Policy allows scripts from 'self' only.
new Intl.Collator().compare('a', 'b')
new Intl.NumberFormat().format(1)
