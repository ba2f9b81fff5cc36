import { describe, expect, it } from 'vitest';
import type { TimedEvent } from '../sim/events';
import { ISSUANCE_STEPS } from '../sim/issuance';
import { story } from '../sim/testing/story';
import { advanceWatched, stepIssuance, TEACHING_PAUSES } from './stepping';

/** A mesh with one service account, a pod applied but not yet run, and its event log. */
async function freshPod() {
  const sim = await story().namespace('production').serviceAccount('production', 'order-sa');
  const log: TimedEvent[] = [];
  sim.on((e) => log.push(e));
  sim.apply({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'order-1', namespace: 'production', labels: { app: 'order' } },
    spec: { serviceAccountName: 'order-sa', containers: [{ name: 'app', image: 'app:1' }] },
  });
  return { sim, log, pod: 'production/order-1' };
}

const forPod = (log: TimedEvent[], pod: string) =>
  log.filter((e) => 'pod' in e && e.pod === pod).map((e) => e.type);

describe('stepping one issuance step at a time', () => {
  it('stops at each step in order, and never beyond it', async () => {
    const { sim, log, pod } = await freshPod();
    for (const step of ISSUANCE_STEPS) {
      const seen = await stepIssuance(sim, log, pod, step.completes);
      expect(seen.at(-1)?.type).toBe(step.completes);
    }
    const types = forPod(log, pod);
    expect(types.indexOf('token.mounted')).toBeLessThan(types.indexOf('csr.sent'));
    expect(types.indexOf('token.reviewed')).toBeLessThan(types.indexOf('cert.issued'));
    expect(types.at(-1)).toBe('cert.installed');
  });
});

describe('playback watching a pod (teaching mode)', () => {
  it('pauses on each step it shows and on nothing else, then runs freely once installed', async () => {
    const { sim, log, pod } = await freshPod();
    const far = sim.now + 3_600_000;
    const stops: string[] = [];
    for (let i = 0; i < 10; i++) {
      const hit = await advanceWatched(sim, log, pod, far);
      if (!hit) break;
      stops.push(hit.type);
      if (hit.type === 'cert.installed') break;
    }
    expect(stops).toEqual(ISSUANCE_STEPS.map((s) => s.shows));
    expect(sim.now).toBeLessThan(far);
    expect(await advanceWatched(sim, log, undefined, far)).toBeUndefined();
    expect(sim.now).toBe(far);
  });

  it('reaches the target when the watched pod does nothing', async () => {
    const { sim, log } = await freshPod();
    const target = sim.now + 60_000;
    expect(await advanceWatched(sim, log, 'production/absent', target)).toBeUndefined();
    expect(sim.now).toBe(target);
  });

  it('in teaching mode pauses at a rotation and at each istiod change, and nowhere else', async () => {
    const { sim, log, pod } = await freshPod();
    const far = sim.now + 3 * 86_400_000;
    const first = await advanceWatched(sim, log, undefined, far, true);
    expect(first?.type).toBe('cert.rotated');
    expect(first && 'pod' in first && first.pod).toBe(pod);
    expect(sim.now).toBeLessThan(far);
    // The pod's own issuance ran through without a stop: only the taught moments pause.
    expect(forPod(log, pod)).toContain('cert.installed');
    const rotatedAt = sim.now;
    sim.setIstiod(false);
    const stopped = log.length;
    expect(await advanceWatched(sim, log, undefined, far, true)).toMatchObject({
      type: 'cert.expired',
      pod,
    });
    expect(sim.now).toBeGreaterThan(rotatedAt);
    expect(log.slice(stopped).filter((e) => TEACHING_PAUSES.includes(e.type)).length).toBe(1);
  });

  it('outside teaching mode the same stretch runs to the target', async () => {
    const { sim, log } = await freshPod();
    const far = sim.now + 3 * 86_400_000;
    expect(await advanceWatched(sim, log, undefined, far, false)).toBeUndefined();
    expect(sim.now).toBe(far);
    expect(log.some((e) => e.type === 'cert.rotated')).toBe(true);
  });
});
