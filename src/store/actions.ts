import type { AttackRequest } from '../lessons/program';
import type { IssuanceStop } from '../sim/issuance';
import type { CallRecord } from '../sim/mesh/types';
import { EngineClient, type OpResult } from '../worker/client';
import type { CallRequest, LoggedOp, Preset, UserOp } from '../worker/protocol';
import { commitBranch } from './branch';
import { EMPTY_HISTORY } from './history';
import { initialLessons } from './lessons-slice';
import { defaults, startSaving } from './persist';
import { DEFAULT_SCENARIO, scenarioByName } from './scenarios';
import type { Hint, Language, Tab, Theme } from './state';
import { applyTicks, store } from './store';

let engine: EngineClient | undefined;

function client(): EngineClient {
  engine ??= new EngineClient(applyTicks, (message) => {
    console.warn('engine stopped:', message);
    store.setState({ loadError: message, playing: false });
  });
  return engine;
}

/**
 * Starts the engine on the saved sandbox (scenario + applied log + time). A saved sandbox the
 * engine refuses gives way to the default scenario, with a message; saving starts only once a
 * sandbox has loaded, so nothing is overwritten by a start that failed.
 */
export async function init(): Promise<void> {
  const s = store.getState();
  const saved = await load(s.scenario, s.preset, s.log, s.now, s.scenarioYaml);
  if (!saved.ok) {
    const fallback = await load(DEFAULT_SCENARIO, s.preset, []);
    const notice = store.getState().resetNotice;
    store.setState({
      resetNotice: { fields: notice?.fields ?? [], sandbox: saved.error ?? '' },
      ...(fallback.ok ? {} : { loadError: fallback.error }),
    });
    if (!fallback.ok) return;
  }
  startSaving();
}

/**
 * Rebuilds a sandbox in the engine. Only once the engine has accepted it does the store take
 * its scenario, changes and time (and clear the previous one's events): a refused scenario
 * leaves the current sandbox as it was, running and saved.
 */
export async function load(
  name: string,
  preset: Preset,
  log: LoggedOp[],
  until?: number,
  yaml?: string,
): Promise<{ ok: boolean; error?: string }> {
  const scenario =
    yaml !== undefined
      ? { name, yaml }
      : (scenarioByName(name) ?? scenarioByName(DEFAULT_SCENARIO));
  if (!scenario) return { ok: false, error: `there is no scenario ${name}` };
  const result = await client().load({
    yaml: scenario.yaml,
    file: `${scenario.name}.yaml`,
    preset,
    log,
    ...(until === undefined ? {} : { until }),
  });
  if (!result.ok) return { ok: false, error: result.error ?? 'the scenario was refused' };
  client().send({ type: 'teaching', on: store.getState().teaching });
  // The new sandbox's first tick is a later message: the previous one's record goes first.
  store.setState({
    history: EMPTY_HISTORY,
    events: [],
    calls: result.calls ?? [],
    rewound: undefined,
    walkthrough: undefined,
    scenario: scenario.name,
    scenarioYaml: yaml,
    preset,
    log,
    loadError: undefined,
  });
  return { ok: true };
}

/** Switches scenario (its own clean state). */
export function chooseScenario(name: string): Promise<{ ok: boolean; error?: string }> {
  return load(name, store.getState().preset, []);
}

/** Lesson or real-Istio defaults: rebuilds the same scenario and changes under the new preset. */
export function choosePreset(preset: Preset): Promise<{ ok: boolean; error?: string }> {
  const s = store.getState();
  return load(s.scenario, preset, s.log, s.now, s.scenarioYaml);
}

/** Forgets every change and setting and starts the lesson again. */
export async function resetAll(): Promise<void> {
  store.persist.clearStorage();
  const { lessons, ...settings } = defaults();
  store.setState({
    ...settings,
    lessons: initialLessons(lessons),
    now: undefined,
    scenarioYaml: undefined,
    selectedPod: undefined,
    tab: 'pod',
    hint: undefined,
    resetNotice: undefined,
  });
  await load(settings.scenario, settings.preset, []);
}

/** Hides the message about what was reset on start. */
export function dismissResetNotice(): void {
  store.setState({ resetNotice: undefined });
}

/** Applies a change; recorded in the applied log only if the mesh accepted it. */
export async function runOp(op: UserOp): Promise<OpResult & { created?: string[] }> {
  commitBranch();
  const result = await client().op(op);
  if (result.ok && result.t !== undefined) {
    const t = result.t;
    store.setState((s) => ({ log: [...s.log, { t, op }] }));
  }
  return result;
}

/** Play or pause. */
export function setPlaying(playing: boolean): void {
  if (playing) commitBranch();
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
  if (speed >= 3600 && store.getState().hint === 'speed-up') store.setState({ hint: 'renewing' });
}

/** Jumps exactly to the next scheduled action. */
export function nextEvent(): void {
  commitBranch();
  client().send({ type: 'nextEvent' });
}

export function advance(ms: number): void {
  commitBranch();
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
  client().send({ type: 'teaching', on: teaching });
}

export function dismissIntro(): void {
  store.setState({ introDone: true });
}

export function setHint(hint: Hint | undefined): void {
  store.setState({ hint });
}

/** A pod's issuance artefacts and certificate views, from the worker. */
export function podDetail(pod: string) {
  return client().detail(pod);
}

/** Makes a call between two workloads and selects it. */
export async function makeCall(call: CallRequest): Promise<CallRecord> {
  commitBranch();
  const record = await client().call(call);
  const logged = { t: record.t, op: { kind: 'call' as const, call } };
  store.setState((s) => ({
    calls: [...s.calls, record].slice(-100),
    selectedCall: record.id,
    log: [...s.log, logged],
  }));
  return record;
}

export function selectCall(id: number | undefined): void {
  store.setState({ selectedCall: id, tab: 'handshake', panelOpen: true });
}

/** Gives a call's handshake the stage (focus mode); `undefined` leaves it. */
export function focusCall(id: number | undefined): void {
  store.setState(id === undefined ? { focusCall: undefined } : { focusCall: id, selectedCall: id });
}

/** Webhook errors and lint warnings for a policy draft (nothing is applied). */
export function checkPolicies(yaml: string) {
  return client().checkPolicies(yaml);
}

/** Resolves once the engine has handled every earlier command and its tick has been applied. */
export function sync(): Promise<void> {
  return client().sync();
}

/** Runs single actions until `pod` ends the step `until` completes (the walk-through's Next). */
export function stepIssuance(pod: string, until: IssuanceStop) {
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
  return load(name, opts.preset ?? store.getState().preset, opts.log ?? [], opts.until, yaml);
}

/** One attack of SCENARIO-FORMAT; its `attack` event arrives with the tick. A connection attack's call is selected in the handshake view. */
export async function runAttack(attack: AttackRequest) {
  commitBranch();
  const outcome = await client().attack(attack);
  const { record, t } = outcome;
  if (t !== undefined)
    store.setState((s) => ({ log: [...s.log, { t, op: { kind: 'attack', attack } }] }));
  if (record)
    store.setState((s) => ({ calls: [...s.calls, record].slice(-100), selectedCall: record.id }));
  return outcome;
}

/** The sandbox as kubectl-ready manifests and real-mesh commands. */
export function exportSandbox() {
  return client().exportSandbox();
}
