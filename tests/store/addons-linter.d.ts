/** The part of addons-linter's API (it ships no types) that tests/store/lint-firefox.ts uses. */
declare module 'addons-linter' {
  interface Linter {
    run(): Promise<unknown>;
  }
  const addonsLinter: {
    createInstance(options: { config: Record<string, unknown>; runAsBinary: boolean }): Linter;
  };
  export default addonsLinter;
}
