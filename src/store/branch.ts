import { store } from './store';

/**
 * The learner acts at an earlier moment (plays, changes the mesh, sends traffic): that moment
 * becomes the present and the changes after it are dropped, kept aside for one undo.
 */
export function commitBranch(): void {
  const { rewound, log } = store.getState();
  if (!rewound) return;
  const count = rewound.log.length - log.length;
  store.setState({
    rewound: undefined,
    discarded: count > 0 ? { head: rewound.head, log: rewound.log, count } : undefined,
  });
}
