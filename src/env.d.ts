declare namespace App {
  interface Locals {
    /**
     * Source ids cited by the chapter being rendered, in order of first citation. Set by the
     * chapter page before its content renders; `<Cite>` numbers itself from it.
     */
    citations?: string[];
  }
}

// Plain `tsc` (and typed ESLint) cannot read .astro files; `astro check` type-checks them.
// This lets .ts modules import components, typed loosely, without hiding real errors there.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
