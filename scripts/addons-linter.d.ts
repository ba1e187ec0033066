// addons-linter ships no types; this is the part of its library API (its README, "Linter API Usage") Tre uses.
declare module 'addons-linter' {
  const addonsLinter: {
    createInstance(options: { config: Record<string, unknown>; runAsBinary: boolean }): { run(): Promise<unknown> };
  };
  export default addonsLinter;
}
