import { writeFileSync } from 'node:fs'
import { renderThemeVariables, THEME_VARIABLES_FILE } from './theme-variables.ts'

writeFileSync(THEME_VARIABLES_FILE, await renderThemeVariables())
console.log('app/theme-variables.css written')
