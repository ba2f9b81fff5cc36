import { useEffect, useState } from 'react';
import { podDetail } from '../store/actions';
import { useApp } from '../store/hooks';
import type { PodDetail } from '../worker/protocol';

/**
 * A pod's artefacts from the worker, fetched again whenever the pod's stage, certificate or
 * token changes (the key below), never on every tick.
 */
export function usePodDetail(pod: string | undefined): { detail?: PodDetail; error?: string } {
  const key = useApp((s) => {
    const view = pod === undefined ? undefined : s.pods.get(pod);
    return view
      ? `${view.key}|${view.uid}|${view.stage}|${view.cert?.serial ?? ''}|${view.token?.expiresAt ?? ''}`
      : '';
  });
  const [state, setState] = useState<{ detail?: PodDetail; error?: string }>({});
  useEffect(() => {
    if (!key || !pod) {
      setState({});
      return;
    }
    let live = true;
    podDetail(pod).then(
      (detail) => live && setState({ detail }),
      (error: Error) => live && setState({ error: error.message }),
    );
    return () => {
      live = false;
    };
  }, [key, pod]);
  return state;
}
