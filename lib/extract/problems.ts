/**
 * Steps of extraction that failed on a page. A failing step (a metadata field, the whole
 * extraction) must not cost the reader the article, and must not be silent either: its failure is
 * kept here, travels with the article to the background, which logs it, and the popup shows it in
 * a diagnostics line.
 */
import type { ExtractionProblem } from './types';

/** Runs `step`; on a throw records the failure under `name` and returns `fallback`. */
export function attempt<T>(problems: ExtractionProblem[], name: string, step: () => T, fallback: T): T {
  try {
    return step();
  } catch (error) {
    problems.push({ step: name, message: errorMessage(error) });
    return fallback;
  }
}

export function errorMessage(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  // Messages travel in a validated message and are shown as text: keep them one short line.
  return text.replace(/\s+/g, ' ').slice(0, 300);
}
