/** Checks that keep the catalogs honest: nothing missing in a complete language, nothing unused. */

export type Tree = { readonly [key: string]: string | Tree }

const PLURAL = /_(zero|one|two|few|many|other)$/

export function flatten(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : flatten(value, `${prefix}${key}.`),
  )
}

/** Keys of `source` as the app uses them: plural groups collapse to their base key. */
export function baseKeys(source: Tree): Set<string> {
  return new Set(flatten(source).map((key) => key.replace(PLURAL, '')))
}

function pluralBases(source: Tree): Set<string> {
  return new Set(
    flatten(source)
      .filter((key) => PLURAL.test(key))
      .map((key) => key.replace(PLURAL, '')),
  )
}

/** What `catalog` (in `locale`) lacks or has in excess against the English source. */
export function compareCatalog(
  en: Tree,
  catalog: Tree,
  locale: string,
): { missing: string[]; extra: string[] } {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories
  const plurals = pluralBases(en)
  const expected = new Set<string>()
  for (const key of baseKeys(en)) {
    if (plurals.has(key)) for (const category of categories) expected.add(`${key}_${category}`)
    else expected.add(key)
  }
  const actual = new Set(flatten(catalog))
  return {
    missing: [...expected].filter((key) => !actual.has(key)),
    extra: [...actual].filter((key) => !expected.has(key)),
  }
}

/**
 * English keys no source file mentions: as a literal ('users.count'), or under a dynamic prefix
 * written as a template (`errors.${kind}` uses every `errors.*`; `filters.phone_${value}` every `filters.phone_*`).
 */
export function unusedKeys(en: Tree, sources: readonly string[]): string[] {
  const text = sources.join('\n')
  const prefixes = [...text.matchAll(/`([\w.]+[._])\$\{/g)].map((match) => match[1] ?? '')
  return [...baseKeys(en)].filter(
    (key) =>
      !text.includes(`'${key}'`) &&
      !text.includes(`"${key}"`) &&
      !text.includes(`\`${key}\``) &&
      !prefixes.some((prefix) => prefix !== '' && key.startsWith(prefix)),
  )
}
