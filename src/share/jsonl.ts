import { type TimedEvent, toWire } from '../sim/events';

/**
 * The event log as JSON Lines, one event per line, exactly as `svid run --json` prints them
 * (same `toWire`, same key order), each line ending in a newline.
 */
export function eventsToJsonLines(events: readonly TimedEvent[]): string {
  return events.map((e) => `${JSON.stringify(toWire(e))}\n`).join('');
}

/** A file name for the export: `<scenario>-events.jsonl`. */
export function jsonLinesFileName(scenario: string): string {
  return `${scenario.replace(/[^a-z0-9-]+/gi, '-') || 'svid-lab'}-events.jsonl`;
}
