// The part of js-yaml the data reader uses (the package ships no types of its own).
declare module 'js-yaml' {
  export interface Schema {
    readonly brand: 'js-yaml schema';
  }
  /** YAML 1.2's core schema: strings, numbers, booleans, null; dates stay strings. */
  export const CORE_SCHEMA: Schema;
  export function load(text: string, options?: { schema?: Schema; filename?: string }): unknown;
}
