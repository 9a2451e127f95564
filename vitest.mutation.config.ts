/**
 * The tests Stryker runs against each mutant: the plain `*.test.ts` unit tests of src, in
 * Node. Component tests (`*.test.tsx`, jsdom + Mantine) take seconds each and test rendering,
 * not the rules being mutated; running them per mutant made a module's run ten times longer.
 * A `.test.ts` that renders a hook opts into jsdom with a `// @vitest-environment jsdom` line.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
