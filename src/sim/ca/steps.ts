import type { Cacerts, CacertsProblem } from '../../pki/cacerts';
import type { Simulation } from '../simulation';
import type { CaAction } from './actions';
import { cacertsWhy } from './refusal';
import { CacertsError } from './signer';

/**
 * The operator edits the `cacerts` secret and istiod reloads it: `addRoot` appends a root to
 * root-cert.pem, `useRoot` plugs in a new intermediate signed by that root, `removeRoot` takes
 * a root out of root-cert.pem. istiod checks the files first; a refused change leaves the CA as
 * it was and is the returned reason. Proxies see a changed bundle when they next renew. In a
 * multi-cluster mesh the step edits the `cacerts` of the cluster it names (else the first).
 */
export async function runCaStep(
  sim: Simulation,
  action: CaAction,
  name: string,
  cluster?: string,
): Promise<string | undefined> {
  const plane = sim.plane(cluster);
  if (!plane) return `cluster ${cluster} is not in mesh.clusters`;
  const offline = plane.offlineCa;
  if (!offline) return 'ca steps need mesh.ca.mode plugged-in: a self-signed istiod has no cacerts';
  const { istiod } = plane;
  const now = sim.now;
  let files: Cacerts;
  let trusted = offline.trusted;
  switch (action) {
    case 'addRoot':
      if (trusted.includes(name)) return `root ${name} is already in root-cert.pem`;
      trusted = [...trusted, name];
      files = await offline.withBundle(trusted, now);
      break;
    case 'useRoot': {
      if (offline.signingRoot === name) return `istiod already signs under root ${name}`;
      const next = await offline.signedBy(name, now);
      files = next.files;
      trusted = next.trusted;
      break;
    }
    case 'removeRoot':
      if (!trusted.includes(name)) return `root ${name} is not in root-cert.pem`;
      trusted = trusted.filter((n) => n !== name);
      if (trusted.length === 0) return `root-cert.pem would hold no root without ${name}`;
      files = await offline.withBundle(trusted, now);
      break;
  }
  try {
    await istiod.reload(files, now);
  } catch (error) {
    if (!(error instanceof CacertsError)) throw error;
    sim.emit({
      type: 'ca.refused',
      file: error.file,
      reason: error.problem,
      why: cacertsWhy({ file: error.file as CacertsProblem['file'], problem: error.problem }),
    });
    return error.message;
  }
  offline.current = files;
  offline.trusted = trusted;
  if (action === 'useRoot') offline.signingRoot = name;
  const cert = action === 'useRoot' ? istiod.signer : await offline.root(name, now);
  sim.emit({
    type: 'ca.changed',
    change: CHANGES[action],
    root: name,
    serial: cert.serialHex,
    notAfter: cert.notAfter,
    ...(plane.name ? { cluster: plane.name } : {}),
  });
  return undefined;
}

const CHANGES = {
  addRoot: 'root-added',
  useRoot: 'intermediate-switched',
  removeRoot: 'root-removed',
} as const;
