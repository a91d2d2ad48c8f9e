/**
 * makeStyles and mergeClasses, straight from Griffel rather than through the @fluentui/react-components barrel: a
 * file in the entry's import graph that imports the barrel drags every Fluent package a lazy view uses into the first
 * load (tab/README.md). Griffel publishes ESM-only type declarations, which this repo's node16 resolution refuses to
 * import into a CommonJS-typed file (TS1479); the types still resolve in full, and esbuild bundles the ESM build.
 */
// @ts-expect-error TS1479: see above; the exported functions keep their declared types.
export { makeStyles, mergeClasses, shorthands } from '@griffel/react';
