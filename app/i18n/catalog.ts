import type { en } from './locales/en.ts'

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }

/** The shape every language's catalog must have (the keys of `en`, any strings). */
export type Catalog = Widen<typeof en>
