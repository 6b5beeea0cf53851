import { Alert, createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core'

// Close to Bitrix24's own interface: its blue, Open Sans/system font, small radius, compact density.
const bitrixBlue: MantineColorsTuple = [
  '#e6f4ff',
  '#cfe4f7',
  '#a1c7ea',
  '#6fa8de',
  '#478ed3',
  '#2f7ecd',
  '#2066b0',
  '#175a9c',
  '#0a4f8c',
  '#00427a',
]

export const theme = createTheme({
  primaryColor: 'bitrix',
  primaryShade: { light: 6, dark: 4 },
  colors: { bitrix: bitrixBlue },
  fontFamily: '"Open Sans", "Helvetica Neue", Helvetica, Arial, sans-serif',
  defaultRadius: 'sm',
  fontSizes: { xs: '12px', sm: '13px', md: '14px', lg: '16px', xl: '18px' },
  components: {
    // A light alert's title in its own hue (yellow on pale yellow) is too faint to read: use the text colour.
    Alert: Alert.extend({ styles: { title: { color: 'var(--mantine-color-text)' } } }),
  },
})

/** Mantine's default "dimmed" grey is below WCAG AA contrast on white (3.3:1): a darker one (7:1+). */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: { '--mantine-color-dimmed': resolved.colors.gray[7] },
  dark: { '--mantine-color-dimmed': resolved.colors.dark[1] },
})
