import { readFileSync } from 'node:fs'

/**
 * Bitrix24's "Air" design tokens, as `@bitrix24/b24ui-nuxt` publishes them (MIT, `css/LICENSE`): the
 * global palette and the light context, copied unchanged into `css/`. Only the declarations on `:root`
 * count (the others are Bitrix24's own contexts: `.base-mode`, `.--inner`…), later ones win as in CSS.
 */
export const tokenFiles = ['001_b24_global.css', '003_b24_context_light.css', '007_b24_global.css'] as const

const rule = /([^{}]+)\{([^{}]*)\}/g
const reference = /var\(\s*(--[\w-]+)\s*(?:,([^()]*))?\)/

function rootDeclarations(css: string): [string, string][] {
  // Layer blocks only wrap the rules: without their openings, the rules match one by one.
  const body = css.replace(/@layer\s+[\w-]+\s*\{/g, '')
  const found: [string, string][] = []
  for (const [, selector = '', block = ''] of body.matchAll(rule)) {
    if (!selector.split(',').some((part) => part.trim() === ':root')) continue
    for (const declaration of block.split(';')) {
      const colon = declaration.indexOf(':')
      const name = declaration.slice(0, colon).trim()
      if (colon > 0 && name.startsWith('--')) found.push([name, declaration.slice(colon + 1).trim()])
    }
  }
  return found
}

/** Every `:root` token, `var()` references resolved: `--ui-color-base-1` → `#333`. */
export function readAirTokens(dir = new URL('./css/', import.meta.url)): Map<string, string> {
  const raw = new Map<string, string>()
  for (const file of tokenFiles) {
    for (const [name, value] of rootDeclarations(readFileSync(new URL(file, dir), 'utf8'))) {
      raw.set(name, value)
    }
  }
  const resolve = (value: string, depth = 0): string => {
    let out = value
    for (let match = reference.exec(out); match && depth < 20; match = reference.exec(out)) {
      const [whole, name = '', fallback] = match
      const target = raw.get(name)
      const replacement = target !== undefined ? resolve(target, depth + 1) : (fallback ?? '').trim()
      out = out.replace(whole, replacement)
    }
    return out
  }
  return new Map([...raw].map(([name, value]) => [name, resolve(value)]))
}

const colourLiteral = /#[0-9a-f]{3,8}\b|(?:rgba?|hsla?)\([^()]*\)/gi

/** Every colour literal the tokens hold (palette, text, backgrounds, dividers, shadows…), deduplicated. */
export function airColours(tokens = readAirTokens()): string[] {
  const colours = new Set<string>()
  for (const value of tokens.values()) {
    for (const [literal] of value.matchAll(colourLiteral)) colours.add(literal.toLowerCase())
  }
  return [...colours]
}
