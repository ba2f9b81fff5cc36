import type { AttackRequest } from '../lessons/program';
import type { CallRecord } from '../sim/mesh/types';
import { EngineClient, type OpResult } from '../worker/client';
import type { CallRequest, IssuanceEventType, LoggedOp, Preset, UserOp } from '../worker/protocol';
import { EMPTY_HISTORY } from './history';
import { clearPersisted, defaults, savePersisted } from './persist';
import { DEFAULT_SCENARIO, scenarioByName } from './scenarios';
import type { Language, Persisted, Tab, Theme } from './state';
import { applyTick, store } from './store';

/** The speeds offered, in simulated ms per wall ms. */
export const SPEEDS = [1, 10, 60, 600, 3600, 21_600, 86_400, 345_600] as const;

let engine: EngineClient | undefined;

function client(): EngineClient {
  engine ??= new EngineClient(applyTick, (message) => {
    console.warn('engine stopped:', message);
    store.setState({ loadError: message, playing: false });
  });
  return engine;
}

/** Starts the engine and rebuilds the saved state (scenario + applied log + time). */
export async function init(): Promise<void> {
  const s = store.getState();
  await load(s.scenario, s.preset, s.log, s.now, s.scenarioYaml);
  let last = '';
  store.subscribe((st) => {
    const keep: Persisted = {
      language: st.language,
      theme: st.theme,
      teaching: st.teaching,
      preset: st.preset,
      scenario: st.scenario,
      log: st.log,
      speed: st.speed,
      introDone: st.introDone,
      ...(st.now === undefined ? {} : { now: st.now }),
      ...(st.scenarioYaml === undefined ? {} : { scenarioYaml: st.scenarioYaml }),
    };
    const text = JSON.stringify(keep);
    if (text !== last) {
      last = text;
      savePersisted(keep);
    }
  });
}

async function load(
  name: string,
  preset: Preset,
  log: Persisted['log'],
  until?: number,
  yaml?: string,
) {
  const scenario =
    yaml !== undefined
      ? { name, yaml }
      : (scenarioByName(name) ?? scenarioByName(DEFAULT_SCENARIO));
  if (!scenario) return;
  store.setState({
    history: EMPTY_HISTORY,
    events: [],
    calls: [],
    walkthrough: undefined,
    ready: false,
  });
  const result = await client().load({
    yaml: scenario.yaml,
    file: `${scenario.name}.yaml`,
    preset,
    log,
    ...(until === undefined ? {} : { until }),
  });
  store.setState({
    scenario: scenario.name,
    scenarioYaml: yaml,
    preset,
    log,
    loadError: result.ok ? undefined : result.error,
  });
}

/** Switches scenario (its own clean state). */
export function chooseScenario(name: string): Promise<void> {
  return load(name, store.getState().preset, []);
}

/** Lesson or real-Istio defaults: rebuilds the same scenario and changes under the new preset. */
export function choosePreset(preset: Preset): Promise<void> {
  const s = store.getState();
  return load(s.scenario, preset, s.log, s.now, s.scenarioYaml);
}

/** Forgets every change and setting and starts the lesson again. */
export async function resetAll(): Promise<void> {
  clearPersisted();
  const d = defaults();
  store.setState({
    ...d,
    now: undefined,
    scenarioYaml: undefined,
    selectedPod: undefined,
    tab: 'pod',
    hint: undefined,
  });
  await load(d.scenario, d.preset, []);
}

/** Applies a change; recorded in the applied log only if the mesh accepted it. */
export async function runOp(op: UserOp): Promise<OpResult & { created?: string[] }> {
  const result = await client().op(op);
  if (result.ok && result.t !== undefined) {
    const t = result.t;
    store.setState((s) => ({ log: [...s.log, { t, op }] }));
  }
  return result;
}

/** Play or pause. */
export function setPlaying(playing: boolean): void {
  const s = store.getState();
  if (playing) client().send({ type: 'play', speed: s.speed });
  else client().send({ type: 'pause' });
  store.setState({ playing, pausedOn: undefined });
}

export function togglePlay(): void {
  setPlaying(!store.getState().playing);
}

export function setSpeed(speed: number): void {
  store.setState({ speed });
  client().send({ type: 'speed', speed });
  if (speed >= 3600 && store.getState().hint === 'speed-up') store.setState({ hint: undefined });
}

/** Jumps exactly to the next scheduled action. */
export function nextEvent(): void {
  client().send({ type: 'nextEvent' });
}

export function advance(ms: number): void {
  client().send({ type: 'advance', ms });
}

export function selectPod(pod: string | undefined, tab?: Tab): void {
  store.setState((s) => ({ selectedPod: pod, tab: tab ?? s.tab, panelOpen: true }));
}

export function setTab(tab: Tab): void {
  store.setState({ tab, panelOpen: true });
}

export function setPanelOpen(panelOpen: boolean): void {
  store.setState({ panelOpen });
}

export function setLanguage(language: Language): void {
  store.setState({ language });
}

export function setTheme(theme: Theme): void {
  store.setState({ theme });
}

export function setTeaching(teaching: boolean): void {
  store.setState({ teaching });
}

export function dismissIntro(): void {
  store.setState({ introDone: true });
}

export function setHint(hint: 'speed-up' | 'call' | undefined): void {
  store.setState({ hint });
}

/** A pod's issuance artefacts and certificate views, from the worker. */
export function podDetail(pod: string) {
  return client().detail(pod);
}

/** Makes a call between two workloads and selects it. */
export async function makeCall(call: CallRequest): Promise<CallRecord> {
  const record = await client().call(call);
  store.setState((s) => ({ calls: [...s.calls, record].slice(-100), selectedCall: record.id }));
  return record;
}

export function selectCall(id: number | undefined): void {
  store.setState({ selectedCall: id, tab: 'handshake', panelOpen: true });
}

/** Webhook errors and lint warnings for a policy draft (nothing is applied). */
export function checkPolicies(yaml: string) {
  return client().checkPolicies(yaml);
}

/** Runs single actions until `pod` reaches one of the events (the walk-through's Next). */
export function stepIssuance(pod: string, until: IssuanceEventType[]) {
  return client().stepIssuance(pod, until);
}

/** Tells the worker which pod's issuance steps pause playback (teaching mode). */
export function watchPod(pod: string | undefined): void {
  client().send(pod === undefined ? { type: 'watch' } : { type: 'watch', pod });
}

/** Loads a scenario given as text (a lesson's stage, a pasted or opened file, a shared link). */
export async function loadScenarioText(
  name: string,
  yaml: string,
  opts: { preset?: Preset; log?: LoggedOp[]; until?: number } = {},
): Promise<{ ok: boolean; error?: string }> {
  await load(name, opts.preset ?? store.getState().preset, opts.log ?? [], opts.until, yaml);
  const error = store.getState().loadError;
  return error ? { ok: false, error } : { ok: true };
}

/** One attack of SCENARIO-FORMAT; its `attack` event arrives with the tick. A connection attack's call is selected in the handshake view. */
export async function runAttack(attack: AttackRequest) {
  const outcome = await client().attack(attack);
  const record = outcome.record;
  if (record)
    store.setState((s) => ({ calls: [...s.calls, record].slice(-100), selectedCall: record.id }));
  return outcome;
}

/** The sandbox as kubectl-ready manifests and real-mesh commands. */
export function exportSandbox() {
  return client().exportSandbox();
}
