import { useEffect, useState } from 'react';
import { decodeShare, encodeShare, isShareLink, type SharedState } from '../../share/index';
import {
  loadScenarioText,
  setLanguage,
  setSpeed,
  setTeaching,
  setTheme,
} from '../../store/actions';
import { scenarioByName } from '../../store/scenarios';
import { store } from '../../store/store';

/** The sandbox as it stands, for a link: the scenario's text, changes, settings and time. */
export function currentSharedState(): SharedState | undefined {
  const s = store.getState();
  const yaml = s.scenarioYaml ?? scenarioByName(s.scenario)?.yaml;
  if (yaml === undefined) return undefined;
  return {
    scenario: { name: s.scenario, yaml },
    preset: s.preset,
    log: s.log,
    ...(s.now === undefined ? {} : { now: s.now }),
    speed: s.speed,
    language: s.language,
    theme: s.theme,
    teaching: s.teaching,
  };
}

/** A link to the current sandbox (the page's address with the state in its fragment). */
export async function shareLink(): Promise<string | undefined> {
  const state = currentSharedState();
  if (!state) return undefined;
  return `${location.origin}${location.pathname}${await encodeShare(state)}`;
}

/**
 * Opens a shared state: the scenario rebuilt with its changes up to its time, then its settings.
 * A refused scenario changes nothing: the sandbox and settings stay as they were.
 */
export async function applyShared(shared: SharedState): Promise<void> {
  const result = await loadScenarioText(shared.scenario.name, shared.scenario.yaml, {
    preset: shared.preset,
    log: shared.log,
    ...(shared.now === undefined ? {} : { until: shared.now }),
  });
  if (!result.ok) throw new Error(result.error ?? 'the scenario could not be loaded');
  if (shared.language) setLanguage(shared.language);
  if (shared.theme) setTheme(shared.theme);
  if (shared.teaching !== undefined) setTeaching(shared.teaching);
  if (shared.speed !== undefined) setSpeed(shared.speed);
}

/**
 * On first render and on every hash change, opens the sandbox a `#s=…` link carries; returns the
 * reason when the link is broken or refused (the app then stays as it was). The fragment is
 * removed once read.
 */
export function useOpenSharedLink(): string | undefined {
  const [error, setError] = useState<string>();
  useEffect(() => {
    // On arrival, and when a link is pasted into the address bar of an open tab (no reload).
    const open = () => {
      if (!isShareLink(location.hash)) return;
      setError(undefined);
      decodeShare(location.hash)
        .then(applyShared)
        .then(
          () => history.replaceState(null, '', location.pathname + location.search),
          (e: unknown) => setError((e as Error).message),
        );
    };
    open();
    window.addEventListener('hashchange', open);
    return () => window.removeEventListener('hashchange', open);
  }, []);
  return error;
}
