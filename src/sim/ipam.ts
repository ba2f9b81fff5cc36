import type { Rng } from './rng';

/** A worker node of the simulated cluster with its pod CIDR (a /24, as most CNIs give). */
export interface NodeInfo {
  name: string;
  cidr: string;
  prefix: string;
}

const HOSTS_PER_NODE = 253;

function makeNode(n: number): NodeInfo {
  return { name: `node-${n}`, cidr: `10.0.${n}.0/24`, prefix: `10.0.${n}.` };
}

/**
 * Pod IP allocation per node, lowest free address first: host-local IPAM hands freed
 * addresses out again, which is what makes the lesson's IP reuse reproducible. The cluster
 * starts with three nodes (so a replacement pod may land elsewhere: 10.0.1.5 -> 10.0.2.17) and
 * adds nodes when every one is full.
 */
export class Ipam {
  readonly nodes: NodeInfo[] = [1, 2, 3].map(makeNode);
  private used = new Map<string, Set<number>>();

  constructor(private readonly rng: Rng) {}

  /** Picks a node: the one named (spec.nodeName), else one with room, drawn from the PRNG. */
  schedule(nodeName?: string): NodeInfo {
    if (nodeName !== undefined) {
      const node = this.nodes.find((n) => n.name === nodeName);
      if (!node) {
        const names = this.nodes.map((n) => n.name).join(', ');
        throw new Error(`node '${nodeName}' does not exist: this cluster has ${names}`);
      }
      return node;
    }
    const roomy = this.nodes.filter((n) => this.usedOn(n).size < HOSTS_PER_NODE);
    if (roomy.length === 0) {
      if (this.nodes.length >= 254) throw new Error('the cluster has no free pod IP left');
      const node = makeNode(this.nodes.length + 1);
      this.nodes.push(node);
      return node;
    }
    return roomy[this.rng.int(roomy.length)]!;
  }

  /** The lowest free address on `node` (from .2; .1 is the node's bridge). */
  allocate(node: NodeInfo): string {
    const used = this.usedOn(node);
    for (let host = 2; host < 2 + HOSTS_PER_NODE; host++) {
      if (!used.has(host)) {
        used.add(host);
        return node.prefix + host;
      }
    }
    throw new Error(`node ${node.name} has no free pod IP in ${node.cidr}`);
  }

  /** Returns an address to the pool. */
  release(ip: string): void {
    const node = this.nodes.find((n) => ip.startsWith(n.prefix));
    if (node) this.usedOn(node).delete(Number(ip.slice(node.prefix.length)));
  }

  private usedOn(node: NodeInfo): Set<number> {
    let set = this.used.get(node.name);
    if (!set) {
      set = new Set();
      this.used.set(node.name, set);
    }
    return set;
  }
}
