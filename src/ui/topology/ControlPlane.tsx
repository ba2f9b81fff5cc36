import { useMemo } from 'react';
import { useT } from '../../i18n';
import { useApp, useAppShallow } from '../../store/hooks';
import { formatSpan } from '../format';
import type { MeshLayout } from './layout';

/** kube-apiserver and istiod (with its root certificate and up/down state), across the top. */
export function ControlPlane({ layout }: { layout: MeshLayout }) {
  const t = useT();
  const { up, td, rootLeft, rootAlg, csrs, intAlg, intLeft, bundle, clusters } = useAppShallow(
    (s) => ({
      csrs: s.csrPerHour,
      up: s.snapshot?.istiod.up ?? true,
      td: s.snapshot?.istiod.trustDomain ?? '',
      rootLeft: s.snapshot ? s.snapshot.istiod.root.notAfter - s.snapshot.now : 0,
      rootAlg: s.snapshot?.istiod.root.keyAlgorithm ?? '',
      intAlg: s.snapshot?.istiod.intermediate?.keyAlgorithm,
      intLeft: s.snapshot?.istiod.intermediate
        ? s.snapshot.istiod.intermediate.notAfter - s.snapshot.now
        : 0,
      bundle: (s.snapshot?.istiod.bundle ?? []).map((r) => r.serial.slice(0, 8)).join(', '),
      // Each cluster's trust domain and the roots its istiod hands out: a shared root shows as
      // the same serial in every cluster.
      clusters: (s.snapshot?.clusters ?? [])
        .map(
          (c) =>
            `${c.name}: ${c.istiod.trustDomain} · root ${c.istiod.bundle.map((r) => r.serial.slice(0, 4)).join('+')}`,
        )
        .join('\n'),
    }),
  );
  // The ROOTCA the proxies hold, as how many hold each bundle: read only when the pods change.
  const pods = useApp((s) => s.pods);
  const proxyBundles = useMemo(() => {
    const holders = new Map<string, number>();
    for (const p of pods.values()) {
      const held = p.trustBundle.map((r) => r.slice(0, 8)).join(', ');
      holders.set(held, (holders.get(held) ?? 0) + 1);
    }
    return [...holders].map(([held, n]) => t('mesh.proxiesHolding', { held, n })).join('\n');
  }, [pods, t]);
  const { controlPlane: cp, apiserver: a, istiod: i, largeType } = layout;
  // In larger type each line is taller, and istiod's root takes two of them.
  const second = largeType ? 42 : 38;
  const third = largeType ? 86 : 52;
  const wrap = largeType ? { x: i.x + 10, dy: 22 } : {};
  // In a multi-cluster mesh each cluster has a line; the CSR load goes under the last.
  const lineGap = largeType ? 22 : 14;
  const clusterLines = clusters ? clusters.split('\n') : [];
  const loadAt = clusters ? second + clusterLines.length * lineGap : third;
  return (
    <g>
      <rect x={cp.x} y={cp.y} width={cp.w} height={cp.h} rx={10} className="cp" />
      <text x={cp.x + 14} y={cp.y + 20} fontWeight={700} fontSize={13}>
        {t('mesh.controlPlane')}
      </text>
      <g>
        <rect x={a.x} y={a.y} width={a.w} height={a.h} rx={6} className="box" />
        <text x={a.x + 10} y={a.y + 20} fontWeight={700}>
          {t('mesh.apiserver')}
        </text>
        <text x={a.x + 10} y={a.y + second} className="small">
          {t('mesh.apiserver.note')}
        </text>
      </g>
      <g>
        <rect
          x={i.x}
          y={i.y}
          width={i.w}
          height={i.h}
          rx={6}
          className="box"
          style={up ? undefined : { stroke: 'var(--bad)', strokeWidth: 3, strokeDasharray: '6 4' }}
        />
        <text x={i.x + 10} y={i.y + 20} fontWeight={700}>
          {`${clusters ? t('mesh.istiods', { n: clusterLines.length }) : t('mesh.istiod')} · ${up ? `● ${t('mesh.up')}` : `✕ ${t('mesh.down')}`}`}
        </text>
        <text x={i.x + 10} y={i.y + second} className="small">
          <title>{`root-cert.pem: ${bundle}\n${t('mesh.proxyBundles')}:\n${proxyBundles}`}</title>
          {clusters ? (
            clusterLines.map((line, n) => (
              <tspan
                key={line}
                x={i.x + 10}
                dy={n === 0 ? 0 : lineGap}
                data-testid="istiod-cluster"
              >
                {line}
              </tspan>
            ))
          ) : intAlg ? (
            <>
              <tspan>{`${t('mesh.offlineRoot')} ${formatSpan(rootLeft, t)} → `}</tspan>
              <tspan {...wrap}>
                {`${t('mesh.intermediate')} ${intAlg} · ${formatSpan(intLeft, t)} · ${t('mesh.bundle', { n: bundle.split(', ').length })}`}
              </tspan>
            </>
          ) : (
            <>
              <tspan>{`${t('mesh.root')} O=${td} · `}</tspan>
              <tspan {...wrap}>{`${rootAlg} · ${formatSpan(rootLeft, t)}`}</tspan>
            </>
          )}
        </text>
        <text x={i.x + 10} y={i.y + loadAt} className="small" data-testid="istiod-load">
          {t('mesh.istiodLoad', { count: csrs })}
        </text>
      </g>
    </g>
  );
}
