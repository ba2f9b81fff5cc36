/** The lesson scenario files, bundled as text (Vite; vitest reads them the same way). */
const files = import.meta.glob('/scenarios/lessons/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** The text of `scenarios/lessons/<file>`, or undefined. */
export function lessonFile(file: string): string | undefined {
  return files[`/scenarios/lessons/${file}`];
}
