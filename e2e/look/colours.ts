import type { Frame, Page } from '@playwright/test'
import { airColours } from '../../scripts/tokens/read-tokens.ts'

/** A colour on screen that is not one of Bitrix24's: where it is, and which property holds it. */
export interface ForeignColour {
  colour: string
  property: string
  element: string
}

/** The app's frame (the portal page around it is Bitrix24's own, not the app's). */
export function appFrameOf(page: Page): Frame {
  const frame = page.frames().find((candidate) => candidate.name().includes('|'))
  if (!frame) throw new Error('the app frame is not there')
  return frame
}

/**
 * Every colour the frame's visible elements are drawn with — text, background, the four borders, outline,
 * text decoration, box shadows, SVG fill and stroke, and the same of `::before`/`::after` — that is not a
 * Bitrix24 Air token value. Allowed: the colour literals of the vendored token files (scripts/tokens),
 * normalised by the browser itself, and transparent. Photos (`<img>`) are left out.
 */
export async function foreignColours(frame: Frame): Promise<ForeignColour[]> {
  return frame.evaluate(async (tokens) => {
    // Colours part-way through a transition (a focus ring fading in) are not what the screen settles on.
    const finite = document.getAnimations().filter((a) => a.effect?.getTiming().iterations !== Infinity)
    await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)))
    const probe = document.createElement('i')
    document.body.append(probe)
    const normalise = (value: string) => {
      probe.style.color = ''
      probe.style.color = value
      return getComputedStyle(probe).color
    }
    const allowed = new Set([...tokens.map(normalise), normalise('transparent')])

    const colourIn = /(?:rgba?|color|hsla?|oklch|oklab|lab|lch)\([^()]*\)|#[0-9a-f]{3,8}\b/gi
    const found = new Map<string, { colour: string; property: string; element: string }>()
    const describe = (element: Element, pseudo: string) => {
      const id = element.id ? `#${element.id}` : ''
      const role = element.getAttribute('role') ?? element.getAttribute('aria-label') ?? ''
      const classes = [...element.classList].slice(0, 2).join('.')
      const text = (element.textContent ?? '').trim().slice(0, 30)
      return `<${element.tagName.toLowerCase()}${id}${classes ? `.${classes}` : ''}${pseudo}${role ? ` [${role}]` : ''}> "${text}"`
    }
    const note = (colour: string, property: string, element: Element, pseudo = '') => {
      if (allowed.has(colour)) return
      const key = `${colour} ${property}`
      if (!found.has(key)) found.set(key, { colour, property, element: describe(element, pseudo) })
    }
    const check = (element: Element, style: CSSStyleDeclaration, pseudo = '') => {
      note(style.color, 'color', element, pseudo)
      note(style.backgroundColor, 'background-color', element, pseudo)
      for (const side of ['top', 'right', 'bottom', 'left']) {
        const width = parseFloat(style.getPropertyValue(`border-${side}-width`))
        if (width > 0 && style.getPropertyValue(`border-${side}-style`) !== 'none')
          note(style.getPropertyValue(`border-${side}-color`), `border-${side}-color`, element, pseudo)
      }
      if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
        note(style.outlineColor, 'outline-color', element, pseudo)
      if (style.textDecorationLine !== 'none')
        note(style.textDecorationColor, 'text-decoration-color', element, pseudo)
      for (const [colour] of style.boxShadow.matchAll(colourIn)) note(colour, 'box-shadow', element, pseudo)
      for (const [colour] of style.backgroundImage.matchAll(colourIn))
        note(normalise(colour), 'background-image', element, pseudo)
      if (element instanceof SVGElement) {
        for (const property of ['fill', 'stroke'] as const) {
          const value = style.getPropertyValue(property)
          if (value !== 'none' && !value.startsWith('url(')) note(value, property, element, pseudo)
        }
      }
    }
    for (const element of document.body.querySelectorAll('*')) {
      if (
        element === probe ||
        element.tagName === 'IMG' ||
        element.tagName === 'SCRIPT' ||
        element.tagName === 'STYLE'
      )
        continue
      if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue
      check(element, getComputedStyle(element))
      for (const pseudo of ['::before', '::after']) {
        const style = getComputedStyle(element, pseudo)
        if (style.content !== 'none' && style.content !== 'normal') check(element, style, pseudo)
      }
    }
    check(document.body, getComputedStyle(document.body))
    probe.remove()
    return [...found.values()]
  }, airColours())
}
