/** The built-in scenarios, bundled as text (the worker parses them). */
const files = import.meta.glob('/scenarios/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** A bundled scenario: file name without extension, and its YAML. */
export interface BundledScenario {
  name: string;
  yaml: string;
}

/** Every bundled scenario, the lesson's cluster first. */
export const SCENARIOS: BundledScenario[] = Object.entries(files)
  .map(([path, yaml]) => ({ name: path.replace(/^.*\/|\.yaml$/g, ''), yaml }))
  .sort((a, b) =>
    a.name === 'lesson-cluster'
      ? -1
      : b.name === 'lesson-cluster'
        ? 1
        : a.name.localeCompare(b.name),
  );

/** The scenario the app opens on. */
export const DEFAULT_SCENARIO = 'lesson-cluster';

/** Looks a bundled scenario up by name. */
export function scenarioByName(name: string): BundledScenario | undefined {
  return SCENARIOS.find((s) => s.name === name);
}
